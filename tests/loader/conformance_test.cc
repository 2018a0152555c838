// podrun against real manifests: the Kubernetes docs' examples, podrun's own lessons, the
// generated benchmark corpus, and the upstream Kubernetes schema as the oracle.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "loader/loader.h"
#include "loader/schema.h"
#include "loader/semantic.h"
#include "loader/yaml_reader.h"

namespace fs = std::filesystem;
using namespace podrun::loader;
using podrun::format_diagnostic;
using podrun::Severity;

namespace {

const std::string kShared = PODRUN_SHARED_DIR;
const std::string kSource = PODRUN_SOURCE_DIR;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    rows.push_back(cols);
  }
  return rows;
}

// The upstream strict schemas of a Kubernetes version (of the kinds podrun takes).
const SchemaSet& upstream(KubeVersion v) {
  // The workload kinds: 1.35's for every version, as podrun checks them.
  auto load = [](const std::string& dir) {
    const std::string newest = kShared + "/reference/k8s-schema/v1.35.0";
    return SchemaSet({{"Pod", slurp(dir + "/pod-v1.json")},
                      {"ConfigMap", slurp(dir + "/configmap-v1.json")},
                      {"Secret", slurp(dir + "/secret-v1.json")},
                      {"Deployment", slurp(newest + "/deployment-apps-v1.json")},
                      {"Job", slurp(newest + "/job-batch-v1.json")},
                      {"Service", slurp(newest + "/service-v1.json")},
                      {"CronJob", slurp(newest + "/cronjob-batch-v1.json")},
                      {"DaemonSet", slurp(newest + "/daemonset-apps-v1.json")},
                      {"StatefulSet", slurp(newest + "/statefulset-apps-v1.json")},
                      {"NetworkPolicy", slurp(newest + "/networkpolicy-networking-v1.json")}});
  };
  static const SchemaSet v131 = load(kShared + "/reference/k8s-schema/v1.31.0");
  static const SchemaSet v135 = load(kShared + "/reference/k8s-schema/v1.35.0");
  return v.minor == 31 ? v131 : v135;
}

// Every object podrun accepted must be valid for the upstream strict schema of the version.
void check_upstream_accepts(const LoadResult& r, KubeVersion v = kDefaultKubeVersion) {
  for (const auto& obj : r.objects) {
    std::vector<SchemaError> errors;
    std::string kind = obj["kind"];
    bool ok = upstream(v).validate(kind, obj, &errors);
    INFO(obj["metadata"].dump() << (errors.empty() ? "" : ": " + errors[0].path + ": " + errors[0].message));
    CHECK(ok);
  }
}

std::string first_error(const LoadResult& r, const std::string& file) {
  for (const auto& d : r.documents)
    if (d.file == file)
      for (const auto& diag : d.diagnostics)
        if (diag.severity == Severity::Error) return diag.message;
  return "";
}

// Variants of every valid Pod in `dirs`, each with one mistake the schema catches (a wrong
// type, an unknown field, a bad enum, a missing required field), written to `out`: what the
// restricted-schema check compares on when nothing outside the repository is at hand.
void mutated_corpus(const std::vector<std::string>& dirs, const fs::path& out) {
  fs::create_directories(out);
  int n = 0;
  for (const auto& dir : dirs)
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
      for (auto& doc : read_yaml_documents(slurp(entry.path().string()))) {
        if (!doc.value.is_object() || doc.value.value("kind", "") != "Pod" || !doc.value["spec"].is_object()) continue;
        const nlohmann::json& cs = doc.value["spec"]["containers"];
        if (!cs.is_array() || cs.empty() || !cs[0].is_object()) continue;
        nlohmann::json base = doc.value;
        std::vector<nlohmann::json> variants(6, base);
        variants[0]["spec"]["containers"][0]["image"] = 42;
        variants[1]["spec"]["containers"][0]["imagePullPolicyy"] = "Always";
        variants[2]["spec"]["restartPolicy"] = nlohmann::json::array();
        variants[3]["spec"]["containers"][0].erase("name");
        variants[4]["spec"]["terminationGracePeriodSeconds"] = "30";
        variants[5]["metadata"]["labels"] = {{"a", 1}};
        for (const auto& v : variants) std::ofstream(out / ("m" + std::to_string(n++) + ".json")) << v.dump();
        std::ofstream(out / ("m" + std::to_string(n++) + ".json")) << base.dump();
      }
    }
}

