// common/files.h: the fd-based reads, writes and directory walks the executor and the
// supervisor use instead of iostreams and std::filesystem. Compared with what the code they
// replace did (std::getline fields, operator>> words, remove_all that never follows a symlink).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include "common/files.h"
#include "temp_dir.h"

using namespace podrun;

TEST_CASE("files: split gives what std::getline with a separator gives", "[files]") {
  using V = std::vector<std::string>;
  CHECK(files::split("", '\n') == V{});
  CHECK(files::split("a\nb\n", '\n') == V{"a", "b"});
  CHECK(files::split("a\nb", '\n') == V{"a", "b"});
  CHECK(files::split("a::b:", ':') == V{"a", "", "b"});
  CHECK(files::split("\n\n", '\n') == V{"", ""});
  CHECK(files::split(std::string("A=1\0B=2\0", 8), '\0') == V{"A=1", "B=2"});
}

TEST_CASE("files: words splits on runs of blanks, as operator>> reads", "[files]") {
  using V = std::vector<std::string>;
  CHECK(files::words("") == V{});
  CHECK(files::words("  \n\t ") == V{});
  CHECK(files::words("oom_kill_disable 0\nunder_oom 0\noom_kill 3\n") == V{"oom_kill_disable", "0", "under_oom", "0", "oom_kill", "3"});
  CHECK(files::words("\t 0 \t 100000  65536") == V{"0", "100000", "65536"});
}

TEST_CASE("files: parent and base_name", "[files]") {
  CHECK(files::parent("/a/b/c") == "/a/b");
  CHECK(files::parent("/a/b/") == "/a");
  CHECK(files::parent("/a") == "/");
  CHECK(files::parent("/") == "/");
  CHECK(files::parent("b") == ".");
  CHECK(files::parent("a//b") == "a");
  CHECK(files::base_name("/a/b/c.log") == "c.log");
  CHECK(files::base_name("/a/b/") == "b");
  CHECK(files::base_name("c") == "c");
}

TEST_CASE("files: read, write and copy whole files, errors keep errno", "[files]") {
  podrun::testing::TempDir t("podrun-files-test");
  std::string big(100000, 'x');
  big[5] = '\0';  // binary data survives
  REQUIRE(files::write(t.root + "/f", big, 0640));
  struct stat st {};
  REQUIRE(::stat((t.root + "/f").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(files::read(t.root + "/f") == big);
  REQUIRE(files::write(t.root + "/f", "short"));  // truncates
  CHECK(files::read(t.root + "/f") == "short");
  REQUIRE(files::copy_file(t.root + "/f", t.root + "/g", 0600));
  CHECK(files::read(t.root + "/g") == "short");

  errno = 0;
  CHECK_FALSE(files::read(t.root + "/missing"));
  CHECK(errno == ENOENT);
  CHECK_FALSE(files::write(t.root + "/no/such/dir/f", "x"));
  CHECK(errno == ENOENT);
}

TEST_CASE("files: copy_file keeps a sparse file's holes", "[files]") {
  podrun::testing::TempDir t("podrun-files-test");
  const std::string f = t.root + "/sparse", g = t.root + "/copy";
  // 64 MiB: a hole, 4 bytes of data at 32 MiB, a hole to the end.
  {
    REQUIRE(files::write(f, ""));
    FILE* out = std::fopen(f.c_str(), "r+");
    REQUIRE(out);
    REQUIRE(std::fseek(out, 32 << 20, SEEK_SET) == 0);
    REQUIRE(std::fwrite("data", 1, 4, out) == 4);
    std::fclose(out);
    REQUIRE(::truncate(f.c_str(), 64 << 20) == 0);
  }
  REQUIRE(files::copy_file(f, g, 0600));
  struct stat a {
  }, b{};
  REQUIRE(::stat(f.c_str(), &a) == 0);
  REQUIRE(::stat(g.c_str(), &b) == 0);
  CHECK(b.st_size == 64 << 20);
  CHECK(b.st_blocks <= a.st_blocks + 64);  // not 64 MiB of zeros (131072 blocks)
  CHECK(files::read(g) == files::read(f));
}

TEST_CASE("files: make_dirs, list, walk, remove_all", "[files]") {
  podrun::testing::TempDir t("podrun-files-test");
  REQUIRE(files::make_dirs(t.root + "/a/b/c"));
  CHECK(files::is_dir(t.root + "/a/b/c"));
  CHECK(files::make_dirs(t.root + "/a/b/c"));  // already there
  t.write("a/f", "1");
  t.write("a/b/g", "2");
  errno = 0;
  CHECK_FALSE(files::make_dirs(t.root + "/a/f/x"));  // a file in the way
  CHECK(errno == ENOTDIR);

  std::vector<files::Entry> entries;
  REQUIRE(files::list(t.root + "/a", entries));
  std::vector<std::string> names;
  for (const auto& e : entries) names.push_back(e.name + (e.is_dir ? "/" : ""));
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"b/", "f"});

  std::vector<std::string> walked;
  REQUIRE(files::walk(t.root + "/a", [&](const std::string& p, const files::Entry&) { walked.push_back(p.substr(t.root.size())); }));
  std::sort(walked.begin(), walked.end());
  CHECK(walked == std::vector<std::string>{"/a/b", "/a/b/c", "/a/b/g", "/a/f"});

  entries.clear();
  CHECK_FALSE(files::list(t.root + "/missing", entries));
  CHECK(files::remove_all(t.root + "/missing"));  // nothing to remove is not an error
}

TEST_CASE("files: remove_all never follows a symlink out of the tree", "[files]") {
  podrun::testing::TempDir t("podrun-files-test");
  t.write("outside/keep", "precious");
  t.write("tree/d/file", "x");
  REQUIRE(::symlink((t.root + "/outside").c_str(), (t.root + "/tree/d/link").c_str()) == 0);
  REQUIRE(::symlink((t.root + "/outside").c_str(), (t.root + "/top-link").c_str()) == 0);
  REQUIRE(files::remove_all(t.root + "/tree"));
  CHECK_FALSE(files::exists(t.root + "/tree"));
  REQUIRE(files::remove_all(t.root + "/top-link"));  // the link goes, not what it points to
  CHECK(files::read(t.root + "/outside/keep") == "precious");
}
