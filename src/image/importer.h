// `podrun image import`: OCI image layouts, OCI archives and docker archives into the store.
//
//   1. Find the layout (a directory as it is; an archive is unpacked into the store's staging).
//   2. Choose the image(s): an image index picks linux on this machine's architecture.
//   3. Verify every blob (size and sha256) and every layer's uncompressed digest against the
//      config's rootfs.diff_ids, before anything is stored.
//   4. Unpack the layers the store does not have (layers/<diff_id>, via staging + rename).
//   5. Store the blobs; 6. update the index under the store's lock.
// A failure at any step leaves the store as it was (staging is removed).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "image/store.h"
#include "image/unpack.h"

namespace podrun::image {

struct ImportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ImportOptions {
  std::string name;  // --name: overrides the names the input gives
  // Progress: what is happening, bytes done and total (0 when unknown).
  std::function<void(const std::string& what, std::int64_t done, std::int64_t total)> progress;
};

struct ImportResult {
  ImageRecord image;
  bool already_present = false;  // the store had this image and all its layers
};

std::vector<ImportResult> import_image(const Store& store, const std::string& input, const ImportOptions& options);

// A layer a pull already unpacked into staging, with the diff_id of what it unpacked.
struct PreparedLayer {
  std::string diff_id;
  std::string dir;  // under the store's tmp/; renamed into layers/ by store_image, or left to the caller
  UnpackResult unpacked;
};

// An image whose manifest and blobs are at hand (an import's layout, or a pull's fetches).
struct ImageBlobs {
  std::string manifest_bytes;
  std::map<std::string, std::string> blob_files;  // digest → file
  std::vector<std::string> names;                 // normalised references
  // The blobs' sizes and digests were checked as they arrived (a pull): not hashed again.
  bool verified = false;
  std::string source;                             // ImageRecord::source
  std::map<std::string, PreparedLayer> prepared;  // by layer digest
};
// Steps 3 to 6 above for one image: verify, unpack what the store lacks, store the blobs,
// move the names to it in the index. Takes the store's lock.
ImportResult store_image(const Store& store, const ImageBlobs& image, const ImportOptions& options);

}  // namespace podrun::image
