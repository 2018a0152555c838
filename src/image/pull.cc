#include "image/pull.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <future>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/fault.h"
#include "common/fd.h"
#include "common/files.h"
#include "image/digest.h"
#include "image/fsutil.h"
#include "image/unpack.h"

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

// A fetch not started because another one failed.
struct Cancelled {};

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
  if (!ref.short_path.empty() && !config.unqualified_search.empty()) {
    // Each search registry in turn, with its own mirrors; every one may fail over to the next.
    std::vector<PullSource> out;
    for (const auto& registry : config.unqualified_search) {
      Reference qualified = ref;
      qualified.short_path.clear();
      if (registry != "docker.io") qualified.repository = registry + "/" + ref.short_path;
      for (PullSource& s : pull_sources(config, qualified)) {
        s.mirror = true;
        out.push_back(std::move(s));
      }
    }
    return out;
  }
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
  store.sweep_staging();  // what a pull or import killed before left
  const Platform want = opt.platform.value_or(host_platform());
  progress({PullProgress::Step::Resolving, "", 0, 0});

  // 2, 3. The manifest, from the first source that has it.
  std::optional<Registry> registry;
  FetchedManifest manifest;
  std::string errors;
  Kind last_kind = Kind::Network;
  const bool searched = !ref->short_path.empty() && !opt.registries.unqualified_search.empty();
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
      errors += std::string(errors.empty() ? "" : "; ") + (searched ? "" : "mirror " + s.endpoint.host + ": ") + e.what();
      last_kind = e.kind;
    }
  }
  if (!registry) throw RegistryError(last_kind, ref->str() + ": " + errors);
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

  // 5. Config and layers fetched in parallel (each blob once), four at a time. A layer this
  //    process downloads unpacks while it downloads, into a staging directory, reading the
  //    partial file as it grows (image/unpack.h GrowingBlob), with its diff_id from the same
  //    pass; a layer another process fetched (or one stored before) unpacks once it is there.
  std::vector<Descriptor> jobs{config};
  jobs.insert(jobs.end(), layers.begin(), layers.end());
  store.init();
  struct Unpack {
    std::string digest;
    PreparedLayer prepared;
    std::exception_ptr error;
    std::unique_ptr<GrowingBlob> growing;
    std::thread thread;
  };
  // Joined before the staging directories go (their destructors run in this order: the
  // fetches' join, the unpacks' join, the staging's removal).
  struct Staging {
    std::vector<Unpack> unpacks;
    ~Staging() {
      for (auto& u : unpacks)
        if (u.thread.joinable()) {
          if (u.growing) u.growing->finish(false);  // a fetch that never ended: the unpack stops
          u.thread.join();
        }
      for (const auto& u : unpacks)
        if (!u.prepared.dir.empty()) files::remove_all(u.prepared.dir);
    }
  } staging;
  staging.unpacks.resize(jobs.size());
  // Layer i's unpack, on its own thread, into a new staging directory.
  auto start_unpack = [&](std::size_t i, const std::string& blob, GrowingBlob* growing) {
    Unpack& u = staging.unpacks[i];
    u.digest = jobs[i].digest;
    // Named with this process's pid: Store::sweep_staging removes it if the pull is killed.
    std::string dir = store.make_staging_dir("layer", 0755);
    if (dir.empty()) throw ImportError("create a staging directory in `" + store.tmp_dir() + "`: " + std::strerror(errno));
    u.prepared.dir = dir;
    u.thread = std::thread([&u, blob, growing] {
      try {
        u.prepared.unpacked = unpack_layer(blob, u.prepared.dir, &u.prepared.diff_id, growing);
      } catch (...) {
        u.error = std::current_exception();
      }
    });
  };
  std::vector<std::promise<void>> done(jobs.size());
  std::vector<std::shared_future<void>> landed;
  for (auto& d : done) landed.push_back(d.get_future().share());
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::atomic<std::int64_t> fetched{0};
  auto worker = [&]() {
    Registry r = *registry;  // its own copy: the token and scheme are already known
    for (std::size_t i; (i = next++) < jobs.size();) {
      const Descriptor& d = jobs[i];
      GrowingBlob* growing = nullptr;
      try {
        if (failed) throw Cancelled{};  // another fetch failed: its error is the one to report
        const std::string dest = store.blob_path(d.digest);
        if (!file_exists(dest)) {
          BlobLock lock(store, d.digest);
          if (!file_exists(dest)) {  // else another pull fetched it while we waited
            std::string partial = store.tmp_dir() + "/" + digest_hex(d.digest) + ".partial";
            std::int64_t before = r.bytes_fetched();
            bool streaming = false;
            r.blob(d.digest, d.size, partial, dest, [&](std::int64_t n) {
              progress({PullProgress::Step::Fetching, d.digest, n, d.size});
              if (i == 0) return;
              if (!streaming) {  // the partial file exists from here on (until its rename: opened now)
                streaming = true;
                int fd = ::open(partial.c_str(), O_RDONLY | O_CLOEXEC);
                if (fd < 0) throw RegistryError(Kind::Invalid, "open `" + partial + "`: " + std::strerror(errno));
                staging.unpacks[i].growing = std::make_unique<GrowingBlob>(fd);
                growing = staging.unpacks[i].growing.get();
                start_unpack(i, partial, growing);
              }
              growing->grew(n);
            });
            if (growing) growing->finish(true);
            fetched += r.bytes_fetched() - before;
          }
        }
        done[i].set_value();
      } catch (...) {
        if (growing) growing->finish(false);
        failed = true;
        done[i].set_exception(std::current_exception());
      }
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < std::min(kParallelFetches, jobs.size()); ++i) threads.emplace_back(worker);
  struct Join {
    std::vector<std::thread>& t;
    std::atomic<bool>& failed;
    ~Join() {
      failed = true;  // on the way out (an error here): the workers take nothing new
      for (auto& th : t) th.join();
    }
  } join{threads, failed};
  std::vector<std::string> diff_ids;
  const std::size_t cpus = static_cast<std::size_t>(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN)));
  std::vector<std::size_t> waiting;  // unpacks of layers that were already stored, oldest first
  // A failed fetch: its own error, not a "cancelled" of a job that never ran (in any order).
  auto first_error = [&]() {
    for (auto& f : landed) try {
        f.get();
      } catch (const Cancelled&) {}
  };
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    try {
      landed[i].get();  // rethrows the worker's error
    } catch (const Cancelled&) {
      first_error();  // throws the error that cancelled it
      throw RegistryError(Kind::Network, ref->str() + ": a fetch was cancelled");
    }
    if (i == 0) {
      json cfg = json::parse(read_file(store.blob_path(config.digest)), nullptr, false);
      if (cfg.is_object() && cfg.contains("rootfs")) diff_ids = cfg["rootfs"].value("diff_ids", std::vector<std::string>{});
      continue;
    }
    const Descriptor& d = jobs[i];
    progress({PullProgress::Step::Unpacking, d.digest, 0, 0});
    if (staging.unpacks[i].thread.joinable()) continue;  // unpacking while it downloaded
    // A layer stored before (under its diff_id, from the config) is not unpacked again.
    if (i - 1 < diff_ids.size() && file_exists(store.layer_path(diff_ids[i - 1]) + ".json")) continue;
    // At most one such unpack per CPU at a time (an image of many stored blobs).
    if (waiting.size() >= cpus) {
      staging.unpacks[waiting.front()].thread.join();
      waiting.erase(waiting.begin());
    }
    start_unpack(i, store.blob_path(d.digest), nullptr);
    waiting.push_back(i);
  }
  for (std::size_t i = 1; i < jobs.size(); ++i) {
    Unpack& u = staging.unpacks[i];
    if (u.digest.empty()) continue;  // stored before
    if (u.thread.joinable()) u.thread.join();
    if (u.error) try {
        std::rethrow_exception(u.error);
      } catch (const UnpackError& e) {
        throw ImportError("layer " + u.digest + ": " + e.what() + "; nothing was stored");
      }
    blobs.prepared[u.digest] = u.prepared;
  }
  result.bytes_fetched = fetched;
  for (const auto& d : jobs) blobs.blob_files[d.digest] = store.blob_path(d.digest);

  fault::point("pull.layers");

  // 6. Verified against the config, unpacked, named.
  progress({PullProgress::Step::Unpacking, "", 0, 0});
  ImportOptions io;
  ImportResult stored = store_image(store, blobs, io);
  result.image = stored.image;
  result.already_present = stored.already_present && fetched == 0;
  progress({PullProgress::Step::Done, "", 0, 0});
  return result;
}

}  // namespace podrun::image
