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
  decltype(&::archive_entry_filetype) archive_entry_filetype;
  decltype(&::archive_entry_hardlink) archive_entry_hardlink;
  decltype(&::archive_entry_pathname) archive_entry_pathname;
  decltype(&::archive_entry_set_hardlink) archive_entry_set_hardlink;
  decltype(&::archive_entry_set_pathname) archive_entry_set_pathname;
  decltype(&::archive_entry_size) archive_entry_size;
  decltype(&::archive_error_string) archive_error_string;
  decltype(&::archive_read_data) archive_read_data;
  decltype(&::archive_read_data_block) archive_read_data_block;
  decltype(&::archive_read_free) archive_read_free;
  decltype(&::archive_read_new) archive_read_new;
  decltype(&::archive_read_next_header) archive_read_next_header;
  decltype(&::archive_read_open) archive_read_open;
  decltype(&::archive_set_error) archive_set_error;
  decltype(&::archive_read_open_filename) archive_read_open_filename;
  decltype(&::archive_read_support_filter_all) archive_read_support_filter_all;
  decltype(&::archive_read_support_format_gnutar) archive_read_support_format_gnutar;
  decltype(&::archive_read_support_format_raw) archive_read_support_format_raw;
  decltype(&::archive_read_support_format_tar) archive_read_support_format_tar;
  decltype(&::archive_write_close) archive_write_close;
  decltype(&::archive_write_data_block) archive_write_data_block;
  decltype(&::archive_write_disk_new) archive_write_disk_new;
  decltype(&::archive_write_disk_set_options) archive_write_disk_set_options;
  decltype(&::archive_write_finish_entry) archive_write_finish_entry;
  decltype(&::archive_write_free) archive_write_free;
  decltype(&::archive_write_header) archive_write_header;
};

// Throws UnpackError when libarchive (libarchive.so.13) cannot be loaded.
const LibArchive& libarchive();

}  // namespace podrun::image
