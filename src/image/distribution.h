// The OCI distribution protocol's decisions, client side, as pure functions: what to ask a
// registry for (the manifest Accept list, the token request), how to read what it answers
// (WWW-Authenticate challenges, Content-Type media types, token responses) and which entry of
// an image index this machine runs. No network here: the pull (HTTP through libcurl) calls
// these, and they are table-tested without a registry (tests/image/distribution_test.cc).
//
// Groundwork for `podrun image pull`; nothing calls it yet.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace podrun::image {

// --- manifests ---------------------------------------------------------------------------------

enum class ManifestType {
  OciIndex,            // application/vnd.oci.image.index.v1+json
  OciManifest,         // application/vnd.oci.image.manifest.v1+json
  DockerManifestList,  // application/vnd.docker.distribution.manifest.list.v2+json
  DockerManifest,      // application/vnd.docker.distribution.manifest.v2+json (schema 2)
  Unsupported,         // anything else (Docker schema 1 among them: refused, as containerd does)
};

// What `Accept` says on a manifest request: every type podrun reads, most preferred first.
extern const char* const kManifestAccept;
const char* manifest_media_type(ManifestType t);
// From a Content-Type header or a descriptor's mediaType: parameters (`; charset=utf-8`) and
// case ignored.
ManifestType manifest_type(std::string_view content_type);
bool is_index(ManifestType t);

// --- platforms ---------------------------------------------------------------------------------

struct Platform {
  std::string os = "linux";
  std::string architecture;  // GOARCH spelling: amd64, arm64, arm, 386, ppc64le, s390x, riscv64
  std::string variant;       // arm: v6, v7, v8; empty where the architecture has no variants
  bool operator==(const Platform&) const = default;
};

// "linux/arm64/v8", "linux/amd64": the spelling of --platform and of `podman pull --platform`.
// Architecture aliases are normalised (x86_64 → amd64, aarch64 → arm64, armhf → arm/v7, ...),
// and so are variants (arm64's v8 and amd64's v1 are their defaults, written as none; arm's
// default is v7). nullopt with `error` for anything else.
std::optional<Platform> parse_platform(std::string_view text, std::string* error = nullptr);
std::string platform_text(const Platform& p);
Platform normalize(Platform p);
// The platform this build of podrun runs containers for.
Platform host_platform();

// The index entry to pull for `want`: the same OS and architecture and, after normalisation,
// the same variant; an entry without a platform never matches; the first such entry wins, as
// in containerd. nullopt when none does (the error names what the index offers).
std::optional<std::size_t> choose_platform(const std::vector<std::optional<Platform>>& entries, const Platform& want);

// --- authentication ----------------------------------------------------------------------------

// One challenge of a WWW-Authenticate header (RFC 7235): `Bearer realm="...",service="...",
// scope="..."` or `Basic realm="..."`. The scheme is lower-cased; parameters keep their case
// and have their quoting undone.
struct Challenge {
  std::string scheme;  // "bearer", "basic"
  std::string realm, service, scope;
};
// The first challenge of the header; nullopt when it cannot be read.
std::optional<Challenge> parse_challenge(std::string_view header);

// The pull scope of a repository path (without its registry): repository:library/nginx:pull.
std::string pull_scope(std::string_view repository_path);

// The token endpoint's URL for a Bearer challenge, asking for `scope` (the challenge's own
// when it names one): realm?service=...&scope=... with both form-encoded.
std::string token_url(const Challenge& c, std::string_view scope);

// A token endpoint's answer: {"token": ...} or {"access_token": ...} (both are allowed; token
// wins), and how long it lasts (`expires_in`, 60 s when absent, as the spec says).
struct Token {
  std::string value;
  std::int64_t expires_in_seconds = 60;
};
std::optional<Token> parse_token_response(std::string_view body, std::string* error = nullptr);

}  // namespace podrun::image
