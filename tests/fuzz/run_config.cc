// What the pod manager hands the supervisor (exec/run_config.h) on any bytes: run.json, the
// binary word that carries the same ahead of the pod, and an ephemeral container's request.
// Each throws std::runtime_error for what it cannot read (the word: nullopt), nothing else,
// and what decodes survives encode and decode unchanged. A run.json that decodes also goes
// through the word and comes back the same: the two codecs carry the same fields.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "check.h"
#include "exec/run_config.h"

namespace {

template <typename T>
void round_trip(const std::string& text, T (*decode)(const std::string&), std::string (*encode)(const T&)) {
  T value;
  try {
    value = decode(text);
  } catch (const std::runtime_error&) {
    return;
  }
  std::string once = encode(value);
  try {
    FUZZ_CHECK(encode(decode(once)) == once, "decode(encode(x)) encodes the same");
  } catch (const std::runtime_error& e) {
    FUZZ_CHECK(false, e.what());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::exec;
  std::string text(reinterpret_cast<const char*>(data), size);
  round_trip<RunConfig>(text, decode_run_config, encode_run_config);
  round_trip<EphemeralRequest>(text, decode_ephemeral_request, encode_ephemeral_request);
  if (std::optional<RunConfig> word = decode_run_config_word(text)) {
    const std::string once = encode_run_config_word(*word);
    std::optional<RunConfig> back = decode_run_config_word(once);
    FUZZ_CHECK(back && encode_run_config_word(*back) == once, "a word decodes and encodes to itself");
  }
  try {
    const RunConfig json = decode_run_config(text);
    std::optional<RunConfig> via_word = decode_run_config_word(encode_run_config_word(json));
    FUZZ_CHECK(via_word && encode_run_config(*via_word) == encode_run_config(json), "run.json survives the binary word");
  } catch (const std::runtime_error&) {}
  return 0;
}
