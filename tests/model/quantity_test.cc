// Quantity parsing: the Kubernetes grammar, exact values, rounding up, overflow.
#include <catch2/catch.hpp>

#include <optional>

#include "model/quantity.h"

using podrun::model::parse_quantity;
using podrun::model::QuantityError;

namespace {

struct Case {
  const char* text;
  std::optional<long long> milli;  // nullopt: does not fit in int64 milli-units
  std::optional<long long> value;
};

}  // namespace

TEST_CASE("quantities parse to exact milli-units and units, rounding up", "[quantity]") {
  const Case cases[] = {
      {"0", 0, 0},
      {"1", 1000, 1},
      {"250m", 250, 1},
      {"100m", 100, 1},
      {"0.5", 500, 1},
      {".5", 500, 1},
      {"5.", 5000, 5},
      {"1.5", 1500, 2},
      {"1.0", 1000, 1},
      {"+1", 1000, 1},
      {"00012", 12000, 12},
      {"0.1m", 1, 1},  // below 1m rounds up to 1m
      {"1m", 1, 1},
      {"1001m", 1001, 2},
      {"100n", 1, 1},
      {"1u", 1, 1},
      {"0.000000001", 1, 1},
      {"1e-100", 1, 1},
      {"1k", 1000000, 1000},
      {"1M", 1000000000, 1000000},
      {"1G", 1000000000000, 1000000000},
      {"1T", 1000000000000000, 1000000000000},
      {"1P", 1000000000000000000, 1000000000000000},
      {"1E", std::nullopt, 1000000000000000000},
      {"1e3", 1000000, 1000},
      {"1E3", 1000000, 1000},
      {"1e+3", 1000000, 1000},
      {"1.5e3", 1500000, 1500},
      {"1e-3", 1, 1},
      {"1Ki", 1024000, 1024},
      {"64Mi", 67108864000, 67108864},
      {"128Mi", 134217728000, 134217728},
      {"200Mi", 209715200000, 209715200},
      {"1.5Gi", 1610612736000, 1610612736},
      {"1Gi", 1073741824000, 1073741824},
      {"1Ti", 1099511627776000, 1099511627776},
      {"1Pi", 1125899906842624000, 1125899906842624},
      {"1Ei", std::nullopt, 1152921504606846976},
      {"0Gi", 0, 0},
      {"9223372036854775807", std::nullopt, 9223372036854775807LL},
      {"9223372036854775.807", 9223372036854775807LL, 9223372036854776},
      {"-1Mi", -1048576000, -1048576},
      {"-0.5", -500, -1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto q = parse_quantity(c.text);
    REQUIRE(q);
    CHECK(q->milli() == c.milli);
    CHECK(q->value() == c.value);
  }
}

TEST_CASE("malformed quantities are syntax errors", "[quantity]") {
  for (const char* text : {"",    "12Q", "1.5.5Gi", "lots", "1K", "1KB", "1mi",  "1 Gi",  " 1",  "1 ",    "e3",  "1e",
                           "1e+", "Mi",  ".",       "-",    "+",  "1ki", "0x10", "1_000", "1,5", "1e3Mi", "1Gi "}) {
    CAPTURE(text);
    QuantityError e = QuantityError::None;
    CHECK_FALSE(parse_quantity(text, &e));
    CHECK(e == QuantityError::Syntax);
  }
}

TEST_CASE("quantities beyond 2^63-1 units overflow", "[quantity]") {
  for (const char* text : {"8Ei", "9223372036854775808", "1e19", "10E", "99999999999999999999999", "1e999999999"}) {
    CAPTURE(text);
    QuantityError e = QuantityError::None;
    CHECK_FALSE(parse_quantity(text, &e));
    CHECK(e == QuantityError::Overflow);
  }
}

TEST_CASE("quantities compare by value", "[quantity]") {
  using podrun::model::compare;
  CHECK(compare(*parse_quantity("500m"), *parse_quantity("0.5")) == 0);
  CHECK(compare(*parse_quantity("1Gi"), *parse_quantity("1G")) > 0);
  CHECK(compare(*parse_quantity("100Mi"), *parse_quantity("200Mi")) < 0);
  CHECK(compare(*parse_quantity("1Ei"), *parse_quantity("1E")) > 0);
}
