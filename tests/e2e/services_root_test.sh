#!/usr/bin/env bash
# Services with real pods: a Deployment of three behind a ClusterIP Service, reached through
# its virtual IP from a pod and from the host (three distinct answers), by DNS names from
# inside a pod (short, FQDN, a headless Service and its StatefulSet's members; another name
# forwarded to an upstream resolver the test runs in its own netns); a rolling update under a loop of
# requests through the VIP without one failure; a pod made unready leaving the rotation;
# NodePort on a host address; and, with every Service deleted, no table, no dnsmasq, no files.
#
# usage: services_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
exec </dev/null
expect "import busybox" pr image import "$busybox"
command -v dnsmasq >/dev/null || { echo "dnsmasq: not installed (make's set-up installs dnsmasq-base): skipped"; exit 77; }

# An upstream resolver of the test's own, in a network namespace the test makes (a veth to the
# host, link-local addresses): the cluster DNS forwards other names to it, as to the host's
# resolvers, and nothing leaves the machine.
upstream_pid=""
upns=podrun-svc-up-$$
upveth=pvu$$
ip netns add "$upns"
ip link add "$upveth" type veth peer name up0 netns "$upns"
ip addr add 169.254.77.1/30 dev "$upveth" && ip link set "$upveth" up
ip -n "$upns" addr add 169.254.77.2/30 dev up0 && ip -n "$upns" link set up0 up && ip -n "$upns" link set lo up
ip netns exec "$upns" dnsmasq --keep-in-foreground --conf-file=/dev/null --no-hosts --no-resolv --pid-file= --user=root \
  --bind-interfaces --listen-address=169.254.77.2 --address=/outside.example/192.0.2.7 >/dev/null 2>&1 &
upstream_pid=$!
printf 'nameserver 169.254.77.2\n' >"$work/resolv.conf"
eventually "the test's upstream resolver answers in its namespace" 10 "192.0.2.7" busybox nslookup outside.example 169.254.77.2
stop_upstream() {
  [ -n "$upstream_pid" ] && kill "$upstream_pid" 2>/dev/null && wait "$upstream_pid" 2>/dev/null
  upstream_pid=""
  ip netns del "$upns" 2>/dev/null  # its end of the veth goes with it, and the host's end with that
}
finish() { stop_upstream; leak_check "after the suite"; report; }

# app VERSION: the Deployment (each replica serves its name and VERSION; Ready while it has an
# index page; a preStop pause so that it serves while it leaves the endpoints), the Services,
# a headless one with a member, and a client pod.
app() {
  cat >"$work/app.yaml" <<EOF
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: web-np}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 8080, nodePort: 30999}]
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  clusterIP: None
  selector: {app: db}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      terminationGracePeriodSeconds: 5
      containers:
      - name: httpd
        image: busybox
        imagePullPolicy: IfNotPresent
        env: [{name: VERSION, value: "$1"}]
        ports: [{name: http, containerPort: 8080}]
        command: [sh, -c, 'mkdir -p /www && echo "\$(hostname) \$VERSION" > /www/index.html && exec httpd -f -p 8080 -h /www']
        readinessProbe: {httpGet: {path: /index.html, port: 8080}, periodSeconds: 1, failureThreshold: 1}
        lifecycle: {preStop: {exec: {command: [sleep, "2"]}}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  podManagementPolicy: Parallel
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
---
apiVersion: v1
kind: Pod
metadata: {name: client}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sleep, "3600"]}
EOF
}
app one
expect "apply Services, a Deployment and pods" pr apply --resolv-conf "$work/resolv.conf" -f "$work/app.yaml"
expect_out "get services: a VIP from the service range" "^web +ClusterIP +10\.96\.0\.[0-9]+ +<none> +80/TCP " pr get services
expect_out "... a NodePort" "^web-np +NodePort +10\.96\.0\.[0-9]+ +<none> +8080:30999/TCP " pr get svc
expect_out "... a headless one" "^db +ClusterIP +None " pr get svc
vip=$(pr get svc web | awk '$1 == "web" {print $3}')
eventually "three endpoints" 60 "^web +[0-9.:]+,[0-9.:]+,[0-9.:]+ " pr get endpoints
expect_out "describe service: the three endpoints" "^Endpoints: +[0-9.]+:8080,[0-9.]+:8080,[0-9.]+:8080$" pr describe service web
expect_out "get endpointslices: the slice of web, its target port, three addresses" \
  "^web-[0-9a-f]{5} +IPv4 +8080 +[0-9.]+,[0-9.]+,[0-9.]+ " pr get endpointslices -l kubernetes.io/service-name=web
