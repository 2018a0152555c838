// The YAML reader: YAML 1.1 typing as kubectl sees it, positions, documents, and limits.
#include <catch2/catch.hpp>

#include "loader/yaml_reader.h"

using nlohmann::json;
using podrun::loader::read_yaml_documents;
using podrun::loader::ReadLimits;

namespace {

json one(const std::string& text) {
  auto docs = read_yaml_documents(text);
  REQUIRE(docs.size() == 1);
  INFO((docs[0].errors.empty() ? std::string() : docs[0].errors[0].message));
  REQUIRE(docs[0].errors.empty());
  return docs[0].value;
}

std::string first_error(const std::string& text, int* line = nullptr, int* col = nullptr, const ReadLimits& limits = {}) {
  auto docs = read_yaml_documents(text, limits);
  for (auto& d : docs)
    if (!d.errors.empty()) {
      if (line) *line = d.errors[0].mark.line;
      if (col) *col = d.errors[0].mark.column;
      return d.errors[0].message;
    }
  return "";
}

}  // namespace

TEST_CASE("plain scalars are typed by YAML 1.1 rules, quoted ones stay strings", "[yaml]") {
  struct Case {
    const char* yaml;
    json expected;
  } cases[] = {
      {"v: 0644", 420},  // YAML 1.1 octal, as go-yaml reads `mode: 0644`
      {"v: 01777", 1023},
      {"v: 0o17", 15},
      {"v: 0x1F", 31},
      {"v: 0b101", 5},
      {"v: 1_000", 1000},
      {"v: -12", -12},
      {"v: +12", 12},
      {"v: 8080", 8080},
      {"v: \"8080\"", "8080"},
      {"v: '0644'", "0644"},
      {"v: 0.5", 0.5},
      {"v: .5", 0.5},
      {"v: 1e3", 1000},  // integral floats become integers, as in sigs.k8s.io/yaml
      {"v: 80.0", 80},
      {"v: 1.5e3", 1500},
      {"v: 08", 8},  // not octal: a float in go-yaml, so 8
      {"v: true", true},
      {"v: yes", true},
      {"v: On", true},
      {"v: n", false},
      {"v: NO", false},
      {"v: \"yes\"", "yes"},
      {"v: null", nullptr},
      {"v: ~", nullptr},
      {"v:", nullptr},
      {"v: 12Q", "12Q"},
      {"v: 1.5.5Gi", "1.5.5Gi"},
      {"v: 250m", "250m"},
      {"v: inf ", "inf"},  // trailing space dropped (pod-level-resources.yaml)
      {"v: 2024-01-01", "2024-01-01"},
      {"v: !!str 12", "12"},
      {"v: !!int \"12\"", 12},
      {"v: |\n  a\n  b\n", "a\nb\n"},
      {"v: >-\n  a\n  b\n", "a b"},
      {"v: \"a\\\n  b\"", "ab"},  // escaped line break
      {"v: \"x\\ty\"", "x\ty"},
      {"v: 18446744073709551615", 18446744073709551615ULL},
  };
  for (const auto& c : cases) {
    CAPTURE(c.yaml);
    CHECK(one(c.yaml)["v"] == c.expected);
  }
}

TEST_CASE("the escapes of U+0085 and U+00A0 are read as UTF-8", "[yaml]") {
  // yaml-cpp gives them as the Latin-1 bytes 0x85 and 0xA0, which are not UTF-8 (and a value
  // holding them could not be written as JSON).
  CHECK(one("v: \"a\\_b\\Nc\"\n")["v"] == "a\u00a0b\u0085c");
  CHECK(one("\"k\\_\": \"\u00e0\\_\u00e0\"\n")["k\u00a0"] == "\u00e0\u00a0\u00e0");
  CHECK(one("v: \"\\x41\\u00e9\\L\"\n")["v"] == "A\u00e9\u2028");
  CHECK(one("v: \"\\_\"\n").dump() == "{\"v\":\"\u00a0\"}");
}

