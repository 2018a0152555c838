// A reader for the part of YAML that most manifests are written in, beside yaml-cpp.
//
// yaml-cpp's scanner costs 1,500-3,000 instructions a byte (regular expressions tried at each
// character): for a one-pod manifest it was the largest cost of a command left in the CLI. Most
// manifests use little of YAML: block mappings and sequences, one-line scalars (plain, single-
// or double-quoted without escapes), one-line flow collections, comments. This reader takes
// exactly that and produces the events yaml-cpp's parser would produce for it, marks included,
// so the same event handler builds the same document from them. Anything else it declines, and
// the document goes to yaml-cpp: block scalars, multi-line scalars and flow collections,
// anchors, aliases, tags, escapes, complex keys, empty values, tabs, CR, directives, errors.
// tests/loader/yaml_subset_test.cc holds it to yaml-cpp's result on the corpora and on mutations
// of them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace podrun::loader {

// One parser event, as yaml-cpp's EventHandler receives it. Marks are 0-based and counted in
// bytes, as yaml-cpp's are.
struct YamlEvent {
  enum class Kind : unsigned char { MapStart, MapEnd, SeqStart, SeqEnd, Scalar, Null };
  Kind kind = Kind::Null;
  bool flow = false;    // a collection written [...] or {...}
  bool quoted = false;  // a scalar in quotes (yaml-cpp's tag "!"; "?" for a plain one)
  int line = 0;
  int column = 0;
  std::size_t pos = 0;
  std::string value;  // a scalar's text
};

struct YamlSubsetEvents {
  int start_line = 0;  // the document's start: its first token
  int start_column = 0;
  std::size_t start_pos = 0;
  std::vector<YamlEvent> events;  // between OnDocumentStart and OnDocumentEnd
};

// The events of one document's text (a chunk: no document marker but a leading `---`), or false
// when the text is not in the subset; `out` is then unspecified.
bool read_yaml_subset(std::string_view text, YamlSubsetEvents& out);

}  // namespace podrun::loader
