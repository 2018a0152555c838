#!/usr/bin/env bash
# Real services from real images: nginx, redis and postgres built from Debian packages
# (images/build-workload.py, cached by `make workload-images`), pushed into a registry this
# test starts on loopback, pulled by `podrun apply` and run in one pod. nginx serves its page
# (to the host and to a second pod, by pod IP), redis answers PING, postgres accepts psql from
# another container over localhost, its shared memory in the pod's /dev/shm.
#
# usage: workload_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
#        (the images: $PODRUN_IMAGE_CACHE/<key>, where the Makefile puts them)
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
images=${PODRUN_IMAGE_CACHE:-/var/cache/podrun-test-images}/$(sha256sum "$src/images/build-workload.py" | cut -c1-12)
for n in nginx redis postgres; do
  [ -f "$images/$n/index.json" ] || { echo "$images/$n: not built (make workload-images): skipped"; exit 77; }
done
# shellcheck source=registry_lib.sh
. "$(dirname "$0")/registry_lib.sh"

P=$(free_port)
start_registry workloads "$P"
R=127.0.0.1:$P
for n in nginx redis postgres; do push oci:"$images/$n" "docker://$R/$n:bookworm"; done
expect "import busybox" pr image import "$busybox"

cat >"$work/services.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata: {name: services}
spec:
  terminationGracePeriodSeconds: 5
  containers:
  - {name: web, image: "$R/nginx:bookworm"}
  - {name: cache, image: "$R/redis:bookworm"}
  - name: db
    image: "$R/postgres:bookworm"
  - name: client
    image: "$R/postgres:bookworm"
    command: [sleep, "3600"]
---
apiVersion: v1
kind: Pod
metadata: {name: visitor}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
YAML
expect "apply: three images pulled from the registry" pr apply -q --insecure-registry "$R" -f "$work/services.yaml"
for n in nginx redis postgres; do
  expect_out "describe: $n pulled" "Successfully pulled image \"$R/$n:bookworm\"" pr describe pod services
done
ip=$(state_of services "s['podIP']")
# nginx: the host and another pod reach it by the pod's IP.
eventually "nginx serves its page to the host" 20 "Welcome to nginx" busybox wget -q -O - "http://$ip/"
expect_out "... and to another pod" "Welcome to nginx" pr exec visitor -- wget -q -O - "http://$ip/"
# (busybox's wget -T crashes on Debian 12: no timeout flag.) The workers run as www-data (33).
expect_out "nginx's workers run as www-data" "^[1-9]" pr exec services -c web -- sh -c 'grep -l "^Uid:[[:space:]]*33[[:space:]]" /proc/[0-9]*/status | wc -l'
# redis: PING from the client container over localhost (redis-cli from the redis image).
eventually "redis answers PING" 20 "^PONG$" pr exec services -c cache -- redis-cli -h 127.0.0.1 ping
expect_out "redis keeps a value" "^42$" pr exec services -c cache -- sh -c 'redis-cli set k 42 >/dev/null && redis-cli get k'
# postgres: psql from another container of the pod, over localhost.
eventually "postgres accepts psql from the client container" 60 "^ +1$" \
  pr exec services -c client -- psql -h 127.0.0.1 -U postgres -t -c 'select 1'
expect_out "postgres: a table written and read" "^ +42$" pr exec services -c client -- psql -h 127.0.0.1 -U postgres -t \
  -c 'create table t (x int); insert into t values (42); select x from t'
# Its dynamic shared memory is POSIX shm: in the pod's /dev/shm, which every container shares.
expect_out "postgres's shared memory in the pod's /dev/shm" "PostgreSQL\." pr exec services -c db -- ls /dev/shm
expect_out "... seen from the client container (one IPC namespace)" "PostgreSQL\." pr exec services -c client -- ls /dev/shm
expect_out "postgres runs as the postgres user" "^postgres$" pr exec services -c db -- sh -c 'stat -c %U /var/lib/postgresql/data'
expect "delete" pr delete pod services visitor --now

[ "$failed" -eq 0 ]
