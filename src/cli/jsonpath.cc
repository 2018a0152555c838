// kubectl's jsonpath, custom-columns and --sort-by (see jsonpath.h). A template is read in two
// passes: a scanner that follows client-go's parser.go closely (its quirks are part of the
// dialect: `['a.b']` is the path a.b, not the key "a.b"), then a pass that pairs {range} with
// {end} into a tree. The evaluator walks lists of json pointers into the input, so `{..}` over a
// large list copies nothing; literals point into the parsed template, which outlives them.
#include "cli/jsonpath.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <utility>

#include "model/quantity.h"

namespace podrun::cli {

namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// Go's formatting, which is what kubectl's output is made of.

std::string shortest(double d, std::chars_format format) {
  std::array<char, 64> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), d, format);
  if (ec != std::errc()) return "NaN";
  return std::string(buf.data(), end);
}

// fmt's %v of a float64: %g with the shortest digits, exponent form from 1e+06 and below 1e-04.
std::string go_float_text(double d) {
  std::string sci = shortest(d, std::chars_format::scientific);
  std::size_t e = sci.find('e');
  int exp = 0;
  if (e != std::string::npos) std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exp);
  if (exp < -4 || exp >= 6) return sci;
  return shortest(d, std::chars_format::fixed);
}

// encoding/json's float64: plain digits between 1e-6 and 1e21, else exponent form as "1e-7".
std::string go_float_json(double d) {
  double abs = d < 0 ? -d : d;
  if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
    std::string sci = shortest(d, std::chars_format::scientific);
    std::size_t n = sci.size();
    if (n >= 4 && sci[n - 4] == 'e' && sci[n - 3] == '-' && sci[n - 2] == '0') sci.erase(n - 2, 1);
    return sci;
  }
  return shortest(d, std::chars_format::fixed);
}

// The length of the valid UTF-8 sequence at s[i], 0 when it is not one.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

void append_hex4(std::string& out, unsigned value) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xFu];
}

// encoding/json's string, HTML-safe as json.Marshal makes it: kubectl prints an annotation
// "<b>" inside an object as "\u003cb\u003e", and so do we.
void append_go_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t n = utf8_length(s, i);
      if (n == 0) {
        out += "\\ufffd";
        ++i;
        continue;
      }
      std::string_view seq = s.substr(i, n);
      if (seq == "\u2028" || seq == "\u2029") {
        append_hex4(out, seq == "\u2028" ? 0x2028u : 0x2029u);
      } else {
        out += seq;
      }
      i += n;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '<':
      case '>':
      case '&': append_hex4(out, c); break;
      default:
        if (c < 0x20) {
          append_hex4(out, c);
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

std::string integer_text(const json& v) {
  return v.is_number_unsigned() ? std::to_string(v.get<std::uint64_t>()) : std::to_string(v.get<std::int64_t>());
}

void append_go_json(std::string& out, const json& v) {
  switch (v.type()) {
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : v.items()) {
        if (!first) out += ',';
        first = false;
        append_go_json_string(out, key);
        out += ':';
        append_go_json(out, member);
      }
      out += '}';
      break;
    }
    case json::value_t::array: {
      out += '[';
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += ',';
        append_go_json(out, v[i]);
      }
      out += ']';
      break;
    }
    case json::value_t::string: append_go_json_string(out, v.get_ref<const std::string&>()); break;
    case json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: out += integer_text(v); break;
    case json::value_t::number_float: out += go_float_json(v.get<double>()); break;
    default: out += "null";
  }
}

// fmt.Sprint of what encoding/json decodes into interface{}: custom-columns prints this, and so
// do kubectl's error messages about values.
void append_go_sprint(std::string& out, const json& v) {
  switch (v.type()) {
    case json::value_t::object: {
      out += "map[";
      bool first = true;
      for (const auto& [key, member] : v.items()) {
        if (!first) out += ' ';
        first = false;
        out += key;
        out += ':';
        append_go_sprint(out, member);
      }
      out += ']';
      break;
    }
    case json::value_t::array: {
      out += '[';
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += ' ';
        append_go_sprint(out, v[i]);
      }
      out += ']';
      break;
    }
    case json::value_t::string: out += v.get_ref<const std::string&>(); break;
    case json::value_t::boolean: out += v.get<bool>() ? "true" : "false"; break;
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: out += integer_text(v); break;
    case json::value_t::number_float: out += go_float_text(v.get<double>()); break;
    default: out += "<nil>";
  }
}

std::string go_sprint(const json& v) {
  std::string out;
  append_go_sprint(out, v);
  return out;
}

