// The image store for real (root): import of the three formats, layer order and whiteouts as a
// container sees them through overlayfs (and through the copy fallback), refused inputs that
// leave the store untouched, deduplication, and writes that land only in the container's
// upper directory. Each test uses its own store under a temporary directory; mounts are made
// in a child's private mount namespace, so nothing outlives the test.
#include <catch2/catch.hpp>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "image/fake_store.h"
#include "image/importer.h"
#include "image/mount_points.h"
#include "image/rootfs.h"
#include "image/store.h"

namespace fs = std::filesystem;
using namespace podrun::image;

namespace {

struct Fixture {
  std::string dir, images, store_dir;
  Fixture() {
    char tmpl[] = "/tmp/podrun-image-test-XXXXXX";
    dir = ::mkdtemp(tmpl);
    images = dir + "/images";
    store_dir = dir + "/store";
    std::string cmd = "python3 '" + std::string(PODRUN_SOURCE_DIR) + "/tests/image/make_test_images.py' '" + images + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
  }
  ~Fixture() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  Store store() const { return Store(store_dir); }
};

std::string slurp(const std::string& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `fn` in a child with a private mount namespace; its return value (0 = pass) and any
// failure message come back through the exit status and stderr.
int in_mount_namespace(const std::function<int()>& fn) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) ::_exit(90);
    int rc = 91;
    try {
      rc = fn();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "child: %s\n", e.what());
    }
    ::_exit(rc);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// What a container of image `ref` sees: each check is a line "path: what", empty when right.
int check_view(const Store& store, const std::string& ref, const std::string& root, RootfsOptions opt) {
  auto image = store.find(ref);
  if (!image) return 2;
  RootfsResult r = prepare_rootfs(layer_dirs(store, *image), root + "/c1", root + "/c1-root", opt);
  std::string t = root + "/c1-root";
  int bad = 0;
  auto expect = [&](bool ok, const char* what) {
    if (!ok) {
      std::fprintf(stderr, "view: %s\n", what);
      ++bad;
    }
  };
  expect(slurp(t + "/base.txt") == "two", "base.txt is layer 2's");
  expect(fs::exists(t + "/a/keep"), "a/keep from layer 1 is visible");
  expect(!fs::exists(t + "/a/gone") && !fs::is_symlink(t + "/a/gone"), "a/gone, deleted in layer 2, is absent");
  expect(!fs::exists(t + "/opaque/old"), "opaque/ of layer 2 hides layer 1's opaque/old");
  expect(slurp(t + "/opaque/new") == "new", "opaque/new is visible");
  expect(slurp(t + "/l2.txt") == "l2" && slurp(t + "/l3.txt") == "l3", "files of layers 2 and 3 (gzip, zstd)");
  struct stat a {
  }, b{}, dev{}, owned{};
  expect(::stat((t + "/base-hard").c_str(), &a) == 0 && slurp(t + "/base-hard") == "one", "the hard link keeps layer 1's file");
  expect(fs::read_symlink(t + "/abs-link") == "/etc/passwd", "an absolute symlink is kept as written");
  expect(::lstat((t + "/dev/null-ish").c_str(), &dev) == 0 && S_ISCHR(dev.st_mode) && dev.st_rdev == makedev(1, 3),
         "the character device 1:3 is kept");
  expect(::stat((t + "/owned.txt").c_str(), &owned) == 0 && owned.st_uid == 1234 && owned.st_gid == 5678,
         "ownership 1234:5678 kept (numbers, not the host's ids of the names)");
  char x[8] = {};
  expect(::getxattr((t + "/owned.txt").c_str(), "user.podrun", x, sizeof x) == 3 && std::string(x) == "yes", "xattr user.podrun kept");
  (void)b;

  // Writes land in this container's upper directory only.
  std::ofstream(t + "/written-by-c1") << "c1";
  expect(fs::exists(root + "/c1/upper/written-by-c1"), "a write lands in the upper directory");
  for (const auto& l : layer_dirs(store, *image)) expect(!fs::exists(l + "/written-by-c1"), "no layer is written");
  // A second container of the same image does not see it.
  prepare_rootfs(layer_dirs(store, *image), root + "/c2", root + "/c2-root", opt);
  expect(!fs::exists(root + "/c2-root/written-by-c1"), "another container does not see it");
  expect(slurp(root + "/c2-root/base.txt") == "two", "the other container sees the image");
  release_rootfs(root + "/c2", root + "/c2-root");
  release_rootfs(root + "/c1", root + "/c1-root");
  expect(!fs::exists(root + "/c1"), "release removes the container's writes");
  if (opt.force_copy) expect(r.kind == RootfsKind::Copy && !fs::exists(root + "/c1-root/base.txt"), "the copy fallback");
  else expect(r.kind == RootfsKind::Overlay, "overlayfs is used");
  return bad == 0 ? 0 : 1;
}

