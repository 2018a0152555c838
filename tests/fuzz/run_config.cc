// What the pod manager hands the supervisor (exec/run_config.h) on any bytes: run.json and an
// ephemeral container's request. Each throws std::runtime_error for what it cannot read,
// nothing else, and what decodes survives encode and decode unchanged.
#include <cstddef>
#include <cstdint>
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
  return 0;
}
