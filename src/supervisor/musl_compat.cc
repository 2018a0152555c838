// Symbols that Debian's static libstdc++ and libgcc_eh (built against glibc)
// expect from the C library, for the supervisor linked against musl (src/CMakeLists.txt).
// Each is what glibc's does, for a static program.
#include <link.h>
#include <stddef.h>
#include <stdint.h>

extern "C" {

// glibc 2.32: "the process has only one thread", read by libstdc++ to skip atomic reference
// counting. 0 is always correct (atomics are used), and the supervisor is single-threaded
// anyway.
char __libc_single_threaded = 0;

// glibc 2.35: where the unwinder finds the exception tables (.eh_frame_hdr) of the object that
// holds `pc`. libgcc_eh was built to use it when the C library has it, with no fallback, so
// without it every C++ exception would terminate. Same layout as glibc's struct.
struct dl_find_object {
  unsigned long long dlfo_flags;
  void* dlfo_map_start;
  void* dlfo_map_end;
  struct link_map* dlfo_link_map;
  void* dlfo_eh_frame;
  unsigned long long reserved[7];
};

namespace {

struct FindObject {
  uintptr_t pc;
  dl_find_object* out;
  bool found;
};

// For a static program there is one object, the executable: its loadable segments are the
// map, its PT_GNU_EH_FRAME segment the exception tables.
int find_object(struct dl_phdr_info* info, size_t, void* data) {
  auto* f = static_cast<FindObject*>(data);
  uintptr_t lo = UINTPTR_MAX, hi = 0;
  void* eh = nullptr;
  bool inside = false;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& p = info->dlpi_phdr[i];
    uintptr_t start = info->dlpi_addr + p.p_vaddr;
    if (p.p_type == PT_LOAD) {
      if (start < lo) lo = start;
      if (start + p.p_memsz > hi) hi = start + p.p_memsz;
      if (f->pc >= start && f->pc < start + p.p_memsz) inside = true;
    } else if (p.p_type == PT_GNU_EH_FRAME) {
      eh = reinterpret_cast<void*>(start);
    }
  }
  if (!inside) return 0;
  *f->out = dl_find_object{0, reinterpret_cast<void*>(lo), reinterpret_cast<void*>(hi), nullptr, eh, {}};
  f->found = true;
  return 1;
}

}  // namespace

int _dl_find_object(void* pc, dl_find_object* out) {
  FindObject f{reinterpret_cast<uintptr_t>(pc), out, false};
  dl_iterate_phdr(find_object, &f);
  return f.found ? 0 : -1;
}

}  // extern "C"
