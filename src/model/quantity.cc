#include "model/quantity.h"

#include <algorithm>
#include <charconv>

#include <nlohmann/json.hpp>

namespace podrun::model {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Multiplies a decimal digit string by 2, in place.
void double_decimal(std::string& d) {
  int carry = 0;
  for (std::size_t i = d.size(); i-- > 0;) {
    int v = (d[i] - '0') * 2 + carry;
    d[i] = static_cast<char>('0' + v % 10);
    carry = v / 10;
  }
  if (carry) d.insert(d.begin(), static_cast<char>('0' + carry));
}

std::optional<std::int64_t> to_int64(std::string_view d) {
  while (d.size() > 1 && d[0] == '0') d.remove_prefix(1);
  if (d.size() > 19) return std::nullopt;
  std::uint64_t v = 0;
  std::from_chars(d.data(), d.data() + d.size(), v);
  if (v > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
  return static_cast<std::int64_t>(v);
}

}  // namespace

std::optional<std::int64_t> Quantity::scaled(int scale) const {
  if (digits.empty()) return 0;
  // digits × 2^exp2 exactly, as a decimal string (exp2 ≤ 60, so at most ~19 more digits).
  std::string m = digits;
  for (int i = 0; i < exp2; ++i) double_decimal(m);
  std::int64_t shift = exp10 + scale;  // value × 10^scale = m × 10^shift
  std::optional<std::int64_t> v;
  if (shift >= 0) {
    if (static_cast<std::int64_t>(m.size()) + shift > 19) return std::nullopt;
    m.append(static_cast<std::size_t>(shift), '0');
    v = to_int64(m);
  } else {
    std::int64_t k = -shift;
    if (k >= static_cast<std::int64_t>(m.size())) {
      v = 1;  // 0 < value < 1: rounds up to 1
    } else {
      std::string_view whole(m.data(), m.size() - static_cast<std::size_t>(k));
      std::string_view frac(m.data() + whole.size(), static_cast<std::size_t>(k));
      v = to_int64(whole);
      if (v && frac.find_first_not_of('0') != std::string_view::npos) {
        if (*v == INT64_MAX) return std::nullopt;
        *v += 1;
      }
    }
  }
  if (v && negative) *v = -*v;
  return v;
}

std::optional<Quantity> parse_quantity(std::string_view s, QuantityError* error) {
  auto fail = [&](QuantityError e) -> std::optional<Quantity> {
    if (error) *error = e;
    return std::nullopt;
  };
  if (error) *error = QuantityError::None;
  Quantity q;
  std::size_t i = 0, n = s.size();
  if (n == 0 || n > 256) return fail(QuantityError::Syntax);
  if (s[i] == '+' || s[i] == '-') q.negative = s[i++] == '-';
  std::size_t int_start = i;
  while (i < n && is_digit(s[i])) ++i;
  std::string_view whole = s.substr(int_start, i - int_start);
  std::string_view frac;
  if (i < n && s[i] == '.') {
    std::size_t f = ++i;
    while (i < n && is_digit(s[i])) ++i;
    frac = s.substr(f, i - f);
  }
  if (whole.empty() && frac.empty()) return fail(QuantityError::Syntax);

  std::string_view suffix = s.substr(i);
  std::int64_t exp10 = 0;
  int exp2 = 0;
  if (suffix.empty()) {
  } else if (suffix.size() == 2 && suffix[1] == 'i') {
    static const char binary[] = "KMGTPE";
    const char* p = std::find(binary, binary + 6, suffix[0]);
    if (p == binary + 6) return fail(QuantityError::Syntax);
    exp2 = 10 * static_cast<int>(p - binary + 1);
  } else if (suffix.size() == 1) {
    switch (suffix[0]) {
      case 'n': exp10 = -9; break;
      case 'u': exp10 = -6; break;
      case 'm': exp10 = -3; break;
      case 'k': exp10 = 3; break;
      case 'M': exp10 = 6; break;
      case 'G': exp10 = 9; break;
      case 'T': exp10 = 12; break;
      case 'P': exp10 = 15; break;
      case 'E': exp10 = 18; break;
      default: return fail(QuantityError::Syntax);
    }
  } else if (suffix[0] == 'e' || suffix[0] == 'E') {
    std::size_t j = 1;
    bool neg = false;
    if (j < suffix.size() && (suffix[j] == '+' || suffix[j] == '-')) neg = suffix[j++] == '-';
    if (j >= suffix.size()) return fail(QuantityError::Syntax);
    for (; j < suffix.size(); ++j) {
      if (!is_digit(suffix[j])) return fail(QuantityError::Syntax);
      if (exp10 < 1000000) exp10 = exp10 * 10 + (suffix[j] - '0');
    }
    if (neg) exp10 = -exp10;
  } else {
    return fail(QuantityError::Syntax);
  }

  std::string d;
  d.reserve(whole.size() + frac.size());
  d.append(whole);
  d.append(frac);
  exp10 -= static_cast<std::int64_t>(frac.size());
  std::size_t lead = d.find_first_not_of('0');
  if (lead == std::string::npos) {
    d.clear();
  } else {
    d.erase(0, lead);
    std::size_t last = d.find_last_not_of('0');
    exp10 += static_cast<std::int64_t>(d.size() - last - 1);
    d.erase(last + 1);
  }
  q.digits = std::move(d);
  q.exp10 = exp10;
  q.exp2 = exp2;
  if (q.is_zero()) q.negative = false;
  if (!q.value()) return fail(QuantityError::Overflow);
  return q;
}

int compare(const Quantity& a, const Quantity& b) {
  // Quantities that parse fit in int64 units; milli-units are exact to 1/1000 when they fit.
  auto am = a.milli(), bm = b.milli();
  std::int64_t x = am && bm ? *am : *a.value();
  std::int64_t y = am && bm ? *bm : *b.value();
  return x < y ? -1 : x > y ? 1 : 0;
}

std::optional<std::string> quantity_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return v.dump();
  if (v.is_number_float()) {
    char buf[64];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v.get<double>());
    if (ec != std::errc()) return std::nullopt;
    return std::string(buf, p);
  }
  return std::nullopt;
}

}  // namespace podrun::model
