#include "common/files.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>

#include "common/fd.h"

namespace podrun::files {
namespace {

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

Entry entry_of(int dirfd, const struct dirent& d) {
  Entry e{d.d_name, d.d_type == DT_DIR, d.d_type == DT_LNK};
  if (d.d_type == DT_UNKNOWN) {  // some filesystems do not fill d_type
    struct stat st {};
    if (::fstatat(dirfd, d.d_name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
      e.is_dir = S_ISDIR(st.st_mode);
      e.is_symlink = S_ISLNK(st.st_mode);
    }
  }
  return e;
}

// Empties the directory open as `dirfd` (which it closes), depth first, without following
// symlinks: a directory is opened O_NOFOLLOW relative to its parent.
bool empty_dir(int dirfd) {
  DIR* d = ::fdopendir(dirfd);
  if (!d) {
    int saved = errno;
    ::close(dirfd);
    errno = saved;
    return false;
  }
  bool ok = true;
  for (struct dirent* ent; ok && (errno = 0, ent = ::readdir(d));) {
    std::string_view n = ent->d_name;
    if (n == "." || n == "..") continue;
    Entry e = entry_of(::dirfd(d), *ent);
    if (e.is_dir) {
      int sub = ::openat(::dirfd(d), ent->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      ok = sub >= 0 && empty_dir(sub) && ::unlinkat(::dirfd(d), ent->d_name, AT_REMOVEDIR) == 0;
    } else {
      ok = ::unlinkat(::dirfd(d), ent->d_name, 0) == 0 || errno == ENOENT;
    }
  }
  if (ok && errno != 0) ok = false;  // readdir failed
  int saved = errno;
  ::closedir(d);
  errno = saved;
  return ok;
}

}  // namespace

std::optional<std::string> read(const std::string& path) {
  UniqueFd f(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (f.get() < 0) return std::nullopt;
  std::string out;
  // A regular file's size is known: one allocation (files in /proc say 0 and grow as read).
  struct stat st {};
  if (::fstat(f.get(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[8192];
  for (;;) {
    ssize_t n = ::read(f.get(), buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) return out;
    out.append(buf, static_cast<std::size_t>(n));
  }
}

bool write(const std::string& path, std::string_view data, mode_t mode) {
  UniqueFd f(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode));
  return f.get() >= 0 && write_all(f.get(), data);
}

std::vector<std::string> split(std::string_view text, char sep) {
  std::vector<std::string> out;
  while (!text.empty()) {
    std::size_t at = text.find(sep);
    out.emplace_back(text.substr(0, at));
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + 1);
  }
  return out;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (i < text.size()) {
    while (i < text.size() && blank(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !blank(text[i])) ++i;
    if (i > start) out.emplace_back(text.substr(start, i - start));
  }
  return out;
}

bool list(const std::string& dir, std::vector<Entry>& out) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return false;
  for (struct dirent* ent; (errno = 0, ent = ::readdir(d));) {
    std::string_view n = ent->d_name;
    if (n != "." && n != "..") out.push_back(entry_of(::dirfd(d), *ent));
  }
  int saved = errno;
  ::closedir(d);
  errno = saved;
  return saved == 0;
}

bool walk(const std::string& dir, const std::function<void(const std::string& path, const Entry& e)>& visit) {
  std::vector<Entry> entries;
  if (!list(dir, entries)) return false;
  for (const Entry& e : entries) {
    std::string path = dir + "/" + e.name;
    visit(path, e);
    if (e.is_dir && !walk(path, visit)) return false;
  }
  return true;
}

namespace {

// One directory's bytes, by fd: each entry opened relative to its parent without following a
// symlink, so that a tree its owner rewrites while it is measured (a container's writable
// layer) can never lead the walk out of it. Deeper than kMaxDepth is not counted.
constexpr int kMaxDepth = 128;

std::int64_t usage_of_dir(int dirfd, dev_t dev, std::set<std::pair<dev_t, ino_t>>& linked, int depth) {
  DIR* d = ::fdopendir(dirfd);
  if (!d) {
    ::close(dirfd);
    return 0;
  }
  std::int64_t bytes = 0;
  while (dirent* e = ::readdir(d)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    struct stat st {};
    if (::fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (st.st_nlink > 1 && !S_ISDIR(st.st_mode) && !linked.insert({st.st_dev, st.st_ino}).second) continue;
    bytes += static_cast<std::int64_t>(st.st_blocks) * 512;
    if (S_ISDIR(st.st_mode) && st.st_dev == dev && depth < kMaxDepth) {
      int sub = ::openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
      if (sub >= 0) bytes += usage_of_dir(sub, dev, linked, depth + 1);
    }
  }
  ::closedir(d);
  return bytes;
}

}  // namespace

std::int64_t disk_usage(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_blocks) * 512 : 0;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return 0;
  }
  std::set<std::pair<dev_t, ino_t>> linked;
  return static_cast<std::int64_t>(st.st_blocks) * 512 + usage_of_dir(fd, st.st_dev, linked, 0);
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

bool is_dir(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool make_dirs(const std::string& path, mode_t mode) {
  if (path.empty()) return errno = ENOENT, false;
  if (is_dir(path)) return true;
  std::string up = parent(path);
  if (up != path && !make_dirs(up, mode)) return false;
  if (::mkdir(path.c_str(), mode) == 0) return true;
  if (errno != EEXIST) return false;
  if (is_dir(path)) return true;  // made meanwhile by someone else
  errno = ENOTDIR;                // a file is in the way
  return false;
}

bool remove_all(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT;
  if (S_ISDIR(st.st_mode)) {
    int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0 || !empty_dir(fd)) return false;
    return ::rmdir(path.c_str()) == 0 || errno == ENOENT;
  }
  return ::unlink(path.c_str()) == 0 || errno == ENOENT;
}

bool copy_file(const std::string& from, const std::string& to, mode_t mode) {
  UniqueFd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
  if (in.get() < 0) return false;
  struct stat st;
  if (::fstat(in.get(), &st) != 0) return false;
  UniqueFd out(::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode));
  if (out.get() < 0) return false;
  // Only the data: a sparse file's holes stay holes (an image's 10 GiB sparse file is a few
  // KiB on disk, and must not become 10 GiB of zeros in a copied root). A filesystem without
  // SEEK_DATA reports the whole file as data.
  char buf[65536];
  off_t at = 0;
  while (at < st.st_size) {
    off_t data = ::lseek(in.get(), at, SEEK_DATA);
    if (data < 0 && errno == ENXIO) break;  // holes to the end
    if (data < 0) return false;
    off_t hole = ::lseek(in.get(), data, SEEK_HOLE);
    if (hole < 0) return false;
    for (off_t pos = data; pos < hole;) {
      ssize_t n = ::pread(in.get(), buf, static_cast<std::size_t>(std::min<off_t>(sizeof buf, hole - pos)), pos);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return false;
      if (n == 0) break;  // the file shrank meanwhile
      for (ssize_t done = 0; done < n;) {
        ssize_t w = ::pwrite(out.get(), buf + done, static_cast<std::size_t>(n - done), pos + done);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return false;
        done += w;
      }
      pos += n;
    }
    at = hole;
  }
  return ::ftruncate(out.get(), st.st_size) == 0;  // the size, with a trailing hole
}

std::string parent(const std::string& path) {
  std::size_t end = path.find_last_not_of('/');
  if (end == std::string::npos) return path.empty() ? "." : "/";
  std::size_t slash = path.rfind('/', end);
  if (slash == std::string::npos) return ".";
  std::size_t keep = path.find_last_not_of('/', slash);
  return keep == std::string::npos ? "/" : path.substr(0, keep + 1);
}

std::string base_name(const std::string& path) {
  std::size_t end = path.find_last_not_of('/');
  if (end == std::string::npos) return path.empty() ? "" : "/";
  std::size_t slash = path.rfind('/', end);
  return path.substr(slash == std::string::npos ? 0 : slash + 1, end - (slash == std::string::npos ? 0 : slash + 1) + 1);
}

}  // namespace podrun::files
