#include "exec/pool_claim.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "common/error.h"
#include "exec/console.h"

namespace podrun::exec {

namespace {

// A pooled supervisor's name: its pid, digits only (a claimed one has another name).
pid_t listed_pid(const char* name) {
  if (!*name) return -1;
  for (const char* c = name; *c; ++c)
    if (*c < '0' || *c > '9') return -1;
  long pid = std::strtol(name, nullptr, 10);
  return pid > 0 && pid <= INT32_MAX ? static_cast<pid_t>(pid) : -1;
}

// The name of `pid` in `dir` renamed to one only this process uses: the claim.
std::string claimed_name(const std::string& dir, pid_t pid) { return pool_claim_path(dir, pid) + ".claimed-" + std::to_string(::getpid()); }

}  // namespace

std::string pool_claim_path(const std::string& dir, pid_t pid) { return dir + "/" + std::to_string(pid); }

UniqueFd listen_for_claim(const std::string& dir) {
  // Non-blocking: the supervisor polls it with its other fds.
  return listen_unix(pool_claim_path(dir, ::getpid()), "listen for a claim", SOCK_NONBLOCK, 8);
}

UniqueFd accept_claim(int listener) {
  for (int c; (c = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC)) >= 0 || errno == EINTR;) {
    if (c < 0) continue;
    UniqueFd conn(c);
    // Only this user's processes: the sandbox is a root-made namespace set on the host's bridge.
    ucred peer{};
    socklen_t len = sizeof peer;
    if (::getsockopt(conn.get(), SOL_SOCKET, SO_PEERCRED, &peer, &len) == 0 && peer.uid == ::geteuid()) return conn;
  }
  return {};
}

int send_claim_reply(int connection, int report_read) {
  char word[] = "R";
  FdsMessage<1> m(word, 1);
  m.attach({report_read});
  return ::sendmsg(connection, &m.msg, MSG_NOSIGNAL) == 1 ? 0 : errno;
}

UniqueFd receive_claim_reply(int connection) {
  char word[2] = {};
  FdsMessage<1> m(word, 1);
  ssize_t n;
  do n = ::recvmsg(connection, &m.msg, MSG_CMSG_CLOEXEC);
  while (n < 0 && errno == EINTR);
  int fds[1];
  if (n == 1 && word[0] == 'R' && m.received(fds)) return UniqueFd(fds[0]);
  if (n > 0 && m.received(fds)) ::close(fds[0]);
  throw SysError("take a pooled supervisor", "recvmsg", "its claim socket", n < 0 ? errno : ECONNRESET);
}

std::optional<PoolClaim> claim_pooled(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return std::nullopt;
  std::optional<PoolClaim> out;
  while (!out) {
    const dirent* e = ::readdir(d);
    if (!e) break;
    pid_t listed = listed_pid(e->d_name);
    if (listed <= 0) continue;
    // 1. The claim: this process's name for it now, or another claimer's (ENOENT: the next).
    const std::string mine = claimed_name(dir, listed);
    if (::rename(pool_claim_path(dir, listed).c_str(), mine.c_str()) != 0) continue;
    // 2. The connection, queued at once (its accept comes when the supervisor wakes); then the
    //    name goes: nobody else may connect, and nothing is left behind.
    UniqueFd sock;
    try {
      sock = connect_unix(mine, "take a pooled supervisor");
    } catch (const SysError&) {
      // its supervisor is gone (killed, or its serve's end): the next
    }
    ::unlink(mine.c_str());
    if (!sock) continue;
    // 3. Whose it is, as the kernel recorded at its listen: a root-owned directory's name is
    //    not taken on trust, and it must be this user's.
    ucred peer{};
    socklen_t len = sizeof peer;
    if (::getsockopt(sock.get(), SOL_SOCKET, SO_PEERCRED, &peer, &len) != 0 || peer.pid <= 0 || peer.uid != ::geteuid()) continue;
    out = PoolClaim{std::move(sock), peer.pid};
  }
  ::closedir(d);
  return out;
}

bool pool_may_have_ready(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return false;
  bool found = false;
  for (const dirent* e; !found && (e = ::readdir(d));) {
    pid_t pid = listed_pid(e->d_name);
    found = pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
  }
  ::closedir(d);
  return found;
}

bool claim_pooled_by_pid(const std::string& dir, pid_t pid) {
  const std::string mine = claimed_name(dir, pid);
  if (::rename(pool_claim_path(dir, pid).c_str(), mine.c_str()) != 0) return false;
  ::unlink(mine.c_str());
  return true;
}

bool restore_abandoned_claim(const std::string& dir, pid_t pid) {
  const std::string name = pool_claim_path(dir, pid);
  if (::access(name.c_str(), F_OK) == 0) return false;
  const std::string prefix = std::to_string(pid) + ".claimed-";
  DIR* d = ::opendir(dir.c_str());
  if (!d) return false;
  bool restored = false;
  for (const dirent* e; !restored && (e = ::readdir(d));) {
    if (std::strncmp(e->d_name, prefix.c_str(), prefix.size()) != 0) continue;
    const pid_t claimer = listed_pid(e->d_name + prefix.size());
    if (claimer <= 0 || ::kill(claimer, 0) == 0 || errno != ESRCH) continue;
    restored = ::rename((dir + "/" + e->d_name).c_str(), name.c_str()) == 0;
  }
  ::closedir(d);
  return restored;
}

}  // namespace podrun::exec
