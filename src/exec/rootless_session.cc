#include "exec/rootless_session.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "common/error.h"
#include "common/files.h"
#include "common/process.h"
#include "exec/console.h"

extern char** environ;

namespace podrun::exec {

namespace {

volatile sig_atomic_t keeper_stop = 0;  // set by SIGTERM: the keeper's only signal state

constexpr const char* kHolderFile = "holder.pid";   // "PID STARTTIME\n"
constexpr const char* kKeeperFile = "keeper.pid";   // "PID STARTTIME\n"
constexpr const char* kPortsSocket = "ports.sock";  // SOCK_SEQPACKET: "tcp|udp ADDRESS PORT" → "OK" + fd
constexpr const char* kOutboundFile = "outbound";   // how pods reach out: "slirp4netns PID START" or "none"

std::string pid_line(pid_t pid) { return std::to_string(pid) + " " + std::to_string(process_start_time(pid)) + "\n"; }

// The process a pid file names, while it runs (its start time matches): else 0.
pid_t running(const std::string& file) {
  std::vector<std::string> w = files::words(files::read(file).value_or(""));
  if (w.size() != 2) return 0;
  pid_t pid = std::atoi(w[0].c_str());
  return pid > 0 && process_alive(pid, std::strtoull(w[1].c_str(), nullptr, 10)) ? pid : 0;
}

// A tool of the host from the system's directories, whatever PATH the user has; "" if none.
std::string tool_path(const std::string& name) {
  for (const char* dir : {"/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/"})
    if (::access((dir + name).c_str(), X_OK) == 0) return dir + name;
  return "";
}

// Runs a tool of the host (newuidmap, newgidmap) to its end; "" when it succeeded, else its
// stderr or why it could not run.
std::string run_tool(const std::vector<std::string>& args) {
  int err[2];
  if (::pipe2(err, O_CLOEXEC) != 0) return std::string("pipe2: ") + std::strerror(errno);
  UniqueFd err_r(err[0]), err_w(err[1]);
  posix_spawn_file_actions_t fa;
  ::posix_spawn_file_actions_init(&fa);
  ::posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  ::posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  ::posix_spawn_file_actions_adddup2(&fa, err_w.get(), 2);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  char* envp[] = {const_cast<char*>("PATH=/usr/sbin:/usr/bin:/sbin:/bin"), nullptr};
  pid_t pid = 0;
  std::string path = tool_path(args[0]);
  int rc = path.empty() ? ENOENT : ::posix_spawn(&pid, path.c_str(), &fa, nullptr, argv.data(), envp);
  ::posix_spawn_file_actions_destroy(&fa);
  err_w.reset();
  if (rc != 0) return args[0] + ": " + std::strerror(rc) + " (install Debian's uidmap package)";
  std::string msg;
  char buf[512];
  for (ssize_t n; (n = ::read(err_r.get(), buf, sizeof buf)) > 0;) msg.append(buf, static_cast<std::size_t>(n));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  return args[0] + ": " + (msg.empty() ? "exit status " + std::to_string(WEXITSTATUS(status)) : msg);
}

// The holder: a user namespace, mapped by the keeper, and a mount and network namespace
// made in it, held until it is killed. Reports each step on `sock`: "u" (user namespace
// made), "r" (ready) or "E" + the failure.
[[noreturn]] void holder_main(int sock) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  ::prctl(PR_SET_NAME, "podrun-holder");
  auto fail = [sock](const std::string& step, int err) {
    std::string m = "E" + step + ": " + std::strerror(err);
    if (::write(sock, m.data(), m.size()) < 0) {}
    ::_exit(1);
  };
  if (::unshare(CLONE_NEWUSER) != 0) fail("unshare(CLONE_NEWUSER) (is kernel.unprivileged_userns_clone 0?)", errno);
  if (::write(sock, "u", 1) != 1) ::_exit(1);
  char c = 0;
  if (::read(sock, &c, 1) != 1 || c != 'm') ::_exit(1);
  if (::setresgid(0, 0, 0) != 0) fail("setresgid(0)", errno);
  if (::setresuid(0, 0, 0) != 0) fail("setresuid(0)", errno);
  if (::unshare(CLONE_NEWNS | CLONE_NEWNET) != 0) fail("unshare(CLONE_NEWNS|CLONE_NEWNET)", errno);
  // The host's mounts still reach the session; the session's never reach the host.
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_SLAVE, nullptr) != 0) fail("mount --make-rslave /", errno);
  // The network namespace's own loopback, up (the bridge and the pods' veths come later).
  UniqueFd s(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
  ifreq ifr{};
  std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
  if (!s || ::ioctl(s.get(), SIOCGIFFLAGS, &ifr) != 0) fail("SIOCGIFFLAGS lo", errno);
  ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP);
  if (::ioctl(s.get(), SIOCSIFFLAGS, &ifr) != 0) fail("SIOCSIFFLAGS lo up", errno);
  s.reset();
  if (::write(sock, "r", 1) != 1) ::_exit(1);
  ::close(sock);
  for (;;) ::pause();
}