// One -o jsonpath result: PrintResults marshals maps and slices, prints the rest with fmt.
std::string result_text(const json& v) {
  std::string out;
  if (v.is_object() || v.is_array()) {
    append_go_json(out, v);
  } else {
    append_go_sprint(out, v);
  }
  return out;
}

// The Go type a decoded JSON value has, as kubectl's messages name it.
std::string go_type(const json& v) {
  switch (v.type()) {
    case json::value_t::object: return "map[string]interface {}";
    case json::value_t::array: return "[]interface {}";
    case json::value_t::string: return "string";
    case json::value_t::boolean: return "bool";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "int64";
    case json::value_t::number_float: return "float64";
    default: return "<nil>";
  }
}

// strconv.Quote, for the template in "error executing jsonpath %q".
std::string go_quote(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}

// ---------------------------------------------------------------------------------------------
// The template, parsed.

enum class NodeKind { Text, Field, Array, Filter, Int, Float, Bool, Wildcard, Recursive, Union, Identifier };

struct SliceParam {
  std::int64_t value = 0;
  bool known = false;
  bool derived = false;  // the end of a single index [i], which is i+1
};

struct Node;
using NodeList = std::vector<Node>;

struct Node {
  NodeKind kind = NodeKind::Text;
  std::string name;  // Field: the key; Identifier: the word; Filter: the operator or "exists"
  json literal;      // Text, Int, Float, Bool
  std::array<SliceParam, 3> slice{};
  std::vector<NodeList> lists;  // Union: the alternatives; Filter: left, right
};

// The first pass's output: text between actions, and actions as flat node lists.
struct Item {
  bool is_action = false;
  std::string text;
  NodeList nodes;
};

// Indices far past any array behave alike; keeping them within ±2^62 keeps the arithmetic on
// them (i+1, i+len) clear of overflow.
constexpr std::int64_t kIndexLimit = std::int64_t{1} << 62;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Go's unicode.IsLetter is approximated by "any byte of a UTF-8 sequence".
bool is_alphanumeric(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return c == '_' || is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0x80;
}
bool is_terminator(char c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\r':
    case '\n':
    case '.':
    case ',':
    case '[':
    case ']':
    case '$':
    case '@':
    case '{':
    case '}': return true;
    default: return false;
  }
}

// Go's %#U of a character kubectl refuses: U+002A '*'.
std::string go_rune(char ch) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  unsigned char c = static_cast<unsigned char>(ch);
  std::string out = "U+00";
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
  if (c >= 0x20 && c < 0x7F) out += std::string(" '") + ch + "'";
  return out;
}

std::optional<std::int64_t> go_atoi(std::string_view s) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  if (s.empty() || (s[0] == '-' && s.size() == 1)) return std::nullopt;
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Go's strconv unquoting for '...' and "..." (client-go's UnquoteExtend): the escapes of a Go
// string literal; nullopt where Go says "invalid syntax".
std::optional<std::string> unquote(std::string_view quoted) {
  char quote = quoted.front();
  std::string_view s = quoted.substr(1, quoted.size() - 2);
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == quote) return std::nullopt;
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 >= s.size()) return std::nullopt;
    char e = s[i + 1];
    i += 2;
    switch (e) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '\'':
      case '"':
        if (e != quote) return std::nullopt;
        out += e;
        break;
      case 'x':
      case 'u':
      case 'U': {
        std::size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (i + n > s.size()) return std::nullopt;
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < n; ++k) {
          int h = hex_value(s[i + k]);
          if (h < 0) return std::nullopt;
          v = v * 16 + static_cast<std::uint32_t>(h);
        }
        i += n;
        if (e == 'x') {
          out += static_cast<char>(v);
        } else {
          if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return std::nullopt;
          append_utf8(out, v);
        }
        break;
      }
      default: {
        if (e < '0' || e > '7' || i + 2 > s.size()) return std::nullopt;
        std::uint32_t v = static_cast<std::uint32_t>(e - '0');
        for (std::size_t k = 0; k < 2; ++k) {
          char o = s[i + k];
          if (o < '0' || o > '7') return std::nullopt;
          v = v * 8 + static_cast<std::uint32_t>(o - '0');
        }
        if (v > 255) return std::nullopt;
        i += 2;
        out += static_cast<char>(v);
      }
    }
  }
  return out;
}

// The first pass, after client-go's parser.go: the same tokens, the same errors.
class Scanner {
 public:
  explicit Scanner(std::string_view input) : in_(input) {}

