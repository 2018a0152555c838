// Which pods a sandbox made before them serves (plan/sandbox_pool.h): each row a pod spec,
// planned as apply plans it, and whether a sandbox of the pool's shape (own network, IPC and
// UTS namespaces, no shared PID namespace, no user namespace) fits it, or the reason it does
// not; then the same for the shape with a PID namespace that apply's own supervisor makes
// ahead for a pod whose containers share one.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "common/diagnostic.h"
#include "loader/loader.h"
#include "plan/planner.h"
#include "plan/sandbox_pool.h"

using namespace podrun;

namespace {

std::string misfit_of(const std::string& spec_lines, plan::SandboxShape shape = plan::SandboxShape::Pool) {
  std::string yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n" + spec_lines +
                     "  containers:\n  - {name: a, image: busybox, command: [sleep, \"1\"]}\n";
  loader::LoadResult r = loader::load_text("t.yaml", yaml, loader::LoadOptions{});
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics)
      if (diag.severity == Severity::Error) FAIL(format_diagnostic(d.file, diag));
  plan::PlanInput in;
  in.pods = &r.pods;
  in.configmaps = &r.configmaps;
  in.secrets = &r.secrets;
  plan::Plan p = plan::make_plan(in);
  REQUIRE(p.pods.size() == 1);
  // Asked of the spec before planning (apply's early supervisor), the answers are the same.
  CHECK(plan::pooled_sandbox_misfit(r.pods[0].spec) == plan::pooled_sandbox_misfit(p.pods[0]));
  std::optional<plan::SandboxShape> fits;
  for (plan::SandboxShape s : {plan::SandboxShape::Pool, plan::SandboxShape::SharedPid})
    if (!fits && plan::sandbox_misfit(p.pods[0], s).empty()) fits = s;
  CHECK(plan::ahead_sandbox_shape(r.pods[0].spec) == fits);
  return plan::sandbox_misfit(p.pods[0], shape);
}

}  // namespace

TEST_CASE("a pooled sandbox fits pods with their own network, IPC and hostname (table)", "[plan][sandbox-pool]") {
  struct Row {
    const char* spec;
    const char* misfit;  // "" when it fits
  } rows[] = {
      {"", ""},
      {"  hostname: web-0\n  subdomain: web\n", ""},
      {"  securityContext: {sysctls: [{name: net.ipv4.ip_unprivileged_port_start, value: \"0\"}]}\n", ""},
      {"  hostNetwork: true\n", "it uses the host's network"},
      {"  hostIPC: true\n", "it uses the host's IPC namespace"},
      {"  shareProcessNamespace: true\n", "its containers share one PID namespace"},
      {"  hostPID: true\n", ""},  // the host's PID namespace: the pause holder makes none either way
      {"  hostUsers: false\n", "it has a user namespace of its own (hostUsers: false)"},
  };
  for (const auto& row : rows) {
    INFO(row.spec);
    CHECK(misfit_of(row.spec) == row.misfit);
  }
}

TEST_CASE("a sandbox made ahead with a PID namespace fits pods whose containers share one (table)", "[plan][sandbox-pool]") {
  struct Row {
    const char* spec;
    const char* misfit;  // "" when it fits
  } rows[] = {
      {"  shareProcessNamespace: true\n", ""},
      {"  shareProcessNamespace: true\n  hostname: web-0\n", ""},
      {"", "its containers do not share one PID namespace"},
      {"  hostPID: true\n", "its containers do not share one PID namespace"},
      {"  shareProcessNamespace: true\n  hostNetwork: true\n", "it uses the host's network"},
      {"  shareProcessNamespace: true\n  hostIPC: true\n", "it uses the host's IPC namespace"},
      {"  shareProcessNamespace: true\n  hostUsers: false\n", "it has a user namespace of its own (hostUsers: false)"},
  };
  for (const auto& row : rows) {
    INFO(row.spec);
    CHECK(misfit_of(row.spec, plan::SandboxShape::SharedPid) == row.misfit);
  }
}
