#include "image/importer.h"

#include <fcntl.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "common/fault.h"
#include "common/fd.h"
#include "image/digest.h"
#include "image/fsutil.h"
#include "image/layer_writer.h"
#include "image/libarchive.h"
#include "image/reference.h"
#include "image/unpack.h"

namespace podrun::image {

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

constexpr const char* kOciManifest = "application/vnd.oci.image.manifest.v1+json";
constexpr const char* kOciIndex = "application/vnd.oci.image.index.v1+json";
constexpr const char* kDockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
constexpr const char* kDockerList = "application/vnd.docker.distribution.manifest.list.v2+json";

// A staging directory (Store::make_staging_dir) that removes itself unless kept.
struct TempDir {
  std::string path;
  TempDir(const Store& store, const std::string& prefix) : path(store.make_staging_dir(prefix, 0755)) {
    if (path.empty()) throw ImportError("cannot create a staging directory in `" + store.tmp_dir() + "`: " + errno_text(errno));
  }
  ~TempDir() {
    if (!path.empty()) {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  }
  std::string keep() { return std::exchange(path, std::string()); }
};

// What podrun reads into memory from an input, at most: manifests and indexes as a pull takes
// them (image/registry.cc, containerd's limit), configs twice that (their history is the
// largest part; real ones are a few KiB). A bigger one is refused before it is read.
constexpr std::int64_t kManifestCap = 4 << 20;
constexpr std::int64_t kConfigCap = 8 << 20;

std::string read_capped(const std::string& file, const std::string& what, std::int64_t cap) {
  std::int64_t size = file_size(file);
  if (size > cap)
    throw ImportError(what + " is " + std::to_string(size) + " bytes, over podrun's limit of " + std::to_string(cap >> 20) +
                      " MiB; refused, nothing was stored");
  return read_file(file);
}

// A file a docker archive's manifest.json names: a relative path that stays in the archive.
std::string in_archive(const std::string& dir, const std::string& rel, const std::string& what) {
  bool leaves = rel.empty() || rel[0] == '/';
  for (std::size_t start = 0; !leaves && start <= rel.size();) {
    std::size_t end = rel.find('/', start);
    if (rel.substr(start, end == std::string::npos ? std::string::npos : end - start) == "..") leaves = true;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (leaves) throw ImportError("manifest.json: " + what + " `" + rel + "` is not a path inside the archive; refused, nothing was stored");
  return dir + "/" + rel;
}

json parse_json(const std::string& text, const std::string& what) {
  try {
    return json::parse(text);
  } catch (const json::exception& e) {
    throw ImportError(what + " is not valid JSON: " + e.what());
  }
}

std::string host_arch() {
  utsname u{};
  ::uname(&u);
  std::string m = u.machine;
  if (m == "x86_64") return "amd64";
  if (m == "aarch64") return "arm64";
  if (m.rfind("arm", 0) == 0) return "arm";
  return m;
}

// Extracts an archive of a layout (oci-archive, docker-archive): regular files and
// directories only, no path outside `dir`.
void extract_archive(const std::string& file, const std::string& dir) {
  archive* a = libarchive().archive_read_new();
  libarchive().archive_read_support_filter_all(a);
  libarchive().archive_read_support_format_tar(a);
  libarchive().archive_read_support_format_gnutar(a);
  struct Free {
    archive* a;
    ~Free() { libarchive().archive_read_free(a); }
  } guard{a};
  if (libarchive().archive_read_open_filename(a, file.c_str(), 1 << 16) != ARCHIVE_OK)
    throw ImportError("`" + file + "` is not a readable archive: " +
                      std::string(libarchive().archive_error_string(a) ? libarchive().archive_error_string(a) : "?"));
  // The free-space reserve (image/layer_writer.h) holds for the staging of an archive too.
  UniqueFd dir_fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  std::int64_t unchecked = 0;
  auto account = [&](const std::string& path, std::int64_t bytes) {
    if ((unchecked += bytes) < (4 << 20)) return;
    unchecked = 0;
    if (std::string why = space_shortage(dir_fd.get()); !why.empty())
      throw ImportError("`" + file + "`: extract `" + path + "`: " + why + "; refused, nothing was stored");
  };
  archive_entry* e = nullptr;
  for (;;) {
    int rc = libarchive().archive_read_next_header(a, &e);
    if (rc == ARCHIVE_EOF) break;
    if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
      throw ImportError("read `" + file + "`: " +
                        std::string(libarchive().archive_error_string(a) ? libarchive().archive_error_string(a) : "?") + " (truncated?)");
    std::string path = libarchive().archive_entry_pathname(e) ? libarchive().archive_entry_pathname(e) : "";
    while (path.rfind("./", 0) == 0) path = path.substr(2);
    if (path.empty() || path == ".") continue;
    if (path[0] == '/' || path == ".." || path.rfind("../", 0) == 0 || path.find("/../") != std::string::npos)
      throw ImportError("`" + file + "`: entry `" + path + "` would leave the archive; refused");
    std::string dest = dir + "/" + path;
    account(path, 64 << 10);  // an entry: an inode, and about a block
    if (libarchive().archive_entry_filetype(e) == AE_IFDIR) {
      fs::create_directories(dest);
      continue;
    }
    if (libarchive().archive_entry_filetype(e) != AE_IFREG) continue;  // layouts hold files and directories only
    fs::create_directories(fs::path(dest).parent_path());
    FILE* out = std::fopen(dest.c_str(), "wb");
    if (!out) throw ImportError("create `" + dest + "`: " + errno_text(errno));
    char buf[1 << 16];
    la_ssize_t n;
    bool written = true;
    try {
      while ((n = libarchive().archive_read_data(a, buf, sizeof buf)) > 0) {
        written = written && std::fwrite(buf, 1, static_cast<std::size_t>(n), out) == static_cast<std::size_t>(n);
        account(path, n);
      }
    } catch (...) {
      std::fclose(out);
      throw;
    }
    if (std::fclose(out) != 0 || !written)
      throw ImportError("write `" + dest + "`: " + errno_text(errno) + "; refused, nothing was stored");
    if (n < 0)
      throw ImportError("read `" + path + "` from `" + file + "`: " +
                        std::string(libarchive().archive_error_string(a) ? libarchive().archive_error_string(a) : "?") + " (truncated?)");
  }
}

// One image found in the input, before verification.
struct Candidate {
  std::string manifest_bytes;  // as stored (OCI) or synthesised (docker-archive)
  std::vector<std::string> names;
  std::map<std::string, std::string> blob_files;  // digest → file in the input
};

std::string blob_in_layout(const std::string& dir, const std::string& digest) {
  if (!is_sha256_digest(digest)) throw ImportError("unsupported digest `" + digest + "` (podrun accepts sha256 only)");
  return dir + "/blobs/sha256/" + digest_hex(digest);
}

std::string ref_name_of(const json& desc) {
  if (!desc.contains("annotations")) return "";
  const json& a = desc["annotations"];
  for (const char* k : {"io.containerd.image.name", "org.opencontainers.image.ref.name"})
    if (a.contains(k) && a[k].is_string()) return a[k].get<std::string>();
  return "";
}

// OCI image layout: index.json → (image index →) manifest.
std::vector<Candidate> read_oci_layout(const std::string& dir) {
  json index = parse_json(read_capped(dir + "/index.json", "index.json", kManifestCap), "index.json");
  std::vector<Candidate> out;
  std::string arch = host_arch();
  for (const auto& desc : index.value("manifests", json::array())) {
    std::string media = desc.value("mediaType", "");
    std::string digest = desc.value("digest", "");
    std::string name = ref_name_of(desc);
    json chosen = desc;
    if (media == kOciIndex || media == kDockerList) {
      // A multi-platform image: pick linux on this machine's architecture.
      json sub = parse_json(read_capped(blob_in_layout(dir, digest), "image index " + digest, kManifestCap), "image index " + digest);
      std::vector<std::string> seen;
      chosen = json();
      for (const auto& m : sub.value("manifests", json::array())) {
        json p = m.value("platform", json::object());
        std::string os = p.value("os", ""), a = p.value("architecture", "");
        seen.push_back(os + "/" + a);
        if (os == "linux" && a == arch && chosen.is_null()) chosen = m;
      }
      if (chosen.is_null()) {
        std::string list;
        for (const auto& s : seen) list += (list.empty() ? "" : ", ") + s;
        throw ImportError("image index " + digest + " has no linux/" + arch + " image (it has: " + list + ")");
      }
    }
    Candidate c;
    std::string mdigest = chosen.value("digest", "");
    std::string mfile = blob_in_layout(dir, mdigest);
    c.manifest_bytes = read_capped(mfile, "manifest " + mdigest, kManifestCap);
    c.blob_files[mdigest] = mfile;
    if (!name.empty()) c.names.push_back(name);
    json m = parse_json(c.manifest_bytes, "manifest " + mdigest);
    std::string cfg = m.value("config", json::object()).value("digest", "");
    c.blob_files[cfg] = blob_in_layout(dir, cfg);
    for (const auto& l : m.value("layers", json::array())) {
      std::string d = l.value("digest", "");
      c.blob_files[d] = blob_in_layout(dir, d);
    }
    out.push_back(std::move(c));
  }
  if (out.empty()) throw ImportError("`" + dir + "/index.json` lists no image");
  return out;
}

std::string file_digest(const std::string& file) {
  FILE* f = std::fopen(file.c_str(), "rb");
  if (!f) throw ImportError("open `" + file + "`: " + errno_text(errno));
  Sha256 h;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) h.update(buf, n);
  std::fclose(f);
  return h.digest();
}

std::string layer_media_type(const std::string& file) {
  FILE* f = std::fopen(file.c_str(), "rb");
  unsigned char magic[4] = {};
  if (f) {
    if (std::fread(magic, 1, 4, f) != 4) magic[0] = 0;
    std::fclose(f);
  }
  if (magic[0] == 0x1f && magic[1] == 0x8b) return "application/vnd.oci.image.layer.v1.tar+gzip";
  if (magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f && magic[3] == 0xfd) return "application/vnd.oci.image.layer.v1.tar+zstd";
  return "application/vnd.oci.image.layer.v1.tar";
}

// docker save: manifest.json names the config and layer files; podrun makes the OCI manifest.
std::vector<Candidate> read_docker_archive(const std::string& dir) {
  json manifest = parse_json(read_capped(dir + "/manifest.json", "manifest.json", kManifestCap), "manifest.json");
  if (!manifest.is_array()) throw ImportError("manifest.json of a docker archive must be a list");
  std::vector<Candidate> out;
  for (const auto& entry : manifest) {
    Candidate c;
    std::string config_file = in_archive(dir, entry.value("Config", ""), "Config");
    std::string config = read_capped(config_file, "config " + entry.value("Config", ""), kConfigCap);
    std::string config_digest = sha256_digest(config);
    c.blob_files[config_digest] = config_file;
    json layers = json::array();
    for (const auto& l : entry.value("Layers", json::array())) {
      std::string file = in_archive(dir, l.is_string() ? l.get<std::string>() : "", "layer");
      std::string digest = file_digest(file);
      c.blob_files[digest] = file;
      layers.push_back({{"mediaType", layer_media_type(file)}, {"digest", digest}, {"size", file_size(file)}});
    }
    json m = {{"schemaVersion", 2},
              {"mediaType", kOciManifest},
              {"config", {{"mediaType", "application/vnd.oci.image.config.v1+json"}, {"digest", config_digest}, {"size", config.size()}}},
              {"layers", layers}};
    c.manifest_bytes = m.dump();
    for (const auto& t : entry.value("RepoTags", json::array()))
      if (t.is_string()) c.names.push_back(t.get<std::string>());
    out.push_back(std::move(c));
  }
  return out;
}

// Checks that `file` is the blob `digest` of `size` bytes (size < 0: unknown).
void verify_blob(const std::string& what, const std::string& file, const std::string& digest, std::int64_t size) {
  std::int64_t actual = file_size(file);
  if (actual < 0) throw ImportError(what + " " + digest + ": blob missing (" + file + ")");
  if (size >= 0 && actual != size)
    throw ImportError(what + " " + digest + ": " + std::to_string(actual) + " bytes where the manifest says " + std::to_string(size) +
                      " (a truncated or altered blob); nothing was stored");
  std::string got = file_digest(file);
  if (got != digest)
    throw ImportError(what + " " + digest + ": digest mismatch, the file hashes to " + got +
                      " (a corrupted or altered blob); nothing was stored");
}

}  // namespace

std::vector<ImportResult> import_image(const Store& store, const std::string& input, const ImportOptions& opt) {
  store.sweep_staging();  // what an import or pull killed before left
  std::error_code ec;
  if (!fs::exists(input, ec)) throw ImportError(input + ": no such file or directory");
  store.init();

  // 1. Find the layout: a directory as it is, an archive unpacked into staging.
  std::string dir = input;
  std::optional<TempDir> staging;
  if (!fs::is_directory(input, ec)) {
    staging.emplace(store, "import");
    if (opt.progress) opt.progress("reading " + input, 0, 0);
    extract_archive(input, staging->path);
    dir = staging->path;
  }
  std::vector<Candidate> candidates;
  if (fs::exists(dir + "/manifest.json")) candidates = read_docker_archive(dir);
  else if (fs::exists(dir + "/index.json") && fs::exists(dir + "/oci-layout")) candidates = read_oci_layout(dir);
  else throw ImportError(input + ": neither an OCI image layout (index.json, oci-layout) nor a docker archive (manifest.json)");

  if (!opt.name.empty() && candidates.size() > 1)
    throw ImportError(input + " holds " + std::to_string(candidates.size()) + " images; --name can name only one");

  std::vector<ImportResult> results;
  for (Candidate& c : candidates) {
    // 2. Names: --name, else those the input gives (a bare tag needs a repository).
    ImageBlobs blobs;
    for (const std::string& n : opt.name.empty() ? c.names : std::vector<std::string>{opt.name}) {
      std::string why;
      auto ref = parse_reference(n, &why);
      if (!ref) throw ImportError(why);
      blobs.names.push_back(ref->str());
    }
    blobs.manifest_bytes = std::move(c.manifest_bytes);
    blobs.blob_files = std::move(c.blob_files);
    blobs.source = "import " + input;
    results.push_back(store_image(store, blobs, opt));
  }
  return results;
}

ImportResult store_image(const Store& store, const ImageBlobs& c, const ImportOptions& opt) {
  auto progress = [&](const std::string& what, std::int64_t done, std::int64_t total) {
    if (opt.progress) opt.progress(what, done, total);
  };
  auto file_of = [&](const std::string& digest) {
    auto it = c.blob_files.find(digest);
    return it == c.blob_files.end() ? std::string() : it->second;
  };
  auto check_blob = [&](const std::string& what, const std::string& file, const std::string& digest, std::int64_t size) {
    if (file.empty()) throw ImportError(what + " " + digest + ": blob missing");
    if (!c.verified) verify_blob(what, file, digest, size);
  };
  std::error_code ec;
  store.init();
  Store::Lock lock = store.lock();  // one writer (import, pull's commit, prune, rm) at a time
  std::vector<ImageRecord> index = store.list();
  const std::vector<std::string>& names = c.names;

  // 3. Verify every blob, and every layer's uncompressed digest against the config.
  std::string manifest_digest = sha256_digest(c.manifest_bytes);
  if (static_cast<std::int64_t>(c.manifest_bytes.size()) > kManifestCap)
    throw ImportError("manifest " + manifest_digest + " is " + std::to_string(c.manifest_bytes.size()) + " bytes, over podrun's limit of " +
                      std::to_string(kManifestCap >> 20) + " MiB; refused, nothing was stored");
  json m = parse_json(c.manifest_bytes, "manifest " + manifest_digest);
  std::string media = m.value("mediaType", std::string(kOciManifest));
  if (media != kOciManifest && media != kDockerManifest)
    throw ImportError("manifest " + manifest_digest + " has media type " + media + ", not an image manifest");
  json cfg_desc = m.value("config", json::object());
  std::string config_digest = cfg_desc.value("digest", "");
  if (cfg_desc.value("size", std::int64_t{0}) > kConfigCap || file_size(file_of(config_digest)) > kConfigCap)
    read_capped(file_of(config_digest), "config " + config_digest, kConfigCap);  // refused before it is hashed
  check_blob("config", file_of(config_digest), config_digest, cfg_desc.value("size", std::int64_t{-1}));
  json config = parse_json(read_capped(file_of(config_digest), "config " + config_digest, kConfigCap), "config " + config_digest);
  std::vector<std::string> diff_ids = config.value("rootfs", json::object()).value("diff_ids", std::vector<std::string>{});
  json layers = m.value("layers", json::array());
  if (diff_ids.size() != layers.size())
    throw ImportError("config " + config_digest + " lists " + std::to_string(diff_ids.size()) + " layers (rootfs.diff_ids), the manifest " +
                      std::to_string(layers.size()));
  ImageRecord rec;
  rec.manifest_digest = manifest_digest;
  rec.config_digest = config_digest;
  rec.created = config.value("created", "");
  rec.architecture = config.value("architecture", "");
  rec.os = config.value("os", "");
  rec.imported = now_rfc3339();
  rec.source = c.source;
  std::int64_t total = 0, done = 0;
  for (const auto& l : layers) total += l.value("size", std::int64_t{0});
  // Layers unpacked before they are stored: the pull's, and the ones unpacked here while
  // their diff_id is checked (removed on the way out unless renamed into the store).
  std::map<std::string, PreparedLayer> prepared = c.prepared;
  std::vector<std::unique_ptr<TempDir>> staged;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    LayerRecord lr;
    lr.digest = layers[i].value("digest", "");
    lr.media_type = layers[i].value("mediaType", "");
    lr.size = layers[i].value("size", std::int64_t{-1});
    std::string what = "layer " + std::to_string(i + 1) + "/" + std::to_string(layers.size());
    lr.diff_id = diff_ids[i];
    rec.layers.push_back(lr);
    // A layer already unpacked under this diff_id was checked when it was stored.
    if (fs::exists(store.layer_path(lr.diff_id)) && fs::exists(store.layer_path(lr.diff_id) + ".json") && c.verified) continue;
    if (auto p = prepared.find(lr.digest); p != prepared.end()) {
      if (p->second.diff_id != diff_ids[i])
        throw ImportError(what + " " + lr.digest + ": its uncompressed content hashes to " + p->second.diff_id + ", the config says " +
                          diff_ids[i] + "; nothing was stored");
      continue;
    }
    progress("verifying " + what, done, total);
    check_blob(what, file_of(lr.digest), lr.digest, lr.size);
    std::string actual;
    try {
      if (fs::exists(store.layer_path(lr.diff_id) + ".json")) {
        actual = uncompressed_digest(file_of(lr.digest));
      } else {
        // Not stored yet: unpacked now, into staging, in the same pass that hashes it (one
        // decompression instead of two); kept only if the hash is the config's diff_id.
        staged.push_back(std::make_unique<TempDir>(store, "layer"));
        ::chmod(staged.back()->path.c_str(), 0755);
        PreparedLayer pl;
        pl.dir = staged.back()->path;
        pl.unpacked = unpack_layer(file_of(lr.digest), pl.dir, &pl.diff_id);
        actual = pl.diff_id;
        prepared[lr.digest] = pl;
      }
    } catch (const UnpackError& e) {
      throw ImportError(what + " " + lr.digest + ": " + e.what() + "; nothing was stored");
    }
    if (actual != diff_ids[i])
      throw ImportError(what + " " + lr.digest + ": its uncompressed content hashes to " + actual + ", the config says " + diff_ids[i] +
                        "; nothing was stored");
    done += lr.size;
  }
  // 4. Unpack the layers the store does not have yet (each once, whoever shares it).
  bool fresh = false;
  for (std::size_t i = 0; i < rec.layers.size(); ++i) {
    LayerRecord& lr = rec.layers[i];
    std::string final_dir = store.layer_path(lr.diff_id);
    std::string meta = final_dir + ".json";
    if (fs::exists(final_dir) && fs::exists(meta)) {
      lr.unpacked_size = parse_json(read_file(meta), meta).value("unpackedSize", std::int64_t{0});
      continue;
    }
    fresh = true;
    if (auto p = prepared.find(lr.digest); p != prepared.end()) {
      lr.unpacked_size = p->second.unpacked.bytes;
      fs::remove_all(final_dir, ec);
      if (::rename(p->second.dir.c_str(), final_dir.c_str()) != 0)
        throw ImportError("rename `" + p->second.dir + "` to `" + final_dir + "`: " + errno_text(errno));
      write_file_atomic(
          meta, json{{"diffID", lr.diff_id}, {"unpackedSize", lr.unpacked_size}, {"entries", p->second.unpacked.entries}}.dump() + "\n");
      continue;
    }
    progress("unpacking layer " + std::to_string(i + 1) + "/" + std::to_string(rec.layers.size()), 0, 0);
    TempDir layer(store, "layer");
    ::chmod(layer.path.c_str(), 0755);
    UnpackResult u;
    try {
      u = unpack_layer(file_of(lr.digest), layer.path);
    } catch (const UnpackError& e) {
      throw ImportError("layer " + std::to_string(i + 1) + " " + lr.digest + ": " + e.what() + "; nothing was stored");
    }
    lr.unpacked_size = u.bytes;
    fs::remove_all(final_dir, ec);
    if (::rename(layer.path.c_str(), final_dir.c_str()) != 0)
      throw ImportError("rename `" + layer.path + "` to `" + final_dir + "`: " + errno_text(errno));
    layer.keep();
    write_file_atomic(meta, json{{"diffID", lr.diff_id}, {"unpackedSize", u.bytes}, {"entries", u.entries}}.dump() + "\n");
  }
  for (const auto& l : rec.layers) rec.size += l.unpacked_size;

  // 5. Blobs into the store (hard links when the input is on the same filesystem).
  write_file_atomic(store.blob_path(manifest_digest), c.manifest_bytes);
  for (const auto& [digest, file] : c.blob_files)
    if (digest != manifest_digest && !fs::exists(store.blob_path(digest))) copy_file_atomic(file, store.blob_path(digest));
  fault::point("image.blob");

  // 6. The index: a name moves to this image (an image left without names is dangling
  //    until `podrun image prune`); an image seen before keeps its record.
  for (auto& other : index)
    other.names.erase(std::remove_if(other.names.begin(), other.names.end(),
                                     [&](const std::string& n) { return std::find(names.begin(), names.end(), n) != names.end(); }),
                      other.names.end());
  auto same = std::find_if(index.begin(), index.end(), [&](const ImageRecord& r) { return r.manifest_digest == manifest_digest; });
  bool existed = same != index.end();
  if (existed) {
    same->names.insert(same->names.end(), names.begin(), names.end());
    rec = *same;
  } else {
    rec.names = names;
    index.push_back(rec);
  }
  store.write_index(index);
  return {rec, existed && !fresh};
}

}  // namespace podrun::image
