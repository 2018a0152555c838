#include "exec/copy.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/fsuid.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <set>
#include <utility>
#include <vector>

#include "common/error.h"
#include "common/files.h"
#include "common/process.h"

namespace podrun::exec {

CopyError::CopyError(const std::string& label, int err) : std::runtime_error(label + ": " + std::strerror(err)), label(label), err(err) {}

int open_in_root(int rootfd, const std::string& path, int flags) {
  open_how how{};
  how.flags = static_cast<unsigned long long>(flags | O_CLOEXEC);
  how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
  // EAGAIN: a rename anywhere on the system raced the kernel's check of a "..": try again (a
  // few times: a container renaming without end must not hold podrun forever).
  for (int attempt = 0;; ++attempt) {
    int fd = static_cast<int>(::syscall(SYS_openat2, rootfd, path.empty() ? "." : path.c_str(), &how, sizeof how));
    if (fd >= 0 || errno != EAGAIN || attempt == 64) return fd;
  }
}

namespace {

std::optional<std::string> read_at(int dirfd, const char* name) {
  UniqueFd fd(::openat(dirfd, name, O_RDONLY | O_CLOEXEC));
  if (!fd) return std::nullopt;
  std::string out;
  char buf[4096];
  for (;;) {
    ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) return out;
    out.append(buf, static_cast<std::size_t>(n));
  }
}

}  // namespace

