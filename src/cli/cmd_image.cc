// podrun images · podrun image pull|import|ls|inspect|rm|prune: the local image store.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/pull_progress.h"
#include "image/importer.h"
#include "image/pull.h"
#include "image/reference.h"
#include "image/store.h"
#include "pods/images.h"
#include "pods/inputs.h"

namespace podrun::cli {

namespace {

using image::ImageRecord;

std::string human_age(const std::string& rfc3339) {
  std::tm tm{};
  if (rfc3339.size() < 19 || !::strptime(rfc3339.substr(0, 19).c_str(), "%Y-%m-%dT%H:%M:%S", &tm))
    return rfc3339.empty() ? "unknown" : rfc3339;
  std::time_t then = ::timegm(&tm);
  long long s = static_cast<long long>(std::time(nullptr) - then);
  if (s < 0) return "in the future";
  if (s < 120) return std::to_string(s) + " seconds ago";
  if (s < 7200) return std::to_string(s / 60) + " minutes ago";
  if (s < 172800) return std::to_string(s / 3600) + " hours ago";
  if (s < 60 * 86400) return std::to_string(s / 86400) + " days ago";
  if (s < 730 * 86400) return std::to_string(s / (30 * 86400)) + " months ago";
  return std::to_string(s / (365 * 86400)) + " years ago";
}

// Progress on stderr: a bar on a terminal, plain lines otherwise; nothing for imports that
// finish within a moment.
class Progress {
 public:
  Progress() : tty_(::isatty(2) == 1), start_(std::chrono::steady_clock::now()) {}
  ~Progress() {
    if (drawn_) std::cerr << "\r\033[K" << std::flush;
  }
  void operator()(const std::string& what, std::int64_t done, std::int64_t total) {
    using namespace std::chrono;
    if (steady_clock::now() - start_ < milliseconds(300)) return;
    if (!tty_) {
      if (what != last_) std::cerr << "podrun: " << what << "\n";
      last_ = what;
      return;
    }
    int pct = total > 0 ? static_cast<int>(done * 100 / total) : 0;
    int filled = pct * 30 / 100;
    std::cerr << "\r\033[K[" << std::string(filled, '#') << std::string(30 - filled, ' ') << "] " << pct << "% " << what << std::flush;
    drawn_ = true;
  }

