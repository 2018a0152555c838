#include "net/netlink.h"

#include <fcntl.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <net/if.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <vector>

namespace podrun::net {

namespace {

// A request under construction: the netlink header, a fixed body, then attributes, some
// nested. Offsets, not pointers: the buffer grows.
class Message {
 public:
  Message(std::uint16_t type, std::uint16_t flags) {
    buf_.resize(NLMSG_HDRLEN);
    hdr()->nlmsg_type = type;
    hdr()->nlmsg_flags = static_cast<std::uint16_t>(NLM_F_REQUEST | NLM_F_ACK | flags);
  }
  template <typename T>
  T* body() {
    std::size_t off = buf_.size();
    buf_.resize(off + NLMSG_ALIGN(sizeof(T)));
    return reinterpret_cast<T*>(buf_.data() + off);
  }
  void attr(std::uint16_t type, const void* data, std::size_t len) {
    std::size_t off = buf_.size();
    buf_.resize(off + RTA_ALIGN(RTA_LENGTH(len)));
    auto* rta = reinterpret_cast<rtattr*>(buf_.data() + off);
    rta->rta_type = type;
    rta->rta_len = static_cast<unsigned short>(RTA_LENGTH(len));
    if (len) std::memcpy(RTA_DATA(rta), data, len);
  }
  void attr_str(std::uint16_t type, const std::string& s) { attr(type, s.c_str(), s.size() + 1); }
  void attr_u32(std::uint16_t type, std::uint32_t v) { attr(type, &v, sizeof v); }
  std::size_t begin_nested(std::uint16_t type) {
    std::size_t off = buf_.size();
    attr(type, nullptr, 0);
    return off;
  }
  void end_nested(std::size_t off) {
    reinterpret_cast<rtattr*>(buf_.data() + off)->rta_len = static_cast<unsigned short>(buf_.size() - off);
  }
  void* data() {
    hdr()->nlmsg_len = static_cast<std::uint32_t>(buf_.size());
    return buf_.data();
  }
  std::size_t size() const { return buf_.size(); }

 private:
  nlmsghdr* hdr() { return reinterpret_cast<nlmsghdr*>(buf_.data()); }
  std::vector<char> buf_;
};

UniqueFd open_socket() {
  UniqueFd fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
  if (!fd) throw SysError("open rtnetlink", "socket", "", errno);
  sockaddr_nl sa{};
  sa.nl_family = AF_NETLINK;
  if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) throw SysError("open rtnetlink", "bind", "", errno);
  return fd;
}

}  // namespace

Netlink::Netlink() : fd_(open_socket()) {}

Netlink Netlink::in_namespace(int netns_fd) {
  UniqueFd own(::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC));
  if (!own) throw SysError("open rtnetlink in the pod", "open", "/proc/self/ns/net", errno);
  if (::setns(netns_fd, CLONE_NEWNET) != 0) throw SysError("open rtnetlink in the pod", "setns", "net", errno);
  UniqueFd fd;
  int err = 0;
  try {
    fd = open_socket();
  } catch (const SysError& e) {
    err = e.err ? e.err : EIO;
  }
  if (::setns(own.get(), CLONE_NEWNET) != 0) throw SysError("return to the host's network namespace", "setns", "net", errno);
  if (err) throw SysError("open rtnetlink in the pod", "socket", "", err);
  return Netlink(std::move(fd));
}

void Netlink::request(void* msg, std::size_t len, const std::string& what) {
  if (int err = request_errno(msg, len, what)) throw SysError(what, "rtnetlink", "", err);
}

