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

#include <string>

#include "common/fd.h"

namespace podrun::exec {

// One byte with room for one fd (SCM_RIGHTS), for sendmsg and recvmsg; no allocation (the
// container's child uses it between clone and exec).
struct FdMessage {
  char byte = 't';
  iovec iov{&byte, 1};
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msghdr msg{};
  FdMessage() {
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
  }
  FdMessage(const FdMessage&) = delete;
  FdMessage& operator=(const FdMessage&) = delete;
};

// Sends `fd` over `sock`; 0 or an errno.
int send_fd(int sock, int fd);

// bind + listen at `path` (its directory must exist), mode 0600. Throws SysError.
UniqueFd listen_console(const std::string& path);
// A connection to `path`. Throws SysError.
UniqueFd connect_console(const std::string& path);
// The terminal's master, from the first connection on `listener` whose peer is `peer` (the
// supervisor or its child): an invalid fd when none came within `timeout_ms`. Throws SysError.
UniqueFd receive_console(int listener, pid_t peer, int timeout_ms);

}  // namespace podrun::exec
