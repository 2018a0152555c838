// The supervisor's memory allocator when it is built against musl (cmake/musl.cmake).
//
// Why: musl's allocator (mallocng) keeps its heap small by handing pages back to the kernel
// as soon as they are free, and pays for it in page faults and mmap calls: with it the
// supervisor started a 3-container pod 1.4 ms slower than with glibc's malloc
// (docs/benchmarks.md). This heap keeps what is freed for reuse, as glibc's does, and gives
// pages back only when asked (malloc_trim), which the supervisor does once its pod has
// started: its biggest burst is at start, when run.json becomes a JSON tree (about ten times
// the file) that is decoded into the plan and freed.
//
// How: every block has a 16-byte header (so blocks stay 16-byte aligned) with its capacity and
// whether it is free. Requests up to 256 bytes round up to a multiple of 16, larger ones to a
// power of two, up to 64 KiB; freed blocks go on their class's free list; new ones are carved
// from 256 KiB chunks of anonymous memory (pages count only once touched), or from holes.
// trim() walks the chunks block by block, merges each run of free blocks into one hole and
// gives the whole pages inside it back (MADV_DONTNEED). Larger requests are mappings of their
// own, unmapped on free, as glibc's malloc does above 128 KiB. Not thread-safe: the
// supervisor has one thread (its children get a copy of the heap at fork, as with any malloc).
#pragma once

#include <cstddef>
#include <cstdint>

namespace podrun::supervisor {

class SizeClassHeap {
 public:
  static constexpr std::size_t kHeader = 16;
  static constexpr std::size_t kLargest = std::size_t{64} << 10;  // above: a mapping of its own
  static constexpr std::size_t kChunk = std::size_t{256} << 10;

  void* allocate(std::size_t n);
  void* allocate_zeroed(std::size_t count, std::size_t size);
  void* reallocate(void* p, std::size_t n);
  // `align` a power of two; nullptr when it is not, or when out of memory.
  void* allocate_aligned(std::size_t align, std::size_t n);
  void release(void* p);
  // What the block can hold (>= what was asked).
  static std::size_t capacity(const void* p);
  // Merges free blocks into holes and gives the pages inside them back to the kernel; returns
  // how many bytes that was (a hole grown by blocks freed next to it counts whole again).
  std::size_t trim();

  // The class of a request and the capacity of that class (for the tests).
  static int size_class(std::size_t n);
  static std::size_t class_capacity(int cls);

 private:
  static constexpr int kClasses = 16 + 8;  // 16..256 by 16, then 512..64 KiB
  static constexpr int kMaxChunks = 256;   // trim() sees these; later chunks are never trimmed
  static constexpr int kMaxHoles = 64;     // holes past these are given back but not reused
  struct FreeBlock {
    FreeBlock* next;
  };
  struct Span {
    char* start;
    std::size_t length;
  };
  void* carve(std::size_t total);
  Span* listed_at(const char* p);
  void add_hole(char* start, std::size_t length);

  FreeBlock* free_[kClasses] = {};
  char* chunk_ = nullptr;  // what is left of the current chunk
  std::size_t left_ = 0;
  Span chunks_[kMaxChunks] = {};  // every chunk, and how far it is carved
  int chunk_count_ = 0;
  Span holes_[kMaxHoles] = {};
  int hole_count_ = 0;
};

}  // namespace podrun::supervisor
