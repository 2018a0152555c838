#include "exec/pod_setup.h"
#include "exec/tree.h"

#include "exec/fds.h"
#include "exec/placement.h"
#include "exec/userns.h"

#include "common/fault.h"
#include "common/files.h"
#include "common/trace.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/magic.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <set>

namespace podrun::exec {

namespace {

void write_file(const std::string& path, const std::string& data, int mode) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode);
  if (fd < 0) throw SysError("write pod file", "open", path, errno);
  bool ok = ::write(fd, data.data(), data.size()) == static_cast<ssize_t>(data.size());
  int err = errno;
  ::fchmod(fd, static_cast<mode_t>(mode));
  ::close(fd);
  if (!ok) throw SysError("write pod file", "write", path, err);
}

void mkdir_mode(const std::string& path, mode_t mode) {
  if (::mkdir(path.c_str(), mode) != 0 && errno != EEXIST) throw SysError("create pod directory", "mkdir", path, errno);
  ::chmod(path.c_str(), mode);
}

void mount_tmpfs(const std::string& path, const std::string& options) {
  if (::mount("tmpfs", path.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0)
    throw SysError("mount tmpfs", "mount", path, errno);
}

std::string hosts_file(const plan::PodPlan& p, const std::string& pod_ip) {
  // The kubelet's layout, the pod's own line with its address (none without one).
  std::string out;
  for (const auto& e : p.etc_hosts) {
    if (!e.comment.empty()) out += (out.empty() ? "# " : "\n# ") + e.comment + "\n";
    if (e.ip == "@podIP" && pod_ip.empty()) continue;
    out += e.ip == "@podIP" ? pod_ip : e.ip;
    for (const auto& n : e.names) out += "\t" + n;
    out += "\n";
  }
  return out;
}

// configMap, secret and downwardAPI files with the kubelet's AtomicWriter layout: the files in
// a timestamped directory, `..data` pointing at it, and each top-level name a symlink through
// `..data`, so that an update (update_projected_volume) swaps them all with one rename.
// Writes the timestamped directory and returns its name.
std::string write_data_dir(const std::string& dir, const plan::VolumePlan& v, std::set<std::string>& top) {
  char stamp[64];
  struct timespec now {};
  ::clock_gettime(CLOCK_REALTIME, &now);
  std::tm tm{};
  ::gmtime_r(&now.tv_sec, &tm);
  std::strftime(stamp, sizeof stamp, "..%Y_%m_%d_%H_%M_%S.", &tm);
  // The nanoseconds and pid: two updates within a second get two directories.
  std::string data_dir = std::string(stamp) + std::to_string(now.tv_nsec) + "." + std::to_string(::getpid());
  mkdir_mode(dir + "/" + data_dir, 0755);
  for (const auto& f : v.files) {
    std::string path = dir + "/" + data_dir + "/" + f.path;
    if (!files::make_dirs(files::parent(path))) throw SysError("write volume " + v.name, "mkdir", files::parent(path), errno);
    write_file(path, f.content, f.mode);
    top.insert(f.path.substr(0, f.path.find('/')));
  }
  return data_dir;
}

void write_projected(const std::string& dir, const plan::VolumePlan& v) {
  std::set<std::string> top;
  std::string data_dir = write_data_dir(dir, v, top);
  if (::symlink(data_dir.c_str(), (dir + "/..data").c_str()) != 0)
    throw SysError("write volume " + v.name, "symlink", dir + "/..data", errno);
  for (const auto& name : top)
    if (::symlink(("..data/" + name).c_str(), (dir + "/" + name).c_str()) != 0)
      throw SysError("write volume " + v.name, "symlink", dir + "/" + name, errno);
}

// fsGroup, as the kubelet's SetVolumeOwnership does it: every file and directory of the volume
// gets the group; directories setgid (new files inherit the group) and group rwx; files group
// rw, or group r for the read-only volume types. Symlinks (the ..data layout) only the group.
// Done before any container runs, so nothing in the tree can be swapped under the walk.
void set_volume_ownership(const std::string& dir, std::int64_t fs_group, bool read_only) {
  const std::string step = "set the volume's fsGroup";
  walk_tree(dir, step, [&](const std::string& p, const struct stat& st) {
    if (::lchown(p.c_str(), static_cast<uid_t>(-1), static_cast<gid_t>(fs_group)) != 0) throw SysError(step, "lchown", p, errno);
    if (S_ISLNK(st.st_mode)) return;
    mode_t mask = read_only ? 0440 : 0660;
    if (S_ISDIR(st.st_mode)) mask |= S_ISGID | 0110;
    if (::chmod(p.c_str(), (st.st_mode & 07777) | mask) != 0) throw SysError(step, "chmod", p, errno);
  });
}

// hostPath types, checked (or created) as the kubelet does before mounting.
void check_host_path(const plan::VolumePlan& v) {
  using T = plan::HostPathType;
  const std::string& p = v.host_path;
  T t = v.host_path_type;
  if (t == T::Unchecked) return;
  struct stat st {};
  bool exists = ::stat(p.c_str(), &st) == 0;
  auto fail = [&](const std::string& want) {
    throw SysError("volume " + v.name + ": hostPath " + p + " (type " + plan::host_path_type_name(t) + ") " + want);
  };
  if (t == T::DirectoryOrCreate && !exists) {
    if (!files::make_dirs(p)) fail(std::string("could not be created: ") + std::strerror(errno));
    ::chmod(p.c_str(), 0755);
    return;
  }
  if (t == T::FileOrCreate && !exists) {
    int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) fail(std::string("could not be created: ") + std::strerror(errno));
    ::close(fd);
    return;
  }
  if (!exists) fail("does not exist");
  bool ok = true;
  switch (t) {
    case T::Unchecked: break;
    case T::Directory:
    case T::DirectoryOrCreate: ok = S_ISDIR(st.st_mode); break;
    case T::File:
    case T::FileOrCreate: ok = S_ISREG(st.st_mode); break;
    case T::Socket: ok = S_ISSOCK(st.st_mode); break;
    case T::CharDevice: ok = S_ISCHR(st.st_mode); break;
    case T::BlockDevice: ok = S_ISBLK(st.st_mode); break;
  }
  if (!ok) {
    const char* want = t == T::Directory || t == T::DirectoryOrCreate ? "is not a directory"
                       : t == T::File || t == T::FileOrCreate         ? "is not a regular file"
                       : t == T::Socket                               ? "is not a socket"
                       : t == T::CharDevice                           ? "is not a character device"
                                                                      : "is not a block device";
    fail(want);
  }
}

}  // namespace

