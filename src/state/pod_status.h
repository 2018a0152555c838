// The STATUS, READY, RESTARTS and AGE columns of `get pods`, computed from a PodState exactly as
// kubectl computes them, so that podrun's table reads the same as a cluster's.
//
// This mirrors kubectl's printer: printPod in k8s.io/kubernetes/pkg/printers/internalversion/
// printers.go (the v1.29+ version that knows sidecars, i.e. init containers with restartPolicy
// Always) and HumanDuration in k8s.io/apimachinery/pkg/util/duration. Where kubectl's rules look
// odd (which restarts are counted, which containers count as ready) they are kept on purpose: a
// user comparing podrun with kubectl must see the same numbers. Everything here is pure: no clock,
// no filesystem; `now` is passed in.
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>

#include "state/pod_state.h"

namespace podrun::state {

// STATUS: the pod's reason or phase, overridden by the first unfinished init container
// ("Init:1/2", "Init:CrashLoopBackOff", "Init:ExitCode:3"), then by the app containers
// ("CrashLoopBackOff", "Completed", "Signal:9", ...), then "Terminating" while a delete runs.
std::string pod_status_reason(const PodState& pod);

// READY: "ready/total". total counts app containers and sidecars. As in kubectl, a sidecar counts
// as ready only once started and ready; an app container only while running and ready, and only
// when initialization is done (or the Initialized condition is true).
std::string pod_ready_column(const PodState& pod);

// RESTARTS: "N", or "N (AGE ago)" from the latest last_state.finished_at among the containers that
// were counted. While the pod initializes, the init containers walked so far count; once it has
// initialized only sidecars and app containers count (a finished init container's restarts no
// longer matter), exactly as kubectl.
std::string pod_restarts_column(const PodState& pod, std::time_t now);

// kubectl's duration.HumanDuration: "45s", "119s", "2m", "3m10s", "70m", "3h1m", "47h", "2d1h",
// "8d", "729d", "2y1d", "8y". Below -1s it is "<invalid>"; -1s (clock skew) reads "0s".
std::string human_duration(std::int64_t seconds);

// An RFC 3339 time stamp ("2026-11-29T04:05:06Z", "...06.123456789Z", "...06+02:00") as seconds
// since the epoch. The fraction is dropped: podrun's clock is whole seconds. nullopt when it is
// not a valid time stamp.
std::optional<std::time_t> parse_rfc3339(const std::string& text);

// AGE: human_duration(now - created), or "<unknown>" when the pod has no valid creation time.
std::string pod_age(const PodState& pod, std::time_t now);

}  // namespace podrun::state
