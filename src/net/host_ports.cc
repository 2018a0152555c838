#include "net/host_ports.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>

#include "common/files.h"
#include "net/nat.h"

namespace podrun::net {

std::string host_port_table(const std::string& pod_uid) {
  std::string hex;
  for (char c : pod_uid)
    if (c != '-' && hex.size() < 11) hex += c;
  return "podrun_hp_" + hex;
}

std::string host_port_ruleset(const std::string& table, const std::string& owner, const std::string& subnet, const std::string& pod_ip,
                              const std::vector<HostPort>& ports) {
  std::string dnat;
  for (const auto& p : ports) {
    std::string proto = p.transport == HostPort::Transport::Udp ? "udp" : "tcp";
    dnat += "    fib daddr type local " + (p.host_ip.empty() || p.host_ip == "0.0.0.0" ? "" : "ip daddr " + p.host_ip + " ") + proto +
            " dport " + std::to_string(p.host_port) + " dnat to " + pod_ip + ":" + std::to_string(p.container_port) + "\n";
  }
  // "table; delete table; table {...}": replaces an older copy atomically, in one transaction.
  return "table ip " + table + "\ndelete table ip " + table + "\ntable ip " + table + " {\n" + "  comment \"" + owner + "\"\n" +
         "  chain prerouting {\n    type nat hook prerouting priority dstnat; policy accept;\n" + dnat + "  }\n" +
         "  chain output {\n    type nat hook output priority -100; policy accept;\n" + dnat + "  }\n" +
         "  chain postrouting {\n    type nat hook postrouting priority srcnat; policy accept;\n" +
         "    ct status dnat ip saddr { 127.0.0.0/8, " + subnet + " } ip daddr " + pod_ip + " masquerade\n  }\n}\n";
}

std::vector<UniqueFd> reserve_host_ports(const std::vector<HostPort>& ports) {
  std::vector<UniqueFd> held;
  for (const auto& p : ports) {
    bool udp = p.transport == HostPort::Transport::Udp;
    std::string what = "hostPort " + std::to_string(p.host_port) + (udp ? "/UDP" : "");
    UniqueFd fd(::socket(AF_INET, (udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0));
    if (!fd) throw SysError(what, "socket", "", errno);
    // No SO_REUSEADDR: another socket may not bind the port while this one holds it, listening
    // or not. It never listens: connections are DNATed to the pod before they could reach it.
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(p.host_port));
    std::string ip = p.host_ip.empty() ? "0.0.0.0" : p.host_ip;
    if (::inet_pton(AF_INET, ip.c_str(), &a.sin_addr) != 1) throw SysError(what + ": hostIP " + ip + " is not an IPv4 address");
    if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
      throw SysError(what + " (another pod or program uses it)", "bind", ip + ":" + std::to_string(p.host_port), errno);
    held.push_back(std::move(fd));
  }
  return held;
}

void add_host_ports(const std::string& table, const std::string& ruleset) {
  run_nft(ruleset, "forward the pod's host ports (" + table + ")");
}

void remove_host_ports(const std::string& table) {
  run_nft("table ip " + table + "\ndelete table ip " + table + "\n", "remove the table " + table);
}

std::vector<std::pair<std::string, std::string>> host_port_tables() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& line : files::split(nft_output("list tables ip"), '\n')) {
    std::vector<std::string> w = files::words(line);
    if (w.size() != 3 || w[0] != "table" || w[1] != "ip" || w[2].rfind("podrun_hp_", 0) != 0) continue;
    std::string owner;
    for (const std::string& l : files::split(nft_output("list table ip " + w[2]), '\n')) {
      std::size_t at = l.find("comment \"");
      if (at != std::string::npos && owner.empty()) owner = l.substr(at + 9, l.rfind('"') - at - 9);
    }
    out.emplace_back(w[2], owner);
  }
  return out;
}

}  // namespace podrun::net
