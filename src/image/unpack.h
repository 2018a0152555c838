// Layers: verify their uncompressed digest, and unpack them into a directory in the form
// overlayfs stacks (libarchive reads plain, gzip and zstd tars).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>

namespace podrun::image {

struct UnpackError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// sha256 of the decompressed stream (an OCI diff_id). Throws UnpackError on a corrupt or
// truncated blob.
std::string uncompressed_digest(const std::string& blob, std::int64_t* uncompressed_bytes = nullptr);

struct UnpackResult {
  std::size_t entries = 0, whiteouts = 0;
  std::int64_t bytes = 0;  // regular file contents
};

// Unpacks the tar `blob` into the existing directory `dir`, keeping ownership, modes, times,
// xattrs, hard links, symlinks and device nodes. Whiteouts become overlayfs whiteouts (`.wh.X`
// → a 0/0 character device X; `.wh..wh..opq` → trusted.overlay.opaque=y on the directory).
// Any entry that would leave `dir` (absolute, `..`, or through a symlink of the layer) is
// refused with UnpackError; the caller removes `dir`. Needs root (mknod, trusted xattrs).
//
// With `diff_id`, the decompressed stream is also hashed on its way to the tar reader: the
// layer's diff_id comes out of the same single pass (a pull checks it against the config
// before the directory is kept), instead of a second decompression.
//
// With `growing`, `blob` is a file that a download is still writing (image/pull.cc): it is
// read as it grows, so the layer unpacks while it downloads. Nothing of it is trusted for
// that: the download verifies the blob's digest when it ends, and the diff_id (which the
// caller checks against the image's config) is of exactly what was unpacked.
class GrowingBlob;
UnpackResult unpack_layer(const std::string& blob, const std::string& dir, std::string* diff_id = nullptr, GrowingBlob* growing = nullptr);

// The writer's side of a blob being downloaded, and the reader's wait for more of it.
class GrowingBlob {
 public:
  // `fd`: the file the download writes, opened by the writer before it can be renamed (the
  // reader reads it with pread; the rename into the store keeps the inode).
  explicit GrowingBlob(int fd) : fd_(fd) {}
  ~GrowingBlob();
  GrowingBlob(const GrowingBlob&) = delete;
  GrowingBlob& operator=(const GrowingBlob&) = delete;
  int fd() const { return fd_; }
  void grew(std::int64_t size);  // the file now holds `size` bytes (after a restart, fewer)
  void finish(bool complete);    // the download ended: the whole blob, or a failure
  enum class Next { More, End, Failed };
  // The reader has read `offset` bytes: waits until the file holds more, or the download ended.
  Next wait(std::int64_t offset);

 private:
  int fd_;
  std::mutex m_;
  std::condition_variable cv_;
  std::int64_t size_ = 0;
  bool done_ = false, complete_ = false;
};

}  // namespace podrun::image
