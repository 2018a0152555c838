#include "image/pull.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/fd.h"
#include "image/digest.h"

namespace podrun::image {

namespace {

using json = nlohmann::json;
using Kind = RegistryError::Kind;

constexpr std::size_t kParallelFetches = 4;  // containerd's default max_concurrent_downloads is 3; podman's 6

bool is_supported_layer(const std::string& media) {
  static const char* const kinds[] = {
      "application/vnd.oci.image.layer.v1.tar",       "application/vnd.oci.image.layer.v1.tar+gzip",
      "application/vnd.oci.image.layer.v1.tar+zstd",  "application/vnd.docker.image.rootfs.diff.tar.gzip",
      "application/vnd.docker.image.rootfs.diff.tar",
  };
  return std::find(std::begin(kinds), std::end(kinds), media) != std::end(kinds);
}

struct Descriptor {
  std::string digest, media_type;
  std::int64_t size = 0;
};

Descriptor descriptor_of(const json& d, const std::string& what) {
  if (!d.is_object()) throw RegistryError(Kind::Invalid, what + ": not a descriptor");
  Descriptor out{d.value("digest", ""), d.value("mediaType", ""), d.value("size", std::int64_t{-1})};
  if (!is_sha256_digest(out.digest))
    throw RegistryError(Kind::Invalid, what + ": digest \"" + out.digest + "\" is not sha256 (podrun takes sha256 only)");
  if (out.size < 0) throw RegistryError(Kind::Invalid, what + ": no size");
  return out;
}

bool host_matches_prefix(const std::string& name, const std::string& prefix) {
  return name == prefix || (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0 && name[prefix.size()] == '/');
}

bool is_insecure(const RegistriesConfig& c, const std::string& host) {
  return std::find(c.insecure.begin(), c.insecure.end(), host) != c.insecure.end();
}

std::string ca_file_for(const RegistriesConfig& c, const std::string& host) {
  if (c.certs_dir.empty()) return "";
  std::string f = c.certs_dir + "/" + host + "/ca.crt";
  struct stat st {};
  return ::stat(f.c_str(), &st) == 0 ? f : "";
}

// An exclusive flock on <store>/locks/<hex>: one process fetches a blob, the others wait
// and then find it stored.
class BlobLock {
 public:
  BlobLock(const Store& store, const std::string& digest) {
    std::string dir = store.root() + "/locks";
    ::mkdir(dir.c_str(), 0700);
    std::string path = dir + "/" + digest_hex(digest);
    fd_.reset(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
    if (!fd_) throw ImportError("open the blob lock `" + path + "`: " + std::strerror(errno));
    while (::flock(fd_.get(), LOCK_EX) != 0)
      if (errno != EINTR) throw ImportError("lock `" + path + "`: " + std::strerror(errno));
  }

 private:
  UniqueFd fd_;
};

bool file_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

std::pair<std::string, std::string> split_repository(const std::string& repository) {
  auto slash = repository.find('/');
  if (slash == std::string::npos) return {"docker.io", repository};
  return {repository.substr(0, slash), repository.substr(slash + 1)};
}

std::vector<PullSource> pull_sources(const RegistriesConfig& config, const Reference& ref) {
  const RegistryRule* rule = nullptr;
  for (const auto& r : config.rules)
    if (host_matches_prefix(ref.repository, r.prefix) && (!rule || r.prefix.size() > rule->prefix.size())) rule = &r;
  auto source = [&](const std::string& location, bool insecure, bool mirror) {
    // location replaces the matched prefix: prefix docker.io, location mirror:5000/hub →
    // docker.io/library/busybox is mirror:5000/hub/library/busybox.
    std::string full = rule ? location + ref.repository.substr(rule->prefix.size()) : ref.repository;
    auto [host, path] = split_repository(full);
    PullSource s;
    s.endpoint.host = host;
    s.endpoint.insecure = insecure || is_insecure(config, host);
    s.endpoint.ca_file = ca_file_for(config, host);
    s.repository = path;
    s.mirror = mirror;
    return s;
  };
  std::vector<PullSource> out;
  if (rule) {
    for (const auto& m : rule->mirrors) out.push_back(source(m.location, m.insecure, true));
    out.push_back(source(rule->location.empty() ? rule->prefix : rule->location, rule->insecure, false));
  } else {
    out.push_back(source("", false, false));
  }
  return out;
}

PullResult pull_image(const Store& store, const std::string& text, const PullOptions& opt) {
  std::mutex progress_mutex;
  auto progress = [&](PullProgress p) {
    if (!opt.progress) return;
    std::lock_guard<std::mutex> g(progress_mutex);
    opt.progress(p);
  };
  // 1. The reference.
  std::string why;
  auto ref = parse_reference(text, &why);
  if (!ref) throw RegistryError(Kind::Invalid, why);
  const Platform want = opt.platform.value_or(host_platform());
  progress({PullProgress::Step::Resolving, "", 0, 0});

  // 2, 3. The manifest, from the first source that has it.
  std::optional<Registry> registry;
  FetchedManifest manifest;
  std::string errors;
  for (const PullSource& s : pull_sources(opt.registries, *ref)) {
    Registry r(s.endpoint, s.repository, find_credentials(opt.credentials, s.endpoint.host, s.repository));
    try {
      manifest = r.manifest(ref->digest.empty() ? ref->tag : ref->digest);
      registry = std::move(r);
      break;
    } catch (const RegistryError& e) {
      // A mirror that fails is skipped (as containers/image does); the registry's own error
      // is the one reported.
      if (!s.mirror) throw;
      errors += std::string(errors.empty() ? "" : "; ") + "mirror " + s.endpoint.host + ": " + e.what();
    }
  }
  if (!registry) throw RegistryError(Kind::Network, ref->str() + ": " + errors);
  if (is_index(manifest.type)) {
    json index = json::parse(manifest.bytes);
    std::vector<std::optional<Platform>> platforms;
    std::vector<std::string> offered;
    const json entries = index.value("manifests", json::array());
    for (const auto& e : entries) {
      if (e.is_object() && e.contains("platform") && e["platform"].is_object()) {
        const json& p = e["platform"];
        Platform pl{p.value("os", ""), p.value("architecture", ""), p.value("variant", "")};
        platforms.push_back(pl);
        offered.push_back(platform_text(normalize(pl)));
      } else {
        platforms.push_back(std::nullopt);
      }
    }
    auto chosen = choose_platform(platforms, want);
    if (!chosen) {
      std::string list;
      for (const auto& o : offered) list += (list.empty() ? "" : ", ") + o;
      throw RegistryError(Kind::NotFound, ref->str() + ": no image for " + platform_text(want) +
                                              " in its index (it has: " + (list.empty() ? "none" : list) + "; --platform chooses)");
    }
    Descriptor d = descriptor_of(entries[*chosen], ref->str() + ": index entry " + std::to_string(*chosen));
    manifest = registry->manifest(d.digest);
    if (is_index(manifest.type)) throw RegistryError(Kind::Invalid, ref->str() + ": an index inside an index; refused");
  }
  PullResult result;
  result.source = registry->endpoint().host;
  json m = json::parse(manifest.bytes);
  const std::string what = ref->str() + " (manifest " + manifest.digest + ")";
  Descriptor config = descriptor_of(m.value("config", json()), what + ": config");
  std::vector<Descriptor> layers;
  for (const auto& l : m.value("layers", json::array())) {
    Descriptor d = descriptor_of(l, what + ": layer " + std::to_string(layers.size() + 1));
    if (!is_supported_layer(d.media_type))
      throw RegistryError(Kind::Invalid, what + ": layer " + d.digest + " has media type \"" + d.media_type +
                                             "\" (podrun takes tar, tar+gzip and tar+zstd layers; foreign layers are not fetched)");
    layers.push_back(d);
  }

  // 4. Stored already: the name moves to it, nothing is fetched.
  ImageBlobs blobs;
  blobs.manifest_bytes = manifest.bytes;
  blobs.names = {ref->str()};
  blobs.verified = true;
  blobs.source = "pull " + registry->endpoint().host + "/" + registry->repository() + "@" + manifest.digest;
  bool all_there = file_exists(store.blob_path(config.digest));
  for (const auto& l : layers) all_there = all_there && file_exists(store.blob_path(l.digest));

  // 5. Config and layers, in parallel; each blob once.
  std::vector<Descriptor> jobs{config};
  jobs.insert(jobs.end(), layers.begin(), layers.end());
  store.init();
  if (!all_there) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr first_error;
    std::mutex error_mutex;
    std::atomic<std::int64_t> fetched{0};
    auto worker = [&]() {
      Registry r = *registry;  // its own copy: the token and scheme are already known
      for (std::size_t i; !failed && (i = next++) < jobs.size();) {
        const Descriptor& d = jobs[i];
        try {
          const std::string dest = store.blob_path(d.digest);
          if (file_exists(dest)) continue;
          BlobLock lock(store, d.digest);
          if (file_exists(dest)) continue;  // another pull fetched it while we waited
          std::string partial = store.tmp_dir() + "/" + digest_hex(d.digest) + ".partial";
          std::int64_t before = r.bytes_fetched();
          r.blob(d.digest, d.size, partial, dest, [&](std::int64_t done) {
            progress({PullProgress::Step::Fetching, d.digest, done, d.size});
          });
          fetched += r.bytes_fetched() - before;
        } catch (...) {
          std::lock_guard<std::mutex> g(error_mutex);
          if (!first_error) first_error = std::current_exception();
          failed = true;
        }
      }
    };
    std::vector<std::thread> threads;
    std::size_t n = std::min(kParallelFetches, jobs.size());
    for (std::size_t i = 1; i < n; ++i) threads.emplace_back(worker);
    worker();
    for (auto& t : threads) t.join();
    if (first_error) std::rethrow_exception(first_error);
    result.bytes_fetched = fetched;
  }
  for (const auto& d : jobs) blobs.blob_files[d.digest] = store.blob_path(d.digest);

  // 6. Verified against the config, unpacked, named.
  progress({PullProgress::Step::Unpacking, "", 0, 0});
  ImportOptions io;
  ImportResult stored = store_image(store, blobs, io);
  result.image = stored.image;
  result.already_present = stored.already_present && all_there;
  progress({PullProgress::Step::Done, "", 0, 0});
  return result;
}

}  // namespace podrun::image
