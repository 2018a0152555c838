// How the running program was linked, and what a statically linked podrun hands on.
//
// `podrun` itself is linked statically (a static PIE): every command a user types, and every
// pod start, saves the dynamic loader's work, libc's and mimalloc's start-up and the PLT's
// indirections (docs/benchmarks.md, "A static CLI"). What needs a shared library loaded on
// demand, libcurl for a registry, libarchive for `image import`, runs in `podrun-dynamic`,
// the same program linked dynamically, installed beside it: a static glibc can only dlopen a
// library with a second C library of its own in the process. The CLI execs it at once for the
// commands that may need one (image, serve, controllers); apply execs it only when a pull
// turns out to be needed (NeedsDynamicBuild), before it has changed anything.
#pragma once

#include <stdexcept>
#include <string>

namespace podrun {

// True in a program without a program interpreter (PT_INTERP): linked statically.
bool linked_statically();

// Thrown, in a statically linked podrun only, where a shared library would be loaded; the CLI
// catches it and execs podrun-dynamic with the same arguments (cli/main.cc). Thrown before
// the step has changed anything: a registry is about to be asked.
struct NeedsDynamicBuild : std::runtime_error {
  explicit NeedsDynamicBuild(const std::string& what) : std::runtime_error(what) {}
};

// Throws NeedsDynamicBuild when linked statically: `what` needs `library`.
void require_dynamic_build(const std::string& what, const std::string& library);

}  // namespace podrun
