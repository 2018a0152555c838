// Which files podrun serve reads, and what it remembers of them (tables; no root needed).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "common/files.h"
#include "pods/serve.h"

using podrun::pods::ignored_manifest_path;

TEST_CASE("serve reads manifests and skips dotfiles and editors' files (table)", "[pods][serve]") {
  struct Row {
    const char* path;  // relative to a --manifests directory
    bool ignored;
  } rows[] = {
      {"web.yaml", false},    {"web.yml", false},         {"web.json", false},        {"team/api.yaml", false},
      {".web.yaml", true},    {".git/config.yaml", true}, {"team/.old/x.yaml", true}, {"web.yaml~", true},
      {"#web.yaml#", true},   {".#web.yaml", true},       {"web.yaml.swp", true},     {".web.yaml.swx", true},
      {"web.yaml.tmp", true}, {"web.yaml.part", true},    {"web.yaml.bak", true},     {"README.md", true},
      {"web", true},          {"web.YAML.txt", true},
  };
  for (const auto& r : rows) {
    INFO(r.path);
    CHECK(ignored_manifest_path(r.path) == r.ignored);
  }
}

TEST_CASE("serve's memory of each file's objects is read back as written", "[pods][serve]") {
  char tmpl[] = "/tmp/podrun-serve-unit-XXXXXX";
  REQUIRE(::mkdtemp(tmpl));
  podrun::pods::Context ctx;
  ctx.state_root = tmpl;
  CHECK(podrun::pods::load_source_memory(ctx).empty());  // none yet
  REQUIRE(podrun::files::make_dirs(std::string(tmpl) + "/serve", 0700));
  REQUIRE(podrun::files::write(std::string(tmpl) + "/serve/sources.json",
                               R"({"/m/a.yaml": ["pod/default/a", "configmap/default/c"], "/m/b.yaml": [], "bad": 3})", 0600));
  auto memory = podrun::pods::load_source_memory(ctx);
  CHECK(memory.size() == 1);  // b.yaml has no objects; "bad" is not a list
  CHECK(memory["/m/a.yaml"] == std::vector<std::string>{"pod/default/a", "configmap/default/c"});
  podrun::files::remove_all(tmpl);
}