// Material kept outside the repository (the Kubernetes docs examples, the upstream schemas,
// the corpus generator): used when it is there, as in CI; a user's clone has none, and the
// parts of a test that need it are skipped with one line.
bool shared_available() {
  static const bool there = fs::exists(kShared + "/conformance/k8s-examples");
  static bool said = false;
  if (!there && !said) {
    said = true;
    std::cerr << "skipped: the conformance parts that read ../shared (it is not next to this clone)\n";
  }
  return there;
}

// Every document with a kind of the repository's own corpus (its manifests, each spoiled a
// few ways) and, with ../shared, of the Kubernetes docs' examples and `count` generated pods.
template <class Fn>
void for_each_corpus_document(const std::string& name, int count, int seed, Fn fn) {
  std::vector<std::string> dirs = {kSource + "/tests/data/invalid", kSource + "/manifests"};
  fs::path corpus = fs::temp_directory_path() / ("podrun-" + name + "-" + std::to_string(::getpid()));
  fs::create_directories(corpus);
  mutated_corpus(dirs, corpus / "mutated");
  dirs.push_back((corpus / "mutated").string());
  if (shared_available()) {
    dirs.push_back(kShared + "/conformance/k8s-examples");
    std::string cmd = "python3 '" + kShared + "/bench/gen-corpus.py' '" + corpus.string() + "' -n " + std::to_string(count) + " --seed " +
                      std::to_string(seed) + " > /dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    dirs.push_back(corpus.string());
  }
  for (const auto& dir : dirs)
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".yaml" && ext != ".yml" && ext != ".json")) continue;
      for (auto& doc : read_yaml_documents(slurp(entry.path().string()))) {
        if (!doc.value.is_object() || !doc.value.contains("kind") || !doc.value["kind"].is_string()) continue;
        fn(entry.path().string(), doc);
      }
    }
  fs::remove_all(corpus);
}

// Under the sanitizers (CI's second run) the two slowest comparisons below take every 4th
// document: a quarter reaches the same code for ASan and UBSan, and the normal build compares
// every one (they were 212 of that run's 478 test-seconds, 137 and 75 s against 4.6 and 3.1).
#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kSanitizerStride = 4;
#else
constexpr std::size_t kSanitizerStride = 1;
#endif

}  // namespace

TEST_CASE("every Kubernetes docs example is accepted or refused for its documented reason", "[conformance]") {
  if (!shared_available()) return;
  const std::string dir = kShared + "/conformance/k8s-examples";
  auto rows = read_tsv(kSource + "/tests/data/k8s-examples.tsv");
  std::map<std::string, std::vector<std::string>> expected;
  for (auto& row : rows) expected[dir + "/" + row.at(0)] = row;

  struct Run {
    int column;
    bool podrun_rules;
    KubeVersion version;
  } runs[] = {{1, false, {31}}, {2, false, {35}}, {3, true, {35}}};
  std::map<int, int> valid_count;
  for (const auto& run : runs) {
    LoadOptions opt;
    opt.podrun_rules = run.podrun_rules;
    opt.kubernetes_version = run.version;
    opt.keep_json = true;
    opt.jobs = 2;
    opt.one_definition = false;  // independent examples: several reuse a name (dapi-test-pod)
    LoadResult r = load_paths({dir}, opt);
    REQUIRE(r.input_errors.empty());
    std::map<std::string, bool> file_valid;
    for (const auto& d : r.documents) file_valid[d.file] = file_valid.count(d.file) ? file_valid[d.file] && d.valid() : d.valid();
    for (const auto& d : r.documents) valid_count[run.column] += d.valid();
    CHECK(file_valid.size() == 80);
    for (const auto& [file, valid] : file_valid) {
      CAPTURE(file, run.column);
      auto it = expected.find(file);
      REQUIRE(it != expected.end());  // a new file in the corpus needs a row in k8s-examples.tsv
      const std::string& want = it->second.at(run.column);
      if (want == "valid") {
        CHECK(valid);
      } else {
        CHECK_FALSE(valid);
        if (want.rfind("error: ", 0) == 0) CHECK_THAT(first_error(r, file), Catch::Contains(want.substr(7)));
      }
    }
    check_upstream_accepts(r, run.version);
  }
  // The counts docs/compatibility.md quotes (documents, not files: a List's items count each).
  std::cout << "docs examples, valid documents: Kubernetes 1.31 " << valid_count[1] << ", 1.35 " << valid_count[2] << ", podrun "
            << valid_count[3] << "\n";
}

