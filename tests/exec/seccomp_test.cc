// The default seccomp profile, installed in a forked child (with no_new_privs, so no privilege
// is needed): what it refuses, what it answers ENOSYS, and that ordinary calls still work.
#include <catch2/catch.hpp>

#include <errno.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sys/stat.h>

#include <fstream>

#include "common/capabilities.h"
#include "exec/seccomp.h"
#include "temp_dir.h"

using namespace podrun;

namespace {

// Runs `probe` in a child under the filter; returns the child's exit code (the probe's result).
int under_filter(const std::string& bpf, int (*probe)()) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || exec::install_seccomp(bpf) != 0) ::_exit(200);
    ::_exit(probe());
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int errno_of(long rc) { return rc == -1 ? errno : 0; }

}  // namespace

TEST_CASE("RuntimeDefault refuses what reaches beyond the container, allows the rest", "[seccomp]") {
  std::string bpf = exec::runtime_default_bpf(capability_mask(default_capabilities()));
  REQUIRE(bpf.size() > 8 * 50);  // hundreds of instructions: the allowlist itself
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_keyctl, 0, 0, 0, 0, 0)); }) == EPERM);
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_unshare, 0x10000000 /* NEWUSER */)); }) == EPERM);
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_mount, "none", "/", "tmpfs", 0, nullptr)); }) == EPERM);
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_io_uring_setup, 1, nullptr)); }) == EPERM);
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_clone3, nullptr, 0)); }) == ENOSYS);
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_clone, 0x40000000 /* NEWNET */ | SIGCHLD, 0, 0, 0, 0)); }) == EPERM);
  CHECK(under_filter(bpf, [] { return errno_of(::socket(38 /* AF_ALG */, SOCK_SEQPACKET, 0)); }) == EPERM);
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_personality, 0x0400000 /* READ_IMPLIES_EXEC */)); }) == EPERM);
  // Ordinary life goes on: pids, files, sockets, plain forks.
  CHECK(under_filter(bpf, [] { return ::getpid() > 0 ? 0 : 1; }) == 0);
  CHECK(under_filter(bpf, [] { return std::ifstream("/proc/self/status") ? 0 : 1; }) == 0);
  CHECK(under_filter(bpf, [] {
          int fd = ::socket(AF_INET, SOCK_STREAM, 0);
          return fd >= 0 ? 0 : errno;
        }) == 0);
  CHECK(under_filter(bpf, [] {
          pid_t p = ::fork();
          if (p == 0) ::_exit(7);
          int st = 0;
          ::waitpid(p, &st, 0);
          return WEXITSTATUS(st) == 7 ? 0 : 1;
        }) == 0);
}

TEST_CASE("RuntimeDefault with CAP_SYS_ADMIN allows unshare and mount", "[seccomp]") {
  auto caps = default_capabilities();
  caps.push_back("CAP_SYS_ADMIN");
  std::string bpf = exec::runtime_default_bpf(capability_mask(caps));
  // The filter passes the call to the kernel (which may refuse for its own reasons, but not
  // with the filter's EPERM for a harmless request: unshare of nothing succeeds).
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_unshare, 0)); }) == 0);
  CHECK(under_filter(bpf, [] { return errno_of(::syscall(SYS_keyctl, 0, 0, 0, 0, 0)); }) == EPERM);
}

TEST_CASE("seccomp programs: compiled by the CLI into the pod directory, loaded by the supervisor", "[seccomp]") {
  podrun::testing::TempDir t("podrun-seccomp-test");
  plan::PodPlan pod;
  auto container = [&](const std::string& name, plan::SeccompType profile, const std::string& file) {
    plan::ContainerPlan c;
    c.name = name;
    c.security.seccomp = profile;
    c.security.seccomp_profile = file;
    c.process.capabilities = default_capabilities();
    pod.containers.push_back(c);
  };
  container("default", plan::SeccompType::RuntimeDefault, "");
  container("free", plan::SeccompType::Unconfined, "");
  container("broken", plan::SeccompType::Localhost, t.root + "/absent.json");
  const state::PodPaths paths{t.root + "/pod"};
  REQUIRE(::mkdir(paths.dir.c_str(), 0700) == 0);
  exec::write_seccomp_programs(pod, paths, t.root + "/state");

  auto loaded = exec::load_seccomp_program(pod.containers[0], paths);
  REQUIRE(loaded);
  CHECK(*loaded == exec::runtime_default_bpf(capability_mask(default_capabilities())));
  CHECK_FALSE(exec::load_seccomp_program(pod.containers[1], paths));  // Unconfined: no file
  CHECK_FALSE(std::ifstream(t.root + "/pod/seccomp/free.bpf"));
  // The compile's error, for the supervisor to report as this container's.
  CHECK_THROWS_WITH(exec::load_seccomp_program(pod.containers[2], paths), Catch::Contains("absent.json"));
  // A program that was never written (not a pod of this CLI): said so, not taken as Unconfined.
  plan::ContainerPlan stranger = pod.containers[0];
  stranger.name = "stranger";
  CHECK_THROWS_WITH(exec::load_seccomp_program(stranger, paths), Catch::Contains("stranger.bpf"));
}