// slirp4netns on the holder's network namespace: a tap device with 10.0.2.100/24 and the
// default route through it, so pods reach the outside through the user's own sockets. Its
// pid, or 0 when the host has no slirp4netns (pods then reach only each other and the
// host's relayed ports).
pid_t start_slirp4netns(pid_t holder, const std::string& log) {
  int ready[2];
  if (::pipe2(ready, O_CLOEXEC) != 0) return 0;
  UniqueFd ready_r(ready[0]), ready_w(ready[1]);
  posix_spawn_file_actions_t fa;
  ::posix_spawn_file_actions_init(&fa);
  ::posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  ::posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  ::posix_spawn_file_actions_addopen(&fa, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ::posix_spawn_file_actions_adddup2(&fa, ready_w.get(), 3);
  // Given by path, with its user namespace: slirp4netns joins both (the user's own
  // capabilities in the host's user namespace do not reach the holder's network).
  std::string ns = "/proc/" + std::to_string(holder) + "/ns/";
  std::vector<std::string> args = {
      "slirp4netns",       "--configure", "--mtu=65520", "--disable-host-loopback", "--ready-fd=3", "--userns-path=" + ns + "user",
      "--netns-type=path", ns + "net",    "tap0"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  char* envp[] = {const_cast<char*>("PATH=/usr/sbin:/usr/bin:/sbin:/bin"), nullptr};
  pid_t pid = 0;
  std::string path = tool_path("slirp4netns");
  int rc = path.empty() ? ENOENT : ::posix_spawn(&pid, path.c_str(), &fa, nullptr, argv.data(), envp);
  ::posix_spawn_file_actions_destroy(&fa);
  ready_w.reset();
  if (rc != 0) return 0;
  pollfd p{ready_r.get(), POLLIN, 0};
  char c = 0;
  if (::poll(&p, 1, 3000) == 1 && ::read(ready_r.get(), &c, 1) == 1) return pid;
  ::kill(pid, SIGKILL);
  while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {}
  return 0;
}

ino_t ns_inode(pid_t pid, const char* ns) {
  struct stat st {};
  return ::stat(("/proc/" + std::to_string(pid) + "/ns/" + ns).c_str(), &st) == 0 ? st.st_ino : 0;
}

// The processes of the session's user namespace other than the holder and slirp4netns (which
// joins it): the commands that joined it, the pods' supervisors and everything they started.
std::size_t session_members(ino_t userns, pid_t holder, pid_t slirp) {
  std::size_t n = 0;
  DIR* d = ::opendir("/proc");
  if (!d) return 1;
  while (dirent* e = ::readdir(d)) {
    pid_t pid = std::atoi(e->d_name);
    if (pid <= 0 || pid == holder || pid == slirp) continue;
    if (ns_inode(pid, "user") == userns) ++n;
  }
  ::closedir(d);
  return n;
}

UniqueFd bind_host_socket(bool udp, const std::string& address, std::uint16_t port, std::string& why) {
  bool v6 = address.find(':') != std::string::npos;
  UniqueFd fd(::socket(v6 ? AF_INET6 : AF_INET, (udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0));
  std::string where = (v6 ? "[" + address + "]" : address) + ":" + std::to_string(port);
  if (!fd) {
    why = "socket: " + std::string(std::strerror(errno));
    return {};
  }
  int one = 1;
  if (!udp) ::setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_storage ss{};
  socklen_t len = 0;
  if (v6) {
    auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
    a->sin6_family = AF_INET6;
    a->sin6_port = htons(port);
    if (::inet_pton(AF_INET6, address.c_str(), &a->sin6_addr) != 1) why = "hostIP " + address + " is not an address";
    len = sizeof *a;
  } else {
    auto* a = reinterpret_cast<sockaddr_in*>(&ss);
    a->sin_family = AF_INET;
    a->sin_port = htons(port);
    if (::inet_pton(AF_INET, address.c_str(), &a->sin_addr) != 1) why = "hostIP " + address + " is not an address";
    len = sizeof *a;
  }
  if (!why.empty()) return {};
  if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&ss), len) != 0) {
    why = "bind " + where + ": " + std::strerror(errno) + " (another pod or program uses it)";
    return {};
  }
  if (!udp && ::listen(fd.get(), 128) != 0) {
    why = "listen " + where + ": " + std::strerror(errno);
    return {};
  }
  return fd;
}

