// The signal state every process podrun starts in a container begins with (its command, `podrun
// exec`, exec probes and hooks): each disposition the default, nothing blocked, as under runc.
// A disposition set to "ignore" survives fork and execve: the supervisor ignores SIGPIPE (it
// writes to pipes and sockets whose reader may be gone), and a caller may ignore SIGHUP or
// SIGINT (nohup, a shell's trap '') or the C library's own real-time signals (GNU make's
// children have glibc's 32 and 33 ignored, through posix_spawn).
// Left in place, a container's `yes | head -1` would get EPIPE instead of dying of SIGPIPE, and
// a nohup'd `podrun exec` command would not hear SIGHUP.
#pragma once

#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace podrun::exec {

// For a child between fork and exec: async-signal-safe (two system calls). The raw calls,
// because the C library refuses to touch the real-time signals it keeps for itself (32-34),
// which a caller may have ignored all the same. A zeroed kernel sigaction is SIG_DFL with no
// flags and an empty mask on every architecture, whatever its layout.
inline void reset_signals() {
  const unsigned long zeroed[4] = {0, 0, 0, 0};
  for (int sig = 1; sig <= 64; ++sig)
    if (sig != SIGKILL && sig != SIGSTOP) ::syscall(SYS_rt_sigaction, sig, zeroed, nullptr, sizeof zeroed[0]);
  ::syscall(SYS_rt_sigprocmask, SIG_SETMASK, zeroed, nullptr, sizeof zeroed[0]);
}

}  // namespace podrun::exec
