#include "model/cron.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace podrun::model {

namespace {

// ---------------------------------------------------------------------------------------------
// Parsing: robfig/cron/v3 parser.go, with the same order of checks and the same messages.

constexpr std::uint64_t kStarBit = std::uint64_t{1} << 63;  // robfig's marker for `*` and `?`

struct Bounds {
  std::uint64_t min, max;
  const char* const* names;  // names[i] is the value min+i; nullptr: numbers only
};

constexpr const char* kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr const char* kDowNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
constexpr Bounds kMinutes{0, 59, nullptr};
constexpr Bounds kHours{0, 23, nullptr};
constexpr Bounds kDom{1, 31, nullptr};
constexpr Bounds kMonths{1, 12, kMonthNames};
constexpr Bounds kDow{0, 6, kDowNames};

// Go's strings.Split: n separators give n+1 parts, empty ones included.
std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts(1);
  for (char c : s)
    if (c == sep) parts.emplace_back();
    else parts.back() += c;
  return parts;
}

// Go's strconv.Quote, for the ASCII a schedule holds (other bytes are passed through).
std::string go_quote(const std::string& s) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// robfig's mustParseInt: Go's strconv.Atoi (an optional sign, decimal digits, int64 range; a bad
// byte or an overflow, whichever comes first, as ParseUint scans), then no negative numbers. Its
// messages quote Atoi's.
bool parse_int(const std::string& expr, std::uint64_t* out, std::string* error) {
  auto atoi_error = [&](const char* why) {
    *error = "failed to parse int from " + expr + ": strconv.Atoi: parsing " + go_quote(expr) + ": " + why;
    return false;
  };
  std::size_t i = 0;
  bool negative = false;
  if (!expr.empty() && (expr[0] == '+' || expr[0] == '-')) negative = expr[i++] == '-';
  if (i == expr.size()) return atoi_error("invalid syntax");
  constexpr std::uint64_t kCutoff = UINT64_MAX / 10 + 1;  // n*10 overflows from here
  std::uint64_t n = 0;
  for (; i < expr.size(); ++i) {
    if (expr[i] < '0' || expr[i] > '9') return atoi_error("invalid syntax");
    if (n >= kCutoff) return atoi_error("value out of range");
    std::uint64_t next = n * 10 + static_cast<std::uint64_t>(expr[i] - '0');
    if (next < n * 10) return atoi_error("value out of range");
    n = next;
  }
  constexpr std::uint64_t kMin = std::uint64_t{1} << 63;  // |INT64_MIN|
  if (negative ? n > kMin : n >= kMin) return atoi_error("value out of range");
  if (negative && n != 0) {
    // Unreachable from parse_range ('-' splits ranges first), kept for fidelity.
    *error = "negative number (-" + std::to_string(n) + ") not allowed: " + expr;
    return false;
  }
  *out = n;
  return true;
}

bool parse_int_or_name(const std::string& expr, const Bounds& r, std::uint64_t* out, std::string* error) {
  if (r.names) {
    std::string lower = expr;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::uint64_t i = 0; i <= r.max - r.min; ++i)
      if (lower == r.names[i]) {
        *out = r.min + i;
        return true;
      }
  }
  return parse_int(expr, out, error);
}

