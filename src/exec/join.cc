#include "exec/join.h"

#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>

#include "common/files.h"
#include "exec/caps.h"
#include "exec/container.h"
#include "exec/fds.h"
#include "exec/rlimits.h"
#include "exec/seccomp.h"
#include "exec/signals.h"

namespace podrun::exec {

ContainerProcess inspect_container(int pid) {
  ContainerProcess c;
  std::string proc = "/proc/" + std::to_string(pid);
  std::optional<std::string> environ = files::read(proc + "/environ");
  if (!environ) throw SysError("inspect the container", "open", proc + "/environ", errno);
  c.env = files::split(*environ, '\0');
  for (const std::string& line : files::split(files::read(proc + "/status").value_or(""), '\n')) {
    if (line.rfind("Uid:", 0) == 0) c.uid = static_cast<uid_t>(std::stoul(line.substr(4)));
    if (line.rfind("Gid:", 0) == 0) c.gid = static_cast<gid_t>(std::stoul(line.substr(4)));
    if (line.rfind("Groups:", 0) == 0) {
      for (const std::string& g : files::words(line.substr(7))) c.groups.push_back(static_cast<gid_t>(std::stoul(g)));
    }
    if (line.rfind("CapBnd:", 0) == 0) c.cap_bounding = std::stoull(line.substr(7), nullptr, 16);
    if (line.rfind("CapEff:", 0) == 0) c.cap_effective = std::stoull(line.substr(7), nullptr, 16);
    if (line.rfind("NoNewPrivs:", 0) == 0) c.no_new_privs = std::stoi(line.substr(11)) != 0;
  }
  // A user namespace of its own (hostUsers: false): the IDs above are the host's view of the
  // container's; the new process will set the namespace's.
  struct stat mine {
  }, its{};
  if (::stat("/proc/self/ns/user", &mine) == 0 && ::stat((proc + "/ns/user").c_str(), &its) == 0 && mine.st_ino != its.st_ino) {
    c.user_ns.reset(::open((proc + "/ns/user").c_str(), O_RDONLY | O_CLOEXEC));
    if (!c.user_ns) throw SysError("inspect the container", "open", proc + "/ns/user", errno);
    struct Extent {
      unsigned long inside, outside, count;
    };
    auto read_map = [&](const char* file) {
      std::vector<Extent> map;
      std::vector<std::string> w = files::words(files::read(proc + "/" + file).value_or(""));
      for (std::size_t i = 0; i + 2 < w.size(); i += 3) map.push_back(Extent{std::stoul(w[i]), std::stoul(w[i + 1]), std::stoul(w[i + 2])});
      return map;
    };
    auto to_ns = [](const std::vector<Extent>& map, unsigned long host) {
      for (const auto& e : map)
        if (host >= e.outside && host - e.outside < e.count) return host - e.outside + e.inside;
      return 65534UL;  // unmapped: the overflow ID, as the kernel shows it
    };
    auto uids = read_map("uid_map"), gids = read_map("gid_map");
    c.uid = static_cast<uid_t>(to_ns(uids, c.uid));
    c.gid = static_cast<gid_t>(to_ns(gids, c.gid));
    for (auto& g : c.groups) g = static_cast<gid_t>(to_ns(gids, g));
  }
  char cwd[PATH_MAX];
  ssize_t n = ::readlink((proc + "/cwd").c_str(), cwd, sizeof cwd);
  c.cwd = n > 0 ? std::string(cwd, static_cast<std::size_t>(n)) : "/";
  // The cgroups of the controllers podrun manages, as /proc/PID/cgroup names them (seen from
  // the host's cgroup namespace, so the paths are whole).
  struct stat st {};
  bool v2 = ::stat("/sys/fs/cgroup/cgroup.controllers", &st) == 0;
  for (const std::string& line : files::split(files::read(proc + "/cgroup").value_or(""), '\n')) {
    std::size_t a = line.find(':'), b = line.find(':', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    std::string ctrls = line.substr(a + 1, b - a - 1), path = line.substr(b + 1);
    std::vector<std::string> targets;
    if (ctrls.empty() && v2) targets.push_back("/sys/fs/cgroup" + path + "/cgroup.procs");
    for (const char* c : {"memory", "cpu", "cpuacct", "pids", "freezer", "devices"})
      if (!ctrls.empty() && ("," + ctrls + ",").find(std::string(",") + c + ",") != std::string::npos) {
        targets.push_back("/sys/fs/cgroup/" + ctrls + path + "/tasks");
        break;
      }
    for (const auto& f : targets) {
      UniqueFd fd(::open(f.c_str(), O_WRONLY | O_CLOEXEC));
      if (fd) c.cgroups.push_back(std::move(fd));
    }
  }
  // mnt last but one: it changes our root; pid applies to the children we fork.
  const std::pair<const char*, int> kinds[] = {{"ipc", CLONE_NEWIPC},       {"uts", CLONE_NEWUTS}, {"net", CLONE_NEWNET},
                                               {"cgroup", CLONE_NEWCGROUP}, {"pid", CLONE_NEWPID}, {"mnt", CLONE_NEWNS}};
  for (const auto& [name, type] : kinds) {
    std::string path = proc + "/ns/" + name;
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) throw SysError("inspect the container", "open", path, errno);
    // One this process is in already (hostPID, hostIPC, ...) is not joined again: in a
    // rootless session setns would be refused, the host's namespace not being the user's.
    struct stat theirs {
    }, ours{};
    if (::fstat(fd.get(), &theirs) == 0 && ::stat(("/proc/self/ns/" + std::string(name)).c_str(), &ours) == 0 &&
        theirs.st_ino == ours.st_ino && theirs.st_dev == ours.st_dev)
      continue;
    c.namespaces.emplace_back(std::move(fd), type);
  }
  return c;
}

void enter_container(const ContainerProcess& c) {
  // CVE-2019-5736: until the command's execve, this process and its children run podrun's own
  // binary inside the container's namespaces. Not dumpable, a process of the container cannot
  // open their /proc/PID/exe (a handle to the host's binary it could write once podrun exits)
  // nor ptrace them; execve makes the command dumpable again.
  if (::prctl(PR_SET_DUMPABLE, 0) != 0) throw SysError("enter the container", "prctl", "PR_SET_DUMPABLE", errno);
  for (const auto& [fd, type] : c.namespaces)
    if (::setns(fd.get(), type) != 0) throw SysError("enter the container", "setns", std::to_string(type), errno);
}

void exec_as_container(const ContainerProcess& c, const std::vector<std::string>& argv) {
  for (const auto& fd : c.cgroups)
    if (::write(fd.get(), "0", 1) != 1) ::_exit(126);
  // The container's limits (exec/rlimits.h), while the host's CAP_SYS_RESOURCE is still ours.
  if (int err = apply_rlimits(container_rlimits())) {
    std::fprintf(stderr, "exec: set the container's resource limits: %s\n", std::strerror(err));
    ::_exit(126);
  }
  // The host's cgroup files written, the pod's user namespace (it resets the capability sets
  // to the full set of that namespace; they are cut down below).
  if (c.user_ns && ::setns(c.user_ns.get(), CLONE_NEWUSER) != 0) ::_exit(126);
  reset_signals();  // not the caller's ignored ones (nohup, trap ''), before any seccomp filter
  if (::chdir(c.cwd.c_str()) != 0 && ::chdir("/") != 0) ::_exit(126);
  // Only 0-2 (and the terminal there) reach the command: not the caller's fds (a shell's `exec
  // 9</etc` would be the host's filesystem through /proc/self/fd/9), not the supervisor's.
  // Marked close-on-exec before any filter could refuse the calls; nothing below opens an fd.
  if (int err = close_fds_on_exec(3)) {
    std::fprintf(stderr, "exec: close the caller's file descriptors: %s\n", std::strerror(err));
    ::_exit(126);
  }
  // No more privilege than the container's own process: its bounding and effective sets,
  // its no_new_privs, its seccomp filter (installed as the container's child installs it).
  if (drop_bounding_set(c.cap_bounding) != 0) ::_exit(126);
  if (!c.seccomp_bpf.empty() && !c.no_new_privs && install_seccomp(c.seccomp_bpf) != 0) ::_exit(126);
  if (::setgroups(c.groups.size(), c.groups.data()) != 0 || ::setgid(c.gid) != 0 || ::setuid(c.uid) != 0) ::_exit(126);
  if (c.uid == 0 && set_capabilities(c.cap_effective) != 0) ::_exit(126);
  if (c.no_new_privs && set_no_new_privs() != 0) ::_exit(126);
  if (!c.seccomp_bpf.empty() && c.no_new_privs && install_seccomp(c.seccomp_bpf) != 0) ::_exit(126);
  std::vector<char*> args, envp;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  for (const auto& e : c.env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  for (const auto& e : c.env)
    if (e.rfind("PATH=", 0) == 0) ::setenv("PATH", e.substr(5).c_str(), 1);
  ::umask(kContainerUmask);  // the container's, not the caller's
  if (args.size() > 1) ::execvpe(args[0], args.data(), envp.data());
  int err = argv.empty() ? ENOENT : errno;
  std::fprintf(stderr, "exec %s: %s\n", argv.empty() ? "(no command)" : argv[0].c_str(), std::strerror(err));
  ::_exit(err == ENOENT ? 127 : 126);
}

}  // namespace podrun::exec
