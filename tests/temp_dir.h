// A fresh directory under /tmp for one test, removed with everything in it when the test ends,
// with helpers to write and read files below it (parents made as needed).
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace podrun::testing {

struct TempDir {
  std::string root;
  explicit TempDir(const std::string& prefix = "podrun-test") {
    std::string tmpl = "/tmp/" + prefix + "-XXXXXX";
    root = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(root); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `text` to root/rel; returns the file's path.
  std::string write(const std::string& rel, const std::string& text) const {
    std::string path = root + "/" + rel;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path) << text;
    return path;
  }
  std::string read(const std::string& rel) const {
    std::ifstream in(root + "/" + rel);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
};

}  // namespace podrun::testing
