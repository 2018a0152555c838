// CrashLoopBackOff as the kubelet computes it: immediate first restart, then 10 s doubling to
// 300 s, reset after 10 minutes of running.
#include <catch2/catch.hpp>

#include "supervisor/backoff.h"

using namespace podrun::supervisor;

TEST_CASE("restart delays: 0, 10s, 20s, 40s, ... capped at 300s", "[supervisor][backoff]") {
  BackoffPolicy p;
  const std::pair<int, long> table[] = {{1, 0},      {2, 10000},  {3, 20000},  {4, 40000},  {5, 80000},
                                        {6, 160000}, {7, 300000}, {8, 300000}, {50, 300000}};
  for (const auto& [streak, ms] : table) {
    CAPTURE(streak);
    CHECK(restart_delay(p, streak).count() == ms);
  }
}

TEST_CASE("a shortened base keeps the doubling and the cap", "[supervisor][backoff]") {
  BackoffPolicy p{Millis{200}, Millis{1000}, Millis{5000}};
  CHECK(restart_delay(p, 2).count() == 200);
  CHECK(restart_delay(p, 3).count() == 400);
  CHECK(restart_delay(p, 4).count() == 800);
  CHECK(restart_delay(p, 5).count() == 1000);
}

TEST_CASE("the streak resets after a long enough run", "[supervisor][backoff]") {
  BackoffPolicy p;
  CHECK(next_streak(p, 4, Millis{599'999}) == 5);
  CHECK(next_streak(p, 4, Millis{600'000}) == 1);
  CHECK(next_streak(p, 0, Millis{0}) == 1);
}
