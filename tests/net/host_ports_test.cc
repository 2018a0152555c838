// hostPort rules: what the pod's table says, for the ports a pod asks for.
#include <catch2/catch.hpp>

#include "net/host_ports.h"
#include "net/nat.h"

using namespace podrun::net;

TEST_CASE("hostPort: a table per pod, local traffic only, DNAT and the masquerade that replies need", "[net][hostport]") {
  std::string t = host_port_table("23fdfa3a-882d-5936-5872-29408a2fe378");
  CHECK(t == "podrun_hp_23fdfa3a882");
  std::string r = host_port_ruleset(t, "/run/podrun/pods/default/web 23fdfa3a", "10.85.0.0/16", "10.85.0.7",
                                    {{"", 8080, 80, HostPort::Transport::Tcp},
                                     {"127.0.0.1", 5353, 53, HostPort::Transport::Udp},
                                     {"0.0.0.0", 9000, 9000, HostPort::Transport::Tcp}});
  // Replaces an older copy in one transaction.
  CHECK(r.rfind("table ip podrun_hp_23fdfa3a882\ndelete table ip podrun_hp_23fdfa3a882\ntable ip podrun_hp_23fdfa3a882 {\n", 0) == 0);
  CHECK_THAT(r, Catch::Contains("comment \"/run/podrun/pods/default/web 23fdfa3a\""));
  CHECK_THAT(r, Catch::Contains("type nat hook prerouting priority dstnat;"));
  CHECK_THAT(r, Catch::Contains("type nat hook output priority -100;"));
  // Every address of the host (0.0.0.0 too), or the one hostIP names; never forwarded traffic.
  CHECK_THAT(r, Catch::Contains("    fib daddr type local tcp dport 8080 dnat to 10.85.0.7:80\n"));
  CHECK_THAT(r, Catch::Contains("    fib daddr type local ip daddr 127.0.0.1 udp dport 5353 dnat to 10.85.0.7:53\n"));
  CHECK_THAT(r, Catch::Contains("    fib daddr type local tcp dport 9000 dnat to 10.85.0.7:9000\n"));
  // The same rules in prerouting and output (the host's own connections).
  auto count = [&](const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = r.find(what); at != std::string::npos; at = r.find(what, at + 1)) ++n;
    return n;
  };
  CHECK(count("dnat to 10.85.0.7:80\n") == 2);
  CHECK_THAT(r, Catch::Contains("ct status dnat ip saddr { 127.0.0.0/8, 10.85.0.0/16 } ip daddr 10.85.0.7 masquerade"));
}

TEST_CASE("the bridge's table guards 127.0.0.0/8, which route_localnet would open to pods", "[net][hostport]") {
  std::string r = masquerade_ruleset("podrun0", "10.85.0.0/16");
  CHECK_THAT(r, Catch::Contains("type filter hook input priority filter;"));
  CHECK_THAT(r, Catch::Contains("iifname \"podrun0\" ip daddr 127.0.0.0/8 ct state != { established, related } drop"));
}
