// The cgroup v2 device program, run in a small interpreter of the instructions it uses: a
// table of (device, access) → allowed, checked against the rules the planner gives an
// unprivileged container. The same program is attached for real in device_filter_root_test.cc.
#include <catch2/catch.hpp>

#include <cstdint>
#include <stdexcept>

#include "cgroup/device_filter.h"

using namespace podrun;

namespace {

// Runs `prog` on a bpf_cgroup_dev_ctx; returns r0. Throws on an instruction it does not know,
// on a jump out of the program and on running off its end, as the verifier would refuse them.
std::uint64_t run(const std::vector<bpf_insn>& prog, std::uint32_t type, std::uint32_t access, std::uint32_t major, std::uint32_t minor) {
  std::uint32_t ctx[3] = {access << 16 | type, major, minor};
  std::uint64_t r[11] = {};
  for (std::size_t pc = 0; pc < prog.size(); ++pc) {
    const bpf_insn& i = prog[pc];
    std::uint64_t imm = static_cast<std::uint64_t>(static_cast<std::int64_t>(i.imm));
    switch (i.code) {
      case BPF_LDX | BPF_MEM | BPF_W:
        REQUIRE(i.src_reg == 1);
        REQUIRE((i.off == 0 || i.off == 4 || i.off == 8));
        r[i.dst_reg] = ctx[i.off / 4];
        break;
      case BPF_ALU64 | BPF_MOV | BPF_X: r[i.dst_reg] = r[i.src_reg]; break;
      case BPF_ALU64 | BPF_MOV | BPF_K: r[i.dst_reg] = imm; break;
      case BPF_ALU64 | BPF_AND | BPF_K: r[i.dst_reg] &= imm; break;
      case BPF_ALU64 | BPF_RSH | BPF_K: r[i.dst_reg] >>= i.imm; break;
      case BPF_JMP | BPF_JNE | BPF_K:
        if (r[i.dst_reg] != imm) pc += i.off;
        REQUIRE(pc + 1 < prog.size());
        break;
      case BPF_JMP | BPF_EXIT: return r[0];
      default: throw std::runtime_error("unknown instruction");
    }
  }
  throw std::runtime_error("ran off the end of the program");
}

constexpr std::uint32_t C = BPF_DEVCG_DEV_CHAR, B = BPF_DEVCG_DEV_BLOCK;
constexpr std::uint32_t R = BPF_DEVCG_ACC_READ, W = BPF_DEVCG_ACC_WRITE, M = BPF_DEVCG_ACC_MKNOD;

}  // namespace

TEST_CASE("device program: the default rules allow the standard nodes and ptys, nothing else", "[cgroup]") {
  std::vector<plan::DeviceRule> rules;
  for (auto [major, minor] : std::vector<std::pair<int, int>>{{1, 3}, {1, 5}, {1, 7}, {1, 8}, {1, 9}, {5, 0}, {5, 1}, {5, 2}, {136, -1}})
    rules.push_back({'c', major, minor, "rwm"});
  auto prog = cgroup::device_filter_program(rules);
  struct Case {
    const char* what;
    std::uint32_t type, access, major, minor;
    std::uint64_t allowed;
  } cases[] = {
      {"/dev/null read+write", C, R | W, 1, 3, 1},  {"/dev/zero mknod", C, M, 1, 5, 1},
      {"/dev/urandom read", C, R, 1, 9, 1},         {"/dev/ptmx", C, R | W, 5, 2, 1},
      {"a pty, any minor", C, R | W, 136, 4711, 1}, {"/dev/mem (c 1:1)", C, R, 1, 1, 0},
      {"/dev/kmsg (c 1:11)", C, R, 1, 11, 0},       {"/dev/fuse (c 10:229)", C, R | W, 10, 229, 0},
      {"a disk (b 8:0) read", B, R, 8, 0, 0},       {"a disk (b 8:0) mknod", B, M, 8, 0, 0},
      {"block 1:3 is not char 1:3", B, R, 1, 3, 0}, {"a virtio disk (b 253:0)", B, R | W, 253, 0, 0},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    CHECK(run(prog, c.type, c.access, c.major, c.minor) == c.allowed);
  }
}

TEST_CASE("device program: access subsets, any type, any major", "[cgroup]") {
  auto prog = cgroup::device_filter_program({{'c', 1, 3, "r"}, {'a', -1, -1, "m"}, {'b', -1, 7, "rw"}});
  CHECK(run(prog, C, R, 1, 3) == 1);
  CHECK(run(prog, C, R | W, 1, 3) == 0);  // write not granted
  CHECK(run(prog, C, M, 42, 42) == 1);    // mknod of anything, type 'a'
  CHECK(run(prog, B, M, 8, 0) == 1);
  CHECK(run(prog, B, R | W, 8, 7) == 1);  // any major, minor 7
  CHECK(run(prog, B, R | W, 8, 8) == 0);
  CHECK(run(prog, B, R | W | M, 8, 7) == 0);  // rules do not combine: one must grant all (as on v1)
  CHECK(run(cgroup::device_filter_program({}), C, R, 1, 3) == 0);
}
