#!/usr/bin/env python3
"""Writes the images the image-store tests import, into OUTDIR.

usage: tests/image/make_test_images.py OUTDIR

Good images (the same three layers in each format):
  layout/          OCI image layout; layer 1 plain tar, layer 2 gzip, layer 3 zstd
  archive.tar      the same layout as an OCI archive (a tar of the layout)
  docker.tar       a docker-archive (docker save format) named test/three:v1
  index-layout/    an OCI layout whose index is multi-platform (arm64 and amd64)
Layers:
  1: base.txt "one", a/keep, a/gone, opaque/old, hard link base-hard → base.txt,
     symlink abs-link → /etc/passwd, char device dev/null-ish 1:3, owned.txt owned 1234:5678
     with the xattr user.podrun=yes
  2: base.txt "two", a/.wh.gone (deletes a/gone), opaque/.wh..wh..opq + opaque/new, l2.txt
  3: l3.txt (zstd-compressed layer)
Bad images (each must be refused, storing nothing):
  bad-digest/      a layer's bytes changed, its name (digest) kept
  bad-truncated/   a layer blob cut short
  bad-dotdot/      a layer entry ../../etc/podrun-escape-test
  bad-symlink/     a layer with symlink evil → /etc, then evil/podrun-escape-test
  bad-diffid/      the config's diff_id does not match the layer
  bad-hardlink/    a layer with symlink evil → /etc, then a hard link stolen → evil/passwd
Edge cases (imported, then looked at):
  edges/           one layer: a symlink then a file at the same path (replaced, not written
                   through), an empty directory replaced by a file, set-user-ID and sticky
                   modes with owners, a set-group-ID directory holding a root-owned file,
                   mode 0777, a file under parents the tar never lists
"""
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile

ESCAPE = "podrun-escape-test"


def tar_bytes(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for e in entries:
            ti = tarfile.TarInfo(e["name"])
            ti.mtime = 1700000000
            ti.type = e.get("type", tarfile.REGTYPE)
            ti.mode = e.get("mode", 0o644 if ti.type == tarfile.REGTYPE else 0o755)
            ti.uid, ti.gid = e.get("uid", 0), e.get("gid", 0)
            ti.uname, ti.gname = e.get("uname", ""), e.get("gname", "")
            ti.linkname = e.get("link", "")
            ti.devmajor, ti.devminor = e.get("dev", (0, 0))
            if "xattrs" in e:
                ti.pax_headers = {"SCHILY.xattr." + k: v for k, v in e["xattrs"].items()}
            data = e.get("data", b"")
            ti.size = len(data)
            t.addfile(ti, io.BytesIO(data) if data else None)
    return buf.getvalue()


D, F, L, H, C = tarfile.DIRTYPE, tarfile.REGTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE
LAYER1 = [
    {"name": "a", "type": D}, {"name": "a/keep", "data": b"keep"}, {"name": "a/gone", "data": b"gone"},
    {"name": "opaque", "type": D}, {"name": "opaque/old", "data": b"old"},
    {"name": "base.txt", "data": b"one"}, {"name": "base-hard", "type": H, "link": "base.txt"},
    {"name": "abs-link", "type": L, "link": "/etc/passwd", "mode": 0o777},
    {"name": "dev", "type": D}, {"name": "dev/null-ish", "type": C, "dev": (1, 3), "mode": 0o666},
    # Named as users of the host (daemon is 1:1 on Debian): the numbers hold, as containerd
    # unpacks them; a name means nothing outside the image.
    {"name": "owned.txt", "data": b"owned", "uid": 1234, "gid": 5678, "uname": "daemon", "gname": "daemon",
     "xattrs": {"user.podrun": "yes"}},
]
LAYER2 = [
    {"name": "base.txt", "data": b"two"}, {"name": "a/.wh.gone"},
    {"name": "opaque/.wh..wh..opq"}, {"name": "opaque/new", "data": b"new"}, {"name": "l2.txt", "data": b"l2"},
]
EDGES = [
    {"name": "over", "type": L, "link": "/etc/" + ESCAPE, "mode": 0o777}, {"name": "over", "data": b"inside"},
    {"name": "was-dir", "type": D}, {"name": "was-dir", "data": b"file now"},
    {"name": "suid", "data": b"#!", "mode": 0o4755, "uid": 1234, "gid": 0},
    {"name": "sticky", "type": D, "mode": 0o1777},
    {"name": "sgid", "type": D, "mode": 0o2775, "gid": 5678}, {"name": "sgid/root-file", "data": b"r"},
    {"name": "open", "data": b"o", "mode": 0o777},
    {"name": "implicit/deep/file", "data": b"deep"},
]
LAYER3 = [{"name": "l3.txt", "data": b"l3"}]


def sha(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()


def compress(kind, raw):
    if kind == "gzip":
        out = io.BytesIO()
        with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as g:
            g.write(raw)
        return out.getvalue(), "application/vnd.oci.image.layer.v1.tar+gzip"
    if kind == "zstd":
        z = subprocess.run(["zstd", "-q", "-c"], input=raw, capture_output=True, check=True).stdout
        return z, "application/vnd.oci.image.layer.v1.tar+zstd"
    return raw, "application/vnd.oci.image.layer.v1.tar"


def write_layout(outdir, layers, name="test/three:v1", diff_id_override=None):
    """layers: [(raw tar bytes, compression)]; returns {digest: path} of the layer blobs."""
    blobs = os.path.join(outdir, "blobs", "sha256")
    os.makedirs(blobs, exist_ok=True)

    def blob(data):
        d = sha(data)
        with open(os.path.join(blobs, d[7:]), "wb") as f:
            f.write(data)
        return d, len(data)

    descs, diff_ids, paths = [], [], {}
    for raw, kind in layers:
        data, media = compress(kind, raw)
        d, n = blob(data)
        descs.append({"mediaType": media, "digest": d, "size": n})
        diff_ids.append(sha(raw))
        paths[d] = os.path.join(blobs, d[7:])
    if diff_id_override:
        diff_ids[0] = diff_id_override
    config = {"architecture": "amd64", "os": "linux", "created": "2024-01-02T03:04:05Z",
              "config": {"Entrypoint": ["/bin/app"], "Cmd": ["--serve"], "Env": ["A=1"], "WorkingDir": "/srv",
                         "User": "1000:1000", "ExposedPorts": {"8080/tcp": {}}},
              "rootfs": {"type": "layers", "diff_ids": diff_ids}}
    cd, cn = blob(json.dumps(config).encode())
    manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": cn},
                "layers": descs}
    md, mn = blob(json.dumps(manifest).encode())
    index = {"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": md,
                                                "size": mn, "annotations": {"org.opencontainers.image.ref.name": name}}]}
    with open(os.path.join(outdir, "index.json"), "w") as f:
        json.dump(index, f)
    with open(os.path.join(outdir, "oci-layout"), "w") as f:
        json.dump({"imageLayoutVersion": "1.0.0"}, f)
    return paths, md, mn