// One list element: `*`, `?`, n, a-b, each optionally followed by /step.
bool parse_range(const std::string& expr, const Bounds& r, std::uint64_t* bits, std::string* error) {
  std::vector<std::string> range_and_step = split(expr, '/');
  std::vector<std::string> low_and_high = split(range_and_step[0], '-');
  bool single = low_and_high.size() == 1;
  std::uint64_t start = 0, end = 0, step = 1, extra = 0;
  if (low_and_high[0] == "*" || low_and_high[0] == "?") {
    // robfig ignores anything after "*-" here; so do we.
    start = r.min;
    end = r.max;
    extra = kStarBit;
  } else {
    if (!parse_int_or_name(low_and_high[0], r, &start, error)) return false;
    if (low_and_high.size() == 1) {
      end = start;
    } else if (low_and_high.size() == 2) {
      if (!parse_int_or_name(low_and_high[1], r, &end, error)) return false;
    } else {
      *error = "too many hyphens: " + expr;
      return false;
    }
  }
  if (range_and_step.size() == 2) {
    if (!parse_int(range_and_step[1], &step, error)) return false;
    if (single) end = r.max;  // "N/step" means "N-max/step"
    if (step > 1) extra = 0;  // "*/2" is no longer a star for the day rule; "*/1" still is
  } else if (range_and_step.size() > 2) {
    *error = "too many slashes: " + expr;
    return false;
  }
  auto fail = [&](const std::string& why) {
    *error = why + ": " + expr;
    return false;
  };
  if (start < r.min) return fail("beginning of range (" + std::to_string(start) + ") below minimum (" + std::to_string(r.min) + ")");
  if (end > r.max) return fail("end of range (" + std::to_string(end) + ") above maximum (" + std::to_string(r.max) + ")");
  if (start > end) return fail("beginning of range (" + std::to_string(start) + ") beyond end of range (" + std::to_string(end) + ")");
  if (step == 0) return fail("step of range should be a positive number");
  for (std::uint64_t v = start; v <= end; v += step) *bits |= std::uint64_t{1} << v;
  *bits |= extra;
  return true;
}

// A comma-separated list. Empty elements are dropped (Go's strings.FieldsFunc), so "," alone is
// accepted and matches nothing: such a schedule never fires, as in Kubernetes.
bool parse_field(const std::string& field, const Bounds& r, std::uint64_t* bits, std::string* error) {
  *bits = 0;
  for (const std::string& expr : split(field, ','))
    if (!expr.empty() && !parse_range(expr, r, bits, error)) return false;
  return true;
}

