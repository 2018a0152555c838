// Label selectors, as kubectl's -l/--selector takes them (apimachinery labels.Parse):
//
//   app=web,tier!=db        equality (= or ==) and inequality
//   env in (prod, staging)  set membership; notin is its negation
//   release, !canary        the key exists, or does not
//   replicas>1, gen<3       integer comparisons (the key must exist and hold an integer)
//
// Requirements are ANDed; `!=` and `notin` also match objects without the key, as in
// Kubernetes. Keys and values are checked by the label syntax (a DNS-subdomain prefix, then a
// name of at most 63 characters; values of at most 63).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace podrun::model {

struct Requirement {
  enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist, Gt, Lt } op = Op::Exists;
  std::string key;
  std::vector<std::string> values;  // sorted, as Kubernetes prints them
};

struct Selector {
  std::vector<Requirement> requirements;  // empty: everything
  bool matches(const std::map<std::string, std::string>& labels) const;
  std::string str() const;  // the canonical text: requirements sorted by key
};

// nullopt, with `error` set ("unable to parse requirement: ..."), for text that is not one.
std::optional<Selector> parse_selector(const std::string& text, std::string* error = nullptr);

// The label syntax: why `key` (or `value`) is not one, or "".
std::string label_key_error(const std::string& key);
std::string label_value_error(const std::string& value);

}  // namespace podrun::model
