/* podrun-pause: the pod's namespace holder.
 *
 * podrun creates it in the pod's new namespaces (net, ipc, uts; pid with
 * shareProcessNamespace; user with hostUsers: false). It:
 *   1. sets the hostname given as argv[1] (when it owns a UTS namespace: argv[2] == "uts"),
 *   2. brings the loopback interface up (when it owns a network namespace: "net"),
 *   3. writes one byte to fd 3 (if open) to say it is ready, and closes it,
 *   4. waits for signals: SIGCHLD reaps children (it is PID 1 of a shared PID namespace and
 *      inherits orphans), SIGTERM/SIGINT exit 0.
 * libc only, no allocation after start: a few hundred KB of memory at most, ready in well
 * under a millisecond. Each setup failure has its own exit code, as Kubernetes' pause does.
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
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

enum { EXIT_USAGE = 2, EXIT_SIGNALS = 3, EXIT_HOSTNAME = 4, EXIT_LOOPBACK = 5 };

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
  if (has_flag(argc, argv, "pid") && getpid() != 1)
    fprintf(stderr, "podrun-pause: warning: not PID 1 (pid %d) in the pod's PID namespace; orphans will not be reaped here\n",
            (int)getpid());

  /* Ready: one byte on fd 3, if the launcher gave one. */
  if (write(3, "R", 1) == 1) close(3);

  for (;;) {
    siginfo_t info;
    int sig = sigwaitinfo(&set, &info);
    if (sig == SIGCHLD) {
      while (waitpid(-1, NULL, WNOHANG) > 0) {
      }
    } else if (sig == SIGTERM || sig == SIGINT) {
      return 0;
    }
  }
}
