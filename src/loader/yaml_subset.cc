// The subset reader: lines first (content, comment or blank, and their indentation), then a
// recursive walk of block collections over them, each one-line value read in place. Every rule
// here either matches what yaml-cpp's scanner does on the same text or declines the document.
#include "loader/yaml_subset.h"

#include <cstring>

namespace podrun::loader {

namespace {

constexpr std::size_t kNone = std::string_view::npos;
// YAML's limit on an implicit key's length; longer ones are left to yaml-cpp.
constexpr std::size_t kMaxKeyBytes = 1024;
// Flow collections nested deeper than this are left to yaml-cpp (and its limits).
constexpr int kMaxFlowDepth = 32;

bool is_null_word(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

// Bytes the subset leaves to yaml-cpp wherever they are: tab and CR (indentation and line-break
// rules), and the UTF-8 of C1 controls, NEL, LS, PS and a byte order mark, which YAML treats as
// breaks or special characters.
bool has_unsupported_bytes(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '\t' || c == '\r') return true;
    if (c < 0x80) continue;
    const auto c1 = i + 1 < t.size() ? static_cast<unsigned char>(t[i + 1]) : 0;
    const auto c2 = i + 2 < t.size() ? static_cast<unsigned char>(t[i + 2]) : 0;
    if (c == 0xc2 && c1 >= 0x80 && c1 <= 0x9f) return true;
    if (c == 0xe2 && c1 == 0x80 && (c2 == 0xa8 || c2 == 0xa9)) return true;
    if (c == 0xef && c1 == 0xbb && c2 == 0xbf) return true;
  }
  return false;
}

class SubsetReader {
 public:
  SubsetReader(std::string_view text, YamlSubsetEvents& out) : t_(text), out_(out) {}

  bool read() {
    if (has_unsupported_bytes(t_)) return false;
    std::size_t from = 0;
    // 1. A leading `---` (the splitter leaves it on the document it starts) is the first token.
    bool marker = t_.compare(0, 3, "---") == 0;
    if (marker) {
      const std::size_t eol = line_end(0);
      if (!rest_is_empty(3, eol)) return false;
      from = eol;
    }
    // 2. The lines.
    if (!split_lines(from)) return false;
    if (lines_.empty()) return false;
    // 3. The root: a block collection, which must take every line.
    const Line& first = lines_[0];
    out_.start_pos = marker ? 0 : first.content;
    out_.start_line = marker ? 0 : first.number;
    out_.start_column = marker ? 0 : first.indent();
    cur_ = 0;
    if (!block(first.content, first.indent())) return false;
    return cur_ + 1 == lines_.size();
  }

 private:
  struct Line {
    std::size_t start;    // its first byte
    std::size_t content;  // its first byte that is not a space
    std::size_t end;      // its '\n', or the end of the text
    int number;           // 0-based, in the text
    int next_indent;      // indentation of the next line that is not blank (comments too), or -1
    int indent() const { return static_cast<int>(content - start); }
  };

  std::size_t line_end(std::size_t from) const {
    const std::size_t eol = t_.find('\n', from);
    return eol == kNone ? t_.size() : eol;
  }

  // Content lines in lines_; comment lines only count for the indentation that follows a value.
  bool split_lines(std::size_t from) {
    int number = 0;
    for (std::size_t i = 0; i < from; ++i) number += t_[i] == '\n';
    std::size_t pending = kNone;  // the content line whose next_indent is not known yet
    for (std::size_t start = from; start < t_.size(); ++number) {
      const std::size_t eol = line_end(start);
      std::size_t content = start;
      while (content < eol && t_[content] == ' ') ++content;
      if (content < eol) {
        const int indent = static_cast<int>(content - start);
        if (pending != kNone) {
          lines_[pending].next_indent = indent;
          pending = kNone;
        }
        if (t_[content] != '#') {
          // Markers and directives at the left margin are yaml-cpp's to read.
          if (content == start && (t_.compare(start, 3, "---") == 0 || t_.compare(start, 3, "...") == 0 || t_[start] == '%')) return false;
          lines_.push_back(Line{start, content, eol, number, -1});
          pending = lines_.size() - 1;
        }
      }
      if (eol == t_.size()) break;
      start = eol + 1;
    }
    return true;
  }

  // --- events -----------------------------------------------------------------------------

