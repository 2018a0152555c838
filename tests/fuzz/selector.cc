// Label selectors (model/selector.h) on any text: parsing never crashes; what parses prints
// (str) as a selector that parses back to the same text, and matching never crashes.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "check.h"
#include "model/selector.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::model;
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto s = parse_selector(text, &error);
  (void)label_key_error(text);
  (void)label_value_error(text);
  if (!s) {
    FUZZ_CHECK(!error.empty(), "a refused selector says why");
    return 0;
  }
  std::string canonical = s->str();
  std::string error2;
  auto again = parse_selector(canonical, &error2);
  FUZZ_CHECK(again.has_value(), ("the canonical text parses: " + canonical + ": " + error2).c_str());
  FUZZ_CHECK(again->str() == canonical, "the canonical text is a fixed point");
  // Labels made of the selector's own keys and values, and none.
  std::map<std::string, std::string> labels;
  for (const Requirement& r : s->requirements) labels[r.key] = r.values.empty() ? "1" : r.values.front();
  bool with = s->matches(labels), without = s->matches({});
  FUZZ_CHECK(with == again->matches(labels) && without == again->matches({}), "the canonical selector matches the same");
  return 0;
}
