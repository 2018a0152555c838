// exit_leaving_teardown (exec/quick_exit.h): the caller hears the status it was given, the
// process's files are closed when it has exited (not when its helper has), and the helper is a
// process of its own that exits on its own once it has torn the memory down. The test's middle
// process is a child subreaper, so the helper comes back to it, not to init. A file still open
// after the exit shows only when the helper has not run yet: five rounds make it likely. So
// does the helper's scheduling, looked at while it tears the memory down.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sched.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <signal.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "exec/quick_exit.h"

using podrun::exec::exit_leaving_teardown;

namespace {

// Bits of the middle process's exit status, one per thing that went wrong.
constexpr int kWrongStatus = 1, kLockHeld = 2, kPipeOpen = 4, kNoHelper = 8, kHelperFailed = 16, kExtraChild = 32;
// Not errors: the helper was seen (still tearing down) and its scheduling was not
// SCHED_BATCH at nice 19; the helper had gone before it could be looked at.
constexpr int kWrongPolicy = 64, kHelperUnseen = 128;
// The exiting process spent its exit in SCHED_IDLE (CPUs to spare), and then the helper could
// run on the CPU it exited on (an error); a process that could not be looked at as a zombie.
constexpr int kHelperOnExitCpu = 256, kIdleExit = 512, kZombieUnseen = 1024;

// A zombie's /proc/PID/stat: the CPU it last ran on (field 39) and its policy (field 41).
bool zombie_cpu_and_policy(pid_t pid, int& cpu, int& policy) {
  char path[64], text[1024] = {};
  std::snprintf(path, sizeof path, "/proc/%d/stat", static_cast<int>(pid));
  FILE* f = std::fopen(path, "r");
  if (!f) return false;
  size_t n = std::fread(text, 1, sizeof text - 1, f);
  std::fclose(f);
  const char* p = std::strrchr(text, ')');
  if (!p || n == 0) return false;
  // Field 3 follows ") "; count on to 39 and 41.
  int field = 2;
  long values[42] = {};
  for (const char* c = p + 1; *c && field < 41;) {
    while (*c == ' ') ++c;
    ++field;
    values[field] = std::strtol(c, nullptr, 10);
    while (*c && *c != ' ') ++c;
  }
  if (field < 41) return false;
  cpu = static_cast<int>(values[39]);
  policy = static_cast<int>(values[41]);
  return true;
}

// The first child of this process listed in /proc, or 0.
// A child of this process listed in /proc other than `not_this`, or 0.
pid_t child_other_than(pid_t not_this) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/self/task/%d/children", static_cast<int>(::getpid()));
  int child = 0;
  if (FILE* f = std::fopen(path, "r")) {
    for (int c; std::fscanf(f, "%d", &c) == 1;)
      if (c != not_this) {
        child = c;
        break;
      }
    std::fclose(f);
  }
  return child;
}

pid_t first_child() {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/self/task/%d/children", static_cast<int>(::getpid()));
  int child = 0;
  if (FILE* f = std::fopen(path, "r")) {
    if (std::fscanf(f, "%d", &child) != 1) child = 0;
    std::fclose(f);
  }
  return child;
}

int middle_checks(const char* lock_path);

// The middle process: its findings, an int, on `out` (an exit status holds 8 bits only).
[[noreturn]] void middle(const char* lock_path, int out) {
  const int result = middle_checks(lock_path);
  const bool sent = ::write(out, &result, sizeof result) == static_cast<ssize_t>(sizeof result);
  ::_exit(sent ? 0 : 1);
}

int middle_checks(const char* lock_path) {
  ::prctl(PR_SET_CHILD_SUBREAPER, 1);
  int ends[2];
  if (::pipe(ends) != 0) return 255;
  const pid_t exiting = ::fork();
  if (exiting == 0) {
    ::close(ends[0]);
    const int lock = ::open(lock_path, O_RDWR | O_CLOEXEC);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0) ::_exit(99);
    // Memory whose teardown takes milliseconds: a helper that kept the files until its own
    // exit would still hold the lock and the pipe when the test looks.
    constexpr size_t kSize = 256u << 20;
    void* mem = ::mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem != MAP_FAILED) std::memset(mem, 1, kSize);
    exit_leaving_teardown(7);
  }
  ::close(ends[1]);
  int result = 0, status = 0;
  // Its exit seen before it is reaped: the CPU it exited on and its class then, and the
  // helper's CPUs.
  siginfo_t info{};
  int exit_cpu = -1, exit_policy = -1;
  if (::waitid(P_PID, static_cast<id_t>(exiting), &info, WEXITED | WNOWAIT) != 0 ||
      !zombie_cpu_and_policy(exiting, exit_cpu, exit_policy)) {
    result |= kZombieUnseen;
  } else if (exit_policy == SCHED_IDLE) {
    result |= kIdleExit;
    cpu_set_t helper_cpus;
    const pid_t h = child_other_than(exiting);
    if (h > 0 && ::sched_getaffinity(h, sizeof helper_cpus, &helper_cpus) == 0 && exit_cpu >= 0 && CPU_ISSET(exit_cpu, &helper_cpus))
      result |= kHelperOnExitCpu;
  }
  if (::waitpid(exiting, &status, 0) != exiting || !WIFEXITED(status) || WEXITSTATUS(status) != 7) result |= kWrongStatus;
  // The helper, while it tears the 256 MB down: the lowest weight of the normal class, not
  // SCHED_IDLE (a CPU that runs only such a task counts as idle when the kernel places the
  // caller it has just woken, which then waited behind the whole teardown).
  result |= kHelperUnseen;
  if (const pid_t h = first_child(); h > 0) {
    const int policy = ::sched_getscheduler(h);
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, static_cast<id_t>(h));
    if (policy >= 0 && errno == 0) {
      result &= ~kHelperUnseen;
      if (policy != SCHED_BATCH || nice != 19) result |= kWrongPolicy;
    }
  }
  const int lock = ::open(lock_path, O_RDWR | O_CLOEXEC);
  if (lock < 0 || ::flock(lock, LOCK_EX | LOCK_NB) != 0) result |= kLockHeld;
  ::fcntl(ends[0], F_SETFL, O_NONBLOCK);
  char byte;
  if (::read(ends[0], &byte, 1) != 0) result |= kPipeOpen;
  // The helper exits once its parent has: within seconds at worst. One that waits for ever is
  // killed (by its PID, from this process's list of children) and reported.
  pid_t helper = 0;
  for (int tick = 0; tick < 1000 && helper == 0; ++tick) {
    helper = ::waitpid(-1, &status, WNOHANG);
    if (helper == 0) ::usleep(10 * 1000);
  }
  if (helper == 0) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/self/task/%d/children", static_cast<int>(::getpid()));
    if (FILE* f = std::fopen(path, "r")) {
      for (int stuck; std::fscanf(f, "%d", &stuck) == 1;) ::kill(stuck, SIGKILL);
      std::fclose(f);
    }
    ::waitpid(-1, &status, 0);
    return result | kNoHelper;
  }
  if (helper < 0 || helper == exiting) result |= kNoHelper;
  else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) result |= kHelperFailed;
  if (::waitpid(-1, &status, WNOHANG) != -1 || errno != ECHILD) result |= kExtraChild;
  return result;
}

}  // namespace

