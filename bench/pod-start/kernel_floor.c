// The kernel's own cost of a pod start, as a peer for bench/pod-start/run.sh: one C program
// doing only the kernel work podrun's apply must do for a pod of N containers, in the
// cheapest correct order measured on this project's machines (reference: kernel-costs.md,
// "theoretical floor"), and nothing else: no manifest, no plan, no state, no extra process.
//
//   1. cgroups: the pod's and one per container (memory, cpu, pids; v1 or v2, detected), with
//      a memory limit, a CPU quota and pids.max;
//   2. the sandbox: clone(net|ipc|uts|pid); the child moves itself into the pod's cgroup and
//      waits (podrun's pause holder execs a static binary: a little more than this);
//   3. the network: a veth born with its peer in the sandbox's namespace, its host end on a
//      bridge, lo and eth0 up, eth0's address and the default route;
//   4. each container: fork into the sandbox's pid namespace (setns pid_for_children, fork,
//      restore), setns net/ipc/uts, unshare(mnt), an overlay root over the image's files with
//      /proc, a /dev tmpfs and (with --volume) an emptyDir bind, pivot_root, moves itself into
//      its cgroup, execs the entrypoint (`sleep 3600` of the image);
//   5. done when the last container's exec succeeded (its close-on-exec pipe closed).
//
// usage: kernel_floor ROOTFS BRIDGE CONTAINERS [--volume] [--bare] [--upper-in DIR]   (as root)
// prints the microseconds from step 1 to step 5, then undoes everything (untimed).
// --bare: a bare container start, the peer of a pod given a sandbox made ahead of time (podrun
// serve --sandbox-pool): the pod's cgroup, the sandbox and its network are made before the
// clock starts; timed are the containers' cgroups and the containers (step 4).
// --upper-in DIR: the containers' upper and work directories in DIR (podrun keeps its
// containers' writable layers on the storage's disk) instead of the scratch tmpfs.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONTAINERS 8

static void die(const char* step) {
  fprintf(stderr, "kernel_floor: %s: %s\n", step, strerror(errno));
  exit(1);
}

static long long now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000LL + t.tv_nsec / 1000;
}

static void write_file(const char* path, const char* text) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0 || write(fd, text, strlen(text)) < 0) die(path);
  close(fd);
}

// ---- cgroups -----------------------------------------------------------------------------

static int cgroup_v2;
static const char* v1_controllers[] = {"memory", "cpu", "pids"};
static char cg_name[64];

// The cgroup `leaf` ("" = the pod's) of every hierarchy, with its limits.
static void cgroup_make(const char* leaf) {
  char dir[256], file[320];
  if (cgroup_v2) {
    snprintf(dir, sizeof dir, "/sys/fs/cgroup/%s%s%s", cg_name, *leaf ? "/" : "", leaf);
    if (mkdir(dir, 0755) != 0) die(dir);
    if (!*leaf) {
      snprintf(file, sizeof file, "%s/cgroup.subtree_control", dir);
      write_file(file, "+memory +cpu +pids");
    }
    snprintf(file, sizeof file, "%s/memory.max", dir);
    write_file(file, "268435456");
    snprintf(file, sizeof file, "%s/cpu.max", dir);
    write_file(file, "50000 100000");
    snprintf(file, sizeof file, "%s/pids.max", dir);
    write_file(file, "1024");
    return;
  }
  for (int i = 0; i < 3; ++i) {
    snprintf(dir, sizeof dir, "/sys/fs/cgroup/%s/%s%s%s", v1_controllers[i], cg_name, *leaf ? "/" : "", leaf);
    if (mkdir(dir, 0755) != 0) die(dir);
  }
  snprintf(file, sizeof file, "/sys/fs/cgroup/memory/%s%s%s/memory.limit_in_bytes", cg_name, *leaf ? "/" : "", leaf);
  write_file(file, "268435456");
  snprintf(file, sizeof file, "/sys/fs/cgroup/cpu/%s%s%s/cpu.cfs_quota_us", cg_name, *leaf ? "/" : "", leaf);
  write_file(file, "50000");
  snprintf(file, sizeof file, "/sys/fs/cgroup/pids/%s%s%s/pids.max", cg_name, *leaf ? "/" : "", leaf);
  write_file(file, "1024");
}

