// The cost of one CPUID instruction on this machine (a trap to the hypervisor in a virtual
// machine), which glibc's start-up runs about ninety times in its cache-size probe
// (docs/benchmarks.md, "A process start on this machine is mostly CPUID").
//
// usage: cc -O2 -o cpuid_cost bench/pod-start/cpuid_cost.c && ./cpuid_cost
//   then, for a whole process start: perf stat -r 200 ./empty for `int main(){return 0;}`
//   built with gcc (dynamic), gcc -static and musl-gcc -static.
#include <cpuid.h>
#include <stdio.h>
#include <time.h>

static double now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

int main(void) {
  const unsigned leaves[] = {0, 2, 4};  // vendor, cache descriptors, deterministic cache parameters
  for (unsigned i = 0; i < sizeof leaves / sizeof leaves[0]; ++i) {
    unsigned a, b, c, d;
    double best = 1e9;
    for (int round = 0; round < 5; ++round) {
      double t = now_us();
      for (int n = 0; n < 200; ++n) __cpuid_count(leaves[i], 0, a, b, c, d);
      double each = (now_us() - t) / 200;
      if (each < best) best = each;
    }
    printf("CPUID leaf %u: %.2f us\n", leaves[i], best);
  }
  unsigned a, b, c, d;
  __cpuid(2, a, b, c, d);
  // 0xff in leaf 2's descriptors: "no descriptors here, ask leaf 4", which glibc does again for
  // each cache property it wants.
  printf("leaf 2 descriptors: %08x %08x %08x %08x\n", a, b, c, d);
  return 0;
}
