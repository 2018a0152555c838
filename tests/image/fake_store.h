// A store made by hand in a temporary directory, for the tests of an image's mount-point layer
// (image/mount_points.h): an image of N empty layers whose files each test writes.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "image/store.h"
#include "temp_dir.h"

namespace podrun::image::testing {

namespace fs = std::filesystem;

struct FakeStore : podrun::testing::TempDir {
  Store store{""};
  ImageRecord image;
  explicit FakeStore(int layers) : TempDir("podrun-mount-points") {
    store = Store(root + "/store");
    store.init();
    image.manifest_digest = "sha256:" + std::string(64, 'c');
    image.names = {"docker.io/library/test:latest"};
    for (int i = 0; i < layers; ++i) {  // bottom first
      LayerRecord l;
      l.diff_id = "sha256:" + std::string(63, 'a') + std::to_string(i);
      image.layers.push_back(l);
      fs::create_directories(store.layer_path(l.diff_id));
    }
  }
  // A path in layer i (0 = the bottom one).
  std::string in(int i, const std::string& rel) const { return store.layer_path(image.layers[i].diff_id) + "/" + rel; }
  void file(int i, const std::string& rel) const {
    fs::create_directories(fs::path(in(i, rel)).parent_path());
    std::ofstream(in(i, rel)) << "x";
  }
  std::vector<std::string> files_in(const std::string& layer) const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(layer + "/etc")) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

}  // namespace podrun::image::testing
