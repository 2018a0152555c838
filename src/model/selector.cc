#include "model/selector.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace podrun::model {

namespace {

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?, at most 63 characters.
std::string name_error(const std::string& s, const char* what) {
  if (s.empty()) return std::string(what) + " must not be empty";
  if (s.size() > 63) return std::string(what) + " must be no more than 63 characters";
  if (!alnum(s.front()) || !alnum(s.back())) return std::string(what) + " must begin and end with an alphanumeric character";
  for (char c : s)
    if (!alnum(c) && c != '-' && c != '_' && c != '.')
      return std::string(what) + " must consist of alphanumeric characters, '-', '_' or '.'";
  return "";
}

// A DNS-1123 subdomain: lowercase alphanumerics, '-' and '.', at most 253 characters.
std::string prefix_error(const std::string& s) {
  if (s.empty() || s.size() > 253) return "the prefix must be a DNS subdomain of 1 to 253 characters";
  for (char c : s)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.'))
      return "the prefix must be a DNS subdomain (lowercase alphanumerics, '-', '.')";
  if (!alnum(s.front()) || !alnum(s.back())) return "the prefix must begin and end with an alphanumeric character";
  return "";
}

bool integer(const std::string& s, long long* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0') return false;
  *out = v;
  return true;
}

// A tiny scanner over the selector text.
struct Scanner {
  const std::string& s;
  std::size_t pos = 0;
  void blanks() {
    while (pos < s.size() && std::isspace(static_cast<unsigned char>(s[pos]))) ++pos;
  }
  bool at_end() {
    blanks();
    return pos >= s.size();
  }
  bool take(const char* tok) {
    blanks();
    std::size_t n = std::char_traits<char>::length(tok);
    if (s.compare(pos, n, tok) != 0) return false;
    pos += n;
    return true;
  }
  // A key or value: up to a blank or one of ",!=<>()".
  std::string word() {
    blanks();
    std::size_t start = pos;
    while (pos < s.size() && !std::isspace(static_cast<unsigned char>(s[pos])) && std::string(",!=<>()").find(s[pos]) == std::string::npos)
      ++pos;
    return s.substr(start, pos - start);
  }
  // "in"/"notin" as whole words.
  bool keyword(const char* kw) {
    blanks();
    std::size_t n = std::char_traits<char>::length(kw);
    if (s.compare(pos, n, kw) != 0) return false;
    std::size_t after = pos + n;
    if (after < s.size() && !std::isspace(static_cast<unsigned char>(s[after])) && s[after] != '(') return false;
    pos = after;
    return true;
  }
};

}  // namespace

std::string label_key_error(const std::string& key) {
  std::size_t slash = key.find('/');
  if (slash != std::string::npos) {
    if (std::string e = prefix_error(key.substr(0, slash)); !e.empty()) return e;
    return name_error(key.substr(slash + 1), "the name part");
  }
  return name_error(key, "the name part");
}

std::string label_value_error(const std::string& value) { return value.empty() ? "" : name_error(value, "a value"); }

