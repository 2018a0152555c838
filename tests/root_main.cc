// Tests that need root (real mounts, device nodes, trusted xattrs). Without root they are
// skipped with exit code 77, which ctest reports as "Skipped" (SKIP_RETURN_CODE).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (::geteuid() != 0) {
    std::fprintf(stderr, "podrun_root_tests: not root; skipped\n");
    return 77;
  }
  return Catch::Session().run(argc, argv);
}
