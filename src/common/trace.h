// Step marks for attributing a pod start's time (bench/pod-start/attribute.sh): with
// PODRUN_TRACE=FILE in the environment, each mark appends "NANOSECONDS PID STEP" (the
// monotonic clock, one write(2) of one line, O_APPEND) to FILE. The CLI, the supervisor and a
// container's child up to its last steps write to the same file: the marks of one pod start,
// from every process, on one clock. Unset, a mark is a test of a value read once.
#pragma once

namespace podrun::trace {

void mark(const char* step);

}  // namespace podrun::trace