// robfig's descriptors, as bits: they fire at minute 0 of hour 0 unless said otherwise.
std::optional<CronSchedule> descriptor(const std::string& text, std::string* error) {
  CronSchedule s;
  s.minute.set(0);
  s.hour.set(0);
  s.dom.set().reset(0);
  s.month.set().reset(0);
  s.dow.set();
  s.dom_star = s.dow_star = true;
  if (text == "@yearly" || text == "@annually") {
    s.dom.reset().set(1);
    s.dom_star = false;
    s.month.reset().set(1);
  } else if (text == "@monthly") {
    s.dom.reset().set(1);
    s.dom_star = false;
  } else if (text == "@weekly") {
    s.dow.reset().set(0);
    s.dow_star = false;
  } else if (text == "@hourly") {
    s.hour.set();
  } else if (text.rfind("@every ", 0) == 0) {
    if (error) *error = "@every schedules are not supported, use a cron expression: " + text;
    return std::nullopt;
  } else if (text != "@daily" && text != "@midnight") {
    if (error) *error = "unrecognized descriptor: " + text;
    return std::nullopt;
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on days since 1970-01-01 (proleptic Gregorian, H. Hinnant's algorithms).

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
std::int64_t floor_mod(std::int64_t a, std::int64_t b) { return a - floor_div(a, b) * b; }

std::int64_t days_from_civil(std::int64_t y, std::int64_t m, std::int64_t d) {
  y -= m <= 2;
  std::int64_t era = floor_div(y, 400);
  std::int64_t yoe = y - era * 400;
  std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  std::int64_t year;
  int month, day, hour, minute, second, weekday;  // weekday: 0 is Sunday
};

Civil civil_from_seconds(std::int64_t local) {
  std::int64_t days = floor_div(local, 86400), secs = local - days * 86400;
  std::int64_t z = days + 719468, era = floor_div(z, 146097), doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  Civil c;
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2);
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.hour = static_cast<int>(secs / 3600);
  c.minute = static_cast<int>(secs / 60 % 60);
  c.second = static_cast<int>(secs % 60);
  c.weekday = static_cast<int>(floor_mod(days + 4, 7));  // 1970-01-01 was a Thursday
  return c;
}

bool leap(std::int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// ---------------------------------------------------------------------------------------------
// Time zones: a TZif file's transitions, then its footer's POSIX TZ rule for later times, read
// as Go's time package reads them (LoadLocation, tzset), since that is what Kubernetes runs.

struct PosixRule {
  enum class Kind { Julian, DayOfYear, MonthWeekDay } kind = Kind::DayOfYear;
  int day = 0, week = 0, mon = 0;
  int time = 2 * 3600;  // seconds after local midnight
};

struct Posix {
  int std_offset = 0, dst_offset = 0;  // seconds east of UTC
  bool has_dst = false;
  PosixRule start, end;
};

// A scanner over a POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3"); each step fails on bad text.
struct PosixScanner {
  const std::string& s;
  std::size_t pos = 0;
  bool at(char c) const { return pos < s.size() && s[pos] == c; }
  bool num(int min, int max, int* out) {
    std::size_t start = pos;
    long v = 0;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos])) && v <= max) v = v * 10 + (s[pos++] - '0');
    *out = static_cast<int>(v);
    return pos > start && v >= min && v <= max;
  }
  bool name() {
    if (at('<')) {
      std::size_t close = s.find('>', pos);
      if (close == std::string::npos) return false;
      pos = close + 1;
      return true;
    }
    std::size_t start = pos;
    while (pos < s.size() && !std::isdigit(static_cast<unsigned char>(s[pos])) && s[pos] != ',' && s[pos] != '-' && s[pos] != '+') ++pos;
    return pos - start >= 3;
  }
  // [+-]hh[:mm[:ss]], hours up to 167 as tzcode allows; the sign as written.
  bool offset(int* out) {
    bool neg = at('-');
    if (at('+') || at('-')) ++pos;
    int h = 0, m = 0, sec = 0;
    if (!num(0, 24 * 7, &h)) return false;
    if (at(':') && (++pos, !num(0, 59, &m))) return false;
    if (at(':') && (++pos, !num(0, 59, &sec))) return false;
    *out = (neg ? -1 : 1) * (h * 3600 + m * 60 + sec);
    return true;
  }
  bool rule(PosixRule* r) {
    if (at('J')) {
      ++pos;
      r->kind = PosixRule::Kind::Julian;
      if (!num(1, 365, &r->day)) return false;
    } else if (at('M')) {
      ++pos;
      r->kind = PosixRule::Kind::MonthWeekDay;
      if (!num(1, 12, &r->mon) || !at('.')) return false;
      ++pos;
      if (!num(1, 5, &r->week) || !at('.')) return false;
      ++pos;
      if (!num(0, 6, &r->day)) return false;
    } else {
      r->kind = PosixRule::Kind::DayOfYear;
      if (!num(0, 365, &r->day)) return false;
    }
    if (!at('/')) return true;
    ++pos;
    return offset(&r->time);
  }
};

std::optional<Posix> parse_posix(const std::string& text) {
  Posix p;
  PosixScanner sc{text};
  int off = 0;
  if (!sc.name() || !sc.offset(&off)) return std::nullopt;
  p.std_offset = -off;  // POSIX counts west of UTC
  if (sc.pos == text.size() || sc.at(',')) return p;
  if (!sc.name()) return std::nullopt;
  p.has_dst = true;
  p.dst_offset = p.std_offset + 3600;
  if (sc.pos < text.size() && !sc.at(',')) {
    if (!sc.offset(&off)) return std::nullopt;
    p.dst_offset = -off;
  }
  if (sc.pos == text.size()) return parse_posix(text + ",M3.2.0,M11.1.0");  // tzcode's default rules
  if (!sc.at(',') && !sc.at(';')) return std::nullopt;
  ++sc.pos;
  if (!sc.rule(&p.start) || !sc.at(',')) return std::nullopt;
  ++sc.pos;
  if (!sc.rule(&p.end) || sc.pos != text.size()) return std::nullopt;
  return p;
}

