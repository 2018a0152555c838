// CPU placement of helper children (exec/placement.h): the parent moves a fresh child to a CPU
// other than its own, and the child gives its inherited affinity back. No root needed.
#include <catch2/catch.hpp>

#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "exec/placement.h"

using namespace podrun::exec;

TEST_CASE("a child is placed on another CPU, then restores what it inherited", "[exec][placement]") {
  CpuAffinity mine = current_affinity();
  REQUIRE(mine.known);
  int go[2], back[2];
  REQUIRE(::pipe(go) == 0);
  REQUIRE(::pipe(back) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    char b;
    if (::read(go[0], &b, 1) != 1) ::_exit(2);
    // Where it runs now, then its affinity after restoring.
    int cpu = ::sched_getcpu();
    restore_affinity(mine);
    cpu_set_t now;
    ::sched_getaffinity(0, sizeof now, &now);
    int report[2] = {cpu, CPU_EQUAL(&now, &mine.set) ? 1 : 0};
    if (::write(back[1], report, sizeof report) != sizeof report) ::_exit(3);
    ::_exit(0);
  }
  int here = ::sched_getcpu();
  place_on_other_cpu(child, mine);
  cpu_set_t placed;
  REQUIRE(::sched_getaffinity(child, sizeof placed, &placed) == 0);
  if (CPU_COUNT(&mine.set) >= 2) {
    CHECK(CPU_COUNT(&placed) == 1);
    CHECK_FALSE(CPU_ISSET(here, &placed));
  } else {
    CHECK(CPU_EQUAL(&placed, &mine.set));  // one CPU: nothing to do
  }
  REQUIRE(::write(go[1], "g", 1) == 1);
  int report[2] = {-1, 0};
  REQUIRE(::read(back[0], report, sizeof report) == sizeof report);
  if (CPU_COUNT(&mine.set) >= 2) CHECK(CPU_ISSET(report[0], &placed));
  CHECK(report[1] == 1);
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  for (int fd : {go[0], go[1], back[0], back[1]}) ::close(fd);
}

TEST_CASE("a single allowed CPU leaves the child where it is", "[exec][placement]") {
  CpuAffinity one;
  CPU_ZERO(&one.set);
  one.known = true;
  int cpu = ::sched_getcpu();
  CPU_SET(cpu, &one.set);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::pause();
    ::_exit(0);
  }
  cpu_set_t before, after;
  ::sched_getaffinity(child, sizeof before, &before);
  place_on_other_cpu(child, one);
  ::sched_getaffinity(child, sizeof after, &after);
  CHECK(CPU_EQUAL(&before, &after));
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
}

TEST_CASE("an affinity goes to text and back", "[exec][placement]") {
  CpuAffinity a;
  CPU_ZERO(&a.set);
  a.known = true;
  for (int cpu : {0, 1, 5, 63}) CPU_SET(cpu, &a.set);
  CHECK(cpu_list(a) == "0,1,5,63,");
  CpuAffinity back = parse_cpu_list(cpu_list(a) + "\n");
  CHECK(back.known);
  CHECK(CPU_EQUAL(&back.set, &a.set));
  CHECK_FALSE(parse_cpu_list("").known);
  CHECK_FALSE(parse_cpu_list("x,1").known);
  CHECK(cpu_list(CpuAffinity{}) == "");
}
