#!/usr/bin/env python3
"""The isolation masterclass as pages that cannot drift: docs/lessons/.

Each page holds a lesson's manifest (included from manifests/), the commands to type, and the
real output of each, got by running them against real pods; `--check DIR` runs everything
again and compares with DIR after normalizing what legitimately changes from run to run
(namespace inodes, PIDs, times, addresses, the machine's name), so a page that no longer says
what podrun does fails the check (ctest root.lessons).

usage: gen-lessons.py --podrun PATH (--out DIR | --check DIR) [--root DIR] [--storage DIR]

Root only (real namespaces). The commands run through bash from the source tree with
`podrun() { "$PODRUN" --root "$ROOT" --storage "$STORAGE" "$@"; }`, stdin /dev/null, stdout
and stderr together; a nonzero exit code is shown on the page. Every pod a lesson applies is
deleted (`podrun delete pod NAME --now`) before the next lesson, and at the end nothing of the
root may be left running. Manifests use imagePullPolicy IfNotPresent and the built-in busybox
image: no network access (`make image` imports it into the default storage).
"""

import argparse
import difflib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------------
# The course. A lesson is a title, an intro, then steps:
#   ("h", TEXT)                  a section heading
#   ("p", TEXT)                  a paragraph
#   ("yaml", PATH)               the manifest, from the source tree
#   ("run", CMD[, REGEX])        a command and its output; REGEX: what the output must show
#                                (the lesson's promise), else the generator fails
#   ("wait", CMD, REGEX)         not shown: run CMD until its output matches (10 s)
#   ("quiet", CMD)               not shown: set-up or clean-up
#   ("matrix", PODS, ONE_POD)    the final matrix (lesson 10)
# and "notice": the bullet points of "What to notice".
# ---------------------------------------------------------------------------------------------