std::size_t count_entries(const std::string& dir) {
  std::size_t n = 0;
  std::error_code ec;
  if (!fs::exists(dir)) return 0;
  for (const auto& e : fs::directory_iterator(dir, ec)) (void)e, ++n;
  return n;
}

}  // namespace

TEST_CASE("the three formats import, and a container sees the layers as overlayfs stacks them", "[root][image]") {
  Fixture f;
  Store store = f.store();
  for (const char* input : {"layout", "archive.tar", "docker.tar"}) {
    CAPTURE(input);
    auto results = import_image(store, f.images + "/" + input, {});
    REQUIRE(results.size() == 1);
    CHECK(results[0].image.layers.size() == 3);
  }
  auto images = store.list();
  REQUIRE(images.size() == 2);  // the layout and its archive are one image
  CHECK(store.find("test/three:v1"));
  CHECK(store.find("docker.io/test/docker:v1"));
  CHECK(count_entries(store.root() + "/layers") == 6);  // 3 layers (+ .json each), shared by both images
  CHECK(count_entries(store.tmp_dir()) == 0);

  ImageDetails d = store.details(*store.find("test/three:v1"));
  CHECK(d.config.entrypoint == std::vector<std::string>{"/bin/app"});
  CHECK(d.config.cmd == std::vector<std::string>{"--serve"});
  CHECK(d.config.user == "1000:1000");
  CHECK(d.exposed_ports == std::vector<std::string>{"8080/tcp"});

  CHECK(in_mount_namespace([&] { return check_view(store, "test/three:v1", f.dir, {}); }) == 0);
  CHECK(in_mount_namespace([&] { return check_view(store, "test/docker:v1", f.dir, {}); }) == 0);
  RootfsOptions copy;
  copy.force_copy = true;
  CHECK(in_mount_namespace([&] { return check_view(store, "test/three:v1", f.dir, copy); }) == 0);
}

TEST_CASE("a layer's entries keep modes, owners and times, and replace earlier ones without writing through them", "[root][image]") {
  Fixture f;
  Store store = f.store();
  import_image(store, f.images + "/edges", {});
  auto image = store.find("test/edges:v1");
  REQUIRE(image);
  auto dirs = layer_dirs(store, *image);
  REQUIRE(dirs.size() == 1);
  std::string l = dirs[0];
  struct stat st {};
  auto mode_of = [&](const std::string& p) { return ::lstat((l + "/" + p).c_str(), &st) == 0 ? st.st_mode : 0; };

  CHECK(S_ISREG(mode_of("over")));  // the symlink before it was replaced, not followed
  CHECK(slurp(l + "/over") == "inside");
  CHECK_FALSE(fs::exists("/etc/podrun-escape-test"));
  CHECK(S_ISREG(mode_of("was-dir")));
  CHECK(slurp(l + "/was-dir") == "file now");
  CHECK((mode_of("suid") & 07777) == 04755);  // set after the chown, which clears it
  CHECK(st.st_uid == 1234);
  CHECK(st.st_mtime == 1700000000);
  CHECK((mode_of("sticky") & 07777) == 01777);
  CHECK((mode_of("sgid") & 07777) == 02775);
  CHECK(st.st_gid == 5678);
  CHECK(st.st_mtime == 1700000000);  // a directory's time, set after its entries were made
  CHECK(mode_of("sgid/root-file") != 0);
  CHECK(st.st_gid == 0);  // the layer's group, not the one the set-group-ID directory hands down
  CHECK((st.st_mode & 07777) == 0644);
  CHECK((mode_of("open") & 07777) == 0777);  // whatever the umask
  CHECK(S_ISDIR(mode_of("implicit/deep")));
  CHECK((st.st_mode & 07777) == 0755);
  CHECK(slurp(l + "/implicit/deep/file") == "deep");
}