void prepare_pod_files(const plan::PodPlan& p, const state::PodPaths& paths, const std::string& pod_ip) {
  // 1. /etc files of the pod, bind-mounted into every container.
  write_file(paths.etc_hosts(), hosts_file(p, pod_ip), 0644);
  write_file(paths.hostname(), p.hostname + "\n", 0644);
  write_file(paths.resolv_conf(), p.resolv_conf, 0644);
  // 2. The pod's /dev/shm: one tmpfs shared by its containers (the host's with hostIPC).
  if (!p.host_ipc_shm) {
    mkdir_mode(paths.shm(), 01777);
    mount_tmpfs(paths.shm(), "mode=1777,size=" + std::to_string(p.shm_size_bytes));
  }
  // 3. Volumes.
  mkdir_mode(paths.volumes(), 0755);
  for (const auto& v : p.volumes) {
    using plan::VolumeType;
    if (v.type == VolumeType::HostPath) {
      check_host_path(v);
      continue;
    }
    // An image volume has nothing in the pod's directory: each container mounts the image's
    // layers in its own mount namespace (exec/container.cc), gone with it.
    if (v.type == VolumeType::Image) continue;
    std::string vdir = paths.volume(v.name);
    bool empty_dir = v.type == VolumeType::EmptyDir;
    mkdir_mode(vdir, empty_dir ? 0777 : 0755);
    if ((empty_dir && v.medium == plan::StorageMedium::Memory) || v.tmpfs) {
      // Sized always (the planner gives a memory emptyDir its size; a secret holds what the
      // plan has): a tmpfs without one is half of the host's memory.
      std::int64_t bytes = v.size_limit_bytes.value_or(0);
      if (!v.size_limit_bytes) {
        for (const auto& f : v.files) bytes += static_cast<std::int64_t>(f.content.size() + f.path.size()) + 4096;
        bytes += 64 << 10;
      }
      mount_tmpfs(vdir, std::string(empty_dir ? "mode=0777" : "mode=0755") + ",size=" + std::to_string(bytes));
    }
    if (!empty_dir) write_projected(vdir, v);  // configMap, secret, downwardAPI
    if (v.fs_group) set_volume_ownership(vdir, *v.fs_group, v.read_only);
  }
  mkdir_mode(paths.containers(), 0700);
}

namespace {
// The directory ..data points at ("" when there is none).
std::string current_data_dir(const std::string& dir) {
  char target[256];
  ssize_t n = ::readlink((dir + "/..data").c_str(), target, sizeof target - 1);
  if (n <= 0) return "";
  std::string t(target, static_cast<std::size_t>(n));
  return t.rfind("..", 0) == 0 && t.find('/') == std::string::npos ? t : "";
}
}  // namespace

