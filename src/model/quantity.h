// Kubernetes resource quantities ("250m", "1.5Gi", "1e3", "0.5"), parsed exactly.
//
// The grammar is Kubernetes' (k8s.io/apimachinery/pkg/api/resource):
//   quantity  ::= [+-] number suffix
//   number    ::= digits | digits "." digits | digits "." | "." digits
//   suffix    ::= "" | n u m k M G T P E | Ki Mi Gi Ti Pi Ei | (e|E) [+-] digits
// Values are kept as an exact decimal × 2^k and converted to integers by rounding up (away
// from zero), as Quantity.MilliValue()/Value() do: 0.1m is 1m, 1.5 bytes is 2 bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace podrun::model {

struct Quantity {
  bool negative = false;
  std::string digits;      // significant decimal digits without leading zeros; empty = zero
  std::int64_t exp10 = 0;  // value = digits × 10^exp10 × 2^exp2
  int exp2 = 0;

  bool is_zero() const { return digits.empty(); }
  // ⌈value × 10^scale⌉ (away from zero); nullopt when it does not fit in int64.
  std::optional<std::int64_t> scaled(int scale) const;
  std::optional<std::int64_t> milli() const { return scaled(3); }  // CPU: millicores
  std::optional<std::int64_t> value() const { return scaled(0); }  // memory: bytes
};

enum class QuantityError { None, Syntax, Overflow };

// Parses `text`. On failure returns nullopt and sets `error` (Syntax or Overflow: the value
// exceeds 2^63-1 units, which Kubernetes refuses).
std::optional<Quantity> parse_quantity(std::string_view text, QuantityError* error = nullptr);

// -1, 0, 1 as a < b, a == b, a > b (exact for the values parse_quantity accepts).
int compare(const Quantity& a, const Quantity& b);

// The text of a quantity as it appears in JSON: strings as they are, numbers as Kubernetes
// serialises them (integers in decimal, floats in shortest round-trip form).
std::optional<std::string> quantity_text(const nlohmann::json& v);

}  // namespace podrun::model
