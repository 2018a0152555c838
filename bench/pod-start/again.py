#!/usr/bin/env python3
"""A pod applied again at once after `delete --now` of itself, in a loop, for two builds
interleaved: how long the second apply of each cycle takes (docs/benchmarks.md, "A start right
after a delete"). Each cycle: apply, delete --now, apply (timed), delete --now, then SLEEP
seconds; the builds take turns going first. With SLEEP=0 (a loop that re-creates a pod, a test
suite) the kernel frees deleted network namespaces well after the delete returns.

usage: again.py A_PODRUN B_PODRUN MANIFEST [ROUNDS]   (as root; env SLEEP=0, BUSYBOX=OCI layout)
"""
import os, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
builds = {"A": sys.argv[1], "B": sys.argv[2]}
manifest = sys.argv[3]
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 15
pause = float(os.environ.get("SLEEP", "0"))
busybox = os.environ.get("BUSYBOX", os.path.join(here, "..", "..", "build", "images", "busybox"))
work = tempfile.mkdtemp(prefix="podrun-again-", dir=os.path.join(here, ".work") if os.path.isdir(os.path.join(here, ".work")) else None)
roots = {s: "/run/podrun-again-%d-%s" % (os.getpid(), s) for s in builds}


def podrun(side, *args):
    cmd = [builds[side], "--root", roots[side], "--storage", os.path.join(work, "store-" + side)] + list(args)
    subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


times = {s: [] for s in builds}
try:
    for s in builds:
        podrun(s, "image", "import", busybox)
    for r in range(rounds):
        for s in ("A", "B") if r % 2 == 0 else ("B", "A"):
            podrun(s, "apply", "-f", manifest)
            podrun(s, "delete", "-f", manifest, "--now")
            t = time.monotonic()
            podrun(s, "apply", "-f", manifest)
            times[s].append((time.monotonic() - t) * 1000)
            podrun(s, "delete", "-f", manifest, "--now")
            time.sleep(pause)
finally:
    for s in builds:
        subprocess.run([builds[s], "--root", roots[s], "gc"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["rm", "-rf", roots[s]])
    subprocess.run(["rm", "-rf", work])
a, b = times["A"], times["B"]
p90 = lambda v: sorted(v)[min(len(v) - 1, int(len(v) * 0.9))]
print("apply at once after delete --now, %d rounds, SLEEP=%g: A %.1f / %.1f ms, B %.1f / %.1f ms (median / p90); "
      "B / A %.2f, paired %.2f, B faster %d/%d" % (len(a), pause, statistics.median(a), p90(a), statistics.median(b), p90(b),
                                                 statistics.median(b) / statistics.median(a),
                                                 statistics.median(y / x for x, y in zip(a, b)), sum(y < x for x, y in zip(a, b)), len(a)))
