// A container's root filesystem from an image: an overlay whose lower directories are the
// image's unpacked layers and whose upper and work directories belong to the container, so
// that two containers of one image never see each other's writes and the layers are never
// written. The cost is one mount, whatever the image's size. When the kernel refuses overlayfs
// here (an overlay upper, a filesystem without d_type...), the layers are copied instead, and
// the result says so.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "image/store.h"

namespace podrun::image {

struct RootfsError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

enum class RootfsKind { Overlay, Copy };

struct RootfsOptions {
  bool force_copy = false;  // tests: take the fallback path
  // hostUsers: false: the owner of the upper directory (the overlay's root), the host ID of
  // the container's root. The layers are then idmapped mounts, made by the caller.
  std::optional<std::uint32_t> upper_owner;
  // hostUsers: false without idmapped mounts: a copy (force_copy) whose files owned by ID n
  // are given n + id_shift, the pod's block, as containerd's chown snapshots do.
  std::uint32_t id_shift = 0;
  // The image's mount-point layer (image/mount_points.h), stacked on top of the layers when
  // there is an overlay and the directory is still there; "" for none.
  std::string mount_points;
};

struct RootfsResult {
  RootfsKind kind = RootfsKind::Overlay;
  std::string note;  // why the copy, when it is one
};

// The image's layer directories, top layer first (overlayfs' lowerdir order).
std::vector<std::string> layer_dirs(const Store& store, const ImageRecord& image);

// Mounts the root filesystem at `target` (created if missing), with `container_dir`/upper and
// /work. Call in the container's own mount namespace. Needs root.
RootfsResult prepare_rootfs(const std::vector<std::string>& layers_top_first, const std::string& container_dir, const std::string& target,
                            const RootfsOptions& options = {});

// An image as one read-only directory at `target` (created if missing): an image volume
// (KEP-4639). An overlay of the layers with no upper directory, which overlayfs makes
// read-only by itself; overlayfs refuses one lower directory without an upper ("at least 2
// lowerdir are needed") and the same one twice ("conflicting lowerdir path"), so a one-layer
// image is a bind of its layer. Both read-only, nosuid and nodev. Call in the container's own
// mount namespace: the mount goes with it. Throws RootfsError.
void mount_image_read_only(const std::vector<std::string>& layers_top_first, const std::string& target);

// Unmounts `target` and removes `container_dir` (the container's writes).
void release_rootfs(const std::string& container_dir, const std::string& target);

}  // namespace podrun::image
