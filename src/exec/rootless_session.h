// Rootless: an ordinary user's pods live in a user namespace of that user, with a mount and a
// network namespace it owns (podman's "pause process" and "rootless netns"). One session per
// user, kept by two processes:
//
//   keeper   in the host's namespaces, as the user: maps the IDs (newuidmap/newgidmap from
//            Debian's uidmap, from /etc/subuid and /etc/subgid), starts slirp4netns for the
//            way out, binds hostPorts on the host's addresses for the pods (ports.sock), and
//            ends the session once no process of the user namespace is left but the holder;
//   holder   the user namespace (0 = the user, 1..N = the user's subordinate IDs), and the
//            mount and network namespaces made in it; it only holds them.
//
// A podrun command run by the user joins the holder's namespaces (setns) and is then root in
// them: it makes pods as root makes them, with the kernel's limits for a user namespace
// (docs/rootless.md). Files of the session live in session_dir(): holder.pid, keeper.pid,
// ports.sock, and the address and ID tables root keeps under /run (run_dir()).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>

#include "common/fd.h"

namespace podrun::exec {

// A user's subordinate IDs, one line of /etc/subuid or /etc/subgid (NAME-or-UID:START:COUNT).
struct SubordinateIds {
  std::uint32_t start = 0, count = 0;
};
// The first entry of `file` for the user `name` or `uid`; nullopt when there is none.
std::optional<SubordinateIds> subordinate_ids(const std::string& file, const std::string& name, std::uint32_t uid);

// $XDG_RUNTIME_DIR/podrun-rootless, or /tmp/podrun-rootless-UID without it.
std::string user_session_dir();

// Whether this process runs in a user namespace that maps less than the whole ID space: a
// rootless session (/proc/self/uid_map is not "0 0 4294967295").
bool in_user_namespace();
// Whether this command joined an ordinary user's session (enter_user_session): it is root
// in the session's namespaces, and the host's limits for a user namespace apply.
bool in_user_session();
// The host's user ID of this process's root, read from /proc/self/uid_map (getuid() outside).
std::uint32_t outer_uid();

// Joins the user's session in `dir`, starting it first when none runs and `create` says so:
// its user and mount namespaces, and its network namespace unless `network` is false (a
// command that pulls images first stays on the host's network for the registry, as podman's
// pulls do, and joins it with enter_session_network before it makes pods). Returns false
// when none runs and !create. Must be called while the process has one thread. Throws
// SysError naming the step (no subordinate IDs, newuidmap refused, ...).
bool enter_user_session(const std::string& dir, bool create, bool network = true);
// The session's network namespace, for a command that joined without it; nothing outside a
// session. One way: the host's network cannot be joined again.
void enter_session_network();

// The keeper's life (the hidden verb `podrun __session DIR`): the session started, "OK\n" or
// the error written to `ready_fd`, then kept until it is idle. Returns the exit code.
int run_session_keeper(const std::string& dir, int ready_fd);

// A socket bound on the host's network, from inside the session: the keeper binds
// `address`:`port` (TCP: listening) and hands it over. Throws SysError with its reason.
UniqueFd host_port_socket(const std::string& session_dir, bool udp, const std::string& address, std::uint16_t port);

}  // namespace podrun::exec
