// The loader: files → documents → schema → semantic checks → typed model.
//
//   1. Expand the inputs: files, directories (recursive: *.yaml, *.yml, *.json) and "-" (stdin).
//   2. Split each file into YAML documents and convert each to JSON with positions
//      (yaml_reader.h); v1 Lists are expanded into their items.
//   3. Dispatch on apiVersion/kind; refuse (or skip) kinds podrun does not run.
//   4. Validate against podrun's schema (valijson); explain failures field by field.
//   5. Check what the API server checks beyond the schema, and podrun's field support.
//   6. Resolve ConfigMap/Secret references across the whole input (a first, cheap pass
//      collects every ConfigMap, Secret and Namespace, so that step 6 needs no second look),
//      then Pod Security admission (loader/pod_security.h) with the pod's namespace's labels.
//   7. Decode valid objects into the model, with defaults applied.
// Files are processed in parallel (`jobs`), one parser per thread; results keep input order.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/diagnostic.h"
#include "loader/pod_security.h"
#include "loader/schema.h"
#include "loader/semantic.h"
#include "loader/yaml_reader.h"
#include "model/model.h"
#include "model/network_policy.h"
#include "model/service.h"
#include "model/workloads.h"

namespace podrun::loader {

using namespace ::podrun::model;

struct LoadOptions {
  bool podrun_rules = true;  // false: --target kubernetes (only what the API server checks)
  // The Kubernetes release whose API the input must be valid for (--kubernetes-version).
  KubeVersion kubernetes_version = kDefaultKubeVersion;
  bool skip_unsupported_kinds = false;
  bool keep_objects = true;  // decode valid objects into the model
  bool keep_json = false;    // also keep the JSON of valid objects (tests)
  int jobs = 1;
  ReadLimits limits;
  std::size_t max_file_bytes = 64u << 20;
  // Two documents naming the same object (kind, namespace, name) are an error of the second:
  // one input defines an object once. Off for a corpus of independent examples (tests).
  bool one_definition = true;
  // Pod Security admission: the machine's defaults for a namespace without labels, and the
  // labels of namespaces applied before (a Namespace object in the input wins over both).
  PsaDefaults pod_security;
  std::map<std::string, std::map<std::string, std::string>> namespace_labels;
  // ConfigMaps and Secrets applied before (their keys): a pod's reference to one resolves
  // when the input does not have it (the input's own wins).
  ObjectCatalog stored_objects;
  // apply -n: the namespace of objects that name none ("" = "default"); an object naming
  // another namespace is an error, as kubectl's.
  std::string default_namespace;
};

struct DocumentResult {
  std::string file;
  Mark mark;  // where the document (or List item) starts
  std::string kind, ns, name;
  bool skipped = false;                 // an unsupported kind under --skip-unsupported
  std::vector<Diagnostic> diagnostics;  // sorted by position

  std::size_t errors() const;
  std::size_t warnings() const;
  bool valid() const { return errors() == 0; }
};

struct LoadResult {
  std::vector<DocumentResult> documents;
  std::vector<std::string> input_errors;  // unreadable paths: usage errors (exit 2)
  std::vector<Pod> pods;                  // valid objects, in input order
  std::vector<ConfigMap> configmaps;
  std::vector<Secret> secrets;
  std::vector<Namespace> namespaces;
  std::vector<Workload> workloads;  // Deployments, DaemonSets, StatefulSets, Jobs, CronJobs
  std::vector<Service> services;
  std::vector<NetworkPolicy> network_policies;
  std::vector<nlohmann::json> objects;  // keep_json: JSON of every valid object
};

// Receives each document's result, in input order, as soon as it is known.
using DocumentSink = std::function<void(DocumentResult&&)>;

// Loads every input path. With a sink, documents go to it (in input order, from whichever
// thread finished them, one at a time) instead of into LoadResult::documents, so memory
// stays flat however many files there are.
LoadResult load_paths(const std::vector<std::string>& paths, const LoadOptions& options, const DocumentSink* sink = nullptr);
// Loads one in-memory file (tests, stdin).
LoadResult load_text(const std::string& name, const std::string& text, const LoadOptions& options);

// Whether a document's text may define a ConfigMap, a Secret or a Namespace (a List of them
// too), which the loader reads in a first pass over the input so that a pod's references to
// them resolve: the kind's name as a word of its own. "shareProcessNamespace" and
// "imagePullSecrets" are not (a pod that has them was parsed twice: ~0.3 ms of a pod's load).
bool may_name_catalog_kind(std::string_view text);

// The files a path stands for (a directory is walked recursively, sorted); appends a message
// to `errors` for a path that does not exist or cannot be read.
std::vector<std::string> expand_input_paths(const std::vector<std::string>& paths, std::vector<std::string>& errors);

}  // namespace podrun::loader