  void emit(YamlEvent::Kind kind, std::size_t at, bool flow = false) {
    YamlEvent& e = out_.events.emplace_back();
    e.kind = kind;
    e.flow = flow;
    e.line = lines_[cur_].number;
    e.column = static_cast<int>(at - lines_[cur_].start);
    e.pos = at;
  }
  void emit_end(YamlEvent::Kind kind) { out_.events.emplace_back().kind = kind; }
  // yaml-cpp reports a plain null word as a null, not as a scalar.
  void emit_scalar(std::size_t at, std::string value, bool quoted) {
    if (!quoted && is_null_word(value)) {
      emit(YamlEvent::Kind::Null, at);
      return;
    }
    emit(YamlEvent::Kind::Scalar, at);
    out_.events.back().quoted = quoted;
    out_.events.back().value = std::move(value);
  }

  // --- one-line pieces ----------------------------------------------------------------------

  std::size_t skip_spaces(std::size_t i, std::size_t eol) const {
    while (i < eol && t_[i] == ' ') ++i;
    return i;
  }

  // `end` without the spaces before it (down to `at`).
  std::size_t trimmed_end(std::size_t at, std::size_t end) const {
    while (end > at && t_[end - 1] == ' ') --end;
    return end;
  }

  // Nothing but spaces and a comment from `p` to the end of the line; a comment needs a space
  // before it.
  bool rest_is_empty(std::size_t p, std::size_t eol) const {
    const std::size_t q = skip_spaces(p, eol);
    return q == eol || (t_[q] == '#' && q > p);
  }

  bool is_dash(std::size_t at, std::size_t eol) const { return t_[at] == '-' && (at + 1 == eol || t_[at + 1] == ' '); }

  // Whether a plain scalar may start at `at`. Indicators are left to yaml-cpp, and so are `?`
  // and `:`, which YAML allows before some characters only.
  bool plain_start(std::size_t at, std::size_t eol, bool flow) const {
    const char c = t_[at];
    if (std::strchr(",[]{}#&*!|>'\"%@`?:", c)) return false;
    if (c == '-') {
      if (at + 1 == eol) return false;
      const char n = t_[at + 1];
      if (n == ' ' || (flow && (n == ',' || n == ']' || n == '}' || n == '[' || n == '{'))) return false;
    }
    return true;
  }

  // A plain scalar at `at`, in block context: it ends before ": " (or a ':' that ends the line)
  // or " #", or at the end of the line. `end` is its end without trailing spaces, `colon` the
  // offset of the ':' that ended it, or kNone.
  bool plain_block(std::size_t at, std::size_t eol, std::size_t& end, std::size_t& colon) const {
    if (!plain_start(at, eol, false)) return false;
    colon = kNone;
    std::size_t i = at;
    for (; i < eol; ++i) {
      const char c = t_[i];
      if (c == ':' && (i + 1 == eol || t_[i + 1] == ' ')) {
        colon = i;
        break;
      }
      if (c == '#' && t_[i - 1] == ' ') break;
    }
    end = trimmed_end(at, i);
    return true;
  }

  // A plain scalar at `at` in a flow collection: it ends at ',', ']' or '}'. Characters that
  // would make it end otherwise (':', '?', '[', '{', a comment) are yaml-cpp's to read.
  bool plain_flow(std::size_t at, std::size_t eol, std::size_t& end, std::size_t& stop) const {
    if (!plain_start(at, eol, true)) return false;
    std::size_t i = at;
    for (; i < eol; ++i) {
      const char c = t_[i];
      if (c == ',' || c == ']' || c == '}') break;
      if (c == ':' || c == '?' || c == '[' || c == '{' || (c == '#' && t_[i - 1] == ' ')) return false;
    }
    stop = i;
    end = trimmed_end(at, i);
    return true;
  }

  // A plain key at `at` in a flow mapping: it ends at the ':' (`colon`) of its ": ". Anything
  // that could end it before is yaml-cpp's to read.
  bool plain_flow_key(std::size_t at, std::size_t eol, std::size_t& end, std::size_t& colon) const {
    if (!plain_start(at, eol, true)) return false;
    std::size_t i = at;
    for (; i < eol && t_[i] != ':'; ++i)
      if (std::strchr(",[]{}?", t_[i]) || (t_[i] == '#' && t_[i - 1] == ' ')) return false;
    if (i + 1 >= eol || t_[i + 1] != ' ') return false;
    colon = i;
    end = trimmed_end(at, i);
    return true;
  }

  // A quoted scalar at `at` that closes on its line; escapes are yaml-cpp's to read. `after` is
  // the offset after the closing quote.
  bool quoted(std::size_t at, std::size_t eol, std::size_t& after, std::string& value) const {
    const char q = t_[at];
    value.clear();
    for (std::size_t i = at + 1; i < eol; ++i) {
      const char c = t_[i];
      if (q == '"') {
        if (c == '\\') return false;
        if (c == '"') {
          after = i + 1;
          return true;
        }
      } else if (c == '\'') {
        if (i + 1 < eol && t_[i + 1] == '\'') {
          value += '\'';
          ++i;
          continue;
        }
        after = i + 1;
        return true;
      }
      value += c;
    }
    return false;
  }

