// The console socket of a debug container with a terminal (podrun debug -it), as runc's
// --console-socket: the caller listens on a unix socket in the pod's directory; the pod's
// supervisor connects and hands the connection to the container's child, which sends the
// master of a terminal made in the container's own devpts (exec/container.h).
//
// The socket is reached through /proc/self/fd/DIRFD/NAME, so that a deep state root never
// runs past sun_path's 108 bytes.
#pragma once

#include <sys/socket.h>
#include <sys/types.h>

#include <cstring>
#include <string>

#include "common/fd.h"

namespace podrun::exec {

// A message of one buffer with room for `Fds` fds (SCM_RIGHTS), for sendmsg and recvmsg; no
// allocation (the container's child uses it between clone and exec).
template <std::size_t Fds>
struct FdsMessage {
  iovec iov;
  alignas(cmsghdr) char control[CMSG_SPACE(Fds * sizeof(int))] = {};
  msghdr msg{};
  FdsMessage(char* data, std::size_t len) : iov{data, len} {
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
  }
  FdsMessage(const FdsMessage&) = delete;  // msg points into this object
  FdsMessage& operator=(const FdsMessage&) = delete;
  // Sending: `fds` go with the buffer.
  void attach(const int (&fds)[Fds]) {
    cmsghdr* c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(Fds * sizeof(int));
    std::memcpy(CMSG_DATA(c), fds, sizeof fds);
  }
  // Received: the fds that came with it (the caller owns them), false when they did not.
  bool received(int (&fds)[Fds]) const {
    const cmsghdr* c = CMSG_FIRSTHDR(&msg);
    if (!c || c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS || c->cmsg_len != CMSG_LEN(Fds * sizeof(int))) return false;
    std::memcpy(fds, CMSG_DATA(c), sizeof fds);
    return true;
  }
};

// One byte with room for one fd.
struct FdMessage : FdsMessage<1> {
  char byte = 't';
  FdMessage() : FdsMessage<1>(&byte, 1) {}
};

// Sends `fd` over `sock`; 0 or an errno.
int send_fd(int sock, int fd);

// A unix stream socket bound at `path` (its directory must exist; a name already there is
// replaced), mode 0600, listening; `type_flags` are or-ed into socket()'s type (SOCK_NONBLOCK)
// and `step` names it in errors. Reached through the directory's fd: a deep path still fits
// sun_path. Throws SysError.
UniqueFd listen_unix(const std::string& path, const char* step, int type_flags = 0, int backlog = 1);
// A connection to the socket at `path`, reached the same way. Throws SysError.
UniqueFd connect_unix(const std::string& path, const char* step);

// listen_unix and connect_unix for the console socket.
UniqueFd listen_console(const std::string& path);
// A connection to `path`. Throws SysError.
UniqueFd connect_console(const std::string& path);
// The terminal's master, from the first connection on `listener` whose peer is `peer` (the
// supervisor or its child): an invalid fd when none came within `timeout_ms`. Throws SysError.
UniqueFd receive_console(int listener, pid_t peer, int timeout_ms);

}  // namespace podrun::exec
