#include "net/pod_network.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include <stdexcept>

#include "common/error.h"
#include "common/fd.h"
#include "common/files.h"
#include "common/process.h"
#include "net/nat.h"
#include "net/netlink.h"

namespace podrun::net {

namespace {

Subnet subnet_of(const NetworkConfig& cfg) {
  auto s = parse_cidr(cfg.subnet);
  if (!s) throw std::runtime_error("pod network subnet " + cfg.subnet + " is not an IPv4 CIDR with a prefix of 8 to 30");
  return *s;
}

in_addr addr_of(std::uint32_t ip) { return in_addr{htonl(ip)}; }

// IPv6 router advertisements and redirects ignored on a link of the host's (the bridge, a
// pod's host-side veth), as the CNI bridge plugin does since CVE-2020-10749: a pod's RA would
// otherwise give the host an address and a route on the pod network. The host's own
// interfaces and defaults are left alone. A kernel without IPv6 has nothing to turn off.
void ignore_router_advertisements(const std::string& link) {
  for (const char* knob : {"accept_ra", "accept_redirects"}) {
    std::string path = "/proc/sys/net/ipv6/conf/" + link + "/" + knob;
    if (!files::write(path, "0") && errno != ENOENT) throw SysError("turn off IPv6 router advertisements on " + link, "write", path, errno);
  }
}

// The bridge, made on first use; two pods starting at once may both try: EEXIST is fine.
int ensure_bridge(Netlink& nl, const NetworkConfig& cfg, const Subnet& s) {
  int index = nl.link_index(cfg.bridge);
  if (index == 0) {
    if (auto clash = overlapping_route(s, files::read("/proc/net/route").value_or(""), cfg.bridge))
      throw SysError("pod network " + cfg.subnet + " overlaps the route " + *clash +
                     " of this host; choose another with podrun apply --subnet");
    try {
      nl.create_bridge(cfg.bridge);
      // The bridge is new: its outbound traffic is masqueraded (once per bridge), and the
      // host's connections to 127.0.0.1:hostPort may be routed to it once DNATed to a pod, with
      // the guard against the reverse that the ruleset holds (net/nat.h).
      enable_masquerade(cfg.bridge, ip_string(s.network) + "/" + std::to_string(s.prefix));
      std::string localnet = "/proc/sys/net/ipv4/conf/" + cfg.bridge + "/route_localnet";
      if (!files::write(localnet, "1")) throw SysError("route 127.0.0.1 to the pods' host ports", "write", localnet, errno);
    } catch (const SysError& e) {
      if (e.err != EEXIST) throw;
    }
    index = nl.link_index(cfg.bridge);
    if (index == 0) throw SysError("create the bridge " + cfg.bridge, "if_nametoindex", cfg.bridge, ENODEV);
  }
  ignore_router_advertisements(cfg.bridge);               // also on a bridge an older podrun made
  nl.add_address(index, addr_of(s.gateway()), s.prefix);  // NLM_F_REPLACE: idempotent
  nl.set_up(index);
  return index;
}

}  // namespace

std::string address_owner(const std::string& pod_dir, const std::string& uid) { return pod_dir + " " + uid; }

PodAddress allocate_address(const NetworkConfig& cfg, const std::string& owner) {
  Subnet s = subnet_of(cfg);
  Ipam ipam(cfg.state_dir, cfg.bridge, s);
  PodAddress a;
  a.ip = ipam.allocate(owner);
  a.gateway = ip_string(s.gateway());
  a.prefix = s.prefix;
  return a;
}

std::string pod_veth_name(const char* prefix, unsigned long netns_inode) { return prefix + std::to_string(netns_inode); }

void release_address(const NetworkConfig& cfg, const std::string& owner) { Ipam(cfg.state_dir, cfg.bridge, subnet_of(cfg)).release(owner); }

void reassign_address(const NetworkConfig& cfg, const std::string& from, const std::string& to) {
  if (!Ipam(cfg.state_dir, cfg.bridge, subnet_of(cfg)).reassign(from, to))
    throw std::runtime_error("the pooled sandbox's address (owner `" + from + "`) is no longer allocated");
}

void attach_pod(const NetworkConfig& cfg, PodAddress& addr, int pod_netns_fd, const char* veth_prefix) {
  Subnet s = subnet_of(cfg);
  struct stat ns {};
  if (::fstat(pod_netns_fd, &ns) != 0) throw SysError("name the pod's veth", "fstat", "its network namespace", errno);
  addr.host_veth = pod_veth_name(veth_prefix, ns.st_ino);
  Netlink host;
  int bridge = ensure_bridge(host, cfg, s);
  // 1. The pair, its peer born inside the pod as eth0; the host end up on the bridge.
  host.create_veth(addr.host_veth, bridge, "eth0", pod_netns_fd);
  ignore_router_advertisements(addr.host_veth);  // before it is up: no RA is ever taken
  host.set_up(host.link_index(addr.host_veth));
  // 2. Inside the pod: eth0 up with its address, the default route via the bridge.
  Netlink pod = Netlink::in_namespace(pod_netns_fd);
  int eth0 = 0;
  {
    // if_nametoindex answers for our own namespace; ask the pod's through its socket instead.
    UniqueFd own(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC));
    if (::setns(pod_netns_fd, CLONE_NEWNET) != 0) throw SysError("configure eth0 in the pod", "setns", "net", errno);
    eth0 = pod.link_index("eth0");
    if (::setns(own.get(), CLONE_NEWNET) != 0) throw SysError("return to the host's network namespace", "setns", "net", errno);
  }
  if (eth0 == 0) throw SysError("configure eth0 in the pod", "if_nametoindex", "eth0", ENODEV);
  auto ip = parse_ip(addr.ip);
  // The address may have been another pod's a moment ago (addresses are reused): the old
  // pod's MAC is then still in neighbour caches, the host's for up to a minute (REACHABLE,
  // then STALE, DELAY, PROBE), and the host's probes, Service DNAT and NodePorts would send to
  // it. The host forgets its entry; eth0 announces itself when it comes up (arp_notify: a
  // gratuitous ARP, which other pods' caches take too).
  {
    UniqueFd own(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC));
    if (::setns(pod_netns_fd, CLONE_NEWNET) != 0) throw SysError("configure eth0 in the pod", "setns", "net", errno);
    files::write("/proc/sys/net/ipv4/conf/eth0/arp_notify", "1");  // best effort: an older kernel may lack it
    if (::setns(own.get(), CLONE_NEWNET) != 0) throw SysError("return to the host's network namespace", "setns", "net", errno);
  }
  host.forget_neighbor(bridge, addr_of(*ip));
  pod.add_address(eth0, addr_of(*ip), s.prefix);
  pod.set_up(eth0);
  pod.add_default_route(addr_of(s.gateway()));
}

bool remove_bridge_if_unused(const std::string& bridge) {
  if (::if_nametoindex(bridge.c_str()) == 0) return false;
  auto plugged = [&bridge] {
    std::vector<files::Entry> ports;
    return files::list("/sys/class/net/" + bridge + "/brif", ports) && !ports.empty();
  };
  for (int i = 0; plugged() && i < 100; ++i) ::usleep(10'000);
  if (plugged()) return false;
  Netlink nl;
  nl.delete_link(nl.link_index(bridge));
  disable_masquerade(bridge);
  return true;
}

}  // namespace podrun::net
