#include "image/fsutil.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include "common/files.h"
#include "image/store.h"

namespace podrun::image {

std::string errno_text(int err) { return std::string(std::strerror(err)) + " (errno " + std::to_string(err) + ")"; }

namespace {

[[noreturn]] void fail(const std::string& step, const std::string& path, int err) {
  throw StoreError(step + " `" + path + "`: " + errno_text(err));
}

void fsync_dir(const std::string& path) {
  std::string dir = path.substr(0, path.rfind('/'));
  int fd = ::open(dir.empty() ? "/" : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

void write_file_atomic(const std::string& path, const std::string& data, int mode) {
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) fail("open", tmp, errno);
  std::size_t off = 0;
  while (off < data.size()) {
    ssize_t n = ::write(fd, data.data() + off, data.size() - off);
    if (n < 0) {
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      fail("write", tmp, err);
    }
    off += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    ::unlink(tmp.c_str());
    fail("fsync", tmp, err);
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    fail("rename", path, err);
  }
  fsync_dir(path);
}

std::string read_file(const std::string& path) {
  std::optional<std::string> text = files::read(path);
  if (!text) fail("read", path, errno);
  return *text;
}

void copy_file_atomic(const std::string& from, const std::string& to) {
  std::string tmp = to + ".tmp." + std::to_string(::getpid());
  ::unlink(tmp.c_str());
  if (::link(from.c_str(), tmp.c_str()) != 0) {
    // Another filesystem (or links refused): copy the bytes.
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) fail("open", from, errno);
    int out = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out < 0) {
      int err = errno;
      ::close(in);
      fail("open", tmp, err);
    }
    char buf[1 << 16];
    for (;;) {
      ssize_t n = ::read(in, buf, sizeof buf);
      if (n < 0 || (n > 0 && ::write(out, buf, static_cast<std::size_t>(n)) != n)) {
        int err = errno;
        ::close(in);
        ::close(out);
        ::unlink(tmp.c_str());
        fail("copy to", tmp, err);
      }
      if (n == 0) break;
    }
    ::fsync(out);
    ::close(in);
    ::close(out);
  }
  if (::rename(tmp.c_str(), to.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    fail("rename", to, err);
  }
}

std::int64_t file_size(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_size) : -1;
}

}  // namespace podrun::image
