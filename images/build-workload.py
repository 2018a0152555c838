#!/usr/bin/env python3
"""Builds small real images of nginx, redis and postgres from Debian packages, as OCI layouts.

usage: images/build-workload.py NAME OUTDIR      NAME: nginx, redis or postgres

Each image is Debian 12 (bookworm) made by mmdebstrap (variant essential: dpkg's essential
set, no apt) with the service's packages, documentation and locales left out, as one gzip
layer. Its config runs the service in the foreground the way the Docker Hub images do:

  nginx     nginx-light; `nginx -g "daemon off;"`, port 80, the Debian default page
  redis     redis-server and redis-cli; `redis-server --protected-mode no`, port 6379
  postgres  postgresql-15 and psql; docker-entrypoint.sh initialises a trust-auth cluster
            in $PGDATA on first start, then execs postgres as user postgres; port 5432

mmdebstrap fetches the packages from the machine's apt sources (the same ones the set-up
installs from); it needs root. Building one takes about a minute here; tests/CMakeLists.txt
caches the layouts outside the repository (PODRUN_IMAGE_CACHE, default
/var/cache/podrun-test-images), keyed by this file's content.
"""
import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

PG_ENTRYPOINT = """#!/bin/sh
# Initialises the cluster on first start (trust authentication, as POSTGRES_HOST_AUTH_METHOD=trust
# does in the Docker Hub image), then runs postgres in the foreground as the postgres user.
set -e
: "${PGDATA:=/var/lib/postgresql/data}"
if [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA" /run/postgresql
  chown postgres:postgres "$PGDATA" /run/postgresql
  chmod 700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  initdb -D "$PGDATA" --auth=trust --username=postgres --encoding=UTF8 --locale=C >/dev/null
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
  echo "host all all 0.0.0.0/0 trust" >> "$PGDATA/pg_hba.conf"
fi
exec "$@"
"""

IMAGES = {
    "nginx": {
        "packages": ["nginx-light"],
        "config": {"Entrypoint": ["nginx", "-g", "daemon off;"], "ExposedPorts": {"80/tcp": {}},
                   "StopSignal": "SIGQUIT"},
    },
    "redis": {
        "packages": ["redis-server", "redis-tools"],
        "config": {"Entrypoint": ["redis-server"], "Cmd": ["--protected-mode", "no", "--save", ""],
                   "ExposedPorts": {"6379/tcp": {}}},
    },
    "postgres": {
        "packages": ["postgresql-15", "postgresql-client-15", "util-linux"],
        "config": {"Entrypoint": ["/usr/local/bin/docker-entrypoint.sh"], "Cmd": ["postgres"],
                   "Env": ["PGDATA=/var/lib/postgresql/data"], "ExposedPorts": {"5432/tcp": {}},
                   "StopSignal": "SIGINT"},
        "extra": {"usr/local/bin/docker-entrypoint.sh": (PG_ENTRYPOINT, 0o755)},
        "path": "/usr/lib/postgresql/15/bin:",
    },
}


def sha(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()


def main():
    name, out = sys.argv[1], sys.argv[2]
    spec = IMAGES[name]
    with tempfile.TemporaryDirectory() as tmp:
        rootfs_tar = os.path.join(tmp, "rootfs.tar")
        subprocess.run(["mmdebstrap", "--quiet", "--variant=essential", "--include=" + ",".join(spec["packages"]),
                        "--format=tar",
                        "--dpkgopt=path-exclude=/usr/share/doc/*", "--dpkgopt=path-exclude=/usr/share/man/*",
                        "--dpkgopt=path-exclude=/usr/share/locale/*", "--dpkgopt=path-exclude=/usr/share/info/*",
                        # Services are started by the container, never by the package's scripts.
                        "--customize-hook=rm -f \"$1\"/etc/nginx/sites-enabled/default || true",
                        "bookworm", rootfs_tar], check=True)
        # The service's extra files appended as a second tar stream, then the whole thing
        # re-read once into one layer (tar order kept; later entries win, as in a layer).
        raw = io.BytesIO()
        with tarfile.open(rootfs_tar) as src, tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as dst:
            for m in src:
                dst.addfile(m, src.extractfile(m) if m.isfile() else None)
            for path, (text, mode) in spec.get("extra", {}).items():
                data = text.encode()
                info = tarfile.TarInfo(path)
                info.size, info.mode, info.mtime = len(data), mode, 1700000000
                dst.addfile(info, io.BytesIO(data))
            if name == "nginx":
                conf = b"server {\n  listen 80 default_server;\n  root /var/www/html;\n  index index.html index.nginx-debian.html;\n}\n"
                info = tarfile.TarInfo("etc/nginx/conf.d/default.conf")
                info.size, info.mode, info.mtime = len(conf), 0o644, 1700000000
                dst.addfile(info, io.BytesIO(conf))
        raw = raw.getvalue()
    layer = gzip.compress(raw, compresslevel=6, mtime=0)
    os.makedirs(os.path.join(out, "blobs", "sha256"), exist_ok=True)

    def blob(b):
        d = sha(b)
        with open(os.path.join(out, "blobs", "sha256", d[7:]), "wb") as f:
            f.write(b)
        return d

    cfg = dict(spec["config"])
    cfg["Env"] = ["PATH=" + spec.get("path", "") + "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"] + cfg.get("Env", [])
    config = json.dumps({"architecture": "amd64", "os": "linux", "config": cfg,
                         "rootfs": {"type": "layers", "diff_ids": [sha(raw)]},
                         "history": [{"created_by": "images/build-workload.py " + name}]}).encode()
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                           "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": blob(config),
                                      "size": len(config)},
                           "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": blob(layer),
                                       "size": len(layer)}]}).encode()
    with open(os.path.join(out, "index.json"), "w") as f:
        json.dump({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
                                                      "digest": blob(manifest), "size": len(manifest),
                                                      "annotations": {"org.opencontainers.image.ref.name": name}}]}, f)
    with open(os.path.join(out, "oci-layout"), "w") as f:
        f.write('{"imageLayoutVersion": "1.0.0"}')
    print("%s: %s (%d MB compressed)" % (name, sha(manifest), len(layer) >> 20))


main()
