// What a YAML read says, as one string: each document's value and start, its errors, the
// position of every field path and every raw YAML 1.1 word. Two readers agree on a text when
// these are equal (the subset reader's unit test and fuzz target compare it with yaml-cpp's).
#pragma once

#include <string>
#include <vector>

#include "loader/yaml_reader.h"

namespace podrun::loader::testing {

inline std::string describe(const Mark& m) { return std::to_string(m.line) + ":" + std::to_string(m.column); }

// Every field path of `v` (the root as "").
inline void paths_of(const nlohmann::json& v, std::string& path, std::vector<std::string>& out) {
  out.push_back(path);
  const std::size_t len = path.size();
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      append_key(path, it.key());
      paths_of(it.value(), path, out);
      path.resize(len);
    }
  } else if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) {
      append_index(path, i);
      paths_of(v[i], path, out);
      path.resize(len);
    }
  }
}

inline std::string fingerprint(const std::vector<YamlDocument>& docs) {
  std::string out;
  for (const YamlDocument& d : docs) {
    out += "document at " + describe(d.start) + ": " + d.value.dump() + "\n";
    for (const auto& e : d.errors) out += "  error " + describe(e.mark) + " [" + e.path + "] " + e.message + "\n";
    std::vector<std::string> paths;
    std::string path;
    paths_of(d.value, path, paths);
    for (const auto& p : paths) {
      const Position pos = d.positions.find(p);
      out += "  " + p + " key " + describe(pos.key) + " value " + describe(pos.value);
      if (const std::string* raw = d.positions.raw(p)) out += " raw " + *raw;
      out += "\n";
    }
  }
  return out;
}

// The fingerprints of `chunk` read with the subset reader first, and by yaml-cpp alone.
inline std::pair<std::string, std::string> both_readings(const YamlChunk& chunk) {
  std::vector<YamlDocument> ours, theirs;
  read_yaml_chunk(chunk, {}, ours, YamlEngine::SubsetFirst);
  read_yaml_chunk(chunk, {}, theirs, YamlEngine::YamlCppOnly);
  return {fingerprint(ours), fingerprint(theirs)};
}

}  // namespace podrun::loader::testing
