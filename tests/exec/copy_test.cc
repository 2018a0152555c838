// podrun cp's walk (exec/copy.h) on a fake container root: a directory with symlinks that point
// out of it (absolute, to the host's /etc and to a "host" directory beside it; relative, up
// past its top), a fifo, odd modes. Nothing outside the root is read or written; symlinks are
// copied as symlinks and never followed, on either side; a symlink planted in the local
// destination is replaced, not followed; a directory swapped for a symlink while copies run
// never lets one out. No root needed.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "exec/copy.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace podrun::exec;

namespace {

// A fake container root at ROOT/ctr and a "host" directory at ROOT/host, which the container's
// symlinks name by its host path.
struct Fixture : podrun::testing::TempDir {
  std::string ctr, host;
  ContainerRoot c;
  std::vector<std::string> warnings;
  CopyOptions o;

  Fixture() : podrun::testing::TempDir("podrun-copy-test"), ctr(root + "/ctr"), host(root + "/host") {
    write("host/secret", "host secret");
    write("ctr/etc/hostname", "container");
    write("ctr/data/file", "data");
    write("ctr/data/run.sh", "#!/bin/sh\n");
    write("ctr/data/sub/deep", "deep");
    fs::create_directories(ctr + "/data/sticky");
    fs::create_directories(root + "/local");
    ::chmod((ctr + "/data/file").c_str(), 0640);
    ::chmod((ctr + "/data/run.sh").c_str(), 04755);  // setuid: dropped
    ::chmod((ctr + "/data/sticky").c_str(), 01777);
    ::chmod((ctr + "/data/sub").c_str(), 0750);
    fs::create_directory_symlink("/etc", ctr + "/data/abs");
    fs::create_directory_symlink("../../..", ctr + "/data/rel");
    fs::create_directory_symlink(host, ctr + "/data/host");
    fs::create_directory_symlink("/", ctr + "/escape");
    ::mkfifo((ctr + "/data/fifo").c_str(), 0600);
    c.root.reset(::open(ctr.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    c.uid = ::geteuid();
    c.gid = ::getegid();
    o.label = "web:";
    o.warn = [this](const std::string& w) { warnings.push_back(w); };
  }

  std::string local(const std::string& rel) const { return root + "/local/" + rel; }
  // What the host directory holds: it must stay {secret: "host secret"}.
  std::vector<std::string> host_entries() const {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(host)) out.push_back(fs::relative(e.path(), host).string());
    return out;
  }
};

mode_t mode_of(const std::string& path) {
  struct stat st {};
  ::lstat(path.c_str(), &st);
  return st.st_mode & 07777;
}

}  // namespace

TEST_CASE("copy: a tree out of the container, symlinks copied as symlinks and never followed", "[copy]") {
  Fixture f;
  copy_from_container(f.c, "/data", f.local("tree"), f.o);
  CHECK(f.read("local/tree/file") == "data");
  CHECK(f.read("local/tree/sub/deep") == "deep");
  CHECK(mode_of(f.local("tree/file")) == 0640);
  CHECK(mode_of(f.local("tree/run.sh")) == 0755);  // setuid dropped
  CHECK(mode_of(f.local("tree/sticky")) == 01777);
  CHECK(mode_of(f.local("tree/sub")) == 0750);
  CHECK(fs::is_symlink(f.local("tree/abs")));
  CHECK(fs::read_symlink(f.local("tree/abs")) == "/etc");
  CHECK(fs::read_symlink(f.local("tree/rel")) == "../../..");
  CHECK(fs::read_symlink(f.local("tree/host")) == f.host);
  CHECK_FALSE(fs::exists(f.local("tree/fifo")));
  REQUIRE(f.warnings.size() == 1);
  CHECK_THAT(f.warnings[0], Catch::Contains("web:/data/fifo") && Catch::Contains("a fifo"));
  CHECK(f.host_entries() == std::vector<std::string>{"secret"});
}

TEST_CASE("copy: paths in the container resolve inside its root, whatever its symlinks say", "[copy]") {
  Fixture f;
  for (const char* path : {"/escape/etc/hostname", "/data/abs/hostname", "/data/rel/etc/hostname", "../../../../etc/hostname"}) {
    INFO(path);
    fs::remove(f.local("x"));
    copy_from_container(f.c, path, f.local("x"), f.o);
    CHECK(f.read("local/x") == "container");  // the fake root's, not the host's /etc/hostname
  }
  // The host directory, named by its host path: not there inside the root.
  CHECK_THROWS_WITH(copy_from_container(f.c, "/data/host/secret", f.local("y"), f.o), "web:/data/host/secret: No such file or directory");
  CHECK_FALSE(fs::exists(f.local("y")));
  CHECK_THROWS_WITH(copy_from_container(f.c, "/nope", f.local("y"), f.o), "web:/nope: No such file or directory");
  // Relative to the working directory.
  f.o.cwd = "/data";
  copy_from_container(f.c, "sub/deep", f.local("z"), f.o);
  CHECK(f.read("local/z") == "deep");
}

TEST_CASE("copy: into the container, every write lands inside its root", "[copy]") {
  Fixture f;
  std::string file = f.write("local/new", "new");
  copy_to_container(file, f.c, "/escape/etc/new", f.o);
  CHECK(f.read("ctr/etc/new") == "new");
  copy_to_container(file, f.c, "/data/rel/etc/new2", f.o);
  CHECK(f.read("ctr/etc/new2") == "new");
  // A directory named by the host's path does not exist in the root: its parent must.
  CHECK_THROWS_WITH(copy_to_container(file, f.c, "/data/host/x", f.o), "web:/data/host/x: No such file or directory");
  // A symlink as the last name is replaced (tar's way), never written through.
  copy_to_container(file, f.c, "/data/host", f.o);
  CHECK_FALSE(fs::is_symlink(f.ctr + "/data/host"));
  CHECK(f.read("ctr/data/host") == "new");
  CHECK(f.host_entries() == std::vector<std::string>{"secret"});
  CHECK(f.read("host/secret") == "host secret");
  CHECK_THROWS_WITH(copy_to_container(f.local("nope"), f.c, "/data", f.o), f.local("nope") + " doesn't exist in local filesystem");
}

TEST_CASE("copy: a symlink planted in the local destination is replaced, not followed", "[copy]") {
  Fixture f;
  fs::create_directories(f.local("tree"));
  fs::create_directory_symlink(f.host, f.local("tree/sub"));
  fs::create_symlink(f.host + "/secret", f.local("tree/file"));
  copy_from_container(f.c, "/data", f.local("tree"), f.o);
  CHECK_FALSE(fs::is_symlink(f.local("tree/sub")));
  CHECK(f.read("local/tree/sub/deep") == "deep");
  CHECK_FALSE(fs::is_symlink(f.local("tree/file")));
  CHECK(f.read("local/tree/file") == "data");
  CHECK(f.host_entries() == std::vector<std::string>{"secret"});
  CHECK(f.read("host/secret") == "host secret");
}

TEST_CASE("copy: kubectl's destinations: into a directory, as a new path, merged out of the container", "[copy]") {
  Fixture f;
  std::string dir = f.write("local/src/a", "a");
  dir = fs::path(dir).parent_path();
  fs::create_directories(f.ctr + "/dest");
  copy_to_container(dir, f.c, "/dest", f.o);  // an existing directory: inside it
  CHECK(f.read("ctr/dest/src/a") == "a");
  copy_to_container(dir, f.c, "/renamed", f.o);  // not there: it becomes that path
  CHECK(f.read("ctr/renamed/a") == "a");
  copy_to_container(dir + "/a", f.c, "/dest", f.o);  // a file onto a directory: inside it
  CHECK(f.read("ctr/dest/a") == "a");
  copy_from_container(f.c, "/etc/hostname", f.local("src"), f.o);  // a file onto a directory, out
  CHECK(f.read("local/src/hostname") == "container");
  copy_from_container(f.c, "/data/sub", f.local("src"), f.o);  // a directory onto one: merged (kubectl)
  CHECK(f.read("local/src/deep") == "deep");
  CHECK(f.read("local/src/a") == "a");
  copy_from_container(f.c, "/data/sub", f.local("made/parents/out"), f.o);  // parents made, as kubectl
  CHECK(f.read("local/made/parents/out/deep") == "deep");
  CHECK_THROWS_WITH(copy_from_container(f.c, "/data/sub", f.local("src/a"), f.o), f.local("src/a") + ": Not a directory");
  copy_from_container(f.c, "/data/abs", f.local("link"), f.o);  // a symlink named last: itself
  CHECK(fs::read_symlink(f.local("link")) == "/etc");
}

TEST_CASE("copy: a directory swapped for a symlink out of the root while copies run never lets one out", "[copy]") {
  Fixture f;
  f.write("ctr/race/sub/f", "inside");
  std::atomic<bool> stop{false};
  std::thread swapper([&] {
    std::string sub = f.ctr + "/race/sub", tmp = f.ctr + "/race/tmp";
    while (!stop) {
      std::error_code ec;
      fs::create_directory_symlink(f.host, tmp, ec);
      fs::rename(tmp, sub, ec);  // fails while sub is a directory: then swap the other way
      if (ec) {
        fs::remove_all(sub, ec);
        fs::create_directory_symlink(f.host, sub, ec);
      }
      fs::remove(sub, ec);
      fs::create_directories(sub, ec);
      std::ofstream(sub + "/f") << "inside";
    }
  });
  std::string file = f.write("local/planted", "planted");
  for (int i = 0; i < 300; ++i) {
    std::string out = f.local("race-" + std::to_string(i));
    try {
      copy_from_container(f.c, "/race", out, f.o);
    } catch (const CopyError&) {  // an entry that vanished or changed kind: refused, not followed
    }
    try {
      copy_to_container(file, f.c, "/race/sub", f.o);
    } catch (const CopyError&) {}
    // sub copied as a symlink is right (it is one in the container); a directory holding the
    // host's secret would be the escape.
    std::error_code ec;
    if (!fs::is_symlink(out + "/sub", ec) && fs::exists(out + "/sub/secret", ec)) FAIL("read the host's file through a swapped symlink");
  }
  stop = true;
  swapper.join();
  CHECK(f.host_entries() == std::vector<std::string>{"secret"});
  CHECK(f.read("host/secret") == "host secret");
}
