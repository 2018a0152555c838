#include "cli/inputs.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/report.h"
#include "common/error.h"
#include "common/fd.h"

namespace podrun::cli {

void add_policy_flags(CLI::App* cmd, PolicyFlags& f, bool runtime) {
  cmd->add_option("--pod-security", f.pod_security,
                  "Pod Security level for namespaces without pod-security.kubernetes.io labels: privileged, baseline or "
                  "restricted[:v1.N] (default: the machine's podSecurity, else privileged)");
  cmd->add_option("--kubernetes-version", f.kubernetes_version,
                  "The Kubernetes release the manifests must be valid for, 1.31 to 1.35 (default: the machine's "
                  "kubernetesVersion, else 1.35); a field newer than it is an unknown field");
  if (!runtime) return;
  cmd->add_option("--pod-pids-limit", f.pod_pids_limit, "pids.max of every pod (default: the machine's podPidsLimit, else 4096)");
  cmd->add_option("--allowed-unsafe-sysctls", f.allowed_unsafe_sysctls,
                  "Namespaced sysctls beyond the kubelet's safe set that pods may set: names or prefixes ending in '*', "
                  "comma-separated (default: the machine's allowedUnsafeSysctls)");
  cmd->add_option("--seccomp-default", f.seccomp_default,
                  "seccomp of containers whose manifest names no profile: runtime-default (podrun's default) or unconfined "
                  "(the kubelet's)")
      ->check(CLI::IsMember({"runtime-default", "unconfined"}));
  cmd->add_option("--image-pull-policy", f.image_pull_policy,
                  "Every container's imagePullPolicy, over the manifests' (default: the machine's imagePullPolicy, else each "
                  "container's own): IfNotPresent or Never run an offline machine from its store")
      ->check(CLI::IsMember({"Always", "IfNotPresent", "Never"}));
}

void add_pull_flags(CLI::App* cmd, pods::PullFlags& f) {
  cmd->add_option("--authfile", f.authfile,
                  "Registry credentials: a docker config.json or containers auth.json (default: $REGISTRY_AUTH_FILE, "
                  "/run/containers/UID/auth.json, ~/.docker/config.json)");
  cmd->add_option("--insecure-registry", f.insecure, "A registry (host[:port]) reached over plain HTTP or unverified TLS; repeatable");
  cmd->add_option("--platform", f.platform, "The image of a multi-platform index to pull: os/arch[/variant] (default: this machine's)");
}

namespace {

// A path as the caller wrote it, made absolute: it reaches the pod's supervisor, whose working
// directory is its pod's, and the marks gc reads ("<pod dir> <uid>") must name one place.
std::string absolute(const std::string& path) {
  if (path.empty() || path[0] == '/') return path;
  char cwd[4096];
  if (!::getcwd(cwd, sizeof cwd)) return path;
  std::string p = path;
  while (p.rfind("./", 0) == 0) p.erase(0, 2);
  return std::string(cwd) + (p.empty() || p == "." ? "" : "/" + p);
}

}  // namespace

pods::Context context(const GlobalOptions& g) {
  pods::Context c;
  c.state_root = absolute(g.root);
  c.storage_root = absolute(g.storage);
  c.config_path = absolute(g.config);
  c.config_named = g.config_named;
  c.cgroup_version = g.cgroup_version;
  return c;
}

std::optional<loader::LoadResult> load_pods(const std::vector<std::string>& files, loader::LoadOptions lo, int& exit_code) {
  lo.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  auto report = make_report("text", std::cerr, false);
  loader::DocumentSink sink = [&](loader::DocumentResult&& d) {
    report->add(d);  // every document: the summary counts the whole input
  };
  loader::LoadResult r = loader::load_paths(files, lo, &sink);
  for (const auto& e : r.input_errors) std::cerr << "podrun: " << e << "\n";
  if (!r.input_errors.empty()) {
    exit_code = kExitUsage;
    return std::nullopt;
  }
  if (report->summary().invalid > 0) {
    report->finish();
    exit_code = kExitFailure;
    return std::nullopt;
  }
  if (r.pods.empty() && r.namespaces.empty() && r.configmaps.empty() && r.secrets.empty() && r.workloads.empty() && r.services.empty() &&
      r.network_policies.empty()) {
    std::cerr << "podrun: no pods in the input\n";
    exit_code = kExitFailure;
    return std::nullopt;
  }
  return r;
}

std::optional<long long> parse_duration_ms(const std::string& text) {
  std::size_t used = 0;
  long long v = 0;
  try {
    v = std::stoll(text, &used);
  } catch (...) {
    return std::nullopt;
  }
  std::string unit = text.substr(used);
  if (v < 0) return std::nullopt;
  if (unit == "ms") return v;
  if (unit == "s" || unit.empty()) return v * 1000;
  if (unit == "m") return v * 60'000;
  if (unit == "h") return v * 3'600'000;
  return std::nullopt;
}

std::string columns(const std::vector<std::vector<std::string>>& rows) { return columns(rows, {}, false); }

std::string columns(const std::vector<std::vector<std::string>>& rows, const CellPainter& paint_cell, bool header) {
  std::vector<std::size_t> w;
  for (const auto& r : rows) {
    if (w.size() < r.size()) w.resize(r.size(), 0);
    for (std::size_t i = 0; i < r.size(); ++i) w[i] = std::max(w[i], r[i].size());
  }
  std::string out;
  for (std::size_t n = 0; n < rows.size(); ++n) {
    const auto& r = rows[n];
    const bool painted = paint_cell && !(header && n == 0);
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i)
      line += (painted ? paint_cell(i, r[i]) : r[i]) + (i + 1 < r.size() ? std::string(w[i] - r[i].size() + 3, ' ') : "");
    out += line + "\n";
  }
  return out;
}

