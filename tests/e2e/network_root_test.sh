#!/usr/bin/env bash
# The pod network on real pods (root): a bridge of the test's own (podrun-test0,
# 10.199.0.0/24), an address per pod, pod-to-pod and host-to-pod traffic (only the bridge and
# the pods' own addresses are contacted), the containers of a pod sharing its address,
# /etc/hosts and the downward API's status.podIP, 50 pods applied from 4 processes at once,
# hostNetwork without a veth, a subnet that clashes with a host route refused, and nothing
# left after delete and gc (veths, allocations, the bridge).
#
# usage: network_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"  # set -uo pipefail, root check, $work, $root, $store, finish
BR=podrun-test0
NET=10.199.0.0/24
veths() { pod_veths; }
finish() {
  ip netns del podrun-test-out 2>/dev/null; ip link del prtest-host 2>/dev/null
  leak_check "after the suite"  # deletes what is left, runs gc, checks veths
  [ ! -e "/sys/class/net/$BR" ] && ok || bad "gc left the bridge $BR"
  expect_fail "gc removed podrun's nftables table with the bridge" nft list table ip podrun_podrun_test0
  report
}
trap finish EXIT
net() { pr apply --bridge "$BR" --subnet "$NET" "$@"; }
pod() { printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s}\nspec:\n%s\n' "$1" "$2" >"$work/$1.yaml"; echo "$work/$1.yaml"; }
C='image: busybox, imagePullPolicy: IfNotPresent'
ip_of() { state_of "$1" "s['podIP']"; }
# This root's entries in the bridge's allocation table (machine-wide: every root shares it).
own_allocations() {
  [ -e "/run/podrun-net/$BR.json" ] || { echo "{}"; return; }  # gc removes the table with the bridge
  python3 -c "import json; t=json.load(open('/run/podrun-net/$BR.json')); print(json.dumps({k: v for k, v in t['allocations'].items() if v.startswith('$root/')}))"
}
expect "import busybox" pr image import "$busybox"

