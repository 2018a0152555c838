// One repository of one registry, spoken to as the OCI distribution spec says (client side):
//
//   manifest(tag or digest)  GET /v2/<name>/manifests/<ref> with the full Accept list; the media
//                            type from Content-Type, checked against the body's own; a digest
//                            reference checked against the bytes; at most 4 MiB.
//   blob(digest, size, ...)  GET /v2/<name>/blobs/<digest>, streamed into a partial file while
//                            its sha256 and size are checked; resumed with Range after a cut;
//                            renamed into place only when both match.
//
// Every request goes through send(): authentication (a 401's WWW-Authenticate: Bearer → a
// token from the realm, anonymous or with Basic credentials, then the request again; Basic
// directly), redirects followed by hand (credentials only ever go to the registry's own
// host:port, never to the storage a blob redirects to), and retries with back-off on 408, 429
// (Retry-After honoured), 5xx and transport errors.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

#include "image/credentials.h"
#include "image/distribution.h"
#include "image/http.h"

namespace podrun::image {

// Why a pull failed, as the kubelet and podman tell them apart: the network (the registry did
// not answer, or not usefully), the registry said no (not found, unauthorized), or what it
// sent is wrong (a digest that does not match, a manifest that cannot be read).
struct RegistryError : std::runtime_error {
  enum class Kind { Network, NotFound, Unauthorized, Invalid };
  Kind kind;
  RegistryError(Kind k, const std::string& what) : std::runtime_error(what), kind(k) {}
};

struct RegistryEndpoint {
  std::string host;       // as references name it: docker.io, localhost:5000, 10.0.0.1:5000
  bool insecure = false;  // plain HTTP allowed (tried after HTTPS), TLS not verified
  std::string ca_file;    // extra CA for this host ("" for the system's)
};

struct FetchedManifest {
  std::string bytes;
  ManifestType type = ManifestType::Unsupported;
  std::string digest;  // sha256 of bytes
};

class Registry {
 public:
  Registry(RegistryEndpoint endpoint, std::string repository, std::optional<Credentials> credentials);

  const RegistryEndpoint& endpoint() const { return endpoint_; }
  const std::string& repository() const { return repository_; }

  FetchedManifest manifest(const std::string& tag_or_digest);

  // Progress of a blob: bytes done (including those resumed from the partial file).
  using Progress = std::function<void(std::int64_t done)>;
  // Fetches blob `digest` of `size` bytes into `partial` (resuming from whatever it holds),
  // then renames it to `dest`. On a mismatch the partial file is removed and RegistryError
  // (Invalid) thrown: nothing unverified reaches `dest`.
  void blob(const std::string& digest, std::int64_t size, const std::string& partial, const std::string& dest, const Progress& progress);

  // Bytes fetched over the network by this object (resumed bytes counted once).
  std::int64_t bytes_fetched() const { return fetched_; }

  // Back-off before attempt `attempt` (1-based, after a failed one): 0.2 s doubling to 3.2 s, or
  // Retry-After (seconds) when the registry gives one, capped at 10 s. Exposed for tests.
  static double backoff_seconds(int attempt, const std::string& retry_after);

 private:
  HttpResponse send(HttpRequest req, const std::string& path, const std::string& what, const std::function<void(HttpRequest&)>& before);
  std::string base_url() const;
  void authenticate(const HttpResponse& challenge_response, const std::string& what);

  RegistryEndpoint endpoint_;
  std::string repository_;
  std::optional<Credentials> credentials_;
  std::string scheme_;         // "https", or "http" once an insecure registry answered so
  std::string authorization_;  // the header value to send to the registry's host
  std::int64_t fetched_ = 0;
};

// What Registry::manifest makes of a registry's 200 answer to a manifest request for `ref` (a
// tag or a digest): the body's digest checked against a digest reference and against the
// Docker-Content-Digest header (when it is one), the body a JSON object, its type from the
// Content-Type (else the body) and, when the body names its own mediaType, the same. Throws
// RegistryError (Invalid) naming `what`. Pure: fuzzed by tests/fuzz/registry_manifest.cc.
FetchedManifest read_manifest(std::string bytes, const std::string& content_type, const std::string& header_digest, const std::string& ref,
                              const std::string& what);

// The host to connect to for a registry name: docker.io is served at registry-1.docker.io.
std::string registry_api_host(const std::string& registry);

}  // namespace podrun::image