bool projected_volume_current(const state::PodPaths& paths, const plan::VolumePlan& v) {
  const std::string dir = paths.volume(v.name), current = current_data_dir(dir);
  if (current.empty()) return false;
  const std::string data = dir + "/" + current;
  std::size_t regular = 0;
  try {
    walk_tree(data, "read volume " + v.name, [&](const std::string&, const struct stat& st) { regular += S_ISREG(st.st_mode) ? 1 : 0; });
  } catch (const SysError&) {
    return false;
  }
  if (regular != v.files.size()) return false;
  for (const auto& f : v.files) {
    const std::string path = data + "/" + f.path;
    struct stat st {};
    // fsGroup adds group bits to what the plan says (set_volume_ownership).
    const int mask = v.fs_group ? 0707 : 0777;
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || (static_cast<int>(st.st_mode) & mask) != (f.mode & mask)) return false;
    auto text = files::read(path);
    if (!text || *text != f.content) return false;
  }
  return true;
}

void update_projected_volume(const state::PodPaths& paths, const plan::VolumePlan& v) {
  const std::string dir = paths.volume(v.name), step = "update volume " + v.name;
  // 1. Room on a secret's tmpfs for the old files and the new at once (the old go at step 4).
  if (v.tmpfs) {
    std::int64_t bytes = 64 << 10;
    walk_tree(dir, step, [&](const std::string&, const struct stat& st) { bytes += st.st_size + 4096; });
    for (const auto& f : v.files) bytes += static_cast<std::int64_t>(f.content.size() + f.path.size()) + 4096;
    if (::mount(nullptr, dir.c_str(), nullptr, MS_REMOUNT | MS_NOSUID | MS_NODEV, ("size=" + std::to_string(bytes)).c_str()) != 0)
      throw SysError(step, "mount (remount)", dir, errno);
  }
  // 2. The new files in a directory of their own; the old ..data stays in place meanwhile.
  const std::string old_data = current_data_dir(dir);
  std::set<std::string> top;
  std::string data_dir = write_data_dir(dir, v, top);
  if (v.fs_group) set_volume_ownership(dir + "/" + data_dir, *v.fs_group, v.read_only);
  // 3. The swap: ..data_tmp made, then renamed over ..data, one atomic step for a reader.
  const std::string tmp_link = dir + "/..data_tmp";
  ::unlink(tmp_link.c_str());
  if (::symlink(data_dir.c_str(), tmp_link.c_str()) != 0) throw SysError(step, "symlink", tmp_link, errno);
  if (::rename(tmp_link.c_str(), (dir + "/..data").c_str()) != 0) throw SysError(step, "rename", dir + "/..data", errno);
  // 4. Top-level names: new ones linked, gone ones unlinked; then the old files removed.
  std::vector<files::Entry> entries;
  files::list(dir, entries);
  for (const auto& e : entries)
    if (e.name.rfind("..", 0) != 0 && e.is_symlink && !top.count(e.name)) ::unlink((dir + "/" + e.name).c_str());
  for (const auto& name : top) {
    const std::string link = dir + "/" + name;
    if (::symlink(("..data/" + name).c_str(), link.c_str()) != 0 && errno != EEXIST) throw SysError(step, "symlink", link, errno);
  }
  if (!old_data.empty()) files::remove_all(dir + "/" + old_data);
}

std::vector<std::string> mounts_under(const std::string& dir) {
  std::vector<std::string> out;
  for (const std::string& line : files::split(files::read("/proc/self/mountinfo").value_or(""), '\n')) {
    // ID PARENT MAJ:MIN ROOT MOUNTPOINT ...
    std::vector<std::string> f = files::words(line);
    if (f.size() < 5) continue;
    const std::string& mountpoint = f[4];
    if (mountpoint == dir || mountpoint.rfind(dir + "/", 0) == 0) out.push_back(mountpoint);
  }
  return out;
}

void make_pod_dir(const std::string& dir) {
  if (!files::make_dirs(dir)) throw SysError("create the pod directory", "mkdir", dir, errno);
  if (::chmod(dir.c_str(), 0700) != 0) throw SysError("create the pod directory", "chmod", dir, errno);
  std::string options = "mode=0700,size=" + std::to_string(kPodDirBytes);
  if (::mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) != 0) {
    int err = errno;
    ::rmdir(dir.c_str());
    throw SysError("create the pod directory", "mount tmpfs", dir, err);
  }
}

std::string pod_storage_dir(const std::string& storage_root, const std::string& pod_dir, const std::string& uid) {
  // FNV-1a of the pod directory: the same pod (same uid) under two state roots sharing a store
  // gets two directories.
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : pod_dir) h = (h ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return storage_root + "/pods/" + uid + "-" + std::string(hex, 8);
}

