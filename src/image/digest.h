// SHA-256 digests in the OCI form "sha256:<64 hex digits>".
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace podrun::image {

class Sha256 {
 public:
  // `portable`: the built-in implementation even where libcrypto is there (tests).
  explicit Sha256(bool portable = false);
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(const void* data, std::size_t n);
  void update(std::string_view s) { update(s.data(), s.size()); }
  std::string hex();     // finishes the hash
  std::string digest();  // "sha256:" + hex()

 private:
  struct Ctx;
  std::unique_ptr<Ctx> ctx_;  // the portable implementation, when libcrypto is not there
  void* evp_ = nullptr;       // libcrypto's EVP_MD_CTX
};

std::string sha256_digest(std::string_view data);

// "sha256:<64 lowercase hex>": the only digest algorithm podrun accepts.
bool is_sha256_digest(std::string_view d);
// The hex part of a digest ("" when it is not a sha256 digest).
std::string digest_hex(std::string_view d);

}  // namespace podrun::image