// Seconds from the start of the UTC year `y` to the transition `r`, made while `off` was in force
// (Go's tzruleTime).
std::int64_t rule_time(std::int64_t y, const PosixRule& r, int off) {
  std::int64_t day = 0;  // 0-based day of the year
  switch (r.kind) {
    case PosixRule::Kind::Julian: day = r.day - 1 + (leap(y) && r.day >= 60); break;
    case PosixRule::Kind::DayOfYear: day = r.day; break;
    case PosixRule::Kind::MonthWeekDay: {
      static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      std::int64_t first = days_from_civil(y, r.mon, 1);
      std::int64_t d = floor_mod(r.day - floor_mod(first + 4, 7), 7);  // first such weekday, 0-based
      int in_month = month_days[r.mon - 1] + (r.mon == 2 && leap(y));
      for (int i = 1; i < r.week && d + 7 < in_month; ++i) d += 7;  // week 5 is "the last"
      day = first - days_from_civil(y, 1, 1) + d;
      break;
    }
  }
  return day * 86400 + r.time - off;
}

struct Zone {
  std::vector<std::int64_t> when;  // transition instants, ascending
  std::vector<int> offset;         // the offset from when[i] on
  int first = 0;                   // before when[0] (TZif local time type 0)
  std::optional<Posix> extend;     // after the last transition

  int offset_at(std::int64_t t) const {
    if (when.empty() || t < when.front()) return first;
    std::size_t i = static_cast<std::size_t>(std::upper_bound(when.begin(), when.end(), t) - when.begin()) - 1;
    if (i + 1 < when.size() || !extend) return offset[i];
    const Posix& p = *extend;
    if (!p.has_dst) return p.std_offset;
    // Go's tzset: the year is t's UTC year, the transitions are seconds into it.
    std::int64_t y = civil_from_seconds(t).year;
    std::int64_t ysec = t - days_from_civil(y, 1, 1) * 86400;
    std::int64_t start = rule_time(y, p.start, p.std_offset), end = rule_time(y, p.end, p.dst_offset);
    if (start <= end) return ysec >= start && ysec < end ? p.dst_offset : p.std_offset;
    return ysec >= end && ysec < start ? p.std_offset : p.dst_offset;  // southern hemisphere: DST spans the new year
  }
};

std::uint64_t be(const std::string& d, std::size_t pos, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = v << 8 | static_cast<unsigned char>(d[pos + static_cast<std::size_t>(i)]);
  return v;
}

// A TZif file (RFC 8536): the 64-bit data of version 2+ files (else version 1's), and the footer.
std::optional<Zone> parse_tzif(const std::string& d) {
  auto header = [&](std::size_t at, std::uint64_t c[6]) {
    if (d.size() < at + 44 || d.compare(at, 4, "TZif") != 0) return false;
    for (int i = 0; i < 6; ++i) c[i] = be(d, at + 20 + 4 * static_cast<std::size_t>(i), 4);
    return true;
  };
  std::uint64_t c[6];  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  if (!header(0, c)) return std::nullopt;
  std::size_t pos = 44, tsize = 4;
  if (d[4] >= '2') {
    pos += c[3] * 5 + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];  // skip the version 1 data
    if (!header(pos, c)) return std::nullopt;
    pos += 44;
    tsize = 8;
  }
  std::uint64_t timecnt = c[3], typecnt = c[4];
  std::size_t size = timecnt * (tsize + 1) + typecnt * 6 + c[5] + c[2] * (tsize + 4) + c[1] + c[0];
  if (typecnt == 0 || timecnt > 100000 || typecnt > 256 || d.size() < pos + size) return std::nullopt;
  Zone z;
  std::size_t types = pos + timecnt * (tsize + 1);
  auto utoff = [&](std::uint64_t i) { return static_cast<int>(static_cast<std::int32_t>(be(d, types + 6 * i, 4))); };
  for (std::uint64_t i = 0; i < timecnt; ++i) {
    std::uint64_t raw = be(d, pos + i * tsize, static_cast<int>(tsize));
    std::int64_t when = tsize == 8 ? static_cast<std::int64_t>(raw) : static_cast<std::int32_t>(raw);
    std::uint64_t type = static_cast<unsigned char>(d[pos + timecnt * tsize + i]);
    if (type >= typecnt || (!z.when.empty() && when <= z.when.back())) return std::nullopt;
    z.when.push_back(when);
    z.offset.push_back(utoff(type));
  }
  z.first = utoff(0);
  std::size_t footer = pos + size;
  if (tsize == 8 && footer < d.size() && d[footer] == '\n') {
    std::size_t close = d.find('\n', footer + 1);
    if (close != std::string::npos && close > footer + 1) z.extend = parse_posix(d.substr(footer + 1, close - footer - 1));
  }
  return z;
}

