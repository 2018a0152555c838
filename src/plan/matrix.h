// The isolation matrix: for every pair (container ↔ container, container ↔ host, pod ↔ pod),
// whether they share each kind of isolation. `podrun plan` computes it from a Plan;
// `podrun matrix` computes the same table from /proc/PID/ns/* of running pods and compares.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "plan/plan.h"

namespace podrun::plan {

enum class Sharing { SharedPod, SharedHost, Isolated };
const char* sharing_name(Sharing s);  // "shared (pod)", "shared (host)", "isolated"

// Columns, and the namespace kind behind each.
constexpr std::array<const char*, 6> kMatrixColumns = {"Network", "IPC", "Filesystem", "Processes", "Hostname", "Users"};
constexpr std::array<NsKind, 6> kMatrixKinds = {NsKind::Net, NsKind::Ipc, NsKind::Mnt, NsKind::Pid, NsKind::Uts, NsKind::User};

struct MatrixRow {
  std::string pod;   // "ns/name" of the first side
  std::string a, b;  // "web", "host", or "pod default/other"
  std::array<Sharing, 6> cells{};
  std::string note;  // e.g. the volumes two containers share although their filesystems are isolated
};

std::vector<MatrixRow> isolation_matrix(const Plan& plan);

}  // namespace podrun::plan
