// Deployments and Jobs as the loader reads them: the API server's rules (a manifest and its
// first error, or none, with the position the error names), the template checked as a Pod at
// the template's own positions, podrun's support policy, and the typed model with defaults.
#include <catch2/catch.hpp>

#include "loader/loader.h"

using namespace podrun::loader;

namespace {

const char* kDeployment = R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - {name: c, image: busybox}
)";

const char* kJob = R"(apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: c, image: busybox}
)";

// The first error of `text` as "line:col path: message", or "".
std::string first_error(const std::string& text) {
  LoadResult r = load_text("w.yaml", text, LoadOptions{});
  for (const auto& d : r.documents)
    for (const auto& diag : d.diagnostics)
      if (diag.severity == podrun::Severity::Error)
        return std::to_string(diag.mark.line) + ":" + std::to_string(diag.mark.column) + " " + diag.path + ": " + diag.message;
  return "";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("workloads: valid Deployment and Job load into the model with the API's defaults", "[loader][workloads]") {
  LoadResult r = load_text("w.yaml", std::string(kDeployment) + "---\n" + kJob, LoadOptions{});
  REQUIRE(r.workloads.size() == 2);
  const auto& d = r.workloads[0];
  CHECK(d.kind == "Deployment");
  CHECK(d.deployment.replicas == 1);
  CHECK(d.deployment.strategy == podrun::model::DeploymentSpec::Strategy::RollingUpdate);
  CHECK(d.deployment.max_surge.percent);
  CHECK(d.deployment.max_surge.value == 25);
  CHECK(d.deployment.revision_history_limit == 10);
  CHECK(d.deployment.progress_deadline_seconds == 600);
  CHECK(d.deployment.selector.matches({{"app", "web"}}));
  CHECK(d.template_labels.at("app") == "web");
  const auto& j = r.workloads[1];
  CHECK(j.kind == "Job");
  CHECK(j.job.parallelism == 1);
  CHECK_FALSE(j.job.completions);
  CHECK(j.job.backoff_limit == 6);
  CHECK(r.pods.empty());
}

TEST_CASE("workloads: the API server's rules, each at its position (table)", "[loader][workloads]") {
  struct Row {
    std::string text, error;
  };
  std::vector<Row> rows = {
      {kDeployment, ""},
      {kJob, ""},
      {replaced(kDeployment, "apps/v1", "v1"), "1:13 apiVersion: apiVersion \"v1\" is not valid for kind Deployment (use apps/v1)"},
      {replaced(kDeployment, "labels: {app: web}}", "labels: {app: other}}"),
       "7:24 spec.template.metadata.labels: invalid value: `selector` does not match template `labels`"},
      {replaced(kDeployment, "  selector: {matchLabels: {app: web}}\n", "  selector: {}\n"),
       "5:13 spec.selector: empty selector is invalid for deployment"},
      {replaced(kDeployment, "    spec:\n", "    spec:\n      restartPolicy: OnFailure\n"),
       "9:22 spec.template.spec.restartPolicy: unsupported value \"OnFailure\": supported values: \"Always\""},
      {replaced(kDeployment, "  selector:", "  strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}\n  selector:"),
       "5:59 spec.strategy.rollingUpdate.maxUnavailable: may not be 0 when `maxSurge` is 0"},
      {replaced(kDeployment, "  selector:", "  strategy: {type: Recreate, rollingUpdate: {}}\n  selector:"),
       "5:45 spec.strategy.rollingUpdate: may not be specified when strategy `type` is 'Recreate'"},
      {replaced(kDeployment, "  selector:", "  strategy: {rollingUpdate: {maxSurge: \"3\"}}\n  selector:"),
       "5:40 spec.strategy.rollingUpdate.maxSurge: invalid value \"3\": must be an integer or percentage (e.g. '5%')"},
      // The template is a Pod: its errors at the template's own positions.
      {replaced(kDeployment, "image: busybox", "image: \"\""), "10:26 spec.template.spec.containers[0].image: is required"},
      {replaced(kJob, "      restartPolicy: Never\n", ""),
       "7:7 spec.template.spec.restartPolicy: required value: valid values: \"OnFailure\", \"Never\""},
      {replaced(kJob, "spec:\n  template:", "spec:\n  completionMode: Indexed\n  template:"),
       "5:3 spec.completions: required value: when completion mode is Indexed"},
      {replaced(kJob, "spec:\n  template:", "spec:\n  selector: {matchLabels: {a: b}}\n  template:"),
       "5:13 spec.selector: invalid value: `selector` will be auto-generated (set manualSelector: true to give one)"},
      {replaced(kJob, "spec:\n  template:",
                "spec:\n  podFailurePolicy: {rules: [{action: FailJob, onExitCodes: {operator: In, values: [0]}}]}\n  template:"),
       "5:85 spec.podFailurePolicy.rules[0].onExitCodes.values[0]: invalid value 0: must not be 0 for the In operator"},
      {replaced(kJob, "spec:\n  template:", "spec:\n  backoffLimitPerIndex: 1\n  template:"),
       "5:3 spec.backoffLimitPerIndex: podrun's Job controller does not support backoffLimitPerIndex"},
      {replaced(kJob, "spec:\n  template:", "spec:\n  parallelism: -1\n  template:"),
       "5:16 spec.parallelism: must be greater than or equal to 0"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    std::string got = first_error(row.text);
    CHECK(got == row.error);
  }
}

TEST_CASE("workloads: ReplicaSets are still refused, naming their template", "[loader][workloads]") {
  std::string rs = replaced(kDeployment, "kind: Deployment", "kind: ReplicaSet");
  CHECK(first_error(rs).find("kind ReplicaSet is not supported by podrun; use a Pod (this ReplicaSet's spec.template is one)") !=
        std::string::npos);
}

TEST_CASE("statefulsets: claims mounted by the template, the API server's rules, and the model", "[loader][workloads]") {
  const std::string sts = R"(apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - {name: c, image: busybox, volumeMounts: [{name: data, mountPath: /data}]}
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
)";
  CHECK(first_error(sts) == "");
  // Without the claim, the mount names no volume, at the template's position.
  CHECK(first_error(sts.substr(0, sts.find("  volumeClaimTemplates:"))).find("11:") == 0);
  CHECK(first_error(replaced(sts, "  serviceName:", "  podManagementPolicy: Sometimes\n  serviceName:")) ==
        "5:24 spec.podManagementPolicy: unsupported value \"Sometimes\": supported values: \"OrderedReady\", \"Parallel\"");
  CHECK(first_error(replaced(sts, "  serviceName:", "  updateStrategy: {rollingUpdate: {maxUnavailable: 0}}\n  serviceName:")) ==
        "5:52 spec.updateStrategy.rollingUpdate.maxUnavailable: must be greater than 0");
  CHECK(first_error(replaced(sts, "  serviceName:", "  updateStrategy: {type: OnDelete, rollingUpdate: {partition: 1}}\n  serviceName:")) ==
        "5:51 spec.updateStrategy.rollingUpdate: only allowed for updateStrategy 'RollingUpdate'");
  CHECK(first_error(replaced(sts, "  serviceName:", "  persistentVolumeClaimRetentionPolicy: {whenDeleted: Keep}\n  serviceName:")) ==
        "5:55 spec.persistentVolumeClaimRetentionPolicy.whenDeleted: unsupported value \"Keep\": supported values: \"Retain\", "
        "\"Delete\"");
  CHECK(first_error(replaced(sts, "{accessModes: [ReadWriteOnce], ", "{")) ==
        "14:11 spec.volumeClaimTemplates[0].spec.accessModes: at least 1 access mode is required");
  LoadResult r = load_text("s.yaml",
                           replaced(sts, "  serviceName:",
                                    "  replicas: 3\n  podManagementPolicy: Parallel\n  ordinals: {start: 2}\n"
                                    "  updateStrategy: {rollingUpdate: {partition: 1}}\n"
                                    "  persistentVolumeClaimRetentionPolicy: {whenScaled: Delete}\n  serviceName:"),
                           LoadOptions{});
  REQUIRE(r.workloads.size() == 1);
  const auto& t = r.workloads[0].statefulset;
  CHECK(t.replicas == 3);
  CHECK(t.parallel);
  CHECK(t.ordinals_start == 2);
  CHECK(t.partition == 1);
  CHECK(t.service_name == "db");
  CHECK(t.claims == std::vector<std::string>{"data"});
  CHECK(t.delete_claims_when_scaled);
  CHECK_FALSE(t.delete_claims_when_deleted);
}

TEST_CASE("pods: a persistentVolumeClaim volume is a local claim", "[loader][workloads]") {
  const std::string pod = R"(apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - {name: c, image: busybox, volumeMounts: [{name: d, mountPath: /d}]}
  volumes:
  - {name: d, persistentVolumeClaim: {claimName: data-db-0, readOnly: true}}
)";
  LoadResult r = load_text("p.yaml", pod, LoadOptions{});
  REQUIRE(r.pods.size() == 1);
  REQUIRE(r.pods[0].spec.volumes.size() == 1);
  CHECK(r.pods[0].spec.volumes[0].type == podrun::model::Volume::Type::PersistentVolumeClaim);
  CHECK(r.pods[0].spec.volumes[0].source_name == "data-db-0");
  CHECK(r.pods[0].spec.volumes[0].claim_read_only);
}

