// The distribution protocol's decisions (image/distribution.h), table by table: what
// Docker Hub, distribution 2.8 and other registries answer, and what containerd makes of it.
#include <catch2/catch.hpp>

#include "image/distribution.h"

using namespace podrun::image;

TEST_CASE("distribution: manifest media types from Content-Type (table)", "[image][distribution]") {
  struct Row {
    const char* content_type;
    ManifestType want;
  } rows[] = {
      {"application/vnd.oci.image.index.v1+json", ManifestType::OciIndex},
      {"application/vnd.oci.image.manifest.v1+json", ManifestType::OciManifest},
      {"application/vnd.docker.distribution.manifest.list.v2+json", ManifestType::DockerManifestList},
      {"application/vnd.docker.distribution.manifest.v2+json", ManifestType::DockerManifest},
      {"Application/VND.OCI.Image.Manifest.v1+JSON; charset=utf-8", ManifestType::OciManifest},
      {"application/vnd.docker.distribution.manifest.v1+prettyjws", ManifestType::Unsupported},  // schema 1
      {"application/json", ManifestType::Unsupported},
      {"", ManifestType::Unsupported},
  };
  for (const auto& r : rows) {
    CAPTURE(r.content_type);
    CHECK(manifest_type(r.content_type) == r.want);
  }
  CHECK(is_index(ManifestType::OciIndex));
  CHECK(is_index(ManifestType::DockerManifestList));
  CHECK_FALSE(is_index(ManifestType::DockerManifest));
  // Every type podrun reads is asked for, each once.
  for (ManifestType t : {ManifestType::OciIndex, ManifestType::OciManifest, ManifestType::DockerManifestList, ManifestType::DockerManifest})
    CHECK(std::string(kManifestAccept).find(manifest_media_type(t)) != std::string::npos);
}

TEST_CASE("distribution: --platform spellings, normalised as containerd does (table)", "[image][distribution]") {
  struct Row {
    const char* text;
    const char* want;  // nullptr: refused
  } rows[] = {
      {"linux/amd64", "linux/amd64"},    {"linux/x86_64", "linux/amd64"},
      {"linux/amd64/v1", "linux/amd64"}, {"linux/amd64/v3", "linux/amd64/v3"},
      {"linux/arm64", "linux/arm64"},    {"linux/aarch64", "linux/arm64"},
      {"linux/arm64/v8", "linux/arm64"}, {"linux/arm", "linux/arm/v7"},
      {"linux/armhf", "linux/arm/v7"},   {"linux/armel", "linux/arm/v6"},
      {"linux/arm/6", "linux/arm/v6"},   {"Linux/AMD64", "linux/amd64"},
      {"linux/386", "linux/386"},        {"linux", nullptr},
      {"linux/amd64/v1/x", nullptr},     {"linux//v7", nullptr},
      {"linux/am d64", nullptr},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    std::string error;
    auto p = parse_platform(r.text, &error);
    if (!r.want) {
      CHECK_FALSE(p);
      CHECK(error.find(r.text) != std::string::npos);
      continue;
    }
    REQUIRE(p);
    CHECK(platform_text(*p) == r.want);
  }
}

TEST_CASE("distribution: the index entry for this machine, the first that matches (table)", "[image][distribution]") {
  auto P = [](const char* os, const char* arch, const char* variant = "") { return std::optional<Platform>(Platform{os, arch, variant}); };
  std::vector<std::optional<Platform>> index = {
      P("linux", "arm", "v6"), P("linux", "arm", "v7"), P("linux", "arm64", "v8"), std::nullopt,  // an attestation has none
      P("linux", "amd64"),     P("windows", "amd64"),   P("linux", "amd64"),
  };
  struct Row {
    const char* want;
    std::optional<std::size_t> index;
  } rows[] = {
      {"linux/amd64", 4},
      {"linux/arm64", 2},
      {"linux/arm64/v8", 2},
      {"linux/arm", 1},
      {"linux/arm/v6", 0},
      {"linux/arm/v5", std::nullopt},
      {"linux/s390x", std::nullopt},
  };
  for (const auto& r : rows) {
    CAPTURE(r.want);
    CHECK(choose_platform(index, *parse_platform(r.want)) == r.index);
  }
  CHECK(host_platform().os == "linux");
  CHECK_FALSE(host_platform().architecture.empty());
}

TEST_CASE("distribution: WWW-Authenticate challenges (table)", "[image][distribution]") {
  struct Row {
    const char* header;
    bool ok;
    const char *scheme, *realm, *service, *scope;
  } rows[] = {
      // Docker Hub
      {R"(Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull")", true, "bearer",
       "https://auth.docker.io/token", "registry.docker.io", "repository:library/nginx:pull"},
      // distribution with htpasswd
      {R"(Basic realm="Registry Realm")", true, "basic", "Registry Realm", "", ""},
      // spaces after commas, a scope with two actions, case in the scheme and the keys
      {R"(bearer Realm="https://r.example/t", Service="r.example", scope="repository:a/b:pull,push")", true, "bearer",
       "https://r.example/t", "r.example", "repository:a/b:pull,push"},
      // an escaped quote inside a quoted string, an unquoted token value
      {R"(Bearer realm="https://x/\"t\"",service=plain)", true, "bearer", "https://x/\"t\"", "plain", ""},
      // a second challenge after the first: the first is taken
      {R"(Bearer realm="https://a/t",service="a" Basic realm="b")", true, "bearer", "https://a/t", "a", ""},
      {R"(Bearer realm="unterminated)", false, "", "", "", ""},
      {"", false, "", "", "", ""},
  };
  for (const auto& r : rows) {
    CAPTURE(r.header);
    auto c = parse_challenge(r.header);
    REQUIRE(bool(c) == r.ok);
    if (!c) continue;
    CHECK(c->scheme == r.scheme);
    CHECK(c->realm == r.realm);
    CHECK(c->service == r.service);
    CHECK(c->scope == r.scope);
  }
}

TEST_CASE("distribution: the token request and its answer", "[image][distribution]") {
  Challenge hub{"bearer", "https://auth.docker.io/token", "registry.docker.io", ""};
  CHECK(pull_scope("library/nginx") == "repository:library/nginx:pull");
  CHECK(token_url(hub, pull_scope("library/nginx")) ==
        "https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fnginx%3Apull");
  // The challenge's own scope wins; a realm with a query gets '&'.
  Challenge own{"bearer", "https://r.example/t?x=1", "", "repository:a:pull"};
  CHECK(token_url(own, "repository:other:pull") == "https://r.example/t?x=1&scope=repository%3Aa%3Apull");

  struct Row {
    const char* body;
    const char* token;  // nullptr: refused
    std::int64_t expires;
  } rows[] = {
      {R"({"token":"abc","expires_in":300})", "abc", 300},
      {R"({"access_token":"xyz"})", "xyz", 60},
      {R"({"token":"t","access_token":"a","expires_in":0})", "t", 60},
      {R"({"expires_in":300})", nullptr, 0},
      {R"({"token":""})", nullptr, 0},
      {"<html>", nullptr, 0},
  };
  for (const auto& r : rows) {
    CAPTURE(r.body);
    std::string error;
    auto t = parse_token_response(r.body, &error);
    if (!r.token) {
      CHECK_FALSE(t);
      CHECK_FALSE(error.empty());
      continue;
    }
    REQUIRE(t);
    CHECK(t->value == r.token);
    CHECK(t->expires_in_seconds == r.expires);
  }
}
