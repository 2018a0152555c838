// CronJob schedules: what robfig/cron (and so the API server) refuses and with which words, what
// each field holds, and when a schedule fires next, in UTC and across daylight-saving changes.
#include <catch2/catch.hpp>

#include <cstdio>
#include <ctime>
#include <string>

#include "model/cron.h"

using podrun::model::CronSchedule;
using podrun::model::next_cron_time;
using podrun::model::parse_cron_schedule;
using podrun::model::valid_time_zone;

namespace {

// "2012-03-11T00:00:00-0500" or "2012-07-09T14:45:00Z": seconds since the epoch.
std::int64_t at(const std::string& iso) {
  std::tm tm{};
  int sign_hours = 0, minutes = 0;
  std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec);
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  std::int64_t t = timegm(&tm);
  if (iso.back() != 'Z') {
    std::sscanf(iso.c_str() + iso.size() - 5, "%3d%2d", &sign_hours, &minutes);
    t -= sign_hours * 3600 + (sign_hours < 0 ? -minutes : minutes) * 60;
  }
  return t;
}

// The instant in UTC, so that a failure reads as a time ("never" for 0).
std::string utc(std::int64_t t) {
  if (t == 0) return "never";
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

template <std::size_t N>
std::string values(const std::bitset<N>& bits) {
  std::string out;
  for (std::size_t i = 0; i < N; ++i)
    if (bits[i]) out += (out.empty() ? "" : ",") + std::to_string(i);
  return out;
}

// next_cron_time of `schedule` (which must parse) after `from`, as UTC text.
std::string next(const std::string& schedule, const std::string& from, const std::string& tz) {
  std::string why;
  auto s = parse_cron_schedule(schedule, &why);
  INFO(why);
  REQUIRE(s);
  return utc(next_cron_time(*s, at(from), tz));
}

}  // namespace

