#include "image/unpack.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <mutex>
#include <set>

#include "common/fd.h"
#include "image/digest.h"
#include "image/fsutil.h"
#include "image/layer_writer.h"
#include "image/libarchive.h"

namespace podrun::image {

namespace {

struct ReadArchive {
  archive* a = libarchive().archive_read_new();
  ~ReadArchive() { libarchive().archive_read_free(a); }
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

// An entry's owner, mode, times and xattrs. A time the tar does not carry (plain ustar has no
// atime) is the modification time, as containerd sets it.
EntryMeta meta_of(archive_entry* e) {
  const LibArchive& la = libarchive();
  EntryMeta m;
  m.mode = la.archive_entry_mode(e) & 07777;
  m.uid = static_cast<uid_t>(la.archive_entry_uid(e));
  m.gid = static_cast<gid_t>(la.archive_entry_gid(e));
  if (la.archive_entry_mtime_is_set(e)) m.mtime = {la.archive_entry_mtime(e), la.archive_entry_mtime_nsec(e)};
  m.atime = la.archive_entry_atime_is_set(e) ? timespec{la.archive_entry_atime(e), la.archive_entry_atime_nsec(e)} : m.mtime;
  if (la.archive_entry_xattr_reset(e) > 0) {
    const char* name;
    const void* value;
    size_t size;
    while (la.archive_entry_xattr_next(e, &name, &value, &size) == ARCHIVE_OK)
      m.xattrs.emplace_back(name, std::string(static_cast<const char*>(value), size));
  }
  return m;
}

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
  const LibArchive& la = libarchive();
  UnpackResult result;
  ReadArchive r;
  std::unique_ptr<HashedStream> hashed;
  std::unique_ptr<BlobFile> file;
  la.archive_read_support_format_tar(r.a);
  la.archive_read_support_format_gnutar(r.a);
  if (diff_id) {
    hashed = std::make_unique<HashedStream>(blob, growing);  // decompressed there: the tar reader gets plain tar
    if (la.archive_read_open(r.a, hashed.get(), nullptr, &HashedStream::read, nullptr) != ARCHIVE_OK)
      throw UnpackError("read `" + blob + "`: " + archive_error(r.a));
  } else {
    la.archive_read_support_filter_all(r.a);  // plain, gzip, zstd, ...
    file = std::make_unique<BlobFile>(blob, growing);
    file->open(r.a, blob);
  }

  // Entries are written by LayerWriter (image/layer_writer.h): relative to descriptors of
  // their directories, never through a symlink, a few syscalls each. Ownership is the layer's
  // numeric uid and gid (an image's ids are numbers, as containerd and runc take them; the
  // host's passwd and group files are never consulted); modes, times and xattrs as it says.
  LayerWriter out(dir);

  std::set<std::string> symlinks;  // entries of this layer that are symlinks
  auto through_symlink = [&](const std::string& path) -> std::string {
    for (std::string p = parent_of(path); !p.empty(); p = parent_of(p))
      if (symlinks.count(p)) return p;
    return "";
  };

  archive_entry* e = nullptr;
  for (;;) {
    int rc = la.archive_read_next_header(r.a, &e);
    if (rc == ARCHIVE_EOF) break;
    if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
      throw UnpackError("read `" + blob + "`: " + archive_error(r.a) + " (a truncated or corrupt layer?)");
    const char* raw = la.archive_entry_pathname(e);
    std::string path = clean_path(raw ? raw : "", "entry");
    if (path.empty()) continue;  // "./": the layer's root itself
    if (std::string via = through_symlink(path); !via.empty())
      throw UnpackError("entry `" + path + "` goes through the symlink `" + via + "` of the same layer; refused");
    std::string base = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    std::string parent = parent_of(path);

    // Whiteouts: the AUFS names OCI layers use, turned into what overlayfs understands.
    if (base == ".wh..wh..opq") {
      out.opaque(parent);
      ++result.whiteouts;
      continue;
    }
    if (base.rfind(".wh.", 0) == 0) {
      // `.wh.` names the entry it deletes: never nothing, `.` or `..` (the directory itself
      // or its parent, outside what a whiteout may delete).
      if (std::string victim = base.substr(4); victim.empty() || victim == "." || victim == "..")
        throw UnpackError("entry `" + path + "` is a whiteout of `" + victim + "`, not of an entry of its directory; refused");
      out.whiteout((parent.empty() ? "" : parent + "/") + base.substr(4));
      ++result.whiteouts;
      continue;
    }
    if (const char* link = la.archive_entry_hardlink(e)) {
      std::string target = clean_path(link, "hard link target of `" + path + "`");
      if (std::string via = through_symlink(target); !via.empty())
        throw UnpackError("hard link target `" + target + "` goes through the symlink `" + via + "` of the same layer; refused");
      out.hardlink(path, target);
      ++result.entries;
      continue;  // a hard link's data, if a tar carries any, is the target's
    }
    EntryMeta m = meta_of(e);
    if (!symlinks.empty()) symlinks.erase(path);  // replaced by what follows
    switch (la.archive_entry_filetype(e)) {
      case AE_IFDIR: out.directory(path, m); break;
      case AE_IFLNK:
        symlinks.insert(path);
        out.symlink(path, la.archive_entry_symlink(e) ? la.archive_entry_symlink(e) : "", m);
        break;
      case AE_IFCHR: out.node(path, S_IFCHR, la.archive_entry_rdev(e), m); break;
      case AE_IFBLK: out.node(path, S_IFBLK, la.archive_entry_rdev(e), m); break;
      case AE_IFIFO: out.node(path, S_IFIFO, 0, m); break;
      case AE_IFREG: {
        std::int64_t size = la.archive_entry_size(e);
        out.begin_file(path, m);
        const void* buf;
        size_t n;
        la_int64_t offset;
        for (;;) {
          rc = la.archive_read_data_block(r.a, &buf, &n, &offset);
          if (rc == ARCHIVE_EOF) break;
          if (rc != ARCHIVE_OK) throw UnpackError("read `" + path + "` from `" + blob + "`: " + archive_error(r.a));
          out.write(buf, n, offset);
        }
        out.end_file(size);
        result.bytes += size;
        break;
      }
      default: throw UnpackError("entry `" + path + "` has a file type podrun does not unpack (a socket?); refused");
    }
    ++result.entries;
  }
  out.finish();
  if (diff_id) *diff_id = hashed->finish();
  return result;
}

}  // namespace podrun::image
