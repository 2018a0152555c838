#!/usr/bin/env python3
"""Run one command; print its wall time, CPU time and peak RSS.

usage: measure.py [--stdout FILE] [--ok 0,1] -- CMD [ARG...]
prints one line: wall_s <TAB> cpu_s (user+sys) <TAB> maxrss_kb <TAB> exit_code
exits 2 (after printing) when the exit code is not in --ok (default 0).

Why not plain getrusage(RUSAGE_CHILDREN) on a direct child: Linux carries the
parent's peak RSS into a child across exec (fs/exec.c folds the old mm's
high-water mark into the process's maxrss), and Python's vfork/posix_spawn
child starts with Python's own ~14 MB.  A small C validator would then read as
at least 14 MB.  So the command is started by a tiny /bin/sh that forks it in
the background and exits; we are a child subreaper, the orphan is re-parented
to us, and os.wait4 gives exactly its rusage (its peak starts from sh's ~1 MB).
GNU time is not needed.
"""
import argparse
import ctypes
import os
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stdout", default="/dev/null", help="where the command's stdout goes")
    ap.add_argument("--ok", default="0", help="comma-separated exit codes that count as success")
    ap.add_argument("cmd", nargs="+")
    a = ap.parse_args()

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit("measure.py: prctl(PR_SET_CHILD_SUBREAPER): %s" % os.strerror(ctypes.get_errno()))

    out = os.open(a.stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    t0 = time.perf_counter()
    sh = os.posix_spawn("/bin/sh", ["sh", "-c", '"$@" & exit 0', "sh"] + a.cmd, os.environ,
                        file_actions=[(os.POSIX_SPAWN_DUP2, out, 1)])
    os.waitpid(sh, 0)                       # sh is gone; the command is now our child
    _, status, ru = os.wait4(-1, 0)         # we have no other children
    wall = time.perf_counter() - t0
    os.close(out)

    rc = os.waitstatus_to_exitcode(status)  # negative = killed by that signal
    print("%.4f\t%.4f\t%d\t%d" % (wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, rc))
    if str(rc) not in a.ok.split(","):
        print("measure.py: %s exited with %d" % (" ".join(a.cmd), rc), file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