// The calling process moves itself (v1: "0" to each `tasks`, which skips the global rwsem's
// RCU grace period; v2: "0" to cgroup.procs).
static void cgroup_enter(const char* leaf) {
  char file[320];
  if (cgroup_v2) {
    snprintf(file, sizeof file, "/sys/fs/cgroup/%s%s%s/cgroup.procs", cg_name, *leaf ? "/" : "", leaf);
    write_file(file, "0");
    return;
  }
  for (int i = 0; i < 3; ++i) {
    snprintf(file, sizeof file, "/sys/fs/cgroup/%s/%s%s%s/tasks", v1_controllers[i], cg_name, *leaf ? "/" : "", leaf);
    write_file(file, "0");
  }
}

static void cgroup_remove(const char* leaf) {
  char dir[256];
  for (int i = 0; i < (cgroup_v2 ? 1 : 3); ++i) {
    if (cgroup_v2) snprintf(dir, sizeof dir, "/sys/fs/cgroup/%s%s%s", cg_name, *leaf ? "/" : "", leaf);
    else snprintf(dir, sizeof dir, "/sys/fs/cgroup/%s/%s%s%s", v1_controllers[i], cg_name, *leaf ? "/" : "", leaf);
    for (int tries = 0; rmdir(dir) != 0 && errno == EBUSY && tries < 200; ++tries) usleep(5000);
  }
}

// ---- rtnetlink ---------------------------------------------------------------------------

struct request {
  struct nlmsghdr h;
  char data[1024];
};

static struct rtattr* attr(struct nlmsghdr* h, int type, const void* data, int len) {
  struct rtattr* a = (struct rtattr*)((char*)h + NLMSG_ALIGN(h->nlmsg_len));
  a->rta_type = (unsigned short)type;
  a->rta_len = (unsigned short)RTA_LENGTH(len);
  if (len) memcpy(RTA_DATA(a), data, (size_t)len);
  h->nlmsg_len = NLMSG_ALIGN(h->nlmsg_len) + RTA_ALIGN(a->rta_len);
  return a;
}

static void attr_end(struct nlmsghdr* h, struct rtattr* nest) { nest->rta_len = (unsigned short)((char*)h + h->nlmsg_len - (char*)nest); }

// Sends one request and waits for its acknowledgement.
static void talk(int fd, struct nlmsghdr* h, const char* step) {
  static unsigned seq;
  h->nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
  h->nlmsg_seq = ++seq;
  if (send(fd, h, h->nlmsg_len, 0) < 0) die(step);
  char buf[4096];
  ssize_t n = recv(fd, buf, sizeof buf, 0);
  if (n < 0) die(step);
  struct nlmsghdr* r = (struct nlmsghdr*)buf;
  if (r->nlmsg_type == NLMSG_ERROR) {
    int err = ((struct nlmsgerr*)NLMSG_DATA(r))->error;
    if (err) {
      errno = -err;
      die(step);
    }
  }
}

static int netlink_socket(void) {
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  if (fd < 0) die("socket(NETLINK_ROUTE)");
  return fd;
}

static void link_up(int fd, int index, const char* step) {
  struct request r = {0};
  r.h.nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg));
  r.h.nlmsg_type = RTM_NEWLINK;
  struct ifinfomsg* ifi = NLMSG_DATA(&r.h);
  ifi->ifi_index = index;
  ifi->ifi_flags = IFF_UP;
  ifi->ifi_change = IFF_UP;
  talk(fd, &r.h, step);
}

