#include "image/store.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "image/digest.h"
#include "image/fsutil.h"
#include "image/reference.h"

namespace podrun::image {

namespace fs = std::filesystem;
using json = nlohmann::json;

std::string ImageRecord::id() const { return digest_hex(config_digest); }

Store::Store(std::string root) : root_(std::move(root)) {
  while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
  // Absolute, once: names in messages and in the store's records stay right whatever the
  // working directory of whoever reads them.
  if (!root_.empty() && root_[0] != '/') {
    if (char* cwd = ::getcwd(nullptr, 0)) {
      root_ = std::string(cwd) + "/" + root_;
      std::free(cwd);
    }
  }
}

std::string Store::blob_path(const std::string& digest) const { return root_ + "/blobs/sha256/" + digest_hex(digest); }
std::string Store::layer_path(const std::string& diff_id) const { return root_ + "/layers/" + digest_hex(diff_id); }
bool Store::exists() const { return fs::exists(root_ + "/images.json"); }

bool Store::has_files() const { return exists() || fs::exists(root_ + "/blobs/sha256"); }

void Store::init() const {
  std::error_code ec;
  for (const std::string& d : {root_, root_ + "/blobs/sha256", root_ + "/layers", tmp_dir()}) {
    fs::create_directories(d, ec);
    if (ec) throw StoreError("create directory `" + d + "`: " + ec.message());
  }
  ::chmod(root_.c_str(), 0700);
}

Store::Lock::~Lock() {
  if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the flock
}

Store::Lock Store::lock() const {
  init();
  std::string path = root_ + "/lock";
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) throw StoreError("open `" + path + "`: " + errno_text(errno));
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    int err = errno;
    ::close(fd);
    throw StoreError("flock `" + path + "`: " + errno_text(err));
  }
  return Lock(fd);
}

namespace {

json to_json(const ImageRecord& r) {
  json layers = json::array();
  for (const auto& l : r.layers)
    layers.push_back(
        {{"digest", l.digest}, {"diffID", l.diff_id}, {"mediaType", l.media_type}, {"size", l.size}, {"unpackedSize", l.unpacked_size}});
  return {{"manifest", r.manifest_digest}, {"config", r.config_digest},      {"layers", layers}, {"names", r.names}, {"created", r.created},
          {"imported", r.imported},        {"architecture", r.architecture}, {"os", r.os},       {"size", r.size},   {"source", r.source}};
}

ImageRecord from_json(const json& j) {
  ImageRecord r;
  r.manifest_digest = j.value("manifest", "");
  r.config_digest = j.value("config", "");
  for (const auto& l : j.value("layers", json::array()))
    r.layers.push_back({l.value("digest", ""), l.value("diffID", ""), l.value("mediaType", ""), l.value("size", std::int64_t{0}),
                        l.value("unpackedSize", std::int64_t{0})});
  r.names = j.value("names", std::vector<std::string>{});
  r.created = j.value("created", "");
  r.imported = j.value("imported", "");
  r.source = j.value("source", "");
  r.architecture = j.value("architecture", "");
  r.os = j.value("os", "");
  r.size = j.value("size", std::int64_t{0});
  return r;
}

}  // namespace

std::vector<ImageRecord> Store::list() const {
  std::vector<ImageRecord> out;
  std::string path = root_ + "/images.json";
  if (!fs::exists(path)) return out;
  json j;
  try {
    j = json::parse(read_file(path));
  } catch (const json::exception& e) {
    throw StoreError("`" + path + "` is not valid JSON (" + e.what() + "); remove it and import again");
  }
  for (const auto& i : j.value("images", json::array())) out.push_back(from_json(i));
  return out;
}

void Store::write_index(const std::vector<ImageRecord>& images) const {
  json arr = json::array();
  for (const auto& r : images) arr.push_back(to_json(r));
  write_file_atomic(root_ + "/images.json", json{{"version", 1}, {"images", arr}}.dump(2) + "\n", 0600);
}