// Kubernetes' name check (validateTimeZone), which also keeps the name inside /usr/share/zoneinfo.
bool plausible_zone_name(const std::string& tz) {
  if (tz.empty()) return false;
  for (const std::string& part : split(tz, '/')) {
    if (part.empty() || part.size() > 14 || part == "." || part == ".." || part[0] == '-') return false;
    for (char c : part)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_' && c != '+') return false;
  }
  return true;
}

std::optional<Zone> load_zone(const std::string& tz) {
  if (tz.empty() || tz == "UTC") return Zone{};  // Go's built-in UTC
  if (!plausible_zone_name(tz)) return std::nullopt;
  std::FILE* f = std::fopen(("/usr/share/zoneinfo/" + tz).c_str(), "rb");
  if (!f) return std::nullopt;
  std::string data;  // a directory opens, and reads as nothing
  char buf[4096];
  for (std::size_t n; data.size() < (1 << 20) && (n = std::fread(buf, 1, sizeof buf, f)) > 0;) data.append(buf, n);
  std::fclose(f);
  return parse_tzif(data);
}

// ---------------------------------------------------------------------------------------------
// Go's time.Time operations that robfig's Next uses, on seconds since the epoch in a zone.

Civil local(const Zone& z, std::int64_t t) { return civil_from_seconds(t + z.offset_at(t)); }

// time.Date: the month is normalized into the year, the rest is plain seconds. A local time that
// does not exist or happens twice is resolved as Go does: guess the offset from the local time
// read as UTC, then take the offset in force at the instant that guess gives.
std::int64_t date(const Zone& z, std::int64_t y, std::int64_t mon, std::int64_t d, std::int64_t h, std::int64_t mi, std::int64_t s) {
  y += floor_div(mon - 1, 12);
  mon = floor_mod(mon - 1, 12) + 1;
  std::int64_t wall = (days_from_civil(y, mon, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s;
  return wall - z.offset_at(wall - z.offset_at(wall));
}

// time.AddDate: calendar fields added, then normalized by Date.
std::int64_t add_date(const Zone& z, std::int64_t t, int months, int days) {
  Civil c = local(z, t);
  return date(z, c.year, c.month + months, c.day + days, c.hour, c.minute, c.second);
}

bool day_matches(const CronSchedule& s, const Civil& c) {
  bool dom = s.dom[static_cast<std::size_t>(c.day)], dow = s.dow[static_cast<std::size_t>(c.weekday)];
  return s.dom_star || s.dow_star ? dom && dow : dom || dow;
}

}  // namespace

std::optional<CronSchedule> parse_cron_schedule(const std::string& text, std::string* error) {
  std::string why;
  auto fail = [&](const std::string& message) -> std::optional<CronSchedule> {
    if (error) *error = message;
    return std::nullopt;
  };
  if (text.empty()) return fail("empty spec string");
  // Kubernetes refuses any "TZ" (validateScheduleFormat), which covers TZ= and CRON_TZ= prefixes.
  if (text.find("TZ") != std::string::npos) return fail("cannot use TZ or CRON_TZ in schedule, use timeZone field instead");
  if (text[0] == '@') return descriptor(text, error);

  std::vector<std::string> fields;  // Go's strings.Fields (ASCII whitespace)
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) fields.push_back(text.substr(start, i - start));
  }
  if (fields.size() != 5) {
    std::string list;  // Go prints a []string with %s as [a b c]
    for (const auto& f : fields) list += (list.empty() ? "" : " ") + f;
    return fail("expected exactly 5 fields, found " + std::to_string(fields.size()) + ": [" + list + "]");
  }
  std::uint64_t bits[5];
  const Bounds* bounds[5] = {&kMinutes, &kHours, &kDom, &kMonths, &kDow};
  for (int i = 0; i < 5; ++i)
    if (!parse_field(fields[static_cast<std::size_t>(i)], *bounds[i], &bits[i], &why)) return fail(why);
  CronSchedule s;
  s.minute = std::bitset<60>(bits[0]);
  s.hour = std::bitset<24>(bits[1]);
  s.dom = std::bitset<32>(bits[2]);
  s.month = std::bitset<13>(bits[3]);
  s.dow = std::bitset<7>(bits[4]);
  s.dom_star = (bits[2] & kStarBit) != 0;
  s.dow_star = (bits[4] & kStarBit) != 0;
  return s;
}

