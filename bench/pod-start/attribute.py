#!/usr/bin/env python3
"""Attributes each millisecond of `podrun apply` to a step (docs/benchmarks.md, "Where a pod
start's time goes"). Runs apply and delete RUNS times with PODRUN_TRACE set: the CLI, the
supervisor and the container's child mark their steps on one clock (src/common/trace.h); the
harness marks the spawn and the return. Prints, per step, the median time from the previous
mark, in the order the marks come.

usage: attribute.py PODRUN ROOT STORAGE MANIFEST [RUNS]    (as root; the pod must not exist)
       env PAUSE=SECONDS between a delete and the next apply (0.5)
           TIMELINE=1: also the marks of the median run, ms from the spawn, with their pids
           QUOTA=PERCENT: the CLI and the supervisor (and the processes they start before
           moving into the pod's cgroups) get that share of one CPU, 1 ms at a time
           (cgroup v1 cpu or v2 cpu.max): a slower machine, though not one that spawns slowly
           in particular
           POOL=1: with `podrun serve --sandbox-pool 2` on ROOT (started here, stopped at the
           end): each apply takes a pooled supervisor, whose marks (written to serve's trace
           file, which it inherited) are merged in
"""
import os, statistics, subprocess, sys, tempfile, time

podrun, root, storage, manifest = sys.argv[1:5]
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 15
base = [podrun, "--root", root, "--storage", storage]
quota = int(os.environ.get("QUOTA", "0"))
if quota:
    # This harness moves itself into a cgroup of its own; its children start there.
    v2 = os.path.exists("/sys/fs/cgroup/cgroup.controllers")
    cg = "/sys/fs/cgroup/podrun-attribute-%d" % os.getpid() if v2 else "/sys/fs/cgroup/cpu/podrun-attribute-%d" % os.getpid()
    os.mkdir(cg)

    def put(name, value):  # with: a refused value raises here, not at a later flush
        with open(cg + "/" + name, "w") as f:
            f.write(value)

    # The kernel's smallest quota is 1 ms: the period stretches instead (25%: 1 ms of 4).
    period = 1000 * 100 // quota
    if v2:
        put("cpu.max", "1000 %d" % period)
    else:
        put("cpu.cfs_period_us", str(period))
        put("cpu.cfs_quota_us", "1000")
    put("cgroup.procs", str(os.getpid()))


def leave_cgroup():
    if quota:
        parent = os.path.dirname(cg)
        with open(parent + "/cgroup.procs", "w") as f:
            f.write(str(os.getpid()))
        os.rmdir(cg)

manifest_name = next(l.split("name:")[1].strip(" }\n") for l in open(manifest) if "name:" in l)
faults = {"CLI (podrun apply)": [], "supervisor": [], "pause holder": []}


def minor_faults(pid):
    stat = open("/proc/%d/stat" % pid).read()
    return int(stat[stat.rfind(")") + 2:].split()[7])  # field 10, minflt


def pod_pids(root, name):
    import json
    s = json.load(open("%s/pods/default/%s/state.json" % (root, name)))
    return [("supervisor", s["supervisor"]["pid"]), ("pause holder", s["pause"]["pid"])]

# At the end, even a failed one: the pods' bridge and its nftables table go with the last pod
# (`gc`), as run.sh and ab.sh leave nothing either.
import atexit
atexit.register(lambda: subprocess.run(base + ["gc"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

pool_trace = None
if os.environ.get("POOL") == "1":
    fd, pool_trace = tempfile.mkstemp(prefix="podrun-pool-trace-")
    os.close(fd)
    serve = subprocess.Popen(base + ["serve", "--sandbox-pool", "2"], env=dict(os.environ, PODRUN_TRACE=pool_trace),
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop_serve():  # before the gc above (atexit runs the last registered first)
        serve.terminate()
        serve.wait()
        os.unlink(pool_trace)

    atexit.register(stop_serve)
    def ready():  # each ready supervisor listens on ROOT/pool.d/PID
        try:
            return len([n for n in os.listdir(os.path.join(root, "pool.d")) if n.isdigit()])
        except OSError:
            return 0

    for _ in range(50):
        if ready() >= 2:
            break
        time.sleep(0.1)

per_step, order, totals, timelines = {}, [], [], []
for i in range(runs):
    fd, path = tempfile.mkstemp(prefix="podrun-trace-")
    os.close(fd)
    env = dict(os.environ, PODRUN_TRACE=path)
    if pool_trace:
        open(pool_trace, "w").close()  # the pooled supervisors append: only this run's marks
    start = time.monotonic_ns()
    cli = subprocess.Popen(base + ["apply", "-f", manifest], env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(cli.pid, 0)
    end = time.monotonic_ns()
    if status != 0:
        sys.exit("apply failed")
    faults["CLI (podrun apply)"].append(usage.ru_minflt)
    # The pod's long-lived processes, as they are once apply has returned.
    for who, pid in pod_pids(root, manifest_name):
        faults[who].append(minor_faults(pid))
    subprocess.run(base + ["delete", "-f", manifest, "--now"], stdout=subprocess.DEVNULL, check=True)
    # The kernel frees a deleted pod's network namespace later, under the lock every veth
    # and namespace creation takes: the next start would wait for it.
    time.sleep(float(os.environ.get("PAUSE", "0.5")))
    marks = [(start, "harness: spawn of the CLI")]
    seen, pids = {}, {}
    lines = open(path).readlines() + (open(pool_trace).readlines() if pool_trace else [])
    for line in lines:
        t, pid, step = line.split()
        # A step marked several times (one per container): numbered in order.
        seen[step] = seen.get(step, 0) + 1
        marks.append((int(t), step if seen[step] == 1 else "%s#%d" % (step, seen[step])))
        pids[marks[-1][1]] = pid
    os.unlink(path)
    marks = [m for m in sorted(marks) if start <= m[0] <= end] + [(end, "harness: the CLI's exit seen")]
    for (t0, _), (t1, step) in zip(marks, marks[1:]):
        if step not in per_step:
            per_step[step] = []
            order.append(step)
        per_step[step].append((t1 - t0) / 1e6)
    totals.append((end - start) / 1e6)
    timelines.append([((t - start) / 1e6, step, pids.get(step, "")) for t, step in marks])
leave_cgroup()
print("| step (until its mark) | median ms | share |")
print("| --- | ---: | ---: |")
total = statistics.median(totals)
for step in order:
    m = statistics.median(per_step[step] + [0.0] * (runs - len(per_step[step])))
    print("| %s | %.2f | %.0f%% |" % (step, m, 100 * m / total))
print("| **apply, spawn to exit seen** | **%.2f** | |" % total)
print()
if os.environ.get("TIMELINE"):
    median_run = sorted(range(runs), key=lambda i: totals[i])[runs // 2]
    print("Marks of the median run (ms from the spawn, pid):")
    for ms, step, pid in timelines[median_run]:
        print("  %7.2f  %-8s %s" % (ms, pid, step))
    print()
print("Minor page faults (median): " + ", ".join("%s %d" % (k, statistics.median(v)) for k, v in faults.items() if v) + ".")
