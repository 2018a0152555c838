// The loader on any bytes: YAML → JSON with positions (loader/yaml_reader.h), then the whole
// loader as `podrun validate -` runs it (loader::load_text): schema, the API server's rules,
// podrun's support, admission, decode. It must return diagnostics, never crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check.h"
#include "loader/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::loader;
  std::string text(reinterpret_cast<const char*>(data), size);
  // A document with errors may keep its value (a duplicate key: the loader reports the rest).
  for (const YamlDocument& d : read_yaml_documents(text)) FUZZ_CHECK(!d.errors.empty() || !d.value.is_discarded(), "a value or errors");
  LoadOptions options;
  options.keep_json = true;
  (void)load_text("fuzz.yaml", text, options);
  return 0;
}
