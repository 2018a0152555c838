#include "exec/seccomp.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/capabilities.h"
#include "common/error.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/process.h"

namespace podrun::exec {

namespace {

// A libseccomp filter context, released on every path.
class FilterContext {
 public:
  explicit FilterContext(std::uint32_t default_action) : ctx_(seccomp_init(default_action)) {
    if (!ctx_) throw SysError("seccomp: seccomp_init refused the default action");
  }
  ~FilterContext() { seccomp_release(ctx_); }
  FilterContext(const FilterContext&) = delete;
  FilterContext& operator=(const FilterContext&) = delete;
  scmp_filter_ctx get() const { return ctx_; }

 private:
  scmp_filter_ctx ctx_;
};

bool has_cap(std::uint64_t caps, int number) { return (caps >> number) & 1; }

void add_rule(const FilterContext& f, std::uint32_t action, int nr, const std::vector<scmp_arg_cmp>& args, const std::string& name) {
  int rc = seccomp_rule_add_array(f.get(), action, nr, static_cast<unsigned>(args.size()), args.empty() ? nullptr : args.data());
  // -EACCES: the rule's action is the default one (nothing to add); -EEXIST: already there.
  if (rc < 0 && rc != -EACCES && rc != -EEXIST) throw SysError("seccomp: the rule for " + name, "seccomp_rule_add", "", -rc);
}

std::string export_bpf(const FilterContext& f) {
  UniqueFd mem(static_cast<int>(::syscall(SYS_memfd_create, "podrun-seccomp", MFD_CLOEXEC)));
  if (!mem) throw SysError("seccomp: export the filter", "memfd_create", "", errno);
  int rc = seccomp_export_bpf(f.get(), mem.get());
  if (rc < 0) throw SysError("seccomp: export the filter", "seccomp_export_bpf", "", -rc);
  std::string out;
  ::lseek(mem.get(), 0, SEEK_SET);
  char buf[8192];
  for (ssize_t n; (n = ::read(mem.get(), buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  if (out.empty() || out.size() % sizeof(sock_filter) != 0) throw SysError("seccomp: libseccomp exported an empty filter");
  return out;
}

// Capability numbers (capabilities(7)) the default profile's rules depend on.
enum : int {
  kDacReadSearch = 2,
  kSysModule = 16,
  kSysRawio = 17,
  kSysPtrace = 19,
  kSysPacct = 20,
  kSysAdmin = 21,
  kSysBoot = 22,
  kSysNice = 23,
  kSysTime = 25,
  kSyslog = 34,
  kPerfmon = 38,
  kBpf = 39,
};

}  // namespace

std::string runtime_default_bpf(std::uint64_t caps) {
  // An allowlist: EPERM for anything not allowed below (and the kernel kills a process that
  // switches to another ABI, such as 32-bit int 0x80 calls: libseccomp's bad-arch default).
  FilterContext f(SCMP_ACT_ERRNO(EPERM));
  // A binary tree of the allowed numbers: each system call the container makes then runs a
  // dozen BPF instructions, not a walk through four hundred.
  seccomp_attr_set(f.get(), SCMP_FLTATR_CTL_OPTIMIZE, 2);
  // Never allowed: they reach the host's keyrings, kernel, swap, memory of other processes,
  // or bypass seccomp itself (io_uring).
  static const std::set<std::string> blocked = {"add_key",         "keyctl",
                                                "request_key",     "kexec_load",
                                                "kexec_file_load", "userfaultfd",
                                                "move_pages",      "swapon",
                                                "swapoff",         "vm86",
                                                "vm86old",         "uselib",
                                                "sysfs",           "ustat",
                                                "_sysctl",         "nfsservctl",
                                                "create_module",   "query_module",
                                                "get_kernel_syms", "io_uring_setup",
                                                "io_uring_enter",  "io_uring_register",
                                                "pivot_root",      "afs_syscall",
                                                "tuxcall",         "security",
                                                "vserver",         "getpmsg",
                                                "putpmsg",         "lookup_dcookie"};
  // Allowed only with one of these capabilities.
  static const std::map<std::string, std::vector<int>> gated = {{"mount", {kSysAdmin}},
                                                                {"umount2", {kSysAdmin}},
                                                                {"umount", {kSysAdmin}},
                                                                {"fsopen", {kSysAdmin}},
                                                                {"fsconfig", {kSysAdmin}},
                                                                {"fsmount", {kSysAdmin}},
                                                                {"fspick", {kSysAdmin}},
                                                                {"open_tree", {kSysAdmin}},
                                                                {"move_mount", {kSysAdmin}},
                                                                {"mount_setattr", {kSysAdmin}},
                                                                {"unshare", {kSysAdmin}},
                                                                {"setns", {kSysAdmin}},
                                                                {"sethostname", {kSysAdmin}},
                                                                {"setdomainname", {kSysAdmin}},
                                                                {"quotactl", {kSysAdmin}},
                                                                {"quotactl_fd", {kSysAdmin}},
                                                                {"fanotify_init", {kSysAdmin}},
                                                                {"vhangup", {kSysAdmin}},
                                                                {"bpf", {kSysAdmin, kBpf}},
                                                                {"perf_event_open", {kSysAdmin, kPerfmon}},
                                                                {"syslog", {kSysAdmin, kSyslog}},
                                                                {"init_module", {kSysModule}},
                                                                {"finit_module", {kSysModule}},
                                                                {"delete_module", {kSysModule}},
                                                                {"reboot", {kSysBoot}},
                                                                {"acct", {kSysPacct}},
                                                                {"iopl", {kSysRawio}},
                                                                {"ioperm", {kSysRawio}},
                                                                {"settimeofday", {kSysTime}},
                                                                {"clock_settime", {kSysTime}},
                                                                {"clock_adjtime", {kSysTime}},
                                                                {"stime", {kSysTime}},
                                                                {"mbind", {kSysNice}},
                                                                {"set_mempolicy", {kSysNice}},
                                                                {"set_mempolicy_home_node", {kSysNice}},
                                                                {"migrate_pages", {kSysNice}},
                                                                {"kcmp", {kSysPtrace}},
                                                                {"pidfd_getfd", {kSysPtrace}},
                                                                {"process_madvise", {kSysPtrace}},
                                                                {"open_by_handle_at", {kDacReadSearch}},
                                                                {"name_to_handle_at", {kSysAdmin}}};
  // Their own rules below.
  static const std::set<std::string> special = {"clone", "clone3", "personality", "socket"};

  auto allowed = [&](const std::string& name) {
    if (blocked.count(name) || special.count(name)) return false;
    auto g = gated.find(name);
    if (g == gated.end()) return true;
    return std::any_of(g->second.begin(), g->second.end(), [&](int cap) { return has_cap(caps, cap); });
  };
  // Every system call of the native ABI that libseccomp can name...
  int highest_named = 0;
  for (int nr = 0; nr < 1024; ++nr) {
    char* raw = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, nr);
    if (!raw) continue;
    std::string name(raw);
    std::free(raw);
    highest_named = std::max(highest_named, nr);
    if (allowed(name)) add_rule(f, SCMP_ACT_ALLOW, nr, {}, name);
  }
  // ...and the newer ones this libseccomp may not name yet (numbers 424 and up are the same
  // on every architecture): fchmodat2, cachestat, map_shadow_stack, futex_wake/wait/requeue,
  // statmount, listmount, lsm_get_self_attr/lsm_set_self_attr/lsm_list_modules, mseal.
  static const std::pair<int, const char*> newer[] = {{451, "cachestat"},         {452, "fchmodat2"},        {453, "map_shadow_stack"},
                                                      {454, "futex_wake"},        {455, "futex_wait"},       {456, "futex_requeue"},
                                                      {457, "statmount"},         {458, "listmount"},        {459, "lsm_get_self_attr"},
                                                      {460, "lsm_set_self_attr"}, {461, "lsm_list_modules"}, {462, "mseal"}};
  for (const auto& [nr, name] : newer)
    if (nr > highest_named) add_rule(f, SCMP_ACT_ALLOW, nr, {}, name);

  // clone: no new namespaces without CAP_SYS_ADMIN (flags & NEWNS|NEWCGROUP|NEWUTS|NEWIPC|
  // NEWUSER|NEWPID|NEWNET == 0); clone3 cannot be inspected (its flags are in memory), so it
  // answers ENOSYS and libc falls back to clone.
  int clone_nr = seccomp_syscall_resolve_name("clone");
  if (has_cap(caps, kSysAdmin)) {
    add_rule(f, SCMP_ACT_ALLOW, clone_nr, {}, "clone");
    add_rule(f, SCMP_ACT_ALLOW, seccomp_syscall_resolve_name("clone3"), {}, "clone3");
  } else {
    add_rule(f, SCMP_ACT_ALLOW, clone_nr, {SCMP_A0(SCMP_CMP_MASKED_EQ, 0x7E020000ULL, 0)}, "clone");
    add_rule(f, SCMP_ACT_ERRNO(ENOSYS), seccomp_syscall_resolve_name("clone3"), {}, "clone3");
  }
  // personality: only the harmless personas (Linux, its 32-bit-time and UNAME26 variants, query).
  int personality = seccomp_syscall_resolve_name("personality");
  for (std::uint64_t persona : {0x0ULL, 0x8ULL, 0x20000ULL, 0x20008ULL, 0xffffffffULL})
    add_rule(f, SCMP_ACT_ALLOW, personality, {SCMP_A0(SCMP_CMP_EQ, persona)}, "personality");
  // socket: every family but AF_ALG (38, the kernel's crypto) and AF_VSOCK (40, the hypervisor).
  int socket_nr = seccomp_syscall_resolve_name("socket");
  add_rule(f, SCMP_ACT_ALLOW, socket_nr, {SCMP_A0(SCMP_CMP_LT, 38)}, "socket");
  add_rule(f, SCMP_ACT_ALLOW, socket_nr, {SCMP_A0(SCMP_CMP_EQ, 39)}, "socket");
  add_rule(f, SCMP_ACT_ALLOW, socket_nr, {SCMP_A0(SCMP_CMP_GT, 40)}, "socket");
  return export_bpf(f);
}

namespace {

// --- Localhost profiles: the OCI runtime spec's / Docker's JSON format -------------------------

std::uint32_t profile_action(const std::string& action, int errno_ret, const std::string& path) {
  if (action == "SCMP_ACT_ALLOW") return SCMP_ACT_ALLOW;
  if (action == "SCMP_ACT_ERRNO") return SCMP_ACT_ERRNO(static_cast<std::uint16_t>(errno_ret));
  if (action == "SCMP_ACT_KILL" || action == "SCMP_ACT_KILL_THREAD") return SCMP_ACT_KILL_THREAD;
  if (action == "SCMP_ACT_KILL_PROCESS") return SCMP_ACT_KILL_PROCESS;
  if (action == "SCMP_ACT_TRAP") return SCMP_ACT_TRAP;
  if (action == "SCMP_ACT_LOG") return SCMP_ACT_LOG;
  if (action == "SCMP_ACT_TRACE") return SCMP_ACT_TRACE(static_cast<std::uint16_t>(errno_ret));
  throw SysError("seccomp profile " + path + ": action " + action +
                 " is not supported (SCMP_ACT_NOTIFY needs an agent podrun does not run)");
}

scmp_compare profile_op(const std::string& op, const std::string& path) {
  static const std::map<std::string, scmp_compare> ops = {{"SCMP_CMP_NE", SCMP_CMP_NE},
                                                          {"SCMP_CMP_LT", SCMP_CMP_LT},
                                                          {"SCMP_CMP_LE", SCMP_CMP_LE},
                                                          {"SCMP_CMP_EQ", SCMP_CMP_EQ},
                                                          {"SCMP_CMP_GE", SCMP_CMP_GE},
                                                          {"SCMP_CMP_GT", SCMP_CMP_GT},
                                                          {"SCMP_CMP_MASKED_EQ", SCMP_CMP_MASKED_EQ}};
  auto it = ops.find(op);
  if (it == ops.end()) throw SysError("seccomp profile " + path + ": unknown operator " + op);
  return it->second;
}

// "CAP_SYS_ADMIN" lists of includes/excludes: does the container have any / all of them?
bool caps_match(const nlohmann::json& list, std::uint64_t caps) {
  for (const auto& name : list)
    if (name.is_string()) {
      auto n = capability_number(name.get<std::string>());
      if (n && has_cap(caps, *n)) return true;
    }
  return false;
}

std::string read_profile(const std::string& path) {
  std::optional<std::string> text = files::read(path);
  if (!text) throw SysError("seccomp profile", "open", path, errno);
  return *text;
}

std::string localhost_bpf(const std::string& path, const std::string& text, std::uint64_t caps) {
  nlohmann::json p;
  try {
    p = nlohmann::json::parse(text);
  } catch (const std::exception& e) {
    throw SysError("seccomp profile " + path + ": not JSON: " + e.what());
  }
  if (!p.is_object() || !p.value("defaultAction", nlohmann::json()).is_string())
    throw SysError("seccomp profile " + path + ": defaultAction is missing");
  int default_errno = p.value("defaultErrnoRet", EPERM);
  FilterContext f(profile_action(p["defaultAction"].get<std::string>(), default_errno, path));
  for (const auto& arch : p.value("architectures", nlohmann::json::array())) {
    if (!arch.is_string()) continue;
    std::string a = arch.get<std::string>();
    if (a.rfind("SCMP_ARCH_", 0) == 0) a = a.substr(10);
    std::transform(a.begin(), a.end(), a.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::uint32_t token = seccomp_arch_resolve_name(a.c_str());
    if (token == 0) continue;  // an architecture this libseccomp does not know
    int rc = seccomp_arch_add(f.get(), token);
    if (rc < 0 && rc != -EEXIST) throw SysError("seccomp profile " + path + ": architecture " + a, "seccomp_arch_add", "", -rc);
  }
  for (const auto& rule : p.value("syscalls", nlohmann::json::array())) {
    if (!rule.is_object()) continue;
    const auto& includes = rule.value("includes", nlohmann::json::object());
    const auto& excludes = rule.value("excludes", nlohmann::json::object());
    if (includes.contains("caps") && !caps_match(includes["caps"], caps)) continue;
    if (excludes.contains("caps") && caps_match(excludes["caps"], caps)) continue;
    std::uint32_t action = profile_action(rule.value("action", ""), rule.value("errnoRet", default_errno), path);
    // Comparisons of one argument must be separate rules (libseccomp takes one per argument
    // per rule): the rule then matches if any of them does, as runc reads such profiles.
    std::vector<scmp_arg_cmp> args;
    std::set<unsigned> indexes;
    bool repeated = false;
    for (const auto& a : rule.value("args", nlohmann::json::array())) {
      unsigned index = a.value("index", 0u);
      repeated = repeated || !indexes.insert(index).second;
      args.push_back(
          {index, profile_op(a.value("op", ""), path), a.value("value", std::uint64_t{0}), a.value("valueTwo", std::uint64_t{0})});
    }
    for (const auto& n : rule.value("names", nlohmann::json::array())) {
      if (!n.is_string()) continue;
      int nr = seccomp_syscall_resolve_name(n.get<std::string>().c_str());
      if (nr == __NR_SCMP_ERROR) continue;  // a system call this architecture does not have
      if (repeated)
        for (const auto& a : args) add_rule(f, action, nr, {a}, n.get<std::string>());
      else add_rule(f, action, nr, args, n.get<std::string>());
    }
  }
  return export_bpf(f);
}

}  // namespace

std::optional<std::string> compile_seccomp_cached(const plan::SecurityPlan& security, std::uint64_t effective_caps,
                                                  const std::string& cache_dir) {
  if (security.seccomp == plan::SeccompType::Unconfined) return std::nullopt;
  // The key: everything the program depends on; bump the format when the default profile or
  // the compiler changes.
  std::string text = security.seccomp == plan::SeccompType::Localhost ? read_profile(security.seccomp_profile) : "";
  std::string key = "podrun-seccomp-2\n" + std::string(plan::seccomp_type_name(security.seccomp)) + "\n" + std::to_string(effective_caps) +
                    "\n" + std::to_string(SCMP_VER_MAJOR) + "." + std::to_string(SCMP_VER_MINOR) + "\n" + text;
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a 64: a file name, not a proof (the key is checked)
  for (unsigned char ch : key) h = (h ^ ch) * 1099511628211ULL;
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.bpf", static_cast<unsigned long long>(h));
  std::string path = cache_dir + "/" + name;
  std::string header = std::to_string(key.size()) + "\n" + key;
  std::string cached = read_seccomp_file(path);
  if (cached.size() > header.size() && cached.compare(0, header.size(), header) == 0) return cached.substr(header.size());
  std::string bpf = security.seccomp == plan::SeccompType::Localhost ? localhost_bpf(security.seccomp_profile, text, effective_caps)
                                                                     : runtime_default_bpf(effective_caps);
  // Best effort: a cache that cannot be written only costs the next container the compile.
  ::mkdir(cache_dir.c_str(), 0700);
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  if (!files::write(tmp, header + bpf, 0600) || std::rename(tmp.c_str(), path.c_str()) != 0) std::remove(tmp.c_str());
  return bpf;
}

void write_seccomp_programs(const plan::PodPlan& pod, const state::PodPaths& paths, const std::string& state_root) {
  std::string dir = paths.seccomp();
  if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) throw SysError("compile the seccomp programs", "mkdir", dir, errno);
  for (const auto& c : pod.containers) {
    if (c.security.seccomp == plan::SeccompType::Unconfined) continue;
    std::optional<std::string> bpf;
    std::string why;
    try {
      bpf = compile_seccomp_cached(c.security, capability_mask(c.process.capabilities), state_root + "/seccomp");
    } catch (const std::exception& e) {
      why = e.what();
    }
    std::string file = why.empty() ? paths.seccomp_program(c.name) : paths.seccomp_error(c.name);
    if (!files::write(file, why.empty() ? bpf.value_or("") : why, 0600))
      throw SysError("compile the seccomp programs", "write", file, errno);
  }
}

}  // namespace podrun::exec
