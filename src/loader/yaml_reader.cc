// YAML to typed JSON with positions: documents split on their markers, yaml-cpp's events turned
// into nlohmann::json with a position per field path, YAML 1.1 scalar typing, duplicate keys,
// bounded aliases. Over 600 lines: one event handler and the state it keeps; the scalar typing
// and the document splitter are the two parts that could leave, and would only add a header.
#include "loader/yaml_reader.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <istream>
#include <map>
#include <optional>
#include <set>
#include <streambuf>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "loader/yaml_subset.h"

namespace podrun::loader {

// ---------------------------------------------------------------------------------------------
// Field paths

namespace {

bool is_identifier(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

void append_key(std::string& path, std::string_view key) {
  if (is_identifier(key)) {
    if (!path.empty()) path += '.';
    path += key;
    return;
  }
  path += "[\"";
  for (char c : key) {
    if (c == '"' || c == '\\') path += '\\';
    path += c;
  }
  path += "\"]";
}

void append_index(std::string& path, std::size_t index) {
  path += '[';
  path += std::to_string(index);
  path += ']';
}

std::uint64_t PathIndex::hash(std::string_view s) {
  std::uint64_t h = 14695981039346656037ULL;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

const Position* PathIndex::lookup(std::string_view path) const {
  std::uint64_t h = hash(path);
  Index& ix = *index_;
  if (ix.entries.size() < 512) {
    for (const Entry& e : ix.entries)
      if (e.hash == h) return &e.pos;
    return nullptr;
  }
  if (ix.table.empty())
    for (std::size_t i = 0; i < ix.entries.size(); ++i) ix.table.emplace(ix.entries[i].hash, i);
  auto it = ix.table.find(h);
  return it == ix.table.end() ? nullptr : &ix.entries[it->second].pos;
}

Position PathIndex::find(std::string_view path) const {
  std::string p = prefix_;
  if (!prefix_.empty() && !path.empty() && path[0] != '[') p += '.';
  p += path;
  for (;;) {
    if (const Position* pos = lookup(p)) return *pos;
    if (p.empty()) return {};
    // Drop the last component: `.name`, `[3]` or `["a.b"]`.
    std::size_t cut = p.size();
    if (p.back() == ']') {
      bool quoted = p.size() >= 2 && p[p.size() - 2] == '"';
      std::size_t open = quoted ? p.rfind("[\"") : p.rfind('[');
      cut = open == std::string::npos ? 0 : open;
    } else {
      std::size_t dot = p.find_last_of(".]");
      cut = dot == std::string::npos ? 0 : (p[dot] == ']' ? dot + 1 : dot);
    }
    p.resize(cut);
  }
}

Mark PathIndex::key(std::string_view path) const {
  Position p = find(path);
  return p.key.line ? p.key : p.value;
}

// ---------------------------------------------------------------------------------------------
// Scalars: YAML 1.1 resolution as go-yaml v2 does it (the decoder behind kubectl).

namespace {

bool is_null_word(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

std::optional<bool> bool_word(std::string_view s) {
  static const char* const yes[] = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
  static const char* const no[] = {"n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
  for (const char* w : yes)
    if (s == w) return true;
  for (const char* w : no)
    if (s == w) return false;
  return std::nullopt;
}

// strconv.ParseInt(s, 0, 64) after removing underscores, plus go-yaml's 0b prefix.
bool parse_yaml_int(std::string_view in, nlohmann::json& out) {
  std::string s;
  s.reserve(in.size());
  for (char c : in)
    if (c != '_') s += c;
  if (s.empty()) return false;
  bool neg = false;
  std::size_t i = 0;
  if (s[0] == '+' || s[0] == '-') {
    neg = s[0] == '-';
    i = 1;
  }
  int base = 10;
  if (s.size() - i > 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
    base = 16;
    i += 2;
  } else if (s.size() - i > 2 && s[i] == '0' && (s[i + 1] == 'b' || s[i + 1] == 'B')) {
    base = 2;
    i += 2;
  } else if (s.size() - i > 2 && s[i] == '0' && (s[i + 1] == 'o' || s[i + 1] == 'O')) {
    base = 8;
    i += 2;
  } else if (s.size() - i > 1 && s[i] == '0') {
    base = 8;  // YAML 1.1: a leading zero means octal (`mode: 0644`)
    i += 1;
  }
  if (i >= s.size()) return false;
  std::uint64_t v = 0;
  auto [end, ec] = std::from_chars(s.data() + i, s.data() + s.size(), v, base);
  if (ec != std::errc() || end != s.data() + s.size()) return false;
  if (neg) {
    if (v > static_cast<std::uint64_t>(INT64_MAX) + 1) return false;
    out = v == static_cast<std::uint64_t>(INT64_MAX) + 1 ? INT64_MIN : -static_cast<std::int64_t>(v);
  } else if (v <= static_cast<std::uint64_t>(INT64_MAX)) {
    out = static_cast<std::int64_t>(v);
  } else {
    out = v;
  }
  return true;
}

// go-yaml's yamlStyleFloat: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_yaml_float(std::string_view s) {
  std::size_t i = 0, n = s.size();
  if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
  auto digits = [&] {
    std::size_t start = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') ++i;
    return i - start;
  };
  if (i < n && s[i] == '.') {
    ++i;
    if (digits() == 0) return false;
  } else {
    if (digits() == 0) return false;
    if (i < n && s[i] == '.') {
      ++i;
      digits();
    }
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    if (digits() == 0) return false;
  }
  return i == n;
}

bool is_special_float(std::string_view s) {
  static const char* const words[] = {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"};
  for (const char* w : words)
    if (s == w) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Input checks that yaml-cpp does not make: UTF-8 validity and control characters.

struct BadByte {
  std::size_t offset;
  std::string message;
};

std::optional<BadByte> check_text(std::string_view s) {
  auto hex = [](unsigned char c) {
    static const char* d = "0123456789abcdef";
    return std::string("0x") + d[c >> 4] + d[c & 15];
  };
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        return BadByte{i, "control character " + hex(c) + " is not allowed in YAML (binary data?)"};
      if (c == 0x7f) return BadByte{i, "control character 0x7f is not allowed in YAML (binary data?)"};
      ++i;
      continue;
    }
    int len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    if (c >= 0xf5) len = 0;
    if (len == 0 || i + len > s.size()) return BadByte{i, "invalid UTF-8 byte " + hex(c) + " (YAML must be UTF-8 text)"};
    std::uint32_t cp = c & (0xff >> (len + 1));
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xc0) != 0x80) return BadByte{i, "invalid UTF-8 sequence at byte " + hex(c) + " (YAML must be UTF-8 text)"};
      cp = (cp << 6) | (cc & 0x3f);
    }
    bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
      return BadByte{i, "invalid UTF-8 sequence at byte " + hex(c) + " (YAML must be UTF-8 text)"};
    i += len;
  }
  return std::nullopt;
}

// yaml-cpp writes the escapes \N and \_ of a double-quoted scalar as the single bytes 0x85 and
// 0xA0 (their Latin-1 codes), which are not UTF-8 (and make nlohmann::json's dump throw). YAML
// means U+0085 and U+00A0, as go-yaml reads them: such a byte where a character starts is
// written as that character's UTF-8. Valid UTF-8 comes back unchanged.
std::string utf8_escapes(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 4);
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
    bool whole = len > 0 && i + len <= s.size();
    for (std::size_t k = 1; whole && k < len; ++k) whole = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
    if (whole) {
      out.append(s, i, len);
      i += len;
      continue;
    }
    if (c == 0x85 || c == 0xa0) out += '\xc2';
    out += static_cast<char>(c);
    ++i;
  }
  return out;
}

bool has_high_bytes(const std::string& s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

Mark mark_at(std::string_view text, std::size_t offset, int line_base) {
  Mark m{line_base + 1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++m.line;
      m.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) {
      ++m.column;
    }
  }
  return m;
}

// ---------------------------------------------------------------------------------------------
// Event handler: builds nlohmann::json and the PathIndex straight from parser events, without
// an intermediate YAML::Node tree.

struct ReadError {
  Mark mark;
  std::string message;
};

class JsonBuilder : public YAML::EventHandler {
 public:
  JsonBuilder(YamlDocument& doc, const ReadLimits& limits, std::string_view text, int line_base)
      : doc_(doc), limits_(limits), text_(text), line_base_(line_base) {}

