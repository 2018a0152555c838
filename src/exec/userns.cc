#include "exec/userns.h"
#include "exec/tree.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "common/error.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/process.h"
#include "exec/mount_api.h"

namespace podrun::exec {

namespace {

std::optional<IdRange> subid_entry(const std::string& file) {
  for (const std::string& line : files::split(files::read(file).value_or(""), '\n')) {
    std::vector<std::string> f = files::split(line, ':');  // NAME:START:COUNT
    if (f.size() < 3 || f[0] != "podrun") continue;
    const std::string &start = f[1], &count = f[2];
    try {
      unsigned long long s = std::stoull(start), c = std::stoull(count);
      if (s + c > 0xffffffffULL) throw SysError(file + ": the podrun range " + line + " goes past the largest ID");
      return IdRange{static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(c)};
    } catch (const std::logic_error&) {
      throw SysError(file + ": the podrun entry \"" + line + "\" is not NAME:START:COUNT");
    }
  }
  return std::nullopt;
}

std::string block_file(const std::string& dir, std::uint32_t index) { return dir + "/block-" + std::to_string(index); }

// The block file's owner: its pod directory and uid, one per line.
struct Owner {
  std::string pod_dir, pod_uid;
};
std::optional<Owner> read_owner(const std::string& file) {
  std::optional<std::string> text = files::read(file);
  std::vector<std::string> lines = files::split(text.value_or(""), '\n');
  if (lines.size() < 2) return std::nullopt;
  return Owner{lines[0], lines[1]};
}

// flock on the directory itself, for the life of the object; made when missing. The last
// release removes the directory, so a lock that was waited for may be on a directory that is
// gone (no links left): then it is made again.
class DirLock {
 public:
  explicit DirLock(const std::string& dir) {
    for (;;) {
      if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) throw SysError("allocate the pod's user IDs", "mkdir", dir, errno);
      fd_.reset(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
      if (!fd_) throw SysError("allocate the pod's user IDs", "open", dir, errno);
      while (::flock(fd_.get(), LOCK_EX) != 0)
        if (errno != EINTR) throw SysError("allocate the pod's user IDs", "flock", dir, errno);
      struct stat st {};
      if (::fstat(fd_.get(), &st) == 0 && st.st_nlink > 0) return;
    }
  }

