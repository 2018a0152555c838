// Per-container root filesystem set-up: prepare_rootfs (one overlay mount) and release, N
// times, in a private mount namespace. Prints "median_us p90_us kind" for bench/images/run.sh.
// usage: podrun_rootfs_bench STORE IMAGE N [copy]
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "image/rootfs.h"
#include "image/store.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s STORE IMAGE N [copy]\n", argv[0]);
    return 2;
  }
  podrun::image::Store store(argv[1]);
  auto image = store.find(argv[2]);
  if (!image) {
    std::fprintf(stderr, "no image %s\n", argv[2]);
    return 1;
  }
  int n = std::atoi(argv[3]);
  podrun::image::RootfsOptions opt;
  opt.force_copy = argc > 4 && std::string(argv[4]) == "copy";
  if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
    std::perror("unshare/mount");
    return 1;
  }
  char tmpl[] = "/tmp/podrun-rootfs-bench-XXXXXX";
  std::string dir = ::mkdtemp(tmpl);
  auto layers = podrun::image::layer_dirs(store, *image);
  std::vector<double> us;
  podrun::image::RootfsKind kind{};
  for (int i = 0; i < n; ++i) {
    std::string c = dir + "/c" + std::to_string(i), root = dir + "/r" + std::to_string(i);
    auto t0 = std::chrono::steady_clock::now();
    kind = podrun::image::prepare_rootfs(layers, c, root, opt).kind;
    auto t1 = std::chrono::steady_clock::now();
    us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    podrun::image::release_rootfs(c, root);
    ::rmdir(root.c_str());
  }
  ::rmdir(dir.c_str());
  std::sort(us.begin(), us.end());
  std::printf("%.0f %.0f %s\n", us[us.size() / 2], us[us.size() * 9 / 10], kind == podrun::image::RootfsKind::Overlay ? "overlay" : "copy");
  return 0;
}
