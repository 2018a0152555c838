// File descriptors a process podrun starts inside a container may hold: 0, 1, 2 (and its
// terminal there), nothing else. Whatever the caller of `podrun` has open (a shell's `exec
// 9</etc`, a CI runner's pipes, systemd's sockets) and whatever the supervisor holds (log
// pipes, the report pipe, namespace fds) would otherwise reach the container: a directory fd
// of the host is the host's whole filesystem through /proc/self/fd/N/.. (CVE-2024-21626).
// runc and crun close every other fd as their last step before execve; so does podrun, for
// the container's process, `podrun exec`, exec probes and hooks, and the pause holder.
#pragma once

namespace podrun::exec {

// Marks every fd >= `from` close-on-exec: they are gone once execve succeeds, and still there
// if it fails (a child reports its failure on one of them). close_range(CLOSE_RANGE_CLOEXEC),
// Linux 5.11; before that, or where a seccomp profile refuses it, each fd listed in
// /proc/self/fd gets FD_CLOEXEC. Async-signal-safe (no allocation): for a child between fork
// and exec. Returns 0 or an errno (the fds could not all be marked: the caller must not exec).
int close_fds_on_exec(int from = 3);

}  // namespace podrun::exec