TEST_CASE("exit_leaving_teardown: the status, the files closed at the exit, a helper that exits alone") {
  char lock_path[] = "/tmp/podrun-quick-exit-XXXXXX";
  const int fd = ::mkstemp(lock_path);
  REQUIRE(fd >= 0);
  ::close(fd);
  int unseen = 0, idle_exits = 0;
  for (int round = 0; round < 5; ++round) {
    int out[2];
    REQUIRE(::pipe(out) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      ::close(out[0]);
      middle(lock_path, out[1]);
    }
    ::close(out[1]);
    int result = 0;
    const ssize_t got = ::read(out[0], &result, sizeof result);
    ::close(out[0]);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(got == static_cast<ssize_t>(sizeof result));
    INFO("round " << round);
    CHECK((result & kWrongStatus) == 0);
    CHECK((result & kLockHeld) == 0);
    CHECK((result & kPipeOpen) == 0);
    CHECK((result & kNoHelper) == 0);
    CHECK((result & kHelperFailed) == 0);
    CHECK((result & kExtraChild) == 0);
    REQUIRE(result != 255);  // no pipe
    CHECK((result & kWrongPolicy) == 0);
    CHECK((result & kZombieUnseen) == 0);
    CHECK((result & kHelperOnExitCpu) == 0);
    if ((result & kHelperUnseen) != 0) ++unseen;
    if ((result & kIdleExit) != 0) ++idle_exits;
  }
  CHECK(unseen < 5);  // the helper's scheduling was looked at in some round
  // Whether the exits could leave their CPU to the caller depends on what else runs now.
  WARN("exits in SCHED_IDLE: " << idle_exits << " of 5");
  ::unlink(lock_path);
}

TEST_CASE("spare_cpus_now: every runnable task has a CPU, by /proc/loadavg's fourth field") {
  using podrun::exec::spare_cpus_now;
  CHECK(spare_cpus_now("0.00 0.01 0.05 1/123 4567\n", 2));
  CHECK(spare_cpus_now("0.52 0.61 0.70 2/123 4567\n", 2));
  CHECK_FALSE(spare_cpus_now("0.52 0.61 0.70 3/123 4567\n", 2));
  CHECK(spare_cpus_now("1.00 1.00 1.00 12/900 1\n", 16));
  CHECK_FALSE(spare_cpus_now("0.00 0.01 0.05 1/123 4567\n", 1));  // one CPU: none to spare
  CHECK_FALSE(spare_cpus_now("", 2));
  CHECK_FALSE(spare_cpus_now("0.00 0.01 0.05", 2));
  CHECK_FALSE(spare_cpus_now("0.00 0.01 0.05 x/12 3", 2));
  CHECK_FALSE(spare_cpus_now("0.00 0.01 0.05 2", 2));
}

TEST_CASE("exit_leaving_teardown: with every CPU busy, the exit stays in the normal class") {
  // CPUs + 1 spinning children: more runnable tasks than CPUs while a child exits.
  const long cpus = ::sysconf(_SC_NPROCESSORS_ONLN);
  REQUIRE(cpus >= 1);
  std::vector<pid_t> spinners;
  for (long i = 0; i <= cpus; ++i) {
    const pid_t s = ::fork();
    REQUIRE(s >= 0);
    if (s == 0)
      for (;;) __asm__ __volatile__("" ::: "memory");  // spins, never optimised away
    spinners.push_back(s);
  }
  ::usleep(20 * 1000);  // all of them running
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);  // the helper comes back here, and is waited for
    const pid_t exiting = ::fork();
    if (exiting == 0) exit_leaving_teardown(0);
    siginfo_t info{};
    int cpu = -1, policy = -1;
    if (::waitid(P_PID, static_cast<id_t>(exiting), &info, WEXITED | WNOWAIT) != 0 || !zombie_cpu_and_policy(exiting, cpu, policy))
      ::_exit(2);
    while (::waitpid(-1, nullptr, 0) > 0) {}  // it and its helper
    ::_exit(policy == SCHED_OTHER ? 0 : 1);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  for (pid_t s : spinners) ::kill(s, SIGKILL);
  for (pid_t s : spinners) ::waitpid(s, nullptr, 0);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}
