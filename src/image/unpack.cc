#include "image/unpack.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <memory>
#include <mutex>
#include <set>

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

// The decompressed stream of a blob, hashed as it is read: the tar reader's input when a
// diff_id is wanted (archive_read_open's callbacks pull from the raw reader).
struct HashedStream {
  ReadArchive raw;
  Sha256 hash;
  std::string blob;
  char buf[1 << 16];
  bool failed = false;

  explicit HashedStream(const std::string& b) : blob(b) {
    libarchive().archive_read_support_filter_all(raw.a);
    libarchive().archive_read_support_format_raw(raw.a);
    if (libarchive().archive_read_open_filename(raw.a, blob.c_str(), 1 << 16) != ARCHIVE_OK)
      throw UnpackError("open `" + blob + "`: " + archive_error(raw.a));
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

UnpackResult unpack_layer(const std::string& blob, const std::string& dir, std::string* diff_id) {
  UnpackResult result;
  ReadArchive r;
  std::unique_ptr<HashedStream> hashed;
  libarchive().archive_read_support_format_tar(r.a);
  libarchive().archive_read_support_format_gnutar(r.a);
  if (diff_id) {
    hashed = std::make_unique<HashedStream>(blob);  // decompressed there: the tar reader gets plain tar
    if (libarchive().archive_read_open(r.a, hashed.get(), nullptr, &HashedStream::read, nullptr) != ARCHIVE_OK)
      throw UnpackError("read `" + blob + "`: " + archive_error(r.a));
  } else {
    libarchive().archive_read_support_filter_all(r.a);  // plain, gzip, zstd, ...
    if (libarchive().archive_read_open_filename(r.a, blob.c_str(), 1 << 16) != ARCHIVE_OK)
      throw UnpackError("open `" + blob + "`: " + archive_error(r.a));
  }

  WriteDisk w;
  // Ownership, modes, times and xattrs as the layer says; and libarchive's own refusals of
  // absolute paths, '..' and writing through symlinks, behind the checks below.
  libarchive().archive_write_disk_set_options(
      w.a, ARCHIVE_EXTRACT_OWNER | ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_XATTR | ARCHIVE_EXTRACT_SECURE_SYMLINKS |
               ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_NOABSOLUTEPATHS | ARCHIVE_EXTRACT_UNLINK);
  libarchive().archive_write_disk_set_standard_lookup(w.a);
  // The working directory is the process's: two threads unpacking at once (a pull per image
  // in apply) would write into each other's layers. One unpack at a time per process.
  static std::mutex cwd_owner;
  std::lock_guard<std::mutex> one_at_a_time(cwd_owner);
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