  bool is_quote(std::size_t at) const { return t_[at] == '"' || t_[at] == '\''; }

  // Whether the text at `at` is a mapping key: a one-line scalar followed by ": " or a ':' that
  // ends the line.
  bool looks_like_key(std::size_t at, std::size_t eol) const {
    if (is_quote(at)) {
      std::size_t after = 0;
      std::string ignored;
      return quoted(at, eol, after, ignored) && after < eol && t_[after] == ':' && (after + 1 == eol || t_[after + 1] == ' ');
    }
    std::size_t end = 0, colon = kNone;
    return plain_block(at, eol, end, colon) && colon != kNone;
  }

  // A mapping key at `at`; `after_colon` is the offset after its ':'.
  bool key(std::size_t at, std::size_t eol, std::size_t& after_colon) {
    if (is_quote(at)) {
      std::size_t after = 0;
      std::string value;
      if (!quoted(at, eol, after, value) || after >= eol || t_[after] != ':' || (after + 1 < eol && t_[after + 1] != ' ')) return false;
      emit_scalar(at, std::move(value), true);
      after_colon = after + 1;
      return true;
    }
    std::size_t end = 0, colon = kNone;
    if (!plain_block(at, eol, end, colon) || colon == kNone || end - at > kMaxKeyBytes) return false;
    emit_scalar(at, std::string(t_.substr(at, end - at)), false);
    after_colon = colon + 1;
    return true;
  }

  // A flow collection that closes on its line; `after` is the offset after its closing bracket.
  bool flow(std::size_t at, std::size_t eol, std::size_t& after, int depth) {
    if (depth > kMaxFlowDepth) return false;
    const bool map = t_[at] == '{';
    const char close = map ? '}' : ']';
    emit(map ? YamlEvent::Kind::MapStart : YamlEvent::Kind::SeqStart, at, true);
    std::size_t i = skip_spaces(at + 1, eol);
    if (i < eol && t_[i] == close) {
      emit_end(map ? YamlEvent::Kind::MapEnd : YamlEvent::Kind::SeqEnd);
      after = i + 1;
      return true;
    }
    for (;;) {
      if (i >= eol) return false;
      if (map) {
        // A key, ": ", a value: empty keys and values are yaml-cpp's to read.
        if (is_quote(i)) {
          std::string value;
          std::size_t end = 0;
          if (!quoted(i, eol, end, value)) return false;
          emit_scalar(i, std::move(value), true);
          i = end;
        } else {
          std::size_t end = 0, colon = 0;
          if (!plain_flow_key(i, eol, end, colon)) return false;
          emit_scalar(i, std::string(t_.substr(i, end - i)), false);
          i = colon;
        }
        i = skip_spaces(i, eol);
        if (i + 1 >= eol || t_[i] != ':' || t_[i + 1] != ' ') return false;
        i = skip_spaces(i + 1, eol);
        if (i >= eol || t_[i] == ',' || t_[i] == close) return false;
        if (!flow_node(i, eol, i, depth)) return false;
      } else {
        if (!flow_node(i, eol, i, depth)) return false;
        const std::size_t j = skip_spaces(i, eol);
        if (j < eol && t_[j] == ':') return false;  // a single-pair mapping
      }
      i = skip_spaces(i, eol);
      if (i >= eol) return false;
      if (t_[i] == ',') {
        i = skip_spaces(i + 1, eol);
        if (i >= eol || t_[i] == ',' || t_[i] == ']' || t_[i] == '}') return false;
        continue;
      }
      if (t_[i] != close) return false;
      emit_end(map ? YamlEvent::Kind::MapEnd : YamlEvent::Kind::SeqEnd);
      after = i + 1;
      return true;
    }
  }

  // A value inside a flow collection; `after` is the offset after it.
  bool flow_node(std::size_t at, std::size_t eol, std::size_t& after, int depth) {
    if (t_[at] == '[' || t_[at] == '{') return flow(at, eol, after, depth + 1);
    if (is_quote(at)) {
      std::string value;
      if (!quoted(at, eol, after, value)) return false;
      emit_scalar(at, std::move(value), true);
      return true;
    }
    std::size_t end = 0, stop = 0;
    if (!plain_flow(at, eol, end, stop) || end == at) return false;
    emit_scalar(at, std::string(t_.substr(at, end - at)), false);
    after = stop;
    return true;
  }

