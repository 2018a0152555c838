#!/usr/bin/env python3
"""Turn bench/validate runs into the markdown result table.

usage: report.py RUNS.tsv COUNTS.tsv REPRODUCE_CMD
  RUNS.tsv    tool <TAB> run <TAB> wall_s <TAB> cpu_s <TAB> maxrss_kb <TAB> exit_code
  COUNTS.tsv  tool <TAB> documents <TAB> invalid <TAB> note
Medians over the runs; peak RSS is the median of each run's peak.
"""
import collections
import os
import platform
import statistics
import sys


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main():
    runs_path, counts_path, reproduce = sys.argv[1:4]
    runs = collections.defaultdict(list)
    with open(runs_path) as f:
        for line in f:
            tool, _, wall, cpu, rss, _ = line.rstrip("\n").split("\t")
            runs[tool].append((float(wall), float(cpu), int(rss)))
    counts = {}
    with open(counts_path) as f:
        for line in f:
            tool, docs, invalid, note = line.rstrip("\n").split("\t")
            counts[tool] = (int(docs), int(invalid), note)

    print("| tool | documents | invalid | median wall s | docs/s | docs per CPU-second | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    rate = {}
    for tool, rs in runs.items():
        docs, invalid, note = counts[tool]
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[1] for r in rs)
        rss = statistics.median(r[2] for r in rs) / 1024
        rate[tool] = (docs / wall, docs / cpu)
        print("| %s | %d | %d | %.3f | %.0f | %.0f | %.1f |"
              % (tool + (" (%s)" % note if note else ""), docs, invalid, wall, docs / wall, docs / cpu, rss))
    tools = list(runs)
    if len(tools) == 2:
        (a, (aw, ac)), (b, (bw, bc)) = (tools[0], rate[tools[0]]), (tools[1], rate[tools[1]])
        print("\n%s docs/s ÷ %s docs/s = **%.2f×** (per CPU-second: %.2f×)" % (a, b, aw / bw, ac / bc))
    n = len(next(iter(runs.values())))
    print("\nMedians of %d interleaved runs each. Machine: %d CPUs (nproc), Linux %s, %s."
          % (n, len(os.sched_getaffinity(0)), platform.release(), cpu_model()))
    print("Reproduce: `%s`" % reproduce)


if __name__ == "__main__":
    main()
