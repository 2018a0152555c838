#!/usr/bin/env python3
"""Hostile images for tests/e2e/hostile_images_root_test.sh: OCI layouts, OCI archives and
docker archives whose layers, manifests or configs try to leave the store, fill it, or lie.
Standard library only. Each case is OUTDIR/NAME (a layout directory) or OUTDIR/NAME.tar.

The refused cases are small images of their own; the contained ones (suffix -ok) are podrun's
busybox with one more layer, so a pod can run on them.

usage: make_hostile_images.py OUTDIR BUSYBOX_LAYOUT CANARY_DIR [EUID_BINARY]
  CANARY_DIR: a host directory next to the store (STORE/..) holding `canary` and `outside/`;
  the cases aim at it by absolute path and by `..` from the store's staging directory.
  EUID_BINARY: a static program that prints its effective uid, stored set-user-ID root.
"""
import gzip
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile

OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json"
OCI_INDEX = "application/vnd.oci.image.index.v1+json"
OCI_CONFIG = "application/vnd.oci.image.config.v1+json"
LAYER_TAR = "application/vnd.oci.image.layer.v1.tar"
LAYER_GZIP = "application/vnd.oci.image.layer.v1.tar+gzip"
GIB = 1 << 30


def sha(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def entry(name, kind="file", data=b"", mode=None, link="", uid=0, gid=0, major=0, minor=0, size=None):
    """A TarInfo (and its data) for tar_of."""
    t = tarfile.TarInfo(name)
    t.uid, t.gid, t.mtime = uid, gid, 1700000000
    t.type = {"file": tarfile.REGTYPE, "dir": tarfile.DIRTYPE, "symlink": tarfile.SYMTYPE, "hardlink": tarfile.LNKTYPE,
              "chr": tarfile.CHRTYPE, "blk": tarfile.BLKTYPE, "fifo": tarfile.FIFOTYPE}[kind]
    t.mode = mode if mode is not None else (0o755 if kind == "dir" else 0o777 if kind == "symlink" else 0o644)
    t.linkname = link
    t.devmajor, t.devminor = major, minor
    t.size = len(data) if kind == "file" else 0
    return t, data


def tar_of(entries):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return raw.getvalue()


def huge_claim_tar(name, claimed, data):
    """One header that declares `claimed` bytes, followed by `data` only (and the end blocks)."""
    t = tarfile.TarInfo(name)
    t.size, t.mode, t.mtime = claimed, 0o644, 1700000000
    return t.tobuf(format=tarfile.PAX_FORMAT) + data + b"\0" * ((-len(data)) % 512) + b"\0" * 1024


def sparse_tar(name, realsize, pieces):
    """A PAX 1.0 sparse entry (GNU tar's --sparse --posix): `realsize` bytes, data only in
    `pieces` [(offset, bytes)], the rest holes."""
    smap = f"{len(pieces)}\n" + "".join(f"{off}\n{len(b)}\n" for off, b in pieces)
    smap = smap.encode()
    smap += b"\0" * ((-len(smap)) % 512)
    payload = smap + b"".join(b for _, b in pieces)
    t = tarfile.TarInfo("GNUSparseFile.0/" + name)
    t.size, t.mode, t.mtime = len(payload), 0o644, 1700000000
    t.pax_headers = {"GNU.sparse.major": "1", "GNU.sparse.minor": "0", "GNU.sparse.name": name,
                     "GNU.sparse.realsize": str(realsize)}
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(t, io.BytesIO(payload))
    return raw.getvalue()


def many_files_tar(count):
    """`count` one-byte files in directories of 1,000: headers made once and patched, as
    tarfile would take a minute for 200,000 entries."""
    out = bytearray()
    dirs = (count + 999) // 1000
    for d in range(dirs):
        out += entry(f"m/{d:04d}", "dir")[0].tobuf(format=tarfile.USTAR_FORMAT)
    template = bytearray(entry("m/0000/000000", data=b"x")[0].tobuf(format=tarfile.USTAR_FORMAT))
    for i in range(count):
        h = bytearray(template)
        h[0:13] = f"m/{i // 1000:04d}/{i:06d}".encode()
        h[148:156] = b"        "
        h[148:156] = b"%06o\0 " % sum(h)
        out += h
        out += b"x" + b"\0" * 511
    return bytes(out) + b"\0" * 1024


def zero_bomb(name, size):
    """A gzip (concatenated members, as `cat a.gz b.gz` makes) of a tar holding one file of
    `size` zero bytes: about 1 KiB per MiB. Returns (blob, diff_id)."""
    t = tarfile.TarInfo(name)
    t.size, t.mode, t.mtime = size, 0o644, 1700000000
    header, mib, end = t.tobuf(format=tarfile.USTAR_FORMAT), b"\0" * (1 << 20), b"\0" * 1024
    h = hashlib.sha256(header)
    for _ in range(size >> 20):
        h.update(mib)
    h.update(end)
    zmib = gzip.compress(mib, mtime=0)
    blob = gzip.compress(header, mtime=0) + zmib * (size >> 20) + gzip.compress(end, mtime=0)
    return blob, "sha256:" + h.hexdigest()


class Layout:
    """An OCI image layout being written."""

    def __init__(self, path):
        self.path = path
        os.makedirs(f"{path}/blobs/sha256", exist_ok=True)
        with open(f"{path}/oci-layout", "w") as f:
            f.write('{"imageLayoutVersion": "1.0.0"}')

    def put(self, data):
        d = sha(data)
        with open(f"{self.path}/blobs/sha256/{d[7:]}", "wb") as f:
            f.write(data)
        return d

    def index(self, descs):
        with open(f"{self.path}/index.json", "w") as f:
            json.dump({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": descs}, f)


def image(out, name, layers, base=None, ref=None, config_extra=None, lie=None):
    """Writes OUT/NAME: an image of `layers` (raw tars, gzip-compressed here) over `base`'s
    (busybox's layout, or none). `lie(manifest, config, layout)` may change what is written."""
    lay = Layout(f"{out}/{name}")
    descs, diff_ids = [], []
    cmd = ["sh"]
    if base:
        idx = json.load(open(f"{base}/index.json"))
        bm = json.load(open(f"{base}/blobs/sha256/{idx['manifests'][0]['digest'][7:]}"))
        bc = json.load(open(f"{base}/blobs/sha256/{bm['config']['digest'][7:]}"))
        for d in bm["layers"]:
            shutil.copy(f"{base}/blobs/sha256/{d['digest'][7:]}", f"{lay.path}/blobs/sha256/")
        descs += bm["layers"]
        diff_ids += bc["rootfs"]["diff_ids"]
        cmd = bc.get("config", {}).get("Cmd", cmd)
    for raw in layers:
        blob, diff_id = raw if isinstance(raw, tuple) else (gzip.compress(raw, compresslevel=1, mtime=0), sha(raw))
        descs.append({"mediaType": LAYER_GZIP, "digest": lay.put(blob), "size": len(blob)})
        diff_ids.append(diff_id)
    config = {"architecture": "amd64", "os": "linux", "config": {"Cmd": cmd},
              "rootfs": {"type": "layers", "diff_ids": diff_ids}}
    config.update(config_extra or {})
    manifest = {"schemaVersion": 2, "mediaType": OCI_MANIFEST, "layers": descs}
    if lie:
        lie(manifest, config, lay)
    if "config" not in manifest:
        cb = json.dumps(config).encode()
        manifest["config"] = {"mediaType": OCI_CONFIG, "digest": lay.put(cb), "size": len(cb)}
    mb = json.dumps(manifest).encode()
    lay.index([{"mediaType": OCI_MANIFEST, "digest": lay.put(mb), "size": len(mb),
                "annotations": {"org.opencontainers.image.ref.name": ref or f"hostile/{name}:v1"}}])
    return lay.path


def tar_dir(src, dest, extra=()):
    """An archive of a layout (oci-archive), with `extra` raw entries appended."""
    with tarfile.open(dest, "w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(src, arcname=".")
        for info, data in extra:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)


def main():
    out, busybox, canary_dir = sys.argv[1:4]
    euid = sys.argv[4] if len(sys.argv) > 4 else ""
    os.makedirs(out, exist_ok=True)
    canary = f"{canary_dir}/canary"
    outside = f"{canary_dir}/outside"
    # From the staging directory STORE/tmp/layer-X/, `../../../` is CANARY_DIR.
    up = "../../../"
    f = entry

    # --- Refused: entries that leave the layer ---------------------------------------------
    image(out, "abs-path", [tar_of([f(canary.lstrip("/") + "-x"), f(canary, data=b"pwned")])])
    image(out, "dotdot-mid", [tar_of([f("a", "dir"), f("a/b/../../" + up + "canary", data=b"pwned")])])
    image(out, "symlink-then-file", [tar_of([f("out", "symlink", link=up + "outside"), f("out/sub/pwned", data=b"pwned")])])
    image(out, "hardlink-abs", [tar_of([f("shadow", "hardlink", link="/etc/shadow")])])
    image(out, "hardlink-dotdot", [tar_of([f("c", "hardlink", link=up + "canary")])])
    image(out, "hardlink-lower", [tar_of([f("sh-copy", "hardlink", link="bin/busybox")])], base=busybox)
    image(out, "whiteout-dotdot", [tar_of([f(up + ".wh.canary")])])
    image(out, "whiteout-dotdot-name", [tar_of([f("a", "dir"), f("a/.wh..."), f("a/x", data=b"x")])])
    image(out, "whiteout-empty-name", [tar_of([f("a", "dir"), f("a/.wh.")])])
    image(out, "opaque-through-symlink", [tar_of([f("evil", "symlink", link=outside), f("evil/.wh..wh..opq")])])
    image(out, "whiteout-through-symlink", [tar_of([f("evil", "symlink", link=outside), f("evil/.wh.keep")])])
    # --- Refused: sizes and names ----------------------------------------------------------
    image(out, "huge-claim", [huge_claim_tar("big", 10 * GIB, b"A" * 1024)])
    image(out, "long-component", [tar_of([f("n" * 300, data=b"x")])])
    # 10,000 nested directories (20,000-character paths), then an entry refused: the staging
    # directory must still go
    image(out, "deep-then-abs", [tar_of([f("deep/" + "d/" * 10000 + "leaf", data=b"deep"), f("/abs", data=b"x")])])
    # --- Refused: duplicates that cannot be replaced in place -------------------------------
    image(out, "dup-dir-then-file", [tar_of([f("d", "dir"), f("d/x", data=b"x"), f("d", data=b"now a file")])])

    # --- Refused: manifests, indexes and configs that lie --------------------------------------
    ok_layer = tar_of([f("hello", data=b"hello")])

    def wrong_digest(m, c, lay):  # the layer's bytes changed, its name kept
        p = f"{lay.path}/blobs/sha256/{m['layers'][0]['digest'][7:]}"
        data = bytearray(open(p, "rb").read())
        data[-12] ^= 0xFF
        open(p, "wb").write(bytes(data))
    image(out, "lie-digest", [ok_layer], lie=wrong_digest)
    image(out, "lie-size", [ok_layer], lie=lambda m, c, lay: m["layers"][0].update(size=m["layers"][0]["size"] + 1000))
    image(out, "lie-manifest-type", [ok_layer], lie=lambda m, c, lay: m.update(mediaType=OCI_CONFIG))
    image(out, "lie-diffid", [ok_layer], lie=lambda m, c, lay: c["rootfs"].update(diff_ids=["sha256:" + "1" * 64]))
    image(out, "lie-layer-count", [ok_layer], lie=lambda m, c, lay: c["rootfs"]["diff_ids"].append(c["rootfs"]["diff_ids"][0]))

    def twice_other_diffid(m, c, lay):  # one blob listed twice, the config naming two contents
        m["layers"].append(m["layers"][0])
        c["rootfs"]["diff_ids"].append("sha256:" + "2" * 64)
    image(out, "lie-layer-twice", [ok_layer], lie=twice_other_diffid)
    image(out, "lie-digest-algorithm", [ok_layer], lie=lambda m, c, lay: m["layers"][0].update(digest="sha512:" + "a" * 128))
    image(out, "lie-digest-path", [ok_layer], lie=lambda m, c, lay: m["layers"][0].update(digest="sha256:../../../canary"))
    image(out, "huge-config", [ok_layer], config_extra={"history": [{"created_by": "x" * 1000}] * 20000})

    def huge_manifest(m, c, lay):
        m["annotations"] = {f"k{i}": "v" * 1000 for i in range(6000)}
    image(out, "huge-manifest", [ok_layer], lie=huge_manifest)
    # An index.json of 6 MB.
    p = image(out, "huge-index", [ok_layer])
    idx = json.load(open(f"{p}/index.json"))
    idx["annotations"] = {f"k{i}": "v" * 1000 for i in range(6000)}
    json.dump(idx, open(f"{p}/index.json", "w"))
    # A docker archive whose manifest.json names files outside it.
    d = f"{out}/docker-outside"
    os.makedirs(d)
    json.dump([{"Config": up + "canary.json", "RepoTags": ["hostile/docker-outside:v1"], "Layers": []}], open(f"{d}/manifest.json", "w"))
    with tarfile.open(f"{out}/docker-outside.tar", "w") as tar:
        tar.add(d, arcname=".")
    d = f"{out}/docker-abs"
    os.makedirs(d)
    json.dump([{"Config": canary_dir + "/canary.json", "RepoTags": ["hostile/docker-abs:v1"], "Layers": []}], open(f"{d}/manifest.json", "w"))
    # OCI archives whose own entries leave the staging directory.
    base = image(out, "archive-base", [ok_layer])
    tar_dir(base, f"{out}/archive-dotdot.tar", [f(up + "canary", data=b"pwned")])
    tar_dir(base, f"{out}/archive-abs.tar", [f(canary, data=b"pwned")])

    # --- Accepted and contained: busybox and one more layer, run in a pod -----------------------
    contained = [
        # device nodes: /dev/mem's numbers and a disk's; the pod's device cgroup denies them
        f("hostile/mem", "chr", mode=0o666, major=1, minor=1),
        f("hostile/disk", "blk", mode=0o666, major=int(os.environ.get("DISK_MAJOR", "8")), minor=int(os.environ.get("DISK_MINOR", "0"))),
        # an absolute symlink to the host's canary: it resolves inside the container
        f("hostile/canary-link", "symlink", link=canary),
        # duplicates: the last entry wins, nothing written through an earlier one
        f("hostile/f2d", data=b"file"), f("hostile/f2d", "dir"), f("hostile/f2d/in", data=b"in"),
        f("hostile/d2f", "dir"), f("hostile/d2f", data=b"now a file"),
        f("hostile/f2l", data=b"file"), f("hostile/f2l", "symlink", link=canary),
        f("hostile/l2f", "symlink", link=canary), f("hostile/l2f", data=b"replaced, not written through"),
        # a hard link inside the layer
        f("hostile/hard-a", data=b"linked"), f("hostile/hard-b", "hardlink", link="hostile/hard-a"),
        # whiteouts of the image's own paths; an opaque directory
        f("bin/.wh.vi"), f("hostile/op", "dir"), f("hostile/op/.wh..wh..opq"),
        # setuid and setgid as the image says
        f("hostile/sgid-dir", "dir", mode=0o2775, gid=50),
    ]
    if euid:
        contained.append(f("hostile/euid", data=open(euid, "rb").read(), mode=0o4755))
    # a symlink to the host's outside/ in this layer, a file under that path in the next
    cross1 = tar_of([f("hostile/out", "symlink", link=outside)])
    cross2 = tar_of([f("hostile/out", "dir"), f("hostile/out/pwned", data=b"inside the layer")])
    # a real sparse file of 10 GiB with 8 KiB of data, and a 4,100-character path (PATH_MAX+)
    sparse = sparse_tar("hostile/sparse", 10 * GIB, [(0, b"S" * 4096), (10 * GIB - 4096, b"E" * 4096)])
    long_path = "hostile/long/" + "/".join(["p" * 200] * 21) + "/leaf"
    deep = "hostile/deep/" + "d/" * 10000 + "leaf"
    extra = tar_of([f(long_path, data=b"long"), f(deep, data=b"deep")])
    image(out, "contained-ok", [tar_of(contained), cross1, cross2, sparse, extra], base=busybox,
          ref="hostile/contained:v1")

    # 1 GiB of zeros in a 1 MiB layer blob; and in an OCI archive's own entry (gzip-compressed).
    image(out, "zero-bomb", [zero_bomb("zeros", 1 * GIB)])
    bomb, _ = zero_bomb("junk", 1 * GIB)
    with open(f"{out}/archive-bomb.tar.gz", "wb") as fh:
        fh.write(bomb)
    # A million tiny files, scaled: HOSTILE_FILES (200,000 by default).
    count = int(os.environ.get("HOSTILE_FILES", "200000"))
    image(out, "many-files-ok", [many_files_tar(count)], ref="hostile/many:v1")


if __name__ == "__main__":
    main()
