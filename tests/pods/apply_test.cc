// What a Pod update may change, as the API server's ValidatePodUpdate decides it (table).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "pods/apply.h"

using nlohmann::json;
using podrun::pods::pod_update_forbidden;

TEST_CASE("pod updates: images, deadlines, tolerations and grace may change, the rest is Forbidden (table)", "[pods][apply]") {
  const json before = json::parse(R"({"spec": {
    "terminationGracePeriodSeconds": 30,
    "initContainers": [{"name": "i", "image": "busybox:1", "command": ["true"]}],
    "containers": [{"name": "c", "image": "busybox:1", "command": ["sleep", "9"], "env": [{"name": "A", "value": "1"}]}]}})");
  struct Row {
    const char* name;
    const char* patch;    // a JSON merge patch of the spec
    const char* changed;  // "" allowed, else a field the message names
  } rows[] = {
      {"nothing", "{}", ""},
      {"a container's image",
       R"({"containers": [{"name": "c", "image": "busybox:2", "command": ["sleep", "9"], "env": [{"name": "A", "value": "1"}]}]})", ""},
      {"an init container's image", R"({"initContainers": [{"name": "i", "image": "busybox:2", "command": ["true"]}]})", ""},
      {"the grace period", R"({"terminationGracePeriodSeconds": 1})", ""},
      {"activeDeadlineSeconds set", R"({"activeDeadlineSeconds": 60})", ""},
      {"tolerations", R"({"tolerations": [{"key": "k", "operator": "Exists"}]})", ""},
      {"a command",
       R"({"containers": [{"name": "c", "image": "busybox:1", "command": ["sleep", "10"], "env": [{"name": "A", "value": "1"}]}]})",
       "spec.containers[0].command[1]"},
      {"an env value",
       R"({"containers": [{"name": "c", "image": "busybox:1", "command": ["sleep", "9"], "env": [{"name": "A", "value": "2"}]}]})",
       "spec.containers[0].env[0].value"},
      {"a container added", R"({"containers": [{"name": "c", "image": "busybox:1"}, {"name": "d", "image": "busybox:1"}]})",
       "spec.containers"},
      {"hostNetwork", R"({"hostNetwork": true})", "spec.hostNetwork"},
      {"restartPolicy", R"({"restartPolicy": "Never"})", "spec.restartPolicy"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    json after = before;
    after["spec"].merge_patch(json::parse(r.patch));
    std::string why = pod_update_forbidden("p", before, after);
    if (std::string(r.changed).empty()) {
      CHECK(why.empty());
    } else {
      CHECK_THAT(why, Catch::StartsWith("Pod \"p\" is invalid: spec: Forbidden: pod updates may not change fields other than"));
      CHECK_THAT(why, Catch::Contains(r.changed));
    }
  }
}
