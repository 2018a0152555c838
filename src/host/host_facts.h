// The few facts about this machine the planner needs, read once from /proc, /sys and /etc.
#pragma once

#include <string>

#include "plan/plan.h"
#include "plan/rootless.h"

namespace podrun::host {

// cgroup v2 when /sys/fs/cgroup is the unified hierarchy (it has cgroup.controllers), else
// v1 (this includes hybrid machines whose v1 controllers sit beside an empty unified tree).
plan::CgroupVersion detect_cgroup_version(const std::string& cgroup_root = "/sys/fs/cgroup");

plan::HostFacts detect_host_facts();

// The calling user's facts for a rootless run: its uid, the host's unprivileged port start,
// and access(2) with its real ids for hostPath volumes.
plan::RootlessFacts rootless_facts();

// Facts from a JSON file: {"cgroupVersion": 1|2, "pageSize", "cpuCount", "memoryBytes",
// "nodeName", "hostname", "resolvConf"}; missing fields keep the detected values. Throws
// std::runtime_error with a message naming the file on error.
plan::HostFacts host_facts_from_file(const std::string& path, plan::HostFacts base);

}  // namespace podrun::host
