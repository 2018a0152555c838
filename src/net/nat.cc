#include "net/nat.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <vector>

#include "common/error.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/process.h"

namespace podrun::net {

std::string nat_table_name(const std::string& bridge) {
  std::string t = "podrun_";
  for (char c : bridge) t += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return t;
}

std::string masquerade_ruleset(const std::string& bridge, const std::string& subnet) {
  std::string t = nat_table_name(bridge);
  // "table; delete table; table {...}": replaces an older copy atomically, in one transaction.
  return "table ip " + t + "\ndelete table ip " + t + "\ntable ip " + t + " {\n" +
         "  chain postrouting {\n    type nat hook postrouting priority srcnat; policy accept;\n" + "    ip saddr " + subnet +
         " ip daddr != " + subnet + " masquerade\n  }\n" +
         "  chain forward {\n    type filter hook forward priority filter; policy accept;\n" + "    ip saddr " + subnet +
         " accept\n    ip daddr " + subnet + " ct state established,related accept\n  }\n" +
         "  chain input {\n    type filter hook input priority filter; policy accept;\n" + "    iifname \"" + bridge +
         "\" ip daddr 127.0.0.0/8 ct state != { established, related } drop\n  }\n}\n";
}

// nft from the system's directories, whatever PATH the caller has (an ordinary user's PATH
// often lacks /usr/sbin).
static const char* nft_binary() {
  for (const char* p : {"/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft", "/bin/nft"})
    if (::access(p, X_OK) == 0) return p;
  return "/usr/sbin/nft";
}

// Its stderr comes back in the error.
bool bridged_frames_pass_inet_hooks() {
  auto v = files::read("/proc/sys/net/bridge/bridge-nf-call-iptables");
  return v && !v->empty() && (*v)[0] == '1';
}

void run_nft(const std::string& input, const std::string& what) {
  int in[2], err[2];
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) throw SysError(what, "pipe2", "", errno);
  UniqueFd in_r(in[0]), in_w(in[1]), err_r(err[0]), err_w(err[1]);
  posix_spawn_file_actions_t fa;
  ::posix_spawn_file_actions_init(&fa);
  ::posix_spawn_file_actions_adddup2(&fa, in_r.get(), 0);
  ::posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  ::posix_spawn_file_actions_adddup2(&fa, err_w.get(), 2);
  char* argv[] = {const_cast<char*>("nft"), const_cast<char*>("-f"), const_cast<char*>("-"), nullptr};
  char* envp[] = {const_cast<char*>("PATH=/usr/sbin:/sbin:/usr/bin:/bin"), nullptr};
  pid_t pid = 0;
  int rc = ::posix_spawn(&pid, nft_binary(), &fa, nullptr, argv, envp);
  ::posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) throw SysError(what + " (install Debian's nftables package)", "posix_spawn", "nft", rc);
  in_r.reset();
  err_w.reset();
  if (::write(in_w.get(), input.data(), input.size()) < 0) {}
  in_w.reset();
  std::string msg;
  char buf[512];
  ssize_t n;
  while ((n = ::read(err_r.get(), buf, sizeof buf)) > 0) msg.append(buf, static_cast<std::size_t>(n));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    while (!msg.empty() && msg.back() == '\n') msg.pop_back();
    throw SysError(what + ": nft: " + msg.substr(0, 300));
  }
}

std::string nft_output(const std::string& args) {
  int out[2];
  if (::pipe2(out, O_CLOEXEC) != 0) return "";
  UniqueFd out_r(out[0]), out_w(out[1]);
  posix_spawn_file_actions_t fa;
  ::posix_spawn_file_actions_init(&fa);
  ::posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  ::posix_spawn_file_actions_adddup2(&fa, out_w.get(), 1);
  ::posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> words = {"nft"};
  for (std::size_t at = 0; at < args.size();) {
    std::size_t sp = args.find(' ', at);
    if (sp == std::string::npos) sp = args.size();
    if (sp > at) words.push_back(args.substr(at, sp - at));
    at = sp + 1;
  }
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  char* envp[] = {const_cast<char*>("PATH=/usr/sbin:/sbin:/usr/bin:/bin"), nullptr};
  pid_t pid = 0;
  int rc = ::posix_spawn(&pid, nft_binary(), &fa, nullptr, argv.data(), envp);
  ::posix_spawn_file_actions_destroy(&fa);
  out_w.reset();
  if (rc != 0) return "";
  std::string text;
  char buf[4096];
  for (ssize_t n; (n = ::read(out_r.get(), buf, sizeof buf)) > 0;) text.append(buf, static_cast<std::size_t>(n));
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? text : "";
}

void enable_masquerade(const std::string& bridge, const std::string& subnet) {
  int fd = ::open("/proc/sys/net/ipv4/ip_forward", O_WRONLY | O_CLOEXEC);
  if (fd < 0 || ::write(fd, "1", 1) != 1) {
    int err = errno;
    if (fd >= 0) ::close(fd);
    throw SysError("turn IPv4 forwarding on", "write", "/proc/sys/net/ipv4/ip_forward", err);
  }
  ::close(fd);
  run_nft(masquerade_ruleset(bridge, subnet), "masquerade the pod network " + subnet);
}

void disable_masquerade(const std::string& bridge) {
  std::string t = nat_table_name(bridge);
  run_nft("table ip " + t + "\ndelete table ip " + t + "\n", "remove the table " + t);
}

}  // namespace podrun::net
