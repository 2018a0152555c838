// The subset reader (loader/yaml_subset.h) against yaml-cpp: whatever it reads, it must read as
// yaml-cpp does, to the value, the errors, the document's start and every field's position; and
// it must take the shapes manifests are written in, or it saves nothing.
#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "common/files.h"
#include "loader/yaml_fingerprint.h"
#include "loader/yaml_reader.h"
#include "loader/yaml_subset.h"

using namespace podrun::loader;
namespace fs = std::filesystem;

namespace {

const std::string kShared = PODRUN_SHARED_DIR;
const std::string kSource = PODRUN_SOURCE_DIR;

std::string slurp(const std::string& path) { return podrun::files::read(path).value_or(""); }

bool subset_reads(std::string_view text) {
  YamlSubsetEvents ignored;
  return read_yaml_subset(text, ignored);
}

// Compares the two readers on one chunk; true when the subset read it.
bool same_as_yaml_cpp(const YamlChunk& chunk) {
  const bool read = subset_reads(chunk.text);
  const auto [a, b] = testing::both_readings(chunk);
  if (a != b) {
    INFO("text:\n" << chunk.text);
    CHECK(a == b);
  }
  return read;
}

// The repository's manifests and test data, and with ../shared the Kubernetes docs' examples
// and generated pods.
std::vector<std::string> corpus_files(const fs::path& scratch) {
  std::vector<std::string> dirs = {kSource + "/manifests", kSource + "/tests/data", kSource + "/bench"};
  if (fs::exists(kShared + "/conformance/k8s-examples")) {
    dirs.push_back(kShared + "/conformance/k8s-examples");
    const std::string cmd = "python3 '" + kShared + "/bench/gen-corpus.py' '" + scratch.string() + "' -n 400 --seed 5 > /dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    dirs.push_back(scratch.string());
  }
  std::vector<std::string> files;
  for (const auto& dir : dirs)
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      const auto ext = entry.path().extension();
      if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".json")) files.push_back(entry.path().string());
    }
  return files;
}

struct Scratch {
  fs::path path = fs::temp_directory_path() / ("podrun-yaml-subset-" + std::to_string(::getpid()));
  Scratch() { fs::create_directories(path); }
  ~Scratch() { fs::remove_all(path); }
};

// One small change to `text`, of the kinds that move a document in or out of the subset or
// change what it means: a character of YAML's syntax put in or taken out, a line's indentation
// moved, a line repeated or dropped.
std::string mutate(const std::string& text, std::mt19937& rng) {
  if (text.empty()) return text;
  static const char kInserts[] = ":#-'\" [{]},\n?&*!|>~";
  std::uniform_int_distribution<std::size_t> at(0, text.size() - 1);
  std::string s = text;
  const std::size_t p = at(rng);
  const std::size_t line = s.rfind('\n', p) == std::string::npos ? 0 : s.rfind('\n', p) + 1;
  std::size_t eol = s.find('\n', p);
  if (eol == std::string::npos) eol = s.size();
  switch (rng() % 7) {
    case 0: s.erase(p, 1); break;
    case 1: s.insert(p, 1, kInserts[rng() % (sizeof kInserts - 1)]); break;
    case 2: s.insert(line, rng() % 2 ? " " : "  "); break;
    case 3:
      if (s[line] == ' ') s.erase(line, 1);
      break;
    case 4: s.insert(line, s.substr(line, eol - line) + "\n"); break;
    case 5: s.erase(line, eol - line + (eol < s.size() ? 1 : 0)); break;
    case 6: s.insert(eol, rng() % 2 ? " # note" : ": x"); break;
  }
  return s;
}

}  // namespace

