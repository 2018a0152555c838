#include "image/rootfs.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>

#include "common/files.h"
#include "common/run_dirs.h"
#include "image/fsutil.h"

namespace podrun::image {

namespace {

[[noreturn]] void fail(const std::string& step, const std::string& path, int err) {
  throw RootfsError(step + " `" + path + "`: " + errno_text(err));
}

// overlayfs option values: ',' ':' and '\' are escaped with a backslash.
std::string escape_option(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ',' || c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

void make_dir(const std::string& p, mode_t mode) {
  if (::mkdir(p.c_str(), mode) != 0 && errno != EEXIST) fail("mkdir", p, errno);
}

bool is_whiteout(const struct stat& st) { return S_ISCHR(st.st_mode) && st.st_rdev == makedev(0, 0); }

bool is_opaque(const std::string& dir) {
  char v[2] = {};
  const std::string name = std::string(overlay_xattr_prefix()) + "opaque";
  return ::lgetxattr(dir.c_str(), name.c_str(), v, sizeof v) == 1 && v[0] == 'y';
}

void copy_attrs(const std::string& from, const std::string& to, const struct stat& st, std::uint32_t id_shift) {
  if (::lchown(to.c_str(), st.st_uid + id_shift, st.st_gid + id_shift) != 0) fail("lchown", to, errno);
  if (!S_ISLNK(st.st_mode) && ::chmod(to.c_str(), st.st_mode & 07777) != 0) fail("chmod", to, errno);
  // Extended attributes, except overlayfs' own markers (they mean nothing in a plain copy).
  char names[4096];
  ssize_t len = ::llistxattr(from.c_str(), names, sizeof names);
  for (ssize_t i = 0; i < len;) {
    std::string name = names + i;
    i += static_cast<ssize_t>(name.size()) + 1;
    if (name.rfind("trusted.overlay.", 0) == 0 || name.rfind("user.overlay.", 0) == 0) continue;
    char value[4096];
    ssize_t vlen = ::lgetxattr(from.c_str(), name.c_str(), value, sizeof value);
    if (vlen >= 0 && ::lsetxattr(to.c_str(), name.c_str(), value, static_cast<std::size_t>(vlen), 0) != 0)
      fail("setxattr " + name, to, errno);
  }
}

// Applies one layer onto `to`: what overlayfs would show, made of real files.
void apply_layer(const std::string& from, const std::string& to, std::uint32_t id_shift) {
  DIR* d = ::opendir(from.c_str());
  if (!d) fail("opendir", from, errno);
  std::vector<std::string> names;
  while (dirent* e = ::readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(n);
  }
  ::closedir(d);
  for (const auto& n : names) {
    std::string src = from + "/" + n, dst = to + "/" + n;
    struct stat st {};
    if (::lstat(src.c_str(), &st) != 0) fail("lstat", src, errno);
    if (is_whiteout(st)) {  // deleted in this layer
      files::remove_all(dst);
      continue;
    }
    struct stat existing {};
    bool exists = ::lstat(dst.c_str(), &existing) == 0;
    if (S_ISDIR(st.st_mode)) {
      if (exists && (!S_ISDIR(existing.st_mode) || is_opaque(src))) files::remove_all(dst);  // replaced or hidden
      make_dir(dst, 0755);
      copy_attrs(src, dst, st, id_shift);
      apply_layer(src, dst, id_shift);
      continue;
    }
    if (exists) files::remove_all(dst);
    if (S_ISREG(st.st_mode)) {
      if (!files::copy_file(src, dst, st.st_mode & 07777)) throw RootfsError("copy `" + src + "` to `" + dst + "`: " + errno_text(errno));
    } else if (S_ISLNK(st.st_mode)) {
      std::string target(static_cast<std::size_t>(st.st_size) + 1, '\0');
      ssize_t len = ::readlink(src.c_str(), target.data(), target.size());
      if (len < 0) fail("readlink", src, errno);
      target.resize(static_cast<std::size_t>(len));
      if (::symlink(target.c_str(), dst.c_str()) != 0) fail("symlink", dst, errno);
    } else if (::mknod(dst.c_str(), st.st_mode, st.st_rdev) != 0) {
      fail("mknod", dst, errno);
    }
    copy_attrs(src, dst, st, id_shift);
  }
}

}  // namespace

RootfsResult prepare_rootfs(const std::vector<std::string>& layers_top_first, const std::string& container_dir, const std::string& target,
                            const RootfsOptions& options) {
  RootfsResult r;
  make_dir(container_dir, 0700);
  std::string upper = container_dir + "/upper", work = container_dir + "/work";
  make_dir(upper, 0755);
  make_dir(work, 0700);
  make_dir(target, 0755);
  if (options.upper_owner && ::chown(upper.c_str(), *options.upper_owner, *options.upper_owner) != 0) fail("chown", upper, errno);
  if (!options.force_copy) {
    std::string data = "lowerdir=";
    if (!options.mount_points.empty() && ::access(options.mount_points.c_str(), F_OK) == 0)
      data += escape_option(options.mount_points) + ":";
    for (std::size_t i = 0; i < layers_top_first.size(); ++i) data += (i ? ":" : "") + escape_option(layers_top_first[i]);
    data += ",upperdir=" + escape_option(upper) + ",workdir=" + escape_option(work);
    if (in_rootless_session()) data += ",userxattr";  // a user namespace may not set trusted.* xattrs
    // volatile: no sync of the upper filesystem when the overlay goes (Linux 5.10). The
    // writable layer is thrown away with its container anyway; on a disk (ext4) that sync is a
    // journal commit at every container's exit. Kernels without it get the plain mount.
    if (data.size() < 4000 && ::mount("overlay", target.c_str(), "overlay", 0, (data + ",volatile").c_str()) == 0) {
      r.kind = RootfsKind::Overlay;
      return r;
    }
    if (data.size() < 4000 && ::mount("overlay", target.c_str(), "overlay", 0, data.c_str()) == 0) {
      r.kind = RootfsKind::Overlay;
      return r;
    }
    int err = errno;
    if (data.size() >= 4000) err = E2BIG;
    // Not fatal: overlayfs refuses some upper filesystems (an overlay or some FUSE), and old
    // kernels refuse long option strings. Fall back to a private copy, and say so.
    r.note = "overlayfs refused (" + errno_text(err) + "): the image was copied for this container instead";
  }
  // The copy: layers bottom to top into upper, then a bind mount of it.
  for (auto it = layers_top_first.rbegin(); it != layers_top_first.rend(); ++it) apply_layer(*it, upper, options.id_shift);
  if (::mount(upper.c_str(), target.c_str(), nullptr, MS_BIND | MS_REC, nullptr) != 0) fail("mount (bind)", target, errno);
  r.kind = RootfsKind::Copy;
  return r;
}

void mount_image_read_only(const std::vector<std::string>& layers_top_first, const std::string& target) {
  if (layers_top_first.empty()) throw RootfsError("mount the image at `" + target + "`: the image has no layers");
  make_dir(target, 0755);
  const unsigned long flags = MS_RDONLY | MS_NOSUID | MS_NODEV;
  if (layers_top_first.size() == 1) {
    // A bind takes its flags only from a remount of the new mount (MS_BIND | MS_REMOUNT).
    if (::mount(layers_top_first[0].c_str(), target.c_str(), nullptr, MS_BIND, nullptr) != 0)
      fail("mount (bind)", layers_top_first[0], errno);
    if (::mount(nullptr, target.c_str(), nullptr, MS_BIND | MS_REMOUNT | flags, nullptr) != 0) {
      int err = errno;
      ::umount2(target.c_str(), MNT_DETACH);
      fail("mount (read-only remount)", target, err);
    }
    return;
  }
  std::string data = "lowerdir=";
  for (std::size_t i = 0; i < layers_top_first.size(); ++i) data += (i ? ":" : "") + escape_option(layers_top_first[i]);
  if (in_rootless_session()) data += ",userxattr";
  if (data.size() >= 4000) fail("mount (overlay: the layers' paths are longer than a page of options)", target, E2BIG);
  if (::mount("overlay", target.c_str(), "overlay", flags, data.c_str()) != 0) fail("mount (overlay of the image's layers)", target, errno);
}

void release_rootfs(const std::string& container_dir, const std::string& target) {
  if (::umount2(target.c_str(), MNT_DETACH) != 0 && errno != EINVAL && errno != ENOENT) fail("umount", target, errno);
  if (!files::remove_all(container_dir)) fail("remove", container_dir, errno);
}

}  // namespace podrun::image
