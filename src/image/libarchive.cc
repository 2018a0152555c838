#include "image/libarchive.h"

#include <dlfcn.h>

#include <string>

#include "common/linkage.h"
#include "image/unpack.h"

namespace podrun::image {

namespace {

LibArchive load() {
  require_dynamic_build("reading an archive", "libarchive");
  void* lib = ::dlopen("libarchive.so.13", RTLD_NOW | RTLD_LOCAL);
  if (!lib) throw UnpackError(std::string("cannot load libarchive (Debian package libarchive13): ") + ::dlerror());
  LibArchive a{};
  auto get = [lib](auto& fn, const char* name) {
    fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(lib, name));
    if (!fn) throw UnpackError(std::string("libarchive has no ") + name);
  };
  get(a.archive_entry_atime, "archive_entry_atime");
  get(a.archive_entry_atime_is_set, "archive_entry_atime_is_set");
  get(a.archive_entry_atime_nsec, "archive_entry_atime_nsec");
  get(a.archive_entry_filetype, "archive_entry_filetype");
  get(a.archive_entry_gid, "archive_entry_gid");
  get(a.archive_entry_hardlink, "archive_entry_hardlink");
  get(a.archive_entry_mode, "archive_entry_mode");
  get(a.archive_entry_mtime, "archive_entry_mtime");
  get(a.archive_entry_mtime_is_set, "archive_entry_mtime_is_set");
  get(a.archive_entry_mtime_nsec, "archive_entry_mtime_nsec");
  get(a.archive_entry_pathname, "archive_entry_pathname");
  get(a.archive_entry_rdev, "archive_entry_rdev");
  get(a.archive_entry_set_hardlink, "archive_entry_set_hardlink");
  get(a.archive_entry_set_pathname, "archive_entry_set_pathname");
  get(a.archive_entry_size, "archive_entry_size");
  get(a.archive_entry_symlink, "archive_entry_symlink");
  get(a.archive_entry_uid, "archive_entry_uid");
  get(a.archive_entry_xattr_next, "archive_entry_xattr_next");
  get(a.archive_entry_xattr_reset, "archive_entry_xattr_reset");
  get(a.archive_error_string, "archive_error_string");
  get(a.archive_read_data, "archive_read_data");
  get(a.archive_read_data_block, "archive_read_data_block");
  get(a.archive_read_free, "archive_read_free");
  get(a.archive_read_new, "archive_read_new");
  get(a.archive_read_next_header, "archive_read_next_header");
  get(a.archive_read_open, "archive_read_open");
  get(a.archive_read_open_filename, "archive_read_open_filename");
  get(a.archive_read_support_filter_all, "archive_read_support_filter_all");
  get(a.archive_read_support_format_gnutar, "archive_read_support_format_gnutar");
  get(a.archive_read_support_format_raw, "archive_read_support_format_raw");
  get(a.archive_read_support_format_tar, "archive_read_support_format_tar");
  get(a.archive_set_error, "archive_set_error");
  return a;  // the library stays loaded for the life of the process
}

}  // namespace

const LibArchive& libarchive() {
  static const LibArchive a = load();
  return a;
}

}  // namespace podrun::image