void attach_pod_storage(const std::string& pod_dir, const std::string& storage, const std::string& uid) {
  const std::string step = "make the pod's storage on disk";
  if (!files::make_dirs(files::parent(storage), 0700)) throw SysError(step, "mkdir", files::parent(storage), errno);
  if (::mkdir(storage.c_str(), 0700) != 0 && errno != EEXIST) throw SysError(step, "mkdir", storage, errno);
  if (!files::write(storage + "/owner", pod_dir + " " + uid + "\n", 0600)) throw SysError(step, "write", storage + "/owner", errno);
  const state::PodPaths paths{pod_dir};
  for (const std::string& to : {paths.containers(), paths.logs(), paths.volumes()}) {
    std::string from = storage + "/" + files::base_name(to);
    if (::mkdir(from.c_str(), 0700) != 0 && errno != EEXIST) throw SysError(step, "mkdir", from, errno);
    if (::mkdir(to.c_str(), 0700) != 0) {
      if (errno != EEXIST) throw SysError(step, "mkdir", to, errno);
      // Made before (apply made the storage and stopped half-way): a bind already there is
      // not made twice.
      struct stat a {
      }, b{};
      if (::stat(from.c_str(), &a) == 0 && ::stat(to.c_str(), &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino) continue;
    }
    if (::mount(from.c_str(), to.c_str(), nullptr, MS_BIND, nullptr) != 0) throw SysError(step, "mount (bind)", to, errno);
  }
}

void make_container_dirs(const state::PodPaths& paths, const std::vector<std::string>& containers) {
  // The modes are the starts' own (supervisor/launch.cc, image/rootfs.cc), whatever the
  // caller's umask: an upper/ of 0700 would leave a non-root container no way into its root.
  const mode_t umask_before = ::umask(0);
  for (const std::string& name : containers) {
    const std::string fs = paths.container_fs(name);
    const std::pair<std::string, mode_t> dirs[] = {
        {fs, 0700}, {fs + "/upper", 0755}, {fs + "/work", 0700}, {paths.container_rootfs(name), 0755}, {paths.container_logs(name), 0750}};
    for (const auto& [dir, mode] : dirs) ::mkdir(dir.c_str(), mode);
  }
  ::umask(umask_before);
}

void remove_pod_storage(const std::string& storage) {
  if (storage.empty()) return;
  if (!files::remove_all(storage)) throw SysError("remove the pod's storage", "unlink", storage, errno);
}

void remove_pod_files(const std::string& dir) {
  // Every mount below the pod directory (shm, memory emptyDirs, secret volumes), deepest
  // first, then the directory.
  auto mounts = mounts_under(dir);
  std::sort(mounts.begin(), mounts.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& m : mounts) ::umount2(m.c_str(), MNT_DETACH);
  if (!files::remove_all(dir)) throw SysError("remove the pod directory", "unlink", dir, errno);
}

namespace {

// The child's exit codes before exec, for the parent's message.
constexpr int kExitUnshare = 125;           // the child could not make the pod's namespaces
constexpr int kExitAttach = 126;            // it could not join its cgroups or set oom_score_adj
constexpr int kExitUserns = 124;            // it was not given its uid/gid maps, or could not use them
constexpr int kExitRoot = 123;              // it could not make its mount namespace and empty root
constexpr int kExitSysctl = 122;            // it could not turn off IPv6 router advertisements
constexpr int kExitExec = 127;              // execveat of the pause binary failed
constexpr int kExitFault = 121;             // PODRUN_FAULT=pause.released:error (common/fault.h)
constexpr std::size_t kHostnameRoom = 256;  // HOST_NAME_MAX (64) and then some

// The pause holder's own mount namespace, rooted in an empty read-only tmpfs (containerd's
// pause container has the pause image as its root): through /proc/<pause>/root — PID 1 of a
// shareProcessNamespace pod, reachable with CAP_SYS_PTRACE — a container finds nothing of
// the host's. Mounted over the pod directory in this namespace only (the host never sees
// it), pivoted into, the host's tree detached. Returns false with errno.
bool enter_empty_root(const std::string& mount_point) {
  if (::unshare(CLONE_NEWNS) != 0) return false;
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) return false;
  if (::mount("tmpfs", mount_point.c_str(), "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "mode=0555,size=4k,nr_inodes=2") != 0)
    return false;
  if (::chdir(mount_point.c_str()) != 0) return false;
  if (::syscall(SYS_pivot_root, ".", ".") != 0) return false;
  if (::umount2(".", MNT_DETACH) != 0) return false;
  return ::chdir("/") == 0;
}

// IPv6 router advertisements and redirects ignored in the pod's network namespace (the
// CVE-2020-10749 class: a pod's RA would otherwise give the other pods addresses and routes;
// podrun's pods are IPv4 only). `all` and `default` before eth0 exists, so it inherits them.
// Through an fd of the host's /proc taken before the pivot: /proc/sys/net is the writer's
// network namespace. A kernel without IPv6 has nothing to turn off.
bool ignore_router_advertisements(int proc) {
  for (const char* f : {"sys/net/ipv6/conf/all/accept_ra", "sys/net/ipv6/conf/default/accept_ra", "sys/net/ipv6/conf/all/accept_redirects",
                        "sys/net/ipv6/conf/default/accept_redirects"}) {
    int fd = ::openat(proc, f, O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0 && errno == ENOENT) return true;
    if (fd < 0) return false;
    bool ok = ::write(fd, "0", 1) == 1;
    ::close(fd);
    if (!ok) return false;
  }
  return true;
}

// `fd` moved to a number above 3 (the child's 0-3 are dup2'd over); -1 stays -1.
UniqueFd above_stdio(int fd) {
  UniqueFd own(fd);
  if (fd < 0 || fd > 3) return own;
  return UniqueFd(::fcntl(fd, F_DUPFD_CLOEXEC, 4));
}
}  // namespace

PendingPause spawn_pause(const plan::PodPlan& p, const std::string& pause_binary, const std::string& pod_dir, const CpuAffinity* stay) {
  int clone_flags = SIGCHLD, unshare_flags = 0;
  // argv[1], the hostname, has room for any: release_pause may give another (a pooled sandbox
  // learns its pod's only then).
  std::string hostname(kHostnameRoom, '\0');
  p.pause.hostname.copy(hostname.data(), kHostnameRoom - 1);
  std::vector<std::string> args = {"podrun-pause", hostname};
  for (plan::NsKind k : p.pause.creates) {
    switch (k) {
      case plan::NsKind::Net:
        unshare_flags |= CLONE_NEWNET;
        args.push_back("net");
        break;
      case plan::NsKind::Ipc: unshare_flags |= CLONE_NEWIPC; break;
      case plan::NsKind::Uts:
        unshare_flags |= CLONE_NEWUTS;
        args.push_back("uts");
        break;
      case plan::NsKind::Pid:
        clone_flags |= CLONE_NEWPID;
        args.push_back("pid");
        break;
      case plan::NsKind::User: unshare_flags |= CLONE_NEWUSER; break;
      default: break;
    }
  }
  bool userns = unshare_flags & CLONE_NEWUSER;
  bool own_net = unshare_flags & CLONE_NEWNET;
  if (userns && !(p.pause.uid_map && p.pause.uid_map->host_id))
    throw SysError("start the pause holder: hostUsers: false, but no host IDs were allocated for the pod");
  // The binary, opened here as the host's root and exec'd by fd: the child execs it from an
  // empty root, and — hostUsers: false — as an unprivileged host ID that may not be able to
  // reach the directory it lives in (a build in a 0700 home directory).
  // Both it and the ready pipe's write end above fd 3, which the child's dup2s overwrite: a
  // supervisor that has closed its report fd (3) gets that number back from the next open.
  UniqueFd exe = above_stdio(::open(pause_binary.c_str(), O_PATH | O_CLOEXEC));
  if (!exe) throw SysError("start the pause holder", "open", pause_binary, errno);
  int go[2], ready[2], mapped[2];
  if (::pipe2(go, O_CLOEXEC) != 0) throw SysError("start the pause holder", "pipe2", "", errno);
  UniqueFd go_read(go[0]), go_write(go[1]);
  if (::pipe2(ready, O_CLOEXEC) != 0) throw SysError("start the pause holder", "pipe2", "", errno);
  UniqueFd ready_read(ready[0]), ready_write = above_stdio(ready[1]);
  if (!ready_write) throw SysError("start the pause holder", "fcntl", "F_DUPFD_CLOEXEC", errno);
  if (::pipe2(mapped, O_CLOEXEC) != 0) throw SysError("start the pause holder", "pipe2", "", errno);
  UniqueFd mapped_read(mapped[0]), mapped_write(mapped[1]);
  // Everything the child needs is prepared here: after the fork it only makes system calls.
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  char* envp[] = {nullptr};
  CpuAffinity affinity = stay ? *stay : current_affinity();
  const fault::Mode fault_released = fault::armed_at("pause.released");
  pid_t pid = static_cast<pid_t>(::syscall(SYS_clone, clone_flags, nullptr, nullptr, nullptr, 0));
  if (pid < 0) throw SysError("start the pause holder", "clone", "", errno);
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (unshare_flags && !userns && ::unshare(unshare_flags) != 0) ::_exit(kExitUnshare);
    if (!userns) {
      // The namespaces are final: router advertisements go off in the network (before any
      // veth is plugged into it, and before the pod's own sysctls), then 'S' says they exist,
      // so that the pod's network and its first container's child can use them while this
      // process goes on to its exec (await_pause_namespaces).
      int proc = ::open("/proc", O_PATH | O_DIRECTORY | O_CLOEXEC);
      if (proc < 0 || (own_net && !ignore_router_advertisements(proc))) ::_exit(kExitSysctl);
      ::close(proc);
      if (::write(ready_write.get(), "S", 1) != 1) ::_exit(kExitUnshare);
      trace::mark("pause.namespaces");
    }
    // Wait for the parent: the score, the hostname, the empty root's mount point (empty: the
    // pod directory given here), then the cgroup files to attach to, NUL-separated.
    go_write.reset();
    std::string msg;
    char buf[4096];
    for (ssize_t n; (n = ::read(go_read.get(), buf, sizeof buf)) != 0;) {
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) ::_exit(kExitAttach);
      msg.append(buf, static_cast<std::size_t>(n));
    }
    if (msg.empty()) ::_exit(kExitAttach);  // the parent gave up
    trace::mark("pause.released");
    fault::fail_in_child(fault_released, kExitFault);
    // All its CPUs from here: the rest (cgroups joined, its own mount namespace, the exec)
    // runs where a CPU is free, not beside its parent on the one it was placed on (a sandbox
    // made ahead is released while its supervisor goes on with the pod on that CPU).
    restore_affinity(affinity);
    std::vector<std::string> parts;
    for (std::size_t at = 0, end; at < msg.size(); at = end + 1) {
      end = msg.find('\0', at);
      if (end == std::string::npos) end = msg.size();
      parts.push_back(msg.substr(at, end - at));
    }
    std::string adj = parts[0];
    if (parts.size() > 1 && !parts[1].empty()) {
      std::size_t n = parts[1].copy(argv[1], kHostnameRoom - 1);
      argv[1][n] = '\0';
    }
    const std::string& mount_point = parts.size() > 2 && !parts[2].empty() ? parts[2] : pod_dir;
    for (std::size_t i = 3; i < parts.size(); ++i) {
      const std::string& f = parts[i];
      int fd = ::open(f.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0 || ::write(fd, "0", 1) != 1) ::_exit(kExitAttach);
      ::close(fd);
    }
    trace::mark("pause.cgroups");
    int oom = ::open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
    if (oom >= 0) {
      // Without CAP_SYS_RESOURCE the score cannot go down; the supervisor reports it.
      if (::write(oom, adj.data(), adj.size()) < 0 && errno != EACCES && errno != EPERM) ::_exit(kExitAttach);
      ::close(oom);
    }
    // Its own mount namespace and empty root, made as the host's root (so that root of a
    // user namespace can never change it); what it needs of the host's tree opened before.
    int proc = ::open("/proc", O_PATH | O_DIRECTORY | O_CLOEXEC);
    int devnull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    if (proc < 0 || devnull < 0 || mount_point.empty() || !enter_empty_root(mount_point)) ::_exit(kExitRoot);
    if (userns) {
      // The user namespace first in the same call: it owns the namespaces made with it.
      if (::unshare(unshare_flags) != 0) ::_exit(kExitUnshare);
      mapped_write.reset();
      char b = 0;
      if (::write(ready_write.get(), "U", 1) != 1) ::_exit(kExitUserns);
      ssize_t n;
      while ((n = ::read(mapped_read.get(), &b, 1)) < 0 && errno == EINTR) {}
      if (n != 1) ::_exit(kExitUserns);  // the parent gave up
      // Root of the new namespace (host ID start), with no supplementary groups of the host's.
      if (::setgroups(0, nullptr) != 0 || ::setresgid(0, 0, 0) != 0 || ::setresuid(0, 0, 0) != 0) ::_exit(kExitUserns);
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // a change of credentials cleared it
      if (::getppid() == 1) ::_exit(kExitUserns);
    }
    if (userns && own_net && !ignore_router_advertisements(proc)) ::_exit(kExitSysctl);
    ::close(proc);
    trace::mark("pause.root");
    // 0-2 /dev/null, the ready pipe as 3, nothing else (dup2 clears close-on-exec).
    if (::dup2(devnull, 0) != 0 || ::dup2(devnull, 1) != 1 || ::dup2(devnull, 2) != 2 || ::dup2(ready_write.get(), 3) != 3)
      ::_exit(kExitExec);
    if (close_fds_on_exec(4) != 0) ::_exit(kExitExec);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::syscall(SYS_execveat, exe.get(), "", argv.data(), envp, AT_EMPTY_PATH);
    ::_exit(kExitExec);
  }
  // Its namespaces (a network namespace costs the kernel about 0.6 ms) are made on the other
  // CPU while this process makes the pod's cgroups and files.
  if (!stay) place_on_other_cpu(pid, affinity);
  PendingPause pending{pid, std::move(go_write), std::move(ready_read), {}, std::nullopt, {}};
  if (userns) {
    pending.mapped = std::move(mapped_write);
    pending.userns_host_id = *p.pause.uid_map->host_id;
  }
  return pending;
}