TEST_CASE("services: the API server's rules and podrun's policy (table)", "[loader][workloads][services]") {
  const std::string base = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n";
  struct Row {
    std::string spec, error;
  };
  std::vector<Row> rows = {
      {"  selector: {app: web}\n  ports: [{port: 80, targetPort: web}]\n", ""},
      {"  clusterIP: None\n  selector: {app: db}\n", ""},
      {"  type: NodePort\n  ports: [{port: 80, nodePort: 30080}]\n", ""},
      {"  selector: {app: web}\n", "5:3 spec.ports: required value"},
      {"  ports: [{port: 80}, {port: 81}]\n", "5:11 spec.ports[0].name: required value"},
      {"  ports: [{name: a, port: 80}, {name: a, port: 81}]\n", "5:39 spec.ports[1].name: duplicate value \"a\""},
      {"  ports: [{port: 80, nodePort: 30080}]\n", "5:32 spec.ports[0].nodePort: forbidden: may not be used when `type` is 'ClusterIP'"},
      {"  type: NodePort\n  ports: [{port: 80, nodePort: 80}]\n",
       "6:32 spec.ports[0].nodePort: invalid value 80: provided port is not in the valid range. The range of valid ports is 30000-32767"},
      {"  clusterIP: 10.96.0.300\n  ports: [{port: 80}]\n",
       "5:14 spec.clusterIP: invalid value \"10.96.0.300\": must be empty, 'None', or a valid IP address"},
      {"  ports: [{port: 80, targetPort: Web_Port}]\n",
       "5:34 spec.ports[0].targetPort: invalid value \"Web_Port\": must contain only lowercase alphanumeric characters or '-' (an IANA "
       "service name)"},
      {"  type: LoadBalancer\n  ports: [{port: 80}]\n",
       "5:9 spec.type: a Service of type LoadBalancer is not run by podrun (one machine: no cloud load balancer, no external names); use "
       "ClusterIP or NodePort"},
      {"  ports: [{port: 80, protocol: SCTP}]\n", "5:32 spec.ports[0].protocol: podrun's services carry TCP and UDP, not SCTP"},
  };
  for (const auto& row : rows) {
    INFO(row.spec);
    CHECK(first_error(base + row.spec) == row.error);
  }
  LoadResult r = load_text("s.yaml", base + rows[0].spec, LoadOptions{});
  REQUIRE(r.services.size() == 1);
  CHECK(r.services[0].ports[0].target_port_name == "web");
  CHECK(r.services[0].selector.at("app") == "web");
  CHECK(r.services[0].type == podrun::model::Service::Type::ClusterIP);
}

