// A process, named so that a reused pid is never mistaken for it: its pid and its start time
// (field 22 of /proc/PID/stat, clock ticks since boot). The state records both for every
// process podrun starts.
#pragma once

namespace podrun {

// 0 when the process is gone.
unsigned long long process_start_time(int pid);
// The process `pid` started at `start_time` and has not exited (a zombie has).
bool process_alive(int pid, unsigned long long start_time);
// The kernel discards `signal` sent to `pid` from outside its PID namespace: the process is
// its namespace's init (PID 1 there) and neither catches nor blocks the signal. (An init's
// default action never applies; a signal it blocks stays pending.) False when unsure.
bool signal_dropped_by_init(int pid, int signal);

}  // namespace podrun