// The veth hostIF/eth0, eth0 born in `netns_fd`; the host end on `bridge` and up; in the pod:
// lo and eth0 up, `address`/`prefix`, the default route via `gateway`.
static void network(int netns_fd, const char* host_if, const char* bridge, const char* address, int prefix, const char* gateway) {
  int fd = netlink_socket();
  struct request r = {0};
  r.h.nlmsg_len = NLMSG_LENGTH(sizeof(struct ifinfomsg));
  r.h.nlmsg_type = RTM_NEWLINK;
  r.h.nlmsg_flags = NLM_F_CREATE | NLM_F_EXCL;
  unsigned master = if_nametoindex(bridge);
  if (!master) die(bridge);
  attr(&r.h, IFLA_IFNAME, host_if, (int)strlen(host_if) + 1);
  attr(&r.h, IFLA_MASTER, &master, sizeof master);
  struct rtattr* info = attr(&r.h, IFLA_LINKINFO, NULL, 0);
  attr(&r.h, IFLA_INFO_KIND, "veth", 4);
  struct rtattr* data = attr(&r.h, IFLA_INFO_DATA, NULL, 0);
  struct rtattr* peer = attr(&r.h, VETH_INFO_PEER, NULL, 0);
  r.h.nlmsg_len += sizeof(struct ifinfomsg);  // the peer's ifinfomsg, zeroed
  attr(&r.h, IFLA_IFNAME, "eth0", 5);
  attr(&r.h, IFLA_NET_NS_FD, &netns_fd, sizeof netns_fd);
  attr_end(&r.h, peer);
  attr_end(&r.h, data);
  attr_end(&r.h, info);
  talk(fd, &r.h, "create the veth");
  link_up(fd, (int)if_nametoindex(host_if), "host end up");
  close(fd);

  // In the pod: a socket made there (the thread enters for socket(2) only).
  int own = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
  if (own < 0 || setns(netns_fd, CLONE_NEWNET) != 0) die("setns net");
  fd = netlink_socket();
  int eth0 = (int)if_nametoindex("eth0");
  if (setns(own, CLONE_NEWNET) != 0) die("setns back");
  close(own);
  link_up(fd, 1, "lo up");
  link_up(fd, eth0, "eth0 up");
  memset(&r, 0, sizeof r);
  r.h.nlmsg_len = NLMSG_LENGTH(sizeof(struct ifaddrmsg));
  r.h.nlmsg_type = RTM_NEWADDR;
  r.h.nlmsg_flags = NLM_F_CREATE | NLM_F_EXCL;
  struct ifaddrmsg* ifa = NLMSG_DATA(&r.h);
  ifa->ifa_family = AF_INET;
  ifa->ifa_prefixlen = (unsigned char)prefix;
  ifa->ifa_index = (unsigned)eth0;
  struct in_addr a, gw;
  inet_pton(AF_INET, address, &a);
  inet_pton(AF_INET, gateway, &gw);
  attr(&r.h, IFA_LOCAL, &a, 4);
  attr(&r.h, IFA_ADDRESS, &a, 4);
  talk(fd, &r.h, "eth0's address");
  memset(&r, 0, sizeof r);
  r.h.nlmsg_len = NLMSG_LENGTH(sizeof(struct rtmsg));
  r.h.nlmsg_type = RTM_NEWROUTE;
  r.h.nlmsg_flags = NLM_F_CREATE | NLM_F_EXCL;
  struct rtmsg* rt = NLMSG_DATA(&r.h);
  rt->rtm_family = AF_INET;
  rt->rtm_table = RT_TABLE_MAIN;
  rt->rtm_protocol = RTPROT_BOOT;
  rt->rtm_scope = RT_SCOPE_UNIVERSE;
  rt->rtm_type = RTN_UNICAST;
  attr(&r.h, RTA_GATEWAY, &gw, 4);
  attr(&r.h, RTA_OIF, &eth0, 4);
  talk(fd, &r.h, "the default route");
  close(fd);
}

// ---- the containers ----------------------------------------------------------------------

static const char* rootfs;
static char scratch[128];  // a tmpfs: upper and work directories, the emptyDir
static int with_volume;
static char upper_base[200];  // where the containers' upper and work directories go

