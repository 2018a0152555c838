// The cgroup step of a pod start, on this machine's real hierarchy (cgroup v1 or v2, as
// detected): the pod's cgroup and one container's, each created with a CPU and a memory limit
// (the driver's apply), then a forked single-threaded child moving itself in through the
// attach files, as the container child does before exec. N rounds; prints
// "apply_median_us apply_p90_us attach_median_us attach_p90_us" for bench/pod-start/run.sh.
// usage: podrun_cgroup_bench N
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cgroup/cgroup.h"
#include "host/host_facts.h"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 20;
  auto v = podrun::host::detect_cgroup_version();
  auto cg = podrun::cgroup::make_driver(v, podrun::cgroup::default_root(v));
  if (!cg->available()) {
    std::fprintf(stderr, "no usable cgroup hierarchy\n");
    return 1;
  }
  std::vector<double> apply_us, attach_us;
  for (int i = 0; i < n; ++i) {
    std::string pod = "podrun/bench-" + std::to_string(::getpid()) + "-" + std::to_string(i);
    podrun::plan::CgroupPlan p, c;
    p.path = pod;
    c.path = pod + "/main";
    for (auto* x : {&p, &c}) {
      x->v1.cpu_shares = 512;
      x->v1.cpu_cfs_quota_us = 50000;
      x->v1.memory_limit_in_bytes = 64 << 20;
      x->v2.cpu_weight = 20;
      x->v2.cpu_max = "50000 100000";
      x->v2.memory_max = "67108864";
    }
    p.v1.pids_max = 4096;
    p.v2.pids_max = "4096";
    auto t0 = Clock::now();
    cg->apply(p);
    cg->apply(c);
    auto t1 = Clock::now();
    apply_us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    auto files = cg->attach_files(c.path);
    int pipefd[2];
    if (::pipe(pipefd) != 0) return 1;
    pid_t pid = ::fork();
    if (pid == 0) {
      auto a = Clock::now();
      for (const auto& f : files) {
        FILE* fp = std::fopen(f.c_str(), "w");
        if (!fp || std::fputs("0", fp) < 0 || std::fclose(fp) != 0) ::_exit(1);
      }
      double us = std::chrono::duration<double, std::micro>(Clock::now() - a).count();
      if (::write(pipefd[1], &us, sizeof us) != sizeof us) ::_exit(1);
      ::_exit(0);
    }
    double us = 0;
    if (::read(pipefd[0], &us, sizeof us) == sizeof us) attach_us.push_back(us);
    ::waitpid(pid, nullptr, 0);
    ::close(pipefd[0]);
    ::close(pipefd[1]);
    cg->remove(pod, 2000);
  }
  auto stat = [](std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[static_cast<std::size_t>(q * (v.size() - 1) + 0.5)];
  };
  std::printf("%.0f %.0f %.0f %.0f\n", stat(apply_us, 0.5), stat(apply_us, 0.9), stat(attach_us, 0.5), stat(attach_us, 0.9));
  return 0;
}
