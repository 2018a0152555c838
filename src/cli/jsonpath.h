// kubectl's output templates as a pure library: `-o jsonpath=TEMPLATE`, `-o custom-columns=SPEC`
// and `--sort-by=EXPR`, so that scripts written against kubectl give the same text from
// `podrun get`. The dialect and the output are client-go's util/jsonpath as kubectl uses it
// (cli-runtime printers/jsonpath.go, kubectl cmd/get/customcolumn.go and sorter.go), not the
// wider JSONPath of other tools: a script that works here works against a real cluster.
//
// Deliberate differences from kubectl, each where kubectl errors or is inconsistent:
//  - filters and --sort-by compare an integer with a float by value (kubectl: "incompatible
//    types for comparison" in a filter, an exit in --sort-by), so [?(@.price<10)] works on 8.95;
//  - a slice that selects nothing from one array ([0:-1] of a 1-element array) goes on to the
//    next array (kubectl stops and drops the arrays after it);
//  - `..` and `*` do not descend into strings (kubectl's reflection walks a string's bytes);
//  - object members come in key order where kubectl's Go maps come in random order;
//  - a `{range}` without `{end}` ends at the end of the template.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace podrun::cli {

// Every failure: a template that does not parse, an evaluation error, a bad column spec or sort
// field. The message is one line and reads as kubectl's does, for the CLI to print after "error: ".
class JsonPathError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// `-o jsonpath=TEMPLATE`: text outside {} as it is (no backslash escapes there, as in kubectl),
// each {expression}'s results joined by one space; strings raw, numbers as Go prints them, null
// as <nil>, objects and arrays as compact JSON with sorted keys (Go's json.Marshal). With
// allow_missing_keys (kubectl's default, --allow-missing-template-keys=true) a missing field
// prints nothing; without it, it is an error.
std::string jsonpath_print(const std::string& tmpl, const nlohmann::json& root, bool allow_missing_keys = true);

// kubectl's relaxed field spec, as custom-columns and --sort-by take it: "metadata.name",
// ".metadata.name", "{metadata.name}" and "{.metadata.name}" all become "{.metadata.name}";
// "" stays "".
std::string relaxed_jsonpath(const std::string& expression);

struct CustomColumn {
  std::string header;
  std::string expression;  // a whole template, already relaxed: "{.metadata.name}"
};

// `-o custom-columns=NAME:.metadata.name,IP:.status.podIP`. Split on every ',' and the first ':'
// of each entry, as kubectl does (so an expression cannot contain a ','); each expression is
// relaxed and parsed here, so a bad one fails before anything is printed.
std::vector<CustomColumn> parse_custom_columns(const std::string& spec);

// The table's cells, one row per item (plus the headers first when asked). A field that is
// absent is <none>; several results share a cell joined by ','; each value is printed as Go's
// fmt.Sprint prints it, which is what kubectl's customcolumn.go does: objects as
// map[key:value ...], arrays as [a b], null as <nil> (not JSON, unlike -o jsonpath). ESC and CR
// are made visible (^[ and \r) as kubectl does against terminal escape attacks.
std::vector<std::vector<std::string>> custom_column_rows(const std::vector<CustomColumn>& columns, const std::vector<nlohmann::json>& items,
                                                         bool headers);

// `--sort-by=EXPR`, in place and stable. The first value the expression yields for an item is
// its key (kubectl ignores the rest); an item without one sorts first, then null, then values.
// Numbers compare by value; strings as Kubernetes quantities when all of them parse as one
// ("250m" < "1"), else in natural order ("pod-9" < "pod-10"), which also orders RFC 3339
// timestamps. Errors: a field no item has, keys of different kinds, or booleans, objects or
// arrays as keys. An empty list is left alone without looking at the expression, as kubectl does.
void sort_by(std::vector<nlohmann::json>& items, const std::string& expression);

}  // namespace podrun::cli
