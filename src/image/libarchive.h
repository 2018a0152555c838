// libarchive, loaded when an image is first imported or unpacked, not when podrun starts.
//
// Linking libarchive made every podrun command (get, validate, apply...) pay for loading it
// and what it links (libxml2, ICU, nettle, the compressors): about 2 ms of a 5 ms start, on
// every call. Only `image import` needs it, so it is opened with dlopen on first use; the
// functions keep libarchive's own signatures (from its headers).
#pragma once

#include <archive.h>
#include <archive_entry.h>

namespace podrun::image {

struct LibArchive {
  decltype(&::archive_entry_atime) archive_entry_atime;
  decltype(&::archive_entry_atime_is_set) archive_entry_atime_is_set;
  decltype(&::archive_entry_atime_nsec) archive_entry_atime_nsec;
  decltype(&::archive_entry_filetype) archive_entry_filetype;
  decltype(&::archive_entry_gid) archive_entry_gid;
  decltype(&::archive_entry_hardlink) archive_entry_hardlink;
  decltype(&::archive_entry_mode) archive_entry_mode;
  decltype(&::archive_entry_mtime) archive_entry_mtime;
  decltype(&::archive_entry_mtime_is_set) archive_entry_mtime_is_set;
  decltype(&::archive_entry_mtime_nsec) archive_entry_mtime_nsec;
  decltype(&::archive_entry_pathname) archive_entry_pathname;
  decltype(&::archive_entry_rdev) archive_entry_rdev;
  decltype(&::archive_entry_set_hardlink) archive_entry_set_hardlink;
  decltype(&::archive_entry_set_pathname) archive_entry_set_pathname;
  decltype(&::archive_entry_size) archive_entry_size;
  decltype(&::archive_entry_symlink) archive_entry_symlink;
  decltype(&::archive_entry_uid) archive_entry_uid;
  decltype(&::archive_entry_xattr_next) archive_entry_xattr_next;
  decltype(&::archive_entry_xattr_reset) archive_entry_xattr_reset;
  decltype(&::archive_error_string) archive_error_string;
  decltype(&::archive_read_data) archive_read_data;
  decltype(&::archive_read_data_block) archive_read_data_block;
  decltype(&::archive_read_free) archive_read_free;
  decltype(&::archive_read_new) archive_read_new;
  decltype(&::archive_read_next_header) archive_read_next_header;
  decltype(&::archive_read_open) archive_read_open;
  decltype(&::archive_read_open_filename) archive_read_open_filename;
  decltype(&::archive_read_support_filter_all) archive_read_support_filter_all;
  decltype(&::archive_read_support_format_gnutar) archive_read_support_format_gnutar;
  decltype(&::archive_read_support_format_raw) archive_read_support_format_raw;
  decltype(&::archive_read_support_format_tar) archive_read_support_format_tar;
  decltype(&::archive_set_error) archive_set_error;
};

// Throws UnpackError when libarchive (libarchive.so.13) cannot be loaded.
const LibArchive& libarchive();

}  // namespace podrun::image