TEST_CASE("every lesson in manifests/ is valid, without warnings", "[conformance]") {
  LoadOptions opt;
  opt.keep_json = true;
  LoadResult r = load_paths({kSource + "/manifests"}, opt);
  REQUIRE(r.input_errors.empty());
  CHECK(r.documents.size() >= 12);
  for (const auto& d : r.documents) {
    CAPTURE(d.file, d.name);
    for (const auto& diag : d.diagnostics) FAIL_CHECK(format_diagnostic(d.file, diag));
  }
  if (shared_available()) check_upstream_accepts(r);
}

TEST_CASE("podrun's verdicts on the generated corpus match EXPECTED.tsv", "[conformance]") {
  if (!shared_available()) return;
  fs::path dir = fs::temp_directory_path() / ("podrun-corpus-" + std::to_string(::getpid()));
  std::string cmd = "python3 '" + kShared + "/bench/gen-corpus.py' '" + dir.string() + "' -n 1500 --seed 7 > /dev/null";
  REQUIRE(std::system(cmd.c_str()) == 0);

  // file → verdict of each document, in order
  std::map<std::string, std::vector<std::string>> expected;
  for (auto& row : read_tsv((dir / "EXPECTED.tsv").string()))
    if (row.at(0) != "file") expected[(dir / row.at(0)).string()].push_back(row.at(4) + " " + row.at(5));

  LoadOptions opt;
  opt.jobs = 2;
  opt.keep_json = true;
  opt.one_definition = false;  // independent documents
  opt.podrun_rules = false;    // EXPECTED.tsv says what Kubernetes accepts
  LoadResult k8s = load_paths({dir.string()}, opt);
  opt.podrun_rules = true;
  opt.keep_json = false;
  LoadResult pod = load_paths({dir.string()}, opt);
  fs::remove_all(dir);

  REQUIRE(k8s.documents.size() == pod.documents.size());
  std::map<std::string, std::size_t> seen;
  std::size_t agree = 0, total = 0, requests_over_limits = 0, long_names = 0;
  for (std::size_t i = 0; i < k8s.documents.size(); ++i) {
    const auto& d = k8s.documents[i];
    std::size_t index = seen[d.file]++;
    REQUIRE(index < expected[d.file].size());
    std::string want = expected[d.file][index];
    bool want_valid = want.rfind("valid", 0) == 0;
    std::string got = d.valid() ? "valid" : first_error(k8s, d.file);
    CAPTURE(d.file, index, want, got);
    ++total;
    // With podrun's own rules, what Kubernetes refuses is still refused.
    if (!want_valid) CHECK_FALSE(pod.documents[i].valid());
    if (d.valid() == want_valid) {
      ++agree;
      continue;
    }
    // gen-corpus.py departs from the API server in two ways (docs/validation.md); every
    // disagreement must be one of them.
    if (want_valid) {
      // 1. It draws requests and limits independently; the API server refuses requests > limits.
      for (const auto& diag : d.diagnostics)
        if (diag.severity == Severity::Error)
          CHECK_THAT(diag.message, Catch::Matches(".*must be less than or equal to the .* limit of .*"));
      ++requests_over_limits;
    } else {
      // 2. It calls a 70-character lowercase pod name invalid; a pod name is a DNS-1123
      //    subdomain (up to 253 characters), as ValidatePodName checks it.
      CHECK(want == "invalid invalid-dns1123-name");
      CHECK(d.name.size() > 63);
      CHECK(d.name.size() <= 253);
      ++long_names;
    }
  }
  CHECK(total > 1500);
  CHECK(agree + requests_over_limits + long_names == total);
  CHECK(requests_over_limits > 0);
  WARN("EXPECTED.tsv: " << agree << " of " << total << " agree; documented departures: " << requests_over_limits
                        << " requests above limits, " << long_names << " long pod names");
  check_upstream_accepts(k8s);
}

