// `podrun image pull` and apply's pulls: an image from an OCI registry into the store.
//
//   pull_image():
//     1. The reference, normalised (busybox → docker.io/library/busybox:latest).
//     2. Where to ask: the registry's mirrors in order, then its location (registries config).
//     3. The manifest (an index resolves to this machine's platform, or --platform's).
//     4. Already stored (same manifest digest, every layer): only the name moves; done.
//     5. Config and layers fetched in parallel, each verified (size, sha256) while it streams,
//        one fetch per blob however many pulls want it (a lock per blob, across processes).
//     6. The layers checked against the config's diff_ids and unpacked, the index updated
//        (image/importer.h store_image, the same step an import ends with).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "image/credentials.h"
#include "image/distribution.h"
#include "image/importer.h"
#include "image/reference.h"
#include "image/registry.h"
#include "image/store.h"

namespace podrun::image {

// The machine owner's registry settings (the `registries` part of /etc/podrun/config.yaml, a
// subset of containers-registries.conf, and --insecure-registry):
//
//   registries:
//     insecure: ["localhost:5000"]           # plain HTTP allowed, TLS not verified
//     certsDir: /etc/podrun/certs.d          # HOST[:PORT]/ca.crt: an extra CA per registry
//     mirrors:
//     - prefix: docker.io                    # a registry, or registry/path prefix
//       location: ""                         # where the prefix really is ("" = itself)
//       mirrors: [{location: "mirror.local:5000", insecure: true}]
struct MirrorConfig {
  std::string location;
  bool insecure = false;
};
struct RegistryRule {
  std::string prefix;
  std::string location;
  bool insecure = false;
  std::vector<MirrorConfig> mirrors;
};
struct RegistriesConfig {
  std::vector<std::string> insecure;  // hosts (host[:port])
  std::string certs_dir = "/etc/podrun/certs.d";
  std::vector<RegistryRule> rules;
  // registries.conf's unqualified-search-registries: a name written without a registry
  // ("nginx", "team/app") is looked for in each, in order (CRI-O's and podman's search); empty:
  // docker.io only, as Kubernetes reads the name. docker.io, when listed, keeps its "library/"
  // and its mirrors. The image is named as Kubernetes reads the reference either way.
  std::vector<std::string> unqualified_search;
};

// Where to pull `ref` from, in order: each mirror of the longest matching prefix, then the
// prefix's location (or the reference's own registry); for a short name with search
// registries, that for each registry in turn. Pure.
struct PullSource {
  RegistryEndpoint endpoint;
  std::string repository;  // path within that registry: library/busybox
  bool mirror = false;     // a failure here moves on to the next source
};
std::vector<PullSource> pull_sources(const RegistriesConfig& config, const Reference& ref);

// Splits docker.io/library/busybox into {docker.io, library/busybox}.
std::pair<std::string, std::string> split_repository(const std::string& repository);

struct PullProgress {
  enum class Step { Resolving, Fetching, Unpacking, Done } step = Step::Resolving;
  std::string digest;  // the blob (Fetching)
  std::int64_t done = 0, total = 0;
};

struct PullOptions {
  std::optional<Platform> platform;  // default: host_platform()
  RegistriesConfig registries;
  std::vector<CredentialEntry> credentials;           // imagePullSecrets first, then --authfile
  std::function<void(const PullProgress&)> progress;  // called from several threads, one at a time
};

struct PullResult {
  ImageRecord image;
  bool already_present = false;  // nothing was fetched but the manifest
  std::int64_t bytes_fetched = 0;
  std::string source;  // the registry (or mirror) it came from
};

// Throws RegistryError (what failed and why, the kind telling network from refusal) or
// ImportError (what the store refused).
PullResult pull_image(const Store& store, const std::string& reference, const PullOptions& options);

}  // namespace podrun::image