  bool saw_content() const { return saw_content_; }

  // yaml-cpp reads this document: its scalars may hold the Latin-1 bytes of \N and \_
  // (utf8_escapes). The subset reader declines escapes: its scalars are the checked text's.
  void read_by_yaml_cpp() { repair_escapes_ = true; }

  // The innermost flow collection still open ('[' or '{'), for "not closed" errors.
  const char* open_flow(Mark* mark) const {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it)
      if (it->flow) {
        *mark = it->mark;
        return it->kind == Frame::Seq ? "[" : "{";
      }
    return nullptr;
  }

  void OnDocumentStart(const YAML::Mark& mark) override { doc_.start = to_mark(mark); }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { place(nullptr, mark, anchor); }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      place(nullptr, mark, 0);
      return;
    }
    // Each use of an alias is a full copy in the JSON, as in Kubernetes: count it against the
    // node budget so that "billion laughs" documents stop here, not in the allocator.
    count_nodes(it->second.nodes, mark);
    place(it->second.value, mark, 0, /*counted=*/true);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& read) override {
    std::string repaired;
    if (repair_escapes_ && has_high_bytes(read)) repaired = utf8_escapes(read);
    const std::string& value = repaired.empty() ? read : repaired;
    saw_content_ = true;
    if (tag == "!") check_quote_closed(mark);
    if (!frames_.empty() && frames_.back().kind == Frame::Map && !frames_.back().key) {
      // A mapping key. Keys are strings in JSON whatever their YAML type.
      frames_.back().key = value;
      frames_.back().key_mark = to_mark(mark);
      frames_.back().key_plain = tag == "?";
      return;
    }
    nlohmann::json v = resolve(tag, value, mark);
    // YAML 1.1 words that became booleans or null: keep what the author wrote for messages.
    if (tag == "?" && (v.is_boolean() || (v.is_null() && !value.empty())) && value != "true" && value != "false" && value != "null") {
      std::string path = path_;
      if (!frames_.empty() && frames_.back().kind == Frame::Map && frames_.back().key) append_key(path, *frames_.back().key);
      else if (!frames_.empty() && frames_.back().kind == Frame::Seq) append_index(path, frames_.back().value.size());
      doc_.positions.add_raw(path, value);
    }
    place(std::move(v), mark, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override {
    saw_content_ = true;
    open(Frame::Seq, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value style) override {
    saw_content_ = true;
    open(Frame::Map, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    enum Kind { Seq, Map } kind = Map;
    nlohmann::json value;
    Mark mark;
    YAML::anchor_t anchor = 0;
    std::size_t path_len = 0;    // path_ length before this frame's children
    std::size_t first_node = 0;  // node count when the frame opened (for anchors)
    bool is_key = false;         // a complex (non-scalar) mapping key being built
    bool flow = false;           // written as [...] or {...}
    std::optional<std::string> key;
    Mark key_mark;
    bool key_plain = false;
    bool key_complex = false;      // the pending key was a list or mapping: drop the entry
    std::set<std::string> merged;  // keys that came from a `<<` merge and may be overridden
  };
  struct Anchored {
    nlohmann::json value;
    std::size_t nodes;
  };

  Mark to_mark(const YAML::Mark& m) const { return Mark{m.line + 1 + line_base_, m.column + 1}; }

  void count_nodes(std::size_t n, const YAML::Mark& mark) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes)
      throw ReadError{to_mark(mark), "document expands to more than " + std::to_string(limits_.max_nodes) +
                                         " values through aliases (a \"billion laughs\" document?)"};
  }

  void error(Mark m, std::string path, std::string message) {
    doc_.errors.push_back(Diagnostic{Severity::Error, Category::Invalid, m, std::move(path), std::move(message)});
  }

  nlohmann::json resolve(const std::string& tag, const std::string& s, const YAML::Mark& mark) {
    if (tag == "!" || tag == "tag:yaml.org,2002:str") return s;  // quoted or block scalar
    if (tag != "?") {
      if (tag == "tag:yaml.org,2002:int") {
        nlohmann::json v;
        if (parse_yaml_int(s, v)) return v;
      } else if (tag == "tag:yaml.org,2002:bool") {
        if (auto b = bool_word(s)) return *b;
      } else if (tag == "tag:yaml.org,2002:null") {
        return nullptr;
      } else if (tag == "tag:yaml.org,2002:float" && is_yaml_float(s)) {
        return std::stod(s);
      }
      error(to_mark(mark), path_, "YAML tag \"" + tag + "\" is not supported here (value \"" + s + "\")");
      return s;
    }
    if (is_null_word(s)) return nullptr;
    if (auto b = bool_word(s)) return *b;
    char c = s[0];
    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
      nlohmann::json v;
      if (parse_yaml_int(s, v)) return v;
      if (is_yaml_float(s)) {
        double d = 0;
        std::size_t skip = s[0] == '+' ? 1 : 0;  // from_chars takes no leading '+'
        auto [p, ec] = std::from_chars(s.data() + skip, s.data() + s.size(), d);
        if (ec == std::errc()) {
          // Go's encoding/json writes integral floats below 1e21 as integers, so after
          // sigs.k8s.io/yaml's YAML→JSON step `containerPort: 80.0` is the integer 80.
          if (std::fabs(d) < 9.2e18 && d == std::trunc(d)) return static_cast<std::int64_t>(d);
          return d;
        }
      }
      if (is_special_float(s)) {
        error(to_mark(mark), path_, "\"" + s + "\" (infinity or NaN) cannot be represented in JSON; quote it for a string");
        return s;
      }
    }
    return s;
  }

  // Adds a finished value to the enclosing container (or makes it the document root).
  void place(nlohmann::json v, const YAML::Mark& ymark, YAML::anchor_t anchor, bool counted = false) {
    Mark mark = to_mark(ymark);
    if (!counted) count_nodes(1, ymark);
    if (anchor) anchors_[anchor] = Anchored{v, 1};
    if (frames_.empty()) {
      doc_.value = std::move(v);
      doc_.positions.add("", Position{{}, mark});
      return;
    }
    Frame& f = frames_.back();
    if (f.kind == Frame::Seq) {
      std::size_t len = path_.size();
      append_index(path_, f.value.size());
      if (!f.is_key) doc_.positions.add(path_, Position{mark, mark});
      path_.resize(len);
      f.value.push_back(std::move(v));
      return;
    }
    if (!f.key) {  // a complex key: we only get here for null keys (`? ` with no value)
      f.key = v.is_null() ? "null" : v.dump();
      f.key_mark = mark;
      return;
    }
    std::string key = std::move(*f.key);
    f.key.reset();
    if (f.key_complex) {  // already reported; the entry means nothing in JSON
      f.key_complex = false;
      return;
    }
    if (f.key_plain && key == "<<") {
      merge_into(f, v, mark);
      return;
    }
    std::size_t len = path_.size();
    append_key(path_, key);
    if (f.value.contains(key) && !f.merged.count(key)) {
      if (!f.is_key) {
        Position first = doc_.positions.find(path_);
        error(f.key_mark, path_, "duplicate key \"" + key + "\" (first at line " + std::to_string(first.key.line) + ")");
      }
    } else {
      f.merged.erase(key);
      if (!f.is_key) doc_.positions.add(path_, Position{f.key_mark, mark});
      f.value[key] = std::move(v);
    }
    path_.resize(len);
  }

  // YAML 1.1 merge keys (`<<: *defaults`), which go-yaml and so kubectl honour.
  void merge_into(Frame& f, const nlohmann::json& v, Mark mark) {
    auto merge_one = [&](const nlohmann::json& m) {
      if (!m.is_object()) {
        error(mark, path_, "the value of a merge key (<<) must be a mapping or a list of mappings");
        return;
      }
      for (auto it = m.begin(); it != m.end(); ++it) {
        if (f.value.contains(it.key())) continue;
        f.value[it.key()] = it.value();
        f.merged.insert(it.key());
        std::size_t len = path_.size();
        append_key(path_, it.key());
        doc_.positions.add(path_, Position{mark, mark});
        path_.resize(len);
      }
    };
    if (v.is_array())
      for (const auto& m : v) merge_one(m);
    else merge_one(v);
  }

  void open(Frame::Kind kind, const YAML::Mark& ymark, YAML::anchor_t anchor, bool flow) {
    if (static_cast<int>(frames_.size()) >= limits_.max_depth)
      throw ReadError{to_mark(ymark), "nesting is deeper than " + std::to_string(limits_.max_depth) + " levels"};
    count_nodes(1, ymark);
    Frame f;
    f.kind = kind;
    f.value = kind == Frame::Seq ? nlohmann::json::array() : nlohmann::json::object();
    f.mark = to_mark(ymark);
    f.anchor = anchor;
    f.path_len = path_.size();
    f.first_node = nodes_;
    f.flow = flow;
    // A mapping or sequence in key position: JSON keys must be strings.
    if (!frames_.empty() && frames_.back().kind == Frame::Map && !frames_.back().key) {
      f.is_key = true;
      error(f.mark, path_, "a mapping key must be a string, not a " + std::string(kind == Frame::Seq ? "list" : "mapping"));
    }
    if (!frames_.empty() && frames_.back().key) {
      std::size_t len = path_.size();
      append_key(path_, *frames_.back().key);
      f.path_len = len;
    } else if (!frames_.empty() && frames_.back().kind == Frame::Seq) {
      std::size_t len = path_.size();
      append_index(path_, frames_.back().value.size());
      f.path_len = len;
    }
    frames_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(frames_.back());
    frames_.pop_back();
    path_.resize(f.path_len);
    if (f.anchor) anchors_[f.anchor] = Anchored{f.value, nodes_ - f.first_node + 1};
    if (f.is_key) {
      Frame& parent = frames_.back();
      parent.key = f.value.dump();
      parent.key_mark = f.mark;
      parent.key_plain = false;
      parent.key_complex = true;
      return;
    }
    // The container was counted when it opened; place() must not count it again, and the
    // anchor was recorded above with its full size.
    YAML::Mark ym;
    ym.line = f.mark.line - 1 - line_base_;
    ym.column = f.mark.column - 1;
    place(std::move(f.value), ym, 0, /*counted=*/true);
  }

  // yaml-cpp lets a quoted scalar with no closing quote run to the end of the input instead of
  // failing; find the closing quote ourselves.
  void check_quote_closed(const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text_.size()) return;
    char q = text_[static_cast<std::size_t>(mark.pos)];
    if (q != '"' && q != '\'') return;
    for (std::size_t i = static_cast<std::size_t>(mark.pos) + 1; i < text_.size(); ++i) {
      if (q == '"' && text_[i] == '\\') {
        ++i;
      } else if (text_[i] == q) {
        if (q == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;
          continue;
        }
        return;
      }
    }
    throw ReadError{to_mark(mark), std::string("YAML syntax error: the ") + (q == '"' ? "double" : "single") +
                                       "-quoted string that starts here is not closed"};
  }

  YamlDocument& doc_;
  const ReadLimits& limits_;
  std::string_view text_;
  int line_base_;
  std::vector<Frame> frames_;
  std::string path_;
  std::map<YAML::anchor_t, Anchored> anchors_;
  std::size_t nodes_ = 0;
  bool saw_content_ = false;
  bool repair_escapes_ = false;
};