// In the container's child: its namespaces, root, cgroup, then exec. Failure: exit 127.
static void container(int index, int sandbox_pid, int go) {
  static const char* kinds[] = {"net", "ipc", "uts"};
  static const int types[] = {CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS};
  char path[512], dir[256], opts[1024];
  for (int i = 0; i < 3; ++i) {
    snprintf(path, sizeof path, "/proc/%d/ns/%s", sandbox_pid, kinds[i]);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || setns(fd, types[i]) != 0) die(path);
    close(fd);
  }
  // Into its cgroup while single-threaded and before /sys is out of sight.
  char leaf[16];
  snprintf(leaf, sizeof leaf, "c%d", index);
  cgroup_enter(leaf);
  if (unshare(CLONE_NEWNS) != 0) die("unshare(mnt)");
  if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) die("make / private");
  snprintf(dir, sizeof dir, "%s/c%d", upper_base, index);
  mkdir(dir, 0755);
  snprintf(path, sizeof path, "%s/upper", dir);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/work", dir);
  mkdir(path, 0755);
  snprintf(path, sizeof path, "%s/root", dir);
  mkdir(path, 0755);
  snprintf(opts, sizeof opts, "lowerdir=%s,upperdir=%s/upper,workdir=%s/work", rootfs, dir, dir);
  if (mount("overlay", path, "overlay", 0, opts) != 0) die("overlay");
  if (chdir(path) != 0) die("chdir root");
  if (mount("proc", "proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL) != 0) die("mount /proc");
  if (mount("tmpfs", "dev", "tmpfs", MS_NOSUID | MS_STRICTATIME, "mode=755,size=65536k") != 0) die("mount /dev");
  if (mknod("dev/null", S_IFCHR | 0666, makedev(1, 3)) != 0 || mknod("dev/zero", S_IFCHR | 0666, makedev(1, 5)) != 0) die("mknod");
  if (with_volume) {
    mkdir("scratch", 0755);
    snprintf(path, sizeof path, "%s/volume", scratch);
    if (mount(path, "scratch", NULL, MS_BIND, NULL) != 0) die("bind the emptyDir");
  }
  if (syscall(SYS_pivot_root, ".", ".") != 0) die("pivot_root");
  if (umount2(".", MNT_DETACH) != 0) die("detach the old root");
  // The app runs once the pod's network is configured: the parent closes `go` then.
  char b;
  if (read(go, &b, 1) < 0) die("wait for the network");
  execl("/bin/sleep", "sleep", "3600", (char*)NULL);
  die("exec /bin/sleep");
}

static int remove_entry(const char* path, const struct stat* st, int flag, struct FTW* ftw) {
  (void)st, (void)flag, (void)ftw;
  remove(path);  // best effort: what cannot go stays for the caller to see
  return 0;
}

static int sandbox_main(void* pipe_fd) {
  // Moves itself into the pod's cgroup, says so, and waits to be killed.
  cgroup_enter("");
  close(*(int*)pipe_fd);
  for (;;) pause();
  return 0;
}

int main(int argc, char** argv) {
  long long entered = now_us();
  if (argc < 4) {
    fprintf(stderr, "usage: kernel_floor ROOTFS BRIDGE CONTAINERS [--volume] [--bare]\n");
    return 2;
  }
  rootfs = argv[1];
  const char* bridge = argv[2];
  int n = atoi(argv[3]);
  int bare = 0;
  for (int i = 4; i < argc; ++i) {
    if (strcmp(argv[i], "--volume") == 0) with_volume = 1;
    else if (strcmp(argv[i], "--bare") == 0) bare = 1;
    else if (strcmp(argv[i], "--upper-in") == 0 && i + 1 < argc) snprintf(upper_base, sizeof upper_base, "%s/podrun-floor-%d", argv[++i], getpid());
    else return 2;
  }
  if (n < 1 || n > MAX_CONTAINERS) return 2;
  cgroup_v2 = access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0;
  snprintf(cg_name, sizeof cg_name, "podrun-floor-%d", getpid());
  // Untimed: the scratch tmpfs, as podrun's state directory is there before a pod.
  snprintf(scratch, sizeof scratch, "/run/podrun-floor-%d", getpid());
  if (mkdir(scratch, 0700) != 0 || mount("tmpfs", scratch, "tmpfs", 0, "size=64m") != 0) die(scratch);
  if (!upper_base[0]) snprintf(upper_base, sizeof upper_base, "%s", scratch);
  else if (mkdir(upper_base, 0700) != 0) die(upper_base);
  char volume[300];
  snprintf(volume, sizeof volume, "%s/volume", scratch);
  mkdir(volume, 0777);

  long long start = now_us();
  // 1. Cgroups (--bare: the containers' only, after the sandbox).
  cgroup_make("");
  for (int i = 0; i < n && !bare; ++i) {
    char leaf[16];
    snprintf(leaf, sizeof leaf, "c%d", i);
    cgroup_make(leaf);
  }
  // 2. The sandbox.
  int ready[2];
  if (pipe2(ready, O_CLOEXEC) != 0) die("pipe");
  static char stack[64 * 1024];
  int sandbox = clone(sandbox_main, stack + sizeof stack, CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWPID | SIGCHLD, &ready[1]);
  if (sandbox < 0) die("clone the sandbox");
  close(ready[1]);
  char byte;
  if (read(ready[0], &byte, 1) < 0) die("the sandbox");
  close(ready[0]);
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/ns/net", sandbox);
  int netns = open(path, O_RDONLY | O_CLOEXEC);
  snprintf(path, sizeof path, "/proc/%d/ns/pid", sandbox);
  int pidns = open(path, O_RDONLY | O_CLOEXEC);
  int own_pidns = open("/proc/self/ns/pid_for_children", O_RDONLY | O_CLOEXEC);
  if (netns < 0 || pidns < 0 || own_pidns < 0) die("the sandbox's namespaces");
  char host_if[16];
  snprintf(host_if, sizeof host_if, "prf%d", getpid() % 100000);
  if (bare) {
    // The sandbox was made ahead: its network too. The clock starts now.
    network(netns, host_if, bridge, "10.211.0.2", 24, "10.211.0.1");
    start = now_us();
    for (int i = 0; i < n; ++i) {
      char leaf[16];
      snprintf(leaf, sizeof leaf, "c%d", i);
      cgroup_make(leaf);
    }
  }
  // 3 and 4 side by side (2 cores): the containers are forked into the sandbox's pid
  // namespace and make their roots while this process configures the network; they exec
  // once it is done (`go` closed), as an app must find its network up.
  int go[2];
  if (pipe2(go, O_CLOEXEC) != 0) die("pipe");
  int pids[MAX_CONTAINERS], execs[MAX_CONTAINERS];
  for (int i = 0; i < n; ++i) {
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0) die("pipe");
    if (setns(pidns, CLONE_NEWPID) != 0) die("setns pid_for_children");
    pids[i] = fork();
    if (pids[i] == 0) {
      close(p[0]);
      close(go[1]);
      container(i, sandbox, go[0]);
    }
    if (setns(own_pidns, CLONE_NEWPID) != 0) die("restore pid_for_children");
    close(p[1]);
    execs[i] = p[0];
  }
  if (!bare) network(netns, host_if, bridge, "10.211.0.2", 24, "10.211.0.1");
  close(go[1]);
  close(go[0]);
  for (int i = 0; i < n; ++i) {
    char b;
    if (read(execs[i], &b, 1) != 0) die("a container failed before its exec");
    close(execs[i]);
  }
  // 5. Done.
  long long took = now_us() - start;
  // Then what this process did before its clock started (the scratch tmpfs; --bare: the pod's
  // cgroup, sandbox and network): a harness that times it from its spawn takes that off.
  printf("%lld %lld\n", took, start - entered);
  fflush(stdout);

  // Undone, untimed: the sandbox and the containers killed (the kernel removes the netns and
  // the veth with it), the cgroups and the scratch tmpfs removed.
  kill(sandbox, SIGKILL);
  for (int i = 0; i < n; ++i) waitpid(pids[i], NULL, 0);
  waitpid(sandbox, NULL, 0);
  for (int i = 0; i < n; ++i) {
    char leaf[16];
    snprintf(leaf, sizeof leaf, "c%d", i);
    cgroup_remove(leaf);
  }
  cgroup_remove("");
  umount2(scratch, MNT_DETACH);
  rmdir(scratch);
  if (strcmp(upper_base, scratch) != 0) nftw(upper_base, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
  return 0;
}
