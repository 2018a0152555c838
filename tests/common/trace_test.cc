// Step marks (common/trace.h): with PODRUN_TRACE set, a mark appends "NANOSECONDS PID STEP";
// unset, nothing is written. Each case runs in a child: the file is chosen once per process.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sstream>
#include <string>

#include "common/trace.h"
#include "temp_dir.h"

namespace {

int in_child(const char* trace_file, int marks) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (trace_file) ::setenv("PODRUN_TRACE", trace_file, 1);
    else ::unsetenv("PODRUN_TRACE");
    for (int i = 0; i < marks; ++i) podrun::trace::mark(i == 0 ? "first.step" : "second.step");
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return pid;
}

}  // namespace

TEST_CASE("trace: marks go to PODRUN_TRACE, one line each, in order, on one clock", "[trace]") {
  podrun::testing::TempDir t("podrun-trace-test");
  std::string file = t.root + "/trace";
  int pid = in_child(file.c_str(), 2);
  std::istringstream lines(t.read("trace"));
  long long t1 = 0, t2 = 0;
  int p1 = 0, p2 = 0;
  std::string s1, s2;
  REQUIRE(lines >> t1 >> p1 >> s1 >> t2 >> p2 >> s2);
  CHECK(s1 == "first.step");
  CHECK(s2 == "second.step");
  CHECK(p1 == pid);
  CHECK(t2 >= t1);
  CHECK(t1 > 0);
  std::string more;
  CHECK_FALSE(lines >> more);
}

TEST_CASE("trace: without PODRUN_TRACE a mark writes nothing", "[trace]") {
  podrun::testing::TempDir t("podrun-trace-test");
  in_child(nullptr, 2);
  CHECK(t.read("trace").empty());
}
