#!/usr/bin/env python3
"""Times one run of a command and prints milliseconds.
usage: timeit.py -- CMD...   → the wall time from its spawn to its exit, in ms; exits with its code.
       timeit.py --first-line -- CMD...
                             → "WALL LINE": the wall time from its spawn to the first line it
                               writes to stdout (a program that reports "done" and then cleans
                               up, as kernel_floor does), and that line; waits for its exit.
env IDLE=SECONDS: sleep that long before the spawn. A virtual machine's CPUs idle meanwhile
(halted, their caches and TLBs taken by other guests): the spawn then finds the machine as a
user's command does after a pause, not right after this script's own start (docs/benchmarks.md,
"The slow-spawn machine is an idle one")."""
import os, subprocess, sys, time
cmd = sys.argv[sys.argv.index("--") + 1:]
time.sleep(float(os.environ.get("IDLE", "0")))
if "--first-line" in sys.argv[1:sys.argv.index("--")]:
    t = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = p.stdout.readline()
    wall = (time.monotonic() - t) * 1000
    p.stdout.read()
    rc = p.wait()
    print("%.2f %s" % (wall, line.decode().strip()))
    sys.exit(rc)
t = time.monotonic()
rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print("%.2f" % ((time.monotonic() - t) * 1000))
sys.exit(rc)