LESSONS = [
    dict(
        file="01-pid.md",
        title="PID: a process tree of its own",
        summary="each container its own PID namespace; `--pid=host`; one PID namespace for the pod",
        intro="""A container starts in a PID namespace of its own: its first process is PID 1 and
`ps` shows nothing else. Docker does the same by default; `docker run --pid=host` puts the
container in the host's PID namespace, and `--pid=container:X` in another container's. A pod
has both: `hostPID: true`, and `shareProcessNamespace: true`, one PID namespace for every
container of the pod, whose PID 1 is the pause holder.""",
        steps=[
            ("h", "Its own PID namespace: single-container.yaml"),
            ("yaml", "manifests/single-container.yaml"),
            ("run", "podrun plan -f manifests/single-container.yaml", r"main +pod +pod +pod +private +private +host +private"),
            ("run", "podrun plan --docker -f manifests/single-container.yaml"),
            ("run", "podrun apply -f manifests/single-container.yaml"),
            ("run", "podrun exec single -- ps", r"(?s)^PID +USER +COMMAND\n +1 root +sleep 3600\n +2 root +ps\n$"),
            ("h", "The host's PID namespace, `--pid=host`: host-pid.yaml"),
            ("yaml", "manifests/host-pid.yaml"),
            ("run", "podrun plan --docker -f manifests/host-pid.yaml", r"--pid=host"),
            ("run", "podrun apply -f manifests/host-pid.yaml"),
            ("run", "podrun exec host-pid -- ps -o pid,args | grep -E 'podrun-pause (single|host-pid)'",
             r"podrun-pause single .*\n.*podrun-pause host-pid "),
            ("h", "One PID namespace for the pod, `--pid=container:<pause>`: shared-process-namespace.yaml"),
            ("yaml", "manifests/shared-process-namespace.yaml"),
            ("run", "podrun plan --docker -f manifests/shared-process-namespace.yaml", r"--pid=container:shared-pids-pause"),
            ("run", "podrun apply -f manifests/shared-process-namespace.yaml"),
            ("run", "podrun exec shared-pids -c shell -- ps", r"\n +1 root +podrun-pause shared-pids"),
            ("run", "podrun matrix shared-pids", r"sleeper <-> shell +pod +pod +isolated +pod +pod +host"),
        ],
        notice=[
            "In `single`, `ps` lists two processes: `sleep 3600` as PID 1, and `ps` itself. The "
            "plan's Namespaces table says pid `private`.",
            "With `hostPID: true` the container sees the host's processes: here the pause holders "
            "of both pods, with the host's PID numbers.",
            "With `shareProcessNamespace: true`, PID 1 is `podrun-pause`, and the shell container "
            "sees the other container's `sleep`; the matrix says `pod` under Processes.",
        ],
    ),
    dict(
        file="02-net.md",
        title="NET: one network namespace per pod",
        summary="containers of a pod talk over localhost, `--net=container:<pause>`; `--net=host`",
        intro="""Every container of a pod joins the network namespace of the pod's pause holder:
one loopback, one `eth0`, one set of ports. In Docker terms each container runs with
`--net=container:<pause>`. `hostNetwork: true` is `docker run --net=host`: no network
namespace of its own, the host's interfaces (and, as with Docker, the host's UTS namespace:
lesson 5).""",
        steps=[
            ("h", "Three containers, one localhost: three-containers-localhost.yaml"),
            ("yaml", "manifests/three-containers-localhost.yaml"),
            ("run", "podrun plan --docker -f manifests/three-containers-localhost.yaml",
             r"--name localhost-trio-client --net=container:localhost-trio-pause"),
            ("run", "podrun apply -f manifests/three-containers-localhost.yaml"),
            ("wait", "podrun exec localhost-trio -c client -- wget -q -O - http://127.0.0.1:8081/ http://127.0.0.1:8082/", r"^a\nb\n$"),
            ("run", "podrun exec localhost-trio -c client -- wget -q -O - http://127.0.0.1:8081/ http://127.0.0.1:8082/", r"^a\nb\n$"),
            ("run", "podrun exec localhost-trio -c client -- ip addr", r"\beth0@"),
            ("run", "podrun exec localhost-trio -c server-a -- ip addr", r"\beth0@"),
            ("run", "podrun exec localhost-trio -c client -- cat /www/index.html", r"No such file"),
            ("h", "The host's network, `--net=host`: host-network.yaml"),
            ("yaml", "manifests/host-network.yaml"),
            ("run", "podrun plan -f manifests/host-network.yaml | head -9", r"main +host +pod +host "),
            ("run", "podrun plan --docker -f manifests/host-network.yaml", r"--net=host"),
            ("run", "podrun apply -f manifests/host-network.yaml"),
            ("run", "readlink /proc/self/ns/net"),
            ("run", "podrun exec host-net -- readlink /proc/self/ns/net"),
            ("run", "podrun exec host-net -- ip link show podrun0", r"^\d+: podrun0: "),
            ("run", "podrun exec localhost-trio -c client -- readlink /proc/self/ns/net"),
        ],
        notice=[
            "The client reads `a` and `b` from 127.0.0.1:8081 and :8082: servers of two other "
            "containers, on the client's own loopback.",
            "`ip addr` shows the same `eth0`, address and MAC in the client and in server-a: one "
            "network namespace. Yet the client has no `/www`: its files are its own (lesson 4).",
            "In `host-net`, /proc/self/ns/net names the same namespace as the host's (in the "
            "pod `localhost-trio`, another one), and `ip link` finds the host's interfaces, such as "
            "podrun0, the bridge of the pods' veths.",
        ],
    ),
    dict(
        file="03-ipc.md",
        title="IPC: System V IPC and /dev/shm per pod",
        summary="containers of a pod share System V IPC, `--ipc=container:<pause>`; `--ipc=host`",
        intro="""System V shared memory, semaphores and message queues live in an IPC namespace. The
pause holder creates one per pod and every container joins it: Docker's
`--ipc=container:<pause>` (the pause container runs with `--ipc=shareable`). `hostIPC: true`
is `docker run --ipc=host`. The built-in busybox image has `/bin/ipcs`, which lists the
objects of the namespace it runs in. Below, a segment is made in the pod's namespace from the
host, through the pause holder (`nsenter`), and one in the host's.""",
        steps=[
            ("h", "Two containers of one pod: demo.yaml"),
            ("yaml", "manifests/demo.yaml"),
            ("run", "podrun apply -f manifests/demo.yaml --wait"),
            ("run", "nsenter --ipc --target \"$(podrun describe pod demo | awk '/^Pause Holder:/ {print $4}')\" ipcmk -M 4096",
             r"Shared memory id: 0"),
            ("run", "podrun exec demo -c web -- ipcs -m", r"\n0x[0-9a-f]{8} +0 +root +644 +4096 "),
            ("run", "podrun exec demo -c client -- ipcs -m", r"\n0x[0-9a-f]{8} +0 +root +644 +4096 "),
            ("h", "The host's IPC namespace, `--ipc=host`: host-ipc.yaml"),
            ("yaml", "manifests/host-ipc.yaml"),
            ("run", "podrun plan --docker -f manifests/host-ipc.yaml", r"--ipc=host"),
            ("run", "podrun apply -f manifests/host-ipc.yaml"),
            ("run", "ipcmk -M 12345", r"Shared memory id: \d+"),
            ("run", "podrun exec host-ipc -- ipcs -m | grep -w 12345", r"^0x[0-9a-f]{8} +\d+ +root +644 +12345 "),
            ("run", "podrun exec demo -c web -- ipcs -m | grep -w 12345", r"^$"),
            ("quiet", "ipcs -m | awk '$5 == 12345 {print $2}' | xargs -r -n1 ipcrm -m"),
        ],
        notice=[
            "The segment made in the pod's IPC namespace (id 0: the namespace's first) shows in "
            "`ipcs` of both containers, web and client.",
            "The segment the host made (12345 bytes) shows in `host-ipc`, and not in `demo` "
            "(grep finds nothing: exit code 1).",
        ],
    ),
    dict(
        file="04-mnt.md",
        title="MNT: a filesystem per container, a volume to share",
        summary="each container its own root filesystem; an emptyDir both mount (`-v`)",
        intro="""Every container has a mount namespace of its own, and its own root filesystem
(an overlay of its image): no container sees another's files, even in one pod. To share
files, a pod mounts a volume into several containers; Docker's equivalent is a named volume,
`-v <pod>-data:/data`, on each.""",
        steps=[
            ("yaml", "manifests/emptydir-shared.yaml"),
            ("run", "podrun plan --docker -f manifests/emptydir-shared.yaml", r"-v shared-volume-scratch:/input:ro"),
            ("run", "podrun apply -f manifests/emptydir-shared.yaml"),
            ("wait", "podrun exec shared-volume -c reader -- cat /input/log", r"\d\d:\d\d:\d\d"),
            ("run", "podrun exec shared-volume -c reader -- head -1 /input/log", r"\d\d:\d\d:\d\d"),
            ("run", "podrun exec shared-volume -c writer -- sh -c 'echo hello from the writer > /data/note'"),
            ("run", "podrun exec shared-volume -c reader -- cat /input/note", r"^hello from the writer\n$"),
            ("run", "podrun exec shared-volume -c reader -- ls /data", r"No such file"),
            ("run", "podrun exec shared-volume -c reader -- touch /input/x", r"Read-only file system"),
            ("run", "podrun matrix shared-volume", r"writer <-> reader +pod +pod +isolated +isolated +pod +host"),
        ],
        notice=[
            "The reader reads at /input what the writer wrote at /data: one emptyDir, mounted in "
            "both (read-only in the reader: `touch` fails).",
            "The reader has no /data: its root filesystem is its own; the matrix says "
            "`isolated` under Filesystem, `pod` under Network, IPC and Hostname.",
        ],
    ),
    dict(
        file="05-uts.md",
        title="UTS: the pod's hostname",
        summary="one hostname per pod (`--hostname`); the host's with hostNetwork (`--uts=host`)",
        intro="""The UTS namespace holds the hostname. The pause holder creates one per pod, named
after the pod or its `spec.hostname`, and every container joins it: `docker run --hostname
teacher` on the pause container, which the others get with `--net=container:<pause>` (Docker
joins the UTS namespace with the network). `hostNetwork: true` keeps the host's UTS namespace,
as `docker run --net=host` (or `--uts=host`) does.""",
        steps=[
            ("h", "A hostname of its own: custom-hostname.yaml"),
            ("yaml", "manifests/custom-hostname.yaml"),
            ("run", "podrun plan --docker -f manifests/custom-hostname.yaml", r"--hostname teacher"),
            ("run", "podrun apply -f manifests/custom-hostname.yaml"),
            ("run", "podrun exec named-pod -c main -- hostname", r"^teacher\n$"),
            ("run", "podrun exec named-pod -c sidekick -- hostname", r"^teacher\n$"),
            ("run", "podrun exec named-pod -c sidekick -- cat /etc/hosts", r"teacher\.classroom\.default\.svc\.cluster\.local"),
            ("h", "The host's hostname, `--uts=host`: host-network.yaml"),
            ("yaml", "manifests/host-network.yaml"),
            ("run", "podrun apply -f manifests/host-network.yaml"),
            ("run", "hostname"),
            ("run", "podrun exec host-net -- hostname"),
            ("run", "podrun matrix named-pod host-net", r"host-net/main <-> host +host +isolated +isolated +isolated +host +host"),
        ],
        notice=[
            "Both containers of `named-pod` print `teacher`, and /etc/hosts maps the fully "
            "qualified name teacher.classroom.default.svc.cluster.local to the pod's address.",
            "`host-net` prints the machine's hostname: the matrix says `host` under Network and "
            "Hostname, `isolated` for the rest.",
        ],
    ),
    dict(
        file="06-user.md",
        title="USER: root of the pod is not root of the host",
        summary="a user namespace per pod (`--userns-remap`); `--user` and groups",
        intro="""Without a user namespace, uid 0 in a container is uid 0 on the host (with fewer
capabilities). `hostUsers: false` gives the pod a user namespace: its IDs 0-65535 are a block
of the host's IDs that podrun gives this pod alone. Docker has no per-container flag for it:
`dockerd --userns-remap` maps every container alike. Without a user namespace, users are
chosen with `runAsUser`, `runAsGroup` and `fsGroup`, Docker's `--user` and `--group-add`.""",
        steps=[
            ("h", "A user namespace, `--userns-remap`: user-namespace.yaml"),
            ("yaml", "manifests/user-namespace.yaml"),
            ("run", "podrun plan --docker -f manifests/user-namespace.yaml"),
            ("run", "podrun apply -f manifests/user-namespace.yaml"),
            ("wait", "podrun exec user-namespace -- wget -q -O - http://127.0.0.1/", r"hello"),
            ("run", "podrun exec user-namespace -- id", r"^uid=0\(root\) gid=0\(root\)"),
            ("run", "podrun exec user-namespace -- cat /proc/self/uid_map", r"^ +0 +\d+ +65536\n$"),
            ("run", "ps -o user=,comm= -p \"$(podrun describe pod user-namespace | awk '/^    PID:/ {print $2}')\"", r"^\d+ +httpd\n$"),
            ("run", "podrun exec user-namespace -- wget -q -O - http://127.0.0.1/", r"^hello from root of the pod\n$"),
            ("run", "podrun exec user-namespace -- stat -c '%u %U %n' /www/index.html /sys", r"^0 root /www/index.html\n65534 nobody /sys\n$"),
            ("run", "podrun exec user-namespace -- touch /sys/x", r"Permission denied|Read-only"),
            ("run", "podrun matrix user-namespace", r"web <-> host +isolated +isolated +isolated +isolated +isolated +isolated"),
            ("h", "Users and groups, `--user` and `--group-add`: non-root.yaml"),
            ("yaml", "manifests/non-root.yaml"),
            ("run", "podrun plan --docker -f manifests/non-root.yaml", r"--user 1001:1000 --group-add 2000 "),
            ("run", "podrun apply -f manifests/non-root.yaml"),
            ("wait", "podrun exec non-root -c client -- wget -q -O - http://127.0.0.1/", r"hello"),
            ("run", "podrun exec non-root -c client -- id", r"^uid=1001 gid=1000 groups=1000,2000\n$"),
            ("run", "podrun exec non-root -c client -- wget -q -O - http://127.0.0.1/", r"^hello from uid 1000\n$"),
            ("run", "podrun exec non-root -c client -- stat -c '%A %u %g %n' /shared /shared/index.html",
             r"^drwxrwsrwx 0 2000 /shared\n-rw-r--r-- 1000 2000 /shared/index.html\n$"),
            ("run", "podrun exec non-root -c client -- cat /proc/sys/net/ipv4/ip_unprivileged_port_start", r"^80\n$"),
            ("run", "cat /proc/sys/net/ipv4/ip_unprivileged_port_start"),
        ],
        notice=[
            "In `user-namespace`, `id` says root, but uid_map maps the pod's 0-65535 to a block of "
            "the host's IDs; root of the pod owns its volume, the host's /sys is `nobody` to it, "
            "and the matrix says `isolated` under Users too.",
            "In `non-root`, `id` shows uid 1001 (the container's runAsUser), gid 1000, and groups "
            "1000 and 2000: fsGroup joins every container's groups, and owns the emptyDir "
            "(setgid: the web container's file is group 2000 too).",
            "uid 1000 serves on port 80: the pod's sysctl is set in the pod's own network namespace; "
            "the host's value stays as it was.",
        ],
    ),
    dict(
        file="07-pause.md",
        title="The pause container: who holds the pod's namespaces",
        summary="the pause holder: `podrun describe`, PID 1 of a shared process namespace, `--net=container:<pause>`",
        intro="""A pod's namespaces must outlive any one container, so they belong to a process that
does nothing: the pause holder (`podrun-pause`, Kubernetes' pause container). It creates the
pod's network, IPC and UTS namespaces (and its PID namespace with `shareProcessNamespace`),
and every container joins them; in Docker terms, every container runs with
`--net=container:<pause>`, `--ipc=container:<pause>`, `--pid=container:<pause>`.""",
        steps=[
            ("yaml", "manifests/shared-process-namespace.yaml"),
            ("run", "podrun plan --docker -f manifests/shared-process-namespace.yaml", r"--net=container:shared-pids-pause"),
            ("run", "podrun apply -f manifests/shared-process-namespace.yaml"),
            ("run", "podrun describe pod shared-pids | grep -E '^Pause Holder:|^  [a-z]+:$|^    Namespaces:'", r"Pause Holder: +PID \d+ +net:\["),
            ("run", "podrun exec shared-pids -c shell -- ps", r"\n +1 root +podrun-pause shared-pids net uts pid\n"),
            ("run", "podrun exec shared-pids -c shell -- kill -9 1", None),
            ("run", "podrun get pods shared-pids", r"shared-pids +2/2 +Running"),
        ],
        notice=[
            "describe's Pause Holder line names its namespaces; each container's Namespaces line "
            "has the same net, ipc, uts and pid, and a mnt and cgroup of its own.",
            "In the shared PID namespace the pause holder is PID 1 (`podrun-pause shared-pids net "
            "uts pid`: the namespaces it made), and `kill -9 1` from a container does nothing: "
            "the kernel does not deliver a signal its PID 1 does not handle.",
            "`plan --docker` starts `shared-pids-pause` first and joins every container to it "
            "with `--net=container:`, `--ipc=container:` and `--pid=container:`.",
        ],
    ),
    dict(
        file="08-debug.md",
        title="Debug containers: `--pid=container:X`",
        summary="`podrun debug --target`: a new container in another container's PID namespace",
        intro="""`docker run --pid=container:X` starts a container in X's PID namespace: it sees X's
processes and, through /proc/PID/root, X's files. The pod version is an ephemeral container,
`kubectl debug --target X` ([../debug.md](../debug.md)): `podrun debug` adds one to a running
pod, in the pod's network, IPC and UTS namespaces and, with `--target`, in that container's
PID namespace.""",
        steps=[
            ("yaml", "manifests/three-containers-localhost.yaml"),
            ("run", "podrun apply -f manifests/three-containers-localhost.yaml"),
            ("run", "podrun debug localhost-trio --image busybox --image-pull-policy IfNotPresent --target server-a -c dbg -- sleep 3600"),
            ("run", "podrun exec localhost-trio -c dbg -- ps", r"\n +1 root +httpd -f -p 8081 -h /www\n"),
            ("wait", "podrun exec localhost-trio -c dbg -- cat /proc/1/root/www/index.html", r"^a\n$"),
            ("run", "podrun exec localhost-trio -c dbg -- cat /proc/1/root/www/index.html", r"^a\n$"),
            ("run", "podrun exec localhost-trio -c dbg -- ls /www", r"No such file"),
            ("run", "podrun matrix localhost-trio", r"server-a <-> dbg +pod +pod +isolated +pod +pod +host"),
        ],
        notice=[
            "`ps` in `dbg` lists server-a's process, its httpd, as PID 1, beside its own `sleep` "
            "and `ps`.",
            "`dbg` has no /www of its own (its root filesystem is its image's), but reads "
            "server-a's through /proc/1/root.",
            "The matrix says `pod` under Processes for `server-a <-> dbg` only; `dbg` shares the "
            "pod's network, IPC and hostname like every container.",
        ],
    ),
    dict(
        file="09-two-pods.md",
        title="Two pods share nothing",
        summary="different pods: every namespace their own; a server on one's localhost unreachable from the other",
        intro="""Containers in different pods have different pause holders, so different network,
IPC and UTS namespaces; their PID and mount namespaces are their own anyway. In Docker terms:
two `docker run`s without any sharing flag.""",
        steps=[
            ("yaml", "manifests/two-isolated-pods.yaml"),
            ("run", "podrun plan --docker -f manifests/two-isolated-pods.yaml"),
            ("run", "podrun apply -f manifests/two-isolated-pods.yaml"),
            ("wait", "podrun exec island-a -- wget -q -O - http://127.0.0.1:8080/", r"^a\n$"),
            ("run", "podrun exec island-a -- wget -q -O - http://127.0.0.1:8080/", r"^a\n$"),
            ("run", "podrun exec island-b -- wget -q -O - http://127.0.0.1:8080/", r"can't connect"),
            ("run", "podrun matrix island-a island-b", r"pod island-a <-> pod island-b +isolated +isolated +isolated +isolated +isolated +host"),
        ],
        notice=[
            "island-a's server answers on its own 127.0.0.1:8080; from island-b the same address "
            "is another loopback, where nothing listens: wget fails (exit code 1).",
            "The matrix says `isolated` in every cell between the two pods, but Users: both pods "
            "use the host's user namespace (lesson 6 gives a pod its own).",
        ],
    ),
    dict(
        file="10-matrix.md",
        title="The matrix: what is shared, and with whom",
        summary="the course's final matrix, from a real run, against the course's expectations",
        intro="""The course ends with one table: for containers in one pod, containers in different
pods, and a container and the host, which namespaces they share. Here it is as the kernel
shows it: `podrun matrix` compares the namespace inodes of real processes
(/proc/PID/ns/*) and checks them against the plan. The pods: `demo` (two containers) and the
two pods of lesson 9.""",
        steps=[
            ("run", "podrun apply -f manifests/demo.yaml -f manifests/two-isolated-pods.yaml --wait"),
            ("run", "podrun matrix demo island-a island-b -o wide", r"the kernel matches the plan"),
            ("matrix", ["demo", "island-a", "island-b"], "demo"),
        ],
        notice=[
            "Containers of one pod share the pod's network, IPC and UTS namespaces (its pause "
            "holder's) and nothing else: Filesystem and Processes stay `isolated` "
            "(`shareProcessNamespace` would share Processes, lesson 1).",
            "Containers of different pods, and a container and the host, share no namespace "
            "but the host's user namespace; with `hostUsers: false` (lesson 6) not even that.",
        ],
    ),
]

