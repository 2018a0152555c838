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
    }
    ::syscall(SYS_exit_group, status);
  }
  ::_exit(status);
}

}  // namespace podrun::exec
