#!/usr/bin/env python3
"""OCI image layouts for the registry tests and the pull benchmark, pushed with skopeo.

usage: make_registry_images.py OUTDIR [BENCH_MB]

  OUTDIR/shared-a, OUTDIR/shared-b   two images sharing a base layer (2 MB of random data,
                                     gzip) over a small layer of their own
  OUTDIR/multi                       an index: linux/amd64 → shared-a's image, linux/arm64 →
                                     an image whose file says arm64
  OUTDIR/bench (with BENCH_MB)       BENCH_MB of compressible-ish data in 6 gzip layers
Each layer's files are owned by root; the images run nothing (the tests look at files).
"""
import gzip
import hashlib
import io
import json
import os
import random
import sys
import tarfile


def sha(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()


def layer(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as t:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o644, 1700000000
            t.addfile(info, io.BytesIO(data))
    raw = buf.getvalue()
    return raw, gzip.compress(raw, compresslevel=1, mtime=0)


class Layout:
    def __init__(self, d):
        self.d = d
        os.makedirs(d + "/blobs/sha256", exist_ok=True)
        with open(d + "/oci-layout", "w") as f:
            f.write('{"imageLayoutVersion": "1.0.0"}')

    def blob(self, b):
        dg = sha(b)
        with open(self.d + "/blobs/sha256/" + dg[7:], "wb") as f:
            f.write(b)
        return {"digest": dg, "size": len(b)}

    def image(self, layers, arch):
        config = json.dumps({"architecture": arch, "os": "linux",
                             "config": {"Cmd": ["sh"]},
                             "rootfs": {"type": "layers", "diff_ids": [sha(raw) for raw, _ in layers]}}).encode()
        manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                               "config": dict(mediaType="application/vnd.oci.image.config.v1+json", **self.blob(config)),
                               "layers": [dict(mediaType="application/vnd.oci.image.layer.v1.tar+gzip", **self.blob(gz))
                                          for _, gz in layers]}).encode()
        return dict(mediaType="application/vnd.oci.image.manifest.v1+json", **self.blob(manifest))

    def index(self, top):
        with open(self.d + "/index.json", "w") as f:
            json.dump({"schemaVersion": 2, "manifests": [top]}, f)


def main():
    out = sys.argv[1]
    rnd = random.Random(42)
    base = layer([("base.bin", rnd.randbytes(2 << 20))])
    for name in ("shared-a", "shared-b"):
        lay = Layout(os.path.join(out, name))
        lay.index(lay.image([base, layer([("name.txt", name.encode() + b"\n")])], "amd64"))
    multi = Layout(os.path.join(out, "multi"))
    amd = multi.image([base, layer([("arch.txt", b"amd64\n")])], "amd64")
    arm = multi.image([layer([("arch.txt", b"arm64\n")])], "arm64")
    index = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [
        dict(amd, platform={"os": "linux", "architecture": "amd64"}),
        dict(arm, platform={"os": "linux", "architecture": "arm64", "variant": "v8"})]}).encode()
    multi.index(dict(mediaType="application/vnd.oci.image.index.v1+json", **multi.blob(index)))
    if len(sys.argv) > 2:
        mb = int(sys.argv[2])
        bench = Layout(os.path.join(out, "bench"))
        layers = []
        for i in range(6):
            # Half random, half repeated text: gzip gets about 2:1, as on real images.
            n = (mb << 20) // 6
            data = rnd.randbytes(n // 2) + (b"podrun layer %d\n" % i) * (n // 2 // 16)
            layers.append(layer([("layer%d/data.bin" % i, data)]))
        bench.index(bench.image(layers, "amd64"))


main()