std::optional<ImageRecord> Store::find(const std::string& text, std::string* error) const {
  auto images = list();
  // An IMAGE ID (prefix) or a bare digest.
  std::string hex = text.rfind("sha256:", 0) == 0 ? text.substr(7) : text;
  bool hexish = hex.size() >= 6 && hex.size() <= 64 &&
                std::all_of(hex.begin(), hex.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
  if (hexish) {
    std::vector<const ImageRecord*> hits;
    for (const auto& i : images)
      if (i.id().rfind(hex, 0) == 0 || digest_hex(i.manifest_digest).rfind(hex, 0) == 0) hits.push_back(&i);
    if (hits.size() == 1) return *hits[0];
    if (hits.size() > 1) {
      if (error) *error = "\"" + text + "\" matches " + std::to_string(hits.size()) + " images; give more digits";
      return std::nullopt;
    }
  }
  std::string why;
  auto ref = parse_reference(text, &why);
  if (!ref) {
    if (error) *error = why;
    return std::nullopt;
  }
  for (const auto& i : images) {
    if (!ref->digest.empty()) {
      if (i.manifest_digest != ref->digest) continue;
      for (const auto& n : i.names)
        if (n.rfind(ref->repository + ":", 0) == 0) return i;
      continue;
    }
    if (std::find(i.names.begin(), i.names.end(), ref->str()) != i.names.end()) return i;
  }
  if (!ref->digest.empty()) {
    for (const auto& i : images)
      if (i.manifest_digest == ref->digest) return i;  // the digest alone identifies it
  }
  if (error)
    *error = "image " + ref->familiar() + " not found locally (import it with: podrun image import FILE --name " + ref->familiar() + ")";
  return std::nullopt;
}

ImageDetails Store::details(const ImageRecord& image) const {
  ImageDetails d;
  json cfg;
  try {
    cfg = json::parse(read_file(blob_path(image.config_digest)));
  } catch (const json::exception& e) {
    throw StoreError("the config of image " + image.id().substr(0, 12) + " is not valid JSON: " + e.what());
  }
  const json c = cfg.value("config", json::object());
  auto strings = [&](const char* key) {
    std::vector<std::string> v;
    if (c.contains(key) && c[key].is_array())
      for (const auto& s : c[key])
        if (s.is_string()) v.push_back(s.get<std::string>());
    return v;
  };
  d.config.entrypoint = strings("Entrypoint");
  d.config.cmd = strings("Cmd");
  d.config.env = strings("Env");
  d.config.working_dir = c.value("WorkingDir", "");
  d.config.user = c.value("User", "");
  if (c.contains("ExposedPorts") && c["ExposedPorts"].is_object())
    for (auto it = c["ExposedPorts"].begin(); it != c["ExposedPorts"].end(); ++it) d.exposed_ports.push_back(it.key());
  if (c.contains("Labels") && c["Labels"].is_object())
    for (auto it = c["Labels"].begin(); it != c["Labels"].end(); ++it)
      if (it.value().is_string()) d.labels[it.key()] = it.value().get<std::string>();
  return d;
}

ImageRecord Store::remove(const std::string& ref) const {
  Lock l = lock();
  std::string why;
  auto found = find(ref, &why);
  if (!found) throw StoreError(why);
  auto images = list();
  auto parsed = parse_reference(ref);
  for (auto it = images.begin(); it != images.end(); ++it) {
    if (it->manifest_digest != found->manifest_digest) continue;
    // By name: drop that name. By ID or digest: drop the image with all its names.
    auto name = parsed ? std::find(it->names.begin(), it->names.end(), parsed->str()) : it->names.end();
    if (name != it->names.end() && parsed->digest.empty()) it->names.erase(name);
    else it->names.clear();
    if (it->names.empty()) images.erase(it);
    break;
  }
  write_index(images);
  return *found;
}

Store::PruneResult Store::prune() const {
  Lock l = lock();
  PruneResult r;
  // Dangling images (no name left) go first; then whatever no image refers to.
  auto images = list();
  std::size_t before = images.size();
  images.erase(std::remove_if(images.begin(), images.end(), [](const ImageRecord& i) { return i.names.empty(); }), images.end());
  r.images = before - images.size();
  if (r.images) write_index(images);
  std::set<std::string> blobs, layers, mount_points;
  for (const auto& i : images) {
    mount_points.insert(digest_hex(i.manifest_digest));
    blobs.insert(digest_hex(i.manifest_digest));
    blobs.insert(digest_hex(i.config_digest));
    for (const auto& layer : i.layers) {
      blobs.insert(digest_hex(layer.digest));
      layers.insert(digest_hex(layer.diff_id));
    }
  }
  std::error_code ec;
  auto sweep = [&](const std::string& dir, const std::set<std::string>& keep, std::size_t& count) {
    if (!fs::exists(dir)) return;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      std::string name = e.path().filename().string();
      if (keep.count(name) || (name.size() > 5 && keep.count(name.substr(0, name.size() - 5)) && name.ends_with(".json"))) continue;
      std::int64_t bytes = 0;
      if (e.is_directory()) {
        for (const auto& f : fs::recursive_directory_iterator(e.path(), fs::directory_options::skip_permission_denied, ec))
          if (f.is_regular_file(ec) && !f.is_symlink(ec)) bytes += static_cast<std::int64_t>(f.file_size(ec));
      } else {
        bytes = static_cast<std::int64_t>(e.file_size(ec));
      }
      bool counted = e.is_directory() || dir != root_ + "/layers";  // a layer's .json goes with it
      fs::remove_all(e.path(), ec);
      if (ec) throw StoreError("remove `" + e.path().string() + "`: " + ec.message());
      r.bytes += bytes;
      if (counted) ++count;
    }
  };
  sweep(root_ + "/blobs/sha256", blobs, r.blobs);
  sweep(root_ + "/layers", layers, r.layers);
  std::size_t gone_mount_points = 0;  // image/mount_points.h: a few empty files, not counted
  sweep(root_ + "/mountpoints", mount_points, gone_mount_points);
  sweep_staging();  // left by an import or pull killed half-way; partial blobs (below) too
  std::size_t partials = 0;
  std::set<std::string> staging_dirs;
  for (const auto& e : fs::directory_iterator(tmp_dir(), ec))
    if (e.is_directory(ec)) staging_dirs.insert(e.path().filename().string());
  sweep(tmp_dir(), staging_dirs, partials);
  return r;
}

