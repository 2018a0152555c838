// Where podrun keeps what every state root of the host shares (the pod network's address
// tables, the user ID blocks of hostUsers: false pods): /run/NAME for root; in an ordinary
// user's rootless session, that session's directory, whose namespaces those tables describe
// (PODRUN_ROOTLESS_DIR, set by exec/rootless_session.h when a command joins it).
#pragma once

#include <cstdlib>
#include <string>

namespace podrun {

// Whether this process runs in an ordinary user's rootless session (a user namespace whose
// root is that user): overlayfs then keeps its markers in user.overlay.* xattrs (userxattr),
// and device nodes cannot be made.
inline bool in_rootless_session() {
  const char* session = std::getenv("PODRUN_ROOTLESS_DIR");
  return session && *session;
}

// The overlayfs marker xattrs' prefix: trusted.overlay. for root, user.overlay. in a session.
inline const char* overlay_xattr_prefix() { return in_rootless_session() ? "user.overlay." : "trusted.overlay."; }

inline std::string shared_run_dir(const std::string& name) {
  const char* session = std::getenv("PODRUN_ROOTLESS_DIR");
  return session && *session ? std::string(session) + "/" + name : "/run/" + name;
}

}  // namespace podrun