  std::vector<Item> scan() {
    std::vector<Item> items;
    std::size_t start = 0;
    while (pos_ < in_.size()) {
      if (in_[pos_] != '{') {
        ++pos_;
        continue;
      }
      if (pos_ > start) items.push_back({false, std::string(in_.substr(start, pos_ - start)), {}});
      ++pos_;
      Item action{true, {}, {}};
      scan_action(action.nodes);
      items.push_back(std::move(action));
      start = pos_;
    }
    if (pos_ > start) items.push_back({false, std::string(in_.substr(start)), {}});
    return items;
  }

 private:
  [[noreturn]] static void fail(const std::string& message) { throw JsonPathError(message); }

  // client-go's parseAction: a fragment (a union member, a quoted key, a filter side) read as
  // the action "{fragment}".
  static NodeList scan_fragment(const std::string& fragment) {
    std::vector<Item> items = Scanner("{" + fragment + "}").scan();
    return std::move(items.front().nodes);
  }

  bool at(std::string_view prefix) const { return in_.substr(pos_).substr(0, prefix.size()) == prefix; }

  void scan_action(NodeList& cur) {
    for (;;) {
      if (at("}")) {
        ++pos_;
        return;
      }
      if (at("[?(")) {
        scan_filter(cur);
        continue;
      }
      if (at("..")) {
        scan_recursive(cur);
        continue;
      }
      if (pos_ >= in_.size()) fail("unclosed action");
      char c = in_[pos_++];
      if (c == '\r' || c == '\n') fail("unclosed action");
      if (c == ' ' || c == '@' || c == '$') continue;  // $ and @ both mean "the current value"
      if (c == '[') {
        scan_array(cur);
      } else if (c == '"' || c == '\'') {
        scan_quote(cur, c);
      } else if (c == '.') {
        scan_field(cur);
      } else if (c == '+' || c == '-' || is_digit(c)) {
        --pos_;
        scan_number(cur);
      } else if (is_alphanumeric(c)) {
        --pos_;
        scan_identifier(cur);
      } else {
        fail("unrecognized character in action: " + go_rune(c));
      }
    }
  }

  void scan_recursive(NodeList& cur) {
    if (!cur.empty() && cur.back().kind == NodeKind::Recursive) fail("invalid multiple recursive descent");
    pos_ += 2;
    cur.push_back(Node{NodeKind::Recursive, {}, {}, {}, {}});
    if (pos_ < in_.size() && is_alphanumeric(in_[pos_])) scan_field(cur);
  }

  // A name up to a terminator; a backslash keeps the next character in it (app\.kubernetes\.io
  // is one key), and every backslash is then dropped, as client-go does.
  void scan_field(NodeList& cur) {
    std::size_t start = pos_;
    while (pos_ < in_.size()) {
      if (in_[pos_] == '\\') {
        pos_ = std::min(pos_ + 2, in_.size());
      } else if (is_terminator(in_[pos_])) {
        break;
      } else {
        ++pos_;
      }
    }
    std::string value(in_.substr(start, pos_ - start));
    if (value == "*") {
      cur.push_back(Node{NodeKind::Wildcard, {}, {}, {}, {}});
      return;
    }
    value.erase(std::remove(value.begin(), value.end(), '\\'), value.end());
    cur.push_back(Node{NodeKind::Field, std::move(value), {}, {}, {}});
  }

  void scan_number(NodeList& cur) {
    std::size_t start = pos_;
    if (in_[pos_] == '+' || in_[pos_] == '-') ++pos_;
    while (pos_ < in_.size() && (is_digit(in_[pos_]) || in_[pos_] == '.')) ++pos_;
    std::string text(in_.substr(start, pos_ - start));
    if (auto i = go_atoi(text)) {
      cur.push_back(Node{NodeKind::Int, {}, json(*i), {}, {}});
      return;
    }
    bool has_digit = std::any_of(text.begin(), text.end(), is_digit);
    if (has_digit && std::count(text.begin(), text.end(), '.') <= 1) {
      errno = 0;
      char* end = nullptr;
      double d = std::strtod(text.c_str(), &end);
      if (errno == 0 && end == text.c_str() + text.size()) {
        cur.push_back(Node{NodeKind::Float, {}, json(d), {}, {}});
        return;
      }
    }
    fail("cannot parse number " + text);
  }

  void scan_identifier(NodeList& cur) {
    std::size_t start = pos_;
    while (pos_ < in_.size() && !is_terminator(in_[pos_])) ++pos_;
    std::string word(in_.substr(start, pos_ - start));
    if (word == "true" || word == "false") {
      cur.push_back(Node{NodeKind::Bool, {}, json(word == "true"), {}, {}});
    } else {
      cur.push_back(Node{NodeKind::Identifier, std::move(word), {}, {}, {}});
    }
  }