 private:
  bool tty_, drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::string last_;
};

void split_name(const std::string& name, std::string& repo, std::string& tag) {
  auto ref = image::parse_reference(name);
  repo = ref ? ref->repository : name;
  tag = ref ? (ref->digest.empty() ? ref->tag : ref->digest) : "";
}

int run_images(const GlobalOptions& g, const std::string& output) {
  image::Store store(g.storage);
  auto images = store.list();
  if (output == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto& i : images)
      arr.push_back({{"id", i.id()},
                     {"digest", i.manifest_digest},
                     {"names", i.names},
                     {"size", i.size},
                     {"created", i.created},
                     {"architecture", i.architecture},
                     {"os", i.os},
                     {"layers", i.layers.size()}});
    std::cout << arr.dump(2) << "\n";
    return kExitOk;
  }
  std::printf("%-40s %-12s %-19s %-10s %s\n", "REPOSITORY", "TAG", "DIGEST", "SIZE", "CREATED");
  for (const auto& i : images) {
    std::vector<std::string> names = i.names.empty() ? std::vector<std::string>{"<none>:<none>"} : i.names;
    for (const auto& n : names) {
      std::string repo = "<none>", tag = "<none>";
      if (!i.names.empty()) split_name(n, repo, tag);
      std::printf("%-40s %-12s %-19s %-10s %s\n", repo.c_str(), tag.c_str(), i.manifest_digest.substr(0, 19).c_str(),
                  human_bytes(i.size).c_str(), human_age(i.created).c_str());
    }
  }
  return kExitOk;
}

int run_import(const GlobalOptions& g, const std::string& input, const std::string& name) {
  image::Store store(g.storage);
  image::ImportOptions opt;
  opt.name = name;
  Progress progress;
  opt.progress = [&](const std::string& w, std::int64_t d, std::int64_t t) { progress(w, d, t); };
  try {
    auto results = image::import_image(store, input, opt);
    for (const auto& r : results) {
      std::string names;
      for (const auto& n : r.image.names) {
        auto ref = image::parse_reference(n);
        names += (names.empty() ? "" : ", ") + (ref ? ref->familiar() : n);
      }
      std::cout << (r.already_present ? "already present: " : "imported: ") << (names.empty() ? "<none>" : names) << " "
                << r.image.manifest_digest << " (" << r.image.layers.size() << (r.image.layers.size() == 1 ? " layer, " : " layers, ")
                << human_bytes(r.image.size) << ")\n";
    }
  } catch (const image::ImportError& e) {
    std::cerr << "podrun: image import: " << e.what() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

struct PullCommand {
  std::vector<std::string> refs;
  pods::PullFlags flags;
  bool quiet = false;
};

int run_pull(const GlobalOptions& g, const PullCommand& c) {
  image::Store store(g.storage);
  host::MachineConfig machine;
  image::PullOptions opt;
  try {
    machine = pods::machine_policy(context(g), {});
    opt = pods::pull_options(machine, c.flags, pods::auth_file_credentials(c.flags.authfile));
  } catch (const std::runtime_error& e) {
    std::cerr << "podrun: image pull: " << e.what() << "\n";
    return kExitUsage;
  }
  int rc = kExitOk;
  for (const auto& ref : c.refs) {
    PullProgressView view(c.quiet);
    opt.progress = [&](const image::PullProgress& p) { view.update(ref, p); };
    auto start = std::chrono::steady_clock::now();
    try {
      image::PullResult r = image::pull_image(store, ref, opt);
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (c.quiet) {
        std::cout << r.image.manifest_digest << "\n";
        continue;
      }
      auto parsed = image::parse_reference(ref);
      char t[32];
      std::snprintf(t, sizeof t, "%.2fs", secs);
      std::cout << (r.already_present ? "up to date: " : "pulled: ") << (parsed ? parsed->familiar() : ref) << " "
                << r.image.manifest_digest << " (" << r.image.layers.size() << (r.image.layers.size() == 1 ? " layer, " : " layers, ")
                << human_bytes(r.image.size) << "; fetched " << human_bytes(r.bytes_fetched) << " from " << r.source << " in " << t
                << ")\n";
    } catch (const std::exception& e) {
      std::cerr << "podrun: image pull " << ref << ": " << e.what() << "\n";
      rc = kExitFailure;
    }
  }
  return rc;
}

int run_inspect(const GlobalOptions& g, const std::vector<std::string>& refs) {
  image::Store store(g.storage);
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const auto& ref : refs) {
    std::string why;
    auto found = store.find(ref, &why);
    if (!found) {
      std::cerr << "podrun: " << why << "\n";
      return kExitFailure;
    }
    image::ImageDetails d = store.details(*found);
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    for (const auto& l : found->layers)
      layers.push_back({{"digest", l.digest}, {"diffID", l.diff_id}, {"mediaType", l.media_type}, {"size", l.size}});
    arr.push_back({{"Id", found->id()},
                   {"Digest", found->manifest_digest},
                   {"RepoTags", found->names},
                   {"Created", found->created},
                   {"Architecture", found->architecture},
                   {"Os", found->os},
                   {"Size", found->size},
                   {"Source", found->source},
                   {"Stored", found->imported},
                   {"Config",
                    {{"Entrypoint", d.config.entrypoint},
                     {"Cmd", d.config.cmd},
                     {"Env", d.config.env},
                     {"WorkingDir", d.config.working_dir},
                     {"User", d.config.user},
                     {"ExposedPorts", d.exposed_ports},
                     {"Labels", d.labels}}},
                   {"Layers", layers}});
  }
  std::cout << arr.dump(2) << "\n";
  return kExitOk;
}

int run_rm(const GlobalOptions& g, const std::vector<std::string>& refs) {
  image::Store store(g.storage);
  int rc = kExitOk;
  for (const auto& ref : refs) {
    try {
      ImageRecord r = store.remove(ref);
      std::cout << "untagged: " << ref << " (" << r.manifest_digest << ")\n";
    } catch (const image::StoreError& e) {
      std::cerr << "podrun: " << e.what() << "\n";
      rc = kExitFailure;
    }
  }
  return rc;
}

int run_prune(const GlobalOptions& g) {
  image::Store store(g.storage);
  if (!store.has_files()) {
    std::cout << "nothing to prune\n";
    return kExitOk;
  }
  auto r = store.prune();
  std::cout << "removed " << r.images << " unnamed image(s), " << r.layers << " layer(s), " << r.blobs
            << " blob(s): " << human_bytes(r.bytes) << " freed\n";
  return kExitOk;
}

}  // namespace

void add_image_commands(CLI::App& app, GlobalOptions& g, Action& action) {
  auto output = std::make_shared<std::string>("text");
  CLI::App* images = app.add_subcommand("images", "List the images in the local store");
  images->add_option("-o,--output", *output, "text or json")->check(CLI::IsMember({"text", "json"}));
  images->callback([&g, output, &action] { action = [&g, output] { return run_images(g, *output); }; });

  CLI::App* img = app.add_subcommand("image", "Manage the local image store: pull, import, ls, inspect, rm, prune");
  img->require_subcommand(1);

  auto pull = std::make_shared<PullCommand>();
  CLI::App* pl = img->add_subcommand("pull", "Pull images from OCI registries into the store (docs/images.md)");
  pl->add_option("image", pull->refs, "References: nginx, nginx:1.27, registry:5000/team/app@sha256:...")->required();
  add_pull_flags(pl, pull->flags);
  pl->add_flag("-q,--quiet", pull->quiet, "No progress; print each image's digest only");
  pl->callback([&g, pull, &action] { action = [&g, pull] { return run_pull(g, *pull); }; });

  // The pod supervisor's retry of a pull that failed at apply (ImagePullBackOff): not for
  // people, so not in the help. One line on stdout: "OK <size> <seconds>" or "ERR <why>".
  auto for_pod = std::make_shared<std::pair<std::string, std::string>>();
  CLI::App* pfp = img->add_subcommand("pull-for-pod", "");
  pfp->group("");
  pfp->add_option("pod-dir", for_pod->first)->required();
  pfp->add_option("container", for_pod->second)->required();
  pfp->callback([for_pod, &action] {
    action = [for_pod] {
      pods::PodPullResult r = pods::pull_for_pod(for_pod->first, for_pod->second);
      std::string line = r.message;
      std::replace(line.begin(), line.end(), '\n', ' ');
      char secs[32];
      std::snprintf(secs, sizeof secs, "%.3f", r.seconds);
      if (r.ok) std::cout << "OK " << r.size << " " << secs << "\n";
      else std::cout << "ERR " << line << "\n";
      return r.ok ? kExitOk : kExitFailure;
    };
  });

  auto input = std::make_shared<std::string>();
  auto name = std::make_shared<std::string>();
  CLI::App* imp = img->add_subcommand("import", "Import an OCI layout directory, an OCI archive or a docker archive");
  imp->add_option("input", *input, "Directory or archive (docker save, podman save, skopeo copy oci-archive:...)")->required();
  imp->add_option("--name", *name, "Name the image NAME[:TAG] (instead of the names the input gives)");
  imp->callback([&g, input, name, &action] { action = [&g, input, name] { return run_import(g, *input, *name); }; });

  CLI::App* ls = img->add_subcommand("ls", "List the images in the local store (same as podrun images)");
  ls->add_option("-o,--output", *output, "text or json")->check(CLI::IsMember({"text", "json"}));
  ls->callback([&g, output, &action] { action = [&g, output] { return run_images(g, *output); }; });

  auto refs = std::make_shared<std::vector<std::string>>();
  CLI::App* inspect = img->add_subcommand("inspect", "Show an image's config: Entrypoint, Cmd, Env, WorkingDir, User, ExposedPorts");
  inspect->add_option("image", *refs, "Name, digest or ID")->required();
  inspect->callback([&g, refs, &action] { action = [&g, refs] { return run_inspect(g, *refs); }; });

  auto rm_refs = std::make_shared<std::vector<std::string>>();
  CLI::App* rm = img->add_subcommand("rm", "Remove image names (an image goes with its last name; layers go with prune)");
  rm->add_option("image", *rm_refs, "Name, digest or ID")->required();
  rm->callback([&g, rm_refs, &action] { action = [&g, rm_refs] { return run_rm(g, *rm_refs); }; });

  CLI::App* prune = img->add_subcommand("prune", "Remove unnamed images and every layer and blob no image uses");
  prune->callback([&g, &action] { action = [&g] { return run_prune(g); }; });
}

}  // namespace podrun::cli
