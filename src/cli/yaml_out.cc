#include "cli/yaml_out.h"

#include <regex>

namespace podrun::cli {

namespace {

// A plain scalar that YAML 1.1 or 1.2 readers resolve to something other than a string:
// go-yaml double-quotes these.
bool resolves_to_non_string(const std::string& s) {
  static const std::regex special(
      "|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
      "|[-+]?(0|[1-9][0-9_]*)|0o?[0-7]+|0x[0-9a-fA-F]+|[-+]?([0-9][0-9_]*)?\\.?[0-9]*([eE][-+]?[0-9]+)?"
      "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|[0-9]+(:[0-5]?[0-9])+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?|<<|=");
  return std::regex_match(s, special);
}

bool has_control(const std::string& s, bool allow_newline) {
  for (unsigned char c : s)
    if ((c < 0x20 && !(allow_newline && c == '\n') && c != '\t') || c == 0x7f) return true;
  return false;
}

// Plain style cannot hold it: an indicator first, blanks at either end, ": " or " #".
bool needs_quotes(const std::string& s) {
  static const std::string kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  const char first = s.front();
  if (kIndicators.find(first) != std::string::npos) {
    // "-c", "?x" and ":x" are plain for a reader: only the indicator followed by a blank (or
    // alone) starts something else.
    const bool dash_like = first == '-' || first == '?' || first == ':';
    if (!dash_like || s.size() == 1 || s[1] == ' ') return true;
  }
  if (s.front() == ' ' || s.back() == ' ' || s.back() == ':' || s.front() == '\t' || s.back() == '\t') return true;
  return s.find(": ") != std::string::npos || s.find(" #") != std::string::npos || s.find('\t') != std::string::npos;
}

std::string double_quoted(const std::string& s) {
  // JSON's escapes are YAML double-quoted escapes: \n, \t, \", \\ and \u with four hex digits.
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string single_quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// A scalar on one line, in the style go-yaml picks.
std::string inline_scalar(const nlohmann::json& j) {
  if (j.is_null()) return "null";
  if (!j.is_string()) return j.dump();
  const std::string s = j.get<std::string>();
  if (resolves_to_non_string(s) || has_control(s, false) || s.find('\n') != std::string::npos) return double_quoted(s);
  if (needs_quotes(s)) return single_quoted(s);
  return s;
}

// Multi-line strings as literal blocks, when a block can carry them exactly: no leading blank
// on the first line (it would need an indentation indicator) and no control characters.
bool literal_block(const nlohmann::json& j) {
  if (!j.is_string()) return false;
  const std::string& s = j.get_ref<const std::string&>();
  if (s.find('\n') == std::string::npos || has_control(s, true)) return false;
  // Later lines may start with blanks (more indented lines); the first sets the indentation.
  return s.front() != ' ' && s.front() != '\n';
}

void write_block(std::string& out, const std::string& s, int indent) {
  // "|" keeps one final newline, "|-" none, "|+" several.
  std::size_t trailing = 0;
  while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n') ++trailing;
  out += trailing == 0 ? "|-\n" : trailing == 1 ? "|\n" : "|+\n";
  const std::string body = s.substr(0, s.size() - (trailing > 1 ? 1 : trailing));
  std::size_t start = 0;
  for (;;) {
    std::size_t nl = body.find('\n', start);
    std::string line = body.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (!line.empty()) out += std::string(static_cast<std::size_t>(indent), ' ') + line;
    out += "\n";
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
}

bool is_block(const nlohmann::json& j) { return (j.is_object() || j.is_array()) && !j.empty(); }

void write_value(std::string& out, const nlohmann::json& j, int indent, bool after_dash);

// A map's entries at `indent`; the first one's indentation is already written when it follows
// a sequence's "- ".
void write_map(std::string& out, const nlohmann::json& j, int indent, bool first_inline) {
  bool first = true;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!(first && first_inline)) out += std::string(static_cast<std::size_t>(indent), ' ');
    first = false;
    out += inline_scalar(it.key()) + ":";
    const nlohmann::json& v = it.value();
    if (v.is_object() && !v.empty()) {
      out += "\n";
      write_map(out, v, indent + 2, false);
    } else if (v.is_array() && !v.empty()) {
      out += "\n";
      write_value(out, v, indent, false);  // go-yaml: a sequence is not indented under its key
    } else if (literal_block(v)) {
      out += " ";
      write_block(out, v.get<std::string>(), indent + 2);
    } else {
      out += " " + (v.is_object() ? std::string("{}") : v.is_array() ? std::string("[]") : inline_scalar(v)) + "\n";
    }
  }
}

void write_value(std::string& out, const nlohmann::json& j, int indent, bool after_dash) {
  if (j.is_object() && !j.empty()) return write_map(out, j, indent, after_dash);
  if (j.is_array() && !j.empty()) {
    bool first = true;
    for (const auto& item : j) {
      if (!(first && after_dash)) out += std::string(static_cast<std::size_t>(indent), ' ');
      first = false;
      out += "- ";
      if (is_block(item)) write_value(out, item, indent + 2, true);
      else if (literal_block(item)) write_block(out, item.get<std::string>(), indent + 2);
      else out += (item.is_object() ? std::string("{}") : item.is_array() ? std::string("[]") : inline_scalar(item)) + "\n";
    }
    return;
  }
  out += (j.is_object() ? std::string("{}") : j.is_array() ? std::string("[]") : inline_scalar(j)) + "\n";
}

}  // namespace

std::string kubectl_yaml(const nlohmann::json& document) {
  std::string out;
  write_value(out, document, 0, false);
  return out;
}

}  // namespace podrun::cli
