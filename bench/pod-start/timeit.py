#!/usr/bin/env python3
"""Runs a command N times (interleaved with another when given) and prints milliseconds.
usage: timeit.py -- CMD...   → prints the wall time of one run in ms, exits with its code."""
import subprocess, sys, time
cmd = sys.argv[sys.argv.index("--") + 1:]
t = time.monotonic()
rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print("%.2f" % ((time.monotonic() - t) * 1000))
sys.exit(rc)