  void scan_quote(NodeList& cur, char quote) {
    std::size_t start = pos_ - 1;
    for (;;) {
      if (pos_ >= in_.size() || in_[pos_] == '\n') fail("unterminated quoted string");
      char c = in_[pos_++];
      if (c == quote && in_[pos_ - 2] != '\\') break;
    }
    std::string_view quoted = in_.substr(start, pos_ - start);
    std::optional<std::string> text = unquote(quoted);
    if (!text) fail("unquote string " + std::string(quoted) + " error invalid syntax");
    cur.push_back(Node{NodeKind::Text, {}, json(std::move(*text)), {}, {}});
  }

  // [...] after the '[': a union "a,b", a quoted key 'k' (read as the path .k), or a slice.
  void scan_array(NodeList& cur) {
    std::size_t start = pos_;
    for (;;) {
      if (pos_ >= in_.size() || in_[pos_] == '\n') fail("unterminated array");
      if (in_[pos_++] == ']') break;
    }
    std::string text(in_.substr(start, pos_ - 1 - start));
    if (text == "*") text = ":";

    if (text.find(',') != std::string::npos) {
      Node u{NodeKind::Union, {}, {}, {}, {}};
      std::size_t from = 0;
      for (;;) {
        std::size_t comma = text.find(',', from);
        std::string part = text.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        std::size_t first = part.find_first_not_of(' ');
        part = first == std::string::npos ? "" : part.substr(first, part.find_last_not_of(' ') - first + 1);
        u.lists.push_back(scan_fragment("[" + part + "]"));
        if (comma == std::string::npos) break;
        from = comma + 1;
      }
      cur.push_back(std::move(u));
      return;
    }

    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'' && text.find('\'', 1) == text.size() - 1) {
      for (Node& n : scan_fragment("." + text.substr(1, text.size() - 2))) cur.push_back(std::move(n));
      return;
    }

    // ^(-?\d*)(:-?\d*)?(:-?\d*)?$
    std::array<std::optional<std::string>, 3> groups;
    std::size_t i = 0;
    for (std::size_t g = 0; g < 3; ++g) {
      if (g > 0 && (i >= text.size() || text[i] != ':')) break;
      std::size_t from = i;
      if (g > 0) ++i;
      if (i < text.size() && text[i] == '-') ++i;
      while (i < text.size() && is_digit(text[i])) ++i;
      groups[g] = text.substr(from, i - from);
    }
    if (i != text.size()) fail("invalid array index " + text);

    Node a{NodeKind::Array, {}, {}, {}, {}};
    for (std::size_t g = 0; g < 3; ++g) {
      std::string value = groups[g].value_or("");
      if (!value.empty()) {
        if (g > 0) value.erase(0, 1);
        if (g > 0 && value.empty()) continue;  // "1:" leaves the end unknown
        std::optional<std::int64_t> v = go_atoi(value);
        if (!v) fail("array index " + value + " is not a number");
        a.slice[g] = {std::clamp(*v, -kIndexLimit, kIndexLimit), true, false};
      } else if (g == 1) {
        a.slice[1] = {a.slice[0].value + 1, true, true};
      }
    }
    cur.push_back(std::move(a));
  }

  // [?(left op right)] or [?(path)]: the text up to the ')' outside the first quoted string.
  void scan_filter(NodeList& cur) {
    pos_ += 3;
    std::size_t start = pos_;
    bool begin = false;
    bool end = false;
    char pair = 0;
    for (;;) {
      if (pos_ >= in_.size() || in_[pos_] == '\n') fail("unterminated filter");
      char c = in_[pos_++];
      if (c == '"' || c == '\'') {
        if (!begin) {
          begin = true;
          pair = c;
        } else if (c == pair && in_[pos_ - 2] != '\\') {
          end = true;
        }
      } else if (c == ')' && begin == end) {
        break;
      }
    }
    if (pos_ >= in_.size() || in_[pos_] != ']') fail("unclosed array expect ]");
    ++pos_;
    std::string text(in_.substr(start, pos_ - 2 - start));

    // ^([^!<>=]+)([!<>=]+)(.+?)$: the operator is the first run of !<>=, less its last
    // character when nothing follows it.
    std::size_t op = text.find_first_of("!<>=");
    if (op != std::string::npos && op > 0) {
      std::size_t op_end = text.find_first_not_of("!<>=", op);
      if (op_end == std::string::npos) op_end = text.size() - 1;
      if (op_end > op) {
        Node f{NodeKind::Filter, text.substr(op, op_end - op), {}, {}, {}};
        f.lists.push_back(scan_fragment(text.substr(0, op)));
        f.lists.push_back(scan_fragment(text.substr(op_end)));
        cur.push_back(std::move(f));
        return;
      }
    }
    Node f{NodeKind::Filter, "exists", {}, {}, {}};
    f.lists.push_back(scan_fragment(text));
    cur.push_back(std::move(f));
  }

  std::string_view in_;
  std::size_t pos_ = 0;
};