TEST_CASE("the subset reader reads manifests' usual shapes as yaml-cpp does", "[yaml][subset]") {
  const char* const texts[] = {
      "apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web}}\nspec:\n  containers:\n  - name: c\n    image: busybox\n"
      "    command: [sh, -c, \"trap 'exit 0' TERM; sleep 1\"]\n",
      "---\n# a comment\na:\n  b: 1\n  c: [1, 2.5, -3, 0644, 0x1f, 1e3, .5]\n  d: {}\n  e: []\n",
      "--- # marker with a comment\nk: v\n",
      "list:\n- a\n- 'it''s'\n- \"x: y\"\n- ~\n- null\n- yes\n- Off\n- -c\n- http://x/y:z\n",
      "seq:\n  -   name: a   # spaced\n      port: 80\n  -\n    name: b\n  - [x, [y, {z: w}]]\n",
      "\"quoted key\": 1\n'single': 2\nplain key with spaces: 3\nnull: 4\n~: 5\n",
      "a:\n  # between\n  b: c\n# at the margin\nd: e # trailing\n\n\nf: g\n",
      "unicode: ünïcödé ✓\nkey ✓: 'ü'\nflow: [ü, \"✓\"]\n",
      "dup: 1\ndup: 2\n",
      "merge: x\n<<: y\n",
      "  indented: root\n  second: 2\n",
      "env:\n- name: A\n  value: \"1\"\n- name: B\n  valueFrom: {fieldRef: {fieldPath: metadata.name}}\nnext: 1\n",
      "a: b#c\nd: 'e' # f\ng: \"h\"\n",
      "nested:\n  - - not in the subset\n",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    same_as_yaml_cpp(YamlChunk{text, 0});
  }
  // The usual shapes are read by the subset, not only handed on.
  for (int i : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}) {
    CAPTURE(texts[i]);
    CHECK(subset_reads(texts[i]));
  }
}

TEST_CASE("the subset reader declines what it does not read itself", "[yaml][subset]") {
  const char* const declined[] = {
      "a: |\n  block\n",
      "a: >\n  folded\n",
      "a: plain\n  continued\n",
      "a: plain\n  # a comment line under it\n",
      "a: \"two\n  lines\"\n",
      "a: \"esc\\n\"\n",
      "a: [1,\n  2]\n",
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a:\n",
      "a:\nb: 1\n",
      "- \n- a\n",
      "? complex\n: key\n",
      "a:\tb\n",
      "a: b\r\n",
      "%YAML 1.1\n---\na: 1\n",
      "--- a: 1\n",
      "a: 1\n...\n",
      "scalar\n",
      "{a: 1}\n",
      "a: b: c\n",
      "a: - b\n",
      "a: [b: c]\n",
      "a: {b}\n",
      "a: [1,]\n",
      "a: [1] x\n",
      "a: {b: }\n",
      "a:\n  - x\n  b: 1\n",
      "a: 1\n b: 2\n",
      "- a\nb: 1\n",
      "a: 1\n- b\n",
      "a: \xc2\x85x\n",
      "",
      "# only a comment\n",
  };
  for (const char* text : declined) {
    CAPTURE(text);
    CHECK_FALSE(subset_reads(text));
    same_as_yaml_cpp(YamlChunk{text, 0});
  }
}

TEST_CASE("the subset reader reads the corpora as yaml-cpp does, and most of them itself", "[yaml][subset][conformance]") {
  Scratch scratch;
  int chunks = 0, read = 0;
  for (const std::string& file : corpus_files(scratch.path)) {
    const std::string text = slurp(file);
    for (const YamlChunk& chunk : split_yaml_documents(text)) {
      ++chunks;
      read += same_as_yaml_cpp(chunk);
    }
  }
  INFO(read << " of " << chunks << " documents read by the subset");
  CHECK(chunks > 100);
  // Most manifests in the repository are block YAML; the k8s examples are half flow style.
  CHECK(read * 2 > chunks);
}

TEST_CASE("the subset reader reads mutated manifests as yaml-cpp does", "[yaml][subset][conformance]") {
  // Each document of the repository's manifests, changed one way at a time: where the subset
  // still reads it, it must read what yaml-cpp reads, errors and positions included.
  Scratch scratch;
  std::mt19937 rng(27);
  int tried = 0, read = 0;
  for (const std::string& file : corpus_files(scratch.path)) {
    if (file.rfind(kSource + "/manifests", 0) != 0 && file.rfind(kShared, 0) != 0) continue;
    const std::string text = slurp(file);
    for (const YamlChunk& chunk : split_yaml_documents(text)) {
      const std::string original(chunk.text);
      for (int i = 0; i < 20; ++i) {
        const std::string changed = mutate(original, rng);
        ++tried;
        read += same_as_yaml_cpp(YamlChunk{changed, chunk.line_base});
      }
    }
  }
  INFO(read << " of " << tried << " mutations read by the subset");
  CHECK(tried > 1000);
  CHECK(read * 4 > tried);
}