COLUMNS = ["Network", "IPC", "Filesystem", "Processes", "Hostname", "Users"]
NAMESPACE_OF = {"Network": "NET", "IPC": "IPC", "Filesystem": "MNT", "Processes": "PID", "Hostname": "UTS", "Users": "USER"}
# What the course says: shared by the pair (the pod's), isolated (one each), the host's.
EXPECTED = {
    "containers in one pod": ["pod", "pod", "isolated", "isolated", "pod", "host"],
    "containers in different pods": ["isolated", "isolated", "isolated", "isolated", "isolated", "host"],
    "container and host": ["isolated", "isolated", "isolated", "isolated", "isolated", "host"],
}
WORDS = {"pod": "shared (the pod's)", "isolated": "isolated", "host": "shared (the host's)"}

HEADER = ("<!-- Generated by scripts/gen-lessons.py (`make lessons`) from a real run: do not edit. "
          "ctest root.lessons runs it again and fails when podrun's output drifts from this page. -->\n")


class Failure(Exception):
    pass


class Runner:
    def __init__(self, podrun, root, storage):
        self.env = dict(os.environ, PODRUN=podrun, ROOT=root, STORAGE=storage, LC_ALL="C")
        self.prelude = 'podrun() { "$PODRUN" --root "$ROOT" --storage "$STORAGE" "$@"; }\n'

    def run(self, cmd, timeout=120):
        p = subprocess.run(["bash", "-c", self.prelude + cmd], cwd=SRC, env=self.env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace")


def pods_of(cmd):
    """The pods `podrun apply -f A -f B` makes: the names in its manifests."""
    names = []
    for path in re.findall(r"-f (\S+)", cmd):
        names += re.findall(r"(?m)^kind: Pod\n(?:.*\n)*?metadata:\n  name: (\S+)", open(os.path.join(SRC, path)).read())
    return names


def console(blocks):
    return "```console\n" + "".join(blocks) + "```\n"


def render_matrix(runner, pods, one_pod, problems):
    rc, out = runner.run("podrun matrix " + " ".join(pods) + " -o json")
    if rc != 0:
        raise Failure(f"podrun matrix -o json: exit {rc}: {out}")
    rows = json.loads(out)["rows"]

    def word(cell):
        w = cell["observed"]
        return {"shared (pod)": "pod", "shared (host)": "host"}.get(w, w)

    observed = {}
    for kind in EXPECTED:
        if kind == "containers in one pod":
            sel = [r for r in rows if r["b"] != "host" and not r["a"].startswith("pod ") and r["pod"] == "default/" + one_pod]
        elif kind == "containers in different pods":
            sel = [r for r in rows if r["a"].startswith("pod ")]
        else:
            sel = [r for r in rows if r["b"] == "host"]
        if not sel:
            raise Failure(f"podrun matrix -o json: no row for {kind}: {out}")
        values = {tuple(word(r[c]) for c in COLUMNS) for r in sel}
        if len(values) != 1:
            problems.append(f"the rows for {kind} disagree with each other: {sorted(values)}")
        observed[kind] = sorted(values)[0]
        for r in sel:
            for c in COLUMNS:
                if not r[c]["matches"]:
                    problems.append(f"{r['a']} <-> {r['b']}: {c} planned {r[c]['planned']}, observed {r[c]['observed']}")

    def table(values):
        head = "| | " + " | ".join(f"{c} ({NAMESPACE_OF[c]})" for c in COLUMNS) + " |\n"
        head += "|---" * (len(COLUMNS) + 1) + "|\n"
        return head + "".join(f"| {k} | " + " | ".join(WORDS.get(v, v) for v in vals) + " |\n" for k, vals in values.items())

    disagree = [f"{k}: {c} is {WORDS.get(o, o)}, the course says {WORDS[e]}"
                for k in EXPECTED for c, o, e in zip(COLUMNS, observed[k], EXPECTED[k]) if o != e]
    ncells = len(EXPECTED) * len(COLUMNS)
    text = (f"The same rows read from `podrun matrix {' '.join(pods)} -o json` (a pair of containers "
            f"of `{one_pod}`; the two pods; every container and the host), beside the course's table:\n\n"
            "**Observed** (this run):\n\n" + table(observed) +
            "\n**The course says:**\n\n" + table(EXPECTED) + "\n")
    if disagree:
        text += f"**They disagree** in {len(disagree)} of {ncells} cells: " + "; ".join(disagree) + ".\n"
        problems.append("the final matrix disagrees with the course: " + "; ".join(disagree))
    else:
        text += f"**They agree**: all {ncells} cells.\n"
    return text


def lesson_page(runner, n, lesson, problems):
    out = [HEADER, f"# {n}. {lesson['title']}\n\n", lesson["intro"].strip() + "\n"]
    applied = []
    pending = []  # console lines not yet closed into a block

    def flush():
        if pending:
            out.append("\n" + console(pending))
            pending.clear()

    try:
        for step in lesson["steps"]:
            kind = step[0]
            if kind == "h":
                flush()
                out.append(f"\n## {step[1]}\n")
            elif kind == "p":
                flush()
                out.append("\n" + step[1].strip() + "\n")
            elif kind == "yaml":
                flush()
                with open(os.path.join(SRC, step[1])) as f:
                    out.append(f"\n`{step[1]}`:\n\n```yaml\n{f.read()}```\n")
            elif kind == "run":
                cmd = step[1]
                rc, text = runner.run(cmd)
                if cmd.startswith("podrun apply "):
                    applied += [p for p in pods_of(cmd) if p not in applied]
                want = step[2] if len(step) > 2 else None
                if want and not re.search(want, text):
                    problems.append(f"{lesson['file']}: `{cmd}` does not show /{want}/:\n{text}")
                entry = f"$ {cmd}\n{text}"
                if text and not text.endswith("\n"):
                    entry += "\n"
                if rc != 0:
                    entry += f"[exit code {rc}]\n"
                pending.append(entry)
            elif kind == "wait":
                deadline = time.monotonic() + 10
                while True:
                    rc, text = runner.run(step[1])
                    if re.search(step[2], text):
                        break
                    if time.monotonic() > deadline:
                        problems.append(f"{lesson['file']}: `{step[1]}` did not show /{step[2]}/ within 10 s:\n{text}")
                        break
                    time.sleep(0.2)
            elif kind == "quiet":
                runner.run(step[1])
            elif kind == "matrix":
                flush()
                out.append("\n" + render_matrix(runner, step[1], step[2], problems))
        flush()
    finally:
        if applied:
            rc, text = runner.run("podrun delete pod " + " ".join(applied) + " --now")
            if rc != 0:
                problems.append(f"{lesson['file']}: delete pod {' '.join(applied)}: exit {rc}: {text}")
    out.append("\n## What to notice\n\n")
    out += [f"- {b}\n" for b in lesson["notice"]]
    return "".join(out)


def index_page():
    lines = [HEADER, "# The isolation masterclass\n\n",
             "What a container shares, and with whom: the six namespaces (PID, NET, IPC, MNT, UTS, USER), "
             "Docker's sharing flags as pods, the pause container, the same pod against different pods, "
             "and the final matrix. Each page holds a lesson's manifest (from [manifests/](../../manifests)), "
             "what to type, and podrun's real output (as root, with the built-in busybox image: `make image`).\n\n"]
    for n, lesson in enumerate(LESSONS, 1):
        lines.append(f"{n}. [{lesson['title']}]({lesson['file']}): {lesson['summary']}\n")
    lines.append("\n`make lessons` writes these pages again (`scripts/gen-lessons.py`); "
                 "`scripts/gen-lessons.py --podrun build/podrun --check docs/lessons` (ctest root.lessons) "
                 "runs every command again and shows a diff when an output no longer matches, beyond what "
                 "changes from run to run: namespace inodes, PIDs, times, addresses and the machine's name.\n")
    return "".join(lines)


def generate(podrun, root, storage, out_dir):
    runner = Runner(podrun, root, storage)
    problems = []
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "README.md"), "w") as f:
        f.write(index_page())
    for n, lesson in enumerate(LESSONS, 1):
        print(f"lesson {n}: {lesson['file']}", file=sys.stderr)
        page = lesson_page(runner, n, lesson, problems)
        with open(os.path.join(out_dir, lesson["file"]), "w") as f:
            f.write(page)
    # Nothing of this root may be left running.
    runner.run("podrun gc")
    rc, text = runner.run("podrun get pods -A")
    left = os.listdir(os.path.join(root, "pods", "default")) if os.path.isdir(os.path.join(root, "pods", "default")) else []
    if left or "No resources found" not in text:
        problems.append(f"left running in {root}: {left} {text}")
    return problems


