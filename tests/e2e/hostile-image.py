#!/usr/bin/env python3
"""Derives a hostile image from podrun's busybox OCI layout, for the escape suite: one more
layer made of the given symlinks (PATH=TARGET, e.g. dev=/tmp/x: the image's /dev becomes a
symlink to a host path) and directories (PATH/, with their parents). A later layer's symlink
hides the busybox layer's directory, as in any image.

usage: hostile-image.py BUSYBOX_LAYOUT OUTDIR REF PATH=TARGET|PATH/...
"""
import gzip
import hashlib
import io
import json
import shutil
import sys
import tarfile


def main():
    src, out, ref = sys.argv[1:4]
    entries = sys.argv[4:]
    shutil.copytree(src, out)

    def put(data):
        digest = hashlib.sha256(data).hexdigest()
        with open(f"{out}/blobs/sha256/{digest}", "wb") as f:
            f.write(data)
        return "sha256:" + digest, len(data)

    def blob(digest):
        with open(f"{out}/blobs/sha256/{digest.split(':', 1)[1]}") as f:
            return json.load(f)

    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        made = set()
        for entry in entries:
            if entry.endswith("/"):
                parts = entry.strip("/").split("/")
                for i in range(1, len(parts) + 1):
                    name = "/".join(parts[:i])
                    if name not in made:
                        made.add(name)
                        info = tarfile.TarInfo(name)
                        info.type = tarfile.DIRTYPE
                        info.mode = 0o755
                        tar.addfile(info)
                continue
            path, target = entry.split("=", 1)
            info = tarfile.TarInfo(path.strip("/"))
            info.type = tarfile.SYMTYPE
            info.linkname = target
            info.mode = 0o777
            tar.addfile(info)
    layer = raw.getvalue()
    layer_digest, layer_size = put(gzip.compress(layer, mtime=0))

    with open(f"{out}/index.json") as f:
        index = json.load(f)
    desc = index["manifests"][0]
    manifest = blob(desc["digest"])
    config = blob(manifest["config"]["digest"])
    config["rootfs"]["diff_ids"].append("sha256:" + hashlib.sha256(layer).hexdigest())
    config["history"].append({"created": config["created"], "created_by": "tests/e2e/hostile-image.py"})
    config_digest, config_size = put(json.dumps(config).encode())
    manifest["config"].update(digest=config_digest, size=config_size)
    manifest["layers"].append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": layer_digest,
                               "size": layer_size})
    manifest_digest, manifest_size = put(json.dumps(manifest).encode())
    index["manifests"] = [{"mediaType": desc["mediaType"], "digest": manifest_digest, "size": manifest_size,
                           "annotations": {"org.opencontainers.image.ref.name": ref}}]
    with open(f"{out}/index.json", "w") as f:
        json.dump(index, f)


if __name__ == "__main__":
    main()
