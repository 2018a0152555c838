// Registry credentials as Docker, podman and the kubelet keep them: a docker `config.json`, a
// containers `auth.json`, or a `kubernetes.io/dockerconfigjson` Secret's `.dockerconfigjson`
// (the same `{"auths": {KEY: {"auth": base64(user:password)}}}`; a Secret of type
// `kubernetes.io/dockercfg` has the map without "auths"). Pure: parsing and matching only.
//
// Matching follows the kubelet (pkg/credentialprovider/keyring.go): a key is a registry host,
// optionally with a port and a path prefix, optionally with a scheme and Docker's old
// `/v1/` suffix (https://index.docker.io/v1/ is docker.io); `*.example.com` matches one
// subdomain level. The longest (most specific) matching key wins; the source given first wins
// a tie (imagePullSecrets in order, then --authfile).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace podrun::image {

struct Credentials {
  std::string username, password;
  std::string registry_token;  // "registrytoken": a Bearer token used as it is
  std::string source;          // where they came from (for messages; never the secret itself)
};

struct CredentialEntry {
  std::string key;  // normalised: host[:port][/path], lower-case host
  Credentials credentials;
};

// Entries of a config.json/auth.json/.dockerconfigjson/.dockercfg text. Throws
// std::runtime_error naming `source` (never a value) when it cannot be read.
std::vector<CredentialEntry> parse_docker_config(const std::string& text, const std::string& source);

// "https://index.docker.io/v1/" → "docker.io"; "Registry.Example:5000/team/" → "registry.example:5000/team".
std::string normalize_credential_key(std::string key);

// The best entry for `registry` (docker.io, host:port) and `repository` (library/nginx).
std::optional<Credentials> find_credentials(const std::vector<CredentialEntry>& entries, const std::string& registry,
                                            const std::string& repository);

// The Authorization header value for Basic credentials.
std::string basic_authorization(const Credentials& c);

std::string base64_encode(const std::string& in);
std::optional<std::string> base64_decode(const std::string& in);

}  // namespace podrun::image
