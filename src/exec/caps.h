// Applying a capability set to the calling process, between its set-up and its exec (the
// container child, `podrun exec`): the bounding set reduced, then — for root — permitted and
// effective set to the same, inheritable and ambient emptied; and no_new_privs when asked.
// A non-root user keeps no capability across exec anyway (no ambient set is given).
#pragma once

#include <cstdint>

namespace podrun::exec {

// Reduces the bounding set to `mask` (CAP_SETPCAP last, as dropping needs it). Returns 0 or
// an errno.
int drop_bounding_set(std::uint64_t mask);
// Permitted = effective = `mask`, inheritable and ambient empty. Returns 0 or an errno.
int set_capabilities(std::uint64_t mask);
int set_no_new_privs();
// The calling process's bounding set: what a privileged container gets ("all current
// capabilities", as containerd gives it: a host root without some cannot pass them on).
std::uint64_t current_bounding_set();

}  // namespace podrun::exec
