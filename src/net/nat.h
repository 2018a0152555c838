// Outbound traffic of the pod network, masqueraded through the host, so that a pod reaches
// what the host reaches (a CNI bridge plugin's ipMasq): IPv4 forwarding on, and a table of
// podrun's own in nftables, made with the nft tool of Debian's nftables package when the
// bridge is made, removed with the bridge (podrun gc):
//
//   table ip podrun_<bridge> {
//     chain postrouting { type nat hook postrouting priority srcnat; ip saddr <subnet> ip daddr != <subnet> masquerade }
//     chain forward { type filter hook forward priority filter; ip saddr <subnet> accept; ip daddr <subnet> ct state established,related
//     accept } chain input { type filter hook input priority filter; iifname <bridge> ip daddr 127.0.0.0/8 ct state != { established,
//     related } drop }
//   }
//
// The input chain goes with route_localnet, which the bridge needs so that the host's own
// connections to 127.0.0.1:hostPort can be DNATed to a pod (net/host_ports.h): without the
// guard a pod could reach the host's loopback-only services through the bridge (kube-proxy's
// CVE-2020-8558, fixed the same way). Replies of those DNATed connections are established.
//
// nft runs once per bridge, not per pod. Another firewall's drop policy on forwarded
// traffic (Docker sets one) still applies: podrun does not edit other tables.
#pragma once

#include <string>

namespace podrun::net {

// The ruleset above, as nft reads it (pure; tested).
std::string masquerade_ruleset(const std::string& bridge, const std::string& subnet_cidr);
std::string nat_table_name(const std::string& bridge);

// Turns IPv4 forwarding on and loads the ruleset; throws SysError with nft's message.
void enable_masquerade(const std::string& bridge, const std::string& subnet_cidr);
// Removes the table (no error when it is not there).
void disable_masquerade(const std::string& bridge);

// nft -f - with `input` on its standard input; throws SysError naming `what`, with nft's
// message.
void run_nft(const std::string& input, const std::string& what);
// Whether frames the bridge switches between its ports also pass the IPv4 hooks (br_netfilter
// loaded with net.bridge.bridge-nf-call-iptables=1): then an inet table sees pod-to-pod traffic
// and no bridge-family table is needed.
bool bridged_frames_pass_inet_hooks();
// What `nft ARGS` prints ("" when nft fails or is not there).
std::string nft_output(const std::string& args);

}  // namespace podrun::net