std::optional<Selector> parse_selector(const std::string& text, std::string* error) {
  Selector sel;
  Scanner sc{text};
  auto fail = [&](const std::string& why) -> std::optional<Selector> {
    if (error) *error = "unable to parse requirement: " + why;
    return std::nullopt;
  };
  if (sc.at_end()) return sel;
  for (;;) {
    Requirement r;
    bool negated = sc.take("!");
    r.key = sc.word();
    if (std::string e = label_key_error(r.key); !e.empty())
      return fail("key \"" + r.key + "\": " + e + " (at character " + std::to_string(sc.pos) + ")");
    if (negated) {
      r.op = Requirement::Op::DoesNotExist;
    } else if (sc.take("==") || sc.take("=")) {
      r.op = Requirement::Op::Equals;
      r.values = {sc.word()};
    } else if (sc.take("!=")) {
      r.op = Requirement::Op::NotEquals;
      r.values = {sc.word()};
    } else if (sc.take(">") || sc.take("<")) {
      r.op = text[sc.pos - 1] == '>' ? Requirement::Op::Gt : Requirement::Op::Lt;
      std::string v = sc.word();
      long long n;
      if (!integer(v, &n)) return fail("for '>' and '<', the value must be an integer: \"" + v + "\"");
      r.values = {v};
    } else if (bool notin = sc.keyword("notin"); notin || sc.keyword("in")) {
      r.op = notin ? Requirement::Op::NotIn : Requirement::Op::In;
      if (!sc.take("(")) return fail("expected '(' after " + std::string(r.op == Requirement::Op::In ? "in" : "notin"));
      if (!sc.take(")"))
        for (;;) {
          r.values.push_back(sc.word());
          if (sc.take(")")) break;
          if (!sc.take(",")) return fail("expected ',' or ')' in the set of values for \"" + r.key + "\"");
        }
      if (r.values.empty()) return fail("the set of values for \"" + r.key + "\" is empty");
    } else {
      r.op = Requirement::Op::Exists;
    }
    for (const auto& v : r.values)
      if (std::string e = label_value_error(v); !e.empty()) return fail("value \"" + v + "\" of \"" + r.key + "\": " + e);
    std::sort(r.values.begin(), r.values.end());
    r.values.erase(std::unique(r.values.begin(), r.values.end()), r.values.end());
    sel.requirements.push_back(std::move(r));
    if (sc.at_end()) break;
    if (!sc.take(","))
      return fail("expected ',' after the requirement on \"" + sel.requirements.back().key + "\" (at character " +
                  std::to_string(sc.pos + 1) + ")");
    if (sc.at_end()) return fail("a requirement is expected after the last ','");
  }
  std::stable_sort(sel.requirements.begin(), sel.requirements.end(),
                   [](const Requirement& a, const Requirement& b) { return a.key < b.key; });
  return sel;
}

bool Selector::matches(const std::map<std::string, std::string>& labels) const {
  for (const auto& r : requirements) {
    auto it = labels.find(r.key);
    bool has = it != labels.end();
    auto in = [&] { return has && std::binary_search(r.values.begin(), r.values.end(), it->second); };
    long long have = 0, want = 0;
    switch (r.op) {
      case Requirement::Op::Equals:
      case Requirement::Op::In:
        if (!in()) return false;
        break;
      case Requirement::Op::NotEquals:
      case Requirement::Op::NotIn:
        if (in()) return false;
        break;
      case Requirement::Op::Exists:
        if (!has) return false;
        break;
      case Requirement::Op::DoesNotExist:
        if (has) return false;
        break;
      case Requirement::Op::Gt:
      case Requirement::Op::Lt:
        if (!has || !integer(it->second, &have) || !integer(r.values[0], &want)) return false;
        if (r.op == Requirement::Op::Gt ? !(have > want) : !(have < want)) return false;
        break;
    }
  }
  return true;
}

std::string Selector::str() const {
  std::string out;
  for (const auto& r : requirements) {
    if (!out.empty()) out += ",";
    std::string set;
    // Joined by position, not by what is there so far: an empty value ("in (,prod)") is one.
    for (std::size_t i = 0; i < r.values.size(); ++i) set += (i ? "," : "") + r.values[i];
    // A set of the empty value alone: "()" would read back as no value at all, "(,)" reads as it.
    if ((r.op == Requirement::Op::In || r.op == Requirement::Op::NotIn) && r.values.size() == 1 && r.values[0].empty()) set = ",";
    switch (r.op) {
      case Requirement::Op::Equals: out += r.key + "=" + set; break;
      case Requirement::Op::NotEquals: out += r.key + "!=" + set; break;
      case Requirement::Op::In: out += r.key + " in (" + set + ")"; break;
      case Requirement::Op::NotIn: out += r.key + " notin (" + set + ")"; break;
      case Requirement::Op::Exists: out += r.key; break;
      case Requirement::Op::DoesNotExist: out += "!" + r.key; break;
      case Requirement::Op::Gt: out += r.key + ">" + set; break;
      case Requirement::Op::Lt: out += r.key + "<" + set; break;
    }
  }
  return out;
}

}  // namespace podrun::model
