#!/usr/bin/env python3
"""Builds podrun's built-in image, busybox, as an OCI image layout from Debian's busybox-static.

usage: images/build-busybox.py OUTDIR [--busybox /bin/busybox]

The image is one layer: the static busybox binary at /bin/busybox, a symlink for each of its
applets (as `busybox --list-full` names them), the helpers the lessons need that busybox-static
lacks (/bin/ipcs, from images/ipcs.c, built static with musl-gcc), /etc/passwd and /etc/group
with root and nobody (root a member of wheel, nobody of users), and the usual empty
directories (/tmp is 1777). Its config runs `sh`, like Docker Hub's busybox. The layer is written deterministically (fixed owners, times and order, gzip without a
timestamp), so the same busybox binary always gives the same digests. Only the Python standard
library is used: anyone can read what goes into the image.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import subprocess
import tarfile
import tempfile

PASSWD = "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n"
# root in wheel and nobody in users, as Alpine's /etc/group lists them: what a container's
# supplementary groups get from its image (supplementalGroupsPolicy Merge) is visible in `id`.
GROUP = "root:x:0:\nwheel:x:10:root\nusers:x:100:nobody\nnogroup:x:65534:\n"
DIRS = {"bin": 0o755, "dev": 0o755, "etc": 0o755, "home": 0o755, "proc": 0o755, "root": 0o700,
        "sbin": 0o755, "sys": 0o755, "tmp": 0o1777, "usr": 0o755, "usr/bin": 0o755, "usr/sbin": 0o755,
        "var": 0o755, "var/tmp": 0o1777}


def busybox_version(busybox):
    out = subprocess.run([busybox], capture_output=True, text=True).stdout + \
        subprocess.run([busybox], capture_output=True, text=True).stderr
    first = out.splitlines()[0] if out else ""
    # "BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1) multi-call binary."
    return first.split()[1].lstrip("v") if first.startswith("BusyBox v") else "unknown"


HERE = os.path.dirname(os.path.abspath(__file__))
# Helpers for what Debian's busybox-static has no applet for: name -> C source next to this script.
HELPERS = {"ipcs": "ipcs.c"}


def build_helper(source, out):
    """A static binary of `source`: musl-gcc (Debian's musl-tools), else the C compiler's -static."""
    for cc in (["musl-gcc"], ["cc"]):
        try:
            subprocess.run(cc + ["-static", "-Os", "-s", "-Wall", "-o", out, source], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            return
        except (OSError, subprocess.CalledProcessError):
            continue
    raise SystemExit("build-busybox: cannot build %s statically (install musl-tools)" % source)


def layer_tar(busybox, mtime):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        def add(name, type_, mode, data=b"", linkname=""):
            ti = tarfile.TarInfo(name)
            ti.type, ti.mode, ti.mtime, ti.uid, ti.gid = type_, mode, mtime, 0, 0
            ti.uname = ti.gname = "root"
            ti.linkname = linkname
            ti.size = len(data)
            tar.addfile(ti, io.BytesIO(data) if data else None)

        for d in sorted(DIRS):
            add(d, tarfile.DIRTYPE, DIRS[d])
        with open(busybox, "rb") as f:
            add("bin/busybox", tarfile.REGTYPE, 0o755, f.read())
        applets = subprocess.run([busybox, "--list-full"], capture_output=True, text=True, check=True).stdout.split()
        for path in sorted(set(applets)):
            if path == "bin/busybox" or path.count("/") > 2:
                continue
            add(path, tarfile.SYMTYPE, 0o777, linkname="/bin/busybox")
        with tempfile.TemporaryDirectory() as tmp:
            for name in sorted(HELPERS):
                if "bin/" + name in applets or "usr/bin/" + name in applets:
                    continue  # busybox has it after all
                out = os.path.join(tmp, name)
                build_helper(os.path.join(HERE, HELPERS[name]), out)
                with open(out, "rb") as f:
                    add("bin/" + name, tarfile.REGTYPE, 0o755, f.read())
        add("etc/passwd", tarfile.REGTYPE, 0o644, PASSWD.encode())
        add("etc/group", tarfile.REGTYPE, 0o644, GROUP.encode())
    return buf.getvalue()


def write_blob(outdir, data):
    digest = hashlib.sha256(data).hexdigest()
    path = os.path.join(outdir, "blobs", "sha256", digest)
    with open(path, "wb") as f:
        f.write(data)
    return "sha256:" + digest, len(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--busybox", default="/bin/busybox")
    a = ap.parse_args()
    os.makedirs(os.path.join(a.outdir, "blobs", "sha256"), exist_ok=True)

    mtime = int(os.stat(a.busybox).st_mtime)
    created = __import__("datetime").datetime.utcfromtimestamp(mtime).strftime("%Y-%m-%dT%H:%M:%SZ")
    tar = layer_tar(a.busybox, mtime)
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0) as g:
        g.write(tar)
    layer_digest, layer_size = write_blob(a.outdir, gz.getvalue())
    version = busybox_version(a.busybox)
    config = {
        "created": created,
        "architecture": "amd64",
        "os": "linux",
        "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], "Cmd": ["sh"],
                   "Labels": {"org.opencontainers.image.title": "busybox",
                              "org.opencontainers.image.version": version,
                              "org.opencontainers.image.description": "podrun's built-in busybox, from Debian's busybox-static"}},
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + hashlib.sha256(tar).hexdigest()]},
        "history": [{"created": created, "created_by": "images/build-busybox.py (Debian busybox-static %s)" % version}],
    }
    config_digest, config_size = write_blob(a.outdir, json.dumps(config, sort_keys=True).encode())
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": config_size},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": layer_digest, "size": layer_size}],
    }
    manifest_digest, manifest_size = write_blob(a.outdir, json.dumps(manifest, sort_keys=True).encode())
    index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
             "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": manifest_digest,
                            "size": manifest_size,
                            "annotations": {"org.opencontainers.image.ref.name": "docker.io/library/busybox:latest"}}]}
    with open(os.path.join(a.outdir, "index.json"), "w") as f:
        json.dump(index, f, sort_keys=True)
    with open(os.path.join(a.outdir, "oci-layout"), "w") as f:
        json.dump({"imageLayoutVersion": "1.0.0"}, f)
    with open(os.path.join(a.outdir, "VERSION"), "w") as f:
        f.write(version + "\n")
    print("built busybox %s: %s (%d bytes compressed)" % (version, manifest_digest, layer_size))


if __name__ == "__main__":
    main()