// One request of a pod's supervisor on ports.sock: the socket, or why not.
void serve_port_request(int conn) {
  char buf[256];
  ssize_t n = ::recv(conn, buf, sizeof buf - 1, 0);
  if (n <= 0) return;
  std::vector<std::string> w = files::words(std::string_view(buf, static_cast<std::size_t>(n)));
  std::string why;
  UniqueFd fd;
  // Port 0: the kernel picks one (port-forward :REMOTE).
  bool digits = w.size() == 3 && !w[2].empty() && w[2].size() <= 5 && w[2].find_first_not_of("0123456789") == std::string::npos;
  int port = digits ? std::atoi(w[2].c_str()) : -1;
  if (!digits || (w[0] != "tcp" && w[0] != "udp") || port > 65535) why = "a request that is not PROTOCOL ADDRESS PORT";
  else fd = bind_host_socket(w[0] == "udp", w[1], static_cast<std::uint16_t>(port), why);
  if (!fd) {
    std::string m = "ERR " + why;
    ::send(conn, m.data(), m.size(), MSG_NOSIGNAL);
    return;
  }
  char ok[] = "OK";
  FdsMessage<1> m(ok, 2);
  m.attach({fd.get()});
  ::sendmsg(conn, &m.msg, MSG_NOSIGNAL);
}

sockaddr_un unix_address(const std::string& path) {
  sockaddr_un a{};
  a.sun_family = AF_UNIX;
  if (path.size() >= sizeof a.sun_path) throw SysError("the session directory's path is too long for a socket: " + path);
  std::memcpy(a.sun_path, path.c_str(), path.size() + 1);
  return a;
}

// The session ends: the holder (and with it every namespace) and slirp4netns go, and the
// tables of addresses and IDs that named things in them.
void end_session(const std::string& dir, pid_t holder, pid_t slirp) {
  if (slirp > 0) ::kill(slirp, SIGTERM);
  ::kill(holder, SIGKILL);
  while (::waitpid(-1, nullptr, 0) > 0 || errno == EINTR) {}
  for (const char* f : {kPortsSocket, kHolderFile, kKeeperFile, kOutboundFile, "slirp4netns.log"}) ::unlink((dir + "/" + f).c_str());
  files::remove_all(dir + "/podrun-net");
  files::remove_all(dir + "/podrun-userns");
  // Last, the lock (held by the caller) and the directory: nothing of the session is left.
  ::unlink((dir + "/lock").c_str());
  ::rmdir(dir.c_str());
}

}  // namespace

