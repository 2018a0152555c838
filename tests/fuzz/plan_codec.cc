// The plan codec (plan/codec.h) on any bytes, as the supervisor reads <pod dir>/plan.json: a
// std::runtime_error for what is not a plan, nothing else; and what decodes encodes to a text
// that decodes and encodes to itself (the codec is lossless on what it accepts).
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "check.h"
#include "plan/codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::plan;
  std::string text(reinterpret_cast<const char*>(data), size);
  PodPlan p;
  try {
    p = decode_pod_plan(text);
  } catch (const std::runtime_error&) {
    return 0;
  }
  std::string once = encode_pod_plan(p);
  PodPlan back;
  try {
    back = decode_pod_plan(once);
  } catch (const std::runtime_error& e) {
    FUZZ_CHECK(false, e.what());
  }
  FUZZ_CHECK(encode_pod_plan(back) == once, "decode(encode(p)) encodes the same");
  return 0;
}