std::int64_t next_cron_time(const CronSchedule& s, std::int64_t after, const std::string& tz) {
  std::optional<Zone> zone = load_zone(tz);
  if (!zone) return 0;
  const Zone& z = *zone;
  // A field that matches nothing (e.g. ", * * * *") would make robfig loop its 5 years and give
  // up; give up at once, with the same answer.
  bool some_day = s.dom_star || s.dow_star ? s.dom.any() && s.dow.any() : s.dom.any() || s.dow.any();
  if (s.minute.none() || s.hour.none() || s.month.none() || !some_day) return 0;

  // robfig's SpecSchedule.Next, step for step: each field is advanced until it matches, and when
  // one wraps around (its `goto WRAP`) every field is checked again from the month down.
  std::int64_t t = after + 1;  // the earliest candidate: the next whole second
  bool added = false;          // once a field has moved, the smaller ones start from their minimum
  const std::int64_t year_limit = local(z, t).year + 5;
  for (;;) {
    if (local(z, t).year > year_limit) return 0;
    bool wrapped = false;
    while (!wrapped && !s.month[static_cast<std::size_t>(local(z, t).month)]) {
      if (!added) {
        added = true;
        Civil c = local(z, t);
        t = date(z, c.year, c.month, 1, 0, 0, 0);
      }
      t = add_date(z, t, 1, 0);
      wrapped = local(z, t).month == 1;
    }
    if (wrapped) continue;
    while (!wrapped && !day_matches(s, local(z, t))) {
      if (!added) {
        added = true;
        Civil c = local(z, t);
        t = date(z, c.year, c.month, c.day, 0, 0, 0);
      }
      t = add_date(z, t, 0, 1);
      // Where midnight does not exist (or repeats), step back to the day's start (robfig's fix-up).
      if (int h = local(z, t).hour; h != 0) t += (h > 12 ? 24 - h : -h) * std::int64_t{3600};
      wrapped = local(z, t).day == 1;
    }
    if (wrapped) continue;
    while (!wrapped && !s.hour[static_cast<std::size_t>(local(z, t).hour)]) {
      if (!added) {
        added = true;
        Civil c = local(z, t);
        t = date(z, c.year, c.month, c.day, c.hour, 0, 0);
      }
      t += 3600;  // absolute hours: a skipped hour is never seen, a repeated one is seen twice
      wrapped = local(z, t).hour == 0;
    }
    if (wrapped) continue;
    while (!wrapped && !s.minute[static_cast<std::size_t>(local(z, t).minute)]) {
      if (!added) {
        added = true;
        t -= floor_mod(t, 60);  // time.Truncate(time.Minute), on absolute time
      }
      t += 60;
      wrapped = local(z, t).minute == 0;
    }
    if (wrapped) continue;
    while (!wrapped && local(z, t).second != 0) {  // the standard parser's seconds field is "0"
      added = true;
      t += 1;
      wrapped = local(z, t).second == 0;
    }
    if (wrapped) continue;
    return t;
  }
}

bool valid_time_zone(const std::string& tz) {
  if (!plausible_zone_name(tz)) return false;
  std::string lower = tz;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "local") return false;  // Kubernetes wants an explicit zone
  return load_zone(tz).has_value();
}

}  // namespace podrun::model