std::optional<ContainerRoot> open_container_root(int pid, unsigned long long start_time) {
  if (pid <= 0) return std::nullopt;
  const std::string proc = "/proc/" + std::to_string(pid);
  // Opened first, checked after: the process that started at start_time and is alive now was
  // alive when the directory was opened, so the directory is its own (an fd of /proc/PID never
  // shows a later process that got the same pid).
  UniqueFd dir(::open(proc.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (!dir || !process_alive(pid, start_time)) return std::nullopt;
  ContainerRoot c;
  c.root.reset(::openat(dir.get(), "root", O_PATH | O_DIRECTORY | O_CLOEXEC));
  if (!c.root && errno != ENOENT && errno != ESRCH) throw SysError("open the container's root", "open", proc + "/root", errno);
  std::optional<std::string> status = read_at(dir.get(), "status");
  if (!c.root || !status) return std::nullopt;  // it exited meanwhile
  for (const std::string& line : files::split(*status, '\n')) {
    std::vector<std::string> w = files::words(line);
    // Uid: and Gid: are real, effective, saved and filesystem IDs; files get the last.
    if (w.size() >= 5 && w[0] == "Uid:") c.uid = static_cast<uid_t>(std::stoul(w[4]));
    if (w.size() >= 5 && w[0] == "Gid:") c.gid = static_cast<gid_t>(std::stoul(w[4]));
    if (w.size() >= 2 && w[0] == "Umask:") c.umask = static_cast<mode_t>(std::stoul(w[1], nullptr, 8));
  }
  char cwd[PATH_MAX];
  ssize_t n = ::readlinkat(dir.get(), "cwd", cwd, sizeof cwd);
  if (n > 0 && cwd[0] == '/') c.cwd.assign(cwd, static_cast<std::size_t>(n));
  return c;
}

namespace {

using Ids = std::pair<uid_t, gid_t>;

// While it lives, this thread creates files with `ids` (nullptr: its own, unchanged). From 0 to
// another fsuid, the kernel also clears the effective capabilities that bypass file
// permissions, and gives them back with 0 (capabilities(7)): podrun writes as that user would.
class FsIds {
 public:
  FsIds(const Ids* ids, const std::string& label) : ids_(ids) {
    if (!ids_) return;
    gid_ = static_cast<gid_t>(::setfsgid(ids_->second));
    uid_ = static_cast<uid_t>(::setfsuid(ids_->first));
    // Both calls return the previous ID, failed or not; an invalid ID (-1) reads the current.
    if (static_cast<uid_t>(::setfsuid(static_cast<uid_t>(-1))) != ids_->first ||
        static_cast<gid_t>(::setfsgid(static_cast<gid_t>(-1))) != ids_->second) {
      restore();
      throw CopyError(label, EPERM);
    }
  }
  ~FsIds() {
    if (ids_) restore();
  }
  FsIds(const FsIds&) = delete;
  FsIds& operator=(const FsIds&) = delete;

 private:
  void restore() {
    int saved = errno;
    ::setfsuid(uid_);
    ::setfsgid(gid_);
    errno = saved;
  }
  const Ids* ids_;
  uid_t uid_ = 0;
  gid_t gid_ = 0;
};

std::string join(const std::string& label, const std::string& name) {
  if (name.empty()) return label;
  return !label.empty() && label.back() == '/' ? label + name : label + "/" + name;
}

std::string trim_slashes(const std::string& path) {
  std::size_t end = path.find_last_not_of('/');
  return end == std::string::npos ? (path.empty() ? "" : "/") : path.substr(0, end + 1);
}

// The name a path gives its last entry: "" for /, . and .. (a directory's own contents).
std::string last_name(const std::string& path) {
  std::string p = trim_slashes(path);
  std::string name = p.substr(p.rfind('/') == std::string::npos ? 0 : p.rfind('/') + 1);
  return name == "." || name == ".." || name == "/" ? "" : name;
}

std::string kind_of(mode_t mode) {
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a fifo";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file, directory or symlink";
}

// An entry to copy: `name` in the directory `dir`, not followed; or, with `name` "", `dir`
// itself (a path ending in /, . or .., whose last step is followed).
struct Source {
  UniqueFd dir;
  std::string name;
  struct stat st {};
};

// Resolves `path` with `open` (which follows symlinks, the container's inside its root) up to
// its last name. Throws CopyError naming `label`; ENOENT as `missing` says, when given.
template <class Open>
Source locate(const std::string& path, const Open& open, const std::string& label, const std::string& missing = "") {
  Source s;
  std::string p = trim_slashes(path);
  bool whole = p != path || last_name(p).empty();  // a trailing slash, /, . or ..
  auto fail = [&](int err) -> CopyError { return err == ENOENT && !missing.empty() ? CopyError(missing) : CopyError(label, err); };
  if (whole) {
    s.dir.reset(open(path, O_PATH));
    if (!s.dir || ::fstat(s.dir.get(), &s.st) != 0) throw fail(errno);
    return s;
  }
  std::size_t slash = p.rfind('/');
  std::string parent = slash == std::string::npos ? "." : (slash == 0 ? "/" : p.substr(0, slash));
  s.name = p.substr(slash == std::string::npos ? 0 : slash + 1);
  s.dir.reset(open(parent, O_PATH | O_DIRECTORY));
  if (!s.dir || ::fstatat(s.dir.get(), s.name.c_str(), &s.st, AT_SYMLINK_NOFOLLOW) != 0) throw fail(errno);
  return s;
}

// Copies up to `size` bytes (the size at open: a file that grows meanwhile is copied as it
// was, one that shrinks as far as it goes, as tar does) from `in` to `out`: copy_file_range
// (a reflink where the filesystem has them), else sendfile, else read and write, which also
// name the side that failed and tell a /proc or /sys file's real end.
void copy_bytes(int in, int out, off_t size, const std::string& from, const std::string& to) {
  int method = 0;
  std::vector<char> buf;
  while (size > 0) {
    std::size_t want = static_cast<std::size_t>(std::min<off_t>(size, off_t{1} << 30));
    if (method < 2) {
      ssize_t n = method == 0 ? ::copy_file_range(in, nullptr, out, nullptr, want, 0) : ::sendfile(out, in, nullptr, want);
      if (n > 0) size -= n;
      else if (n < 0 && errno == EINTR) continue;
      else ++method;  // not here (EXDEV, EINVAL, ...), an error to name, or 0 that read confirms
      continue;
    }
    if (buf.empty()) buf.resize(1 << 16);
    ssize_t n = ::read(in, buf.data(), std::min(want, buf.size()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw CopyError(from, errno);
    if (n == 0) return;
    for (ssize_t done = 0; done < n;) {
      ssize_t w = ::write(out, buf.data() + done, static_cast<std::size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) throw CopyError(to, errno);
      done += w;
    }
    size -= n;
  }
}

struct Copier {
  Copier(const CopyOptions& o, const Ids* ids = nullptr, mode_t keep = 01777) : o(o), ids(ids), keep(keep) {}
  const CopyOptions& o;
  const Ids* ids;                          // the destination is the container's: made as its user
  mode_t keep;                             // the bits of a mode copied (setuid and setgid never)
  std::set<std::pair<dev_t, ino_t>> made;  // directories written to: never copied into themselves

  // Room for a new entry `name` in `dir`: a non-directory there is unlinked, never written
  // through (it may be a link the other side made). EISDIR for a directory.
  void clear(int dir, const std::string& name, const std::string& label) const {
    struct stat st {};
    if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
      if (errno == ENOENT) return;
      throw CopyError(label, errno);
    }
    if (S_ISDIR(st.st_mode)) throw CopyError(label, EISDIR);
    if (::unlinkat(dir, name.c_str(), 0) != 0 && errno != ENOENT) throw CopyError(label, errno);
  }

  // The directory `name` in `dir` ("": `dir` itself), made if it is not one (`created`), as an
  // O_PATH fd; a directory swapped for a symlink meanwhile fails to open.
  UniqueFd make_dir(int dir, const std::string& name, const std::string& label, bool& created) const {
    FsIds as(ids, label);
    created = false;
    UniqueFd fd(::openat(dir, name.empty() ? "." : name.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (fd) return fd;
    for (int attempt = 0;; ++attempt) {
      if (::mkdirat(dir, name.c_str(), 0700) == 0) {
        created = true;
        break;
      }
      if (errno != EEXIST || attempt == 3) throw CopyError(label, errno);
      struct stat st {};
      if (::fstatat(dir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) break;
      if (::unlinkat(dir, name.c_str(), 0) != 0 && errno != ENOENT) throw CopyError(label, errno);
    }
    fd.reset(::openat(dir, name.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd) throw CopyError(label, errno);
    return fd;
  }

  UniqueFd make_file(int dir, const std::string& name, const std::string& label) const {
    FsIds as(ids, label);
    for (int attempt = 0;; ++attempt) {
      UniqueFd fd(::openat(dir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0600));
      if (fd) return fd;
      if (errno != EEXIST || attempt == 3) throw CopyError(label, errno);
      clear(dir, name, label);
    }
  }

  void make_symlink(int dir, const std::string& name, const std::string& label, const std::string& target) const {
    FsIds as(ids, label);
    for (int attempt = 0;; ++attempt) {
      if (::symlinkat(target.c_str(), dir, name.c_str()) == 0) return;
      if (errno != EEXIST || attempt == 3) throw CopyError(label, errno);
      clear(dir, name, label);
    }
  }

  // chmod of an O_PATH fd: through /proc/self/fd, which names that very inode.
  void set_mode(int fd, mode_t mode, const std::string& label) const {
    FsIds as(ids, label);
    if (::chmod(("/proc/self/fd/" + std::to_string(fd)).c_str(), mode) != 0) throw CopyError(label, errno);
  }

  // The names in directory `dir` (not . and ..), sorted.
  static std::vector<std::string> list(int dir, const std::string& label) {
    int fd = ::openat(dir, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR* d = fd < 0 ? nullptr : ::fdopendir(fd);
    if (!d) {
      int err = errno;
      if (fd >= 0) ::close(fd);
      throw CopyError(label, err);
    }
    std::vector<std::string> names;
    errno = 0;
    while (dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") names.push_back(std::move(n));
      errno = 0;
    }
    int err = errno;
    ::closedir(d);
    if (err) throw CopyError(label, err);
    std::sort(names.begin(), names.end());
    return names;
  }

  // Copies the entry `name` of `from` ("": `from` itself) to `to_name` in `to` ("": into `to`
  // itself, for a directory's contents).
  void entry(int from, const std::string& name, const std::string& label, int to, const std::string& to_name, const std::string& to_label) {
    UniqueFd src(name.empty() ? ::fcntl(from, F_DUPFD_CLOEXEC, 0) : ::openat(from, name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
    struct stat st {};
    if (!src && errno == ENOENT && !name.empty()) {  // removed since its directory was read
      if (o.warn) o.warn("skipping " + label + ": removed before it was read");
      return;
    }
    if (!src || ::fstat(src.get(), &st) != 0) throw CopyError(label, errno);
    if (S_ISDIR(st.st_mode)) {
      if (made.count({st.st_dev, st.st_ino})) {
        if (o.warn) o.warn("skipping " + label + ": it is the destination, or holds it");
        return;
      }
      std::vector<std::string> names = list(src.get(), label);
      bool created = false;
      UniqueFd out = make_dir(to, to_name, to_label, created);
      struct stat ost {};
      if (::fstat(out.get(), &ost) != 0) throw CopyError(to_label, errno);
      made.insert({ost.st_dev, ost.st_ino});
      for (const std::string& n : names) entry(src.get(), n, join(label, n), out.get(), n, join(to_label, n));
      // Its mode once it is filled (a read-only directory is written to first); the setgid bit
      // a new directory inherits from its parent there (an fsGroup volume's) stays.
      if (created) set_mode(out.get(), (st.st_mode & keep) | (ost.st_mode & S_ISGID), to_label);
    } else if (S_ISREG(st.st_mode)) {
      if (to_name.empty()) throw CopyError(to_label, EISDIR);
      // Reopened through the O_PATH fd: the file fstat saw, never a device or fifo swapped in.
      UniqueFd in(::open(("/proc/self/fd/" + std::to_string(src.get())).c_str(), O_RDONLY | O_NOCTTY | O_CLOEXEC));
      if (!in) throw CopyError(label, errno);
      UniqueFd out = make_file(to, to_name, to_label);
      copy_bytes(in.get(), out.get(), st.st_size, label, to_label);
      FsIds as(ids, to_label);
      if (::fchmod(out.get(), st.st_mode & keep) != 0) throw CopyError(to_label, errno);
    } else if (S_ISLNK(st.st_mode)) {
      if (to_name.empty()) throw CopyError(to_label, EISDIR);
      char target[PATH_MAX + 1];
      ssize_t n = ::readlinkat(src.get(), "", target, sizeof target);
      if (n < 0) throw CopyError(label, errno);
      if (static_cast<std::size_t>(n) >= sizeof target) throw CopyError(label, ENAMETOOLONG);
      make_symlink(to, to_name, to_label, std::string(target, static_cast<std::size_t>(n)));
    } else if (o.warn) {
      o.warn("skipping " + label + ": " + kind_of(st.st_mode) + " (cp copies regular files, directories and symlinks)");
    }
  }
};

std::string in_container(const std::string& path, const std::string& cwd) {
  return !path.empty() && path[0] == '/' ? path : join(cwd, path);
}

int open_local(const std::string& path, int flags) { return ::open(path.c_str(), flags | O_CLOEXEC); }

}  // namespace

void copy_from_container(const ContainerRoot& c, const std::string& path, const std::string& local, const CopyOptions& o) {
  const std::string label = o.label + path;
  auto in_root = [&](const std::string& p, int flags) { return open_in_root(c.root.get(), p, flags); };
  Source src = locate(in_container(path, o.cwd), in_root, label);
  const bool dir = S_ISDIR(src.st.st_mode);
  // The destination is the caller's own path, resolved as given; below it nothing is followed.
  Copier copier(o);
  UniqueFd to;
  std::string to_name, to_label = local;
  struct stat st {};
  const bool exists = ::stat(local.c_str(), &st) == 0;
  if (!exists && errno != ENOENT) throw CopyError(local, errno);
  if (exists && S_ISDIR(st.st_mode)) {
    to.reset(open_local(local, O_PATH | O_DIRECTORY));
    if (!to) throw CopyError(local, errno);
    copier.made.insert({st.st_dev, st.st_ino});
    if (!dir) to_name = last_name(path), to_label = join(local, to_name);
  } else {
    if (exists && dir) throw CopyError(local, ENOTDIR);
    // Not there (kubectl makes its parents), or a file that the copy replaces.
    std::string parent = files::parent(local);
    to_name = last_name(local);
    if (to_name.empty()) throw CopyError(local, EEXIST);
    if (!files::make_dirs(parent)) throw CopyError(parent, errno);
    to.reset(open_local(parent, O_PATH | O_DIRECTORY));
    if (!to) throw CopyError(parent, errno);
  }
  copier.entry(src.dir.get(), src.name, label, to.get(), to_name, to_label);
}

void copy_to_container(const std::string& local, const ContainerRoot& c, const std::string& path, const CopyOptions& o) {
  Source src = locate(local, open_local, local, local + " doesn't exist in local filesystem");
  const std::string label = o.label + path, full = in_container(path, o.cwd);
  const Ids ids{c.uid, c.gid};
  Copier copier(o, &ids, o.preserve ? mode_t{01777} : static_cast<mode_t>(0777 & ~c.umask));
  // kubectl's `test -d PATH` (symlinks followed, inside the root): into it; else as PATH.
  UniqueFd to(open_in_root(c.root.get(), full, O_PATH));
  std::string to_name, to_label = label;
  struct stat st {};
  if (to && ::fstat(to.get(), &st) == 0 && S_ISDIR(st.st_mode)) {
    to_name = last_name(local);
    to_label = join(label, to_name);
  } else {
    if (!to && errno != ENOENT) throw CopyError(label, errno);
    to_name = last_name(full);
    if (to_name.empty()) throw CopyError(label, ENOTDIR);
    std::string p = trim_slashes(full);
    to.reset(open_in_root(c.root.get(), p.substr(0, std::max<std::size_t>(p.rfind('/'), 1)), O_PATH | O_DIRECTORY));
    if (!to) throw CopyError(label, errno);
  }
  copier.entry(src.dir.get(), src.name, local, to.get(), to_name, to_label);
}

}  // namespace podrun::exec
