#include "image/unpack.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <set>

#include "common/fd.h"
#include "image/digest.h"
#include "image/fsutil.h"
#include "image/libarchive.h"

namespace podrun::image {

namespace {

struct ReadArchive {
  archive* a = libarchive().archive_read_new();
  ~ReadArchive() { libarchive().archive_read_free(a); }
};
struct WriteDisk {
  archive* a = libarchive().archive_write_disk_new();
  ~WriteDisk() { libarchive().archive_write_free(a); }
};

// Restores the working directory on every exit path: libarchive's secure extraction checks
// work on paths relative to the current directory, so layers are extracted from inside them.
struct ChdirGuard {
  int old = ::open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  explicit ChdirGuard(const std::string& dir) {
    if (::chdir(dir.c_str()) != 0) throw UnpackError("chdir `" + dir + "`: " + errno_text(errno));
  }
  ~ChdirGuard() {
    if (old >= 0) {
      if (::fchdir(old) != 0) { /* nothing sensible to do in a destructor */
      }
      ::close(old);
    }
  }
};

// A layer entry's path, cleaned ("./a//b/" → "a/b"), or an error when it leaves the layer.
std::string clean_path(const std::string& raw, const std::string& what) {
  if (!raw.empty() && raw[0] == '/') throw UnpackError(what + " `" + raw + "` is an absolute path; refused");
  std::string out;
  std::size_t start = 0;
  while (start <= raw.size()) {
    std::size_t end = raw.find('/', start);
    std::string part = raw.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (part == "..") throw UnpackError(what + " `" + raw + "` would leave the layer directory (..); refused");
    if (!part.empty() && part != ".") out += (out.empty() ? "" : "/") + part;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::string parent_of(const std::string& p) {
  std::size_t slash = p.rfind('/');
  return slash == std::string::npos ? "" : p.substr(0, slash);
}

// mkdir -p, relative to the layer (the working directory); a whiteout may name a directory
// the layer does not otherwise contain.
void make_parents(const std::string& path) {
  for (std::size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
    ::mkdir(path.substr(0, slash).c_str(), 0755);
  if (!path.empty()) ::mkdir(path.c_str(), 0755);
}

std::string archive_error(archive* a) {
  const char* s = libarchive().archive_error_string(a);
  return s ? s : "unknown error";
}

// A blob's bytes for libarchive: the file as it is, or as a download writes it (GrowingBlob).
struct BlobFile {
  UniqueFd fd;
  std::int64_t offset = 0;
  GrowingBlob* growing = nullptr;
  char buf[1 << 18];

  BlobFile(const std::string& path, GrowingBlob* g)
      : fd(g ? ::fcntl(g->fd(), F_DUPFD_CLOEXEC, 0) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC)), growing(g) {
    if (!fd) throw UnpackError("open `" + path + "`: " + errno_text(errno));
  }
  static la_ssize_t read(archive* a, void* self, const void** out) {
    auto* f = static_cast<BlobFile*>(self);
    for (;;) {
      ssize_t n = ::pread(f->fd.get(), f->buf, sizeof f->buf, f->offset);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        libarchive().archive_set_error(a, errno, "read: %s", std::strerror(errno));
        return -1;
      }
      if (n > 0) {
        f->offset += n;
        *out = f->buf;
        return n;
      }
      if (!f->growing) return 0;
      switch (f->growing->wait(f->offset)) {
        case GrowingBlob::Next::More: continue;
        case GrowingBlob::Next::End: return 0;
        case GrowingBlob::Next::Failed: libarchive().archive_set_error(a, EIO, "the download of the layer failed"); return -1;
      }
    }
  }
  // Opens `a` on this file.
  void open(archive* a, const std::string& path) {
    if (libarchive().archive_read_open(a, this, nullptr, &BlobFile::read, nullptr) != ARCHIVE_OK)
      throw UnpackError("open `" + path + "`: " + archive_error(a));
  }
};

// The decompressed stream of a blob, hashed as it is read: the tar reader's input when a
// diff_id is wanted (archive_read_open's callbacks pull from the raw reader).
struct HashedStream {
  ReadArchive raw;
  Sha256 hash;
  std::string blob;
  BlobFile file;
  char buf[1 << 16];
  bool failed = false;

  HashedStream(const std::string& b, GrowingBlob* growing) : blob(b), file(b, growing) {
    libarchive().archive_read_support_filter_all(raw.a);
    libarchive().archive_read_support_format_raw(raw.a);
    file.open(raw.a, blob);
    archive_entry* e = nullptr;
    if (libarchive().archive_read_next_header(raw.a, &e) != ARCHIVE_OK) throw UnpackError("read `" + blob + "`: " + archive_error(raw.a));
  }
  static la_ssize_t read(archive* tar, void* self, const void** out) {
    auto* s = static_cast<HashedStream*>(self);
    la_ssize_t n = libarchive().archive_read_data(s->raw.a, s->buf, sizeof s->buf);
    if (n < 0) {
      s->failed = true;
      libarchive().archive_set_error(tar, EIO, "decompress: %s", archive_error(s->raw.a).c_str());
      return -1;
    }
    s->hash.update(s->buf, static_cast<std::size_t>(n));
    *out = s->buf;
    return n;
  }
  // The rest of the stream (tar's end-of-archive padding and anything after it is part of
  // the diff_id too), then the digest.
  std::string finish() {
    for (;;) {
      la_ssize_t n = libarchive().archive_read_data(raw.a, buf, sizeof buf);
      if (n < 0) throw UnpackError("decompress `" + blob + "`: " + archive_error(raw.a) + " (a truncated or corrupt layer?)");
      if (n == 0) break;
      hash.update(buf, static_cast<std::size_t>(n));
    }
    return hash.digest();
  }
};

}  // namespace

std::string uncompressed_digest(const std::string& blob, std::int64_t* uncompressed_bytes) {
  ReadArchive r;
  libarchive().archive_read_support_filter_all(r.a);
  libarchive().archive_read_support_format_raw(r.a);  // the decompressed stream itself, whatever it holds
  if (libarchive().archive_read_open_filename(r.a, blob.c_str(), 1 << 16) != ARCHIVE_OK)
    throw UnpackError("open `" + blob + "`: " + archive_error(r.a));
  archive_entry* e = nullptr;
  if (libarchive().archive_read_next_header(r.a, &e) != ARCHIVE_OK) throw UnpackError("read `" + blob + "`: " + archive_error(r.a));
  Sha256 h;
  std::int64_t total = 0;
  char buf[1 << 16];
  for (;;) {
    la_ssize_t n = libarchive().archive_read_data(r.a, buf, sizeof buf);
    if (n < 0) throw UnpackError("decompress `" + blob + "`: " + archive_error(r.a) + " (a truncated or corrupt layer?)");
    if (n == 0) break;
    h.update(buf, static_cast<std::size_t>(n));
    total += n;
  }
  if (uncompressed_bytes) *uncompressed_bytes = total;
  return h.digest();
}

GrowingBlob::~GrowingBlob() {
  if (fd_ >= 0) ::close(fd_);
}

void GrowingBlob::grew(std::int64_t size) {
  {
    std::lock_guard<std::mutex> g(m_);
    size_ = size;
  }
  cv_.notify_all();
}

void GrowingBlob::finish(bool complete) {
  {
    std::lock_guard<std::mutex> g(m_);
    done_ = true;
    complete_ = complete;
  }
  cv_.notify_all();
}

GrowingBlob::Next GrowingBlob::wait(std::int64_t offset) {
  std::unique_lock<std::mutex> g(m_);
  cv_.wait(g, [&] { return size_ > offset || done_; });
  if (size_ > offset) return Next::More;
  return complete_ ? Next::End : Next::Failed;
}

UnpackResult unpack_layer(const std::string& blob, const std::string& dir, std::string* diff_id, GrowingBlob* growing) {
  UnpackResult result;
  ReadArchive r;
  std::unique_ptr<HashedStream> hashed;
  std::unique_ptr<BlobFile> file;
  libarchive().archive_read_support_format_tar(r.a);
  libarchive().archive_read_support_format_gnutar(r.a);
  if (diff_id) {
    hashed = std::make_unique<HashedStream>(blob, growing);  // decompressed there: the tar reader gets plain tar
    if (libarchive().archive_read_open(r.a, hashed.get(), nullptr, &HashedStream::read, nullptr) != ARCHIVE_OK)
      throw UnpackError("read `" + blob + "`: " + archive_error(r.a));
  } else {
    libarchive().archive_read_support_filter_all(r.a);  // plain, gzip, zstd, ...
    file = std::make_unique<BlobFile>(blob, growing);
    file->open(r.a, blob);
  }

  WriteDisk w;
  // Ownership, modes, times and xattrs as the layer says; and libarchive's own refusals of
  // absolute paths, '..' and writing through symlinks, behind the checks below. No
  // ARCHIVE_EXTRACT_UNLINK: the directory starts empty, so its unlink before every file only
  // failed (ENOENT, 4,000 syscalls for 4,000 files); an entry that repeats a path still replaces
  // it (libarchive removes what exists, a symlink included, and never writes through it).
  libarchive().archive_write_disk_set_options(w.a, ARCHIVE_EXTRACT_OWNER | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_TIME |
                                                       ARCHIVE_EXTRACT_XATTR | ARCHIVE_EXTRACT_SECURE_SYMLINKS |
                                                       ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS);
  // No archive_write_disk_set_standard_lookup: it maps a file's user and group *names* through
  // the host's passwd and group files, so that a layer's "postgres" file got the host's
  // postgres uid. An image's ids are numbers, as containerd and runc take them.
  // The working directory is the process's, shared by its threads: two threads unpacking at
  // once (a pull's layers, an apply's images) would write into each other's layers. Each
  // unpacking thread takes a working directory of its own (unshare(CLONE_FS): its cwd, root
  // and umask, no longer shared), so layers unpack in parallel; where that is refused (a
  // seccomp profile), one unpack at a time per process.
  static std::mutex cwd_owner;
  thread_local const bool own_cwd = ::unshare(CLONE_FS) == 0;
  std::unique_lock<std::mutex> one_at_a_time(cwd_owner, std::defer_lock);
  if (!own_cwd) one_at_a_time.lock();
  ChdirGuard in_layer(dir);

  std::set<std::string> symlinks;  // entries of this layer that are symlinks
  auto through_symlink = [&](const std::string& path) -> std::string {
    for (std::string p = parent_of(path); !p.empty(); p = parent_of(p))
      if (symlinks.count(p)) return p;
    return "";
  };

  archive_entry* e = nullptr;
  for (;;) {
    int rc = libarchive().archive_read_next_header(r.a, &e);
    if (rc == ARCHIVE_EOF) break;
    if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
      throw UnpackError("read `" + blob + "`: " + archive_error(r.a) + " (a truncated or corrupt layer?)");
    const char* raw = libarchive().archive_entry_pathname(e);
    std::string path = clean_path(raw ? raw : "", "entry");
    if (path.empty()) continue;  // "./": the layer's root itself
    if (std::string via = through_symlink(path); !via.empty())
      throw UnpackError("entry `" + path + "` goes through the symlink `" + via + "` of the same layer; refused");
    std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    std::string parent = parent_of(path);

    // Whiteouts: the AUFS names OCI layers use, turned into what overlayfs understands.
    if (base == ".wh..wh..opq") {
      std::string d = parent.empty() ? "." : parent;
      make_parents(parent);
      if (::setxattr(d.c_str(), "trusted.overlay.opaque", "y", 1, 0) != 0)
        throw UnpackError("setxattr trusted.overlay.opaque `" + dir + "/" + d + "`: " + errno_text(errno));
      ++result.whiteouts;
      continue;
    }
    if (base.rfind(".wh.", 0) == 0) {
      std::string target = (parent.empty() ? "" : parent + "/") + base.substr(4);
      make_parents(parent);
      ::unlink(target.c_str());
      if (::mknod(target.c_str(), S_IFCHR | 0000, makedev(0, 0)) != 0)
        throw UnpackError("mknod (whiteout) `" + dir + "/" + target + "`: " + errno_text(errno));
      ++result.whiteouts;
      continue;
    }
    libarchive().archive_entry_set_pathname(e, path.c_str());
    if (const char* link = libarchive().archive_entry_hardlink(e)) {
      std::string target = clean_path(link, "hard link target of `" + path + "`");
      libarchive().archive_entry_set_hardlink(e, target.c_str());
    }
    if (libarchive().archive_entry_filetype(e) == AE_IFLNK) symlinks.insert(path);
    if (libarchive().archive_entry_filetype(e) == AE_IFREG) result.bytes += libarchive().archive_entry_size(e);

    rc = libarchive().archive_write_header(w.a, e);
    if (rc < ARCHIVE_WARN) throw UnpackError("extract `" + path + "`: " + archive_error(w.a));
    if (libarchive().archive_entry_size(e) > 0 && !libarchive().archive_entry_hardlink(e)) {
      const void* buf;
      size_t size;
      la_int64_t offset;
      for (;;) {
        rc = libarchive().archive_read_data_block(r.a, &buf, &size, &offset);
        if (rc == ARCHIVE_EOF) break;
        if (rc != ARCHIVE_OK) throw UnpackError("read `" + path + "` from `" + blob + "`: " + archive_error(r.a));
        if (libarchive().archive_write_data_block(w.a, buf, size, offset) != ARCHIVE_OK)
          throw UnpackError("write `" + path + "`: " + archive_error(w.a));
      }
    }
    if (libarchive().archive_write_finish_entry(w.a) < ARCHIVE_WARN) throw UnpackError("finish `" + path + "`: " + archive_error(w.a));
    ++result.entries;
  }
  if (libarchive().archive_write_close(w.a) != ARCHIVE_OK) throw UnpackError("finish layer `" + dir + "`: " + archive_error(w.a));
  if (diff_id) *diff_id = hashed->finish();
  return result;
}

}  // namespace podrun::image
