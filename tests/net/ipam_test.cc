// Pod addresses: CIDR arithmetic, the choice of a free address, the route-overlap check, and
// the allocation table (persistence, one address per owner, a full subnet).
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>

#include "common/files.h"
#include "net/ipam.h"
#include "net/nat.h"

using namespace podrun::net;
namespace fs = std::filesystem;

TEST_CASE("CIDRs: network, gateway, broadcast, bad ones refused", "[net][ipam]") {
  auto s = parse_cidr("10.85.3.7/16");
  REQUIRE(s);
  CHECK(ip_string(s->network) == "10.85.0.0");
  CHECK(ip_string(s->gateway()) == "10.85.0.1");
  CHECK(ip_string(s->broadcast()) == "10.85.255.255");
  CHECK(s->contains(*parse_ip("10.85.200.1")));
  CHECK_FALSE(s->contains(*parse_ip("10.86.0.1")));
  for (const char* bad : {"10.85.0.0", "10.85.0.0/7", "10.85.0.0/31", "10.85.0/16", "x/16", "10.85.0.0/16x", "::1/64"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_cidr(bad));
  }
}

TEST_CASE("the first free address skips the network, the gateway and the broadcast", "[net][ipam]") {
  auto s = *parse_cidr("10.0.0.0/29");  // .0 network, .1 gateway, .2-.6 pods, .7 broadcast
  std::set<std::uint32_t> used;
  std::vector<std::string> got;
  while (auto ip = first_free(s, used)) {
    used.insert(*ip);
    got.push_back(ip_string(*ip));
  }
  CHECK(got == std::vector<std::string>{"10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6"});
  used.erase(*parse_ip("10.0.0.4"));
  CHECK(ip_string(*first_free(s, used)) == "10.0.0.4");  // a released address is reused
}

TEST_CASE("a subnet that overlaps a route of the host is found, the own bridge's is not", "[net][ipam]") {
  // /proc/net/route: little-endian hex destination and mask.
  const std::string routes =
      "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
      "eth0\t00000000\t0100000A\t0003\t0\t0\t0\t00000000\t0\t0\t0\n"     // default via 10.0.0.1
      "eth0\t0000000A\t00000000\t0001\t0\t0\t0\t000000FF\t0\t0\t0\n"     // 10.0.0.0/8
      "podrun0\t0000550A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n"  // 10.85.0.0/16
      "cni0\t0058A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n";    // 192.168.88.0/24
  CHECK(overlapping_route(*parse_cidr("10.85.0.0/16"), routes, "podrun0") == "eth0 10.0.0.0/8");
  CHECK(overlapping_route(*parse_cidr("192.168.88.128/25"), routes, "podrun0") == "cni0 192.168.88.0/24");
  CHECK_FALSE(overlapping_route(*parse_cidr("172.30.0.0/16"), routes, "podrun0"));
  CHECK_FALSE(overlapping_route(*parse_cidr("10.85.0.0/16"),
                                routes.substr(0, routes.find("eth0\t0000000A")) + routes.substr(routes.find("podrun0")), "podrun0"));
}

TEST_CASE("the allocation table: one address per owner, persistent, released, full", "[net][ipam]") {
  char tmpl[] = "/tmp/podrun-ipam-test-XXXXXX";
  std::string dir = ::mkdtemp(tmpl);
  auto s = *parse_cidr("10.9.9.0/30");  // exactly one pod address: .2
  {
    Ipam a(dir, "br-test", s);
    CHECK(a.allocate("default/one/u1") == "10.9.9.2");
    CHECK(a.allocate("default/one/u1") == "10.9.9.2");  // the same owner asks again
    CHECK_THROWS_WITH(a.allocate("default/two/u2"), Catch::Contains("no free address left in 10.9.9.0/30"));
  }
  Ipam b(dir, "br-test", s);  // a new process reads what the first one wrote
  CHECK(b.allocations().at("10.9.9.2") == "default/one/u1");
  CHECK_THROWS_WITH(Ipam(dir, "br-test", *parse_cidr("10.8.0.0/16")).allocate("x"), Catch::Contains("serves 10.9.9.0/30"));
  b.release("default/one/u1");
  CHECK(b.allocations().empty());
  CHECK(b.allocate("default/two/u2") == "10.9.9.2");
  CHECK(b.prune([](const std::string& owner) { return owner != "default/two/u2"; }) == 0);
  // A pooled sandbox's address handed to its pod: the same address, another owner.
  CHECK(b.allocate("pool 10@20") == "10.9.9.2");
  CHECK(b.reassign("pool 10@20", "/root/pods/default/web u3"));
  CHECK(b.allocations().at("10.9.9.2") == "/root/pods/default/web u3");
  CHECK_FALSE(b.reassign("pool 10@20", "/root/pods/default/other u4"));  // one pod per sandbox
  fs::remove_all(dir);
}

TEST_CASE("the allocation table is rewritten in place, and reads back whole as it grows and shrinks", "[net][ipam]") {
  char tmpl[] = "/tmp/podrun-ipam-test-XXXXXX";
  std::string dir = ::mkdtemp(tmpl);
  Ipam a(dir, "br-test", *parse_cidr("10.9.0.0/24"));
  CHECK(a.allocate("owner-0") == "10.9.0.2");
  const std::string file = dir + "/br-test.json";
  struct stat first {};
  REQUIRE(::stat(file.c_str(), &first) == 0);
  for (int i = 1; i < 20; ++i) a.allocate("owner-" + std::to_string(i));
  for (int i = 0; i < 19; ++i) a.release("owner-" + std::to_string(i));
  CHECK(a.allocate("owner-again") == "10.9.0.2");
  struct stat last {};
  REQUIRE(::stat(file.c_str(), &last) == 0);
  CHECK(last.st_ino == first.st_ino);  // the same file: no new one renamed over it
  CHECK(Ipam(dir, "br-test", *parse_cidr("10.9.0.0/24")).allocations() ==
        std::map<std::string, std::string>{{"10.9.0.2", "owner-again"}, {"10.9.0.21", "owner-19"}});
  auto text = podrun::files::read(file);
  REQUIRE(text);
  CHECK(text->size() == static_cast<std::size_t>(last.st_size));
  CHECK(text->back() == '\n');  // cut after the shorter table, not left padded
  CHECK_FALSE(fs::exists(file + ".tmp"));
  fs::remove_all(dir);
}

TEST_CASE("the masquerade ruleset: podrun's own table, replaced in one transaction", "[net][nat]") {
  std::string r = masquerade_ruleset("podrun-test0", "10.199.0.0/24");
  CHECK(nat_table_name("podrun-test0") == "podrun_podrun_test0");
  CHECK(r.rfind("table ip podrun_podrun_test0\ndelete table ip podrun_podrun_test0\n", 0) == 0);
  CHECK(r.find("type nat hook postrouting priority srcnat;") != std::string::npos);
  CHECK(r.find("ip saddr 10.199.0.0/24 ip daddr != 10.199.0.0/24 masquerade") != std::string::npos);
  CHECK(r.find("ip daddr 10.199.0.0/24 ct state established,related accept") != std::string::npos);
}
