/* podrun-pause: the pod's namespace holder.
 *
 * The supervisor starts it in the pod's new namespaces (net, ipc, uts; pid with
 * shareProcessNamespace; user with hostUsers: false), in a mount namespace of its own whose root
 * is an empty read-only tmpfs, exec'd by fd (exec/pod_setup.cc). It:
 *   1. sets the hostname given as argv[1] (when it owns a UTS namespace: "uts" among the args),
 *   2. brings the loopback interface up (when it owns a network namespace: "net"),
 *   3. gives up everything it will never need again (confine): every capability (bounding,
 *      permitted, effective), no_new_privs, non-dumpable, and a seccomp filter that allows
 *      only the system calls of step 5 — so that a container that reaches it (PID 1 of a
 *      shareProcessNamespace pod, ptrace with CAP_SYS_PTRACE) finds a process with no power,
 *      no files and nothing to call,
 *   4. writes one byte to fd 3 (if open) to say it is ready, and closes it,
 *   5. waits for signals: SIGCHLD reaps children (it is PID 1 of a shared PID namespace and
 *      inherits orphans); SIGTERM/SIGINT exit 0 — except, as PID 1 of the pod's PID
 *      namespace, a signal sent from inside it (a container's `kill -TERM 1`): ignored, so
 *      that one container cannot take the pod's namespaces away from the others.
 * libc only, no allocation after start: a few tens of KB of memory, ready in well under a
 * millisecond. Each setup failure has its own exit code, as Kubernetes' pause does.
 *
 * usage: podrun-pause HOSTNAME [uts] [net] [pid]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <net/if.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* The kernel's ABI for capset(2) and seccomp(2), spelled out here: musl-gcc builds this file
 * without the kernel's headers (<linux/capability.h>, <linux/filter.h>, <linux/seccomp.h>). */
#define CAP_VERSION_3 0x20080522
struct cap_header { unsigned int version; int pid; };
struct cap_data { unsigned int effective, permitted, inheritable; };
struct bpf_insn { unsigned short code; unsigned char jt, jf; unsigned int k; };
struct bpf_prog { unsigned short len; struct bpf_insn *filter; };
#define LD_W_ABS 0x20   /* BPF_LD | BPF_W | BPF_ABS */
#define JEQ_K 0x15      /* BPF_JMP | BPF_JEQ | BPF_K */
#define RET_K 0x06      /* BPF_RET | BPF_K */
#define SECCOMP_DATA_NR 0
#define SECCOMP_DATA_ARCH 4
#define RET_ALLOW 0x7fff0000U
#define RET_ERRNO 0x00050000U
#define RET_KILL_PROCESS 0x80000000U
#define SET_MODE_FILTER 1

enum { EXIT_USAGE = 2, EXIT_SIGNALS = 3, EXIT_HOSTNAME = 4, EXIT_LOOPBACK = 5, EXIT_CONFINE = 6 };

static int has_flag(int argc, char **argv, const char *flag) {
  for (int i = 2; i < argc; ++i)
    if (strcmp(argv[i], flag) == 0) return 1;
  return 0;
}

static int loopback_up(void) {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
  int rc = ioctl(fd, SIOCGIFFLAGS, &ifr);
  if (rc == 0) {
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    rc = ioctl(fd, SIOCSIFFLAGS, &ifr);
  }
  close(fd);
  return rc;
}

#if defined(__x86_64__)
#define PAUSE_AUDIT_ARCH 0xc000003eU /* AUDIT_ARCH_X86_64 */
#elif defined(__aarch64__)
#define PAUSE_AUDIT_ARCH 0xc00000b7U /* AUDIT_ARCH_AARCH64 */
#endif

/* The filter: the native ABI only (another one is killed), and of it only what the loop below,
 * the ready byte and the exit need; anything else fails with EPERM. */
static int install_filter(void) {
#ifdef PAUSE_AUDIT_ARCH
#define ALLOW(nr) {JEQ_K, 0, 1, (nr)}, {RET_K, 0, 0, RET_ALLOW}
  struct bpf_insn code[] = {
      {LD_W_ABS, 0, 0, SECCOMP_DATA_ARCH},
      {JEQ_K, 1, 0, PAUSE_AUDIT_ARCH},
      {RET_K, 0, 0, RET_KILL_PROCESS},
      {LD_W_ABS, 0, 0, SECCOMP_DATA_NR},
      ALLOW(__NR_rt_sigtimedwait),
      ALLOW(__NR_rt_sigprocmask),
      ALLOW(__NR_rt_sigreturn),
      ALLOW(__NR_restart_syscall),
      ALLOW(__NR_wait4),
      ALLOW(__NR_waitid),
      ALLOW(__NR_write),
      ALLOW(__NR_close),
      ALLOW(__NR_exit),
      ALLOW(__NR_exit_group),
      {RET_K, 0, 0, RET_ERRNO | EPERM},
  };
#undef ALLOW
  struct bpf_prog prog = {(unsigned short)(sizeof code / sizeof code[0]), code};
  return (int)syscall(SYS_seccomp, SET_MODE_FILTER, 0, &prog);
#else
  return 0; /* an architecture podrun has no filter for: the rest of the confinement holds */
#endif
}

static int confine(void) {
  /* The bounding set first (dropping needs CAP_SETPCAP), up to the last capability the kernel
   * knows (EINVAL past it); then permitted, effective and inheritable emptied. */
  for (int cap = 0; cap < 64; ++cap)
    if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL) return -1;
  struct cap_header hdr = {CAP_VERSION_3, 0};
  struct cap_data data[2];
  memset(data, 0, sizeof data);
  if (syscall(SYS_capset, &hdr, data) != 0) return -1;
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
  if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) return -1;
  return install_filter();
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: podrun-pause HOSTNAME [uts] [net] [pid]\n");
    return EXIT_USAGE;
  }
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGCHLD);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  if (sigprocmask(SIG_BLOCK, &set, NULL) != 0) return EXIT_SIGNALS;

  if (has_flag(argc, argv, "uts") && sethostname(argv[1], strlen(argv[1])) != 0) {
    fprintf(stderr, "podrun-pause: sethostname %s: %s\n", argv[1], strerror(errno));
    return EXIT_HOSTNAME;
  }
  if (has_flag(argc, argv, "net") && loopback_up() != 0) {
    fprintf(stderr, "podrun-pause: bring lo up: %s\n", strerror(errno));
    return EXIT_LOOPBACK;
  }
  int pid1 = has_flag(argc, argv, "pid");
  if (pid1 && getpid() != 1)
    fprintf(stderr, "podrun-pause: warning: not PID 1 (pid %d) in the pod's PID namespace; orphans will not be reaped here\n",
            (int)getpid());
  if (confine() != 0) {
    fprintf(stderr, "podrun-pause: confine: %s\n", strerror(errno));
    return EXIT_CONFINE;
  }

  /* Ready: one byte on fd 3, if the launcher gave one. */
  if (write(3, "R", 1) == 1) close(3);

  for (;;) {
    siginfo_t info;
    int sig = sigwaitinfo(&set, &info);
    if (sig == SIGCHLD) {
      while (waitpid(-1, NULL, WNOHANG) > 0) {
      }
    } else if (sig == SIGTERM || sig == SIGINT) {
      /* As PID 1 of the pod's PID namespace, a sender outside it (the supervisor) shows as
       * pid 0; a sender with a pid is a process of the pod, and is ignored. Otherwise no
       * container can see this process (each has a PID namespace of its own). */
      if (!pid1 || info.si_pid == 0 || info.si_code > 0) return 0;
    }
  }
}
