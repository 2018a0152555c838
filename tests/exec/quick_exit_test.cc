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
#include <sys/wait.h>
#include <unistd.h>

#include <signal.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "exec/quick_exit.h"

using podrun::exec::exit_leaving_teardown;

namespace {

// Bits of the middle process's exit status, one per thing that went wrong.
constexpr int kWrongStatus = 1, kLockHeld = 2, kPipeOpen = 4, kNoHelper = 8, kHelperFailed = 16, kExtraChild = 32;
// Not errors: the helper was seen (still tearing down) and its scheduling was not
// SCHED_BATCH at nice 19; the helper had gone before it could be looked at.
constexpr int kWrongPolicy = 64, kHelperUnseen = 128;

// The first child of this process listed in /proc, or 0.
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

int middle(const char* lock_path) {
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
  int unseen = 0;
  for (int round = 0; round < 5; ++round) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) ::_exit(middle(lock_path));
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    INFO("round " << round);
    CHECK((WEXITSTATUS(status) & kWrongStatus) == 0);
    CHECK((WEXITSTATUS(status) & kLockHeld) == 0);
    CHECK((WEXITSTATUS(status) & kPipeOpen) == 0);
    CHECK((WEXITSTATUS(status) & kNoHelper) == 0);
    CHECK((WEXITSTATUS(status) & kHelperFailed) == 0);
    CHECK((WEXITSTATUS(status) & kExtraChild) == 0);
    REQUIRE(WEXITSTATUS(status) != 255);  // no pipe
    CHECK((WEXITSTATUS(status) & kWrongPolicy) == 0);
    if ((WEXITSTATUS(status) & kHelperUnseen) != 0) ++unseen;
  }
  CHECK(unseen < 5);  // the helper's scheduling was looked at in some round
  ::unlink(lock_path);
}
