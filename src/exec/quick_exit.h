// Exiting without waiting for the kernel to take the address space back.
//
// A process's exit tears its memory down before its parent hears of it: every page it mapped
// is unmapped there, one page-table entry at a time. For `podrun apply` (a loaded schema, the
// manifest's trees, about 8 MB of text faulted in around each page it ran) that was 0.4 ms of
// the 0.6 ms between its last instruction and its caller's wait returning: on the path of
// every command, which a user waits for. mold leaves the same cleanup to a process of its own.
#pragma once

#include <string_view>

namespace podrun::exec {

// Exits with `status` (as _exit: no atexit handlers, no destructors) after starting a helper
// that shares the address space (clone with CLONE_VM) and keeps it until this process has
// exited: the last user of the memory tears it down, the helper, on whatever CPU is free,
// after the caller has heard of the exit. Every file of this process is closed before the
// helper is made, so that it holds none (a lock or a pipe's write end is released as if this
// process had exited alone; output must be flushed before), and it has no work: it waits
// for its parent's file table to close, then exits, and init reaps it. Without the helper
// (clone refused, or this process's children would be born in a container's PID namespace,
// as `podrun exec`'s after it has joined one), an ordinary exit.
// When a CPU is to spare, this process spends its exit in the SCHED_IDLE class, the helper kept
// off its CPU, so that the kernel places the caller it wakes on this CPU rather than behind
// whatever runs on the caller's last one (quick_exit.cc).
[[noreturn]] void exit_leaving_teardown(int status);

// Whether /proc/loadavg's text says every runnable task has a CPU (its fourth field,
// RUNNING/TOTAL: RUNNING, this process included, at most `cpus`), with more than one CPU.
bool spare_cpus_now(std::string_view loadavg, long cpus);

// Whether this process runs under valgrind (its preloaded core in LD_PRELOAD), which aborts
// the whole program on a clone with CLONE_VM that is not a thread's: the callers of such a
// clone fork instead there (and this exit is an ordinary one), so that podrun can still be
// profiled and checked with it.
bool under_valgrind();

}  // namespace podrun::exec
