// User namespaces for pods with hostUsers: false: which host IDs a pod gets, and the kernel
// calls that give them (the uid/gid maps, idmapped mounts).
//
// Each such pod gets a block of 65536 host IDs that no other pod on the machine has, as the
// kubelet gives them: container IDs 0-65535 are host IDs start..start+65535. The blocks come
// from the "podrun" entry of /etc/subuid and /etc/subgid (the kubelet reads its "kubelet"
// entry), else from podrun's default range. Allocation is machine-wide — one directory under
// /run, whatever --root a pod's state lives under — with a file per block, made under a lock
// on the directory: two podrun processes never hand out the same block, a block whose pod
// directory is gone (a crash) is taken back, and the directory goes with the last block.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/run_dirs.h"

namespace podrun::exec {

constexpr std::uint32_t kIdsPerPod = 65536;

struct IdRange {
  std::uint32_t start = 0;
  std::uint32_t count = 0;
};

// Where blocks are allocated unless told otherwise: /run/podrun-userns, or the rootless
// session's own (common/run_dirs.h).
inline std::string id_block_dir() { return shared_run_dir("podrun-userns"); }

// podrun's range: the "podrun" entries of `subuid` and `subgid` (both, and equal), else
// 1048576 (16 × 65536) + 16777216 IDs (256 pods). Throws SysError when an entry is there but
// unusable: not starting at a multiple of 65536 of at least 65536, or smaller than one block.
IdRange podrun_id_range(const std::string& subuid = "/etc/subuid", const std::string& subgid = "/etc/subgid");

// A free block of `range` for the pod whose state directory is `pod_dir` (uid `pod_uid`):
// its first host ID. Idempotent for the same pod. Throws SysError when the range is full.
std::uint32_t allocate_id_block(const std::string& alloc_dir, const IdRange& range, const std::string& pod_dir, const std::string& pod_uid);

// The block of the pod `pod_uid`, if it has one.
std::optional<std::uint32_t> id_block_of(const std::string& alloc_dir, const std::string& pod_uid);

// Gives the block back (nothing when the pod has none).
void release_id_block(const std::string& alloc_dir, const std::string& pod_uid);

// Every block's owner: (pod directory, pod uid), for `podrun gc`.
std::vector<std::pair<std::string, std::string>> id_block_owners(const std::string& alloc_dir);

// Writes "0 <host_start> 65536" to /proc/PID/uid_map and gid_map. Throws SysError.
void write_id_maps(pid_t pid, std::uint32_t host_start);

// Without idmapped mounts: every file below `path` (itself included, symlinks not followed,
// mounts below it crossed) owned by ID n is given n + host_start, so that the pod's user
// namespace sees it as n. Throws SysError.
void shift_ownership(const std::string& path, std::uint32_t host_start);

// A detached copy of the mount at `path` (or of the fd `dirfd` when path is ""), recursive,
// idmapped through the user namespace `userns_fd`: a file owned by ID n on disk shows as the
// namespace's n. Returns the new mount's fd, or -1 with errno (as the container child needs).
int idmapped_mount(int dirfd, const std::string& path, int userns_fd);

}  // namespace podrun::exec