TEST_CASE("importing the same image twice stores it once", "[root][image]") {
  Fixture f;
  Store store = f.store();
  auto first = import_image(store, f.images + "/layout", {});
  auto again = import_image(store, f.images + "/layout", {});
  CHECK_FALSE(first[0].already_present);
  CHECK(again[0].already_present);
  CHECK(store.list().size() == 1);
  CHECK(count_entries(store.root() + "/blobs/sha256") == 5);  // manifest, config, 3 layers
  ImportOptions named;
  named.name = "renamed:v2";
  import_image(store, f.images + "/layout", named);
  REQUIRE(store.list().size() == 1);
  CHECK(store.list()[0].names.size() == 2);
}

TEST_CASE("a multi-platform index imports this machine's image", "[root][image]") {
  Fixture f;
  Store store = f.store();
  auto r = import_image(store, f.images + "/index-layout", {});
  REQUIRE(r.size() == 1);
  CHECK(r[0].image.architecture == "amd64");
  CHECK(store.find("test/multi:v1"));
}

TEST_CASE("refused inputs leave the store as it was and the host untouched", "[root][image]") {
  Fixture f;
  Store store = f.store();
  import_image(store, f.images + "/layout", {});
  std::string index_before = slurp(store.root() + "/images.json");
  std::size_t layers_before = count_entries(store.root() + "/layers");
  std::size_t blobs_before = count_entries(store.root() + "/blobs/sha256");
  struct Case {
    const char* input;
    const char* message;
  } cases[] = {
      {"bad-digest", "digest mismatch"},
      {"bad-truncated", "truncated"},
      {"bad-dotdot", "would leave the layer directory"},
      {"bad-symlink", "goes through the symlink `evil`"},
      {"bad-diffid", "the config says sha256:1111"},
      {"bad-hardlink", "goes through the symlink `evil`"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.input);
    CHECK_THROWS_WITH(import_image(store, f.images + "/" + c.input, {}),
                      Catch::Contains(c.message) && Catch::Contains("nothing was stored"));
    CHECK(slurp(store.root() + "/images.json") == index_before);
    CHECK(count_entries(store.root() + "/layers") == layers_before);
    CHECK(count_entries(store.root() + "/blobs/sha256") == blobs_before);
    CHECK(count_entries(store.tmp_dir()) == 0);
  }
  CHECK_FALSE(fs::exists("/etc/podrun-escape-test"));
  CHECK_FALSE(fs::exists(f.dir + "/etc/podrun-escape-test"));
}

TEST_CASE("rm drops names, prune drops what no image uses", "[root][image]") {
  Fixture f;
  Store store = f.store();
  import_image(store, f.images + "/layout", {});
  import_image(store, f.images + "/docker.tar", {});
  store.remove("test/docker:v1");
  CHECK_FALSE(store.find("test/docker:v1"));
  auto pruned = store.prune();
  // The docker image's manifest and config, and its plain-tar blobs of layers 2 and 3 (the
  // layout has them gzip- and zstd-compressed); the unpacked layers are shared and stay.
  CHECK(pruned.blobs == 4);
  CHECK(pruned.layers == 0);
  store.remove("test/three:v1");
  CHECK(store.list().empty());
  pruned = store.prune();
  CHECK(pruned.layers == 3);
  CHECK(count_entries(store.root() + "/layers") == 0);
  CHECK(count_entries(store.root() + "/blobs/sha256") == 0);
}

