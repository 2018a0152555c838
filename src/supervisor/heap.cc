#include "supervisor/heap.h"

#include <sys/mman.h>

#include <cstring>

namespace podrun::supervisor {
namespace {

enum : std::uint32_t { kInUse = 0, kMapping = 1, kAlignedAlias = 2, kFree = 3, kHole = 4 };

// Before every block, 16 bytes. Blocks of a chunk follow each other without gaps, so a chunk
// can be walked header by header.
struct Header {
  std::uint64_t capacity;  // what the block holds after the header
  std::uint32_t kind;
  std::uint32_t offset;  // kAlignedAlias: how far before it the underlying block starts
};
static_assert(sizeof(Header) == SizeClassHeap::kHeader);

constexpr std::size_t kPage = 4096;

Header* header_of(const void* p) { return reinterpret_cast<Header*>(const_cast<char*>(static_cast<const char*>(p)) - sizeof(Header)); }
std::size_t page_up(std::size_t n) { return (n + kPage - 1) & ~(kPage - 1); }
std::uintptr_t page_up(const char* p) { return page_up(reinterpret_cast<std::uintptr_t>(p)); }
std::uintptr_t page_down(const char* p) { return reinterpret_cast<std::uintptr_t>(p) & ~(kPage - 1); }

void* map(std::size_t n) {
  void* p = ::mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

}  // namespace

int SizeClassHeap::size_class(std::size_t n) {
  if (n <= 256) return n == 0 ? 0 : static_cast<int>((n + 15) / 16 - 1);
  int log = 9;  // 512
  while ((std::size_t{1} << log) < n) ++log;
  return 16 + (log - 9);
}

std::size_t SizeClassHeap::class_capacity(int cls) {
  return cls < 16 ? static_cast<std::size_t>(cls + 1) * 16 : std::size_t{1} << (cls - 16 + 9);
}

void SizeClassHeap::add_hole(char* start, std::size_t length) {
  *reinterpret_cast<Header*>(start) = Header{length - kHeader, kHole, 0};
  if (length >= kHeader + 16 && hole_count_ < kMaxHoles) holes_[hole_count_++] = Span{start, length};
}

// The listed chunk whose carved part ends at `p` (the current chunk, when it is listed).
SizeClassHeap::Span* SizeClassHeap::listed_at(const char* p) {
  if (chunk_count_ == 0) return nullptr;
  Span& last = chunks_[chunk_count_ - 1];
  return last.start + last.length == p ? &last : nullptr;
}

void* SizeClassHeap::carve(std::size_t total) {
  // 1. The first hole it fits in (holes are what trim() made of runs of free blocks).
  for (int i = 0; i < hole_count_; ++i) {
    Span& h = holes_[i];
    if (h.length < total) continue;
    char* p = h.start;
    std::size_t rest = h.length - total;
    holes_[i] = holes_[--hole_count_];
    if (rest > 0) add_hole(p + total, rest);  // a header even when too small to reuse: walkable
    return p;
  }
  // 2. The current chunk, or a new one (the old one's untouched rest becomes a hole).
  if (left_ < total) {
    char* fresh = static_cast<char*>(map(kChunk));
    if (!fresh) return nullptr;
    if (left_ > 0) {
      add_hole(chunk_, left_);
      if (Span* c = listed_at(chunk_)) c->length += left_;
    }
    if (chunk_count_ < kMaxChunks) chunks_[chunk_count_++] = Span{fresh, 0};
    chunk_ = fresh;
    left_ = kChunk;
  }
  char* p = chunk_;
  chunk_ += total;
  left_ -= total;
  if (Span* c = listed_at(p)) c->length += total;
  return p;
}

void* SizeClassHeap::allocate(std::size_t n) {
  if (n > kLargest) {
    if (n > SIZE_MAX - kHeader - kPage) return nullptr;
    std::size_t size = page_up(n + kHeader);
    auto* h = static_cast<Header*>(map(size));
    if (!h) return nullptr;
    *h = Header{size - kHeader, kMapping, 0};
    return h + 1;
  }
  int cls = size_class(n);
  if (FreeBlock* b = free_[cls]) {
    free_[cls] = b->next;
    header_of(b)->kind = kInUse;
    return b;
  }
  std::size_t cap = class_capacity(cls);
  auto* h = static_cast<Header*>(carve(kHeader + cap));
  if (!h) return nullptr;
  *h = Header{cap, kInUse, 0};
  return h + 1;
}

void* SizeClassHeap::allocate_zeroed(std::size_t count, std::size_t size) {
  std::size_t n;
  if (__builtin_mul_overflow(count, size, &n)) return nullptr;
  void* p = allocate(n);
  if (p) std::memset(p, 0, n);
  return p;
}

void* SizeClassHeap::allocate_aligned(std::size_t align, std::size_t n) {
  if (align == 0 || (align & (align - 1)) != 0) return nullptr;
  if (align <= kHeader) return allocate(n);
  if (n > SIZE_MAX - align - kHeader) return nullptr;
  // A block with room for the alignment, and a second header just before the aligned address
  // (inside the block) that leads back to it.
  char* raw = static_cast<char*>(allocate(n + align + kHeader));
  if (!raw) return nullptr;
  auto at = (reinterpret_cast<std::uintptr_t>(raw) + kHeader + align - 1) & ~(std::uintptr_t{align} - 1);
  char* aligned = reinterpret_cast<char*>(at);
  std::size_t offset = static_cast<std::size_t>(aligned - raw);
  *header_of(aligned) = Header{capacity(raw) - offset, kAlignedAlias, static_cast<std::uint32_t>(offset)};
  return aligned;
}

void SizeClassHeap::release(void* p) {
  if (!p) return;
  Header* h = header_of(p);
  switch (h->kind) {
    case kMapping: ::munmap(h, h->capacity + kHeader); return;
    case kAlignedAlias: release(static_cast<char*>(p) - h->offset); return;
    default: {
      h->kind = kFree;
      auto* b = static_cast<FreeBlock*>(p);
      int cls = size_class(h->capacity);
      b->next = free_[cls];
      free_[cls] = b;
    }
  }
}

std::size_t SizeClassHeap::capacity(const void* p) { return header_of(p)->capacity; }

void* SizeClassHeap::reallocate(void* p, std::size_t n) {
  if (!p) return allocate(n);
  std::size_t cap = capacity(p);
  if (n <= cap) return p;
  void* q = allocate(n);
  if (!q) return nullptr;  // the old block stays valid, as realloc says
  std::memcpy(q, p, cap);
  release(p);
  return q;
}

std::size_t SizeClassHeap::trim() {
  if (chunk_count_ >= kMaxChunks) return 0;  // blocks of unlisted chunks could not be found again
  // Every free block ends up in a hole: the free lists and the holes are made anew.
  for (auto& f : free_) f = nullptr;
  hole_count_ = 0;
  std::size_t given_back = 0;
  for (int i = 0; i < chunk_count_; ++i) {
    char* p = chunks_[i].start;
    char* end = p + chunks_[i].length;
    char* run = nullptr;  // start of the current run of free blocks
    bool freed = false;   // the run has blocks freed since the last trim (not only a hole)
    for (;;) {
      bool at_end = p >= end;
      auto* h = reinterpret_cast<Header*>(p);
      bool unused = !at_end && (h->kind == kFree || h->kind == kHole);
      if (unused && !run) run = p;
      if (unused) freed = freed || h->kind == kFree;
      if (!unused && run) {
        // [run, p): one hole; the whole pages after its header go back to the kernel.
        std::uintptr_t from = page_up(run + kHeader), to = page_down(p);
        if (freed && to > from) {
          ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
          given_back += to - from;
        }
        add_hole(run, static_cast<std::size_t>(p - run));
        run = nullptr;
        freed = false;
      }
      if (at_end) break;
      p += kHeader + h->capacity;
    }
  }
  return given_back;
}

}  // namespace podrun::supervisor
