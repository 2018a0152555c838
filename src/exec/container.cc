// A container's child, from clone to execve: join the pod, cgroups, user and PID namespaces,
// the root filesystem, credentials, capabilities, seccomp, fds. Over 600 lines on purpose: it is
// one sequence whose order is the security argument (runc's and crun's are one file too), and
// reading it top to bottom is how a reviewer checks that nothing happens before it may.
#include "exec/container.h"

#include "exec/placement.h"

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/magic.h>
#include <linux/openat2.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "common/capabilities.h"
#include "common/files.h"
#include "common/run_dirs.h"
#include "common/trace.h"
#include "exec/caps.h"
#include "exec/console.h"
#include "exec/fds.h"
#include "exec/mount_api.h"
#include "exec/rlimits.h"
#include "exec/seccomp.h"
#include "exec/signals.h"
#include "exec/userns.h"
#include "image/rootfs.h"

namespace podrun::exec {

namespace {

// ---------------------------------------------------------------------------------------------
// The typed message a child sends its parent when a step fails (crun's sync socket, youki's
// Message): which step, which syscall, which path, errno. Success is the socket closing on
// execve (it is close-on-exec), so a started container costs no message at all.

struct ChildFailure {
  char step[64];
  char syscall[32];
  char path[256];
  int err;
  int start_error;  // 1: the executable could not be run (Kubernetes' StartError)
};

[[noreturn]] void child_fail(int sock, const char* step, const char* syscall, const std::string& path, int err, bool start_error = false) {
  ChildFailure f{};
  std::snprintf(f.step, sizeof f.step, "%s", step);
  std::snprintf(f.syscall, sizeof f.syscall, "%s", syscall);
  std::snprintf(f.path, sizeof f.path, "%s", path.c_str());
  f.err = err;
  f.start_error = start_error ? 1 : 0;
  if (::send(sock, &f, sizeof f, MSG_NOSIGNAL) < 0) {}
  ::_exit(start_error ? 128 : 126);
}

// openat2 RESOLVE_IN_ROOT: a path inside `root` that cannot escape it, whatever symlinks a
// container (or an emptyDir it wrote) planted.
int open_in_root(int rootfd, const std::string& path, int flags) {
  open_how how{};
  how.flags = static_cast<unsigned long long>(flags | O_CLOEXEC);
  how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
  return static_cast<int>(::syscall(SYS_openat2, rootfd, path.c_str(), &how, sizeof how));
}

// mkdir -p of `path` inside `root`, each component resolved in the root; returns an O_PATH fd
// of the last one (a directory, or a file when `file` is set).
int make_in_root(int rootfd, const std::string& path, bool file) {
  std::string sofar;
  std::size_t start = 0;
  while (start < path.size()) {
    std::size_t slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    start = slash == std::string::npos ? path.size() : slash + 1;
    if (part.empty() || part == ".") continue;
    bool last = start >= path.size();
    std::string next = sofar + "/" + part;
    int fd = open_in_root(rootfd, next, O_PATH);
    if (fd < 0) {
      int parent = sofar.empty() ? ::dup(rootfd) : open_in_root(rootfd, sofar, O_PATH | O_DIRECTORY);
      if (parent < 0) return -1;
      if (last && file) {
        int created = ::openat(parent, part.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (created >= 0) ::close(created);
      } else {
        ::mkdirat(parent, part.c_str(), 0755);
      }
      ::close(parent);
      fd = open_in_root(rootfd, next, O_PATH);
      if (fd < 0) return -1;
    }
    if (last) return fd;
    ::close(fd);
    sofar = next;
  }
  return ::dup(rootfd);
}

std::string fd_path(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

// Where a mount's source is on the host (a subPath is resolved apart); for a new filesystem,
// its type, as the mount's source name.
std::string host_source(const plan::MountPlan& m, const state::PodPaths& pod) {
  using Kind = plan::MountSource::Kind;
  switch (m.source.kind) {
    case Kind::Filesystem: return plan::mount_type_name(m.type);
    case Kind::Image: return "";  // the root filesystem: mounted apart (image::prepare_rootfs)
    case Kind::PodFile: return pod.pod_file(m.source.ref);
    case Kind::PodShm: return pod.shm();
    case Kind::Volume: return pod.volume(m.source.ref);
    case Kind::Host: return m.source.ref;
    case Kind::ImageVolume: return "";  // staged apart (stage_image_volume)
  }
  return "";
}

// An image volume's image, read-only at <pod>/containers/<name>/image-volumes/N in this mount
// namespace only, then bound to its mount point like any volume: it goes with the namespace, so
// there is nothing to undo on the host, at a failure or at delete. hostUsers: false: its layers
// idmapped first, as the root filesystem's are, so that the image's root owns its files.
std::string stage_image_volume(int sock, const ContainerLaunch& l, const plan::MountPlan& m, std::size_t n) {
  const std::string step = "mount image volume " + m.volume;
  auto it = l.image_volumes.find(m.source.ref);
  if (it == l.image_volumes.end() || it->second.empty())
    child_fail(sock, step.c_str(), "open", "image " + m.source.ref + ": no layers in the store", ENOENT);
  std::vector<std::string> layers = it->second;
  const std::string base = l.container_dir + "/image-volumes", dir = base + "/" + std::to_string(n);
  for (const std::string& d : {l.container_dir, base, dir})
    if (::mkdir(d.c_str(), 0700) != 0 && errno != EEXIST) child_fail(sock, step.c_str(), "mkdir", d, errno);
  if (l.user_ns >= 0 && l.userns_idmap) {
    for (std::size_t i = 0; i < layers.size(); ++i) {
      const std::string at = dir + "/lower-" + std::to_string(i);
      UniqueFd fd(idmapped_mount(AT_FDCWD, layers[i], l.user_ns));
      if (!fd) child_fail(sock, (step + ": idmap its layers").c_str(), "mount_setattr", layers[i], errno);
      if ((::mkdir(at.c_str(), 0700) != 0 && errno != EEXIST) ||
          ::move_mount(fd.get(), "", AT_FDCWD, at.c_str(), MOVE_MOUNT_F_EMPTY_PATH) != 0)
        child_fail(sock, (step + ": idmap its layers").c_str(), "move_mount", at, errno);
      layers[i] = at;
    }
  }
  const std::string root = dir + "/root";
  try {
    image::mount_image_read_only(layers, root);
  } catch (const std::exception& e) {
    child_fail(sock, step.c_str(), "mount", std::string(e.what()).substr(0, 200), EINVAL);
  }
  return root;
}

std::string join_options(const std::vector<std::string>& opts, const std::vector<std::string>& skip) {
  std::string out;
  for (const auto& o : opts)
    if (std::find(skip.begin(), skip.end(), o) == skip.end() && o.find('=') != std::string::npos) out += (out.empty() ? "" : ",") + o;
  return out;
}

unsigned long mount_flags(const std::vector<std::string>& opts) {
  unsigned long f = 0;
  for (const auto& o : opts) {
    if (o == "nosuid") f |= MS_NOSUID;
    if (o == "noexec") f |= MS_NOEXEC;
    if (o == "nodev") f |= MS_NODEV;
    if (o == "ro") f |= MS_RDONLY;
    if (o == "strictatime") f |= MS_STRICTATIME;
  }
  return f;
}

// The standard device nodes in the container's /dev (a tmpfs): the OCI runtime spec's set.
void make_devices(int sock, const std::string& dev) {
  struct Node {
    const char* name;
    unsigned major, minor;
  } nodes[] = {{"null", 1, 3}, {"zero", 1, 5}, {"full", 1, 7}, {"random", 1, 8}, {"urandom", 1, 9}, {"tty", 5, 0}};
  // 0666 whatever the umask (kContainerUmask): without it, a chmod after each node, a path walk
  // through /proc/self/fd each (20 µs of a container's start here).
  struct UmaskZero {
    mode_t saved = ::umask(0);
    ~UmaskZero() { ::umask(saved); }
  } umask_zero;
  for (const auto& n : nodes) {
    std::string p = dev + "/" + n.name;
    if (::mknod(p.c_str(), S_IFCHR | 0666, makedev(n.major, n.minor)) == 0) continue;
    // A user namespace (a rootless session) may not make device nodes: the host's own node is
    // bound over an empty file instead, as runc does for a rootless container.
    if (errno != EPERM) child_fail(sock, "create /dev", "mknod", p, errno);
    int fd = ::open(p.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0) child_fail(sock, "create /dev", "open", p, errno);
    ::close(fd);
    std::string host = std::string("/dev/") + n.name;
    if (::mount(host.c_str(), p.c_str(), nullptr, MS_BIND, nullptr) != 0) child_fail(sock, "create /dev", "mount (bind)", host, errno);
  }
  struct Link {
    const char* name;
    const char* target;
  } links[] = {{"fd", "/proc/self/fd"},
               {"stdin", "/proc/self/fd/0"},
               {"stdout", "/proc/self/fd/1"},
               {"stderr", "/proc/self/fd/2"},
               {"ptmx", "pts/ptmx"}};
  for (const auto& l : links)
    if (::symlink(l.target, (dev + "/" + l.name).c_str()) != 0) child_fail(sock, "create /dev", "symlink", dev + "/" + l.name, errno);
}

// privileged: every device node of the host's /dev (and of its subdirectories, /dev/net/tun,
// /dev/dri/...), as containerd gives a privileged container, except what the container's /dev
// has of its own (pts, shm, mqueue, the standard nodes).
void make_host_devices(int sock, const std::string& dev) {
  std::vector<std::string> dirs = {""};
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    std::string rel = dirs[i];
    DIR* d = ::opendir(("/dev" + rel).c_str());
    if (!d) continue;
    while (dirent* e = ::readdir(d)) {
      std::string name = e->d_name;
      if (name == "." || name == ".." || (rel.empty() && (name == "pts" || name == "shm" || name == "mqueue"))) continue;
      std::string host = "/dev" + rel + "/" + name, mine = dev + rel + "/" + name;
      struct stat st {};
      if (::lstat(host.c_str(), &st) != 0) continue;
      if (S_ISDIR(st.st_mode) && rel.empty()) {
        ::mkdir(mine.c_str(), 0755);
        dirs.push_back("/" + name);
      } else if ((S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) && ::faccessat(AT_FDCWD, mine.c_str(), F_OK, AT_SYMLINK_NOFOLLOW) != 0) {
        if (::mknod(mine.c_str(), st.st_mode, st.st_rdev) != 0) {
          ::closedir(d);
          child_fail(sock, "create the host's devices (privileged)", "mknod", mine, errno);
        }
        ::chown(mine.c_str(), st.st_uid, st.st_gid);
      }
    }
    ::closedir(d);
  }
}

// `at` (an O_PATH fd) covered by a read-only copy of its own mounts (AT_RECURSIVE: what is
// mounted below it is read-only too). 0, or the errno with the call that failed in `call`
// (ENOSYS: a kernel before 5.12).
int readonly_copy_over(int at, const char*& call) {
  call = "open_tree";
  UniqueFd copy(::open_tree(at, "", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_EMPTY_PATH | AT_RECURSIVE));
  if (!copy) return errno;
  struct mount_attr attr {};
  attr.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC;
  call = "mount_setattr";
  if (::mount_setattr(copy.get(), "", AT_EMPTY_PATH | AT_RECURSIVE, &attr, sizeof attr) != 0) return errno;
  call = "move_mount";
  if (::move_mount(copy.get(), "", at, "", MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_EMPTY_PATH) != 0) return errno;
  return 0;
}

// Kubernetes' masked paths (a file gets /dev/null bound over it, a directory an empty
// read-only tmpfs) and read-only paths (bound onto themselves, read-only). Every path is
// resolved inside the root without following a final symlink; /proc must be the procfs just
// mounted (CVE-2019-16884) and /dev/null the null device (CVE-2025-31133), or the masks could
// be redirected onto something else.
void confine_paths(int sock, int rootfd, const plan::SecurityPlan& sp) {
  if (sp.masked_paths.empty() && sp.readonly_paths.empty()) return;
  int procfd = open_in_root(rootfd, "/proc", O_PATH | O_DIRECTORY);
  struct statfs sfs {};
  if (procfd < 0 || ::fstatfs(procfd, &sfs) != 0 || sfs.f_type != PROC_SUPER_MAGIC)
    child_fail(sock, "mask /proc paths", "fstatfs", "/proc is not a procfs", procfd < 0 ? errno : EXDEV);
  ::close(procfd);
  int nullfd = open_in_root(rootfd, "/dev/null", O_PATH | O_NOFOLLOW);
  struct stat nst {};
  if (nullfd < 0 || ::fstat(nullfd, &nst) != 0 || !S_ISCHR(nst.st_mode) || nst.st_rdev != makedev(1, 3))
    child_fail(sock, "mask /proc paths", "fstat", "/dev/null is not the null device", nullfd < 0 ? errno : EXDEV);
  for (const auto& path : sp.masked_paths) {
    int t = open_in_root(rootfd, path, O_PATH | O_NOFOLLOW);
    if (t < 0 && errno == ENOENT) continue;  // not on this kernel
    if (t < 0) child_fail(sock, "mask a path", "openat2", path, errno);
    struct stat st {};
    ::fstat(t, &st);
    int rc = S_ISDIR(st.st_mode) ? ::mount("tmpfs", fd_path(t).c_str(), "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=0")
                                 : ::mount(fd_path(nullfd).c_str(), fd_path(t).c_str(), nullptr, MS_BIND, nullptr);
    if (rc != 0) child_fail(sock, "mask a path", "mount", path, errno);
    ::close(t);
  }
  ::close(nullfd);
  for (const auto& path : sp.readonly_paths) {
    int t = open_in_root(rootfd, path, O_PATH | O_NOFOLLOW);
    if (t < 0 && errno == ENOENT) continue;
    if (t < 0) child_fail(sock, "make a path read-only", "openat2", path, errno);
    // A detached copy of the path's mounts, made read-only (nosuid, nodev, noexec) before it
    // is attached over the path: three calls on fds, where a bind and a remount walk the path
    // twice more through /proc/self/fd (20 µs a path here, 50 µs of each container's start).
    // Before Linux 5.12 (no mount_setattr), the bind and the remount.
    const char* call = "";
    if (int err = readonly_copy_over(t, call)) {
      if (err != ENOSYS) child_fail(sock, "make a path read-only", call, path, err);
    } else {
      ::close(t);
      continue;
    }
    if (::mount(fd_path(t).c_str(), fd_path(t).c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0)
      child_fail(sock, "make a path read-only", "mount", path, errno);
    ::close(t);
    int mounted = open_in_root(rootfd, path, O_PATH | O_NOFOLLOW);  // the new mount, not what is under it
    if (mounted < 0 || ::mount(nullptr, fd_path(mounted).c_str(), nullptr,
                               MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0)
      child_fail(sock, "make a path read-only", "mount", path, errno);
    ::close(mounted);
  }
}

// The cgroup hierarchies in which the container has a cgroup of its own, as /proc/self/cgroup
// names their controllers ("memory", "cpu,cpuacct", "name=systemd"; "" for cgroup2), read
// after the child joined its cgroups and before it makes its cgroup namespace. A hierarchy
// where it is still in the root (cpuset, blkio, systemd's, a hybrid host's unified one: podrun
// makes no cgroup there) would show the host's whole tree through /sys/fs/cgroup, and a
// release_agent: it is left out. Known before mounting, so nothing is mounted to be unmounted
// (an unmount waits for an RCU grace period).
std::vector<std::string> own_cgroup_hierarchies() {
  std::vector<std::string> out;
  for (const std::string& line : files::split(files::read("/proc/self/cgroup").value_or(""), '\n')) {
    std::size_t a = line.find(':'), b = line.find(':', a + 1);
    if (a == std::string::npos || b == std::string::npos || line.substr(b + 1) == "/") continue;
    out.push_back(line.substr(a + 1, b - a - 1));
  }
  return out;
}

// /sys/fs/cgroup as containerd mounts it: the container's own cgroups, seen through its cgroup
// namespace (the root of every hierarchy is its cgroup, so no release_agent is there), read-only
// unless privileged. cgroup v2: one cgroup2 mount. v1: a tmpfs with a mount per hierarchy of
// `own` (own_cgroup_hierarchies), named as the host names it ("cpu,cpuacct" also as cpu and
// cpuacct; "unified" for a hybrid host's cgroup2). `dest` is resolved in the container's
// root, as every mount point (an image's /sys may be a symlink); below the new tmpfs, plain
// names. Read-only as a flag of each mount, never of a superblock (the host's hierarchies are
// the same superblocks). Returns -1 with errno.
int mount_cgroupfs(int rootfd, const std::string& dest, unsigned long flags, const std::vector<std::string>& own) {
  bool ro = flags & MS_RDONLY;
  unsigned long base = flags & ~(MS_RDONLY | MS_STRICTATIME);
  auto seal = [&](const std::string& p) {
    return ro ? ::mount(nullptr, p.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | base, nullptr) : 0;
  };
  // The mount point, then (once mounted) the new mount's root: an fd names the dentry it was
  // opened on, so it is opened again after the mount.
  auto reopen = [&]() { return open_in_root(rootfd, dest, O_PATH | O_DIRECTORY); };
  UniqueFd point(reopen());
  if (!point) return -1;
  struct statfs sfs {};
  bool v2 = ::statfs("/sys/fs/cgroup", &sfs) == 0 && sfs.f_type == CGROUP2_SUPER_MAGIC;
  if (::mount(v2 ? "cgroup2" : "tmpfs", fd_path(point.get()).c_str(), v2 ? "cgroup2" : "tmpfs", base, v2 ? nullptr : "mode=755") != 0)
    return -1;
  UniqueFd top(reopen());
  if (!top) return -1;
  std::string dir = fd_path(top.get());
  if (v2) return seal(dir);
  std::vector<std::string> hierarchies;
  for (const auto& ctrls : own) {
    std::string name = ctrls.empty() ? "unified" : ctrls.rfind("name=", 0) == 0 ? ctrls.substr(5) : ctrls;
    std::string at = dir + "/" + name;
    if (::mkdir(at.c_str(), 0755) != 0) return -1;
    int rc = ctrls.empty() ? ::mount("cgroup2", at.c_str(), "cgroup2", base, nullptr)
                           : ::mount("cgroup", at.c_str(), "cgroup", base, ctrls.c_str());
    if (rc != 0) return -1;
    hierarchies.push_back(at);
    if (ctrls.find(',') != std::string::npos && ctrls.find('=') == std::string::npos) {
      for (const std::string& part : files::split(ctrls, ',')) ::symlink(ctrls.c_str(), (dir + "/" + part).c_str());
    }
  }
  if (!ro) return 0;
  // Read-only: the tmpfs and every hierarchy below it in one call (mount_setattr, Linux 5.12:
  // like a remount, a flag of each mount); before 5.12 a remount of each.
  struct mount_attr attr {};
  attr.attr_set = MOUNT_ATTR_RDONLY;
  if (::mount_setattr(top.get(), "", AT_EMPTY_PATH | AT_RECURSIVE, &attr, sizeof attr) == 0) return 0;
  if (errno != ENOSYS) return -1;
  for (const auto& at : hierarchies)
    if (seal(at) != 0) return -1;
  return seal(dir);
}

// The mounts of the plan, inside the container's new mount namespace, then pivot_root.
void setup_filesystem(int sock, const ContainerLaunch& l, const std::vector<std::string>& own_cgroups) {
  // 1. Nothing we mount may propagate back to the host.
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_SLAVE, nullptr) != 0) child_fail(sock, "make / rslave", "mount", "/", errno);
  // 2. The root filesystem: an overlay of the image's layers.
  const std::string& root = l.rootfs;
  std::vector<std::string> layers = l.layers;
  image::RootfsOptions ro;
  if (l.user_ns >= 0 && !l.userns_idmap) {
    ro.force_copy = true;
    ro.id_shift = l.userns_host_id;
    ro.upper_owner = l.userns_host_id;
  } else if (l.user_ns >= 0) {
    // hostUsers: false: each layer through an idmapped mount, so that a file of the image's
    // root (0 on disk) is the container's root (the pod's first host ID); overlayfs stacks on
    // idmapped layers (Linux 5.19). They live in this mount namespace only.
    std::string lower = l.container_dir + "/lower";
    if ((::mkdir(l.container_dir.c_str(), 0700) != 0 && errno != EEXIST) || (::mkdir(lower.c_str(), 0700) != 0 && errno != EEXIST))
      child_fail(sock, "idmap the image's layers", "mkdir", lower, errno);
    for (std::size_t i = 0; i < layers.size(); ++i) {
      std::string at = lower + "/" + std::to_string(i);
      int fd = idmapped_mount(AT_FDCWD, layers[i], l.user_ns);
      if (fd < 0)
        child_fail(sock, "idmap the image's layers (Linux 5.19 or later, a filesystem that allows it)", "mount_setattr", layers[i], errno);
      if ((::mkdir(at.c_str(), 0700) != 0 && errno != EEXIST) || ::move_mount(fd, "", AT_FDCWD, at.c_str(), MOVE_MOUNT_F_EMPTY_PATH) != 0)
        child_fail(sock, "idmap the image's layers", "move_mount", at, errno);
      ::close(fd);
      layers[i] = at;
    }
    ro.upper_owner = l.userns_host_id;
  } else {
    ro.mount_points = l.mount_points;  // (not idmapped: a pod with its own user namespace creates the files)
  }
  try {
    image::prepare_rootfs(layers, l.container_dir, root, ro);
  } catch (const std::exception& e) {
    child_fail(sock, "mount the root filesystem", "mount", std::string(e.what()).substr(0, 200), EINVAL);
  }
  int rootfd = ::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (rootfd < 0) child_fail(sock, "open the root filesystem", "open", root, errno);
  trace::mark("child.rootfs");
  // 3. Every other mount of the plan, in order.
  std::size_t image_volumes = 0;
  for (const auto& m : l.plan->mounts) {
    if (m.destination == "/") continue;
    bool file = m.destination.rfind("/etc/", 0) == 0;  // /etc/hosts, /etc/hostname, /etc/resolv.conf
    const bool image_volume = m.source.kind == plan::MountSource::Kind::ImageVolume;
    std::string source = image_volume ? stage_image_volume(sock, l, m, image_volumes++) : host_source(m, l.pod);
    if (m.type == plan::MountType::Bind) {
      struct stat st {};
      if (::stat(source.c_str(), &st) == 0) file = !S_ISDIR(st.st_mode);
    }
    // subPath: resolved inside the volume, never following a link out of it.
    int srcfd = -1;
    if (m.type == plan::MountType::Bind && !m.source.sub_path.empty()) {
      int basefd = ::open(source.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
      if (basefd < 0) child_fail(sock, "open the volume", "open", source, errno);
      // The kubelet creates a missing subPath; in an image volume it must exist (KEP-4639: the
      // runtime fails the container), and nothing can be created in it anyway.
      srcfd = image_volume ? open_in_root(basefd, m.source.sub_path, O_PATH) : make_in_root(basefd, m.source.sub_path, false);
      ::close(basefd);
      if (srcfd < 0)
        child_fail(sock, image_volume ? "resolve subPath in the image volume" : "resolve subPath", "openat2",
                   (image_volume ? m.source.ref : source) + "/" + m.source.sub_path, errno);
      struct stat st {};
      if (::fstat(srcfd, &st) == 0) file = !S_ISDIR(st.st_mode);
      source = fd_path(srcfd);
    }
    int target = make_in_root(rootfd, m.destination, file);
    if (target < 0) child_fail(sock, "create mount point", "openat2", m.destination, errno);
    std::string tpath = fd_path(target);
    int rc;
    // (an image volume's idmap is its layers', made as it was staged)
    bool idmap =
        !image_volume && l.user_ns >= 0 && l.userns_idmap && std::find(m.options.begin(), m.options.end(), "idmap") != m.options.end();
    if (m.type == plan::MountType::Bind && idmap) {
      // What the pod owns, through the pod's user namespace (idmapped, Linux 5.12; tmpfs 6.3).
      int fd = idmapped_mount(srcfd >= 0 ? srcfd : AT_FDCWD, srcfd >= 0 ? "" : source, l.user_ns);
      if (fd < 0) child_fail(sock, ("idmap " + m.destination).c_str(), "mount_setattr", source, errno);
      rc = ::move_mount(fd, "", target, "", MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_EMPTY_PATH);
      if (rc != 0) child_fail(sock, ("mount " + m.destination).c_str(), "move_mount", source, errno);
      ::close(fd);
    }
    if (m.type == plan::MountType::Cgroup) {
      rc = mount_cgroupfs(rootfd, m.destination, mount_flags(m.options), own_cgroups);
    } else if (m.type == plan::MountType::Bind) {
      if (!idmap) rc = ::mount(source.c_str(), tpath.c_str(), nullptr, MS_BIND | MS_REC, nullptr);
      unsigned long flags = mount_flags(m.options);
      if (rc == 0 && flags) {
        // Read-only (and nosuid...) take a remount of the new mount's root: resolve the path
        // again, the old fd still names the directory underneath.
        int mounted = open_in_root(rootfd, m.destination, O_PATH);
        if (mounted < 0) child_fail(sock, ("mount " + m.destination).c_str(), "openat2", m.destination, errno);
        rc = ::mount(nullptr, fd_path(mounted).c_str(), nullptr, MS_BIND | MS_REMOUNT | flags, nullptr);
        ::close(mounted);
      }
    } else {
      // Read-only as a flag of this mount, never of the filesystem: the pod's containers share
      // one sysfs superblock (it is per network namespace), and a read-only superblock would
      // make a privileged container's /sys read-only too.
      std::string data = join_options(m.options, {});
      unsigned long flags = mount_flags(m.options);
      const char* fstype = plan::mount_type_name(m.type);
      rc = ::mount(fstype, tpath.c_str(), fstype, flags & ~MS_RDONLY, data.empty() ? nullptr : data.c_str());
      // In a rootless session a container that shares the session's PID or IPC namespace
      // (hostPID, hostIPC: the host's) may not mount a new proc or mqueue over them; the ones
      // this process sees are bound instead, as runc does for a rootless container.
      const char* shared = m.type == plan::MountType::Proc     ? "/proc"
                           : m.type == plan::MountType::Mqueue ? "/dev/mqueue"
                           : m.type == plan::MountType::Sysfs  ? "/sys"
                                                               : nullptr;
      if (rc != 0 && errno == EPERM && shared && in_rootless_session()) {
        // No /dev/mqueue on the host (nothing mounted it): the container has none either.
        rc = m.type == plan::MountType::Mqueue && !files::exists(shared)
                 ? 0
                 : ::mount(shared, tpath.c_str(), nullptr, MS_BIND | MS_REC, nullptr);
        if (rc == 0 && files::exists(shared)) {
          int mounted = open_in_root(rootfd, m.destination, O_PATH);  // the new mount, not the directory under it
          if (mounted < 0) child_fail(sock, ("mount " + m.destination).c_str(), "openat2", m.destination, errno);
          rc = ::mount(nullptr, fd_path(mounted).c_str(), nullptr, MS_BIND | MS_REMOUNT | (flags & (MS_NOSUID | MS_NODEV | MS_NOEXEC)),
                       nullptr);
          ::close(mounted);
        }
      }
      if (rc == 0 && (flags & MS_RDONLY)) {
        int mounted = open_in_root(rootfd, m.destination, O_PATH);
        if (mounted < 0) child_fail(sock, ("mount " + m.destination).c_str(), "openat2", m.destination, errno);
        rc = ::mount(nullptr, fd_path(mounted).c_str(), nullptr, MS_BIND | MS_REMOUNT | (flags & ~MS_STRICTATIME), nullptr);
        ::close(mounted);
      }
    }
    if (rc != 0) child_fail(sock, ("mount " + m.destination).c_str(), "mount", source, errno);
    ::close(target);
    if (srcfd >= 0) ::close(srcfd);
    if (m.destination == "/dev") {
      // Through the new tmpfs itself, resolved in the root: a plain "<root>/dev" would follow an
      // image whose /dev is a symlink to a host path and make the nodes there.
      UniqueFd dev(open_in_root(rootfd, m.destination, O_PATH | O_DIRECTORY));
      if (!dev) child_fail(sock, "create /dev", "openat2", m.destination, errno);
      make_devices(sock, fd_path(dev.get()));
      if (l.plan->security.privileged) make_host_devices(sock, fd_path(dev.get()));
    }
  }
  trace::mark("child.mounts");
  confine_paths(sock, rootfd, l.plan->security);
  trace::mark("child.confined");
  ::close(rootfd);
  // readOnlyRootFilesystem: the overlay's mount read-only, once every mount point exists on it
  // (volumes and /etc files mounted on it stay writable).
  if (l.plan->security.read_only_root && ::mount(nullptr, root.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0)
    child_fail(sock, "make the root filesystem read-only", "mount", root, errno);
  // 4. pivot_root into it, and let go of the host's tree.
  if (::chdir(root.c_str()) != 0) child_fail(sock, "pivot_root", "chdir", root, errno);
  if (::syscall(SYS_pivot_root, ".", ".") != 0) child_fail(sock, "pivot_root", "pivot_root", root, errno);
  if (::umount2(".", MNT_DETACH) != 0) child_fail(sock, "pivot_root", "umount2", "old root", errno);
  if (::chdir("/") != 0) child_fail(sock, "pivot_root", "chdir", "/", errno);
}

// uid and gid: the plan's, or the image's user looked up in the container's /etc/passwd.
void set_user(int sock, const plan::ProcessPlan& p, const std::string& image_user) {
  std::int64_t uid = p.uid.value_or(0), gid = p.gid.value_or(-1);
  std::string name = image_user.substr(0, image_user.find(':')), user_name;
  bool numeric = !name.empty() && std::all_of(name.begin(), name.end(), ::isdigit);
  for (const std::string& line : files::split(files::read("/etc/passwd").value_or(""), '\n')) {
    std::vector<std::string> f = files::split(line, ':');
    if (f.size() < 4) continue;
    bool match = p.uid ? std::to_string(uid) == f[2] : (!name.empty() && !numeric && f[0] == name);
    if (!match) continue;
    user_name = f[0];
    if (!p.uid) uid = std::stoll(f[2]);
    if (gid < 0) gid = std::stoll(f[3]);
    break;
  }
  if (!p.uid && !name.empty() && !numeric && uid == 0 && name != "root")
    child_fail(sock, "set the user", "getpwnam", "user " + name + " is not in the image's /etc/passwd", ENOENT, true);
  if (gid < 0) gid = 0;
  std::vector<gid_t> groups(p.supplemental_groups.begin(), p.supplemental_groups.end());
  // supplementalGroupsPolicy Merge: also the groups whose member list in the image's
  // /etc/group names the user, as containerd adds them.
  if (p.image_groups && !user_name.empty()) {
    for (const std::string& line : files::split(files::read("/etc/group").value_or(""), '\n')) {
      std::vector<std::string> f = files::split(line, ':');
      if (f.size() < 4 || f[2].empty() || f[2].size() > 9 || !std::all_of(f[2].begin(), f[2].end(), ::isdigit)) continue;
      for (const std::string& m : files::split(f[3], ','))
        if (m == user_name) {
          auto g = static_cast<gid_t>(std::stoul(f[2]));
          if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
        }
    }
  }
  // The primary group is a supplementary group too, as containerd makes it
  // (ensureAdditionalGids): `id` shows it among the groups, whatever the policy.
  if (std::find(groups.begin(), groups.end(), static_cast<gid_t>(gid)) == groups.end())
    groups.insert(groups.begin(), static_cast<gid_t>(gid));
  if (::setgroups(groups.size(), groups.data()) != 0) child_fail(sock, "set the user", "setgroups", "", errno);
  if (::setgid(static_cast<gid_t>(gid)) != 0) child_fail(sock, "set the user", "setgid", std::to_string(gid), errno);
  if (::setuid(static_cast<uid_t>(uid)) != 0) child_fail(sock, "set the user", "setuid", std::to_string(uid), errno);
}

// Lowering the score below what the process had needs CAP_SYS_RESOURCE; without it (a root
// in a restricted sandbox) the container runs with its inherited score and the supervisor
// reports it (an event), as a missing optional guarantee rather than a failed start.
void write_oom_score_adj(int sock, int score) {
  std::string v = std::to_string(score);
  int fd = ::open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (fd < 0 || ::write(fd, v.data(), v.size()) != static_cast<ssize_t>(v.size()))
    if (errno != EACCES && errno != EPERM) child_fail(sock, "set oom_score_adj", "write", "/proc/self/oom_score_adj", errno);
  if (fd >= 0) ::close(fd);
}

std::string lookup_in_path(const std::string& file, const std::vector<std::string>& env) {
  if (file.find('/') != std::string::npos) return file;
  std::string path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  for (const auto& e : env)
    if (e.rfind("PATH=", 0) == 0) path = e.substr(5);
  for (const std::string& dir : files::split(path, ':')) {
    std::string candidate = (dir.empty() ? "." : dir) + "/" + file;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return "";
}

// -t: a terminal of the container's own devpts (its root is in place: /dev/ptmx is
// pts/ptmx), the master sent to whoever listens on `console` (SCM_RIGHTS), the slave as fds
// 0-2 and the controlling terminal of a new session, as a shell on it expects (job control,
// ^C); the supervisor's session is left behind.
void take_terminal(int sock, int console) {
  int master = ::open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);
  int unlock = 0;
  if (master < 0 || ::ioctl(master, TIOCSPTLCK, &unlock) != 0) child_fail(sock, "make the terminal", "open", "/dev/ptmx", errno);
  int slave = ::ioctl(master, TIOCGPTPEER, O_RDWR | O_NOCTTY);
  if (slave < 0) child_fail(sock, "make the terminal", "ioctl", "TIOCGPTPEER", errno);
  if (int err = send_fd(console, master)) child_fail(sock, "send the terminal", "sendmsg", "console socket", err);
  ::close(master);
  ::close(console);
  for (int fd : {0, 1, 2}) ::dup2(slave, fd);
  if (slave > 2) ::close(slave);
  if (::setsid() < 0 || ::ioctl(0, TIOCSCTTY, 0) != 0) child_fail(sock, "take the terminal", "ioctl", "TIOCSCTTY", errno);
}

// The child: namespaces, filesystem, user, exec. Runs between fork and exec: no exceptions
// escape, failures go to the parent as a ChildFailure.
// The child waits for the parent's go past its filesystem (finish_container); `inherited`:
// the affinity to give back if the parent placed it on another CPU.
[[noreturn]] void child_main(const ContainerLaunch& l, int sock, const CpuAffinity& inherited) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  ::umask(kContainerUmask);
  // The container's limits, not the caller's, while this process may still raise them (root of
  // the host's user namespace, every capability).
  if (int err = apply_rlimits(container_rlimits())) child_fail(sock, "set the container's resource limits", "setrlimit", "", err);
  // CVE-2019-5736: the supervisor's binary until execve, in the container's namespaces; not
  // dumpable, its /proc/PID/exe cannot be opened from the container (execve resets it).
  ::prctl(PR_SET_DUMPABLE, 0);
  // 1. Join the pod's namespaces (the pause holder's) or the host's, per the plan.
  for (const auto& [fd, type] : l.join)
    if (::setns(fd, type) != 0) child_fail(sock, "join the pod's namespaces", "setns", std::to_string(type), errno);
  // 2. Its cgroups (a single-threaded process moving itself: no RCU wait on cgroup v1) and
  //    its OOM score, before its cgroup namespace is made, so that the namespace's root is
  //    the container's cgroup and no instruction of the container runs outside it.
  for (const auto& f : l.cgroup_attach) {
    int fd = ::open(f.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0 || ::write(fd, "0", 1) != 1) child_fail(sock, "join the container's cgroup", "write", f, errno);
    ::close(fd);
  }
  write_oom_score_adj(sock, l.oom_score_adj);
  std::vector<std::string> own_cgroups = own_cgroup_hierarchies();  // while the paths still show
  trace::mark("child.joined");
  // 3. Its own mount and cgroup namespaces, once what its filesystem needs is there
  //    (await_files: the supervisor made this child before the pod's storage, files and log).
  //    The mount namespace is a copy of the host's taken then: the pod's mounts (its storage's
  //    binds, /dev/shm, memory volumes) must exist before it.
  if (l.await_files) {
    char byte = 0;
    ssize_t n;
    while ((n = ::recv(sock, &byte, 1, 0)) < 0 && errno == EINTR) {}
    if (n != 1) ::_exit(1);  // the parent gave up (it kills this process anyway)
    trace::mark("child.files");
  }
  if (::unshare(CLONE_NEWNS | CLONE_NEWCGROUP) != 0) child_fail(sock, "create namespaces", "unshare", "mnt, cgroup", errno);
  // 4. The filesystem.
  trace::mark("child.namespaces");
  setup_filesystem(sock, l, own_cgroups);
  trace::mark("child.filesystem");
  // 5. Output to the supervisor's log pipes, the rest of the fds closed.
  if (l.stdout_fd >= 0) ::dup2(l.stdout_fd, 1);
  if (l.stderr_fd >= 0) ::dup2(l.stderr_fd, 2);
  if (l.stdin_fd >= 0) {
    ::dup2(l.stdin_fd, 0);
  } else {
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
  }
  if (l.console_fd >= 0) take_terminal(sock, l.console_fd);
  // Every fd above 2 close-on-exec (the failure socket stays until exec); again below, after
  // the last file the child opens itself.
  if (int err = close_fds_on_exec(3)) child_fail(sock, "close the supervisor's fds", "close_range", "", err);
  {
    char byte = 0;
    ssize_t n;
    while ((n = ::recv(sock, &byte, 1, 0)) < 0 && errno == EINTR) {}
    if (n != 1) ::_exit(1);  // the parent gave up (it kills this process anyway)
    restore_affinity(inherited);
  }
  trace::mark("child.go");
  // Before any seccomp filter (a profile may refuse rt_sigaction): the supervisor's ignored
  // SIGPIPE stays behind.
  reset_signals();
  // 6. User, working directory, exec.
  const plan::ProcessPlan& p = l.plan->process;
  std::vector<std::string> env;
  for (const auto& e : p.env) {
    // A downward API field only known once the pod runs (its address).
    auto known = e.resolve_at_start.empty() ? l.start_values.end() : l.start_values.find(e.resolve_at_start);
    env.push_back(e.name + "=" + (known != l.start_values.end() ? known->second : e.value));
  }
  // Capabilities: the bounding set first (it needs CAP_SETPCAP), then the user, then — for
  // root — permitted and effective; no_new_privs last.
  // seccomp: without no_new_privs, installing a filter needs CAP_SYS_ADMIN, which the user
  // change below may drop, so it goes first (the default profile allows every call that
  // follows); with no_new_privs it is the last step before exec, as runc does.
  // hostUsers: false: into the pod's user namespace now that every mount is made. The join
  // gives a full capability set of that namespace (bounding set included), which the steps
  // below cut down as for any container; the container's uid and gid are the namespace's.
  if (l.user_ns >= 0 && ::setns(l.user_ns, CLONE_NEWUSER) != 0) child_fail(sock, "join the pod's user namespace", "setns", "user", errno);
  std::uint64_t caps = capability_mask(p.capabilities);
  if (l.plan->security.privileged) caps &= current_bounding_set();
  if (int err = drop_bounding_set(caps)) child_fail(sock, "reduce the capability bounding set", "prctl", "PR_CAPBSET_DROP", err);
  // The last fds of the child's own (none should be left: every one it opens is close-on-exec)
  // marked before any filter could refuse the calls that mark them: from here to execve,
  // nothing opens an fd that outlives exec (CVE-2024-21626).
  if (int err = close_fds_on_exec(3)) child_fail(sock, "close the supervisor's fds", "close_range", "", err);
  if (l.seccomp_bpf && !p.no_new_privs)
    if (int err = install_seccomp(*l.seccomp_bpf)) child_fail(sock, "load the seccomp filter", "seccomp", "", err);
  trace::mark("child.seccomp");
  set_user(sock, p, l.image_user);
  if (::getuid() == 0)
    if (int err = set_capabilities(caps))
      child_fail(sock, "set the capabilities (this host's root may lack some of them)", "capset", "", err);
  if (p.no_new_privs)
    if (int err = set_no_new_privs()) child_fail(sock, "set no_new_privs", "prctl", "PR_SET_NO_NEW_PRIVS", err);
  if (::chdir(p.cwd.c_str()) != 0) {
    ::mkdir(p.cwd.c_str(), 0755);  // as runtimes do for a missing workingDir
    if (::chdir(p.cwd.c_str()) != 0) child_fail(sock, "set the working directory", "chdir", p.cwd, errno);
  }
  // CVE-2024-21626: a workingDir such as /proc/self/fd/N could name a directory of the host
  // through an fd the supervisor still holds (close-on-exec, but exec has not happened yet).
  // getcwd() says "(unreachable)" for a directory outside the container's root.
  char cwd[4096];
  if (!::getcwd(cwd, sizeof cwd) || cwd[0] != '/')
    child_fail(sock, "set the working directory", "getcwd", p.cwd + " is outside the container's root filesystem", EPERM, true);
  if (l.seccomp_bpf && p.no_new_privs)
    if (int err = install_seccomp(*l.seccomp_bpf)) child_fail(sock, "load the seccomp filter", "seccomp", "", err);
  if (p.args.empty()) child_fail(sock, "exec", "execve", "(no command)", ENOENT, true);
  std::string exe = lookup_in_path(p.args[0], env);
  if (exe.empty()) child_fail(sock, "exec", "execve", p.args[0] + ": executable file not found in $PATH", ENOENT, true);
  std::vector<char*> argv, envp;
  for (const auto& a : p.args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (const auto& e : env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  trace::mark("child.exec");  // the trace file is close-on-exec: the command never has it
  ::execve(exe.c_str(), argv.data(), envp.data());
  child_fail(sock, "exec", "execve", exe, errno, true);
}

// Like fork, into the PID namespace `pid_ns` without this process entering it: a helper
// child joins it (pid_for_children) and clones with CLONE_PARENT, so that the new process is
// this process's child; the helper reports its pid and exits. 0 in the new process.
pid_t fork_in_pid_ns(int pid_ns, const std::string& name) {
  int report[2];
  if (::pipe2(report, O_CLOEXEC) != 0) throw SysError("start " + name, "pipe2", "", errno);
  UniqueFd report_read(report[0]), report_write(report[1]);
  pid_t helper = ::fork();
  if (helper < 0) throw SysError("start " + name, "fork", "", errno);
  if (helper == 0) {
    long answer = -EINVAL;
    if (::setns(pid_ns, CLONE_NEWPID) != 0) answer = -errno;
    else {
      pid_t child = static_cast<pid_t>(::syscall(SYS_clone, CLONE_PARENT, nullptr, nullptr, nullptr, 0));
      if (child == 0) {
        report_write.reset();
        report_read.reset();
        return 0;
      }
      answer = child > 0 ? child : -errno;
    }
    if (::write(report_write.get(), &answer, sizeof answer) < 0) {}
    ::_exit(0);
  }
  report_write.reset();
  long answer = -EPIPE;
  while (::read(report_read.get(), &answer, sizeof answer) < 0 && errno == EINTR) {}
  while (::waitpid(helper, nullptr, 0) < 0 && errno == EINTR) {}
  if (answer < 0) throw SysError("start " + name, "setns+clone", "pid (pod)", static_cast<int>(-answer));
  return static_cast<pid_t>(answer);
}

}  // namespace

PendingContainer start_container(const ContainerLaunch& l, bool place) {
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) throw SysError("start " + l.plan->name, "socketpair", "", errno);
  UniqueFd parent_end(sv[0]), child_end(sv[1]);
  // The PID namespace is chosen for the child by the parent: its own (clone NEWPID), the
  // pod's (setns pid_for_children to the pause holder's, fork once, restore), or the host's.
  int flags = SIGCHLD;
  bool joined_pid = false;
  // In a rootless session the supervisor's own PID namespace is the host's, which it may not
  // setns back into: a helper joins the pod's and clones the child as this process's.
  const bool by_helper = l.pid_mode == PidMode::Pod && in_rootless_session();
  if (l.pid_mode == PidMode::Private) flags |= CLONE_NEWPID;
  if (l.pid_mode == PidMode::Pod && !by_helper) {
    if (::setns(l.pod_pid_ns, CLONE_NEWPID) != 0) throw SysError("start " + l.plan->name, "setns", "pid (pod)", errno);
    joined_pid = true;
  }
  CpuAffinity affinity = current_affinity();
  pid_t pid = by_helper ? fork_in_pid_ns(l.pod_pid_ns, l.plan->name)
                        : static_cast<pid_t>(::syscall(SYS_clone, flags, nullptr, nullptr, nullptr, 0));
  int clone_err = errno;
  if (joined_pid) ::setns(l.own_pid_ns, CLONE_NEWPID);  // restore for the supervisor's next children
  if (pid < 0) throw SysError("start " + l.plan->name, "clone", "", clone_err);
  if (pid == 0) {
    parent_end.reset();
    child_main(l, child_end.get(), affinity);
  }
  if (place) place_on_other_cpu(pid, affinity);
  PendingContainer p;
  p.pid = pid;
  p.sock = std::move(parent_end);
  p.placed = place;
  p.files_pending = l.await_files;
  p.name = l.plan->name;
  return p;
}

void release_files(PendingContainer& child) {
  if (!child.files_pending) return;
  child.files_pending = false;
  ::send(child.sock.get(), "F", 1, MSG_NOSIGNAL);  // a child that failed has its report queued
}

void discard_container(PendingContainer& child) {
  if (child.pid <= 0) return;
  ::kill(child.pid, SIGKILL);
  ::waitpid(child.pid, nullptr, 0);
  child.pid = 0;
  child.sock.reset();
}

ssize_t recv_child_report(int sock, void* buf, std::size_t size) {
  ssize_t n;
  // ECONNRESET is the socket's pending error, cleared by the recv that returns it: the next
  // one reads the queue (the report, or end of file).
  do {
    n = ::recv(sock, buf, size, 0);
  } while (n < 0 && (errno == EINTR || errno == ECONNRESET));
  return n;
}

LaunchResult finish_container(PendingContainer& child, const std::function<void()>& meanwhile) {
  release_files(child);
  if (meanwhile) {
    try {
      meanwhile();
    } catch (...) {
      discard_container(child);
      throw;
    }
  }
  // A child that failed already has its report queued: the go is lost, the report read.
  ::send(child.sock.get(), "G", 1, MSG_NOSIGNAL);
  LaunchResult r;
  r.pid = child.pid;
  ChildFailure f{};
  const ssize_t n = recv_child_report(child.sock.get(), &f, sizeof f);
  child.sock.reset();
  if (n == static_cast<ssize_t>(sizeof f)) {
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    r.failed = true;
    r.start_error = f.start_error != 0;
    r.message = std::string(f.step) + ": " + f.syscall + (f.path[0] ? std::string(" `") + f.path + "`" : "") + ": " + std::strerror(f.err) +
                " (errno " + std::to_string(f.err) + ")";
  }
  child.pid = 0;  // the caller's now
  return r;
}

LaunchResult launch_container(const ContainerLaunch& l, const std::function<void()>& meanwhile) {
  PendingContainer child = start_container(l, static_cast<bool>(meanwhile));
  return finish_container(child, meanwhile);
}

}  // namespace podrun::exec