// The second pass: {range EXPR} ... {end} become one segment with a body.
struct Segment {
  enum class Kind { Text, Action, Range, StrayEnd } kind = Kind::Text;
  json text;
  NodeList nodes;  // Action: the expression; Range: what it iterates
  std::vector<Segment> body;
};

bool starts_with_word(const NodeList& nodes, std::string_view word) {
  return !nodes.empty() && nodes.front().kind == NodeKind::Identifier && nodes.front().name == word;
}

std::vector<Segment> build(std::vector<Item>& items, std::size_t& i, bool in_range) {
  std::vector<Segment> out;
  while (i < items.size()) {
    Item& item = items[i++];
    if (!item.is_action) {
      out.push_back({Segment::Kind::Text, json(std::move(item.text)), {}, {}});
    } else if (starts_with_word(item.nodes, "range")) {
      Segment range{Segment::Kind::Range,
                    {},
                    NodeList(std::make_move_iterator(item.nodes.begin() + 1), std::make_move_iterator(item.nodes.end())),
                    {}};
      range.body = build(items, i, true);
      out.push_back(std::move(range));
    } else if (starts_with_word(item.nodes, "end")) {
      // kubectl finds a stray {end} only when it gets to it, as an execution error.
      if (in_range) return out;
      out.push_back({Segment::Kind::StrayEnd, {}, {}, {}});
    } else {
      out.push_back({Segment::Kind::Action, {}, std::move(item.nodes), {}});
    }
  }
  return out;
}

std::vector<Segment> compile(const std::string& tmpl) {
  std::vector<Item> items = Scanner(tmpl).scan();
  std::size_t i = 0;
  return build(items, i, false);
}

// ---------------------------------------------------------------------------------------------
// Evaluation.

using Values = std::vector<const json*>;

// Go's text/template comparison kinds, which client-go's filters use.
enum class GoKind { Invalid, Bool, Number, String };

GoKind go_kind(const json& v) {
  if (v.is_boolean()) return GoKind::Bool;
  if (v.is_number()) return GoKind::Number;
  if (v.is_string()) return GoKind::String;
  return GoKind::Invalid;
}