// Feeds the subset reader's events to `builder` as yaml-cpp's parser would.
void replay(const YamlSubsetEvents& read, JsonBuilder& builder) {
  auto mark = [](int line, int column, std::size_t pos) {
    YAML::Mark m;
    m.line = line;
    m.column = column;
    m.pos = static_cast<int>(pos);
    return m;
  };
  builder.OnDocumentStart(mark(read.start_line, read.start_column, read.start_pos));
  for (const YamlEvent& e : read.events) {
    const auto style = e.flow ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block;
    switch (e.kind) {
      case YamlEvent::Kind::MapStart: builder.OnMapStart(mark(e.line, e.column, e.pos), "?", 0, style); break;
      case YamlEvent::Kind::MapEnd: builder.OnMapEnd(); break;
      case YamlEvent::Kind::SeqStart: builder.OnSequenceStart(mark(e.line, e.column, e.pos), "?", 0, style); break;
      case YamlEvent::Kind::SeqEnd: builder.OnSequenceEnd(); break;
      case YamlEvent::Kind::Scalar: builder.OnScalar(mark(e.line, e.column, e.pos), e.quoted ? "!" : "?", 0, e.value); break;
      case YamlEvent::Kind::Null: builder.OnNull(mark(e.line, e.column, e.pos), 0); break;
    }
  }
  builder.OnDocumentEnd();
}

