// exec/pool_claim.h: a ready pooled supervisor's name in the claim directory, claimed by one
// apply only (several racing: exactly one gets it), connected before the supervisor accepts,
// whose pid the kernel gives; the name gone after the claim, a dead one's name skipped and
// removed; the report pipe's read end passed on accept; a supervisor that closed without
// accepting seen as gone. The "supervisor" here is this test process (its own pid's name).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "common/error.h"
#include "exec/pool_claim.h"
#include "temp_dir.h"

using namespace podrun::exec;

namespace {

std::vector<std::string> names(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
  return out;
}

// A name left by a process that has exited: a socket bound there, closed, its pid dead.
pid_t leave_dead_name(const std::string& dir) {
  pid_t dead = ::fork();
  if (dead == 0) ::_exit(0);
  ::waitpid(dead, nullptr, 0);
  int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::string path = pool_claim_path(dir, dead);
  std::memcpy(addr.sun_path, path.c_str(), path.size());
  REQUIRE(::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  ::close(s);
  return dead;
}

}  // namespace

TEST_CASE("a pooled supervisor's name is claimed once, and its pid is the kernel's", "[exec][pool]") {
  podrun::testing::TempDir tmp;
  const std::string dir = tmp.root;
  REQUIRE_FALSE(pool_may_have_ready(dir));
  podrun::UniqueFd listener = listen_for_claim(dir);
  struct stat st {};
  REQUIRE(::stat(pool_claim_path(dir, ::getpid()).c_str(), &st) == 0);
  CHECK(S_ISSOCK(st.st_mode));
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(pool_may_have_ready(dir));

  std::optional<PoolClaim> claim = claim_pooled(dir);
  REQUIRE(claim);
  CHECK(claim->pid == ::getpid());
  CHECK(names(dir).empty());  // neither its name nor the claim's is left
  CHECK_FALSE(pool_may_have_ready(dir));
  CHECK_FALSE(claim_pooled(dir));
  CHECK_FALSE(claim_pooled_by_pid(dir, ::getpid()));

  // Sent before the accept: queued on the connection.
  const char word[] = "config 00\n";
  REQUIRE(::send(claim->connection.get(), word, sizeof word - 1, MSG_NOSIGNAL) == static_cast<ssize_t>(sizeof word - 1));
  podrun::UniqueFd accepted = accept_claim(listener.get());
  REQUIRE(accepted);
  char got[32] = {};
  REQUIRE(::read(accepted.get(), got, sizeof got) == static_cast<ssize_t>(sizeof word - 1));
  CHECK(std::string(got) == word);
  CHECK_FALSE(accept_claim(listener.get()));  // nothing else queued: at once, not a wait

  // The report pipe: what the supervisor writes on its end, the claimer reads on the one it got.
  int report[2];
  REQUIRE(::pipe(report) == 0);
  podrun::UniqueFd report_read(report[0]), report_write(report[1]);
  REQUIRE(send_claim_reply(accepted.get(), report_read.get()) == 0);
  report_read.reset();
  podrun::UniqueFd received = receive_claim_reply(claim->connection.get());
  REQUIRE(received);
  CHECK((::fcntl(received.get(), F_GETFD) & FD_CLOEXEC) != 0);
  REQUIRE(::write(report_write.get(), "OK\n", 3) == 3);
  char ok[4] = {};
  CHECK(::read(received.get(), ok, 3) == 3);
  CHECK(std::string(ok) == "OK\n");
}

TEST_CASE("of several claimers racing for one pooled supervisor, exactly one gets it", "[exec][pool]") {
  // Rounds: the claimers' window between finding the name and owning it is short.
  constexpr int kRounds = 40, kClaimers = 8;
  for (int round = 0; round < kRounds; ++round) {
    podrun::testing::TempDir tmp;
    podrun::UniqueFd listener = listen_for_claim(tmp.root);
    int go[2];
    REQUIRE(::pipe(go) == 0);
    std::vector<pid_t> claimers;
    for (int i = 0; i < kClaimers; ++i) {
      pid_t pid = ::fork();
      if (pid == 0) {
        ::close(go[1]);
        char c;
        if (::read(go[0], &c, 1) != 0) ::_exit(3);  // all start at the pipe's end of file
        ::_exit(claim_pooled(tmp.root) ? 0 : 1);
      }
      claimers.push_back(pid);
    }
    ::close(go[0]);
    ::close(go[1]);
    int won = 0, lost = 0;
    for (pid_t pid : claimers) {
      int status = 0;
      ::waitpid(pid, &status, 0);
      REQUIRE(WIFEXITED(status));
      (WEXITSTATUS(status) == 0 ? won : lost) += 1;
    }
    INFO("round " << round);
    REQUIRE(won == 1);
    REQUIRE(lost == kClaimers - 1);
    REQUIRE(names(tmp.root).empty());
    // One connection queued, not several.
    CHECK(accept_claim(listener.get()));
    CHECK_FALSE(accept_claim(listener.get()));
  }
}

TEST_CASE("a dead supervisor's name is skipped and removed, a live one behind it claimed", "[exec][pool]") {
  podrun::testing::TempDir tmp;
  pid_t dead = leave_dead_name(tmp.root);
  CHECK_FALSE(pool_may_have_ready(tmp.root));
  CHECK_FALSE(claim_pooled(tmp.root));
  CHECK(names(tmp.root).empty());

  // Met before the live one or not (the directory's order), the dead one is no claim.
  dead = leave_dead_name(tmp.root);
  podrun::UniqueFd listener = listen_for_claim(tmp.root);
  std::optional<PoolClaim> claim = claim_pooled(tmp.root);
  REQUIRE(claim);
  CHECK(claim->pid == ::getpid());
  std::vector<std::string> left = names(tmp.root);
  CHECK((left.empty() || left == std::vector<std::string>{std::to_string(dead)}));
}

TEST_CASE("a pooled supervisor that closes without accepting is seen as gone", "[exec][pool]") {
  podrun::testing::TempDir tmp;
  podrun::UniqueFd listener = listen_for_claim(tmp.root);
  std::optional<PoolClaim> claim = claim_pooled(tmp.root);
  REQUIRE(claim);
  listener.reset();  // its end (killed, or its serve's) before its accept
  CHECK_THROWS_AS(receive_claim_reply(claim->connection.get()), podrun::SysError);

  // Accepted, then closed without a reply: the same.
  listener = listen_for_claim(tmp.root);
  claim = claim_pooled(tmp.root);
  REQUIRE(claim);
  accept_claim(listener.get()).reset();
  CHECK_THROWS_AS(receive_claim_reply(claim->connection.get()), podrun::SysError);
}

TEST_CASE("serve claims by pid: then no apply can", "[exec][pool]") {
  podrun::testing::TempDir tmp;
  podrun::UniqueFd listener = listen_for_claim(tmp.root);
  CHECK(claim_pooled_by_pid(tmp.root, ::getpid()));
  CHECK(names(tmp.root).empty());
  CHECK_FALSE(claim_pooled(tmp.root));
  CHECK_FALSE(claim_pooled_by_pid(tmp.root, ::getpid()));
}

TEST_CASE("a claim abandoned before its connect is given back once its claimer is gone", "[exec][pool]") {
  podrun::testing::TempDir tmp;
  podrun::UniqueFd listener = listen_for_claim(tmp.root);
  const std::string name = pool_claim_path(tmp.root, ::getpid());
  CHECK_FALSE(restore_abandoned_claim(tmp.root, ::getpid()));  // its name is there: nothing to do

  // Renamed by a claimer that is alive (this process): still its to connect.
  const std::string by_live = name + ".claimed-" + std::to_string(::getpid());
  REQUIRE(::rename(name.c_str(), by_live.c_str()) == 0);
  CHECK_FALSE(restore_abandoned_claim(tmp.root, ::getpid()));
  CHECK_FALSE(claim_pooled(tmp.root));

  // By one that died before it connected: the name comes back, and the supervisor is claimed.
  pid_t dead = ::fork();
  if (dead == 0) ::_exit(0);
  ::waitpid(dead, nullptr, 0);
  const std::string by_dead = name + ".claimed-" + std::to_string(dead);
  REQUIRE(::rename(by_live.c_str(), by_dead.c_str()) == 0);
  CHECK(restore_abandoned_claim(tmp.root, ::getpid()));
  CHECK(names(tmp.root) == std::vector<std::string>{std::to_string(::getpid())});
  std::optional<PoolClaim> claim = claim_pooled(tmp.root);
  REQUIRE(claim);
  CHECK(claim->pid == ::getpid());
  CHECK(accept_claim(listener.get()));
}

TEST_CASE("a claim directory deeper than a unix socket's path still works", "[exec][pool]") {
  // A --root deep in a home directory: ROOT/pool.d/PID.claimed-PID past sun_path's 108 bytes.
  podrun::testing::TempDir tmp;
  std::string dir = tmp.root;
  while (dir.size() < 120) dir += "/a-rather-long-directory-name";
  std::filesystem::create_directories(dir);
  podrun::UniqueFd listener = listen_for_claim(dir);
  CHECK(names(dir) == std::vector<std::string>{std::to_string(::getpid())});
  std::optional<PoolClaim> claim = claim_pooled(dir);
  REQUIRE(claim);
  CHECK(claim->pid == ::getpid());
  CHECK(names(dir).empty());
  CHECK(accept_claim(listener.get()));
}