int Netlink::request_errno(void* msg, std::size_t len, const std::string& what) {
  auto* h = static_cast<nlmsghdr*>(msg);
  h->nlmsg_seq = seq_++;
  if (::send(fd_.get(), msg, len, 0) != static_cast<ssize_t>(len)) throw SysError(what, "send", "rtnetlink", errno);
  char buf[8192];
  for (;;) {
    ssize_t n = ::recv(fd_.get(), buf, sizeof buf, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw SysError(what, "recv", "rtnetlink", errno);
    for (auto* r = reinterpret_cast<nlmsghdr*>(buf); NLMSG_OK(r, static_cast<unsigned>(n)); r = NLMSG_NEXT(r, n)) {
      if (r->nlmsg_seq != h->nlmsg_seq || r->nlmsg_type != NLMSG_ERROR) continue;
      return -static_cast<nlmsgerr*>(NLMSG_DATA(r))->error;
    }
  }
}

int Netlink::link_index(const std::string& name) { return static_cast<int>(::if_nametoindex(name.c_str())); }

void Netlink::create_bridge(const std::string& name) {
  Message m(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
  m.body<ifinfomsg>()->ifi_family = AF_UNSPEC;
  m.attr_str(IFLA_IFNAME, name);
  auto info = m.begin_nested(IFLA_LINKINFO);
  m.attr_str(IFLA_INFO_KIND, "bridge");
  m.end_nested(info);
  request(m.data(), m.size(), "create the bridge " + name);
}

void Netlink::create_veth(const std::string& host_name, int master_index, const std::string& peer_name, int peer_netns_fd) {
  Message m(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL);
  m.body<ifinfomsg>()->ifi_family = AF_UNSPEC;
  m.attr_str(IFLA_IFNAME, host_name);
  m.attr_u32(IFLA_MASTER, static_cast<std::uint32_t>(master_index));
  auto info = m.begin_nested(IFLA_LINKINFO);
  m.attr_str(IFLA_INFO_KIND, "veth");
  auto data = m.begin_nested(IFLA_INFO_DATA);
  auto peer = m.begin_nested(VETH_INFO_PEER);
  m.body<ifinfomsg>()->ifi_family = AF_UNSPEC;  // the peer's ifinfomsg comes first
  m.attr_str(IFLA_IFNAME, peer_name);
  m.attr_u32(IFLA_NET_NS_FD, static_cast<std::uint32_t>(peer_netns_fd));
  m.end_nested(peer);
  m.end_nested(data);
  m.end_nested(info);
  request(m.data(), m.size(), "create the veth " + host_name);
}

void Netlink::set_up(int index) {
  Message m(RTM_NEWLINK, 0);
  auto* ifi = m.body<ifinfomsg>();
  ifi->ifi_family = AF_UNSPEC;
  ifi->ifi_index = index;
  ifi->ifi_flags = IFF_UP;
  ifi->ifi_change = IFF_UP;
  request(m.data(), m.size(), "bring link " + std::to_string(index) + " up");
}

void Netlink::add_address(int index, in_addr addr, int prefix) {
  Message m(RTM_NEWADDR, NLM_F_CREATE | NLM_F_REPLACE);
  auto* ifa = m.body<ifaddrmsg>();
  ifa->ifa_family = AF_INET;
  ifa->ifa_prefixlen = static_cast<unsigned char>(prefix);
  ifa->ifa_index = static_cast<unsigned>(index);
  ifa->ifa_scope = RT_SCOPE_UNIVERSE;
  m.attr(IFA_LOCAL, &addr, sizeof addr);
  m.attr(IFA_ADDRESS, &addr, sizeof addr);
  request(m.data(), m.size(), "add an address to link " + std::to_string(index));
}

void Netlink::add_default_route(in_addr gateway) {
  Message m(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL);
  auto* rt = m.body<rtmsg>();
  rt->rtm_family = AF_INET;
  rt->rtm_table = RT_TABLE_MAIN;
  rt->rtm_protocol = RTPROT_BOOT;
  rt->rtm_scope = RT_SCOPE_UNIVERSE;
  rt->rtm_type = RTN_UNICAST;
  m.attr(RTA_GATEWAY, &gateway, sizeof gateway);
  request(m.data(), m.size(), "add the default route");
}

void Netlink::forget_neighbor(int index, in_addr addr) {
  Message m(RTM_DELNEIGH, 0);
  auto* nd = m.body<ndmsg>();
  nd->ndm_family = AF_INET;
  nd->ndm_ifindex = index;
  m.attr(NDA_DST, &addr, sizeof addr);
  // None (the usual case, ENOENT) is nothing to forget. Not an exception: the first one a
  // static supervisor throws costs it about 1 ms of unwinder set-up, on every pod start.
  const char* what = "forget the neighbour entry of an address";
  if (int err = request_errno(m.data(), m.size(), what); err && err != ENOENT) throw SysError(what, "rtnetlink", "", err);
}

void Netlink::delete_link(int index) {
  Message m(RTM_DELLINK, 0);
  auto* ifi = m.body<ifinfomsg>();
  ifi->ifi_family = AF_UNSPEC;
  ifi->ifi_index = index;
  request(m.data(), m.size(), "delete link " + std::to_string(index));
}

}  // namespace podrun::net
