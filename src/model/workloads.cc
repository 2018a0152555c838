#include "model/workloads.h"

#include <cstdlib>

namespace podrun::model {

int IntOrPercent::scaled(int total, bool round_up) const {
  if (!percent) return value;
  long long product = static_cast<long long>(value) * total;
  return static_cast<int>(round_up ? (product + 99) / 100 : product / 100);
}

std::optional<IntOrPercent> parse_int_or_percent(const std::string& text) {
  if (text.empty()) return std::nullopt;
  bool percent = text.back() == '%';
  std::string digits = percent ? text.substr(0, text.size() - 1) : text;
  if (digits.empty() || digits.size() > 9) return std::nullopt;
  for (char c : digits)
    if (c < '0' || c > '9') return std::nullopt;
  return IntOrPercent{std::atoi(digits.c_str()), percent};
}

}  // namespace podrun::model
