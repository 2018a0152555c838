// A directory of the fuzz target's own under /tmp, made on first use and removed with
// everything in it when the process exits (libFuzzer's and the replay driver's exits both run
// atexit handlers). Targets empty it between inputs so that no input sees another's files.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <string>

namespace podrun::fuzz {

inline const std::string& temp_dir() {
  // Never destroyed: the exit handler that removes the directory runs after static destructors
  // of objects made later than it was registered, this one among them.
  static const std::string* dir = [] {
    std::string tmpl = "/tmp/podrun-fuzz-XXXXXX";
    if (!::mkdtemp(tmpl.data())) std::abort();
    auto* path = new std::string(tmpl);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(temp_dir(), ec);
    });
    return path;
  }();
  return *dir;
}

// Removes everything below temp_dir(), keeping the directory.
inline void empty_temp_dir() {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(temp_dir(), ec)) std::filesystem::remove_all(e.path(), ec);
}

}  // namespace podrun::fuzz