TEST_CASE("cron schedules: refused, with robfig's and the API server's messages (table)", "[model][cron]") {
  struct Row {
    const char* schedule;
    const char* message;  // the whole error
  } rows[] = {
      {"", "empty spec string"},
      {"* * * *", "expected exactly 5 fields, found 4: [* * * *]"},
      {"0 0 * * * *", "expected exactly 5 fields, found 6: [0 0 * * * *]"},
      {"   ", "expected exactly 5 fields, found 0: []"},
      {"0-60 * * * *", "end of range (60) above maximum (59): 0-60"},
      {"* 24 * * *", "end of range (24) above maximum (23): 24"},
      {"* * 0 * *", "beginning of range (0) below minimum (1): 0"},
      {"* * * 13 *", "end of range (13) above maximum (12): 13"},
      {"* * * * 7", "end of range (7) above maximum (6): 7"},  // robfig's day-of-week is 0-6
      {"* * * * SUN-7", "end of range (7) above maximum (6): SUN-7"},
      {"5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1"},
      {"70/5 * * * *", "beginning of range (70) beyond end of range (59): 70/5"},
      {"*/0 * * * *", "step of range should be a positive number: */0"},
      {"1-2-3 * * * *", "too many hyphens: 1-2-3"},
      {"*/2/3 * * * *", "too many slashes: */2/3"},
      {"x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax"},
      {"-5 * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax"},
      {"*/x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax"},
      {"* * * * MONDAY", "failed to parse int from MONDAY: strconv.Atoi: parsing \"MONDAY\": invalid syntax"},
      {"* * * JAN-FOO *", "failed to parse int from FOO: strconv.Atoi: parsing \"FOO\": invalid syntax"},
      {"99999999999999999999 * * * *",
       "failed to parse int from 99999999999999999999: strconv.Atoi: parsing \"99999999999999999999\": value out of range"},
      {"0-99999999999 * * * *", "end of range (99999999999) above maximum (59): 0-99999999999"},
      {"@fortnightly", "unrecognized descriptor: @fortnightly"},
      {"@daily ", "unrecognized descriptor: @daily "},  // descriptors are matched exactly
      {"@DAILY", "unrecognized descriptor: @DAILY"},
      {"@every 1h", "@every schedules are not supported, use a cron expression: @every 1h"},
      {"TZ=Europe/Berlin 0 9 * * *", "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"},
      {"CRON_TZ=UTC 0 9 * * *", "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.schedule);
    std::string why;
    CHECK_FALSE(parse_cron_schedule(r.schedule, &why));
    CHECK(why == r.message);
  }
}

TEST_CASE("cron schedules: what each field holds (table)", "[model][cron]") {
  struct Row {
    const char* schedule;
    const char* minute;
    const char* hour;
    const char* dom;
    const char* month;
    const char* dow;
    bool dom_star, dow_star;
  } rows[] = {
      {"*/15 * * * *", "0,15,30,45", "all", "all", "all", "all", true, true},
      {"0 9-17/2 * * MON-FRI", "0", "9,11,13,15,17", "all", "all", "1,2,3,4,5", true, false},
      {"5/20 3/10 * * *", "5,25,45", "3,13,23", "all", "all", "all", true, true},  // a/n is a-max/n
      {"1,2,2,59 0 1,15 * 5", "1,2,59", "0", "1,15", "all", "5", false, false},
      {"0 0 * jan,Mar,DEC sun", "0", "0", "all", "1,3,12", "0", true, false},  // names are case-insensitive
      {"0 0 * Jun-aug Sat-sat", "0", "0", "all", "6,7,8", "6", true, false},
      {"0 0 ? * ?", "0", "0", "all", "all", "all", true, true},
      {"0 0 */2 * *", "0", "0", "1,3,5,7,9,11,13,15,17,19,21,23,25,27,29,31", "all", "all", false, true},  // */2 is no star
      {"0 0 */1 * 1/1", "0", "0", "all", "all", "1,2,3,4,5,6", true, false},                               // */1 still is
      {"0 0 *,3 * *", "0", "0", "all", "all", "all", true, true},
      {"*-5 0 1 1 0", "all", "0", "1", "1", "0", false, false},  // robfig ignores what follows "*-"
      {", 0 1 1 0", "", "0", "1", "1", "0", false, false},       // an empty list parses, and matches nothing
  };
  for (const auto& r : rows) {
    CAPTURE(r.schedule);
    std::string why;
    auto s = parse_cron_schedule(r.schedule, &why);
    INFO(why);
    REQUIRE(s);
    // "all" in the table stands for every value of the field.
    auto expect = [](const char* v, std::size_t from, std::size_t to) {
      if (std::string(v) != "all") return std::string(v);
      std::string out;
      for (std::size_t i = from; i <= to; ++i) out += (out.empty() ? "" : ",") + std::to_string(i);
      return out;
    };
    CHECK(values(s->minute) == expect(r.minute, 0, 59));
    CHECK(values(s->hour) == expect(r.hour, 0, 23));
    CHECK(values(s->dom) == expect(r.dom, 1, 31));
    CHECK(values(s->month) == expect(r.month, 1, 12));
    CHECK(values(s->dow) == expect(r.dow, 0, 6));
    CHECK(s->dom_star == r.dom_star);
    CHECK(s->dow_star == r.dow_star);
  }
}

TEST_CASE("cron schedules: each descriptor is its five-field schedule and fires as one (table)", "[model][cron]") {
  struct Row {
    const char* descriptor;
    const char* same_as;
    const char* next;  // after Monday 2012-07-09 15:04 UTC
  } rows[] = {
      {"@yearly", "0 0 1 1 *", "2013-01-01T00:00:00Z"},  {"@annually", "0 0 1 1 *", "2013-01-01T00:00:00Z"},
      {"@monthly", "0 0 1 * *", "2012-08-01T00:00:00Z"}, {"@weekly", "0 0 * * 0", "2012-07-15T00:00:00Z"},
      {"@daily", "0 0 * * *", "2012-07-10T00:00:00Z"},   {"@midnight", "0 0 * * *", "2012-07-10T00:00:00Z"},
      {"@hourly", "0 * * * *", "2012-07-09T16:00:00Z"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.descriptor);
    auto d = parse_cron_schedule(r.descriptor);
    auto s = parse_cron_schedule(r.same_as);
    REQUIRE(d);
    REQUIRE(s);
    CHECK(*d == *s);
    CHECK(next(r.descriptor, "2012-07-09T15:04:00Z", "") == r.next);
  }
}

TEST_CASE("cron schedules: the next time, in UTC and Etc/UTC (table)", "[model][cron]") {
  struct Row {
    const char* from;
    const char* schedule;
    const char* next;
  } rows[] = {
      // robfig's own TestNext cases that need no seconds field.
      {"2012-07-09T14:45:00Z", "0/15 * * * *", "2012-07-09T15:00:00Z"},
      {"2012-07-09T14:59:00Z", "0/15 * * * *", "2012-07-09T15:00:00Z"},
      {"2012-07-09T14:59:59Z", "0/15 * * * *", "2012-07-09T15:00:00Z"},
      {"2012-07-09T15:45:00Z", "20-35/15 * * * *", "2012-07-09T16:20:00Z"},
      {"2012-07-09T23:46:00Z", "*/15 * * * *", "2012-07-10T00:00:00Z"},
      {"2012-07-09T23:45:00Z", "20-35/15 * * * *", "2012-07-10T00:20:00Z"},
      {"2012-07-09T23:35:00Z", "0 0 9 Apr-Oct ?", "2012-08-09T00:00:00Z"},
      {"2012-07-09T23:35:00Z", "0 0 */5 Apr,Aug,Oct Mon", "2012-08-01T00:00:00Z"},  // */5 is no star: the 1st will do
      {"2012-07-09T23:35:00Z", "0 0 */5 Oct Mon", "2012-10-01T00:00:00Z"},
      {"2012-07-09T23:35:00Z", "0 0 * Feb Mon", "2013-02-04T00:00:00Z"},
      {"2012-07-09T23:35:00Z", "0 0 * Feb Mon/2", "2013-02-01T00:00:00Z"},
      {"2012-12-31T23:59:45Z", "* * * * *", "2013-01-01T00:00:00Z"},
      {"2012-07-09T23:35:00Z", "0 0 29 Feb ?", "2016-02-29T00:00:00Z"},
      // Strictly after: a firing time itself is not the answer.
      {"2024-05-05T10:00:00Z", "0 * * * *", "2024-05-05T11:00:00Z"},
      {"2024-05-05T10:07:30Z", "*/15 * * * *", "2024-05-05T10:15:00Z"},
      // Weekdays, every other hour from 9 to 17: Friday evening goes to Monday morning.
      {"2024-05-03T15:30:00Z", "0 9-17/2 * * MON-FRI", "2024-05-03T17:00:00Z"},
      {"2024-05-03T17:00:00Z", "0 9-17/2 * * MON-FRI", "2024-05-06T09:00:00Z"},
      // Both day fields restricted: the 1st, the 15th, or a Friday (Wednesday 2024-05-01 onwards).
      {"2024-05-01T04:29:00Z", "30 4 1,15 * 5", "2024-05-01T04:30:00Z"},
      {"2024-05-01T05:00:00Z", "30 4 1,15 * 5", "2024-05-03T04:30:00Z"},
      {"2024-05-10T05:00:00Z", "30 4 1,15 * 5", "2024-05-15T04:30:00Z"},
      // Both restricted again: a Friday or the 13th, whichever comes first (no "Friday the 13th").
      {"2024-01-01T00:00:00Z", "0 0 13 * FRI", "2024-01-05T00:00:00Z"},
      {"2024-01-12T00:00:00Z", "0 0 13 * FRI", "2024-01-13T00:00:00Z"},
      // One day field is a star: only the other counts.
      {"2024-01-01T00:00:00Z", "0 0 13 * *", "2024-01-13T00:00:00Z"},
      {"2024-01-01T00:00:00Z", "0 0 ? * FRI", "2024-01-05T00:00:00Z"},
      // The next 29 February.
      {"2025-03-01T00:00:00Z", "0 0 29 2 *", "2028-02-29T00:00:00Z"},
      // Never within 5 years: 0.
      {"2012-07-09T23:35:00Z", "0 0 30 Feb ?", "never"},
      {"2012-07-09T23:35:00Z", "0 0 31 Apr ?", "never"},
      {"2012-07-09T23:35:00Z", ", * * * *", "never"},
  };
  for (const char* tz : {"", "UTC", "Etc/UTC"}) {
    for (const auto& r : rows) {
      CAPTURE(tz, r.from, r.schedule);
      CHECK(next(r.schedule, r.from, tz) == r.next);
    }
  }
}

TEST_CASE("cron schedules: the next time in a time zone, across daylight-saving changes (table)", "[model][cron]") {
  struct Row {
    const char* tz;
    const char* from;
    const char* schedule;
    const char* next;  // with its UTC offset, as robfig's tests write it
  } rows[] = {
      // 09:00 in Berlin is 08:00 UTC in winter (+1) and 07:00 UTC in summer (+2).
      {"Europe/Berlin", "2024-01-15T00:00:00Z", "0 9 * * *", "2024-01-15T09:00:00+0100"},
      {"Europe/Berlin", "2024-01-15T08:00:00Z", "0 9 * * *", "2024-01-16T09:00:00+0100"},
      {"Europe/Berlin", "2024-07-15T00:00:00Z", "0 9 * * *", "2024-07-15T09:00:00+0200"},
      // Half-hour offsets (robfig's TestNextWithTz).
      {"Asia/Kolkata", "2016-01-03T13:09:03+0530", "14 14 * * *", "2016-01-03T14:14:00+0530"},
      {"Asia/Kolkata", "2016-01-03T04:09:03+0530", "14 14 * * ?", "2016-01-03T14:14:00+0530"},
      // New York springs forward on 2024-03-10: 02:30 does not exist that day, so it is skipped.
      {"America/New_York", "2024-03-10T00:00:00-0500", "30 2 * * *", "2024-03-11T02:30:00-0400"},
      {"America/New_York", "2024-03-09T03:00:00-0500", "30 2 * * *", "2024-03-11T02:30:00-0400"},
      // robfig's TestNext daylight-saving cases (New York, 2012), without the seconds field.
      {"America/New_York", "2012-03-11T00:00:00-0500", "30 2 11 Mar ?", "2013-03-11T02:30:00-0400"},
      {"America/New_York", "2012-03-11T00:00:00-0500", "0 * * * ?", "2012-03-11T01:00:00-0500"},
      {"America/New_York", "2012-03-11T01:00:00-0500", "0 * * * ?", "2012-03-11T03:00:00-0400"},
      {"America/New_York", "2012-03-11T03:00:00-0400", "0 * * * ?", "2012-03-11T04:00:00-0400"},
      {"America/New_York", "2012-03-11T04:00:00-0400", "0 * * * ?", "2012-03-11T05:00:00-0400"},
      {"America/New_York", "2012-03-11T00:00:00-0500", "0 1 * * ?", "2012-03-11T01:00:00-0500"},
      {"America/New_York", "2012-03-11T01:00:00-0500", "0 1 * * ?", "2012-03-12T01:00:00-0400"},
      {"America/New_York", "2012-03-11T00:00:00-0500", "0 2 * * ?", "2012-03-12T02:00:00-0400"},  // skipped
      {"America/New_York", "2012-11-04T00:00:00-0400", "30 2 04 Nov ?", "2012-11-04T02:30:00-0500"},
      {"America/New_York", "2012-11-04T01:45:00-0400", "30 1 04 Nov ?", "2012-11-04T01:30:00-0500"},
      {"America/New_York", "2012-11-04T00:00:00-0400", "0 * * * ?", "2012-11-04T01:00:00-0400"},
      {"America/New_York", "2012-11-04T01:00:00-0400", "0 * * * ?", "2012-11-04T01:00:00-0500"},
      {"America/New_York", "2012-11-04T01:00:00-0500", "0 * * * ?", "2012-11-04T02:00:00-0500"},
      {"America/New_York", "2012-11-04T00:00:00-0400", "0 1 * * ?", "2012-11-04T01:00:00-0400"},  // runs twice
      {"America/New_York", "2012-11-04T01:00:00-0400", "0 1 * * ?", "2012-11-04T01:00:00-0500"},
      {"America/New_York", "2012-11-04T01:00:00-0500", "0 1 * * ?", "2012-11-05T01:00:00-0500"},
      {"America/New_York", "2012-11-04T00:00:00-0400", "0 2 * * ?", "2012-11-04T02:00:00-0500"},
      {"America/New_York", "2012-11-04T02:00:00-0500", "0 2 * * ?", "2012-11-05T02:00:00-0500"},
      {"America/New_York", "2012-11-04T00:00:00-0400", "0 3 * * ?", "2012-11-04T03:00:00-0500"},
      {"America/New_York", "2012-11-04T03:00:00-0500", "0 3 * * ?", "2012-11-05T03:00:00-0500"},
      // After 2037 the zone file has no transitions left, and its footer rule takes over: Berlin
      // springs forward on 2040-03-25 and falls back on 2040-10-28.
      {"Europe/Berlin", "2040-03-24T12:00:00+0100", "30 2 * * *", "2040-03-26T02:30:00+0200"},
      {"Europe/Berlin", "2040-07-01T12:00:00+0200", "0 9 * * *", "2040-07-02T09:00:00+0200"},
      {"Europe/Berlin", "2040-10-28T00:00:00+0200", "30 2 * * *", "2040-10-28T02:30:00+0200"},
      {"Europe/Berlin", "2040-10-28T02:30:00+0200", "30 2 * * *", "2040-10-28T02:30:00+0100"},
      {"Europe/Berlin", "2040-12-01T12:00:00+0100", "0 9 * * *", "2040-12-02T09:00:00+0100"},
      // The southern hemisphere: Sydney springs forward on 2024-10-06, and (by the footer rule) on
      // 2045-10-01.
      {"Australia/Sydney", "2024-10-05T12:00:00+1000", "30 2 * * *", "2024-10-07T02:30:00+1100"},
      {"Australia/Sydney", "2024-10-05T12:00:00+1000", "30 3 * * *", "2024-10-06T03:30:00+1100"},
      {"Australia/Sydney", "2045-09-30T12:00:00+1000", "30 2 * * *", "2045-10-02T02:30:00+1100"},
      {"Australia/Sydney", "2045-07-01T12:00:00+1000", "0 9 * * *", "2045-07-02T09:00:00+1000"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.tz, r.from, r.schedule);
    CHECK(next(r.schedule, r.from, r.tz) == utc(at(r.next)));
  }
}

TEST_CASE("cron schedules: time zone names, as spec.timeZone takes them (table)", "[model][cron]") {
  struct Row {
    const char* tz;
    bool valid;
  } rows[] = {
      {"Europe/Berlin", true},
      {"Etc/UTC", true},
      {"UTC", true},
      {"America/Argentina/Buenos_Aires", true},
      {"Etc/GMT+5", true},
      {"Mars/Olympus", false},
      {"../etc/passwd", false},
      {"Europe/../Europe/Berlin", false},
      {"/etc/passwd", false},
      {"", false},
      {"Local", false},
      {"local", false},
      {"Europe", false},          // a directory
      {"zone.tab", false},        // a file, but not a zone
      {"Europe/Berlin/", false},  // an empty part
      {"-Europe/Berlin", false},
      {"Europe/Berlin Extra", false},
      {"America/VeryLongCityName", false},  // a part is at most 14 characters
  };
  for (const auto& r : rows) {
    CAPTURE(r.tz);
    CHECK(valid_time_zone(r.tz) == r.valid);
  }
  // A zone that cannot be loaded never fires.
  CHECK(next("0 9 * * *", "2024-01-15T00:00:00Z", "Mars/Olympus") == "never");
}
