// podrun's SHA-256 (libcrypto's where it loads, else its own) against the FIPS 180-4 / NIST test vectors, fed whole and in pieces.
#include <catch2/catch.hpp>

#include <string>

#include "image/digest.h"

using podrun::image::Sha256;
using podrun::image::sha256_digest;

// Both implementations: libcrypto's (when it loads) and the portable one.
std::string hash_with(bool portable, const std::string& data) {
  Sha256 h(portable);
  h.update(data);
  return h.digest();
}

TEST_CASE("SHA-256 of the NIST vectors, portable and libcrypto", "[image][digest]") {
  for (bool portable : {true, false}) {
    CAPTURE(portable);
    CHECK(hash_with(portable, "") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hash_with(portable, "abc") == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hash_with(portable, std::string(56, 'a')) == "sha256:b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  }
  CHECK(sha256_digest("") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_digest("abc") == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  // 55, 56 and 64 bytes: the padding boundaries.
  CHECK(sha256_digest(std::string(55, 'a')) == "sha256:9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(sha256_digest(std::string(56, 'a')) == "sha256:b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(sha256_digest(std::string(64, 'a')) == "sha256:ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("SHA-256 of a million a's, fed in uneven pieces", "[image][digest]") {
  bool portable = GENERATE(true, false);
  Sha256 h(portable);
  std::string chunk(997, 'a');
  std::size_t left = 1000000;
  while (left > 0) {
    std::size_t n = std::min(left, chunk.size());
    h.update(chunk.data(), n);
    left -= n;
  }
  CHECK(h.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
