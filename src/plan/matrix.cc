#include "plan/matrix.h"

#include <set>

namespace podrun::plan {

const char* sharing_name(Sharing s) {
  switch (s) {
    case Sharing::SharedPod: return "shared (pod)";
    case Sharing::SharedHost: return "shared (host)";
    case Sharing::Isolated: return "isolated";
  }
  return "";
}

namespace {

// `a` and `b` of containers named `an` and `bn` of one pod. A debug container that joins its
// target's namespace (Container) shares it with the target and with other debug containers
// of the same target.
Sharing between(const NsSource& a, const NsSource& b, const std::string& an = "", const std::string& bn = "") {
  using T = NsSource::Type;
  if (a.type == T::Host && b.type == T::Host) return Sharing::SharedHost;
  if (a.type == T::Pod && b.type == T::Pod) return Sharing::SharedPod;
  if (a.type == T::Container && (a.container == bn || (b.type == T::Container && b.container == a.container))) return Sharing::SharedPod;
  if (b.type == T::Container && b.container == an) return Sharing::SharedPod;
  return Sharing::Isolated;
}

// A pod-level view of a namespace kind: the host's when its containers use the host's.
NsSource pod_side(const PodPlan& p, NsKind k) {
  for (const auto& c : p.containers)
    if (c.namespaces.at(k).type != NsSource::Type::Host) return {NsSource::Type::Private, ""};
  return p.containers.empty() ? NsSource{} : NsSource{NsSource::Type::Host, ""};
}

std::set<std::string> volumes_of(const ContainerPlan& c) {
  std::set<std::string> v;
  for (const auto& m : c.mounts)
    if (!m.volume.empty()) v.insert(m.volume);
  return v;
}

}  // namespace

std::vector<MatrixRow> isolation_matrix(const Plan& plan) {
  std::vector<MatrixRow> rows;
  for (std::size_t pi = 0; pi < plan.pods.size(); ++pi) {
    const PodPlan& p = plan.pods[pi];
    std::string pod = p.ns + "/" + p.name;
    for (std::size_t i = 0; i < p.containers.size(); ++i) {
      const ContainerPlan& a = p.containers[i];
      for (std::size_t j = i + 1; j < p.containers.size(); ++j) {
        const ContainerPlan& b = p.containers[j];
        MatrixRow r{pod, a.name, b.name, {}, ""};
        for (std::size_t k = 0; k < kMatrixKinds.size(); ++k)
          r.cells[k] = between(a.namespaces.at(kMatrixKinds[k]), b.namespaces.at(kMatrixKinds[k]), a.name, b.name);
        std::set<std::string> va = volumes_of(a), vb = volumes_of(b);
        std::string shared;
        for (const auto& v : va)
          if (vb.count(v)) shared += (shared.empty() ? "" : ", ") + v;
        if (!shared.empty()) r.note = "both mount volume " + shared;
        rows.push_back(std::move(r));
      }
      MatrixRow h{pod, a.name, "host", {}, ""};
      for (std::size_t k = 0; k < kMatrixKinds.size(); ++k)
        h.cells[k] = a.namespaces.at(kMatrixKinds[k]).type == NsSource::Type::Host ? Sharing::SharedHost : Sharing::Isolated;
      for (const auto& m : a.mounts)
        if (m.source.kind == MountSource::Kind::Host && !m.volume.empty())
          h.note += (h.note.empty() ? "mounts host path " : ", ") + m.source.ref;
      rows.push_back(std::move(h));
    }
    for (std::size_t qi = pi + 1; qi < plan.pods.size(); ++qi) {
      const PodPlan& q = plan.pods[qi];
      MatrixRow r{pod, "pod " + pod, "pod " + q.ns + "/" + q.name, {}, ""};
      for (std::size_t k = 0; k < kMatrixKinds.size(); ++k)
        r.cells[k] = between(pod_side(p, kMatrixKinds[k]), pod_side(q, kMatrixKinds[k]));
      rows.push_back(std::move(r));
    }
  }
  return rows;
}

}  // namespace podrun::plan
