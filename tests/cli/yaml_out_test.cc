// get -o yaml as kubectl writes it (cli/yaml_out.h): each row a JSON document and the exact
// text `kubectl get -o yaml` prints for it (go-yaml's styles), and every output read back by
// yaml-cpp to the same document.
#include <catch2/catch.hpp>

#include <string>

#include <yaml-cpp/yaml.h>

#include "cli/yaml_out.h"

using nlohmann::json;
using podrun::cli::kubectl_yaml;

namespace {

// The YAML read back as JSON (strings stay strings: a scalar's tag says whether it was quoted).
json read_back(const YAML::Node& n) {
  if (n.IsMap()) {
    json o = json::object();
    for (const auto& kv : n) o[kv.first.as<std::string>()] = read_back(kv.second);
    return o;
  }
  if (n.IsSequence()) {
    json a = json::array();
    for (const auto& v : n) a.push_back(read_back(v));
    return a;
  }
  if (n.IsNull()) return nullptr;
  const std::string s = n.as<std::string>();
  if (n.Tag() == "!") return s;  // quoted: a string whatever it looks like
  // Plain: what a JSON reader makes of it when it is a number or a boolean, else the string.
  json scalar = json::parse(s, nullptr, false);
  return scalar.is_number() || scalar.is_boolean() ? scalar : json(s);
}

}  // namespace

TEST_CASE("get -o yaml: kubectl's layout and quoting (table)", "[cli][yaml]") {
  struct Row {
    const char* name;
    const char* json_text;
    const char* yaml;
  } rows[] = {
      {"a sequence is not indented under its key", R"({"args":["a","b"]})", "args:\n- a\n- b\n"},
      {"empty maps and lists inline", R"({"metadata":{"annotations":{},"finalizers":[]}})",
       "metadata:\n  annotations: {}\n  finalizers: []\n"},
      {"maps in a sequence: the first key after the dash", R"({"containers":[{"name":"c","image":"busybox"}]})",
       "containers:\n- image: busybox\n  name: c\n"},
      {"a sequence in a map in a sequence", R"({"containers":[{"command":["sleep","3600"],"name":"c"}]})",
       "containers:\n- command:\n  - sleep\n  - \"3600\"\n  name: c\n"},
      {"a sequence of sequences", R"({"m":[["a","b"],["c"]]})", "m:\n- - a\n  - b\n- - c\n"},
      {"strings that read as something else are double-quoted",
       R"({"a":"3600","b":"true","c":"yes","d":"","e":"null","f":"0123","g":"1.5","h":"2026-12-05T06:38:35Z","i":"~","j":"off"})",
       "a: \"3600\"\nb: \"true\"\nc: \"yes\"\nd: \"\"\ne: \"null\"\nf: \"0123\"\ng: \"1.5\"\nh: \"2026-12-05T06:38:35Z\"\ni: \"~\"\nj: "
       "\"off\"\n"},
      {"strings plain where a reader gets them back",
       R"({"a":"-c","b":"sh -c 'echo hi'","c":"app.kubernetes.io/name","d":"10.0.0.1","e":"512Mi","f":"http://x:80/"})",
       "a: -c\nb: sh -c 'echo hi'\nc: app.kubernetes.io/name\nd: 10.0.0.1\ne: 512Mi\nf: http://x:80/\n"},
      {"strings plain style cannot hold are single-quoted",
       R"({"a":"*","b":"a: b","c":"- x","d":" lead","e":"it's # here","f":"{x}","g":"x:"})",
       "a: '*'\nb: 'a: b'\nc: '- x'\nd: ' lead'\ne: 'it''s # here'\nf: '{x}'\ng: 'x:'\n"},
      {"multi-line strings as literal blocks", R"({"data":{"a":"one\ntwo\n","b":"one\ntwo","c":"x\n  indented\n"}})",
       "data:\n  a: |\n    one\n    two\n  b: |-\n    one\n    two\n  c: |\n    x\n      indented\n"},
      {"control characters double-quoted", R"({"a":"bell\u0007","b":"\u001b[1m"})", "a: \"bell\\u0007\"\nb: \"\\u001b[1m\"\n"},
      {"numbers, booleans and null", R"({"a":1,"b":-2,"c":1.5,"d":true,"e":null})", "a: 1\nb: -2\nc: 1.5\nd: true\ne: null\n"},
      {"keys are quoted like values", R"({"yes":1,"a b":2,"3":3})", "\"3\": 3\na b: 2\n\"yes\": 1\n"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    const json doc = json::parse(r.json_text);
    const std::string text = kubectl_yaml(doc);
    CHECK(text == r.yaml);
    CHECK(read_back(YAML::Load(text)) == doc);
  }
}
