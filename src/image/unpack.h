// Layers: verify their uncompressed digest, and unpack them into a directory in the form
// overlayfs stacks (libarchive reads plain, gzip and zstd tars).
#pragma once

#include <cstdint>
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
UnpackResult unpack_layer(const std::string& blob, const std::string& dir, std::string* diff_id = nullptr);

}  // namespace podrun::image
