// An image's mount-point layer (image/mount_points.h) on a store made by hand in a temporary
// directory: which files it holds for which layers, the attributes of its /etc, that it is made
// once and found again, that an image which needs none gets none, and that prune removes it
// with its image. Whiteouts, opaque directories and the overlay itself: image_root_test.cc.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "image/fake_store.h"
#include "image/mount_points.h"

namespace fs = std::filesystem;
using namespace podrun::image;
using podrun::image::testing::FakeStore;

namespace {

const std::vector<std::string> kAll = {"hostname", "hosts", "resolv.conf"};

}  // namespace

TEST_CASE("an image without the files gets them in its mount-point layer, under an /etc like its own", "[image][mount-points]") {
  FakeStore s(2);
  s.file(0, "etc/passwd");
  fs::create_directories(s.in(1, "etc"));
  ::chmod(s.in(1, "etc").c_str(), 0751);
  struct timespec times[2] = {{1000, 0}, {2000, 500}};
  REQUIRE(::utimensat(AT_FDCWD, s.in(1, "etc").c_str(), times, 0) == 0);

  std::string layer = mount_point_layer(s.store, s.image);
  REQUIRE(layer == s.root + "/store/mountpoints/" + std::string(64, 'c'));
  CHECK(layer == mount_point_layer_path(s.store, s.image));
  CHECK(s.files_in(layer) == kAll);
  struct stat st {};
  REQUIRE(::stat((layer + "/etc").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0751);  // the topmost layer's /etc, not the one below
  CHECK(st.st_mtim.tv_sec == 2000);
  CHECK(st.st_mtim.tv_nsec == 500);
  REQUIRE(::stat((layer + "/etc/hosts").c_str(), &st) == 0);
  CHECK(S_ISREG(st.st_mode));
  CHECK(st.st_size == 0);
  CHECK((st.st_mode & 07777) == 0644);
  REQUIRE(::stat(layer.c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0755);
  // Made once: found again as it is, and nothing left in the staging directory.
  ::chmod((layer + "/etc").c_str(), 0700);
  CHECK(mount_point_layer(s.store, s.image) == layer);
  REQUIRE(::stat((layer + "/etc").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0700);
  CHECK(fs::is_empty(s.store.tmp_dir()));
}

TEST_CASE("the mount-point layer holds only the files no layer has", "[image][mount-points]") {
  FakeStore s(3);
  s.file(0, "etc/hostname");
  s.file(2, "etc/hosts");
  std::string layer = mount_point_layer(s.store, s.image);
  REQUIRE(!layer.empty());
  CHECK(s.files_in(layer) == std::vector<std::string>{"resolv.conf"});
}

TEST_CASE("an image with the three files, or whose /etc is not a directory, gets no mount-point layer", "[image][mount-points]") {
  SECTION("the three files") {
    FakeStore s(2);
    s.file(0, "etc/hosts");
    s.file(0, "etc/hostname");
    s.file(1, "etc/resolv.conf");
    CHECK(mount_point_layer(s.store, s.image).empty());
    CHECK(!fs::exists(mount_point_layer_path(s.store, s.image)));
  }
  SECTION("/etc a symlink in the top layer") {
    FakeStore s(2);
    s.file(0, "etc/passwd");
    fs::create_directories(s.in(1, "real"));
    fs::create_directory_symlink("real", s.in(1, "etc"));
    CHECK(mount_point_layer(s.store, s.image).empty());
  }
  SECTION("no /etc at all: one, as a container would make it, whatever the umask") {
    FakeStore s(1);
    s.file(0, "bin/sh");
    mode_t umask_before = ::umask(077);
    std::string layer = mount_point_layer(s.store, s.image);
    ::umask(umask_before);
    REQUIRE(!layer.empty());
    CHECK(s.files_in(layer) == kAll);
    struct stat st {};
    REQUIRE(::stat((layer + "/etc").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0755);
    REQUIRE(::stat((layer + "/etc/hosts").c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0644);
    REQUIRE(::stat(layer.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0755);
  }
}

TEST_CASE("prune removes the mount-point layer of an image that is gone", "[image][mount-points]") {
  FakeStore s(1);
  s.file(0, "etc/passwd");
  s.store.write_index({s.image});
  std::string layer = mount_point_layer(s.store, s.image);
  REQUIRE(!layer.empty());
  s.store.prune();
  CHECK(fs::exists(layer));  // its image is there
  s.store.write_index({});
  s.store.prune();
  CHECK(!fs::exists(layer));
}
