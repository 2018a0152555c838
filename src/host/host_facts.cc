#include "host/host_facts.h"

#include <unistd.h>

#include <sys/stat.h>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/files.h"

namespace podrun::host {

plan::CgroupVersion detect_cgroup_version(const std::string& root) {
  struct stat st {};
  return ::stat((root + "/cgroup.controllers").c_str(), &st) == 0 ? plan::CgroupVersion::V2 : plan::CgroupVersion::V1;
}

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::int64_t mem_total() {
  std::ifstream in("/proc/meminfo");
  std::string key;
  std::int64_t kb = 0;
  std::string unit;
  while (in >> key >> kb >> unit)
    if (key == "MemTotal:") return kb * 1024;
  return 0;
}

}  // namespace

plan::HostFacts detect_host_facts() {
  plan::HostFacts f;
  f.cgroup_version = detect_cgroup_version();
  f.page_size = ::sysconf(_SC_PAGESIZE);
  f.cpu_count = static_cast<int>(::sysconf(_SC_NPROCESSORS_ONLN));
  f.memory_bytes = mem_total();
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) == 0) f.hostname = f.node_name = name;
  f.resolv_conf = slurp("/etc/resolv.conf");
  // With systemd-resolved, /etc/resolv.conf names its loopback resolver; the real upstream
  // servers are in this file (what the kubelet is told to use with --resolv-conf).
  if (f.resolv_conf.find("nameserver 127.0.0.53") != std::string::npos) {
    std::string upstream = slurp("/run/systemd/resolve/resolv.conf");
    if (upstream.find("nameserver") != std::string::npos) f.resolv_conf = upstream;
  }
  return f;
}

plan::HostFacts host_facts_from_file(const std::string& path, plan::HostFacts f) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot read host facts");
  nlohmann::json j;
  try {
    in >> j;
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ": not valid JSON: " + e.what());
  }
  if (j.contains("cgroupVersion")) f.cgroup_version = j["cgroupVersion"] == 1 ? plan::CgroupVersion::V1 : plan::CgroupVersion::V2;
  if (j.contains("pageSize")) f.page_size = j["pageSize"];
  if (j.contains("cpuCount")) f.cpu_count = j["cpuCount"];
  if (j.contains("memoryBytes")) f.memory_bytes = j["memoryBytes"];
  if (j.contains("nodeName")) f.node_name = j["nodeName"];
  if (j.contains("hostname")) f.hostname = j["hostname"];
  if (j.contains("resolvConf")) f.resolv_conf = j["resolvConf"];
  return f;
}

plan::RootlessFacts rootless_facts() {
  plan::RootlessFacts f;
  f.uid = ::getuid();  // before the session is joined: apply checks first
  if (auto text = files::read("/proc/sys/net/ipv4/ip_unprivileged_port_start")) f.unprivileged_port_start = std::atoi(text->c_str());
  f.readable = [](const std::string& path) { return ::access(path.c_str(), R_OK) == 0; };
  return f;
}

}  // namespace podrun::host
