#include "exec/quick_exit.h"

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace podrun::exec {

namespace {

// The helper: raw system calls only, on a stack in its parent's last frame. It shares the
// parent's memory and its thread pointer, so it must not touch the C library's state (errno
// included, hence syscall's return values are not inspected). Not instrumented by the address
// sanitizer, whose runtime does not know this stack.
[[gnu::no_sanitize_address]] int keep_address_space(void* arg) {
  const int wait_fd = *static_cast<const int*>(arg);
  // Its copy of the parent's file table holds the pipe alone (the parent closed the rest
  // before the clone): the write end goes, so that the read has its end of file once the
  // parent has exited.
  if (wait_fd > 0) ::syscall(SYS_close_range, 0U, static_cast<unsigned>(wait_fd - 1), 0U);
  ::syscall(SYS_close_range, static_cast<unsigned>(wait_fd + 1), UINT_MAX, 0U);
  char byte;
  ::syscall(SYS_read, wait_fd, &byte, 1);
  ::syscall(SYS_exit, 0);
  return 0;
}

// Whether a child of ours would be born where we are. `podrun exec` has joined a container's
// namespaces by now (exec/join.h): a child would be a process of the container, in its `ps`,
// so there is none (its /proc/self may not even resolve, the container's /proc mounted).
bool children_born_in_our_pid_namespace() {
  struct stat ours {
  }, theirs{};
  return ::stat("/proc/self/ns/pid", &ours) == 0 && ::stat("/proc/self/ns/pid_for_children", &theirs) == 0 &&
         ours.st_ino == theirs.st_ino && ours.st_dev == theirs.st_dev;
}

}  // namespace

bool under_valgrind() {
  const char* preload = std::getenv("LD_PRELOAD");
  return preload && std::strstr(preload, "/vgpreload_");
}

bool spare_cpus_now(std::string_view loadavg, long cpus) {
  // "0.05 0.10 0.09 RUNNING/TOTAL LASTPID": the fourth field's first number.
  std::size_t at = 0;
  for (int field = 0; field < 3; ++field) {
    at = loadavg.find(' ', at);
    if (at == std::string_view::npos) return false;
    ++at;
  }
  long running = 0;
  bool digits = false;
  for (; at < loadavg.size() && loadavg[at] >= '0' && loadavg[at] <= '9'; ++at, digits = true) running = running * 10 + (loadavg[at] - '0');
  return digits && at < loadavg.size() && loadavg[at] == '/' && cpus > 1 && running <= cpus;
}

void exit_leaving_teardown(int status) {
  int ends[2];
  if (!under_valgrind() && children_born_in_our_pid_namespace() && ::pipe2(ends, O_CLOEXEC) == 0) {
    // Every other file closed first, here: the helper's copy of the table must hold no lock,
    // pipe or terminal of ours, and it may run only after this process has exited (closed in
    // the helper, a caller's flock was seen still held after its wait4 returned).
    const int low = ends[0] < ends[1] ? ends[0] : ends[1], high = ends[0] < ends[1] ? ends[1] : ends[0];
    if (low > 0) ::syscall(SYS_close_range, 0U, static_cast<unsigned>(low - 1), 0U);
    if (high > low + 1) ::syscall(SYS_close_range, static_cast<unsigned>(low + 1), static_cast<unsigned>(high - 1), 0U);
    ::syscall(SYS_close_range, static_cast<unsigned>(high + 1), UINT_MAX, 0U);
    // Whether this exit may leave its CPU to its caller (below), decided before the helper
    // exists: every runnable task has a CPU of its own, and this process may run on another.
    cpu_set_t allowed;
    const int here = ::sched_getcpu();
    bool idle_exit =
        here >= 0 && ::sched_getaffinity(0, sizeof allowed, &allowed) == 0 && CPU_COUNT(&allowed) > 1 && CPU_ISSET(here, &allowed);
    if (idle_exit) {
      char text[128] = {};
      const int loadavg = ::open("/proc/loadavg", O_RDONLY | O_CLOEXEC);
      const ssize_t n = loadavg >= 0 ? ::read(loadavg, text, sizeof text - 1) : -1;
      if (loadavg >= 0) ::close(loadavg);
      idle_exit = n > 0 && spare_cpus_now(std::string_view(text, static_cast<std::size_t>(n)), ::sysconf(_SC_NPROCESSORS_ONLN));
    }
    // This frame is never left: its array is the helper's stack, below anything the parent's
    // exit still calls.
    alignas(16) char stack[16 * 1024];
    const int wait_fd = ends[0];
    const pid_t helper = ::clone(keep_address_space, stack + sizeof stack, CLONE_VM | SIGCHLD, const_cast<int*>(&wait_fd));
    if (helper < 0) {
      ::close(ends[0]);
      ::close(ends[1]);
    } else {
      // Woken by this exit, the helper must not take the CPU from it (wake-up preemption) nor
      // from whatever the caller does next: the lowest weight of the normal class, set here,
      // before anything is woken. Not SCHED_IDLE: a CPU that runs only such a task counts as
      // idle when the kernel places a woken task, so the caller, woken by the exit just after
      // the helper, was put on the helper's CPU and waited there for the whole teardown
      // (0.3-0.4 ms of `apply`'s; a kernel built without preemption does not interrupt it). A
      // normal task is left at the teardown's next rescheduling point, and the caller goes to
      // an idle CPU first.
      const sched_param param{};
      ::sched_setscheduler(helper, SCHED_BATCH, &param);
      ::setpriority(PRIO_PROCESS, static_cast<id_t>(helper), 19);
      // Its caller is woken by this exit and placed by the kernel on the CPU it last ran on,
      // though that one may be busy (a container just started) while this one goes idle a
      // moment later: it then waited 0.2-0.9 ms in half the applies traced here. A CPU whose
      // only task is SCHED_IDLE counts as idle when a woken task is placed, so this process
      // takes that class for the few microseconds of its exit, and the caller is placed here
      // and runs as soon as it is gone; the helper, woken first, is kept off this CPU (it would
      // make it busy again). Not when every CPU has work: a task of that class waits for as
      // long as others run on its CPU, and its caller with it.
      if (idle_exit) {
        cpu_set_t others = allowed;
        CPU_CLR(here, &others);
        ::sched_setaffinity(helper, sizeof others, &others);
        ::sched_setscheduler(0, SCHED_IDLE, &param);
      }
    }
    ::syscall(SYS_exit_group, status);
  }
  ::_exit(status);
}

}  // namespace podrun::exec