std::string pause_release_message(const plan::PodPlan& p, const std::vector<std::string>& cgroup_attach, const std::string& mount_point) {
  std::string msg = std::to_string(p.pause.oom_score_adj);
  msg += '\0';
  msg += p.pause.hostname.substr(0, kHostnameRoom - 1);
  msg += '\0';
  msg += mount_point;
  for (const auto& f : cgroup_attach) {
    msg += '\0';
    msg += f;
  }
  return msg;
}

void release_pause(PendingPause& pending, const plan::PodPlan& p, const std::vector<std::string>& cgroup_attach,
                   const std::string& mount_point) {
  std::string msg = pause_release_message(p, cgroup_attach, mount_point);
  // Far below PIPE_BUF's 4 KiB for any cgroup path podrun makes: one write, never blocks.
  if (::write(pending.go.get(), msg.data(), msg.size()) != static_cast<ssize_t>(msg.size()))
    throw SysError("start the pause holder", "write", "its go pipe", errno);
  pending.go.reset();
  pending.released = std::move(msg);
}

namespace {
// The pause holder did not get where it was asked to: killed, reaped, and why, from its exit
// status (each step of its child exits with its own code).
[[noreturn]] void pause_failed(PendingPause& pending, const std::string& pause_binary) {
  ::kill(pending.pid, SIGKILL);
  int status = 0;
  ::waitpid(pending.pid, &status, 0);
  pending.pid = 0;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::string why = code == kExitUnshare  ? ": it could not make the pod's namespaces (unshare)"
                    : code == kExitAttach ? ": it could not join its cgroups"
                    : code == kExitUserns ? ": it could not become root of its user namespace (uid/gid maps)"
                    : code == kExitRoot   ? ": it could not make its own mount namespace and empty root"
                    : code == kExitSysctl ? ": it could not turn off IPv6 router advertisements in the pod's network"
                    : code == kExitExec   ? ": execveat of the binary failed"
                    : code == kExitFault  ? ": injected fault at pause.released"
                                          : "";
  throw SysError("the pause holder " + pause_binary + " did not start (exit status " + std::to_string(code) + ")" + why);
}

bool read_ready_byte(PendingPause& pending, char& byte) {
  pollfd pfd{pending.ready.get(), POLLIN, 0};
  return ::poll(&pfd, 1, 5000) == 1 && ::read(pending.ready.get(), &byte, 1) == 1;
}
}  // namespace

