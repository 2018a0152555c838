// The network step of a pod start, alone: for each round a fresh network namespace (held by
// a child, as the pause holder holds a pod's), then what the supervisor does for a pod — an
// address from IPAM, and the veth created with its peer inside the namespace, eth0's address,
// links up, the default route (attach_pod). The bridge and its nftables table are made once,
// before the rounds, as for the first pod. Prints "ipam_median_us ipam_p90_us attach_median_us
// attach_p90_us". Its own bridge and state, removed at the end.
// usage: podrun_net_bench N
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "net/nat.h"
#include "net/netlink.h"
#include "net/pod_network.h"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 20;
  char tmpl[] = "/tmp/podrun-net-bench-XXXXXX";
  podrun::net::NetworkConfig cfg{"prbench0", "10.198.0.0/16", std::string(::mkdtemp(tmpl)) + "/network"};
  std::vector<double> ipam_us, attach_us;
  for (int i = 0; i < n + 1; ++i) {
    int ready[2];
    if (::pipe(ready) != 0) return 1;
    pid_t holder = ::fork();
    if (holder == 0) {
      if (::unshare(CLONE_NEWNET) != 0) ::_exit(1);
      char b = 'r';
      if (::write(ready[1], &b, 1) != 1) ::_exit(1);
      ::pause();
      ::_exit(0);
    }
    char b;
    if (::read(ready[0], &b, 1) != 1) return 1;
    ::close(ready[0]);
    ::close(ready[1]);
    int ns = ::open(("/proc/" + std::to_string(holder) + "/ns/net").c_str(), O_RDONLY | O_CLOEXEC);
    std::string uid = "bench" + std::to_string(::getpid() % 1000) + "x" + std::to_string(i);
    auto t0 = Clock::now();
    auto addr = podrun::net::allocate_address(cfg, "bench/" + uid);
    auto t1 = Clock::now();
    podrun::net::attach_pod(cfg, addr, ns);
    auto t2 = Clock::now();
    if (i > 0) {  // the first round also made the bridge and its table
      ipam_us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
      attach_us.push_back(std::chrono::duration<double, std::micro>(t2 - t1).count());
    }
    ::close(ns);
    ::kill(holder, SIGKILL);
    ::waitpid(holder, nullptr, 0);
    podrun::net::release_address(cfg, "bench/" + uid);
  }
  podrun::net::Netlink nl;
  if (int br = nl.link_index(cfg.bridge)) nl.delete_link(br);
  podrun::net::disable_masquerade(cfg.bridge);
  std::filesystem::remove_all(std::filesystem::path(cfg.state_dir).parent_path());
  auto stat = [](std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[static_cast<std::size_t>(q * (v.size() - 1) + 0.5)];
  };
  std::printf("%.0f %.0f %.0f %.0f\n", stat(ipam_us, 0.5), stat(ipam_us, 0.9), stat(attach_us, 0.5), stat(attach_us, 0.9));
  return 0;
}
