// NetworkPolicies as the loader reads them (checks: network_policies.cc, as a Checker method).
#pragma once

#include <nlohmann/json.hpp>

#include "model/network_policy.h"

namespace podrun::loader {

// A valid NetworkPolicy (JSON) → its typed model, with the API server's defaults (protocol
// TCP, policyTypes from the rules present) and IPv4 blocks in their canonical form
// ("10.0.0.1/8" → "10.0.0.0/8", as the API server reads the legacy form).
model::NetworkPolicy decode_network_policy(const nlohmann::json& object);

}  // namespace podrun::loader