namespace {

// The pid in a staging directory's name, PREFIX-PID-RANDOM (make_staging_dir); 0 if none.
int staging_owner(const std::string& name) {
  std::size_t a = name.find('-');
  if (a == std::string::npos) return 0;
  std::size_t b = name.find('-', a + 1);
  if (b == std::string::npos || b == a + 1 || b - a > 11) return 0;
  int pid = 0;
  for (std::size_t i = a + 1; i < b; ++i) {
    if (name[i] < '0' || name[i] > '9') return 0;
    pid = pid * 10 + (name[i] - '0');
  }
  return pid;
}

}  // namespace

std::string Store::make_staging_dir(const std::string& prefix, mode_t mode) const {
  std::string dir = tmp_dir() + "/" + prefix + "-" + std::to_string(::getpid()) + "-XXXXXX";
  if (!::mkdtemp(dir.data())) return "";
  if (::chmod(dir.c_str(), mode) != 0) {
    int err = errno;
    ::rmdir(dir.c_str());
    errno = err;
    return "";
  }
  return dir;
}

std::size_t Store::sweep_staging() const {
  std::error_code ec;
  std::size_t removed = 0;
  std::vector<fs::path> stale;
  for (const auto& e : fs::directory_iterator(tmp_dir(), ec)) {
    if (!e.is_directory(ec)) continue;
    int pid = staging_owner(e.path().filename().string());
    // A pid reused since only keeps a stale directory longer; a live owner's is never taken.
    if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) stale.push_back(e.path());
  }
  for (const auto& path : stale) {
    fs::remove_all(path, ec);
    if (!ec) ++removed;
  }
  return removed;
}

std::vector<std::string> layer_dirs(const Store& store, const ImageRecord& image) {
  std::vector<std::string> dirs;
  for (auto it = image.layers.rbegin(); it != image.layers.rend(); ++it) dirs.push_back(store.layer_path(it->diff_id));
  return dirs;
}

}  // namespace podrun::image