TEST_CASE("concurrent imports into one store leave it consistent", "[root][image]") {
  Fixture f;
  Store store = f.store();
  store.init();
  std::vector<pid_t> children;
  for (const char* input : {"layout", "docker.tar", "archive.tar", "index-layout"}) {
    pid_t pid = ::fork();
    if (pid == 0) {
      try {
        import_image(store, f.images + "/" + input, {});
        ::_exit(0);
      } catch (...) {
        ::_exit(1);
      }
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  CHECK(store.list().size() == 3);
  CHECK(store.find("test/three:v1"));
  CHECK(store.find("test/docker:v1"));
  CHECK(store.find("test/multi:v1"));
  CHECK(count_entries(store.tmp_dir()) == 0);
  CHECK(count_entries(store.root() + "/layers") == 6);
}

TEST_CASE("whiteouts and opaque directories hide the lower layers' files", "[root][image][mount-points]") {
  SECTION("a whiteout of /etc/hosts") {
    podrun::image::testing::FakeStore s(2);
    s.file(0, "etc/hosts");
    s.file(0, "etc/hostname");
    s.file(0, "etc/resolv.conf");
    fs::create_directories(s.in(1, "etc"));
    REQUIRE(::mknod(s.in(1, "etc/hosts").c_str(), S_IFCHR | 0000, makedev(0, 0)) == 0);
    std::string layer = mount_point_layer(s.store, s.image);
    REQUIRE(!layer.empty());
    CHECK(s.files_in(layer) == std::vector<std::string>{"hosts"});
  }
  SECTION("an opaque /etc") {
    podrun::image::testing::FakeStore s(2);
    s.file(0, "etc/hosts");
    s.file(1, "etc/hostname");
    REQUIRE(::setxattr(s.in(1, "etc").c_str(), "trusted.overlay.opaque", "y", 1, 0) == 0);
    std::string layer = mount_point_layer(s.store, s.image);
    REQUIRE(!layer.empty());
    CHECK(s.files_in(layer) == std::vector<std::string>{"hosts", "resolv.conf"});
    char v[4] = {};
    CHECK(::getxattr((layer + "/etc").c_str(), "trusted.overlay.opaque", v, sizeof v) < 0);  // it merges with the image's
  }
  SECTION("a whiteout of /etc itself: an /etc of the layer's own") {
    podrun::image::testing::FakeStore s(2);
    s.file(0, "etc/hosts");
    REQUIRE(::mknod(s.in(1, "etc").c_str(), S_IFCHR | 0000, makedev(0, 0)) == 0);
    std::string layer = mount_point_layer(s.store, s.image);
    REQUIRE(!layer.empty());
    CHECK(s.files_in(layer) == std::vector<std::string>{"hostname", "hosts", "resolv.conf"});
  }
}

TEST_CASE("a container's overlay has the mount points without copying /etc up", "[root][image][mount-points]") {
  podrun::image::testing::FakeStore s(1);
  s.file(0, "etc/passwd");
  ::chmod(s.in(0, "etc").c_str(), 0750);
  std::string layer = mount_point_layer(s.store, s.image);
  REQUIRE(!layer.empty());
  int rc = in_mount_namespace([&] {
    RootfsOptions opt;
    opt.mount_points = layer;
    prepare_rootfs(layer_dirs(s.store, s.image), s.root + "/c1", s.root + "/c1-root", opt);
    std::string t = s.root + "/c1-root";
    int bad = 0;
    auto expect = [&](bool ok, const char* what) {
      if (!ok) {
        std::fprintf(stderr, "view: %s\n", what);
        ++bad;
      }
    };
    struct stat st {};
    expect(slurp(t + "/etc/passwd") == "x", "the image's /etc/passwd is there");
    expect(::stat((t + "/etc").c_str(), &st) == 0 && (st.st_mode & 07777) == 0750, "/etc has the image's mode");
    for (const char* f : {"/etc/hosts", "/etc/hostname", "/etc/resolv.conf"})
      expect(::stat((t + f).c_str(), &st) == 0 && S_ISREG(st.st_mode), "each mount point is a file");
    expect(::mount("/dev/null", (t + "/etc/hosts").c_str(), nullptr, MS_BIND, nullptr) == 0, "a bind onto /etc/hosts");
    expect(!fs::exists(s.root + "/c1/upper/etc"), "/etc is not copied up to the container's writable layer");
    std::ofstream(t + "/etc/new") << "n";
    expect(fs::exists(s.root + "/c1/upper/etc/new"), "a write to /etc lands in the writable layer");
    expect(!fs::exists(layer + "/etc/new") && !fs::exists(s.in(0, "etc/new")), "not in the mount-point layer or the image");
    // Gone (a prune raced the start): the overlay is made without it.
    RootfsOptions gone;
    gone.mount_points = s.root + "/no-such-layer";
    prepare_rootfs(layer_dirs(s.store, s.image), s.root + "/c2", s.root + "/c2-root", gone);
    expect(slurp(s.root + "/c2-root/etc/passwd") == "x" && !fs::exists(s.root + "/c2-root/etc/hosts"), "a missing layer is left out");
    return bad == 0 ? 0 : 1;
  });
  CHECK(rc == 0);
}