log::Level log_level(const GlobalOptions& global) {
  log::Level l = log::parse_level(global.log_level).value_or(log::Level::Warn);
  if (global.verbose == 1) l = std::min(l, log::Level::Info);
  if (global.verbose >= 2) l = std::min(l, log::Level::Debug);
  return l;
}

std::vector<std::string> split_type_names(const std::string& verb, const std::vector<std::string>& args) {
  if (args.empty() || args[0].find('/') == std::string::npos) return args;
  std::vector<std::string> out;
  for (const auto& a : args) {
    std::size_t slash = a.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == a.size())
      throw UsageError(verb + ": \"" + a + "\": arguments in resource/name form must all have a resource and a name (pod/web)");
    std::string type = a.substr(0, slash), name = a.substr(slash + 1);
    if (out.empty()) out.push_back(type);
    else if (type != out[0])
      throw UsageError(verb + ": \"" + a + "\": one resource type per command here (" + out[0] + "/... and " + type + "/...)");
    out.push_back(name);
  }
  return out;
}

std::string pod_name_arg(const std::string& verb, const std::string& arg) {
  std::size_t slash = arg.find('/');
  if (slash == std::string::npos) return arg;
  std::string type = arg.substr(0, slash);
  if (type != "pod" && type != "pods" && type != "po")
    throw UsageError(verb + ": \"" + arg + "\": podrun " + verb + " takes a pod (NAME or pod/NAME)");
  return arg.substr(slash + 1);
}

HeldOutput::HeldOutput(bool hold) : out_(hold ? static_cast<std::streambuf*>(&held_) : std::cerr.rdbuf()), holding_(hold) {}

void HeldOutput::release() {
  if (!holding_) return;
  holding_ = false;
  std::cerr << held_.str();
  out_.rdbuf(std::cerr.rdbuf());
}

void HeldOutput::discard() {
  holding_ = false;
  held_.str("");
}

StdinCopy::StdinCopy() {
  struct stat st {};
  if (::fstat(0, &st) != 0) return;  // closed: the loader says so as before
  UniqueFd copy(::memfd_create("podrun-stdin", 0));
  if (!copy) throw SysError("keep standard input", "memfd_create", "", errno);
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw SysError("read standard input", "read", "", errno);
    if (n == 0) break;
    for (ssize_t done = 0; done < n;) {
      ssize_t w = ::write(copy.get(), buf + done, static_cast<std::size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) throw SysError("keep standard input", "write", "memfd", w < 0 ? errno : ENOSPC);
      done += w;
    }
  }
  if (::lseek(copy.get(), 0, SEEK_SET) != 0 || ::dup2(copy.get(), 0) != 0) throw SysError("keep standard input", "dup2", "", errno);
  copied_ = true;
}

void StdinCopy::rewind() const {
  if (copied_) ::lseek(0, 0, SEEK_SET);
}

}  // namespace podrun::cli
