// malloc and its family for the supervisor built against musl: the SizeClassHeap of
// supervisor/heap.h (which says why). musl lets a static program bring its own malloc: with
// these defined, its own is not linked in (but for the few internal callers of __libc_malloc,
// which keep theirs). The one heap of the process is necessarily global.
#include <errno.h>
#include <stddef.h>

#include "supervisor/heap.h"

namespace {
constinit podrun::supervisor::SizeClassHeap heap;

void* or_enomem(void* p) {
  if (!p) errno = ENOMEM;
  return p;
}
}  // namespace

extern "C" {

void* malloc(size_t n) { return or_enomem(heap.allocate(n)); }
void free(void* p) { heap.release(p); }
void* calloc(size_t count, size_t size) { return or_enomem(heap.allocate_zeroed(count, size)); }
void* realloc(void* p, size_t n) { return or_enomem(heap.reallocate(p, n)); }
size_t malloc_usable_size(void* p) { return p ? podrun::supervisor::SizeClassHeap::capacity(p) : 0; }

void* aligned_alloc(size_t align, size_t n) {
  void* p = heap.allocate_aligned(align, n);
  if (!p) errno = (align == 0 || (align & (align - 1))) ? EINVAL : ENOMEM;
  return p;
}
void* memalign(size_t align, size_t n) { return aligned_alloc(align, n); }
// As glibc's: gives free memory back to the kernel (supervisor/heap.h); 1 when it did.
int malloc_trim(size_t) { return heap.trim() > 0; }

int posix_memalign(void** out, size_t align, size_t n) {
  if (align < sizeof(void*) || (align & (align - 1))) return EINVAL;
  void* p = heap.allocate_aligned(align, n);
  if (!p) return ENOMEM;
  *out = p;
  return 0;
}

}  // extern "C"