// -1, 0, 1, exactly for integers of either sign and by double otherwise.
int compare_numbers(const json& a, const json& b) {
  if (a.is_number_integer() && b.is_number_integer()) {
    bool a_neg = !a.is_number_unsigned() && a.get<std::int64_t>() < 0;
    bool b_neg = !b.is_number_unsigned() && b.get<std::int64_t>() < 0;
    if (a_neg != b_neg) return a_neg ? -1 : 1;
    if (a_neg) {
      std::int64_t x = a.get<std::int64_t>(), y = b.get<std::int64_t>();
      return x < y ? -1 : x > y ? 1 : 0;
    }
    std::uint64_t x = a.get<std::uint64_t>(), y = b.get<std::uint64_t>();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  double x = a.get<double>(), y = b.get<double>();
  return x < y ? -1 : x > y ? 1 : 0;
}

bool go_equal(const json& a, const json& b) {
  GoKind ka = go_kind(a), kb = go_kind(b);
  if (ka == GoKind::Invalid || kb == GoKind::Invalid) throw JsonPathError("invalid type for comparison");
  if (ka != kb) throw JsonPathError("incompatible types for comparison");
  if (ka == GoKind::Number) return compare_numbers(a, b) == 0;
  return a == b;
}

bool go_less(const json& a, const json& b) {
  GoKind ka = go_kind(a), kb = go_kind(b);
  if (ka == GoKind::Invalid || kb == GoKind::Invalid) throw JsonPathError("invalid type for comparison");
  if (ka != kb) throw JsonPathError("incompatible types for comparison");
  if (ka == GoKind::Bool) throw JsonPathError("invalid type for comparison");
  if (ka == GoKind::Number) return compare_numbers(a, b) < 0;
  return a.get_ref<const std::string&>() < b.get_ref<const std::string&>();
}

bool filter_passes(const std::string& op, const json& a, const json& b) {
  if (op == "<") return go_less(a, b);
  if (op == ">") return !(go_less(a, b) || go_equal(a, b));
  if (op == "==") return go_equal(a, b);
  if (op == "!=") return !go_equal(a, b);
  if (op == "<=") return go_less(a, b) || go_equal(a, b);
  if (op == ">=") return !go_less(a, b);
  throw JsonPathError("unrecognized filter operator " + op);
}

class Evaluator {
 public:
  explicit Evaluator(bool allow_missing_keys) : allow_missing_(allow_missing_keys) {}

  // client-go's FindResults: one list of values per action (and per text), in output order.
  void run(const std::vector<Segment>& segments, const json* cur, std::vector<Values>& out) const {
    for (const Segment& s : segments) {
      switch (s.kind) {
        case Segment::Kind::Text: out.push_back({&s.text}); break;
        case Segment::Kind::Action: out.push_back(walk_list({cur}, s.nodes)); break;
        case Segment::Kind::Range:
          for (const json* v : walk_list({cur}, s.nodes)) run(s.body, v, out);
          break;
        case Segment::Kind::StrayEnd: throw JsonPathError("not in range, nothing to end");
      }
    }
  }

 private:
  Values walk_list(Values values, const NodeList& nodes) const {
    for (const Node& n : nodes) values = walk(values, n);
    return values;
  }

  Values walk(const Values& in, const Node& n) const {
    switch (n.kind) {
      case NodeKind::Text: return {&n.literal};
      case NodeKind::Int:
      case NodeKind::Float:
      case NodeKind::Bool: return Values(in.size(), &n.literal);
      case NodeKind::Field: return field(in, n.name);
      case NodeKind::Array: return array(in, n.slice);
      case NodeKind::Filter: return filter(in, n);
      case NodeKind::Wildcard: {
        Values out;
        for (const json* v : in) {
          if (v->is_object()) {
            for (const auto& member : v->items()) out.push_back(&member.value());
          } else if (v->is_array()) {
            for (const json& e : *v) out.push_back(&e);
          }
        }
        return out;
      }
      case NodeKind::Recursive: {
        Values out;
        for (const json* v : in) descend(*v, out);
        return out;
      }
      case NodeKind::Union: {
        Values out;
        for (const NodeList& alternative : n.lists) {
          Values part = walk_list(in, alternative);
          out.insert(out.end(), part.begin(), part.end());
        }
        return out;
      }
      case NodeKind::Identifier: throw JsonPathError("unrecognized identifier " + n.name);
    }
    return {};
  }

  // `..`: every object and array that has something in it, each before what it holds; scalars
  // are reached by the step after `..` (`..name`).
  static void descend(const json& v, Values& out) {
    if (!(v.is_object() || v.is_array()) || v.empty()) return;
    out.push_back(&v);
    if (v.is_object()) {
      for (const auto& member : v.items()) descend(member.value(), out);
    } else {
      for (const json& e : v) descend(e, out);
    }
  }

  Values field(const Values& in, const std::string& key) const {
    Values out;
    if (in.empty()) return out;
    for (const json* v : in) {
      if (!v->is_object()) continue;
      auto it = v->find(key);
      if (it != v->end()) out.push_back(&*it);
    }
    if (out.empty() && !allow_missing_) throw JsonPathError(key + " is not found");
    return out;
  }

  static Values array(const Values& in, const std::array<SliceParam, 3>& params) {
    Values out;
    for (const json* v : in) {
      if (v->is_null()) continue;
      if (!v->is_array()) throw JsonPathError(go_type(*v) + " is not array or slice");
      std::int64_t len = static_cast<std::int64_t>(v->size());
      std::int64_t begin = params[0].known ? params[0].value : 0;
      if (begin < 0) begin += len;
      std::int64_t end = params[1].known ? params[1].value : len;
      if (end < 0 || (end == 0 && params[1].derived)) end += len;
      if (begin == end) continue;
      if (begin >= len || begin < 0) {
        throw JsonPathError("array index out of bounds: index " + std::to_string(begin) + ", length " + std::to_string(len));
      }
      if (end > len || end < 0) {
        throw JsonPathError("array index out of bounds: index " + std::to_string(end - 1) + ", length " + std::to_string(len));
      }
      if (begin > end) {
        throw JsonPathError("starting index " + std::to_string(begin) + " is greater than ending index " + std::to_string(end));
      }
      std::int64_t step = 1;
      if (params[2].known) {
        if (params[2].value <= 0) throw JsonPathError("step must be > 0");
        step = params[2].value;
      }
      for (std::int64_t i = begin; i < end; i += step) out.push_back(&(*v)[static_cast<std::size_t>(i)]);
    }
    return out;
  }

  Values filter(const Values& in, const Node& n) const {
    Values out;
    for (const json* v : in) {
      if (!v->is_array()) throw JsonPathError(go_sprint(*v) + " is not array or slice and cannot be filtered");
      for (const json& element : *v) {
        if (n.name == "exists") {
          // kubectl keeps an element when the path yields something, and ignores its errors.
          Values found;
          try {
            found = walk_list({&element}, n.lists[0]);
          } catch (const JsonPathError&) {}
          if (!found.empty()) out.push_back(&element);
          continue;
        }
        Values left = walk_list({&element}, n.lists[0]);
        if (left.empty()) continue;
        if (left.size() > 1) throw JsonPathError("can only compare one element at a time");
        Values right = walk_list({&element}, n.lists[1]);
        if (right.empty()) continue;
        if (right.size() > 1) throw JsonPathError("can only compare one element at a time");
        if (filter_passes(n.name, *left[0], *right[0])) out.push_back(&element);
      }
    }
    return out;
  }

  bool allow_missing_;
};

// A template and its results for one input, with kubectl's allow-missing-keys.
std::vector<Values> find_results(const std::vector<Segment>& segments, const json& input, bool allow_missing_keys) {
  std::vector<Values> out;
  Evaluator(allow_missing_keys).run(segments, &input, out);
  return out;
}

// printers.EscapeTerminal.
std::string escape_terminal(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\x1b') {
      out += "^[";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

// sortorder.NaturalLess's order as a strict weak one: runs of digits compare by value and
// before any other byte, other bytes by value. Strings equal that way differ only in leading
// zeros: fewer zeros first at the first run where they differ, as sortorder does, but only
// once the rest is equal (sortorder decides there at once, which is not a consistent order).
int natural_compare(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  int zeros = 0;
  while (i < a.size() && j < b.size()) {
    bool da = is_digit(a[i]), db = is_digit(b[j]);
    if (da != db) return da ? -1 : 1;
    if (!da) {
      if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
      ++i;
      ++j;
      continue;
    }
    std::size_t zi = i, zj = j;
    while (i < a.size() && a[i] == '0') ++i;
    while (j < b.size() && b[j] == '0') ++j;
    std::size_t si = i, sj = j;
    if (zeros == 0 && si - zi != sj - zj) zeros = si - zi < sj - zj ? -1 : 1;
    while (i < a.size() && is_digit(a[i])) ++i;
    while (j < b.size() && is_digit(b[j])) ++j;
    std::string_view na = a.substr(si, i - si), nb = b.substr(sj, j - sj);
    if (na.size() != nb.size()) return na.size() < nb.size() ? -1 : 1;
    if (int c = na.compare(nb); c != 0) return c < 0 ? -1 : 1;
  }
  bool a_done = i >= a.size(), b_done = j >= b.size();
  if (a_done != b_done) return a_done ? -1 : 1;
  if (zeros != 0) return zeros;
  int c = a.compare(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

std::string parse_error(const std::string& tmpl, const JsonPathError& e) { return "error parsing jsonpath " + tmpl + ", " + e.what(); }

}  // namespace

std::string jsonpath_print(const std::string& tmpl, const nlohmann::json& root, bool allow_missing_keys) {
  std::vector<Segment> segments;
  try {
    segments = compile(tmpl);
  } catch (const JsonPathError& e) {
    throw JsonPathError(parse_error(tmpl, e));
  }
  std::vector<Values> results;
  try {
    results = find_results(segments, root, allow_missing_keys);
  } catch (const JsonPathError& e) {
    throw JsonPathError("error executing jsonpath " + go_quote(tmpl) + ": Error executing template: " + e.what());
  }
  std::string out;
  for (const Values& values : results) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i) out += ' ';
      out += result_text(*values[i]);
    }
  }
  return out;
}