TEST_CASE("flow style with trailing commas and comments (KYAML) reads like block style", "[yaml]") {
  json flow =
      one("---\n{\n  apiVersion: \"v1\",\n  kind: \"Pod\",  # a comment\n  metadata: {name: \"x\", labels: {example.com/dongle: 3,},},\n  "
          "spec: {containers: [{name: \"c\", image: \"i\"},],},\n}\n");
  json block =
      one("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    example.com/dongle: 3\nspec:\n  containers:\n  - name: c\n    "
          "image: i\n");
  CHECK(flow == block);
}

TEST_CASE("documents are split on markers, empty ones skipped, positions kept", "[yaml]") {
  auto docs = read_yaml_documents("# only a comment\n---\na: 1\n---\n---\n# nothing\n...\nb:\n  c: [1, 2]\n");
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].value == json{{"a", 1}});
  CHECK(docs[1].value == json{{"b", {{"c", {1, 2}}}}});
  CHECK(docs[1].positions.value("b.c[1]").line == 9);
  CHECK(docs[1].positions.value("b.c[1]").column == 10);
  CHECK(docs[1].positions.key("b.c").line == 9);
  CHECK(docs[1].positions.key("b.c").column == 3);
  // An unknown path resolves to its nearest known ancestor.
  CHECK(docs[1].positions.value("b.c[7].x").line == 9);
}

TEST_CASE("a syntax error in one document does not hide the others", "[yaml]") {
  auto docs = read_yaml_documents("a: 1\n---\nb: [1, 2\n---\nc: 3\n");
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].errors.empty());
  CHECK_FALSE(docs[1].errors.empty());
  CHECK(docs[1].errors[0].mark.line >= 3);
  CHECK(docs[2].value == json{{"c", 3}});
}

TEST_CASE("keys with dots and slashes get quoted path components", "[yaml]") {
  auto docs = read_yaml_documents("m:\n  labels:\n    app.kubernetes.io/name: x\n");
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].positions.value("m.labels[\"app.kubernetes.io/name\"]").line == 3);
}

TEST_CASE("aliases and merge keys expand as go-yaml expands them", "[yaml]") {
  json v = one("base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\n");
  CHECK(v["use"] == json{{"x", 1}, {"y", 2}});
  CHECK(v["merged"] == json{{"x", 1}, {"y", 3}});
}

TEST_CASE("duplicate keys are errors naming both lines", "[yaml]") {
  int line = 0, col = 0;
  CHECK(first_error("a: 1\nb: 2\na: 3\n", &line, &col) == "duplicate key \"a\" (first at line 1)");
  CHECK(line == 3);
  CHECK(col == 1);
}

TEST_CASE("hostile input fails fast with a clear error", "[yaml]") {
  SECTION("billion laughs") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
      bomb += std::string(1, c) + ": &" + c + " [";
      for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", " : "") + "*" + static_cast<char>(c - 1);
      bomb += "]\n";
    }
    CHECK_THAT(first_error(bomb), Catch::Contains("billion laughs"));
  }
  SECTION("deep nesting") {
    std::string deep = "v: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
    CHECK_THAT(first_error(deep), Catch::Contains("nesting is deeper than 100 levels"));
  }
  SECTION("huge document") {
    ReadLimits small;
    small.max_document_bytes = 100;
    CHECK_THAT(first_error("v: " + std::string(200, 'x') + "\n", nullptr, nullptr, small), Catch::Contains("more than the limit"));
  }
  SECTION("invalid UTF-8") {
    int line = 0, col = 0;
    CHECK_THAT(first_error("a: 1\nb: \"x\xff\"\n", &line, &col), Catch::Contains("invalid UTF-8"));
    CHECK(line == 2);
    CHECK(col == 6);
  }
  SECTION("binary garbage") {
    CHECK_THAT(first_error(std::string("\x7f"
                                       "ELF\x02\x01\x01\0\0",
                                       9)),
               Catch::Contains("control character"));
  }
  SECTION("tabs for indentation") { CHECK_THAT(first_error("a:\n\tb: 1\n"), Catch::Contains("tabs are not allowed")); }
}