void await_pause_namespaces(PendingPause& pending, const std::string& pause_binary) {
  if (pending.namespaces_made || pending.userns_host_id) return;
  char byte = 0;
  if (!read_ready_byte(pending, byte) || byte != 'S') pause_failed(pending, pause_binary);
  pending.namespaces_made = true;
}

PauseHolder pause_namespaces(int pid, const plan::PodPlan& p) {
  PauseHolder h;
  h.pid = pid;
  for (plan::NsKind k : p.pause.creates) {
    std::string path = "/proc/" + std::to_string(h.pid) + "/ns/" + plan::ns_name(k);
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw SysError("open the pod's namespaces", "open", path, errno);
    h.ns[k] = std::make_shared<UniqueFd>(fd);
  }
  return h;
}

void await_pause_ready(PendingPause& pending, const std::string& pause_binary) {
  pending.go.reset();  // not released: the child gives up
  await_pause_namespaces(pending, pause_binary);
  char byte = 0;
  bool ok = read_ready_byte(pending, byte);
  if (ok && pending.userns_host_id) {
    // 'U': in its user namespace, waiting for the maps; then 'R' from podrun-pause.
    ok = byte == 'U';
    if (ok) {
      try {
        write_id_maps(pending.pid, *pending.userns_host_id);
      } catch (const SysError&) {
        ok = false;
      }
    }
    ok = ok && ::write(pending.mapped.get(), "M", 1) == 1;
    pending.mapped.reset();
    ok = ok && read_ready_byte(pending, byte);
  }
  if (!ok || byte != 'R') pause_failed(pending, pause_binary);
}

