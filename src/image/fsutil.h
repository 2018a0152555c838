// Small file-system helpers for the image store: atomic writes, whole-file reads, sizes.
#pragma once

#include <cstdint>
#include <string>

#include "common/clock.h"

namespace podrun::image {

// Writes `data` to `path` atomically: a temporary file in the same directory, fsync, rename,
// fsync of the directory. Throws StoreError naming the step, path and errno.
void write_file_atomic(const std::string& path, const std::string& data, int mode = 0644);
std::string read_file(const std::string& path);  // throws StoreError
// Copies a file (through a temporary name, then rename); a hard link when on one filesystem.
void copy_file_atomic(const std::string& from, const std::string& to);
std::int64_t file_size(const std::string& path);  // -1 when missing
std::string errno_text(int err);

}  // namespace podrun::image