// An istream over memory we already hold, so yaml-cpp reads it without a copy.
class MemoryBuf : public std::streambuf {
 public:
  MemoryBuf(const char* b, const char* e) {
    char* p = const_cast<char*>(b);  // streambuf's API is non-const; we never write
    setg(p, p, const_cast<char*>(e));
  }
};

bool is_marker_line(std::string_view text, std::size_t pos, const char* marker) {
  if (text.compare(pos, 3, marker) != 0) return false;
  std::size_t after = pos + 3;
  return after >= text.size() || text[after] == ' ' || text[after] == '\t' || text[after] == '\n' || text[after] == '\r';
}

}  // namespace

std::vector<YamlChunk> split_yaml_documents(std::string_view text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(3);
  std::vector<YamlChunk> chunks;
  std::size_t start = 0;
  int start_line = 0, line = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    std::size_t next = eol == std::string_view::npos ? text.size() : eol + 1;
    if (pos > start && is_marker_line(text, pos, "---")) {
      chunks.push_back({text.substr(start, pos - start), start_line});
      start = pos;
      start_line = line;
    } else if (is_marker_line(text, pos, "...")) {
      chunks.push_back({text.substr(start, next - start), start_line});
      start = next;
      start_line = line + 1;
    }
    pos = next;
    ++line;
  }
  if (start < text.size()) chunks.push_back({text.substr(start), start_line});
  return chunks;
}