  // A value that starts at `at` and ends its line: a flow collection or a scalar.
  bool inline_value(std::size_t at, std::size_t eol) {
    if (t_[at] == '[' || t_[at] == '{') {
      std::size_t after = 0;
      return flow(at, eol, after, 0) && rest_is_empty(after, eol);
    }
    if (is_quote(at)) {
      std::size_t after = 0;
      std::string value;
      if (!quoted(at, eol, after, value) || !rest_is_empty(after, eol)) return false;
      emit_scalar(at, std::move(value), true);
      return true;
    }
    std::size_t end = 0, colon = kNone;
    if (!plain_block(at, eol, end, colon) || colon != kNone) return false;
    emit_scalar(at, std::string(t_.substr(at, end - at)), false);
    return true;
  }

  // --- block collections --------------------------------------------------------------------
  // Each leaves cur_ on the last line it read.

  // The block collection whose first entry is at `at` on line cur_, at column `col`.
  bool block(std::size_t at, int col) {
    const std::size_t eol = lines_[cur_].end;
    if (is_dash(at, eol)) return sequence(at, col);
    if (looks_like_key(at, eol)) return mapping(at, col);
    return false;  // a scalar on a line of its own, or anything else
  }

  // What follows "key:" or "- " when the rest of the line is empty: a block collection on the
  // next lines, more indented than `col` (or, after a key, an indentless sequence at `col`).
  // An empty value is yaml-cpp's to read.
  bool nested(int col, bool after_key) {
    if (cur_ + 1 >= lines_.size()) return false;
    const Line& next = lines_[cur_ + 1];
    if (next.indent() > col) {
      ++cur_;
      return block(next.content, next.indent());
    }
    if (after_key && next.indent() == col && is_dash(next.content, next.end)) {
      ++cur_;
      return sequence(next.content, col);
    }
    return false;
  }

  // A value on the line of its key or dash: nothing more indented than `col` may follow it
  // (a plain scalar would go on there, and a comment line there is yaml-cpp's to judge).
  bool value_on_line(std::size_t at, std::size_t eol, int col) {
    if (!inline_value(at, eol)) return false;
    return lines_[cur_].next_indent <= col;
  }

  bool mapping(std::size_t at, int col) {
    emit(YamlEvent::Kind::MapStart, at);
    for (;;) {
      const std::size_t eol = lines_[cur_].end;
      std::size_t after_colon = 0;
      if (!key(at, eol, after_colon)) return false;
      const std::size_t v = skip_spaces(after_colon, eol);
      if (v == eol || t_[v] == '#') {
        if (!nested(col, true)) return false;
      } else if (!value_on_line(v, eol, col)) {
        return false;
      }
      if (cur_ + 1 >= lines_.size()) break;
      const Line& next = lines_[cur_ + 1];
      if (next.indent() < col) break;
      if (next.indent() > col || is_dash(next.content, next.end)) return false;
      ++cur_;
      at = next.content;
    }
    emit_end(YamlEvent::Kind::MapEnd);
    return true;
  }

  bool sequence(std::size_t at, int col) {
    emit(YamlEvent::Kind::SeqStart, at);
    for (;;) {
      const std::size_t eol = lines_[cur_].end;
      const std::size_t item = skip_spaces(at + 1, eol);
      if (item == eol || t_[item] == '#') {
        if (!nested(col, false)) return false;
      } else {
        if (is_dash(item, eol)) return false;  // "- - x"
        const int item_col = col + static_cast<int>(item - at);
        if (looks_like_key(item, eol)) {
          if (!mapping(item, item_col)) return false;
        } else if (!value_on_line(item, eol, col)) {
          return false;
        }
      }
      if (cur_ + 1 >= lines_.size()) break;
      const Line& next = lines_[cur_ + 1];
      if (next.indent() > col) return false;
      // Less indented, or a key at the same column (the mapping around an indentless sequence
      // goes on): the sequence ends, and whoever holds it judges the line.
      if (next.indent() < col || !is_dash(next.content, next.end)) break;
      ++cur_;
      at = next.content;
    }
    emit_end(YamlEvent::Kind::SeqEnd);
    return true;
  }

  std::string_view t_;
  YamlSubsetEvents& out_;
  std::vector<Line> lines_;
  std::size_t cur_ = 0;
};

}  // namespace

bool read_yaml_subset(std::string_view text, YamlSubsetEvents& out) {
  out.events.clear();
  return SubsetReader(text, out).read();
}

}  // namespace podrun::loader
