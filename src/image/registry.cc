#include "image/registry.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/fd.h"
#include "image/digest.h"

namespace podrun::image {

namespace {

constexpr int kAttempts = 5;
constexpr std::int64_t kManifestCap = 4 << 20;  // containerd's limit, and the spec's advice

// A registry's error body ({"errors": [{"code", "message"}]}) in a few words, else its status.
std::string registry_says(const HttpResponse& r) {
  nlohmann::json j = nlohmann::json::parse(r.body, nullptr, false);
  if (j.is_object() && j.contains("errors") && j["errors"].is_array() && !j["errors"].empty() && j["errors"][0].is_object()) {
    const auto& e = j["errors"][0];
    std::string code = e.value("code", ""), msg = e.value("message", "");
    if (!code.empty() || !msg.empty()) return "HTTP " + std::to_string(r.status) + " " + code + (msg.empty() ? "" : ": " + msg);
  }
  return "HTTP " + std::to_string(r.status);
}

std::string errno_text(int e) { return std::string(std::strerror(e)) + " (errno " + std::to_string(e) + ")"; }

ManifestType type_of_body(const nlohmann::json& j) {
  if (j.contains("mediaType") && j["mediaType"].is_string()) return manifest_type(j["mediaType"].get<std::string>());
  if (j.contains("manifests")) return ManifestType::OciIndex;
  if (j.contains("layers") || j.contains("config")) return ManifestType::OciManifest;
  return ManifestType::Unsupported;
}

}  // namespace

std::string registry_api_host(const std::string& registry) { return registry == "docker.io" ? "registry-1.docker.io" : registry; }

FetchedManifest read_manifest(std::string bytes, const std::string& content_type, const std::string& header_digest, const std::string& ref,
                              const std::string& what) {
  FetchedManifest m;
  m.bytes = std::move(bytes);
  m.digest = sha256_digest(m.bytes);
  if (ref.rfind("sha256:", 0) == 0 && m.digest != ref)
    throw RegistryError(RegistryError::Kind::Invalid, what + ": the registry sent a manifest that hashes to " + m.digest + "; refused");
  if (!header_digest.empty() && is_sha256_digest(header_digest) && header_digest != m.digest)
    throw RegistryError(RegistryError::Kind::Invalid,
                        what + ": Docker-Content-Digest says " + header_digest + ", the bytes hash to " + m.digest + "; refused");
  nlohmann::json body = nlohmann::json::parse(m.bytes, nullptr, false);
  if (body.is_discarded() || !body.is_object()) throw RegistryError(RegistryError::Kind::Invalid, what + ": not a JSON object");
  ManifestType from_header = manifest_type(content_type);
  ManifestType from_body = type_of_body(body);
  // schemaVersion read only when it is a number: value() throws json's type_error on another type.
  auto version = body.find("schemaVersion");
  bool schema1 = version != body.end() && version->is_number() && *version == 1;
  if (schema1 || content_type.find("distribution.manifest.v1+") != std::string::npos)
    throw RegistryError(RegistryError::Kind::Invalid,
                        what + ": a Docker schema 1 manifest, which podrun (like containerd 2) does not pull");
  m.type = from_header != ManifestType::Unsupported ? from_header : from_body;
  if (m.type == ManifestType::Unsupported)
    throw RegistryError(RegistryError::Kind::Invalid, what + ": media type \"" + content_type + "\" is not an image manifest or index");
  // The body's own mediaType, when it has one, must agree (an index served as a manifest
  // would be read as one, and the other way round).
  if (body.contains("mediaType") && from_body != m.type)
    throw RegistryError(RegistryError::Kind::Invalid, what + ": Content-Type says " + manifest_media_type(m.type) +
                                                          ", the manifest itself " + body["mediaType"].dump() + "; refused");
  return m;
}

double Registry::backoff_seconds(int attempt, const std::string& retry_after) {
  if (!retry_after.empty() && std::all_of(retry_after.begin(), retry_after.end(), [](unsigned char c) { return std::isdigit(c); }))
    return std::min(10.0, static_cast<double>(std::stol(retry_after.substr(0, 6))));
  double s = 0.2;
  for (int i = 1; i < attempt - 1 && s < 3.2; ++i) s *= 2;
  return s;
}

Registry::Registry(RegistryEndpoint endpoint, std::string repository, std::optional<Credentials> credentials)
    : endpoint_(std::move(endpoint)), repository_(std::move(repository)), credentials_(std::move(credentials)), scheme_("https") {
  if (credentials_ && !credentials_->registry_token.empty()) authorization_ = "Bearer " + credentials_->registry_token;
}

std::string Registry::base_url() const { return scheme_ + "://" + registry_api_host(endpoint_.host); }

void Registry::authenticate(const HttpResponse& r, const std::string& what) {
  const std::string host = endpoint_.host;
  std::string header = r.header("www-authenticate");
  auto challenge = parse_challenge(header);
  if (!challenge)
    throw RegistryError(RegistryError::Kind::Unauthorized,
                        what + ": " + host + " answered 401 without a challenge podrun can read (\"" + header.substr(0, 80) + "\")");
  if (challenge->scheme == "basic") {
    if (!credentials_ || credentials_->username.empty())
      throw RegistryError(RegistryError::Kind::Unauthorized,
                          what + ": " + host + " wants a user name and password, and none is given for it (imagePullSecrets, --authfile)");
    authorization_ = basic_authorization(*credentials_);
    return;
  }
  if (challenge->scheme != "bearer")
    throw RegistryError(RegistryError::Kind::Unauthorized, what + ": " + host + " asks for \"" + challenge->scheme +
                                                               "\" authentication, which podrun does not speak (Bearer, Basic)");
  if (challenge->realm.empty() ||
      (challenge->realm.rfind("https://", 0) != 0 && !(endpoint_.insecure && challenge->realm.rfind("http://", 0) == 0)))
    throw RegistryError(RegistryError::Kind::Unauthorized, what + ": " + host + "'s token realm \"" + challenge->realm +
                                                               "\" is not an https URL (an insecure registry may use http)");
  HttpRequest q;
  q.url = token_url(*challenge, pull_scope(repository_));
  q.verify_tls = !endpoint_.insecure;
  q.ca_file = endpoint_.ca_file;
  q.headers.push_back("Accept: application/json");
  if (credentials_ && !credentials_->username.empty()) q.headers.push_back("Authorization: " + basic_authorization(*credentials_));
  HttpResponse t;
  for (int attempt = 1; attempt <= kAttempts; ++attempt) {
    if (attempt > 1) std::this_thread::sleep_for(std::chrono::duration<double>(backoff_seconds(attempt, t.header("retry-after"))));
    t = http_request(q);
    if (t.error.empty() && t.status != 408 && t.status != 429 && t.status < 500) break;
  }
  if (!t.error.empty()) throw RegistryError(RegistryError::Kind::Network, what + ": token from " + challenge->realm + ": " + t.error);
  if (t.status == 401 || t.status == 403)
    throw RegistryError(
        RegistryError::Kind::Unauthorized,
        what + ": " + challenge->realm + " refused " +
            (credentials_ && !credentials_->username.empty() ? "the credentials from " + credentials_->source : "an anonymous token") +
            " (" + registry_says(t) + ")");
  if (t.status != 200)
    throw RegistryError(RegistryError::Kind::Network, what + ": token from " + challenge->realm + ": " + registry_says(t));
  std::string why;
  auto token = parse_token_response(t.body, &why);
  if (!token) throw RegistryError(RegistryError::Kind::Invalid, what + ": " + challenge->realm + ": " + why);
  authorization_ = "Bearer " + token->value;
}

HttpResponse Registry::send(HttpRequest req, const std::string& path, const std::string& what,
                            const std::function<void(HttpRequest&)>& before) {
  std::string last;
  bool auth_tried = false, scheme_tried = false;
  HttpResponse r;
  for (int attempt = 1; attempt <= kAttempts; ++attempt) {
    if (attempt > 1) std::this_thread::sleep_for(std::chrono::duration<double>(backoff_seconds(attempt, r.header("retry-after"))));
    std::string url = base_url() + "/v2/" + repository_ + path;
    const std::string registry_authority = url_authority(url);
    for (int hops = 0;; ++hops) {
      HttpRequest q = req;
      q.url = url;
      q.verify_tls = !endpoint_.insecure;
      q.ca_file = endpoint_.ca_file;
      if (before) before(q);
      // Credentials go to the registry's own host:port only: a blob redirected to storage
      // elsewhere (S3, a CDN) gets its own signed URL and must not see them.
      if (!authorization_.empty() && url_authority(url) == registry_authority) q.headers.push_back("Authorization: " + authorization_);
      r = http_request(q);
      bool redirect = r.error.empty() && (r.status == 301 || r.status == 302 || r.status == 303 || r.status == 307 || r.status == 308);
      if (!redirect) break;
      std::string location = r.header("location");
      if (location.empty())
        throw RegistryError(RegistryError::Kind::Invalid, what + ": HTTP " + std::to_string(r.status) + " without Location");
      if (hops >= 10) throw RegistryError(RegistryError::Kind::Network, what + ": more than 10 redirects");
      url = resolve_url(url, location);
    }
    if (r.aborted) return r;  // the caller's on_body said stop
    if (!r.error.empty()) {
      // An insecure registry may speak plain HTTP: HTTPS first, as podman does, then HTTP.
      if (endpoint_.insecure && scheme_ == "https" && !scheme_tried && r.status == 0) {
        scheme_tried = true;
        scheme_ = "http";
        --attempt;
        continue;
      }
      last = r.error;
      if (r.tls_error && !endpoint_.insecure)
        last += " (a registry that speaks plain HTTP or has a self-signed certificate: --insecure-registry " + endpoint_.host +
                ", or its CA in certs.d/" + endpoint_.host + "/ca.crt)";
      if (!r.transient) throw RegistryError(RegistryError::Kind::Network, what + ": " + last);
      continue;
    }
    if (r.status == 401 && !auth_tried) {
      auth_tried = true;
      authenticate(r, what);
      --attempt;
      continue;
    }
    if (r.status == 408 || r.status == 429 || r.status >= 500) {
      last = registry_says(r);
      continue;
    }
    return r;
  }
  throw RegistryError(RegistryError::Kind::Network, what + ": " + last + " (" + std::to_string(kAttempts) + " attempts)");
}

FetchedManifest Registry::manifest(const std::string& ref) {
  const std::string what = "manifest " + endpoint_.host + "/" + repository_ + (ref.rfind("sha256:", 0) == 0 ? "@" : ":") + ref;
  HttpRequest req;
  req.headers.push_back(std::string("Accept: ") + kManifestAccept);
  req.max_body = kManifestCap;
  HttpResponse r = send(req, "/manifests/" + ref, what, nullptr);
  if (r.aborted) throw RegistryError(RegistryError::Kind::Invalid, what + ": larger than 4 MiB; refused");
  if (r.status == 404) throw RegistryError(RegistryError::Kind::NotFound, what + ": not found (" + registry_says(r) + ")");
  if (r.status == 401 || r.status == 403) throw RegistryError(RegistryError::Kind::Unauthorized, what + ": " + registry_says(r));
  if (r.status != 200) throw RegistryError(RegistryError::Kind::Network, what + ": " + registry_says(r));
  return read_manifest(std::move(r.body), r.header("content-type"), r.header("docker-content-digest"), ref, what);
}

void Registry::blob(const std::string& digest, std::int64_t size, const std::string& partial, const std::string& dest,
                    const Progress& progress) {
  const std::string what = "blob " + digest;
  UniqueFd fd(::open(partial.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
  if (!fd) throw RegistryError(RegistryError::Kind::Invalid, what + ": open `" + partial + "`: " + errno_text(errno));
  // Whatever an earlier, interrupted fetch left: hashed again, then resumed after.
  auto hash = std::make_unique<Sha256>();
  std::int64_t have = 0;
  {
    char buf[1 << 16];
    ssize_t n;
    while ((n = ::read(fd.get(), buf, sizeof buf)) > 0 && have + n <= size) {
      hash->update(buf, static_cast<std::size_t>(n));
      have += n;
    }
    if (n != 0) {  // larger than the blob, or unreadable: start over
      hash = std::make_unique<Sha256>();
      have = 0;
    }
    if (::ftruncate(fd.get(), have) != 0 || ::lseek(fd.get(), have, SEEK_SET) < 0)
      throw RegistryError(RegistryError::Kind::Invalid, what + ": truncate `" + partial + "`: " + errno_text(errno));
  }
  if (progress) progress(have);
  std::int64_t asked_from = 0;
  bool too_big = false;
  std::string write_error;
  // Bytes are hashed as they arrive and written in pieces of up to kWriteBuffer: one write(2)
  // and one progress call (which wakes the unpacking reader) per piece, not per callback.
  // What `progress` reports is always on disk: the reader reads the file up to it.
  constexpr std::size_t kWriteBuffer = 1 << 20;
  std::string pending;
  pending.reserve(kWriteBuffer);
  auto flush = [&]() -> bool {
    for (std::size_t off = 0; off < pending.size();) {
      ssize_t w = ::write(fd.get(), pending.data() + off, pending.size() - off);
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) {
        write_error = errno_text(errno);
        return false;
      }
      off += static_cast<std::size_t>(w);
    }
    pending.clear();
    if (progress) progress(have);
    return true;
  };
  HttpRequest req;
  req.stall_timeout = 30;
  req.on_body = [&](long status, const char* data, std::size_t n) {
    if (status == 200 && asked_from > 0) {
      // The registry ignored Range and sends the whole blob: start over from byte 0.
      pending.clear();
      if (::ftruncate(fd.get(), 0) != 0 || ::lseek(fd.get(), 0, SEEK_SET) < 0) {
        write_error = errno_text(errno);
        return false;
      }
      hash = std::make_unique<Sha256>();
      have = 0;
      asked_from = 0;
    }
    if (have + static_cast<std::int64_t>(n) > size) {
      too_big = true;
      return false;
    }
    hash->update(data, n);
    pending.append(data, n);
    have += static_cast<std::int64_t>(n);
    fetched_ += static_cast<std::int64_t>(n);
    return pending.size() < kWriteBuffer || flush();
  };
  for (int round = 0; have < size || size == 0; ++round) {
    HttpResponse r = send(req, "/blobs/" + digest, what, [&](HttpRequest& q) {
      q.range_from = have;
      asked_from = have;
    });
    if (!too_big) flush();  // what arrived is on disk before a retry resumes after it
    if (too_big) {
      ::unlink(partial.c_str());
      throw RegistryError(RegistryError::Kind::Invalid, what + ": the registry sent more than the " + std::to_string(size) +
                                                            " bytes the manifest says; refused, nothing stored");
    }
    if (!write_error.empty()) {
      // A full disk above all (ENOSPC): what arrived is not kept for a resume, it would hold
      // the space that is missing. (A cut connection keeps it: the next pull resumes.)
      ::unlink(partial.c_str());
      throw RegistryError(RegistryError::Kind::Invalid, what + ": write `" + partial + "`: " + write_error);
    }
    if (r.status == 404) throw RegistryError(RegistryError::Kind::NotFound, what + ": not found (" + registry_says(r) + ")");
    if (r.status == 401 || r.status == 403) throw RegistryError(RegistryError::Kind::Unauthorized, what + ": " + registry_says(r));
    if (r.status != 200 && r.status != 206) throw RegistryError(RegistryError::Kind::Network, what + ": " + registry_says(r));
    if (size == 0 || have == size) break;
    if (round >= kAttempts)
      throw RegistryError(RegistryError::Kind::Network,
                          what + ": the transfer kept ending early (" + std::to_string(have) + " of " + std::to_string(size) + " bytes)");
  }
  std::string got = hash->digest();
  if (got != digest) {
    ::unlink(partial.c_str());
    throw RegistryError(RegistryError::Kind::Invalid,
                        what + ": the registry sent " + std::to_string(have) + " bytes that hash to " + got + "; refused, nothing stored");
  }
  if (::fsync(fd.get()) != 0 || ::rename(partial.c_str(), dest.c_str()) != 0)
    throw RegistryError(RegistryError::Kind::Invalid, what + ": store as `" + dest + "`: " + errno_text(errno));
}

}  // namespace podrun::image
