// Linux capabilities by name, and the set a container gets: containerd's default 14, then the
// manifest's securityContext.capabilities drop and add, as containerd applies them for the
// kubelet (pure; tests/plan/capabilities_test.cc).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace podrun {

// "NET_ADMIN" or "CAP_NET_ADMIN" → 12; nullopt for an unknown name.
std::optional<int> capability_number(const std::string& name);
std::string capability_name(int number);  // "CAP_NET_ADMIN"
int last_capability();                    // CAP_CHECKPOINT_RESTORE (40)

// The 14 capabilities containerd gives a container by default.
const std::vector<std::string>& default_capabilities();

// drop ALL empties the set, other drops remove, add ALL gives every capability, other adds
// append; the result sorted by number, as names with CAP_.
std::vector<std::string> container_capabilities(const std::vector<std::string>& add, const std::vector<std::string>& drop);

// The set as the bitmask /proc/PID/status prints (CapEff, CapBnd).
std::uint64_t capability_mask(const std::vector<std::string>& caps);

}  // namespace podrun
