/* ipcs for podrun's built-in image: the System V IPC objects of the caller's IPC namespace,
 * in util-linux's layout, read from /proc/sysvipc (what the kernel shows of the namespace the
 * reader is in). Debian's busybox-static has no ipcs applet, and the IPC lessons need one:
 * `ipcs -m` in a hostIPC pod lists the host's segments, in any other pod none.
 *
 * usage: ipcs [-m] [-q] [-s] [-a]   (no option, or -a: all three)
 *
 * Built static by images/build-busybox.py (musl-gcc). */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The user's name from the image's /etc/passwd, else the number. */
static const char *owner(unsigned long uid, char *buf, size_t size) {
  struct passwd *pw = getpwuid((uid_t)uid);
  if (pw && pw->pw_name) snprintf(buf, size, "%s", pw->pw_name);
  else snprintf(buf, size, "%lu", uid);
  return buf;
}

/* One /proc/sysvipc file: its header line names the columns; `want` are the ones printed. */
static int table(const char *path, const char *title, const char *head, int kind) {
  FILE *f = fopen(path, "r");
  printf("\n------ %s --------\n%s\n", title, head);
  if (!f) {
    perror(path);
    return 1;
  }
  char line[512];
  if (!fgets(line, sizeof line, f)) { /* the column names */
    fclose(f);
    return 0;
  }
  while (fgets(line, sizeof line, f)) {
    char name[64];
    long key; /* an int, printed signed by the kernel: the key is its 32 bits, as util-linux shows it */
    unsigned long id, perms, a, b, c, d, uid;
    if (kind == 'm') {
      /* key shmid perms size cpid lpid nattch uid ... */
      unsigned long size, nattch;
      if (sscanf(line, "%ld %lu %lo %lu %lu %lu %lu %lu", &key, &id, &perms, &size, &a, &b, &nattch, &uid) != 8) continue;
      const char *status = (perms & 01000) ? "dest" : (perms & 02000) ? "locked" : "";
      printf("0x%08x %-10lu %-10s %-10lo %-10lu %-10lu %-12s\n", (unsigned int)key, id, owner(uid, name, sizeof name), perms & 0777,
             size, nattch, status);
    } else if (kind == 'q') {
      /* key msqid perms cbytes qnum lspid lrpid uid ... */
      if (sscanf(line, "%ld %lu %lo %lu %lu %lu %lu %lu", &key, &id, &perms, &a, &b, &c, &d, &uid) != 8) continue;
      printf("0x%08x %-10lu %-10s %-10lo %-12lu %-12lu\n", (unsigned int)key, id, owner(uid, name, sizeof name), perms & 0777, a, b);
    } else {
      /* key semid perms nsems uid ... */
      if (sscanf(line, "%ld %lu %lo %lu %lu", &key, &id, &perms, &a, &uid) != 5) continue;
      printf("0x%08x %-10lu %-10s %-10lo %-10lu\n", (unsigned int)key, id, owner(uid, name, sizeof name), perms & 0777, a);
    }
  }
  fclose(f);
  return 0;
}

int main(int argc, char **argv) {
  int m = 0, q = 0, s = 0;
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "-m") == 0) m = 1;
    else if (strcmp(argv[i], "-q") == 0) q = 1;
    else if (strcmp(argv[i], "-s") == 0) s = 1;
    else if (strcmp(argv[i], "-a") == 0) m = q = s = 1;
    else {
      fprintf(stderr, "usage: ipcs [-m] [-q] [-s] [-a]\n");
      return 2;
    }
  }
  if (!m && !q && !s) m = q = s = 1;
  int rc = 0;
  if (q) rc |= table("/proc/sysvipc/msg", "Message Queues", "key        msqid      owner      perms      used-bytes   messages    ", 'q');
  if (m) rc |= table("/proc/sysvipc/shm", "Shared Memory Segments", "key        shmid      owner      perms      bytes      nattch     status      ", 'm');
  if (s) rc |= table("/proc/sysvipc/sem", "Semaphore Arrays", "key        semid      owner      perms      nsems     ", 's');
  printf("\n");
  return rc;
}
