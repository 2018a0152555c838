#include "cgroup/device_filter.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "common/fd.h"

namespace podrun::cgroup {

namespace {

// The few instructions the program needs (the kernel's uapi has the opcodes, not the macros).
bpf_insn insn(std::uint8_t code, std::uint8_t dst, std::uint8_t src, std::int16_t off, std::int32_t imm) {
  bpf_insn i{};
  i.code = code;
  i.dst_reg = dst & 0xf;
  i.src_reg = src & 0xf;
  i.off = off;
  i.imm = imm;
  return i;
}
bpf_insn load_u32(int dst, int src, int off) { return insn(BPF_LDX | BPF_MEM | BPF_W, dst, src, static_cast<std::int16_t>(off), 0); }
bpf_insn mov_reg(int dst, int src) { return insn(BPF_ALU64 | BPF_MOV | BPF_X, dst, src, 0, 0); }
bpf_insn mov_imm(int dst, std::int32_t imm) { return insn(BPF_ALU64 | BPF_MOV | BPF_K, dst, 0, 0, imm); }
bpf_insn and_imm(int dst, std::int32_t imm) { return insn(BPF_ALU64 | BPF_AND | BPF_K, dst, 0, 0, imm); }
bpf_insn rsh_imm(int dst, std::int32_t imm) { return insn(BPF_ALU64 | BPF_RSH | BPF_K, dst, 0, 0, imm); }
bpf_insn jne_imm(int dst, std::int32_t imm, std::int16_t off) { return insn(BPF_JMP | BPF_JNE | BPF_K, dst, 0, off, imm); }
bpf_insn exit_insn() { return insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0); }

int access_bits(const std::string& access) {
  int bits = 0;
  for (char c : access) bits |= c == 'r' ? BPF_DEVCG_ACC_READ : c == 'w' ? BPF_DEVCG_ACC_WRITE : c == 'm' ? BPF_DEVCG_ACC_MKNOD : 0;
  return bits;
}

long bpf(int cmd, bpf_attr* attr) { return ::syscall(SYS_bpf, cmd, attr, sizeof(*attr)); }

}  // namespace

std::vector<bpf_insn> device_filter_program(const std::vector<plan::DeviceRule>& allow) {
  // struct bpf_cgroup_dev_ctx { u32 access_type (access << 16 | type); u32 major; u32 minor; }
  std::vector<bpf_insn> p = {
      load_u32(2, 1, 0),                                      // r2 = device type
      mov_reg(3, 2),                                          // r3 = access requested
      and_imm(2, 0xffff), rsh_imm(3, 16), load_u32(4, 1, 4),  // r4 = major
      load_u32(5, 1, 8),                                      // r5 = minor
  };
  for (const auto& r : allow) {
    // Each rule is a block of checks; a failed check jumps to the next block.
    std::vector<bpf_insn> block;
    std::vector<std::size_t> jumps;
    auto check = [&](bpf_insn j) {
      jumps.push_back(block.size());
      block.push_back(j);
    };
    if (r.type == 'c' || r.type == 'b') check(jne_imm(2, r.type == 'c' ? BPF_DEVCG_DEV_CHAR : BPF_DEVCG_DEV_BLOCK, 0));
    int bits = access_bits(r.access);
    if (bits != (BPF_DEVCG_ACC_READ | BPF_DEVCG_ACC_WRITE | BPF_DEVCG_ACC_MKNOD)) {
      block.push_back(mov_reg(1, 3));  // r1 = access & ~allowed: nothing left means allowed
      block.push_back(and_imm(1, ~bits));
      check(jne_imm(1, 0, 0));
    }
    if (r.major >= 0) check(jne_imm(4, static_cast<std::int32_t>(r.major), 0));
    if (r.minor >= 0) check(jne_imm(5, static_cast<std::int32_t>(r.minor), 0));
    block.push_back(mov_imm(0, 1));
    block.push_back(exit_insn());
    for (std::size_t j : jumps) block[j].off = static_cast<std::int16_t>(block.size() - j - 1);
    p.insert(p.end(), block.begin(), block.end());
  }
  p.push_back(mov_imm(0, 0));
  p.push_back(exit_insn());
  return p;
}

void attach_device_filter(const std::string& cgroup_dir, const std::vector<plan::DeviceRule>& allow) {
  auto fail = [&](const std::string& what, int err) {
    throw std::runtime_error("device cgroup of `" + cgroup_dir + "`: " + what + ": " + std::strerror(err));
  };
  std::vector<bpf_insn> prog = device_filter_program(allow);
  static const char kLicense[] = "GPL";
  bpf_attr load{};
  load.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
  load.insns = reinterpret_cast<std::uint64_t>(prog.data());
  load.insn_cnt = static_cast<std::uint32_t>(prog.size());
  load.license = reinterpret_cast<std::uint64_t>(kLicense);
  UniqueFd p(static_cast<int>(bpf(BPF_PROG_LOAD, &load)));
  if (p.get() < 0) {
    int err = errno;
    // Once more with the verifier's log, for the error message.
    char log[4096] = "";
    load.log_level = 1;
    load.log_buf = reinterpret_cast<std::uint64_t>(log);
    load.log_size = sizeof log;
    UniqueFd again(static_cast<int>(bpf(BPF_PROG_LOAD, &load)));
    std::string why = log;
    while (!why.empty() && why.back() == '\n') why.pop_back();
    fail("bpf(BPF_PROG_LOAD)" + (why.empty() ? std::string() : " (" + why.substr(why.rfind('\n') + 1) + ")"), err);
  }
  UniqueFd cg(::open(cgroup_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (cg.get() < 0) fail("open", errno);
  bpf_attr attach{};
  attach.target_fd = static_cast<std::uint32_t>(cg.get());
  attach.attach_bpf_fd = static_cast<std::uint32_t>(p.get());
  attach.attach_type = BPF_CGROUP_DEVICE;
  attach.attach_flags = BPF_F_ALLOW_MULTI;
  if (bpf(BPF_PROG_ATTACH, &attach) != 0) fail("bpf(BPF_PROG_ATTACH)", errno);
}

}  // namespace podrun::cgroup
