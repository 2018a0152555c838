// Outbound traffic of the pod network, masqueraded through the host, so that a pod reaches
// what the host reaches (a CNI bridge plugin's ipMasq): IPv4 forwarding on, and a table of
// podrun's own in nftables, made with the nft tool of Debian's nftables package when the
// bridge is made, removed with the bridge (podrun gc):
//
//   table ip podrun_<bridge> {
//     chain postrouting { type nat hook postrouting priority srcnat; ip saddr <subnet> ip daddr != <subnet> masquerade }
//     chain forward { type filter hook forward priority filter; ip saddr <subnet> accept; ip daddr <subnet> ct state established,related accept }
//   }
//
// nft runs once per bridge, not per pod. Another firewall's drop policy on forwarded
// traffic (Docker sets one) still applies: podrun does not edit other tables.
#pragma once

#include <string>

namespace podrun::net {

// The ruleset above, as nft reads it (pure; tested).
std::string masquerade_ruleset(const std::string& bridge, const std::string& subnet_cidr);
std::string nat_table_name(const std::string& bridge);

// Turns IPv4 forwarding on and loads the ruleset; throws exec::ExecError with nft's message.
void enable_masquerade(const std::string& bridge, const std::string& subnet_cidr);
// Removes the table (no error when it is not there).
void disable_masquerade(const std::string& bridge);

}  // namespace podrun::net