PauseHolder await_pause(PendingPause& pending, const plan::PodPlan& p, const std::string& pause_binary) {
  await_pause_ready(pending, pause_binary);
  return pause_namespaces(pending.pid, p);
}

void write_sysctls(const PauseHolder& pause, const std::vector<plan::SysctlPlan>& sysctls) {
  if (sysctls.empty()) return;
  // 1. Everything the child needs, made before the fork: paths, values, namespace fds.
  struct Item {
    std::string path, value;
  };
  std::vector<Item> items;
  int net = -1, ipc = -1;
  for (const auto& s : sysctls) {
    if (!s.ns) throw SysError("sysctl " + s.name + " is not namespaced: setting it would change the whole machine");
    plan::NsKind kind = *s.ns;
    auto ns = pause.ns.find(kind);
    if (ns == pause.ns.end() || !ns->second)
      throw SysError("sysctl " + s.name + ": the pod has no " + plan::ns_name(kind) + " namespace of its own to set it in");
    (kind == plan::NsKind::Net ? net : ipc) = ns->second->get();
    // The dotted name back to its file: dots are separators, slashes were dots in a component.
    std::string rel = s.name;
    for (char& ch : rel) ch = ch == '.' ? '/' : ch == '/' ? '.' : ch;
    items.push_back({"/proc/sys/" + rel, s.value});
  }
  // With a user namespace, the sysctl files of the namespaces it owns are its root's: the
  // writer becomes that root (the host's root is "other" to them).
  int user = -1;
  if (auto u = pause.ns.find(plan::NsKind::User); u != pause.ns.end() && u->second) user = u->second->get();
  int report[2];
  if (::pipe2(report, O_CLOEXEC) != 0) throw SysError("set the pod's sysctls", "pipe2", "", errno);
  UniqueFd report_read(report[0]), report_write(report[1]);
  // 2. The child: join, open, check, write; on failure, which item, which step and errno.
  struct Failure {
    int item, step, err;
  };
  pid_t child = ::fork();
  if (child < 0) throw SysError("set the pod's sysctls", "fork", "", errno);
  if (child == 0) {
    auto fail = [&](int item, int step) {
      Failure f{item, step, errno};
      (void)!::write(report_write.get(), &f, sizeof f);
      ::_exit(1);
    };
    if (net >= 0 && ::setns(net, CLONE_NEWNET) != 0) fail(-1, 0);
    if (ipc >= 0 && ::setns(ipc, CLONE_NEWIPC) != 0) fail(-1, 1);
    if (user >= 0 && (::setns(user, CLONE_NEWUSER) != 0 || ::setresgid(0, 0, 0) != 0 || ::setresuid(0, 0, 0) != 0)) fail(-1, 5);
    for (std::size_t i = 0; i < items.size(); ++i) {
      int fd = ::open(items[i].path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
      if (fd < 0) fail(static_cast<int>(i), 2);
      struct statfs sfs {};
      if (::fstatfs(fd, &sfs) != 0 || sfs.f_type != PROC_SUPER_MAGIC) {
        errno = EXDEV;
        fail(static_cast<int>(i), 3);
      }
      if (::write(fd, items[i].value.data(), items[i].value.size()) != static_cast<ssize_t>(items[i].value.size()))
        fail(static_cast<int>(i), 4);
      ::close(fd);
    }
    ::_exit(0);
  }
  report_write.reset();
  Failure f{};
  ssize_t n = ::read(report_read.get(), &f, sizeof f);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {}
  if (n == static_cast<ssize_t>(sizeof f)) {
    static const char* const steps[] = {
        "setns net", "setns ipc", "open", "fstatfs (not procfs)", "write", "become root of the user namespace"};
    std::string what = f.item >= 0 ? "sysctl " + sysctls[f.item].name + "=" + sysctls[f.item].value : "the pod's sysctls";
    throw SysError("set " + what, steps[f.step], f.item >= 0 ? items[f.item].path : "", f.err);
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw SysError("set the pod's sysctls: the helper process failed");
}

PauseHolder start_pause(const plan::PodPlan& p, const std::string& pause_binary, const std::string& pod_dir,
                        const std::vector<std::string>& cgroup_attach) {
  PendingPause pending = spawn_pause(p, pause_binary, pod_dir);
  try {
    release_pause(pending, p, cgroup_attach);
    return await_pause(pending, p, pause_binary);
  } catch (...) {
    if (pending.pid > 0) {
      ::kill(pending.pid, SIGKILL);
      ::waitpid(pending.pid, nullptr, 0);
    }
    throw;
  }
}

}  // namespace podrun::exec
