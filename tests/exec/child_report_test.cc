// A container child's report (exec/container.h, recv_child_report): its failure message must
// reach the supervisor even when the child exits with the supervisor's go unread, which makes
// the kernel reset the connection (the first recv says ECONNRESET, the report still queued).
// Without root: a socketpair stands for the child's.
#include <catch2/catch.hpp>

#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

#include "exec/container.h"

using podrun::exec::recv_child_report;

namespace {

struct Pair {
  int supervisor = -1, child = -1;
  Pair() {
    int sv[2];
    REQUIRE(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) == 0);
    supervisor = sv[0];
    child = sv[1];
  }
  ~Pair() {
    if (supervisor >= 0) ::close(supervisor);
    if (child >= 0) ::close(child);
  }
  void child_exits() {
    ::close(child);
    child = -1;
  }
};

}  // namespace

TEST_CASE("child report: a failure is read although the child left the go unread", "[exec][child-report]") {
  Pair p;
  // The go arrives while the child is still setting up; it fails, reports and exits unread.
  REQUIRE(::send(p.supervisor, "G", 1, MSG_NOSIGNAL) == 1);
  const char report[] = "resolve subPath: ENOENT";
  REQUIRE(::send(p.child, report, sizeof report, MSG_NOSIGNAL) == static_cast<ssize_t>(sizeof report));
  p.child_exits();
  // A plain recv's first answer here is -1 ECONNRESET, which a start took for the child's exec.
  char buf[64] = {};
  REQUIRE(recv_child_report(p.supervisor, buf, sizeof buf) == static_cast<ssize_t>(sizeof report));
  CHECK(std::string(buf) == report);
}

TEST_CASE("child report: end of file when the child exec'd, also with the go unread", "[exec][child-report]") {
  SECTION("go read") {
    Pair p;
    p.child_exits();
    char buf[8];
    CHECK(recv_child_report(p.supervisor, buf, sizeof buf) == 0);
  }
  SECTION("go unread") {
    Pair p;
    REQUIRE(::send(p.supervisor, "G", 1, MSG_NOSIGNAL) == 1);
    p.child_exits();
    char buf[8];
    CHECK(recv_child_report(p.supervisor, buf, sizeof buf) == 0);
  }
}