std::optional<SubordinateIds> subordinate_ids(const std::string& file, const std::string& name, std::uint32_t uid) {
  for (const std::string& line : files::split(files::read(file).value_or(""), '\n')) {
    std::vector<std::string> f = files::split(line, ':');
    if (f.size() != 3 || (f[0] != name && f[0] != std::to_string(uid))) continue;
    char* end = nullptr;
    unsigned long long start = std::strtoull(f[1].c_str(), &end, 10), count = std::strtoull(f[2].c_str(), nullptr, 10);
    if (count == 0 || start + count > 0xffffffffULL) continue;
    return SubordinateIds{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(count)};
  }
  return std::nullopt;
}

std::string user_session_dir() {
  const char* runtime = std::getenv("XDG_RUNTIME_DIR");
  if (runtime && *runtime) return std::string(runtime) + "/podrun-rootless";
  return "/tmp/podrun-rootless-" + std::to_string(::getuid());
}

bool in_user_namespace() {
  std::vector<std::string> w = files::words(files::read("/proc/self/uid_map").value_or(""));
  return !(w.size() == 3 && w[0] == "0" && w[1] == "0" && w[2] == "4294967295");
}

bool in_user_session() {
  const char* dir = std::getenv("PODRUN_ROOTLESS_DIR");
  return dir && *dir && in_user_namespace();
}

std::uint32_t outer_uid() {
  for (const std::string& line : files::split(files::read("/proc/self/uid_map").value_or(""), '\n')) {
    std::vector<std::string> w = files::words(line);
    if (w.size() == 3 && w[0] == "0") return static_cast<std::uint32_t>(std::strtoul(w[1].c_str(), nullptr, 10));
  }
  return ::getuid();
}

void enter_session_network() {
  const char* dir = std::getenv("PODRUN_ROOTLESS_DIR");
  if (!dir || !*dir || !in_user_namespace()) return;
  struct stat mine {
  }, theirs{};
  pid_t holder = running(std::string(dir) + "/" + kHolderFile);
  std::string path = "/proc/" + std::to_string(holder) + "/ns/net";
  if (!holder) throw SysError("join the session's network: its holder is gone (" + std::string(dir) + ")");
  if (::stat("/proc/self/ns/net", &mine) == 0 && ::stat(path.c_str(), &theirs) == 0 && mine.st_ino == theirs.st_ino) return;
  UniqueFd net(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!net || ::setns(net.get(), CLONE_NEWNET) != 0) throw SysError("join the session's network", "setns", path, errno);
}

