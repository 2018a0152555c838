// Quantities (model/quantity.h) on any text: the input is one quantity, or two separated by a
// newline. Parsing never crashes; what parses compares equal to itself, comparison is
// antisymmetric, and the integer conversions never overflow silently.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "check.h"
#include "model/quantity.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace podrun::model;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string_view a = text, b;
  if (auto nl = text.find('\n'); nl != std::string_view::npos) {
    a = text.substr(0, nl);
    b = text.substr(nl + 1);
  }
  QuantityError ea = QuantityError::None, eb = QuantityError::None;
  auto qa = parse_quantity(a, &ea);
  auto qb = parse_quantity(b, &eb);
  FUZZ_CHECK(qa.has_value() == (ea == QuantityError::None), "an error exactly when nothing parsed");
  if (qa) {
    FUZZ_CHECK(compare(*qa, *qa) == 0, "a quantity equals itself");
    for (int scale : {-9, 0, 3, 9}) {
      auto v = qa->scaled(scale);
      if (v && qa->is_zero()) FUZZ_CHECK(*v == 0, "zero scales to zero");
      if (v && !qa->is_zero() && scale >= 0) FUZZ_CHECK((*v < 0) == qa->negative || *v == 0, "the sign survives");
    }
  }
  if (qa && qb) FUZZ_CHECK(compare(*qa, *qb) == -compare(*qb, *qa), "compare is antisymmetric");
  // The JSON forms a manifest may carry: the text as a string, and as a number when it is one.
  (void)quantity_text(nlohmann::json(std::string(a)));
  auto number = nlohmann::json::parse(a, nullptr, false);
  if (!number.is_discarded()) (void)quantity_text(number);
  return 0;
}
