// The device cgroup on cgroup v2: there is no devices.allow file, so the rules are compiled to
// a BPF_PROG_TYPE_CGROUP_DEVICE program, attached to the container's cgroup, which the kernel
// runs on every open and mknod of a device node in it (returns 1: allowed, 0: EPERM).
//
// The compiler is a pure function (unit-tested by running the program in a small interpreter,
// tests/cgroup/device_filter_test.cc); only attach_device_filter makes system calls (tested
// for real on the unified hierarchy, which a cgroup v1 machine also has, root.devices).
#pragma once

#include <linux/bpf.h>

#include <string>
#include <vector>

#include "plan/plan.h"

namespace podrun::cgroup {

// A program that allows exactly what `allow` lists and denies everything else.
std::vector<bpf_insn> device_filter_program(const std::vector<plan::DeviceRule>& allow);

// Loads the program and attaches it to the cgroup directory `cgroup_dir` (BPF_F_ALLOW_MULTI,
// so that what systemd or an ancestor attached still applies too). The attachment lives as
// long as the cgroup: rmdir detaches it. Throws std::runtime_error naming the step and errno,
// with the verifier's log when the load is refused.
void attach_device_filter(const std::string& cgroup_dir, const std::vector<plan::DeviceRule>& allow);

}  // namespace podrun::cgroup