bool enter_user_session(const std::string& dir, bool create, bool network) {
  const std::string step = "join the user's rootless session";
  UniqueFd lock;
  for (;;) {
    // 1. The session's directory: the user's own, 0700, not a symbolic link (it may be in /tmp).
    if (create && ::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) throw SysError(step, "mkdir", dir, errno);
    struct stat st {};
    if (::lstat(dir.c_str(), &st) != 0) {
      if (!create && errno == ENOENT) return false;
      throw SysError(step, "lstat", dir, errno);
    }
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::getuid() || (st.st_mode & 077) != 0)
      throw SysError(step + ": " + dir + " must be a directory of uid " + std::to_string(::getuid()) + " with mode 0700; refusing it");
    // 2. One command at a time starts or joins it, and the keeper ends it only under the same
    //    lock, removing the directory: a lock won on a file that is gone is tried again.
    lock.reset(::open((dir + "/lock").c_str(), O_RDWR | (create ? O_CREAT : 0) | O_CLOEXEC | O_NOFOLLOW, 0600));
    if (!lock && !create && errno == ENOENT) return false;
    if (!lock) throw SysError(step, "open", dir + "/lock", errno);
    while (::flock(lock.get(), LOCK_EX) != 0)
      if (errno != EINTR) throw SysError(step, "flock", dir + "/lock", errno);
    struct stat held {
    }, now{};
    if (::fstat(lock.get(), &held) == 0 && ::lstat((dir + "/lock").c_str(), &now) == 0 && held.st_ino == now.st_ino && held.st_nlink > 0)
      break;
  }
  // 3. The running holder, or a new session.
  pid_t holder = running(dir + "/" + kHolderFile);
  if (!holder && running(dir + "/" + kKeeperFile)) {
    // A keeper whose holder died: it ends the session itself; wait for it (it needs the lock).
    throw SysError(step + ": the session in " + dir + " is ending; try again");
  }
  if (!holder) {
    if (!create) return false;
    // Tables of a session that ended without its keeper (killed): they name namespaces that
    // are gone.
    files::remove_all(dir + "/podrun-net");
    files::remove_all(dir + "/podrun-userns");
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0) throw SysError(step, "pipe2", "", errno);
    UniqueFd ready_r(ready[0]), ready_w(ready[1]);
    posix_spawn_file_actions_t fa;
    ::posix_spawn_file_actions_init(&fa);
    ::posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    ::posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    ::posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    ::posix_spawn_file_actions_adddup2(&fa, ready_w.get(), 3);
    // This very binary (the supervisor links this file too, without supervisor_process.cc).
    char self_path[4096];
    ssize_t len = ::readlink("/proc/self/exe", self_path, sizeof self_path - 1);
    if (len <= 0) throw SysError(step, "readlink", "/proc/self/exe", errno);
    std::string self(self_path, static_cast<std::size_t>(len));
    std::vector<std::string> args = {"podrun", "__session", dir};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int rc = ::posix_spawn(&pid, self.c_str(), &fa, nullptr, argv.data(), environ);
    ::posix_spawn_file_actions_destroy(&fa);
    ready_w.reset();
    if (rc != 0) throw SysError(step, "posix_spawn", self, rc);
    std::string answer;
    char buf[512];
    for (ssize_t n; (n = ::read(ready_r.get(), buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR);)
      if (n > 0) answer.append(buf, static_cast<std::size_t>(n));
    while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {}  // it forked the keeper and left
    if (answer.rfind("OK", 0) != 0) {
      // Nothing of the attempt is left (the lock is still this process's).
      for (const char* f : {"slirp4netns.log", "lock"}) ::unlink((dir + "/" + f).c_str());
      ::rmdir(dir.c_str());
      if (answer.rfind("ERR ", 0) == 0) answer.erase(0, 4);
      throw SysError("start the user's rootless session: " + (answer.empty() ? std::string("the keeper ended without a word") : answer));
    }
    holder = running(dir + "/" + kHolderFile);
    if (!holder) throw SysError("start the user's rootless session: its holder is gone");
  }
  // 4. Join its user, mount and network namespaces (opened first: /proc stays the host's).
  std::string proc = "/proc/" + std::to_string(holder) + "/ns/";
  UniqueFd user(::open((proc + "user").c_str(), O_RDONLY | O_CLOEXEC)), mnt(::open((proc + "mnt").c_str(), O_RDONLY | O_CLOEXEC)),
      net(::open((proc + "net").c_str(), O_RDONLY | O_CLOEXEC));
  if (!user || !mnt || !net) throw SysError(step, "open", proc + "{user,mnt,net}", errno);
  char cwd[PATH_MAX];
  bool have_cwd = ::getcwd(cwd, sizeof cwd) != nullptr;
  UniqueFd cwd_fd(::open(".", O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (::setns(user.get(), CLONE_NEWUSER) != 0) throw SysError(step, "setns", proc + "user", errno);
  if (::setns(mnt.get(), CLONE_NEWNS) != 0) throw SysError(step, "setns", proc + "mnt", errno);
  if (network && ::setns(net.get(), CLONE_NEWNET) != 0) throw SysError(step, "setns", proc + "net", errno);
  // setns(CLONE_NEWNS) moved the working directory to /: back to where the command was run.
  if (!(have_cwd && ::chdir(cwd) == 0) && cwd_fd && ::fchdir(cwd_fd.get()) != 0) {}
  ::setenv("PODRUN_ROOTLESS_DIR", dir.c_str(), 1);
  return true;
}

int run_session_keeper(const std::string& dir, int ready_fd) {
  // 0. Detached from the command that started it (which waits for this parent only), and
  //    holding nothing of what that command was given.
  ::syscall(SYS_close_range, static_cast<unsigned>(ready_fd) + 1, ~0U, 0U);
  if (pid_t child = ::fork(); child != 0) ::_exit(child > 0 ? 0 : 1);
  ::setsid();
  ::umask(077);
  ::prctl(PR_SET_NAME, "podrun-keeper");
  auto fail = [&](const std::string& why) {
    std::string m = "ERR " + why;
    if (::write(ready_fd, m.data(), m.size()) < 0) {}
    return 1;
  };
  // 1. The user's subordinate IDs.
  const uid_t uid = ::getuid();
  const gid_t gid = ::getgid();
  passwd* pw = ::getpwuid(uid);
  std::string name = pw ? pw->pw_name : std::to_string(uid);
  auto sub_u = subordinate_ids("/etc/subuid", name, uid), sub_g = subordinate_ids("/etc/subgid", name, uid);
  if (!sub_u || !sub_g)
    return fail("no subordinate IDs for " + name + " in /etc/subuid and /etc/subgid (root adds them: usermod --add-subuids " +
                "100000-165535 --add-subgids 100000-165535 " + name + "; docs/rootless.md)");
  // 2. The holder: its user namespace, mapped here (0 = the user, 1.. = the subordinate IDs),
  //    then its mount and network namespaces.
  int sp[2];
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sp) != 0) return fail(std::string("socketpair: ") + std::strerror(errno));
  pid_t holder = ::fork();
  if (holder < 0) return fail(std::string("fork: ") + std::strerror(errno));
  if (holder == 0) {
    ::close(sp[0]);
    ::close(ready_fd);
    holder_main(sp[1]);
  }
  ::close(sp[1]);
  UniqueFd to_holder(sp[0]);
  auto holder_says = [&](char want) -> std::string {
    char buf[512];
    ssize_t n = ::read(to_holder.get(), buf, sizeof buf);
    if (n == 1 && buf[0] == want) return "";
    if (n > 1 && buf[0] == 'E') return std::string(buf + 1, static_cast<std::size_t>(n - 1));
    return "the holder ended";
  };
  std::string why = holder_says('u');
  for (const auto& [tool, id, sub] : {std::tuple{"newuidmap", uid, *sub_u}, std::tuple{"newgidmap", gid, *sub_g}}) {
    if (!why.empty()) break;
    why = run_tool({tool, std::to_string(holder), "0", std::to_string(id), "1", "1", std::to_string(sub.start), std::to_string(sub.count)});
  }
  if (why.empty() && ::write(to_holder.get(), "m", 1) != 1) why = "the holder ended";
  if (why.empty()) why = holder_says('r');
  if (!why.empty()) {
    ::kill(holder, SIGKILL);
    ::waitpid(holder, nullptr, 0);
    return fail(why);
  }
  to_holder.reset();
  // 3. The way out (optional), the hostPort service, and the pid files joiners read.
  pid_t slirp = start_slirp4netns(holder, dir + "/slirp4netns.log");
  files::write(dir + "/" + kOutboundFile, slirp ? "slirp4netns " + pid_line(slirp) : "none (slirp4netns.log says why)\n", 0600);
  std::string sock_path = dir + "/" + kPortsSocket;
  ::unlink(sock_path.c_str());
  UniqueFd ports(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
  sockaddr_un addr = unix_address(sock_path);
  if (!ports || ::bind(ports.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(ports.get(), 64) != 0) {
    std::string e = std::strerror(errno);
    end_session(dir, holder, slirp);
    return fail("listen on " + sock_path + ": " + e);
  }
  files::write(dir + "/" + kKeeperFile, pid_line(::getpid()), 0600);
  files::write(dir + "/" + kHolderFile, pid_line(holder), 0600);
  if (::write(ready_fd, "OK\n", 3) < 0) {}
  ::close(ready_fd);
  // 4. Kept while anything but the holder lives in the user namespace; ended after it has
  //    been idle for PODRUN_ROOTLESS_IDLE_MS (30 s: the next command finds it still there).
  const char* idle_env = std::getenv("PODRUN_ROOTLESS_IDLE_MS");
  const long idle_ms = idle_env ? std::atol(idle_env) : 30000;
  const ino_t userns = ns_inode(holder, "user");
  auto idle_since = std::chrono::steady_clock::now();
  bool idle = false;
  const int tick_ms = static_cast<int>(std::min(1000L, std::max(100L, idle_ms / 2)));
  // SIGTERM (and SIGINT, SIGHUP) end the session at once, as an idle one ends.
  for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
    struct sigaction sa {};
    sa.sa_handler = [](int) { keeper_stop = 1; };
    ::sigaction(sig, &sa, nullptr);
  }
  for (;;) {
    pollfd p{ports.get(), POLLIN, 0};
    if (keeper_stop) {
      UniqueFd lock(::open((dir + "/lock").c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW));
      if (lock) ::flock(lock.get(), LOCK_EX);
      end_session(dir, holder, slirp);
      return 0;
    }
    if (::poll(&p, 1, tick_ms) == 1) {
      UniqueFd conn(::accept4(ports.get(), nullptr, nullptr, SOCK_CLOEXEC));
      if (conn) serve_port_request(conn.get());
    }
    while (::waitpid(-1, nullptr, WNOHANG) > 0) {}
    bool holder_gone = !running(dir + "/" + kHolderFile) || ns_inode(holder, "user") != userns;
    bool members = !holder_gone && session_members(userns, holder, slirp) > 0;
    auto now = std::chrono::steady_clock::now();
    if (members) {
      idle = false;
      continue;
    }
    if (!idle) idle_since = now, idle = true;
    if (!holder_gone && std::chrono::duration_cast<std::chrono::milliseconds>(now - idle_since).count() < idle_ms) continue;
    // Under the lock, so that no command joins while it ends; one that joined just before
    // is counted.
    UniqueFd lock(::open((dir + "/lock").c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW));
    if (!lock || ::flock(lock.get(), LOCK_EX | LOCK_NB) != 0) continue;
    if (!holder_gone && session_members(userns, holder, slirp) > 0) continue;
    end_session(dir, holder, slirp);
    return 0;
  }
}