std::string relaxed_jsonpath(const std::string& expression) {
  if (expression.empty()) return expression;
  // ^\{\.?([^{}]+)\}$|^\.?([^{}]+)$
  std::string_view inner = expression;
  if (inner.size() >= 2 && inner.front() == '{' && inner.back() == '}') inner = inner.substr(1, inner.size() - 2);
  if (inner.empty() || inner.find_first_of("{}") != std::string_view::npos) {
    throw JsonPathError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  }
  if (inner.size() > 1 && inner.front() == '.') inner.remove_prefix(1);
  return "{." + std::string(inner) + "}";
}

std::vector<CustomColumn> parse_custom_columns(const std::string& spec) {
  if (spec.empty()) throw JsonPathError("custom-columns format specified but no custom columns given");
  std::vector<CustomColumn> columns;
  std::size_t from = 0;
  for (;;) {
    std::size_t comma = spec.find(',', from);
    std::string part = spec.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
    std::size_t colon = part.find(':');
    if (colon == std::string::npos) {
      throw JsonPathError("unexpected custom-columns spec: " + part + ", expected <header>:<json-path-expr>");
    }
    CustomColumn column{part.substr(0, colon), relaxed_jsonpath(part.substr(colon + 1))};
    compile(column.expression);  // kubectl finds a bad one when printing; here it is found first
    columns.push_back(std::move(column));
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  return columns;
}

std::vector<std::vector<std::string>> custom_column_rows(const std::vector<CustomColumn>& columns, const std::vector<nlohmann::json>& items,
                                                         bool headers) {
  std::vector<std::vector<Segment>> compiled;
  compiled.reserve(columns.size());
  for (const CustomColumn& c : columns) compiled.push_back(compile(c.expression));

  std::vector<std::vector<std::string>> rows;
  if (headers) {
    std::vector<std::string> row;
    for (const CustomColumn& c : columns) row.push_back(c.header);
    rows.push_back(std::move(row));
  }
  for (const json& item : items) {
    std::vector<std::string> row;
    for (const std::vector<Segment>& segments : compiled) {
      std::vector<Values> results = find_results(segments, item, true);
      std::string cell;
      // Go's strings.Join: an empty value still takes its place between the commas.
      bool first = true;
      auto add_value = [&](const std::string& value) {
        if (!first) cell += ',';
        first = false;
        cell += value;
      };
      if (results.empty() || results.front().empty()) add_value("<none>");
      for (const Values& values : results) {
        for (const json* v : values) add_value(escape_terminal(go_sprint(*v)));
      }
      row.push_back(std::move(cell));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

void sort_by(std::vector<nlohmann::json>& items, const std::string& expression) {
  if (items.empty()) return;
  std::string field = relaxed_jsonpath(expression);
  std::vector<Segment> segments = compile(field);

  // Each item's key: its first value, or none.
  std::vector<const json*> keys;
  keys.reserve(items.size());
  for (const json& item : items) {
    std::vector<Values> results = find_results(segments, item, true);
    keys.push_back(!results.empty() && !results.front().empty() ? results.front().front() : nullptr);
  }
  if (std::all_of(keys.begin(), keys.end(), [](const json* k) { return k == nullptr; })) {
    throw JsonPathError("couldn't find any field with path " + go_quote(field) + " in the list of objects");
  }

  // kubectl fails on the first pair it cannot compare; deciding before sorting keeps the
  // comparison below total and noexcept.
  std::vector<const json*> present;
  for (const json* k : keys) {
    if (k && !k->is_null()) present.push_back(k);
  }
  auto unsortable = [&field](const std::string& why) {
    return JsonPathError("Field " + field + " in *unstructured.Unstructured is an unsortable type: interface, err: " + why);
  };
  if (present.size() > 1) {
    for (const json* k : present) {
      if (!k->is_number() && !k->is_string()) throw unsortable("unsortable type: " + go_type(*k));
    }
    bool numbers = present.front()->is_number();
    for (const json* k : present) {
      if (k->is_number() != numbers) throw unsortable("unsortable interface: interface");
    }
  }

  // Strings compare as quantities only when every one is a quantity: kubectl decides per pair,
  // which is no consistent order when "1Ki" and "web-1" meet.
  std::vector<std::optional<model::Quantity>> quantities(keys.size());
  bool all_quantities = !present.empty() && present.front()->is_string();
  for (std::size_t i = 0; i < keys.size() && all_quantities; ++i) {
    if (!keys[i] || !keys[i]->is_string()) continue;
    quantities[i] = model::parse_quantity(keys[i]->get_ref<const std::string&>());
    if (!quantities[i]) all_quantities = false;
  }

  auto rank = [&keys](std::size_t i) { return !keys[i] ? 0 : keys[i]->is_null() ? 1 : 2; };
  auto less = [&](std::size_t a, std::size_t b) {
    int ra = rank(a), rb = rank(b);
    if (ra != rb || ra < 2 || a == b) return ra < rb;
    const json& x = *keys[a];
    const json& y = *keys[b];
    if (x.is_number() && y.is_number()) return compare_numbers(x, y) < 0;
    if (!x.is_string() || !y.is_string()) return false;  // a lone unsortable key: nothing to compare it with
    if (all_quantities) return model::compare(*quantities[a], *quantities[b]) < 0;
    return natural_compare(x.get_ref<const std::string&>(), y.get_ref<const std::string&>()) < 0;
  };
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), less);

  std::vector<nlohmann::json> sorted;
  sorted.reserve(items.size());
  for (std::size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace podrun::cli