# --- Two pods, each with an address; traffic between them and from the host --------------------
m=$(pod web "  terminationGracePeriodSeconds: 1
  containers:
  - {name: httpd, $C, command: [sh, -c, 'mkdir -p /www && echo hello-from-web > /www/index.html && exec httpd -f -p 8080 -h /www'], ports: [{containerPort: 8080}]}
  - {name: sidekick, $C, command: [sleep, '3600'], env: [{name: MY_IP, valueFrom: {fieldRef: {fieldPath: status.podIP}}}]}")
expect "apply web" net -f "$m"
m=$(pod client "  terminationGracePeriodSeconds: 1
  containers:
  - {name: main, $C, command: [sleep, '3600']}")
expect "apply client" net -f "$m"
web=$(ip_of web); client=$(ip_of client)
expect_out "web has an address on the pod network" "^10\.199\.0\.[0-9]+$" echo "$web"
[ -n "$client" ] && [ "$web" != "$client" ] && ok || bad "two pods, two addresses: $web $client"
expect_out "get -o wide shows it" "web +2/2 +Running .* $web " pr get pods -o wide
expect_out "get -o json: status.podIP" "\"podIP\": \"$web\"" pr get pod web -o json
expect_out "describe: IP" "^IP: +$web$" pr describe pod web
sleep 0.3
expect_out "client reaches web by its address" "^hello-from-web$" pr exec client -- wget -q -O - "http://$web:8080/"
expect_out "the host reaches web by its address" "^hello-from-web$" busybox wget -q -O - "http://$web:8080/"
expect_out "the containers of a pod share its address" "inet $web/24" pr exec web -c sidekick -- ip -4 addr show eth0
expect_out "… and its localhost" "^hello-from-web$" pr exec web -c sidekick -- wget -q -O - http://127.0.0.1:8080/
expect_out "the default route goes via the bridge" "^default via 10\.199\.0\.1 dev eth0" pr exec client -- ip route
expect_out "/etc/hosts: the pod's address and hostname" "^$web[[:space:]]+web$" pr exec web -c sidekick -- cat /etc/hosts
expect_out "/etc/hostname" "^web$" pr exec web -c sidekick -- cat /etc/hostname
expect_out "the downward API's status.podIP" "^MY_IP=$web$" pr exec web -c sidekick -- env
expect_out "the two pods do not share a network namespace" "the kernel matches the plan" pr matrix web client
expect_out "the bridge has the host's address" "inet 10\.199\.0\.1/24" ip -4 addr show "$BR"

# A pod's veth is named for its network namespace (pr + the inode /proc/PID/ns/net shows):
# deleted and applied again at once, the pod never meets its old veth, which goes with the old
# namespace when the kernel gets to it.
netns_of() { stat -L -c %i "/proc/$(state_of "$1" "s['pause']['pid']")/ns/net"; }
first=$(netns_of client)
[ -e "/sys/class/net/$BR/brif/pr$first" ] && ok || bad "client's veth is not pr$first on the bridge: $(ls "/sys/class/net/$BR/brif")"
expect "delete client" pr delete pod client --now
expect "apply client again at once" net -f "$work/client.yaml"
second=$(netns_of client)
[ "$second" != "$first" ] && [ -e "/sys/class/net/$BR/brif/pr$second" ] && ok ||
  bad "the re-applied client's veth is not pr$second on the bridge: $(ls "/sys/class/net/$BR/brif")"
[ "$(ip_of client)" != "" ] && ok || bad "the re-applied client has no address"
sleep 0.3
expect_out "… and it reaches web" "^hello-from-web$" pr exec client -- wget -q -O - "http://$web:8080/"
expect "delete client" pr delete pod client --now
expect "delete web" pr delete pod web --now
sleep 0.3
expect_out "their allocations are released" "^\{\}$" own_allocations
leak_check "after two pods"

# --- Two state roots on one bridge: one subnet, so one allocation table for both ---------------
root2=$work/root2
pr2() { "$podrun" --root "$root2" --storage "$store" "$@"; }
m=$(pod one "  terminationGracePeriodSeconds: 1
  containers:
  - {name: main, $C, command: [sleep, '3600']}")
expect "apply a pod in the first root" net -f "$m"
expect "apply a pod of the same name in a second root, on the same bridge" pr2 apply --bridge "$BR" --subnet "$NET" -f "$m"
a1=$(ip_of one)
a2=$(python3 -c "import json; print(json.load(open('$root2/pods/default/one/state.json'))['podIP'])")
[ -n "$a1" ] && [ -n "$a2" ] && [ "$a1" != "$a2" ] && ok || bad "two roots on one bridge handed out one address: $a1 $a2"
expect_out "each root's pod answers at its own address" " 0% packet loss" busybox ping -c 1 -W 2 "$a2"
expect "gc of the first root" pr gc
expect_out "… keeps the second root's running pod's address" "\"$a2\"" python3 -c "import json; print(json.dumps(json.load(open('/run/podrun-net/$BR.json'))['allocations']))"
expect "delete the second root's pod" pr2 delete pod one --now
expect "delete the first root's pod" pr delete pod one --now
expect_out "neither root left an allocation" "^\{\}$" python3 -c "import json; t=json.load(open('/run/podrun-net/$BR.json')); print(json.dumps({k: v for k, v in t['allocations'].items() if v.startswith('$work/')}))"

# --- hostPort: the host's port reaches the pod, from 127.0.0.1 too; a second claim is refused ----
m=$(pod hp "  terminationGracePeriodSeconds: 1
  containers:
  - {name: httpd, $C, command: [sh, -c, 'mkdir -p /www && echo via-hostport > /www/index.html && exec httpd -f -p 8080 -h /www'], ports: [{containerPort: 8080, hostPort: 38081}]}")
expect "apply a pod with hostPort 38081" net -f "$m"
sleep 0.3
expect_out "127.0.0.1:38081 reaches the pod's 8080" "^via-hostport$" busybox wget -q -O - http://127.0.0.1:38081/
head -c 300000 /dev/urandom >"$work/big.bin"
expect "copy 300 KB into the pod" sh -c "$podrun --root $root --storage $store exec -i hp -- sh -c 'cat > /www/big.bin' < $work/big.bin"
expect "300 KB come back intact through the relay" sh -c "busybox wget -q -O - http://127.0.0.1:38081/big.bin | cmp - $work/big.bin"
m=$(pod hp-twin "  containers:
  - {name: httpd, $C, command: [sleep, '3600'], ports: [{containerPort: 8080, hostPort: 38081}]}")
expect_out "a second pod asking for the same hostPort is refused" "hostPort 38081 .*Address (already )?in use" net -f "$m"
[ ! -e "$root/pods/default/hp-twin" ] && ok || bad "the refused pod left its directory"
expect "delete hp" pr delete pod hp --now
expect_fail "the host port is free again" busybox wget -q -O - http://127.0.0.1:38081/

# --- hostNetwork: no address of its own, no veth ---------------------------------------------
before=$(veths)
expect "apply the hostNetwork lesson" net -f "$src/manifests/host-network.yaml"
expect_out "a hostNetwork pod has no pod address" "host-net +1/1 +Running .* <none> " pr get pods -o wide
new=$(comm -13 <(echo "$before") <(veths))  # (a deleted pod's veth may still be going away)
[ -z "$new" ] && ok || bad "a hostNetwork pod got a veth: $new"
expect "delete host-net" pr delete pod host-net --now

# --- A subnet that overlaps a route of this host is refused --------------------------------------
route=$(awk 'NR > 1 && $8 != "00000000" && $1 != "'"$BR"'" {print $1, $2, $8; exit}' /proc/net/route)
if [ -n "$route" ]; then
  cidr=$(python3 -c "
import socket, struct, sys
iface, d, m = sys.argv[1:]
d = socket.inet_ntoa(struct.pack('<I', int(d, 16))); m = bin(int(m, 16)).count('1')
print('%s/%d' % (d, m))" $route)
  m=$(pod clash "  containers:
  - {name: main, $C, command: [sleep, '3600']}")
  expect_out "a clashing subnet is refused, naming the route" "overlaps the route .*$cidr" pr apply --bridge prclash0 --subnet "$cidr" -f "$m"
  [ ! -e /sys/class/net/prclash0 ] && ok || bad "a refused network left its bridge"
  [ ! -e "$root/pods/default/clash" ] && ok || bad "a refused pod left its directory"
else
  echo "no non-default IPv4 route on this host: the clash check is not run"
fi

# --- Outbound traffic is masqueraded: a server in a namespace of this test's own ("outside",
#     reached through the host) sees the host's address, not the pod's ----------------------
OUT=podrun-test-out
ip netns add $OUT
ip link add prtest-host type veth peer name prtest-out
ip link set prtest-out netns $OUT
ip addr add 198.18.99.1/30 dev prtest-host && ip link set prtest-host up
ip netns exec $OUT ip addr add 198.18.99.2/30 dev prtest-out
ip netns exec $OUT ip link set prtest-out up
ip netns exec $OUT ip link set lo up
ip netns exec $OUT python3 -c "
import socket
s = socket.socket(); s.bind(('198.18.99.2', 9999)); s.listen(1); s.settimeout(20)
c, a = s.accept(); c.sendall((a[0] + '\n').encode()); c.close()" &
server=$!
# Listening before the pod connects: python's start-up is slow on a busy machine.
for _ in $(seq 100); do [ -n "$(ip netns exec $OUT ss -Hltn 'sport = :9999')" ] && break; sleep 0.05; done
m=$(pod outbound "  terminationGracePeriodSeconds: 1
  containers:
  - {name: main, $C, command: [sleep, '3600']}")
expect "apply outbound" net -f "$m"
sleep 0.3
expect_out "the outside sees the host's address (masqueraded), not the pod's" "^198\.18\.99\.1$" pr exec outbound -- nc 198.18.99.2 9999
expect_out "podrun's nftables table is there" "masquerade" nft list table ip podrun_podrun_test0
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null
ip netns del $OUT; ip link del prtest-host 2>/dev/null
expect "delete outbound" pr delete pod outbound --now

# --- 50 pods from 4 processes at once: 50 addresses, all reachable --------------------------------
for i in $(seq 1 50); do
  pod "many-$i" "  terminationGracePeriodSeconds: 1
  containers:
  - {name: main, $C, command: [sleep, '3600']}" >/dev/null
done
seq 1 50 | xargs -P 4 -I{} "$podrun" --root "$root" --storage "$store" apply --bridge "$BR" --subnet "$NET" -f "$work/many-{}.yaml" >"$work/many.out" 2>&1
n=$(grep -c "created" "$work/many.out")
[ "$n" = 50 ] && ok || bad "50 concurrent applies: $n created: $(grep -v created "$work/many.out" | head -3)"
ips=$(for i in $(seq 1 50); do ip_of "many-$i"; done | sort -u | grep -c .)
[ "$ips" = 50 ] && ok || bad "50 pods got $ips distinct addresses"
unreachable=0
for i in $(seq 1 50); do busybox ping -c 1 -W 1 "$(ip_of "many-$i")" >/dev/null 2>&1 || unreachable=$((unreachable + 1)); done
[ "$unreachable" = 0 ] && ok || bad "$unreachable of 50 pods did not answer a ping from the host"
pods=$(seq 1 50 | sed 's/^/many-/')
expect "delete the 50 pods at once" pr delete pod $pods --now
pr gc >"$work/gc.out" 2>&1
expect_out "gc: the bridge goes with the last pod" "bridge/$BR deleted" cat "$work/gc.out"
expect_out "… and its address table" "addresses/$BR deleted" cat "$work/gc.out"
[ ! -e "/run/podrun-net/$BR.json" ] && ok || bad "gc left /run/podrun-net/$BR.json"
sleep 0.5
expect_out "no allocation is left" "^\{\}$" own_allocations
new=$(comm -13 <(echo "$veths_before") <(veths))
[ -z "$new" ] && ok || bad "veths left after delete: $(echo $new | head -c 200)"
