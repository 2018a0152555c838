// The cgroup v2 device program, attached for real: a child moves itself into a cgroup of the
// unified hierarchy (at /sys/fs/cgroup on a v2 machine, /sys/fs/cgroup/unified on a hybrid
// one like the CI's) and tries the devices the default rules allow and some they deny.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "cgroup/device_filter.h"

using namespace podrun;
namespace fs = std::filesystem;

namespace {

std::string unified_root() {
  if (fs::exists("/sys/fs/cgroup/cgroup.controllers")) return "/sys/fs/cgroup";
  if (fs::exists("/sys/fs/cgroup/unified/cgroup.procs")) return "/sys/fs/cgroup/unified";
  return "";
}

// What the child saw, one bit per attempt that went the way the rules say.
enum : int {
  kNullOpens = 1,
  kFullOpens = 2,
  kKmsgRefused = 4,
  kMknodNullWorks = 8,
  kMknodDiskRefused = 16,
  kDiskOpenRefused = 32,
};

int try_devices(const std::string& procs, const std::string& scratch) {
  int fd = ::open(procs.c_str(), O_WRONLY);
  if (fd < 0 || ::write(fd, "0", 1) != 1) return 0;
  ::close(fd);
  int seen = 0;
  if ((fd = ::open("/dev/null", O_RDWR)) >= 0) seen |= kNullOpens, ::close(fd);
  if ((fd = ::open("/dev/full", O_WRONLY)) >= 0) seen |= kFullOpens, ::close(fd);
  if (::open("/dev/kmsg", O_RDONLY) < 0 && errno == EPERM) seen |= kKmsgRefused;
  if (::mknod((scratch + "/null").c_str(), S_IFCHR | 0600, makedev(1, 3)) == 0) seen |= kMknodNullWorks;
  if (::mknod((scratch + "/disk").c_str(), S_IFBLK | 0600, makedev(8, 0)) != 0 && errno == EPERM) seen |= kMknodDiskRefused;
  // A disk node made outside the cgroup still cannot be opened from inside it.
  if (::open((scratch + "/outside-disk").c_str(), O_RDONLY) < 0 && errno == EPERM) seen |= kDiskOpenRefused;
  return seen;
}

}  // namespace

TEST_CASE("device program: a process in the cgroup opens only the allowed devices", "[devices]") {
  std::string root = unified_root();
  if (root.empty()) {
    WARN("no unified cgroup hierarchy: nothing to attach to");
    return;
  }
  std::string cg = root + "/podrun-devtest-" + std::to_string(::getpid());
  char tmpl[] = "/tmp/podrun-devtest-XXXXXX";
  std::string scratch = ::mkdtemp(tmpl);
  REQUIRE(::mknod((scratch + "/outside-disk").c_str(), S_IFBLK | 0600, makedev(7, 0)) == 0);  // loop0
  REQUIRE(fs::create_directory(cg));

  std::vector<plan::DeviceRule> rules;
  for (auto [major, minor] : std::vector<std::pair<int, int>>{{1, 3}, {1, 5}, {1, 7}, {1, 8}, {1, 9}, {5, 0}, {5, 1}, {5, 2}, {136, -1}})
    rules.push_back({'c', major, minor, "rwm"});
  REQUIRE_NOTHROW(cgroup::attach_device_filter(cg, rules));

  pid_t child = ::fork();
  if (child == 0) ::_exit(try_devices(cg + "/cgroup.procs", scratch));
  int status = 0;
  ::waitpid(child, &status, 0);
  // Outside the cgroup the same node opens: the program is what refused it.
  int fd = ::open((scratch + "/outside-disk").c_str(), O_RDONLY);
  bool opens_outside = fd >= 0 || errno != EPERM;
  if (fd >= 0) ::close(fd);
  for (int i = 0; i < 500 && ::rmdir(cg.c_str()) != 0 && errno == EBUSY; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  fs::remove_all(scratch);

  CHECK_FALSE(fs::exists(cg));
  REQUIRE(WIFEXITED(status));
  int seen = WEXITSTATUS(status);
  CHECK((seen & kNullOpens));
  CHECK((seen & kFullOpens));
  CHECK((seen & kKmsgRefused));
  CHECK((seen & kMknodNullWorks));
  CHECK((seen & kMknodDiskRefused));
  CHECK((seen & kDiskOpenRefused));
  CHECK(opens_outside);
}

TEST_CASE("device program: an unknown cgroup directory is an error that names it", "[devices]") {
  try {
    cgroup::attach_device_filter("/nonexistent/podrun-devtest", {});
    FAIL("no error");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()).find("/nonexistent/podrun-devtest") != std::string::npos);
  }
}
