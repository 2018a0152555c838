// attach_pod_storage (exec/pod_setup.h) made twice, as when apply made the pod's storage
// half-way and the supervisor completes it: each of containers/, logs/ and volumes/ is bound
// once, not twice. The mounts are made in a child's own mount namespace (gone with it); needs
// root, as the executor's other tests.
#include <catch2/catch.hpp>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "common/files.h"
#include "exec/pod_setup.h"

namespace {

// Mounts whose mount point is `path`, in /proc/self/mountinfo (field 5).
int mounts_at(const std::string& path) {
  std::ifstream in("/proc/self/mountinfo");
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    std::size_t at = 0;
    for (int field = 0; field < 4 && at != std::string::npos; ++field) at = line.find(' ', at + 1);
    if (at == std::string::npos) continue;
    std::size_t end = line.find(' ', at + 1);
    if (line.substr(at + 1, end - at - 1) == path) ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("attach_pod_storage made again binds each directory once") {
  if (::geteuid() != 0) {
    WARN("not root: skipped");
    return;
  }
  char scratch[] = "/tmp/podrun-storage-test-XXXXXX";
  REQUIRE(::mkdtemp(scratch) != nullptr);
  const std::string pod_dir = std::string(scratch) + "/pod", storage = std::string(scratch) + "/store/pods/abc";
  REQUIRE(::mkdir(pod_dir.c_str(), 0700) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) ::_exit(90);
    try {
      podrun::exec::attach_pod_storage(pod_dir, storage, "uid-1");
      podrun::exec::attach_pod_storage(pod_dir, storage, "uid-1");
    } catch (...) {
      ::_exit(91);
    }
    int bad = 0;
    for (const char* name : {"containers", "logs", "volumes"})
      if (mounts_at(pod_dir + "/" + name) != 1) ++bad;
    ::_exit(bad);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  podrun::files::remove_all(scratch);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}
