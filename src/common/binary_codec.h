// A compact binary form of plain structs, for a word between two processes of one build (the
// CLI and the supervisor it hands a pod to). The JSON of the same structs (nlohmann) stays the
// form on disk, for people and for the next version; this one only has to be fast: parsing the
// JSON of a 3-container pod's run configuration (15 KB, a tree of a thousand small allocations)
// took the supervisor 0.25-0.4 ms of a 10 ms pod start, right on the start's path.
//
// Values are written in the order of their struct's fields, without names: integers and enums
// as 8 little-endian bytes, strings and containers as a count and their items, an optional as a
// flag and its value. A struct takes part through an overload of
// `visit_fields(T&, F&&)` / `visit_fields(const T&, F&&)` found by argument-dependent lookup,
// which calls `f(member)` for each member in order. Both sides must agree on the layout: the
// caller writes a fingerprint of it first (plan/codec.h) and the reader refuses another.
//
// Reading never trusts a count or a length: past the end, BinaryReader throws
// std::runtime_error, and the caller falls back to the JSON.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace podrun::binary {

class Writer {
 public:
  const std::string& bytes() const { return out_; }
  std::string take() { return std::move(out_); }

  void put_u64(std::uint64_t v) {
    char b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    out_.append(b, 8);
  }

  template <typename T>
  void put(const T& v) {
    if constexpr (std::is_same_v<T, bool>) {
      out_.push_back(v ? 1 : 0);
    } else if constexpr (std::is_integral_v<T>) {
      put_u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(v)));
    } else if constexpr (std::is_enum_v<T>) {
      put(static_cast<std::underlying_type_t<T>>(v));
    } else if constexpr (std::is_same_v<T, std::string>) {
      put_u64(v.size());
      out_.append(v);
    } else {
      put_composite(v);
    }
  }

 private:
  template <typename T>
  void put_composite(const std::optional<T>& v) {
    put(v.has_value());
    if (v) put(*v);
  }
  template <typename T>
  void put_composite(const std::vector<T>& v) {
    put_u64(v.size());
    for (const auto& item : v) put(item);
  }
  template <typename K, typename V>
  void put_composite(const std::map<K, V>& v) {
    put_u64(v.size());
    for (const auto& [key, value] : v) {
      put(key);
      put(value);
    }
  }
  template <typename A, typename B>
  void put_composite(const std::pair<A, B>& v) {
    put(v.first);
    put(v.second);
  }
  template <typename T>
  void put_composite(const T& v) {
    visit_fields(v, [this](const auto& member) { put(member); });
  }

  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool at_end() const { return in_.empty(); }

  std::uint64_t get_u64() {
    need(8);
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in_[i])) << (8 * i);
    in_.remove_prefix(8);
    return v;
  }

  template <typename T>
  void get(T& v) {
    if constexpr (std::is_same_v<T, bool>) {
      need(1);
      v = in_[0] != 0;
      in_.remove_prefix(1);
    } else if constexpr (std::is_integral_v<T>) {
      v = static_cast<T>(static_cast<std::int64_t>(get_u64()));
    } else if constexpr (std::is_enum_v<T>) {
      std::underlying_type_t<T> raw{};
      get(raw);
      v = static_cast<T>(raw);
    } else if constexpr (std::is_same_v<T, std::string>) {
      const std::size_t n = count(1);
      v.assign(in_.data(), n);
      in_.remove_prefix(n);
    } else {
      get_composite(v);
    }
  }

 private:
  void need(std::size_t n) const {
    if (in_.size() < n) throw std::runtime_error("binary word truncated");
  }
  // A count of items of at least `min_bytes` each: never more than the bytes left could hold.
  std::size_t count(std::size_t min_bytes) {
    const std::uint64_t n = get_u64();
    if (n > in_.size() / min_bytes) throw std::runtime_error("binary word truncated");
    return static_cast<std::size_t>(n);
  }

  template <typename T>
  void get_composite(std::optional<T>& v) {
    bool has = false;
    get(has);
    if (!has) {
      v.reset();
      return;
    }
    v.emplace();
    get(*v);
  }
  template <typename T>
  void get_composite(std::vector<T>& v) {
    const std::size_t n = count(1);
    v.clear();
    v.reserve(n);
    for (std::size_t i = 0; i < n; ++i) get(v.emplace_back());
  }
  template <typename K, typename V>
  void get_composite(std::map<K, V>& v) {
    const std::size_t n = count(1);
    v.clear();
    for (std::size_t i = 0; i < n; ++i) {
      K key{};
      get(key);
      get(v[std::move(key)]);
    }
  }
  template <typename A, typename B>
  void get_composite(std::pair<A, B>& v) {
    get(v.first);
    get(v.second);
  }
  template <typename T>
  void get_composite(T& v) {
    visit_fields(v, [this](auto& member) { get(member); });
  }

  std::string_view in_;
};

// 64-bit FNV-1a, for a layout's fingerprint.
constexpr std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ULL) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return h;
}

// As text without a newline (a word on a line-based socket): two hex digits a byte.
std::string to_hex(std::string_view bytes);
// nullopt when `hex` is not that.
std::optional<std::string> from_hex(std::string_view hex);

}  // namespace podrun::binary
