#include "exec/caps.h"

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace podrun::exec {

namespace {
constexpr int kLastCap = 40;  // CAP_CHECKPOINT_RESTORE
}

int drop_bounding_set(std::uint64_t mask) {
  for (int pass = 0; pass < 2; ++pass)
    for (int c = 0; c <= kLastCap; ++c) {
      if ((c == CAP_SETPCAP) != (pass == 1) || (mask >> c) & 1) continue;
      if (::prctl(PR_CAPBSET_DROP, c, 0, 0, 0) != 0 && errno != EINVAL) return errno;  // EINVAL: not in this kernel
    }
  return 0;
}

std::uint64_t current_bounding_set() {
  std::uint64_t mask = 0;
  for (int c = 0; c <= kLastCap; ++c)
    if (::prctl(PR_CAPBSET_READ, c, 0, 0, 0) == 1) mask |= std::uint64_t{1} << c;
  return mask;
}

int set_capabilities(std::uint64_t mask) {
  if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0 && errno != EINVAL) return errno;
  __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  for (int i = 0; i < 2; ++i) {
    data[i].effective = data[i].permitted = static_cast<__u32>(mask >> (32 * i));
    data[i].inheritable = 0;
  }
  return ::syscall(SYS_capset, &hdr, data) == 0 ? 0 : errno;
}

int set_no_new_privs() { return ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 ? 0 : errno; }

}  // namespace podrun::exec