TEST_CASE("the restricted schema gives the whole schema's verdict and errors on every document", "[conformance]") {
  // SchemaSet::validate compiles, for the first documents of a command, only the part of the
  // schema a document reaches; that must never change a verdict or an error.
  std::size_t compared = 0, invalid = 0, seen = 0;
  for_each_corpus_document("restrict", 400, 11, [&](const std::string& path, const YamlDocument& doc) {
    std::string kind = doc.value["kind"];
    if (kind != "Pod" && kind != "ConfigMap" && kind != "Secret") return;
    if (seen++ % kSanitizerStride != 0) return;
    // A fresh set each time, so that every document takes the restricted path.
    static const SchemaSet& builtin = SchemaSet::builtin();
    SchemaSet fresh({{"Pod", builtin.document("Pod")->dump()},
                     {"ConfigMap", builtin.document("ConfigMap")->dump()},
                     {"Secret", builtin.document("Secret")->dump()}});
    std::vector<SchemaError> restricted, whole;
    bool a = fresh.validate(kind, doc.value, &restricted);
    bool b = builtin.validate_whole(kind, doc.value, &whole);
    CAPTURE(path);
    CHECK(a == b);
    REQUIRE(restricted.size() == whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
      CHECK(restricted[i].path == whole[i].path);
      CHECK(restricted[i].message == whole[i].message);
    }
    ++compared;
    invalid += !b;
  });
  CHECK(compared > 100 / kSanitizerStride);
  CHECK(invalid > 20 / kSanitizerStride);
}

TEST_CASE("the part of a schema read from its text is the part restricted from its document, and checks alike", "[schema][conformance]") {
  // SchemaSet::part_for reads a document's part of the linked-in schema from its text; the
  // loader validates a document against it and walks it for podrun's field support. It must
  // be restrict_to()'s part of the parsed schema, node for node, for every document, and
  // podrun's own checks along it must say what they say along the whole schema.
  std::map<std::string, std::map<std::string, std::string>> linked;  // version → kind → text
  for (const char* v : {"v1.31", "v1.35"})
    for (const auto& e : fs::directory_iterator(kSource + "/schemas/" + v)) {
      std::string name = e.path().filename().string();
      if (name.size() > 13 && name.substr(name.size() - 13) == ".compact.json")
        linked[v][name.substr(0, name.find('-'))] = slurp(e.path().string());
    }
  REQUIRE(linked["v1.35"].count("pod") == 1);
  const SchemaSet& builtin = SchemaSet::builtin();
  std::size_t compared = 0, pods_checked = 0, seen = 0;
  for_each_corpus_document("part", 300, 13, [&](const std::string& path, const YamlDocument& doc) {
    if (seen++ % kSanitizerStride != 0) return;
    std::string kind = doc.value["kind"];
    std::string lower = kind;
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    CAPTURE(path, kind);
    for (auto& [version, texts] : linked) {
      auto t = texts.find(lower);
      if (t == texts.end()) continue;
      auto from_text = SchemaSet::part_of_text(t->second, doc.value);
      auto from_document = SchemaSet::part_of_document(nlohmann::json::parse(t->second), doc.value);
      REQUIRE(from_text.has_value());
      REQUIRE(from_document.has_value());
      CHECK(*from_text == *from_document);
      ++compared;
    }
    if (kind != "Pod" || !builtin.validate_whole("Pod", doc.value)) return;
    // podrun's own checks along the part and along the whole schema.
    auto part = SchemaSet::part_of_text(linked["v1.35"]["pod"], doc.value);
    REQUIRE(part.has_value());
    std::vector<podrun::Diagnostic> along_part, along_whole;
    CheckOptions co;
    check_object("Pod", doc.value, doc.positions, *part, co, along_part);
    check_object("Pod", doc.value, doc.positions, *builtin.document("Pod"), co, along_whole);
    REQUIRE(along_part.size() == along_whole.size());
    for (std::size_t i = 0; i < along_whole.size(); ++i) {
      CHECK(along_part[i].path == along_whole[i].path);
      CHECK(along_part[i].message == along_whole[i].message);
    }
    ++pods_checked;
  });
  CHECK(compared > 300 / kSanitizerStride);
  CHECK(pods_checked > 50 / kSanitizerStride);
}

