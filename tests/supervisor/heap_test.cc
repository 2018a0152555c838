// supervisor/heap.h: the size-class heap behind the musl supervisor's malloc. Tested as an
// object (the unit tests keep glibc's malloc): classes, reuse, alignment, realloc, mappings,
// and a random mix of sizes whose blocks must never overlap.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

#include "supervisor/heap.h"

using podrun::supervisor::SizeClassHeap;

namespace {
bool aligned(const void* p, std::size_t a) { return reinterpret_cast<std::uintptr_t>(p) % a == 0; }
}  // namespace

TEST_CASE("heap: requests round up to 16 bytes, then to powers of two", "[heap]") {
  CHECK(SizeClassHeap::class_capacity(SizeClassHeap::size_class(0)) == 16);
  CHECK(SizeClassHeap::class_capacity(SizeClassHeap::size_class(1)) == 16);
  CHECK(SizeClassHeap::class_capacity(SizeClassHeap::size_class(16)) == 16);
  CHECK(SizeClassHeap::class_capacity(SizeClassHeap::size_class(17)) == 32);
  CHECK(SizeClassHeap::class_capacity(SizeClassHeap::size_class(256)) == 256);
  CHECK(SizeClassHeap::class_capacity(SizeClassHeap::size_class(257)) == 512);
  CHECK(SizeClassHeap::class_capacity(SizeClassHeap::size_class(4097)) == 8192);
  CHECK(SizeClassHeap::class_capacity(SizeClassHeap::size_class(SizeClassHeap::kLargest)) == SizeClassHeap::kLargest);
  for (std::size_t n : {1u, 15u, 100u, 256u, 300u, 70000u}) {
    int c = SizeClassHeap::size_class(n);
    CHECK(SizeClassHeap::size_class(SizeClassHeap::class_capacity(c)) == c);  // a capacity maps back to its class
  }
}

TEST_CASE("heap: a freed block is reused for its class, blocks are 16-byte aligned", "[heap]") {
  SizeClassHeap h;
  void* a = h.allocate(40);
  REQUIRE(a);
  CHECK(aligned(a, 16));
  CHECK(SizeClassHeap::capacity(a) == 48);
  void* b = h.allocate(40);
  CHECK(b != a);
  h.release(a);
  CHECK(h.allocate(33) == a);  // same class (48)
  CHECK(h.allocate(40) != a);
  h.release(nullptr);  // as free(NULL)
}

TEST_CASE("heap: realloc keeps the content, in place while it fits", "[heap]") {
  SizeClassHeap h;
  char* p = static_cast<char*>(h.allocate(20));
  std::memcpy(p, "0123456789abcdefghi", 20);
  CHECK(h.reallocate(p, 30) == p);  // capacity 32
  char* q = static_cast<char*>(h.reallocate(p, 5000));
  REQUIRE(q);
  CHECK(std::memcmp(q, "0123456789abcdefghi", 20) == 0);
  CHECK(SizeClassHeap::capacity(q) >= 5000);
  char* z = static_cast<char*>(h.allocate_zeroed(100, 3));
  REQUIRE(z);
  CHECK(std::all_of(z, z + 300, [](char c) { return c == 0; }));
  std::size_t huge = SIZE_MAX / 2 + 1;
  CHECK(h.allocate_zeroed(huge, 2) == nullptr);  // count * size overflows
}

TEST_CASE("heap: large blocks are mappings of their own, aligned blocks lead back to theirs", "[heap]") {
  SizeClassHeap h;
  char* big = static_cast<char*>(h.allocate(3 << 20));
  REQUIRE(big);
  big[0] = 1;
  big[(3 << 20) - 1] = 2;
  CHECK(SizeClassHeap::capacity(big) >= (3u << 20));
  char* bigger = static_cast<char*>(h.reallocate(big, 5 << 20));
  REQUIRE(bigger);
  CHECK((bigger[0] == 1 && bigger[(3 << 20) - 1] == 2));
  h.release(bigger);

  for (std::size_t a : {32u, 64u, 4096u}) {
    void* p = h.allocate_aligned(a, 100);
    REQUIRE(p);
    CHECK(aligned(p, a));
    CHECK(SizeClassHeap::capacity(p) >= 100);
    std::memset(p, 0x5a, 100);
    h.release(p);
  }
  CHECK(h.allocate_aligned(48, 8) == nullptr);  // not a power of two
}

TEST_CASE("heap: trim gives the pages of freed blocks back, and their room is used again", "[heap]") {
  SizeClassHeap h;
  void* keep = h.allocate(100);
  std::memset(keep, 7, 100);
  std::vector<void*> tree;
  for (int i = 0; i < 5000; ++i) tree.push_back(h.allocate(i % 2 ? 80 : 32));  // a JSON tree's nodes, say
  for (void* b : tree) std::memset(b, 1, 32);
  for (void* b : tree) h.release(b);
  std::size_t back = h.trim();
  CHECK(back >= 5000 * 64 - 2 * 4096);  // all but the partial pages at the ends of the run
  CHECK(std::all_of(static_cast<char*>(keep), static_cast<char*>(keep) + 100, [](char c) { return c == 7; }));
  CHECK(h.trim() == 0);  // nothing more to give
  // The hole is reused: a new tree fits where the old one was (no new chunk), and its blocks
  // come back zeroed by the kernel or written by us, never overlapping `keep`.
  std::vector<char*> again;
  for (int i = 0; i < 5000; ++i) {
    again.push_back(static_cast<char*>(h.allocate(80)));
    std::memset(again.back(), 2, 80);
  }
  CHECK(std::all_of(static_cast<char*>(keep), static_cast<char*>(keep) + 100, [](char c) { return c == 7; }));
  for (char* b : again) CHECK(std::all_of(b, b + 80, [](char c) { return c == 2; }));
}

TEST_CASE("heap: a random mix of sizes never overlaps and keeps every byte", "[heap]") {
  SizeClassHeap h;
  std::mt19937 rng(42);
  struct Live {
    unsigned char* p;
    std::size_t n;
    unsigned char fill;
  };
  std::vector<Live> live;
  auto intact = [](const Live& l) {
    for (std::size_t i = 0; i < l.n; ++i)
      if (l.p[i] != l.fill) return false;
    return true;
  };
  for (int round = 0; round < 20000; ++round) {
    if (round % 1500 == 0) h.trim();  // must never touch a live block
    if (!live.empty() && rng() % 3 == 0) {
      std::size_t i = rng() % live.size();
      REQUIRE(intact(live[i]));
      h.release(live[i].p);
      live[i] = live.back();
      live.pop_back();
      continue;
    }
    std::size_t n = rng() % 4 == 0 ? rng() % 70000 : rng() % 300;
    auto* p = static_cast<unsigned char*>(rng() % 2 ? h.allocate(n) : h.reallocate(nullptr, n));
    REQUIRE(p);
    REQUIRE(aligned(p, 16));
    auto fill = static_cast<unsigned char>(round);
    std::memset(p, fill, n);
    live.push_back({p, n, fill});
  }
  for (const auto& l : live) {
    REQUIRE(intact(l));
    h.release(l.p);
  }
}