TEST_CASE("cronjobs: the schedule, the time zone, and the jobTemplate checked as a Job (table)", "[loader][workloads][cronjob]") {
  const std::string base = R"(apiVersion: batch/v1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - {name: c, image: busybox}
)";
  struct Row {
    std::string text, error;
  };
  std::vector<Row> rows = {
      {base, ""},
      {replaced(base, "\"*/5 * * * *\"", "\"*/5 * * *\""),
       "5:13 spec.schedule: invalid value \"*/5 * * *\": expected exactly 5 fields, found 4: [*/5 * * *]"},
      {replaced(base, "  jobTemplate:", "  timeZone: Mars/Olympus\n  jobTemplate:"),
       "6:13 spec.timeZone: invalid value \"Mars/Olympus\": unknown time zone Mars/Olympus"},
      {replaced(base, "  jobTemplate:", "  concurrencyPolicy: Sometimes\n  jobTemplate:"),
       "6:22 spec.concurrencyPolicy: unsupported value \"Sometimes\": supported values: \"Allow\", \"Forbid\", \"Replace\""},
      {replaced(base, "restartPolicy: OnFailure", "restartPolicy: Always"),
       "10:26 spec.jobTemplate.spec.template.spec.restartPolicy: unsupported value \"Always\": supported values: \"OnFailure\", \"Never\""},
      {replaced(base, "image: busybox", "image: \"\""), "12:30 spec.jobTemplate.spec.template.spec.containers[0].image: is required"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(first_error(row.text) == row.error);
  }
  LoadResult r = load_text("c.yaml", base, LoadOptions{});
  REQUIRE(r.workloads.size() == 1);
  CHECK(r.workloads[0].cronjob.schedule == "*/5 * * * *");
  CHECK(r.workloads[0].cronjob.successful_history == 3);
  CHECK(r.workloads[0].cronjob.failed_history == 1);
}

TEST_CASE("daemonsets: the API server's rules, and one pod rolled with the DaemonSet's defaults", "[loader][workloads]") {
  std::string ds = replaced(kDeployment, "kind: Deployment", "kind: DaemonSet");
  CHECK(first_error(ds) == "");
  CHECK(first_error(replaced(ds, "  selector:", "  updateStrategy: {type: OnDelete, rollingUpdate: {}}\n  selector:")) ==
        "5:51 spec.updateStrategy.rollingUpdate: may not be specified when strategy `type` is 'OnDelete'");
  CHECK(first_error(replaced(ds, "  selector:", "  updateStrategy: {rollingUpdate: {maxUnavailable: 0}}\n  selector:")) ==
        "5:52 spec.updateStrategy.rollingUpdate.maxUnavailable: may not be 0 when `maxSurge` is 0");
  LoadResult r = load_text("d.yaml", ds, LoadOptions{});
  REQUIRE(r.workloads.size() == 1);
  CHECK(r.workloads[0].deployment.replicas == 1);
  CHECK(r.workloads[0].deployment.max_surge.value == 0);
  CHECK(r.workloads[0].deployment.max_unavailable.value == 1);
}
