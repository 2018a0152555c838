#include "image/digest.h"

#include <dlfcn.h>

#include <array>
#include <cstdint>
#include <cstring>

#include "common/linkage.h"

namespace podrun::image {

namespace {

// libcrypto's SHA-256, opened on the first hash (only image commands hash): with the CPU's
// SHA instructions it is several times faster than the portable code below, which a pull of
// 100 MB feels (two hashes of every layer: compressed and not). Linking it would cost every
// podrun command about 2 ms of loading; a pull has it loaded already, through libcurl.
struct LibCrypto {
  void* (*ctx_new)();
  void (*ctx_free)(void*);
  const void* (*sha256)();
  int (*init)(void*, const void*, void*);
  int (*update)(void*, const void*, std::size_t);
  int (*final)(void*, unsigned char*, unsigned int*);
};

const LibCrypto* libcrypto() {
  static const LibCrypto* lib = []() -> const LibCrypto* {
    if (linked_statically()) return nullptr;  // the code below: no second C library loaded
    void* h = ::dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!h) return nullptr;
    static LibCrypto c;
    auto get = [h](auto& fn, const char* name) {
      fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(h, name));
      return fn != nullptr;
    };
    bool ok = get(c.ctx_new, "EVP_MD_CTX_new") && get(c.ctx_free, "EVP_MD_CTX_free") && get(c.sha256, "EVP_sha256") &&
              get(c.init, "EVP_DigestInit_ex") && get(c.update, "EVP_DigestUpdate") && get(c.final, "EVP_DigestFinal_ex");
    return ok ? &c : nullptr;
  }();
  return lib;
}

}  // namespace

// SHA-256 (FIPS 180-4), written out: the fallback where libcrypto cannot be loaded, and
// what `Sha256` was before libcrypto was used.
struct Sha256::Ctx {
  std::array<std::uint32_t, 8> h{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  unsigned char block[64] = {};
  std::size_t used = 0;     // bytes in block
  std::uint64_t total = 0;  // bytes hashed

  static std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

  void compress(const unsigned char* p) {
    static constexpr std::uint32_t k[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
        0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
        0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
        0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
        0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
        0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i)
      w[i] = (std::uint32_t(p[4 * i]) << 24) | (std::uint32_t(p[4 * i + 1]) << 16) | (std::uint32_t(p[4 * i + 2]) << 8) | p[4 * i + 3];
    for (int i = 16; i < 64; ++i) {
      std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
      std::uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
  }
};

Sha256::Sha256(bool portable) {
  if (const LibCrypto* c = portable ? nullptr : libcrypto()) {
    evp_ = c->ctx_new();
    if (evp_ && c->init(evp_, c->sha256(), nullptr) == 1) return;
    if (evp_) c->ctx_free(evp_);
    evp_ = nullptr;
  }
  ctx_ = std::make_unique<Ctx>();
}

Sha256::~Sha256() {
  if (evp_) libcrypto()->ctx_free(evp_);
}

void Sha256::update(const void* data, std::size_t n) {
  if (evp_) {
    libcrypto()->update(evp_, data, n);
    return;
  }
  const auto* p = static_cast<const unsigned char*>(data);
  ctx_->total += n;
  while (n > 0) {
    if (ctx_->used == 0 && n >= 64) {
      ctx_->compress(p);
      p += 64;
      n -= 64;
      continue;
    }
    std::size_t take = std::min<std::size_t>(64 - ctx_->used, n);
    std::memcpy(ctx_->block + ctx_->used, p, take);
    ctx_->used += take;
    p += take;
    n -= take;
    if (ctx_->used == 64) {
      ctx_->compress(ctx_->block);
      ctx_->used = 0;
    }
  }
}

std::string Sha256::hex() {
  static const char* digits = "0123456789abcdef";
  if (evp_) {
    unsigned char md[32];
    unsigned int len = 0;
    libcrypto()->final(evp_, md, &len);
    std::string s;
    for (unsigned int i = 0; i < len; ++i) {
      s += digits[md[i] >> 4];
      s += digits[md[i] & 15];
    }
    return s;
  }
  std::uint64_t bits = ctx_->total * 8;
  unsigned char pad = 0x80;
  update(&pad, 1);
  unsigned char zero = 0;
  while (ctx_->used != 56) update(&zero, 1);
  unsigned char len[8];
  for (int i = 0; i < 8; ++i) len[i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
  update(len, 8);
  std::string s;
  for (std::uint32_t v : ctx_->h)
    for (int shift = 28; shift >= 0; shift -= 4) s += digits[(v >> shift) & 15];
  return s;
}

std::string Sha256::digest() { return "sha256:" + hex(); }

std::string sha256_digest(std::string_view data) {
  Sha256 h;
  h.update(data);
  return h.digest();
}

bool is_sha256_digest(std::string_view d) {
  if (d.size() != 71 || d.substr(0, 7) != "sha256:") return false;
  for (char c : d.substr(7))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

std::string digest_hex(std::string_view d) { return is_sha256_digest(d) ? std::string(d.substr(7)) : ""; }

}  // namespace podrun::image