namespace {

std::string tidy_yaml_cpp_message(const std::string& msg) {
  // yaml-cpp's messages are terse fragments; say what usually causes each one, and keep its
  // words for those who know them.
  static const std::pair<const char*, const char*> known[] = {
      {"end of map not found", "bad indentation of a mapping entry, or a missing ':'"},
      {"end of sequence not found", "bad indentation of a list item"},
      {"illegal map value", "':' is not allowed here (quote a value that contains \": \")"},
      {"illegal EOF in scalar", "the input ends inside a scalar"},
      {"block sequence entries are not allowed in this context", "a list item ('- ') is not allowed here (check the indentation)"},
      {"the referenced anchor is not defined", "an alias (*name) refers to an anchor (&name) that is not defined before it"},
  };
  for (const auto& [from, to] : known)
    if (msg == from) return std::string("YAML syntax error: ") + to + " (yaml-cpp: " + msg + ")";
  return "YAML syntax error: " + msg;
}

bool has_tab_indent(std::string_view text, int line0) {
  std::size_t pos = 0;
  for (int l = 0; l < line0 && pos != std::string_view::npos; ++l) {
    pos = text.find('\n', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  if (pos == std::string_view::npos) return false;
  for (; pos < text.size() && (text[pos] == ' ' || text[pos] == '\t'); ++pos)
    if (text[pos] == '\t') return true;
  return false;
}

}  // namespace

void read_yaml_chunk(const YamlChunk& chunk, const ReadLimits& limits, std::vector<YamlDocument>& out, YamlEngine engine) {
  YamlDocument doc;
  doc.start = Mark{chunk.line_base + 1, 1};
  if (chunk.text.size() > limits.max_document_bytes) {
    doc.errors.push_back({Severity::Error, Category::Invalid, doc.start, "",
                          "document is " + std::to_string(chunk.text.size()) + " bytes, more than the limit of " +
                              std::to_string(limits.max_document_bytes)});
    out.push_back(std::move(doc));
    return;
  }
  if (auto bad = check_text(chunk.text)) {
    doc.errors.push_back({Severity::Error, Category::Invalid, mark_at(chunk.text, bad->offset, chunk.line_base), "", bad->message});
    out.push_back(std::move(doc));
    return;
  }
  JsonBuilder builder(doc, limits, chunk.text, chunk.line_base);
  try {
    // 1. The subset most manifests are written in, read here; 2. everything else, by yaml-cpp.
    YamlSubsetEvents subset;
    if (engine == YamlEngine::SubsetFirst && read_yaml_subset(chunk.text, subset)) {
      replay(subset, builder);
    } else {
      MemoryBuf buf(chunk.text.data(), chunk.text.data() + chunk.text.size());
      std::istream in(&buf);
      builder.read_by_yaml_cpp();
      YAML::Parser parser(in);
      parser.HandleNextDocument(builder);
    }
  } catch (const ReadError& e) {
    doc.errors.clear();
    doc.errors.push_back({Severity::Error, Category::Invalid, e.mark, "", e.message});
    doc.value = nullptr;
  } catch (const YAML::Exception& e) {
    Mark m{e.mark.line + 1 + chunk.line_base, e.mark.column + 1};
    std::string msg = tidy_yaml_cpp_message(e.msg);
    Mark open_mark;
    const char* open = builder.open_flow(&open_mark);
    if (open && (e.msg == "end of map flow not found" || e.msg == "end of sequence flow not found")) {
      m = open_mark;
      msg = std::string("YAML syntax error: the flow ") + (*open == '[' ? "sequence" : "mapping") + " '" + open +
            "' that starts here is not closed";
    }
    if (e.mark.line >= 0 && has_tab_indent(chunk.text, e.mark.line)) msg += " (tabs are not allowed for indentation in YAML; use spaces)";
    doc.errors.clear();
    doc.errors.push_back({Severity::Error, Category::Invalid, m, "", msg});
    doc.value = nullptr;
  }
  if (doc.errors.empty() && (!builder.saw_content() || doc.value.is_null())) return;  // empty
  if (!doc.errors.empty() && doc.value.is_null() && doc.errors.size() == 1 && doc.errors[0].mark.line == 0) doc.errors[0].mark = doc.start;
  out.push_back(std::move(doc));
}

std::vector<YamlDocument> read_yaml_documents(std::string_view text, const ReadLimits& limits) {
  std::vector<YamlDocument> docs;
  for (const YamlChunk& chunk : split_yaml_documents(text)) read_yaml_chunk(chunk, limits, docs);
  return docs;
}

}  // namespace podrun::loader
