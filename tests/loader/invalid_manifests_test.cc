// tests/data/invalid/: malformed manifests, each with the exact problems podrun must report
// (EXPECTED.tsv: file, line, column, path, a substring of the message) and no others.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "loader/loader.h"

namespace fs = std::filesystem;
using namespace podrun::loader;

namespace {

struct Expected {
  int line, column;
  std::string path, message;
};

}  // namespace

TEST_CASE("every malformed manifest gets exactly its expected errors", "[invalid]") {
  const std::string dir = std::string(PODRUN_SOURCE_DIR) + "/tests/data/invalid";
  std::map<std::string, std::vector<Expected>> expected;
  std::ifstream tsv(dir + "/EXPECTED.tsv");
  std::string line;
  std::getline(tsv, line);  // header
  while (std::getline(tsv, line)) {
    std::stringstream ss(line);
    std::string file, l, c, path, message;
    std::getline(ss, file, '\t');
    std::getline(ss, l, '\t');
    std::getline(ss, c, '\t');
    std::getline(ss, path, '\t');
    std::getline(ss, message);
    expected[file].push_back({std::stoi(l), std::stoi(c), path == "-" ? "" : path, message});
  }

  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (name == "EXPECTED.tsv") continue;
    ++files;
    CAPTURE(name);
    REQUIRE(expected.count(name));  // every file has its expectations
    LoadResult r = load_paths({entry.path().string()}, LoadOptions{});
    REQUIRE(r.input_errors.empty());

    std::vector<podrun::Diagnostic> got;
    bool invalid = false;
    for (const auto& d : r.documents) {
      invalid = invalid || !d.valid();
      got.insert(got.end(), d.diagnostics.begin(), d.diagnostics.end());
    }
    CHECK(invalid);
    std::vector<bool> matched(got.size());
    for (const auto& e : expected[name]) {
      auto it = std::find_if(got.begin(), got.end(), [&](const podrun::Diagnostic& d) {
        return d.mark.line == e.line && d.mark.column == e.column && d.path == e.path && d.message.find(e.message) != std::string::npos;
      });
      INFO("expected " << e.line << ":" << e.column << " " << e.path << ": ..." << e.message << "...");
      CHECK(it != got.end());
      if (it != got.end()) matched[static_cast<std::size_t>(it - got.begin())] = true;
    }
    for (std::size_t i = 0; i < got.size(); ++i)
      if (!matched[i]) FAIL_CHECK("unexpected: " << podrun::format_diagnostic(name, got[i]));
  }
  CHECK(files >= 40);
}
