#include "common/capabilities.h"

#include <algorithm>
#include <set>

namespace podrun {

namespace {

// linux/capability.h, in order: the index is the number.
const char* const kNames[] = {"CHOWN",
                              "DAC_OVERRIDE",
                              "DAC_READ_SEARCH",
                              "FOWNER",
                              "FSETID",
                              "KILL",
                              "SETGID",
                              "SETUID",
                              "SETPCAP",
                              "LINUX_IMMUTABLE",
                              "NET_BIND_SERVICE",
                              "NET_BROADCAST",
                              "NET_ADMIN",
                              "NET_RAW",
                              "IPC_LOCK",
                              "IPC_OWNER",
                              "SYS_MODULE",
                              "SYS_RAWIO",
                              "SYS_CHROOT",
                              "SYS_PTRACE",
                              "SYS_PACCT",
                              "SYS_ADMIN",
                              "SYS_BOOT",
                              "SYS_NICE",
                              "SYS_RESOURCE",
                              "SYS_TIME",
                              "SYS_TTY_CONFIG",
                              "MKNOD",
                              "LEASE",
                              "AUDIT_WRITE",
                              "AUDIT_CONTROL",
                              "SETFCAP",
                              "MAC_OVERRIDE",
                              "MAC_ADMIN",
                              "SYSLOG",
                              "WAKE_ALARM",
                              "BLOCK_SUSPEND",
                              "AUDIT_READ",
                              "PERFMON",
                              "BPF",
                              "CHECKPOINT_RESTORE"};

std::string bare(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return name.rfind("CAP_", 0) == 0 ? name.substr(4) : name;
}

}  // namespace

int last_capability() { return static_cast<int>(std::size(kNames)) - 1; }

std::optional<int> capability_number(const std::string& name) {
  std::string b = bare(name);
  for (int i = 0; i <= last_capability(); ++i)
    if (b == kNames[i]) return i;
  return std::nullopt;
}

std::string capability_name(int number) { return std::string("CAP_") + kNames[number]; }

const std::vector<std::string>& default_capabilities() {
  static const std::vector<std::string> d = {
      "CHOWN",  "DAC_OVERRIDE", "FSETID",  "FOWNER",           "MKNOD",      "NET_RAW", "SETGID",
      "SETUID", "SETFCAP",      "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL",    "AUDIT_WRITE"};
  return d;
}

std::vector<std::string> container_capabilities(const std::vector<std::string>& add, const std::vector<std::string>& drop) {
  auto is_all = [](const std::string& n) { return bare(n) == "ALL"; };
  std::set<int> caps;
  if (std::none_of(drop.begin(), drop.end(), is_all))
    for (const auto& n : default_capabilities()) caps.insert(*capability_number(n));
  for (const auto& n : drop)
    if (auto c = capability_number(n)) caps.erase(*c);
  if (std::any_of(add.begin(), add.end(), is_all))
    for (int i = 0; i <= last_capability(); ++i) caps.insert(i);
  for (const auto& n : add)
    if (auto c = capability_number(n)) caps.insert(*c);
  std::vector<std::string> out;
  for (int c : caps) out.push_back(capability_name(c));
  return out;
}

std::uint64_t capability_mask(const std::vector<std::string>& caps) {
  std::uint64_t m = 0;
  for (const auto& n : caps)
    if (auto c = capability_number(n)) m |= std::uint64_t{1} << *c;
  return m;
}

}  // namespace podrun
