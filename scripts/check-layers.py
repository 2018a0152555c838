#!/usr/bin/env python3
"""Fails when a file of src/ includes a header of a layer above its own (docs/design.md).

The layers, bottom up: common → model → loader, plan → state, the kernel drivers (net,
cgroup, image) → exec → supervisor, host → pods → cli. Each folder names what it may include;
anything else is an include against the direction, reported as FILE:LINE.

usage: scripts/check-layers.py [SRC_DIR]
"""
import os
import re
import sys

ALLOWED = {
    "common": {"common"},
    "model": {"common", "model"},
    "loader": {"common", "model", "loader"},
    "plan": {"common", "model", "plan"},
    "state": {"common", "state"},
    "image": {"common", "image"},
    "net": {"common", "net"},
    "cgroup": {"common", "plan", "cgroup"},
    "exec": {"common", "plan", "state", "image", "net", "cgroup", "exec"},
    "supervisor": {"common", "plan", "state", "image", "net", "cgroup", "exec", "supervisor"},
    "host": {"common", "model", "loader", "plan", "image", "host"},
    "pods": {"common", "model", "loader", "plan", "state", "image", "net", "cgroup", "exec", "host", "pods"},
    "cli": {"common", "model", "loader", "plan", "state", "image", "net", "cgroup", "exec", "host", "pods", "cli"},
    "pause": set(),
}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/[^"]+"')


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    problems = []
    for folder in sorted(os.listdir(src)):
        path = os.path.join(src, folder)
        if not os.path.isdir(path):
            continue
        if folder not in ALLOWED:
            problems.append("%s/: a folder the layers do not name (add it to scripts/check-layers.py and docs/design.md)" % folder)
            continue
        for root, _, files in os.walk(path):
            for name in sorted(files):
                if not name.endswith((".h", ".cc", ".c")):
                    continue
                file = os.path.join(root, name)
                with open(file) as f:
                    for n, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if m and m.group(1) not in ALLOWED[folder]:
                            problems.append("%s:%d: %s/ may not include %s/ (the layers: docs/design.md)" %
                                            (os.path.relpath(file, os.path.dirname(src)), n, folder, m.group(1)))
    for p in problems:
        print(p)
    print("%d include(s) against the layers" % len(problems) if problems else "every include follows the layers")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
