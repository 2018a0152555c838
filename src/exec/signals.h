// The signal state every process podrun starts in a container begins with (its command, `podrun
// exec`, exec probes and hooks): each disposition the default, nothing blocked, as under runc.
// A disposition set to "ignore" survives fork and execve: the supervisor ignores SIGPIPE (it
// writes to pipes and sockets whose reader may be gone), and a caller may ignore SIGHUP or
// SIGINT (nohup, a shell's trap ''). Left in place, a container's `yes | head -1` would get
// EPIPE instead of dying of SIGPIPE, and a nohup'd `podrun exec` command would not hear SIGHUP.
#pragma once

#include <signal.h>

namespace podrun::exec {

// For a child between fork and exec: async-signal-safe (sigaction and sigprocmask only).
inline void reset_signals() {
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  // SIGKILL, SIGSTOP and the C library's own real-time signals are refused (EINVAL): harmless.
  for (int sig = 1; sig < NSIG; ++sig) ::sigaction(sig, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

}  // namespace podrun::exec
