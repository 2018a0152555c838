// The subset reader (loader/yaml_subset.h) against yaml-cpp on any bytes: each document of the
// input, read with the subset reader first and by yaml-cpp alone, must give the same value,
// errors, start and positions. Where the subset reads a text differently, this is the target
// that finds it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check.h"
#include "loader/yaml_fingerprint.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::loader;
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const YamlChunk& chunk : split_yaml_documents(text)) {
    const auto [ours, theirs] = testing::both_readings(chunk);
    FUZZ_CHECK(ours == theirs, "the subset reader reads as yaml-cpp does");
  }
  return 0;
}