UniqueFd host_port_socket(const std::string& session_dir, bool udp, const std::string& address, std::uint16_t port) {
  std::string what = "hostPort " + std::to_string(port) + (udp ? "/UDP" : "") + " on the host's " + address;
  std::string path = session_dir + "/" + kPortsSocket;
  UniqueFd s(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
  sockaddr_un a = unix_address(path);
  if (!s || ::connect(s.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) throw SysError(what, "connect", path, errno);
  std::string req = std::string(udp ? "udp " : "tcp ") + address + " " + std::to_string(port);
  if (::send(s.get(), req.data(), req.size(), MSG_NOSIGNAL) < 0) throw SysError(what, "send", path, errno);
  char buf[512];
  FdsMessage<1> m(buf, sizeof buf - 1);
  ssize_t n = ::recvmsg(s.get(), &m.msg, MSG_CMSG_CLOEXEC);
  if (n <= 0) throw SysError(what + ": the session's keeper did not answer");
  std::string answer(buf, static_cast<std::size_t>(n));
  int fd[1] = {-1};
  if (!m.received(fd)) throw SysError(what + ": " + (answer.rfind("ERR ", 0) == 0 ? answer.substr(4) : answer));
  UniqueFd own(fd[0]);
  if (answer != "OK") throw SysError(what + ": " + answer);
  return own;
}

}  // namespace podrun::exec
