#include "image/layer_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>

#include "common/run_dirs.h"
#include "image/fsutil.h"
#include "image/unpack.h"

namespace podrun::image {

namespace {

std::string parent_of(const std::string& p) {
  std::size_t slash = p.rfind('/');
  return slash == std::string::npos ? "" : p.substr(0, slash);
}
std::string base_of(const std::string& p) {
  std::size_t slash = p.rfind('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

// The process's umask from /proc (reading it with umask() would change it for a moment, for
// every thread); 0777 when unknown, which makes every entry get an explicit chmod.
mode_t process_umask() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  return 0777;
}

// How many directory descriptors the cache keeps: tar streams list a directory's entries
// together, so a few dozen cover the directories being filled; emptied when full.
constexpr std::size_t kDirCache = 64;

// How much may be written between two looks at the free space: the reserve may be
// overshot by this much at most.
constexpr std::int64_t kCheckBytes = 4 << 20;
constexpr int kCheckInodes = 256;

}  // namespace

std::string space_shortage(int dir_fd) {
  struct statvfs v {};
  if (::fstatvfs(dir_fd, &v) != 0) return "";
  auto low = [](std::uint64_t avail, std::uint64_t total) { return total > 0 && avail * 100 < total * kFreeReservePercent; };
  auto mib = [&](std::uint64_t blocks) { return std::to_string(blocks * v.f_frsize >> 20) + " MiB"; };
  if (low(v.f_bavail, v.f_blocks))
    return "the store's filesystem is down to " + mib(v.f_bavail) + " free of " + mib(v.f_blocks) + ", under the " +
           std::to_string(kFreeReservePercent) + "% podrun keeps free";
  if (low(v.f_favail, v.f_files))
    return "the store's filesystem is down to " + std::to_string(v.f_favail) + " free inodes of " + std::to_string(v.f_files) +
           ", under the " + std::to_string(kFreeReservePercent) + "% podrun keeps free";
  return "";
}

void LayerWriter::account(const std::string& path, std::int64_t bytes, int inodes) {
  bytes_unchecked_ += bytes;
  inodes_unchecked_ += inodes;
  if (bytes_unchecked_ < kCheckBytes && inodes_unchecked_ < kCheckInodes) return;
  bytes_unchecked_ = 0;
  inodes_unchecked_ = 0;
  if (std::string why = space_shortage(root_.fd.get()); !why.empty()) throw UnpackError("extract `" + path + "`: " + why + "; refused");
}

void LayerWriter::fail(const std::string& path, const char* step, int err) const {
  throw UnpackError("extract `" + path + "` into `" + root_path_ + "`: " + step + ": " + errno_text(err));
}

LayerWriter::LayerWriter(const std::string& dir) : root_path_(dir), umask_(process_umask()), euid_(::geteuid()), egid_(::getegid()) {
  root_.fd.reset(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  struct stat st {};
  if (!root_.fd || ::fstat(root_.fd.get(), &st) != 0) fail(".", "open", errno);
  root_.new_gid = (st.st_mode & S_ISGID) ? st.st_gid : egid_;
  root_.setgid = (st.st_mode & S_ISGID) != 0;
}

const LayerWriter::Dir& LayerWriter::dir(const std::string& path) {
  if (path.empty()) return root_;
  if (auto it = dirs_.find(path); it != dirs_.end()) return it->second;
  const Dir& parent = dir(parent_of(path));
  std::string name = base_of(path);
  // O_NOFOLLOW at every component: a symlink anywhere on the way fails (ELOOP, or ENOTDIR
  // for a file), so no entry is ever written outside the layer.
  int fd = ::openat(parent.fd.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT) {
    account(path, 0, 1);
    if (::mkdirat(parent.fd.get(), name.c_str(), 0755) != 0 && errno != EEXIST) fail(path, "mkdirat", errno);
    fd = ::openat(parent.fd.get(), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  }
  if (fd < 0) {
    if (errno == ELOOP || errno == ENOTDIR)
      throw UnpackError("extract into `" + root_path_ + "`: `" + path + "` is not a directory of the layer (a symlink or a file); refused");
    fail(path, "openat", errno);
  }
  Dir d{UniqueFd(fd), parent.new_gid, parent.setgid};
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    d.setgid = (st.st_mode & S_ISGID) != 0;
    d.new_gid = d.setgid ? st.st_gid : egid_;
  }
  if (dirs_.size() >= kDirCache) dirs_.clear();
  return dirs_.emplace(path, std::move(d)).first->second;
}

void LayerWriter::remove_existing(const Dir& parent, const std::string& path, const std::string& name) {
  // Whatever is there goes, a symlink included (never followed); a directory only when empty.
  if (::unlinkat(parent.fd.get(), name.c_str(), 0) == 0) return;
  if (errno == EISDIR) {
    for (auto it = dirs_.begin(); it != dirs_.end();)  // descriptors of it and beneath it
      it = (it->first == path || it->first.rfind(path + "/", 0) == 0) ? dirs_.erase(it) : std::next(it);
    if (::unlinkat(parent.fd.get(), name.c_str(), AT_REMOVEDIR) == 0) return;
  }
  if (errno == ENOENT) return;
  fail(path, "remove the earlier entry", errno);
}

template <typename Make>
void LayerWriter::create(const Dir& parent, const std::string& path, const std::string& name, const char* step, Make make) {
  if (make() == 0) return;
  if (errno != EEXIST) fail(path, step, errno);
  remove_existing(parent, path, name);
  if (make() != 0) fail(path, step, errno);
}

void LayerWriter::set_owner_mode(const Dir& parent, const std::string& path, const std::string& name, const EntryMeta& m, bool exists,
                                 int fd, bool is_symlink) {
  // A new entry is owned by this process's user and the group its directory gives: chown only
  // when the layer says otherwise. chown clears set-user-ID and set-group-ID, so chmod after it.
  bool chown = exists || m.uid != euid_ || m.gid != parent.new_gid;
  bool chmod = !is_symlink && (exists || chown || (m.mode & 07000) || (m.mode & umask_ & 0777) || parent.setgid);
  if (chown) {
    int rc = fd >= 0 ? ::fchown(fd, m.uid, m.gid) : ::fchownat(parent.fd.get(), name.c_str(), m.uid, m.gid, AT_SYMLINK_NOFOLLOW);
    if (rc != 0) fail(path, "chown", errno);
  }
  if (chmod) {
    int rc = fd >= 0 ? ::fchmod(fd, m.mode & 07777) : ::fchmodat(parent.fd.get(), name.c_str(), m.mode & 07777, 0);
    if (rc != 0) fail(path, "chmod", errno);
  }
}

void LayerWriter::directory(const std::string& path, const EntryMeta& m) {
  account(path, 0, 1);
  const Dir& parent = dir(parent_of(path));
  std::string name = base_of(path);
  bool exists = false;
  if (::mkdirat(parent.fd.get(), name.c_str(), m.mode & 0777) != 0) {
    if (errno != EEXIST) fail(path, "mkdirat", errno);
    struct stat st {};
    if (::fstatat(parent.fd.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) {
      exists = true;  // an implicit parent made earlier, or the same directory listed twice
    } else {
      remove_existing(parent, path, name);
      if (::mkdirat(parent.fd.get(), name.c_str(), m.mode & 0777) != 0) fail(path, "mkdirat", errno);
    }
  }
  // With the directory's mode set now, the files created in it see its set-group-ID.
  set_owner_mode(parent, path, name, m, exists, -1, false);
  dirs_.erase(path);
  if (!m.xattrs.empty()) {
    const Dir& self = dir(path);
    for (const auto& [key, value] : m.xattrs)
      if (::fsetxattr(self.fd.get(), key.c_str(), value.data(), value.size(), 0) != 0) fail(path, ("setxattr " + key).c_str(), errno);
  }
  dir_times_.push_back({path, {m.atime, m.mtime}});
}

void LayerWriter::symlink(const std::string& path, const std::string& target, const EntryMeta& m) {
  account(path, 0, 1);
  const Dir& parent = dir(parent_of(path));
  std::string name = base_of(path);
  create(parent, path, name, "symlinkat", [&] { return ::symlinkat(target.c_str(), parent.fd.get(), name.c_str()); });
  set_owner_mode(parent, path, name, m, false, -1, true);
  timespec times[2] = {m.atime, m.mtime};
  if (::utimensat(parent.fd.get(), name.c_str(), times, AT_SYMLINK_NOFOLLOW) != 0) fail(path, "utimensat", errno);
}

void LayerWriter::hardlink(const std::string& path, const std::string& target) {
  if (path == target) return;
  // The target is resolved as any other path (no symlink on the way); linkat without
  // AT_SYMLINK_FOLLOW links a symlink itself, never what it points to.
  // (A copy of its descriptor: resolving the link's own parent may empty the cache.)
  UniqueFd target_dir(::fcntl(dir(parent_of(target)).fd.get(), F_DUPFD_CLOEXEC, 0));
  if (!target_dir) fail(path, "dup", errno);
  int target_fd = target_dir.get();
  std::string target_name = base_of(target);
  const Dir& parent = dir(parent_of(path));
  std::string name = base_of(path);
  create(parent, path, name, "linkat", [&] {
    int rc = ::linkat(target_fd, target_name.c_str(), parent.fd.get(), name.c_str(), 0);
    if (rc != 0 && errno == ENOENT)  // a link may name only an earlier entry of its own layer
      throw UnpackError("hard link `" + path + "` names `" + target + "`, which is not an earlier entry of this layer; refused");
    return rc;
  });
}

void LayerWriter::node(const std::string& path, mode_t type, dev_t dev, const EntryMeta& m) {
  account(path, 0, 1);
  const Dir& parent = dir(parent_of(path));
  std::string name = base_of(path);
  // A user namespace may not make device nodes: a rootless store leaves them out, as podman's
  // does (a container's /dev is its own tmpfs anyway).
  if ((type == S_IFCHR || type == S_IFBLK) && in_rootless_session()) return;
  create(parent, path, name, "mknodat", [&] { return ::mknodat(parent.fd.get(), name.c_str(), type | (m.mode & 0777), dev); });
  set_owner_mode(parent, path, name, m, false, -1, false);
  timespec times[2] = {m.atime, m.mtime};
  if (::utimensat(parent.fd.get(), name.c_str(), times, AT_SYMLINK_NOFOLLOW) != 0) fail(path, "utimensat", errno);
}

void LayerWriter::begin_file(const std::string& path, const EntryMeta& m) {
  account(path, 0, 1);
  const Dir& parent = dir(parent_of(path));
  std::string name = base_of(path);
  int fd = -1;
  create(parent, path, name, "openat", [&] {
    fd = ::openat(parent.fd.get(), name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, m.mode & 0777);
    return fd < 0 ? -1 : 0;
  });
  file_.reset(fd);
  file_path_ = path;
  file_meta_ = m;
  file_new_gid_ = parent.new_gid;
  file_setgid_dir_ = parent.setgid;
  file_end_ = 0;
}

void LayerWriter::write(const void* data, std::size_t size, std::int64_t offset) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::pwrite(file_.get(), p, size, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(file_path_, "write", n < 0 ? errno : EIO);
    p += n;
    offset += n;
    size -= static_cast<std::size_t>(n);
  }
  file_end_ = std::max(file_end_, offset);
  account(file_path_, static_cast<std::int64_t>(p - static_cast<const char*>(data)), 0);
}

void LayerWriter::end_file(std::int64_t size) {
  // A sparse file's hole at its end has no data block: the size says where it ends.
  if (size > file_end_ && ::ftruncate(file_.get(), size) != 0) fail(file_path_, "ftruncate", errno);
  Dir parent_view{UniqueFd(), file_new_gid_, file_setgid_dir_};
  set_owner_mode(parent_view, file_path_, "", file_meta_, false, file_.get(), false);
  for (const auto& [key, value] : file_meta_.xattrs)
    if (::fsetxattr(file_.get(), key.c_str(), value.data(), value.size(), 0) != 0) fail(file_path_, ("setxattr " + key).c_str(), errno);
  timespec times[2] = {file_meta_.atime, file_meta_.mtime};
  if (::futimens(file_.get(), times) != 0) fail(file_path_, "futimens", errno);
  if (::close(file_.release()) != 0) fail(file_path_, "close", errno);
}

void LayerWriter::whiteout(const std::string& path) {
  account(path, 0, 1);
  const Dir& parent = dir(parent_of(path));
  std::string name = base_of(path);
  remove_existing(parent, path, name);
  if (::mknodat(parent.fd.get(), name.c_str(), S_IFCHR | 0000, makedev(0, 0)) != 0) fail(path, "mknodat (whiteout)", errno);
}

void LayerWriter::opaque(const std::string& path) {
  const Dir& d = dir(path);
  const std::string name = std::string(overlay_xattr_prefix()) + "opaque";
  if (::fsetxattr(d.fd.get(), name.c_str(), "y", 1, 0) != 0)
    fail(path.empty() ? "." : path, in_rootless_session() ? "setxattr user.overlay.opaque" : "setxattr trusted.overlay.opaque", errno);
}

void LayerWriter::finish() {
  std::stable_sort(dir_times_.begin(), dir_times_.end(), [](const DirTimes& a, const DirTimes& b) {
    return std::count(a.path.begin(), a.path.end(), '/') > std::count(b.path.begin(), b.path.end(), '/');
  });
  for (const auto& d : dir_times_) {
    const Dir& parent = dir(parent_of(d.path));
    if (::utimensat(parent.fd.get(), base_of(d.path).c_str(), d.times, AT_SYMLINK_NOFOLLOW) != 0) fail(d.path, "utimensat", errno);
  }
  dir_times_.clear();
}

}  // namespace podrun::image
