// YAML reader: text → typed JSON documents, with the position of every value.
//
// Kubernetes decodes YAML through sigs.k8s.io/yaml (a go-yaml v2 fork, YAML 1.1 rules) into
// JSON and validates that. We do the same with yaml-cpp's event parser, so that:
//   - quoted scalars stay strings and plain ones are typed by YAML 1.1 (`0644` is octal 420,
//     `yes` is a boolean, `1e3` a number), as kubectl sees them;
//   - every value keeps its file position (a PathIndex from field path to line/column);
//   - duplicate keys, alias bombs, deep nesting, huge documents and invalid UTF-8 are errors
//     reported at their position, in bounded time and memory.
// Documents are split on `---`/`...` lines before parsing, so a syntax error in one document
// does not hide the others.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/diagnostic.h"

namespace podrun::loader {

struct ReadLimits {
  std::size_t max_document_bytes = 4u << 20;  // Kubernetes' API request limit is 3 MiB
  int max_depth = 100;                        // a Pod nests about 10 levels
  std::size_t max_nodes = 200000;             // after alias expansion; a large Pod has ~2,000
};

// Position of a value, and of its key when it is a mapping value.
struct Position {
  Mark key;
  Mark value;
};

// Field path (spec.containers[0].name, metadata.labels["app.kubernetes.io/name"]) → position.
class PathIndex {
 public:
  PathIndex() : index_(std::make_shared<Index>()) {}
  // Records the position of `path`; the first record of a path wins.
  void add(std::string_view path, Position p) { index_->entries.push_back({hash(path), p}); }
  // The position of `path`, or of its nearest recorded ancestor.
  Position find(std::string_view path) const;
  Mark value(std::string_view path) const { return find(path).value; }
  Mark key(std::string_view path) const;
  // A view of the same positions in which `path` is looked up as `prefix` + path (for the items
  // of a v1 List, whose paths start with items[N]).
  PathIndex with_prefix(std::string prefix) const {
    PathIndex v = *this;
    v.prefix_ = std::move(prefix);
    return v;
  }
  const std::string& prefix() const { return prefix_; }

  // What the author wrote for a plain scalar that YAML 1.1 turned into a boolean or null
  // (`yes`, `off`, `~`), so that messages can quote it; null when nothing was recorded.
  void add_raw(const std::string& path, std::string text) {
    if (!raw_) raw_ = std::make_shared<std::unordered_map<std::string, std::string>>();
    raw_->emplace(path, std::move(text));
  }
  const std::string* raw(const std::string& path) const {
    if (!raw_) return nullptr;
    auto it = raw_->find(prefix_.empty() ? path : prefix_ + (path.empty() || path[0] == '[' ? "" : ".") + path);
    return it == raw_->end() ? nullptr : &it->second;
  }

 private:
  // Every value of a document gets an entry, but few are ever looked up (only for messages):
  // entries hold a 64-bit hash of the path instead of the path, so recording one costs no
  // allocation. Lookups scan; a large document gets a hash table on its first lookup.
  struct Entry {
    std::uint64_t hash;
    Position pos;
  };
  struct Index {
    std::vector<Entry> entries;
    std::unordered_map<std::uint64_t, std::size_t> table;  // hash → first entry, built lazily
  };
  static std::uint64_t hash(std::string_view s);
  const Position* lookup(std::string_view path) const;

  std::shared_ptr<Index> index_;
  std::shared_ptr<std::unordered_map<std::string, std::string>> raw_;
  std::string prefix_;
};

// Appends `.key` or `["key"]` (for keys that are not plain identifiers) to a field path.
void append_key(std::string& path, std::string_view key);
void append_index(std::string& path, std::size_t index);

struct YamlDocument {
  Mark start;            // where the document begins
  nlohmann::json value;  // null when the document could not be read
  PathIndex positions;
  std::vector<Diagnostic> errors;  // syntax and limit errors; value is null when non-empty
};

// One document's text within a file, before parsing.
struct YamlChunk {
  std::string_view text;
  int line_base = 0;  // 0-based line of the chunk's first line in the file
};

// Splits a file on document markers (`---`, `...` at column 0), which end any scalar in
// YAML, so the split is exact. A leading UTF-8 byte order mark is dropped.
std::vector<YamlChunk> split_yaml_documents(std::string_view text);

// Which parser reads a chunk: podrun's reader of the subset of YAML most manifests are written
// in (yaml_subset.h), and yaml-cpp for whatever it declines; or yaml-cpp alone (for tests that
// hold the two to the same result).
enum class YamlEngine { SubsetFirst, YamlCppOnly };

// Converts one chunk; appends nothing when the chunk is empty (only comments or markers).
void read_yaml_chunk(const YamlChunk& chunk, const ReadLimits& limits, std::vector<YamlDocument>& out,
                     YamlEngine engine = YamlEngine::SubsetFirst);

// Splits `text` into documents and converts each one. Empty documents (only comments or
// markers) are skipped, as kubectl does.
std::vector<YamlDocument> read_yaml_documents(std::string_view text, const ReadLimits& limits = {});

}  // namespace podrun::loader
