/* syscall_probe: tries, from inside a container, the system calls the escape suite expects to
 * be refused, each with arguments that would do nothing harmful even if it were allowed
 * (null pointers, bad magic numbers, a closed fd), and prints "NAME ERRNO" per call: 1
 * (EPERM) when the seccomp filter or a missing capability refused it, something else
 * (EFAULT, EINVAL, EBADF...) when the kernel got as far as the arguments.
 * Built static, bind-mounted into a container by tests/e2e/security_root_test.sh.
 *
 * usage: syscall_probe NAME...   (keyctl add_key bpf init_module finit_module kexec_load
 *                                 open_by_handle_at io_uring_setup reboot perf_event_open
 *                                 unshare_user setns_user) */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long probe(const char *name) {
  if (!strcmp(name, "keyctl")) return syscall(SYS_keyctl, 0 /* KEYCTL_GET_KEYRING_ID */, -3 /* session */, 0);
  if (!strcmp(name, "add_key")) return syscall(SYS_add_key, NULL, NULL, NULL, 0, 0);
  if (!strcmp(name, "bpf")) return syscall(SYS_bpf, 5 /* BPF_PROG_LOAD */, NULL, 0);
  if (!strcmp(name, "init_module")) return syscall(SYS_init_module, NULL, 0, NULL);
  if (!strcmp(name, "finit_module")) return syscall(SYS_finit_module, -1, NULL, 0);
  if (!strcmp(name, "kexec_load")) return syscall(SYS_kexec_load, 0, 0, NULL, 0);
  if (!strcmp(name, "open_by_handle_at")) return syscall(SYS_open_by_handle_at, -1, NULL, 0);
  if (!strcmp(name, "io_uring_setup")) return syscall(SYS_io_uring_setup, 0, NULL);
  if (!strcmp(name, "reboot")) return syscall(SYS_reboot, 0, 0, 0, NULL); /* bad magic: EINVAL if allowed */
  if (!strcmp(name, "perf_event_open")) return syscall(SYS_perf_event_open, NULL, 0, -1, -1, 0);
  if (!strcmp(name, "unshare_user")) return unshare(CLONE_NEWUSER);
  if (!strcmp(name, "setns_user")) return setns(-1, CLONE_NEWUSER);
  errno = ENOSYS;
  return -2;
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; ++i) {
    errno = 0;
    long rc = probe(argv[i]);
    printf("%s %d\n", argv[i], rc == -1 || rc == -2 ? errno : 0);
  }
  return 0;
}