expect_out "... as discovery.k8s.io/v1 objects with conditions" '"ready": true' pr get endpointslices -o json
matches '"kind": "EndpointSlice"' "$out" && ok || bad "not EndpointSlice objects: $(head -5 <<<"$out")"
expect_out "the client's resolv.conf: the cluster DNS, the namespace's search list" \
  "search default.svc.cluster.local svc.cluster.local cluster.local" pr exec client -- cat /etc/resolv.conf
matches "^options ndots:5$" "$out" && ok || bad "no ndots:5: $out"

# through the VIP: every replica answers, from a pod and from the host.
# The controller process loads the rules at its next pass after the endpoints change (every
# half second, as kube-proxy syncs after the endpoints controller): then every replica answers.
svc_table=$(nft list tables | awk '/podrun_svc_/ {print $3}')
eventually "the VIP's rules send to three pods" 10 "^3$" sh -c "nft list table ip $svc_table | grep -c 'dnat to .*:8080 comment \"default/web:http\"'"
expect_out "the controllers' log: each line timed, with the process's name and pid" \
  "^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} controllers\[[0-9]+\] info: services: rules of 3 service\(s\) loaded$" \
  cat "$root/controllers/log"
# On a miss, what each request got, and where the table and the pods say the replicas are.
distinct() { grep "^web-" | sort -u | grep -c .; }  # replicas answer "NAME VERSION"
vip_miss() {
  bad "$1: $(sort "$2" | uniq -c | tr -s ' \n' ' ')"
  echo "  endpoints: $(pr get ep web 2>&1 | tail -1)"
  pr get pods -o wide 2>&1 | sed 's/^/  /'
  nft list table ip "$svc_table" 2>&1 | grep "dnat to" | sed 's/^ */  nft: /'
  ip neigh show dev podrun0 2>&1 | sed 's/^/  neigh: /'
  for p in $(pr get pods -l app=web -o name 2>/dev/null); do echo "  ${p#pod/}: hostname $(pr exec "${p#pod/}" -- hostname 2>&1)"; done
  tail -5 "$root/controllers/log" | sed 's/^/  controllers: /'
}
for _ in $(seq 1 30); do pr exec client -- wget -q -O - "http://$vip/" 2>&1 | cut -d' ' -f1-2; done >"$work/from-pod.txt"
n=$(cut -d' ' -f1 "$work/from-pod.txt" | distinct)
[ "$n" = 3 ] && ok || vip_miss "30 requests from a pod to the VIP reached $n replicas, not 3" "$work/from-pod.txt"
for _ in $(seq 1 30); do busybox wget -q -O - "http://$vip/" 2>&1 | cut -d' ' -f1-2; done >"$work/from-host.txt"
n=$(cut -d' ' -f1 "$work/from-host.txt" | distinct)
[ "$n" = 3 ] && ok || vip_miss "30 requests from the host to the VIP reached $n replicas, not 3" "$work/from-host.txt"

# DNS from inside a pod.
expect_out "DNS: the short name" " one$" pr exec client -- wget -q -O - http://web/
expect_out "DNS: the FQDN" "Address: $vip" pr exec client -- nslookup web.default.svc.cluster.local
eventually "the StatefulSet's two members" 30 "^db +2/2 " pr get statefulsets
dbip=$(state_of db-0 "s['podIP']")
db1ip=$(state_of db-1 "s['podIP']")
eventually "DNS: a headless Service names its pods" 10 "Address: $dbip" pr exec client -- nslookup db.default.svc.cluster.local
matches "Address: $db1ip" "$out" && ok || bad "db.default.svc.cluster.local does not name db-1 ($db1ip): $out"
expect_out "DNS: a StatefulSet member's own name" "Address: $dbip" pr exec client -- nslookup db-0.db.default.svc.cluster.local
expect_out "DNS: ... and the other member's" "Address: $db1ip" pr exec client -- nslookup db-1.db.default.svc.cluster.local
expect_out "a member's hostname is its name" "^db-1$" pr exec db-1 -- hostname
expect_out "DNS: an unknown cluster name is NXDOMAIN" "NXDOMAIN" pr exec client -- nslookup nothing.default.svc.cluster.local
expect_out "DNS: another name is forwarded upstream (the test's resolver, in its own netns)" "Address: 192.0.2.7" pr exec client -- nslookup outside.example

# NodePort, on an address of the host's own (the pod network's gateway).
gw=$(ip -4 -o addr show dev podrun0 2>/dev/null | awk '{print $4}' | cut -d/ -f1)
[ -n "$gw" ] && expect_out "NodePort on the host's address" " one$" busybox wget -q -O - "http://$gw:30999/" || bad "no podrun0 address"

# A rolling update under a loop of requests through the VIP: not one fails (maxUnavailable
# 0, readiness, endpoints updated as pods leave, a preStop pause to drain).
pr exec client -- sh -c 'i=0; while [ $i -lt 300 ]; do wget -q -O - http://web/ >/dev/null 2>&1 || echo FAIL; i=$((i+1)); sleep 0.05; done; echo DONE' \
  >"$work/loop.txt" 2>&1 &
loop=$!
sleep 1
app two
expect_out "apply a new template" "^deployment/web configured$" pr apply --resolv-conf "$work/resolv.conf" -f "$work/app.yaml"
expect_out "the rollout finishes" "successfully rolled out" pr rollout status deployment/web --timeout 90s
wait "$loop"
grep -q DONE "$work/loop.txt" && [ "$(grep -c FAIL "$work/loop.txt")" = 0 ] && ok ||
  bad "requests through the VIP failed during the rollout: $(grep -c FAIL "$work/loop.txt") of 300 ($(tail -2 "$work/loop.txt"))"
eventually "after the rollout the VIP serves version two" 20 " two$" pr exec client -- wget -q -O - http://web/

# A pod made unready leaves the rotation, and comes back.
victim=$(pr get pods -l app=web | awk 'NR > 1 && $3 == "Running" && $2 == "1/1" {print $1; exit}')
vip_of_victim=$(state_of "$victim" "s['podIP']")
expect "make $victim unready" pr exec "$victim" -- mv /www/index.html /www/away.html
eventually "... it leaves the endpoints" 15 "^web +[0-9.:]+,[0-9.:]+ +" pr get ep web
! matches "$vip_of_victim" "$out" && ok || bad "the unready pod is still an endpoint: $out"
n=$(for _ in $(seq 1 30); do pr exec client -- wget -q -O - http://web/ 2>/dev/null | cut -d' ' -f1; echo; done | grep -c "^$victim$")
[ "$n" = 0 ] && ok || bad "the unready pod answered $n of 30 requests"
expect "... ready again" pr exec "$victim" -- mv /www/away.html /www/index.html
eventually "... back in the endpoints" 15 "$vip_of_victim" pr get ep web

# Everything deleted: no table, no dnsmasq, no files.
expect "delete the Deployment" pr delete deployment web --now
expect "delete the StatefulSet" pr delete statefulset db --now
expect "delete the pod" pr delete pod client --now
expect_out "delete the Services" 'service "web" deleted' pr delete service web web-np db
eventually "the services' table goes" 10 "^none$" sh -c "nft list tables | grep -q podrun_svc_ && echo some || echo none"
eventually "the cluster DNS goes" 10 "^gone$" sh -c "[ -e '$root/dns' ] && echo there || echo gone"
stop_upstream
