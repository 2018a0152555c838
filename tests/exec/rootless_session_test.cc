// The rootless session's pure parts (exec/rootless_session.h): a user's subordinate IDs as
// /etc/subuid and /etc/subgid give them, by name or by uid; the session's directory. The
// session itself runs for real in tests/e2e/rootless_root_test.sh.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <unistd.h>

#include "exec/rootless_session.h"
#include "temp_dir.h"

using namespace podrun::exec;

TEST_CASE("rootless: a user's subordinate IDs, by name or uid, the first entry", "[rootless]") {
  podrun::testing::TempDir t("podrun-rootless-test");
  auto f = t.write("subuid", "alice:100000:65536\n1001:165536:131072\nalice:300000:65536\nbroken\nbob:x:y\nzero:500000:0\n");
  auto a = subordinate_ids(f, "alice", 1000);
  REQUIRE(a);
  CHECK(a->start == 100000);
  CHECK(a->count == 65536);
  auto by_uid = subordinate_ids(f, "carol", 1001);
  REQUIRE(by_uid);
  CHECK(by_uid->start == 165536);
  CHECK(by_uid->count == 131072);
  CHECK_FALSE(subordinate_ids(f, "bob", 2000));   // not numbers
  CHECK_FALSE(subordinate_ids(f, "zero", 2001));  // no IDs
  CHECK_FALSE(subordinate_ids(f, "dave", 2002));
  CHECK_FALSE(subordinate_ids(t.root + "/missing", "alice", 1000));
  auto past = t.write("past", "eve:4294967000:65536\n");
  CHECK_FALSE(subordinate_ids(past, "eve", 3000));  // past the largest ID
}

TEST_CASE("rootless: the session lives in XDG_RUNTIME_DIR, else in /tmp by uid", "[rootless]") {
  const char* was = std::getenv("XDG_RUNTIME_DIR");
  std::string saved = was ? was : "";
  ::setenv("XDG_RUNTIME_DIR", "/run/user/1000", 1);
  CHECK(user_session_dir() == "/run/user/1000/podrun-rootless");
  ::unsetenv("XDG_RUNTIME_DIR");
  CHECK(user_session_dir() == "/tmp/podrun-rootless-" + std::to_string(::getuid()));
  if (was) ::setenv("XDG_RUNTIME_DIR", saved.c_str(), 1);
}

TEST_CASE("rootless: outside a session, not in one", "[rootless]") {
  // The tests run in the host's user namespace (as root in CI) and never set the variable.
  if (!in_user_namespace()) CHECK_FALSE(in_user_session());
  CHECK(outer_uid() == (in_user_namespace() ? outer_uid() : static_cast<std::uint32_t>(::getuid())));
}
