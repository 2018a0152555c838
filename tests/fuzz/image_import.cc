// `podrun image import` on any archive (image/importer.h): the bytes as a file, imported into a
// store of the target's own under /tmp, which is emptied after each input. The archive is read
// (tar, any compression), the layout found (OCI index.json and image indexes, or a docker
// archive's manifest.json), manifests and configs parsed, blobs verified, layers unpacked; then
// the stored image's config read back as `image inspect` does. What is not an image must be an
// error of the documented kinds (std::runtime_error: ImportError, StoreError), nothing else.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "check.h"
#include "common/files.h"
#include "image/importer.h"
#include "image/store.h"
#include "temp_dir.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::image;
  podrun::fuzz::empty_temp_dir();
  const std::string dir = podrun::fuzz::temp_dir();
  const std::string input = dir + "/image.tar";
  podrun::files::write(input, std::string(reinterpret_cast<const char*>(data), size));
  Store store(dir + "/store");
  try {
    for (const ImportResult& r : import_image(store, input, {})) {
      FUZZ_CHECK(!r.image.manifest_digest.empty(), "an imported image has a manifest digest");
      (void)store.details(r.image);
    }
    (void)store.list();
  } catch (const std::runtime_error&) {}
  podrun::fuzz::empty_temp_dir();
  return 0;
}
