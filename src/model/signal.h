// The signal names lifecycle.stopSignal takes (Kubernetes' supportedStopSignalsLinux) and their
// Linux numbers, shared by the loader's API rules and the planner.
#pragma once

#include <optional>
#include <string>

namespace podrun::model {

// SIGTERM → 15, SIGRTMIN+3 → 37, SIGRTMAX → 64; nullopt for a name Kubernetes does not take.
std::optional<int> linux_stop_signal(const std::string& name);

}  // namespace podrun::model
