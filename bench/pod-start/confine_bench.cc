// The confinement steps of a container start, alone: compiling the RuntimeDefault seccomp
// profile for containerd's 14 capabilities (what the program cache saves after the first
// container), and in a forked child — as the container child does before exec — reducing the
// bounding set, setting the capability sets and installing the compiled program. N rounds;
// prints "compile_median_us compile_p90_us caps_median_us caps_p90_us load_median_us
// load_p90_us" for bench/pod-start/run.sh.
// usage: podrun_confine_bench N
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "common/capabilities.h"
#include "exec/caps.h"
#include "exec/seccomp.h"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 20;
  std::uint64_t caps = podrun::capability_mask(podrun::default_capabilities());
  std::vector<double> compile_us, caps_us, load_us;
  for (int i = 0; i < n; ++i) {
    auto t0 = Clock::now();
    std::string bpf = podrun::exec::runtime_default_bpf(caps);
    compile_us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    int pipefd[2];
    if (::pipe(pipefd) != 0) return 1;
    pid_t pid = ::fork();
    if (pid == 0) {
      // The container child's order: bounding set, the filter (still with CAP_SYS_ADMIN, as
      // no_new_privs is not set), then permitted and effective.
      double us[2];
      auto a = Clock::now();
      if (podrun::exec::drop_bounding_set(caps) != 0) ::_exit(1);
      auto b = Clock::now();
      if (podrun::exec::install_seccomp(bpf) != 0) ::_exit(1);
      auto c = Clock::now();
      if (podrun::exec::set_capabilities(caps) != 0) ::_exit(1);
      auto d = Clock::now();
      us[0] = std::chrono::duration<double, std::micro>((b - a) + (d - c)).count();
      us[1] = std::chrono::duration<double, std::micro>(c - b).count();
      if (::write(pipefd[1], us, sizeof us) != sizeof us) ::_exit(1);
      ::_exit(0);
    }
    ::close(pipefd[1]);  // a child that fails writes nothing: read sees end-of-file
    double us[2] = {0, 0};
    bool got = ::read(pipefd[0], us, sizeof us) == sizeof us;
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(pipefd[0]);
    if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "the child could not set its capabilities or load the filter\n");
      return 1;
    }
    caps_us.push_back(us[0]);
    load_us.push_back(us[1]);
  }
  auto stat = [](std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[static_cast<std::size_t>(q * (v.size() - 1) + 0.5)];
  };
  std::printf("%.0f %.0f %.0f %.0f %.0f %.0f\n", stat(compile_us, 0.5), stat(compile_us, 0.9), stat(caps_us, 0.5), stat(caps_us, 0.9),
              stat(load_us, 0.5), stat(load_us, 0.9));
  return 0;
}
