#include "common/linkage.h"

#include <elf.h>
#include <link.h>
#include <sys/auxv.h>

namespace podrun {

bool linked_statically() {
  // The program's own headers, as the kernel mapped them: a dynamically linked program names
  // its interpreter (ld.so); a static PIE has a PT_DYNAMIC segment too, so that is no sign.
  const auto* phdr = reinterpret_cast<const ElfW(Phdr)*>(::getauxval(AT_PHDR));
  const unsigned long count = ::getauxval(AT_PHNUM);
  if (!phdr) return false;
  for (unsigned long i = 0; i < count; ++i)
    if (phdr[i].p_type == PT_INTERP) return false;
  return true;
}

void require_dynamic_build(const std::string& what, const std::string& library) {
  static const bool is_static = linked_statically();
  if (is_static)
    throw NeedsDynamicBuild(what + " needs " + library + ", which a statically linked podrun does not load (podrun-dynamic does)");
}

}  // namespace podrun
