// A container's resource limits (exec/rlimits.h): the table, and apply_rlimits in a child whose
// caller lowered its limits. No root needed: without CAP_SYS_RESOURCE the caller's hard limits
// stay and the soft ones are set within them; with it, the table's own.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <map>

#include "exec/rlimits.h"

using namespace podrun::exec;

namespace {

std::map<int, rlimit> table() {
  std::map<int, rlimit> t;
  for (const auto& l : container_rlimits().limits)
    if (l.resource >= 0) t[l.resource] = l.value;
  return t;
}

// Whether this process may raise a hard limit: CAP_SYS_RESOURCE in its effective set.
bool can_raise() {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return false;
  char line[256];
  unsigned long long eff = 0;
  while (std::fgets(line, sizeof line, f))
    if (std::sscanf(line, "CapEff: %llx", &eff) == 1) break;
  std::fclose(f);
  return (eff >> 24) & 1;
}

}  // namespace

TEST_CASE("a container's limits are a systemd service's, whatever the caller's", "[exec][rlimits]") {
  std::map<int, rlimit> t = table();
  CHECK(t.at(RLIMIT_CPU).rlim_cur == RLIM_INFINITY);
  CHECK(t.at(RLIMIT_FSIZE).rlim_max == RLIM_INFINITY);
  CHECK(t.at(RLIMIT_NOFILE).rlim_cur == 1024);
  CHECK(t.at(RLIMIT_NOFILE).rlim_max == 524288);
  CHECK(t.at(RLIMIT_STACK).rlim_cur == 8 * 1024 * 1024);
  CHECK(t.at(RLIMIT_CORE).rlim_cur == RLIM_INFINITY);
  CHECK(t.at(RLIMIT_NICE).rlim_max == 0);
  CHECK(t.count(RLIMIT_SIGPENDING) == 0);  // left as the kernel made it
  for (const auto& [resource, value] : t) CHECK(value.rlim_cur <= value.rlim_max);
}

TEST_CASE("apply_rlimits sets them in a child whose caller lowered its own", "[exec][rlimits]") {
  const bool raise = can_raise();
  int report[2];
  REQUIRE(::pipe(report) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // The caller's: a soft CPU limit, a hard file-size limit, few open files.
    rlimit cpu{60, RLIM_INFINITY}, fsize{1 << 20, 1 << 20}, nofile{64, 2048};
    if (::setrlimit(RLIMIT_CPU, &cpu) != 0 || ::setrlimit(RLIMIT_FSIZE, &fsize) != 0 || ::setrlimit(RLIMIT_NOFILE, &nofile) != 0)
      ::_exit(2);
    int err = apply_rlimits(container_rlimits());
    rlimit got[3];
    ::getrlimit(RLIMIT_CPU, &got[0]);
    ::getrlimit(RLIMIT_FSIZE, &got[1]);
    ::getrlimit(RLIMIT_NOFILE, &got[2]);
    if (::write(report[1], &err, sizeof err) != sizeof err || ::write(report[1], got, sizeof got) != sizeof got) ::_exit(3);
    ::_exit(0);
  }
  ::close(report[1]);
  int err = -1;
  rlimit got[3]{};
  REQUIRE(::read(report[0], &err, sizeof err) == sizeof err);
  REQUIRE(::read(report[0], got, sizeof got) == sizeof got);
  ::close(report[0]);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(err == 0);
  // A soft limit within the hard one is always the table's.
  CHECK(got[0].rlim_cur == RLIM_INFINITY);
  CHECK(got[2].rlim_cur == 1024);
  if (raise) {
    CHECK(got[1].rlim_cur == RLIM_INFINITY);
    CHECK(got[2].rlim_max == 524288);
  } else {
    // The caller's hard limits stay; the soft ones go up to them.
    CHECK(got[1].rlim_max == rlim_t{1 << 20});
    CHECK(got[1].rlim_cur == rlim_t{1 << 20});
    CHECK(got[2].rlim_max == 2048);
  }
}
