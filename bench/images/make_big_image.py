#!/usr/bin/env python3
"""Writes an OCI layout of about SIZE_MB megabytes (default 100) into OUTDIR, for bench/images.

Two gzip layers of files with pseudo-random (incompressible, deterministic) contents, 1 MiB
each, in nested directories, plus many small files, as real images have.
usage: bench/images/make_big_image.py OUTDIR [SIZE_MB]
"""
import gzip, hashlib, io, json, os, random, sys, tarfile


def layer(files):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name, data in files:
            ti = tarfile.TarInfo(name)
            ti.size, ti.mode, ti.mtime = len(data), 0o644, 1700000000
            t.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def main():
    out, size_mb = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100
    rng = random.Random(1)
    os.makedirs(os.path.join(out, "blobs", "sha256"), exist_ok=True)

    def blob(data):
        d = hashlib.sha256(data).hexdigest()
        with open(os.path.join(out, "blobs", "sha256", d), "wb") as f:
            f.write(data)
        return "sha256:" + d, len(data)

    raws = []
    half = size_mb // 2
    raws.append(layer([("opt/big/%02d/blob%03d.bin" % (i % 10, i), rng.randbytes(1 << 20)) for i in range(half)]))
    small = [("usr/share/doc/pkg%03d/file%02d.txt" % (i // 20, i % 20), (b"line %d\n" % i) * 50) for i in range(4000)]
    raws.append(layer([("opt/more/blob%03d.bin" % i, rng.randbytes(1 << 20)) for i in range(size_mb - half)] + small))
    descs, diff_ids = [], []
    for raw in raws:
        gz = io.BytesIO()
        with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0, compresslevel=1) as g:
            g.write(raw)
        d, n = blob(gz.getvalue())
        descs.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": d, "size": n})
        diff_ids.append("sha256:" + hashlib.sha256(raw).hexdigest())
    cd, cn = blob(json.dumps({"architecture": "amd64", "os": "linux", "config": {"Cmd": ["sh"]},
                              "rootfs": {"type": "layers", "diff_ids": diff_ids}}).encode())
    md, mn = blob(json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                              "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": cn},
                              "layers": descs}).encode())
    with open(os.path.join(out, "index.json"), "w") as f:
        json.dump({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": md,
                                                      "size": mn, "annotations": {"org.opencontainers.image.ref.name": "bench/big:v1"}}]}, f)
    with open(os.path.join(out, "oci-layout"), "w") as f:
        json.dump({"imageLayoutVersion": "1.0.0"}, f)


if __name__ == "__main__":
    main()
