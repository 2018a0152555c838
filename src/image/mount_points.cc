#include "image/mount_points.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "common/files.h"
#include "common/log.h"
#include "common/run_dirs.h"
#include "image/digest.h"
#include "image/fsutil.h"
#include "image/rootfs.h"

namespace podrun::image {

namespace {

bool is_whiteout(const struct stat& st) { return S_ISCHR(st.st_mode) && st.st_rdev == 0; }

bool is_opaque(const std::string& dir) {
  char v = 0;
  std::string name = std::string(overlay_xattr_prefix()) + "opaque";
  return ::lgetxattr(dir.c_str(), name.c_str(), &v, 1) == 1 && v == 'y';
}

// What the merged view of the layers has at /etc: the layers whose etc directories merge
// (top first, down to an opaque one), and the attributes of the topmost. `usable` is false when
// the topmost /etc is not a directory (a symlink, a file, a whiteout): no mount points then.
struct MergedEtc {
  bool usable = true;
  std::vector<std::string> dirs;  // top first
  struct stat top {};
};

MergedEtc merged_etc(const std::vector<std::string>& layers_top_first) {
  MergedEtc m;
  for (const std::string& layer : layers_top_first) {
    std::string etc = layer + "/etc";
    struct stat st {};
    if (::lstat(etc.c_str(), &st) != 0) continue;  // this layer leaves /etc as the ones below have it
    if (!S_ISDIR(st.st_mode)) {
      m.usable = m.dirs.empty() ? is_whiteout(st) : true;  // a whiteout on top: no /etc at all
      break;
    }
    if (m.dirs.empty()) m.top = st;
    m.dirs.push_back(etc);
    if (is_opaque(etc)) break;
  }
  return m;
}

// Whether the merged view has /etc/NAME (anything but a whiteout in the topmost layer with it).
bool merged_has(const MergedEtc& m, const std::string& name) {
  for (const std::string& dir : m.dirs) {
    struct stat st {};
    if (::lstat((dir + "/" + name).c_str(), &st) == 0) return !is_whiteout(st);
  }
  return false;
}

// The layer in a staging directory: etc with the image's attributes, the missing files.
bool build(const std::string& staging, const MergedEtc& m, const std::vector<std::string>& missing) {
  std::string etc = staging + "/etc";
  bool have_etc = !m.dirs.empty();
  if (::mkdir(etc.c_str(), have_etc ? (m.top.st_mode & 07777) : 0755) != 0) return false;
  for (const std::string& name : missing) {
    int fd = ::open((etc + "/" + name).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    bool mode_set = ::fchmod(fd, 0644) == 0;  // whatever the caller's umask
    ::close(fd);
    if (!mode_set) return false;
  }
  // Owner, mode (again: the umask), then the times last: creating the files changed them.
  if (::chmod(etc.c_str(), have_etc ? (m.top.st_mode & 07777) : 0755) != 0) return false;
  if (!have_etc) return true;
  if (::lchown(etc.c_str(), m.top.st_uid, m.top.st_gid) != 0 && errno != EPERM) return false;
  if (::chmod(etc.c_str(), m.top.st_mode & 07777) != 0) return false;  // chown cleared set-id bits
  struct timespec times[2] = {m.top.st_atim, m.top.st_mtim};
  return ::utimensat(AT_FDCWD, etc.c_str(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

}  // namespace

std::string mount_point_layer_path(const Store& store, const ImageRecord& image) {
  return store.root() + "/mountpoints/" + digest_hex(image.manifest_digest);
}

std::string mount_point_layer(const Store& store, const ImageRecord& image) {
  const std::string path = mount_point_layer_path(store, image);
  if (files::is_dir(path)) return path;
  // 1. What the image's merged /etc lacks.
  MergedEtc m = merged_etc(layer_dirs(store, image));
  if (!m.usable) return "";
  std::vector<std::string> missing;
  for (const char* f : kMountPointFiles) {
    std::string name = files::base_name(f);
    if (!merged_has(m, name)) missing.push_back(name);
  }
  if (missing.empty()) return "";
  // 2. Made in the staging directory (PREFIX-PID-RANDOM: swept if this process dies half-way),
  //    renamed into place; another podrun that made it first wins.
  std::string staging = files::make_dirs(store.tmp_dir(), 0700) ? store.make_staging_dir("mountpoints", 0755) : "";
  if (staging.empty()) {
    log::debug("no mount-point layer for " + image.manifest_digest + ": " + store.tmp_dir() + ": " + errno_text(errno));
    return "";
  }
  bool made = build(staging, m, missing) && files::make_dirs(store.root() + "/mountpoints", 0700) &&
              (::rename(staging.c_str(), path.c_str()) == 0 || files::is_dir(path));
  int err = errno;
  if (files::is_dir(staging)) files::remove_all(staging);
  if (!made) {
    log::debug("no mount-point layer for " + image.manifest_digest + ": " + errno_text(err));
    return "";
  }
  return path;
}

}  // namespace podrun::image
