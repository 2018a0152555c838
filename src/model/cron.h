// CronJob schedules, as the Kubernetes CronJob controller takes them (github.com/robfig/cron/v3,
// cron.ParseStandard), and the time at which one fires next:
//
//   */15 * * * *         minute hour day-of-month month day-of-week
//   0 9-17/2 * * MON-FRI ranges a-b, steps */n a-b/n a/n (a/n is a-max/n), lists with ','
//   30 4 1,15 * 5        when both days are restricted, either one matching is enough
//   @daily               also @yearly @annually @monthly @weekly @midnight @hourly
//
// Names JAN-DEC and SUN-SAT are case-insensitive; `?` is `*`; day-of-week is 0-6 (7 is refused,
// as robfig refuses it). Error messages are robfig's, word for word, so that what podrun refuses
// reads as the API server's refusal. Two things podrun refuses beyond robfig:
//   - a schedule containing "TZ" (TZ=/CRON_TZ= prefixes): Kubernetes refuses them on new objects,
//     with the message used here; the zone belongs in spec.timeZone.
//   - `@every <duration>`: the API server accepts it, but it is not a calendar schedule and
//     CronSchedule has no room for it, so podrun says so instead of misreading it.
//
// Time zones are read from the system tz database (/usr/share/zoneinfo, TZif files) by a small
// reader in cron.cc: libstdc++ 12 has no std::chrono::tzdb, and setenv("TZ") + localtime would be
// process-wide state.
#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>

namespace podrun::model {

// The values at which a schedule fires, one bit per value (robfig's SpecSchedule, without
// seconds: the standard parser always fires at second 0).
struct CronSchedule {
  std::bitset<60> minute;  // 0-59
  std::bitset<24> hour;    // 0-23
  std::bitset<32> dom;     // 1-31 (bit 0 unused)
  std::bitset<13> month;   // 1-12 (bit 0 unused)
  std::bitset<7> dow;      // 0-6, 0 is Sunday
  // robfig's "star bit": the field was written `*` or `?` (or */1). When either day field is a
  // star, a day must match both fields (the star one always does); when neither is, either will do.
  bool dom_star = false;
  bool dow_star = false;

  bool operator==(const CronSchedule&) const = default;
};

// nullopt, with `error` set to the message the API server gives (robfig's, e.g. "expected exactly
// 5 fields, found 4: [* * * *]", "end of range (60) above maximum (59): 0-60", "failed to parse
// int from x: strconv.Atoi: parsing \"x\": invalid syntax"), for text that is not a schedule.
std::optional<CronSchedule> parse_cron_schedule(const std::string& text, std::string* error = nullptr);

// The first time strictly after `after` (seconds since the epoch) at which `s` fires, the schedule
// read in the zone `tz` (an IANA name; "" is UTC: kube-controller-manager would use its own local
// zone, so podrun's controller passes the zone explicitly). 0 when it does not fire within 5 years
// (e.g. "0 0 30 2 *"), or when `tz` cannot be loaded.
//
// This is robfig's SpecSchedule.Next step for step, so the daylight-saving edges are Kubernetes':
//   - a local time that does not exist (spring forward) is skipped: "30 2 * * *" does not fire on
//     that day in America/New_York;
//   - a local time that happens twice (fall back) fires twice, once in each offset: "30 1 * * *"
//     fires at 01:30 EDT and again at 01:30 EST (robfig's own tests call it "runs twice").
std::int64_t next_cron_time(const CronSchedule& s, std::int64_t after, const std::string& tz);

// Whether `tz` is a time zone spec.timeZone accepts: Kubernetes' name check (each '/'-separated
// part of 1 to 14 characters from [A-Za-z0-9._+-], not "." or "..", not starting with '-'; not
// "Local") and a readable TZif file in /usr/share/zoneinfo ("UTC" is built in, as in Go).
bool valid_time_zone(const std::string& tz);

}  // namespace podrun::model