 private:
  UniqueFd fd_;
};

// The blocks a rootless session's uid_map and gid_map both hold, or nullopt outside one.
std::optional<IdRange> session_id_range() {
  std::uint64_t top = ~std::uint64_t{0};
  bool identity = false;
  for (const char* file : {"/proc/self/uid_map", "/proc/self/gid_map"}) {
    std::uint64_t end = 0;  // one past the last ID mapped without a gap from 0
    for (const std::string& line : files::split(files::read(file).value_or(""), '\n')) {
      std::vector<std::string> w = files::words(line);
      if (w.size() != 3) continue;
      std::uint64_t inside = std::stoull(w[0]), count = std::stoull(w[2]);
      if (inside == 0 && count == 4294967295ULL) identity = true;
      if (inside <= end && inside + count > end) end = inside + count;
    }
    top = std::min(top, end);
  }
  if (identity) return std::nullopt;
  std::uint64_t blocks = top / kIdsPerPod;
  return IdRange{kIdsPerPod, static_cast<std::uint32_t>(blocks > 1 ? (blocks - 1) * kIdsPerPod : 0)};
}

}  // namespace

IdRange podrun_id_range(const std::string& subuid, const std::string& subgid) {
  // In an ordinary user's rootless session the blocks nest inside the IDs the session maps
  // (0 = the user, 1..N = the user's subordinate IDs): whole blocks from 65536 up.
  if (auto inside = session_id_range()) {
    if (inside->count < kIdsPerPod)
      throw SysError(
          "hostUsers: false in a rootless session needs at least 131072 subordinate IDs of the user in /etc/subuid and "
          "/etc/subgid (one block of 65536 for the pod, above the session's own); docs/rootless.md");
    return *inside;
  }
  auto u = subid_entry(subuid), g = subid_entry(subgid);
  if (!u && !g) return IdRange{16 * kIdsPerPod, 256 * kIdsPerPod};
  if (!u || !g || u->start != g->start || u->count != g->count)
    throw SysError(subuid + " and " + subgid + ": the podrun entries must both be there and be the same range");
  if (u->start < kIdsPerPod || u->start % kIdsPerPod != 0 || u->count < kIdsPerPod)
    throw SysError(subuid + ": the podrun range must start at a multiple of 65536 (not 0) and hold at least 65536 IDs");
  return *u;
}

std::uint32_t allocate_id_block(const std::string& alloc_dir, const IdRange& range, const std::string& pod_dir,
                                const std::string& pod_uid) {
  DirLock lock(alloc_dir);
  std::uint32_t blocks = range.count / kIdsPerPod;
  std::optional<std::uint32_t> free;
  for (std::uint32_t i = 0; i < blocks; ++i) {
    std::string f = block_file(alloc_dir, i);
    auto owner = read_owner(f);
    if (owner && owner->pod_uid == pod_uid) return range.start + i * kIdsPerPod;  // already its own
    // Free, or left by a pod whose directory is gone (its supervisor was killed with -9).
    bool stale = owner && !files::exists(owner->pod_dir);
    if (!free && (!owner || stale)) free = i;
  }
  if (!free) throw SysError("hostUsers: false: all " + std::to_string(blocks) + " blocks of 65536 user IDs of podrun's range are in use");
  std::string f = block_file(alloc_dir, *free), tmp = f + ".tmp";
  if (!files::write(tmp, pod_dir + "\n" + pod_uid + "\n")) throw SysError("allocate the pod's user IDs", "write", tmp, errno);
  if (::rename(tmp.c_str(), f.c_str()) != 0) throw SysError("allocate the pod's user IDs", "rename", f, errno);
  return range.start + *free * kIdsPerPod;
}

std::optional<std::uint32_t> id_block_of(const std::string& alloc_dir, const std::string& pod_uid) {
  std::vector<files::Entry> entries;
  files::list(alloc_dir, entries);
  for (const auto& e : entries) {
    const std::string& name = e.name;
    if (name.rfind("block-", 0) != 0 || name.find('.') != std::string::npos) continue;
    auto owner = read_owner(alloc_dir + "/" + name);
    if (owner && owner->pod_uid == pod_uid) return static_cast<std::uint32_t>(std::stoul(name.substr(6)));
  }
  return std::nullopt;
}

void release_id_block(const std::string& alloc_dir, const std::string& pod_uid) {
  if (!files::exists(alloc_dir)) return;
  DirLock lock(alloc_dir);
  if (auto i = id_block_of(alloc_dir, pod_uid)) ::unlink(block_file(alloc_dir, *i).c_str());
  ::rmdir(alloc_dir.c_str());  // with the last block: nothing of podrun stays in /run
}

std::vector<std::pair<std::string, std::string>> id_block_owners(const std::string& alloc_dir) {
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<files::Entry> entries;
  files::list(alloc_dir, entries);
  for (const auto& e : entries)
    if (e.name.rfind("block-", 0) == 0)
      if (auto o = read_owner(alloc_dir + "/" + e.name)) out.emplace_back(o->pod_dir, o->pod_uid);
  return out;
}

void write_id_maps(pid_t pid, std::uint32_t host_start) {
  std::string map = "0 " + std::to_string(host_start) + " " + std::to_string(kIdsPerPod) + "\n";
  for (const char* which : {"uid_map", "gid_map"}) {
    std::string file = "/proc/" + std::to_string(pid) + "/" + which;
    UniqueFd fd(::open(file.c_str(), O_WRONLY | O_CLOEXEC));
    if (!fd || ::write(fd.get(), map.data(), map.size()) != static_cast<ssize_t>(map.size()))
      throw SysError("map the pod's user IDs", "write", file, errno);
  }
}

void shift_ownership(const std::string& path, std::uint32_t host_start) {
  const std::string step = "chown the pod's files into its user namespace";
  walk_tree(path, step, [&](const std::string& p, const struct stat& st) {
    if (::lchown(p.c_str(), st.st_uid + host_start, st.st_gid + host_start) != 0) throw SysError(step, "lchown", p, errno);
    // chown clears set-user-ID and set-group-ID bits (an fsGroup directory's): put them back.
    if (!S_ISLNK(st.st_mode) && (st.st_mode & (S_ISUID | S_ISGID)) && ::chmod(p.c_str(), st.st_mode & 07777) != 0)
      throw SysError(step, "chmod", p, errno);
  });
}

int idmapped_mount(int dirfd, const std::string& path, int userns_fd) {
  int fd = ::open_tree(dirfd, path.empty() ? "" : path.c_str(),
                       OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE | (path.empty() ? AT_EMPTY_PATH : 0));
  if (fd < 0) return -1;
  struct mount_attr attr {};
  attr.attr_set = MOUNT_ATTR_IDMAP;
  attr.userns_fd = static_cast<std::uint64_t>(userns_fd);
  if (::mount_setattr(fd, "", AT_EMPTY_PATH | AT_RECURSIVE, &attr, sizeof attr) != 0) {
    int err = errno;
    ::close(fd);
    errno = err;
    return -1;
  }
  return fd;
}

}  // namespace podrun::exec
