// A Service (v1), typed: a stable virtual IP and DNS name in front of the ready pods its
// selector matches. podrun runs ClusterIP (and headless, clusterIP: None) and NodePort.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "model/model.h"

namespace podrun::model {

struct ServicePort {
  std::string name;
  std::string protocol = "TCP";  // TCP or UDP
  int port = 0;
  int target_port = 0;           // a number, or
  std::string target_port_name;  // a container port's name
  int node_port = 0;             // NodePort: allocated when 0
};

struct Service {
  ObjectMeta metadata;
  enum class Type { ClusterIP, NodePort } type = Type::ClusterIP;
  std::string cluster_ip;  // "" = allocate; "None" = headless
  std::vector<ServicePort> ports;
  std::map<std::string, std::string> selector;  // empty: no endpoints are managed
  bool client_ip_affinity = false;              // sessionAffinity: ClientIP
  int affinity_timeout_seconds = 10800;
  bool publish_not_ready = false;
  bool headless() const { return cluster_ip == "None"; }
  std::string file;
  Mark mark;
};

}  // namespace podrun::model