def tar_dir(src, dest):
    with tarfile.open(dest, "w") as t:
        for root, dirs, files in os.walk(src):
            for n in sorted(dirs + files):
                p = os.path.join(root, n)
                t.add(p, arcname=os.path.relpath(p, src), recursive=False)


def main():
    out = sys.argv[1]
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    raw = [tar_bytes(LAYER1), tar_bytes(LAYER2), tar_bytes(LAYER3)]
    good = [(raw[0], "plain"), (raw[1], "gzip"), (raw[2], "zstd")]

    write_layout(os.path.join(out, "layout"), good)
    tar_dir(os.path.join(out, "layout"), os.path.join(out, "archive.tar"))

    # docker save: manifest.json, the config as <hex>.json, layers as <dir>/layer.tar (plain)
    dd = os.path.join(out, "docker")
    os.makedirs(dd)
    layers = []
    for i, r in enumerate(raw):
        os.makedirs(os.path.join(dd, "l%d" % i))
        with open(os.path.join(dd, "l%d" % i, "layer.tar"), "wb") as f:
            f.write(r)
        layers.append("l%d/layer.tar" % i)
    config = {"architecture": "amd64", "os": "linux", "config": {"Cmd": ["sh"]},
              "rootfs": {"type": "layers", "diff_ids": [sha(r) for r in raw]}}
    cfg = json.dumps(config).encode()
    with open(os.path.join(dd, sha(cfg)[7:] + ".json"), "wb") as f:
        f.write(cfg)
    with open(os.path.join(dd, "manifest.json"), "w") as f:
        json.dump([{"Config": sha(cfg)[7:] + ".json", "RepoTags": ["test/docker:v1"], "Layers": layers}], f)
    tar_dir(dd, os.path.join(out, "docker.tar"))

    # multi-platform: an index with an arm64 image (absent blobs are fine: never read) and amd64
    ml = os.path.join(out, "index-layout")
    _, md, mn = write_layout(ml, good[:1], name="test/multi:v1")
    sub = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [
        {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:" + "0" * 64, "size": 1,
         "platform": {"os": "linux", "architecture": "arm64"}},
        {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": md, "size": mn,
         "platform": {"os": "linux", "architecture": "amd64"}}]}
    sb = json.dumps(sub).encode()
    with open(os.path.join(ml, "blobs", "sha256", sha(sb)[7:]), "wb") as f:
        f.write(sb)
    with open(os.path.join(ml, "index.json"), "w") as f:
        json.dump({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.index.v1+json",
                                                      "digest": sha(sb), "size": len(sb),
                                                      "annotations": {"org.opencontainers.image.ref.name": "test/multi:v1"}}]}, f)

    # bad: digest mismatch (bytes changed, same name), truncated blob
    paths, _, _ = write_layout(os.path.join(out, "bad-digest"), good)
    p = sorted(paths.values())[0]
    data = bytearray(open(p, "rb").read())
    data[-1] ^= 0xff
    open(p, "wb").write(bytes(data))
    paths, _, _ = write_layout(os.path.join(out, "bad-truncated"), good)
    p = list(paths.values())[1]
    data = open(p, "rb").read()
    open(p, "wb").write(data[: len(data) // 2])
    # bad: escapes
    write_layout(os.path.join(out, "bad-dotdot"), [(tar_bytes([{"name": "../../etc/" + ESCAPE, "data": b"x"}]), "plain")])
    write_layout(os.path.join(out, "bad-symlink"), [(tar_bytes([{"name": "evil", "type": L, "link": "/etc", "mode": 0o777},
                                                                 {"name": "evil/" + ESCAPE, "data": b"x"}]), "plain")])
    write_layout(os.path.join(out, "bad-hardlink"), [(tar_bytes([{"name": "evil", "type": L, "link": "/etc", "mode": 0o777},
                                                                  {"name": "stolen", "type": H, "link": "evil/passwd"}]), "plain")])
    write_layout(os.path.join(out, "edges"), [(tar_bytes(EDGES), "plain")], name="test/edges:v1")
    write_layout(os.path.join(out, "bad-diffid"), good, diff_id_override="sha256:" + "1" * 64)


if __name__ == "__main__":
    main()