TEST_CASE("the build's index of each linked-in schema is the index of its text, and parts read with it are the same", "[schema]") {
  // The linked-in schemas' indexes are made by the build (podrun_schema_index): one that does
  // not belong to its text (stale, or another schema's) would cut parts at the wrong places.
  for (const char* v : {"1.31", "1.35"}) {
    const SchemaSet& set = SchemaSet::builtin(*parse_kube_version(v));
    for (const char* kind : {"Pod", "ConfigMap", "Secret", "Namespace", "Deployment", "Job", "Service", "CronJob", "DaemonSet",
                             "StatefulSet", "NetworkPolicy"}) {
      CAPTURE(v, kind);
      std::string_view text = set.linked_text(kind);
      REQUIRE(!text.empty());
      auto built = set.linked_index(kind);
      auto computed = index_containers(text);
      REQUIRE(computed.has_value());
      REQUIRE(built.size() == computed->size());
      REQUIRE(built.size() > 10);
      bool same = true;
      for (std::size_t i = 0; i < built.size(); ++i)
        same = same && built[i].start == (*computed)[i].start && built[i].end == (*computed)[i].end;
      CHECK(same);
    }
  }
  // A pod's part read with the build's index and with one computed from the text.
  const SchemaSet& set = SchemaSet::builtin(*parse_kube_version("1.35"));
  auto pod = nlohmann::json::parse(R"({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a", "labels": {"x": "y"}},
    "spec": {"containers": [{"name": "c", "image": "busybox", "ports": [{"containerPort": 80}],
             "resources": {"limits": {"memory": "64Mi"}}, "securityContext": {"runAsUser": 1000}}],
             "volumes": [{"name": "v", "emptyDir": {}}]}})");
  auto with_built = set.part_for("Pod", pod);
  auto with_computed = SchemaSet::part_of_text(set.linked_text("Pod"), pod);
  REQUIRE(with_built.has_value());
  REQUIRE(with_computed.has_value());
  CHECK(*with_built == *with_computed);
  CHECK(with_built->dump().find("securityContext") != std::string::npos);
}

TEST_CASE("schema text parses as nlohmann's parser reads it", "[schema][conformance]") {
  // podrun's own schemas take the fast path; the upstream ones (escapes in descriptions) and
  // odd text fall back; either way the document is the same.
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(kSource + "/schemas"))  // not schemas/explain/: explain's data
    if (e.is_regular_file() && e.path().parent_path().filename() != "explain") files.push_back(e.path().string());
  if (shared_available())
    for (const char* v : {"v1.31.0", "v1.35.0"})
      for (const char* f : {"pod-v1.json", "configmap-v1.json", "secret-v1.json"})
        files.push_back(kShared + "/reference/k8s-schema/" + v + "/" + f);
  for (const auto& f : files) {
    INFO(f);
    std::string text = slurp(f);
    REQUIRE(!text.empty());
    CHECK(parse_schema_text(text) == nlohmann::json::parse(text));
  }
  for (std::string text : {"{}", "[]", " { \"a\" : [1, -2, 0, true, false, null, \"x\"] , \"b\": {} } ", "{\"b\":1,\"a\":2}",
                           "{\"a\":\"\\u00e9\"}", "[1.5, 2e3, 123456789012345678901]", "-0", "\"\""}) {
    INFO(text);
    CHECK(parse_schema_text(text) == nlohmann::json::parse(text));
  }
  for (std::string text : {"{", "[1,]", "{\"a\"}", "01", "tru", "[1] x", "{\"a\":1,}"}) {
    INFO(text);
    CHECK_THROWS(parse_schema_text(text));
  }
}
