// Writes a layer's entries beneath its directory with a handful of syscalls per file.
//
// libarchive's disk writer checks every path component with lstat and works relative to the
// process's working directory: about 16 syscalls per file, and one unpack at a time per
// working directory. This writer resolves parents through a cache of directory descriptors
// (openat with O_NOFOLLOW at each component, so nothing is ever reached through a symlink) and
// creates each entry with *at() calls relative to its parent: a regular file of one block
// costs openat, write, futimens and close. Ownership and modes are set only where creation
// did not already give them.
//
// Paths are relative to the layer's directory and already clean (no leading '/', no '.' or
// '..' components, no empty components): image/unpack.cc checks that before calling here.
#pragma once

#include <sys/stat.h>
#include <sys/types.h>

#include <cstdint>
#include <ctime>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/fd.h"

namespace podrun::image {

struct EntryMeta {
  mode_t mode = 0;  // permission bits, with set-user-ID, set-group-ID and sticky
  uid_t uid = 0;
  gid_t gid = 0;
  timespec atime{0, UTIME_OMIT}, mtime{0, UTIME_OMIT};
  std::vector<std::pair<std::string, std::string>> xattrs;
};

// The share of the store's filesystem, in blocks and in inodes, that an unpack leaves free: a
// layer (or an archive's staging) that would take more is refused, so no image can fill the
// disk (a gzip of zeros expands about 1,000 times, tiny files cost an inode and a block each).
constexpr int kFreeReservePercent = 5;
// Empty while the filesystem of `dir_fd` has more than the reserve free; else what is left.
std::string space_shortage(int dir_fd);

class LayerWriter {
 public:
  // `dir`: the layer's directory, existing and empty. Throws UnpackError.
  explicit LayerWriter(const std::string& dir);
  LayerWriter(const LayerWriter&) = delete;
  LayerWriter& operator=(const LayerWriter&) = delete;

  // Each entry replaces what an earlier entry left at its path (a directory only when it is
  // empty), never writing through it. Throws UnpackError naming the path, step and errno.
  void directory(const std::string& path, const EntryMeta& m);
  void symlink(const std::string& path, const std::string& target, const EntryMeta& m);
  void hardlink(const std::string& path, const std::string& target);
  void node(const std::string& path, mode_t type, dev_t dev, const EntryMeta& m);  // S_IFCHR, S_IFBLK, S_IFIFO
  // A regular file: begin_file, then write() its data blocks, then end_file.
  void begin_file(const std::string& path, const EntryMeta& m);
  void write(const void* data, std::size_t size, std::int64_t offset);
  void end_file(std::int64_t size);
  // overlayfs's forms of the OCI whiteouts: a 0/0 character device, an opaque directory.
  void whiteout(const std::string& path);
  void opaque(const std::string& dir);
  // Directories' times, deepest first (creating their entries changed them).
  void finish();

 private:
  struct Dir {
    UniqueFd fd;
    gid_t new_gid;  // the group a file created in it gets
    bool setgid;    // and a directory created in it is set-group-ID too
  };
  const Dir& dir(const std::string& path);  // created (0755, as an implicit parent) when missing
  // Creates the entry `name` in `parent` with `make` (returns 0 or -1 with errno); on EEXIST,
  // removes what is there and tries again.
  template <typename Make>
  void create(const Dir& parent, const std::string& path, const std::string& name, const char* step, Make make);
  void remove_existing(const Dir& parent, const std::string& path, const std::string& name);
  // Owner and mode where creating the entry did not already give them; through `fd` when given.
  void set_owner_mode(const Dir& parent, const std::string& path, const std::string& name, const EntryMeta& m, bool exists, int fd,
                      bool is_symlink);
  [[noreturn]] void fail(const std::string& path, const char* step, int err) const;
  // Counts an entry (inode) or bytes written; every so often, checks the free-space reserve.
  void account(const std::string& path, std::int64_t bytes, int inodes);

  std::string root_path_;
  Dir root_;
  std::unordered_map<std::string, Dir> dirs_;  // a bounded cache, keyed by path
  mode_t umask_ = 0777;                        // the process's, read once; unknown → always fchmod
  uid_t euid_;
  gid_t egid_;
  struct DirTimes {
    std::string path;
    timespec times[2];
  };
  std::vector<DirTimes> dir_times_;
  std::int64_t bytes_unchecked_ = 0;
  int inodes_unchecked_ = 0;
  // The regular file being written.
  UniqueFd file_;
  std::string file_path_;
  EntryMeta file_meta_;
  gid_t file_new_gid_ = 0;
  bool file_setgid_dir_ = false;
  std::int64_t file_end_ = 0;
};

}  // namespace podrun::image
