// A container's mounts and user IDs as /proc words them (pods/processes.h), and this test's own
// PID namespace read through /proc (no root needed).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <string>

#include "pods/processes.h"

using podrun::pods::map_id_inside;
using podrun::pods::namespace_processes;
using podrun::pods::parse_mountinfo;

TEST_CASE("mountinfo is read field by field, optional fields and all", "[pods][processes]") {
  const std::string text =
      "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue\n"
      "1200 1100 0:52 / / ro,relatime - overlay overlay rw,lowerdir=/l,upperdir=/u,workdir=/w\n"
      "1201 1200 0:53 / /proc rw,nosuid,nodev,noexec shared:4 master:2 - proc proc rw\n"
      "garbage line\n"
      "1 2 3:4 / /x rw - short\n";
  auto m = parse_mountinfo(text);
  REQUIRE(m.size() == 3);
  CHECK(m[0].mount_point == "/mnt2");
  CHECK(m[0].root == "/mnt1");
  CHECK(m[0].fs_type == "ext3");
  CHECK(m[0].source == "/dev/root");
  CHECK(m[0].options == "rw,noatime");
  CHECK(m[1].mount_point == "/");
  CHECK(m[1].fs_type == "overlay");
  CHECK(m[2].mount_point == "/proc");
  CHECK(m[2].fs_type == "proc");
}

TEST_CASE("an ID of the host as a user namespace sees it (uid_map)", "[pods][processes]") {
  CHECK(map_id_inside("         0          0 4294967295\n", 1000) == 1000);
  const std::string pod = "0 165536 65536\n";
  CHECK(map_id_inside(pod, 165536) == 0);
  CHECK(map_id_inside(pod, 166536) == 1000);
  CHECK(map_id_inside(pod, 0) == -1);
  CHECK(map_id_inside(pod, 165536 + 65536) == -1);
  CHECK(map_id_inside("", 5) == -1);
}

TEST_CASE("the processes of this test's PID namespace include itself, with its command line", "[pods][processes]") {
  auto procs = namespace_processes(static_cast<int>(::getpid()));
  auto self = std::find_if(procs.begin(), procs.end(), [](const auto& p) { return p.host_pid == ::getpid(); });
  REQUIRE(self != procs.end());
  CHECK(self->command.find("podrun_unit_tests") != std::string::npos);
  CHECK(self->host_uid == static_cast<long long>(::getuid()));
  CHECK(std::is_sorted(procs.begin(), procs.end(), [](const auto& a, const auto& b) { return a.pid < b.pid; }));
  CHECK(namespace_processes(0).empty());
}