# ---------------------------------------------------------------------------------------------
# --check: what legitimately varies between two runs, replaced by placeholders. Namespace inodes
# and PIDs are numbered in order of appearance on each page, so that which ones are equal (a
# container in its pod's network namespace) is still compared.
# ---------------------------------------------------------------------------------------------

DAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"


def normalize(text, root, storage):
    host = socket.gethostname()
    kernel = os.uname().release
    numbered = {}

    def number(kind, value):
        table = numbered.setdefault(kind, {})
        return f"<{kind}{table.setdefault(value, len(table) + 1)}>"

    def inode(m):
        v = int(m.group(0))
        return number("ns", v) if 4026531833 <= v <= 4294967295 else m.group(0)

    text = text.replace(root, "<root>").replace(storage, "<storage>").replace(kernel, "<kernel>")
    lines = []
    in_console = False
    ps_rows = {}
    for line in text.split("\n"):
        if line.startswith("```"):
            in_console = line == "```console"
        line = re.sub(r"\b\d{10}\b", inode, line)
        # Times: RFC 1123 and RFC 3339 dates, date(1)'s, ages and durations.
        line = re.sub(DAY + r", \d\d " + MONTH + r" \d{4} \d\d:\d\d:\d\d [+-]\d{4}", "<date>", line)
        line = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)", "<date>", line)
        line = re.sub(DAY + " " + MONTH + r" [ \d]\d \d\d:\d\d:\d\d \w+ \d{4}", "<date>", line)
        if in_console:
            # The first host ID of a pod's user namespace: podrun's first free block, machine-wide.
            m = re.match(r"^(\s+0\s+)(\d+)(\s+\d+)$", line)
            if m:
                line = m.group(1) + number("hostid", m.group(2)) + m.group(3)
            for value in numbered.get("hostid", {}):
                line = re.sub(r"\b" + value + r"\b", lambda _: number("hostid", value), line)
            # PIDs: describe's, /proc/PID/, and the PID column of ps and pgrep (host PIDs: a
            # container's own PID namespace numbers from 1, which stays).
            line = re.sub(r"\bPID:?(\s+)(\d+)", lambda m: "PID" + (":" if ":" in m.group(0) else "") + m.group(1) + number("pid", m.group(2)), line)
            line = re.sub(r"/proc/(\d+)/", lambda m: "/proc/" + number("pid", m.group(1)) + "/", line)
            line = re.sub(r"^\s*(\d{3,})(\s)", lambda m: number("pid", m.group(1)) + m.group(2), line)  # ps right-aligns: the width follows the PID
            # Inside a container's PID namespace, PIDs after 1 follow how many short-lived
            # processes ran before (httpd forks one per request): their order stays, not the number.
            if re.match(r"^\s*PID\s", line):
                ps_rows = {}
            line = re.sub(r"^\s*([2-9]|[1-9]\d)(\s)", lambda m: "<cpid%d>" % ps_rows.setdefault(m.group(1), len(ps_rows) + 1) + m.group(2), line)
            # System V IPC: the key ipcmk chose, the id the kernel gave.
            line = re.sub(r"^0x[0-9a-f]{8}(\s+)\d+", r"<key>\1<shmid>", line)
            line = re.sub(r"^Shared memory id: (\d+)", lambda m: "Shared memory id: " + (m.group(1) if m.group(1) == "0" else "<shmid>"), line)
            # Interfaces of the host: their indexes (a pod's own are 1 and 2).
            line = re.sub(r"^(?:[3-9]|\d{2,}): ", "<ifindex>: ", line)
            line = line.replace(" scope link tentative", " scope link")
            # Addresses: IPv4 but loopback, MACs, link-local IPv6, veths and peer interface indexes.
            line = re.sub(r"\b(?!127\.)(?!0\.0\.0\.0)(?!255\.)\d{1,3}(?:\.\d{1,3}){3}\b", lambda m: number("ip", m.group(0)), line)
            line = re.sub(r"\b(?!00:00:00:00:00:00)(?!ff:ff:ff:ff:ff:ff)[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b", lambda m: number("mac", m.group(0)), line)
            line = re.sub(r"\bfe80::[0-9a-f:]+", lambda m: number("ip6", m.group(0)), line)
            line = re.sub(r"\bpr[0-9a-f]{11}\b", lambda m: number("veth", m.group(0)), line)
            line = re.sub(r"@if\d+", "@if<n>", line)
            # The machine's name: a line of its own, the Node of describe.
            if line == host:
                line = "<hostname>"
            line = re.sub(r"^(\s+hostname\s+)" + re.escape(host) + "$", r"\1<hostname>", line)
            line = re.sub(r"(Node:\s+)" + re.escape(host) + "/", r"\1<hostname>/", line)
            # Column widths follow the widest cell, which may be one of the above.
            line = re.sub(r" {2,}", "  ", line.rstrip())
        line = re.sub(r"(?<![\w.:/-])\d+(?:\.\d+)?(?:ms|s|m|h|d)(?:\d+(?:ms|s|m|h))*(?![\w.:/-])", "<age>", line)
        line = re.sub(r"\bin \d+(?:\.\d+)? ?(?:ms|s|µs|us)\b", "in <duration>", line)
        lines.append(line)
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--podrun", required=True)
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", help="write the pages into DIR")
    group.add_argument("--check", help="generate again and compare with DIR")
    ap.add_argument("--root", help="podrun's state directory (default: a fresh one, removed at the end)")
    ap.add_argument("--storage", default="/var/lib/podrun", help="the image store holding busybox")
    args = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit("gen-lessons.py: root needed (real namespaces)")
    podrun = os.path.abspath(args.podrun)
    storage = os.path.abspath(args.storage)
    tmp = tempfile.mkdtemp(prefix="podrun-lessons-")
    root = os.path.abspath(args.root) if args.root else os.path.join(tmp, "root")
    out_dir = os.path.abspath(args.out) if args.out else os.path.join(tmp, "lessons")
    try:
        problems = generate(podrun, root, storage, out_dir)
        status = 0
        for p in problems:
            print("gen-lessons.py: " + p, file=sys.stderr)
            status = 1
        if args.check:
            names = sorted(set(os.listdir(args.check)) | set(os.listdir(out_dir)))
            for name in names:
                a_path, b_path = os.path.join(args.check, name), os.path.join(out_dir, name)
                a = normalize(open(a_path).read(), root, storage) if os.path.exists(a_path) else ""
                b = normalize(open(b_path).read(), root, storage) if os.path.exists(b_path) else ""
                if a != b:
                    status = 1
                    sys.stdout.writelines(difflib.unified_diff(
                        a.splitlines(True), b.splitlines(True), f"{args.check}/{name}", f"(this run)/{name}"))
                    sys.stdout.write("\n")
            print("gen-lessons.py: " + ("the pages match this run" if status == 0 else f"{args.check} differs from this run"),
                  file=sys.stderr)
        return status
    finally:
        pods = os.path.join(root, "pods", "default")
        if os.path.isdir(pods) and os.listdir(pods):
            print(f"gen-lessons.py: pods left in {root}, kept: {os.listdir(pods)}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
