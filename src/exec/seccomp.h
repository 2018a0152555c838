// seccomp for containers: the profile a plan names, compiled to a BPF program by libseccomp
// in the CLI at apply (write_seccomp_programs, through a cache), loaded by the supervisor
// from the pod directory (load_seccomp_program: libseccomp, 135 KB of code, and its compile's
// garbage stay out of what runs for every pod), and installed by the container's child as its
// last step before exec (one system call, no allocation). docs/security.md lists what the
// profiles allow.
//
//   RuntimeDefault  podrun's default profile: an allowlist equivalent to the one containerd and
//                   Docker ship — every system call the kernel knows except the ones that
//                   reach beyond the container (keyctl, bpf, kexec, io_uring, ptrace-like
//                   peeks, module loading, ...), some allowed only with the capability that
//                   makes them meaningful (mount and unshare with CAP_SYS_ADMIN, reboot with
//                   CAP_SYS_BOOT, ...), clone without namespace flags, clone3 answered ENOSYS.
//   Localhost       a profile file in the OCI/Docker JSON format.
//   Unconfined      none.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "plan/plan.h"
#include "state/pod_paths.h"

namespace podrun::exec {

// The BPF program (an array of struct sock_filter, as bytes), or nullopt for Unconfined.
// `effective_caps` is the container's capability mask (RuntimeDefault and profiles with
// includes/excludes caps depend on it). Throws SysError for a Localhost profile that cannot
// be read or compiled, or when libseccomp refuses a rule. Compiled through a cache of
// programs in `cache_dir` (the state root's seccomp/):
// libseccomp takes about 3 ms to compile the default profile, which would be the largest
// step of a pod start; the cache makes it a file read for every container after the first
// with the same profile and capabilities. Each file holds its whole key (profile, profile
// text, capabilities, format) and is used only when that matches.
std::optional<std::string> compile_seccomp_cached(const plan::SecurityPlan& security, std::uint64_t effective_caps,
                                                  const std::string& cache_dir);

// Every container's program of a pod, compiled (compile_seccomp_cached, cache under
// `state_root`/seccomp) into the pod's seccomp/NAME.bpf (state/pod_paths.h); when it cannot be compiled (a
// Localhost profile missing or wrong), NAME.error with why, which the supervisor reports for
// that container as the kubelet would (the pod is created, the container fails to start).
// Unconfined containers get no file. Throws SysError only when the directory cannot be
// written.
void write_seccomp_programs(const plan::PodPlan& pod, const state::PodPaths& paths, const std::string& state_root);
// The supervisor's side: a container's program as write_seccomp_programs left it under
// the pod's directory; nullopt for Unconfined. Throws SysError with the compile's message, or when the
// file is missing.
std::optional<std::string> load_seccomp_program(const plan::ContainerPlan& c, const state::PodPaths& paths);

// The RuntimeDefault profile's BPF for these capabilities (exposed for the bench and tests).
std::string runtime_default_bpf(std::uint64_t effective_caps);

// Installs a compiled program on the calling thread. Without no_new_privs this needs
// CAP_SYS_ADMIN, so a caller that drops it must install first. Returns 0 or an errno.
int install_seccomp(const std::string& bpf);

// Reads a container's program from the pod directory (POD/seccomp/NAME.bpf: `podrun exec`
// installs the container's own filter); "" when the file is absent (the container is
// unconfined).
std::string read_seccomp_file(const std::string& path);

}  // namespace podrun::exec
