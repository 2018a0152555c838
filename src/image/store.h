// The image store: a content-addressed directory of OCI blobs, unpacked layers and an index
// of names, under /var/lib/podrun (--storage, PODRUN_STORAGE).
//
//   <root>/blobs/sha256/<hex>   manifests, configs and layer blobs, verified on the way in
//   <root>/layers/<hex>/        each layer unpacked once (keyed by its diff_id), in overlayfs
//                               form (whiteouts are 0/0 character devices, opaque directories
//                               carry trusted.overlay.opaque=y), shared by every container
//   <root>/mountpoints/<hex>/   an image's mount-point layer, by manifest digest
//                               (image/mount_points.h: made without the lock, renamed in)
//   <root>/images.json          the index: images, their layers and names
//   <root>/tmp/                 staging; renamed into place when complete
//   <root>/lock                 flock: one writer at a time
//
// Writers take the lock and replace images.json atomically (temp file, fsync, rename), so
// concurrent podrun processes never see a half-written store; readers need no lock.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace podrun::image {

// An image's runtime configuration (the OCI image config's config object), as the store
// reads it; the pod manager turns it into the planner's input (plan::ImageConfig).
struct ImageConfig {
  std::vector<std::string> entrypoint;
  std::vector<std::string> cmd;
  std::vector<std::string> env;  // NAME=value
  std::string working_dir;
  std::string user;  // "", "1000", "1000:1000", "nginx", "nginx:www"
};

struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct LayerRecord {
  std::string digest;   // of the blob as stored (compressed or not)
  std::string diff_id;  // of the uncompressed tar: names the unpacked directory
  std::string media_type;
  std::int64_t size = 0;           // blob bytes
  std::int64_t unpacked_size = 0;  // bytes of regular files in the layer
};

struct ImageRecord {
  std::string manifest_digest;  // the image's identity (what name@sha256:... matches)
  std::string config_digest;
  std::vector<LayerRecord> layers;  // bottom first
  std::vector<std::string> names;   // normalised references: docker.io/library/busybox:latest
  std::string created;              // from the config (RFC 3339), may be empty
  std::string imported;             // when podrun stored it (RFC 3339)
  // Where it came from: "pull 127.0.0.1:5000/busybox@sha256:..." (the registry or mirror that
  // served it) or "import /path/to/layout"; the first source is kept.
  std::string source;
  std::string architecture, os;
  std::int64_t size = 0;  // sum of the layers' unpacked sizes

  std::string id() const;  // the config digest's hex, as `podman images` shows IMAGE ID
};

// What `podrun image inspect` shows and what the planner needs.
struct ImageDetails {
  ImageConfig config;
  std::vector<std::string> exposed_ports;
  std::map<std::string, std::string> labels;
};

class Store {
 public:
  explicit Store(std::string root);

  const std::string& root() const { return root_; }
  std::string blob_path(const std::string& digest) const;
  std::string layer_path(const std::string& diff_id) const;
  std::string tmp_dir() const { return root_ + "/tmp"; }
  bool exists() const;  // an image was stored once (its index is there)
  // Anything on disk: also the blobs of a pull that failed before its first image.
  bool has_files() const;

  // Creates the directories (0700 for the root: images may hold secrets).
  void init() const;

  // The index; empty when the store does not exist yet.
  std::vector<ImageRecord> list() const;
  // An image by name (busybox, busybox:1.36, registry/app@sha256:...), by manifest digest, or by
  // a unique prefix (at least 6 hex digits) of its IMAGE ID.
  std::optional<ImageRecord> find(const std::string& ref, std::string* error = nullptr) const;
  ImageDetails details(const ImageRecord& image) const;

  // An exclusive lock on the store, released when the object dies.
  class Lock {
   public:
    explicit Lock(int fd) : fd_(fd) {}
    Lock(Lock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
    Lock(const Lock&) = delete;
    ~Lock();

   private:
    int fd_;
  };
  Lock lock() const;

  // Replaces the index atomically. Call with the lock held.
  void write_index(const std::vector<ImageRecord>& images) const;

  // Removes a name; the image goes when its last name does (its layers stay until prune).
  // Returns the image the name pointed at.
  ImageRecord remove(const std::string& ref) const;

  struct PruneResult {
    std::size_t images = 0, blobs = 0, layers = 0;
    std::int64_t bytes = 0;
  };
  // Removes images without names, then blobs, layers and staging directories that no image
  // refers to (a staging directory only once its import or pull has ended).
  PruneResult prune() const;

  // A new staging directory, tmp/PREFIX-PID-RANDOM with `mode`: the name sweep_staging reads,
  // so that what a process killed half-way leaves is swept. "" with errno set on failure.
  std::string make_staging_dir(const std::string& prefix, mode_t mode = 0700) const;

  // Removes the staging directories (tmp/PREFIX-PID-...) of imports and pulls whose process is
  // gone: killed half-way, they leave them. Those of running processes stay. Returns how many.
  std::size_t sweep_staging() const;

 private:
  std::string root_;
};

}  // namespace podrun::image
