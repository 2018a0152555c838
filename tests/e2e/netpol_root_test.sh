#!/usr/bin/env bash
# NetworkPolicy with real connections between real pods, enforced by the controller process's
# nftables tables: with no policy everything connects; default-deny ingress isolates every pod
# of a namespace (the host, as the node, still reaches them); an allow rule by pod label, by
# namespace label, and by ipBlock with an `except`; egress denied except DNS (a real lookup
# through the cluster DNS still answers); and, with the policies deleted, connections come back
# and no table is left.
#
# usage: netpol_root_test.sh PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"
exec </dev/null
expect "import busybox" pr image import "$busybox"

# reach FROM_NS FROM_POD IP PORT: "reached" when an HTTP request from the pod gets an answer
# within 2 s, else "refused" (a dropped SYN times out).
reach() {
  if pr exec -n "$1" "$2" -- timeout 2 wget -q -O - "http://$3:$4/hostname" >/dev/null 2>&1; then echo reached; else echo refused; fi
}
ip_of() { pr get pod -n "$1" "$2" -o json | python3 -c "import json,sys; print(json.load(sys.stdin)['status'].get('podIP',''))"; }
table() { nft list tables 2>/dev/null | awk '$3 ~ /^podrun_np_/ {print $3}' | sort -u; }

cat >"$work/pods.yaml" <<'EOF'
apiVersion: v1
kind: Namespace
metadata: {name: np-a}
---
apiVersion: v1
kind: Namespace
metadata: {name: np-b, labels: {team: friends}}
---
apiVersion: v1
kind: Namespace
metadata: {name: np-c}
---
apiVersion: v1
kind: Service
metadata: {name: srv, namespace: np-a}
spec:
  selector: {app: srv}
  ports: [{port: 80, targetPort: 8080}]
EOF
pod() {  # pod NS NAME LABELS COMMAND: a busybox pod
  cat >>"$work/pods.yaml" <<EOF
---
apiVersion: v1
kind: Pod
metadata: {name: $2, namespace: $1, labels: {$3}}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - {name: c, image: busybox, imagePullPolicy: IfNotPresent, command: [sh, -c, '$4']}
EOF
}
serve='hostname > /tmp/hostname && exec httpd -f -p 8080 -h /tmp'
pod np-a srv "app: srv" "$serve"
pod np-a good "role: client" "$serve"
pod np-a evil "role: other" "$serve"
pod np-b friend "role: any" "$serve"
pod np-c stranger "role: client" "$serve"
expect "apply namespaces, pods and a Service" pr apply -f "$work/pods.yaml"
for p in np-a/srv np-a/good np-a/evil np-b/friend np-c/stranger; do
  eventually "$p runs" 30 " Running " pr get pod -n "${p%/*}" "${p#*/}"
done
srv=$(ip_of np-a srv)
good=$(ip_of np-a good)
evil=$(ip_of np-a evil)

# IPv6: every pod's eth0 has a link-local address, which no policy names.
srv6=$(pr exec -n np-a srv -- ip -6 addr show dev eth0 | awk '/inet6 fe80/ {print $2}' | cut -d/ -f1)
reach6() {
  if pr exec -n "$1" "$2" -- timeout 2 wget -q -O - "http://[$3%eth0]:8080/hostname" >/dev/null 2>&1; then echo reached; else echo refused; fi
}
# No policy: every pod reaches srv.
for p in np-a/good np-a/evil np-b/friend np-c/stranger; do
  expect_out "no policy: $p reaches srv" "^reached$" reach "${p%/*}" "${p#*/}" "$srv" 8080
done
if [ -n "$srv6" ]; then
  # (eventually: a fresh eth0's link-local address is tentative until duplicate address detection ends)
  eventually "no policy: good reaches srv's IPv6 link-local address too" 10 "^reached$" reach6 np-a good "$srv6"
fi

# 1. Default deny ingress in np-a: srv and good are isolated; the host (the node) still reaches srv.
cat >"$work/deny.yaml" <<'EOF'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny-ingress, namespace: np-a}
spec:
  podSelector: {}
  policyTypes: [Ingress]
EOF
expect_out "apply default-deny-ingress" "^networkpolicy/default-deny-ingress created$" pr apply -f "$work/deny.yaml"
eventually "default deny: good no longer reaches srv" 10 "^refused$" reach np-a good "$srv" 8080
expect_out "... nor does a pod of another namespace" "^refused$" reach np-b friend "$srv" 8080
expect_out "... nor srv good" "^refused$" reach np-a srv "$good" 8080
if [ -n "$srv6" ]; then
  expect_out "... nor IPv6 around the policy: good to srv's link-local address" "^refused$" reach6 np-a good "$srv6"
fi
if busybox timeout 2 wget -q -O - "http://$srv:8080/hostname" >/dev/null 2>&1; then ok; else bad "the host no longer reaches srv"; fi
expect_out "get networkpolicies" "^default-deny-ingress +<none> " pr get netpol -n np-a
# Egress is not isolated: srv still reaches a pod of another namespace.
expect_out "... egress not isolated: srv reaches friend" "^reached$" reach np-a srv "$(ip_of np-b friend)" 8080

# 2. Allow from a label (in np-a) and from a namespace label, on port 8080 only.
cat >"$work/allow.yaml" <<'EOF'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: srv-allow, namespace: np-a}
spec:
  podSelector: {matchLabels: {app: srv}}
  ingress:
  - from:
    - podSelector: {matchLabels: {role: client}}
    - namespaceSelector: {matchLabels: {team: friends}}
    ports: [{protocol: TCP, port: 8080}]
EOF
expect "apply srv-allow" pr apply -f "$work/allow.yaml"
expect_out "describe networkpolicy: whom it lets in" "^      NamespaceSelector: team=friends$" pr describe networkpolicy -n np-a srv-allow
matches "^    To Port: 8080/TCP$" "$out" && matches "^  Not affecting egress traffic$" "$out" && ok || bad "describe networkpolicy: $out"
eventually "allow by label: good reaches srv" 10 "^reached$" reach np-a good "$srv" 8080
expect_out "... evil (another label) does not" "^refused$" reach np-a evil "$srv" 8080
expect_out "allow by namespace label: friend (np-b) reaches srv" "^reached$" reach np-b friend "$srv" 8080
expect_out "... stranger (np-c, role=client: the label counts in np-a only) does not" "^refused$" reach np-c stranger "$srv" 8080
expect_out "... through the Service's VIP too: good reaches srv" "^reached$" reach np-a good "$(pr get svc -n np-a srv | awk '$1 == "srv" {print $3}')" 80
expect_out "... and evil does not" "^refused$" reach np-a evil "$(pr get svc -n np-a srv | awk '$1 == "srv" {print $3}')" 80
expect "delete srv-allow" pr delete networkpolicy -n np-a srv-allow

# 3. ipBlock with except: the pod network, except evil's address.
cat >"$work/block.yaml" <<EOF
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: srv-block, namespace: np-a}
spec:
  podSelector: {matchLabels: {app: srv}}
  ingress:
  - from: [{ipBlock: {cidr: ${srv%.*.*}.0.0/16, except: [$evil/32]}}]
EOF
expect "apply srv-block" pr apply -f "$work/block.yaml"
eventually "ipBlock: good reaches srv" 10 "^reached$" reach np-a good "$srv" 8080
expect_out "... stranger (np-c) too: addresses, not namespaces" "^reached$" reach np-c stranger "$srv" 8080
expect_out "... evil, the except, does not" "^refused$" reach np-a evil "$srv" 8080
expect "delete srv-block and default-deny-ingress" pr delete networkpolicy -n np-a srv-block default-deny-ingress
eventually "no policy in np-a: evil reaches srv again" 10 "^reached$" reach np-a evil "$srv" 8080

# 4. Egress denied except DNS: good resolves names through the cluster DNS, reaches nothing else.
cat >"$work/egress.yaml" <<'EOF'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: good-dns-only, namespace: np-a}
spec:
  podSelector: {matchLabels: {role: client}}
  policyTypes: [Egress]
  egress:
  - ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]
EOF
expect "apply good-dns-only" pr apply -f "$work/egress.yaml"
eventually "egress: good no longer reaches srv" 10 "^refused$" reach np-a good "$srv" 8080
expect_out "... evil (not selected) still does" "^reached$" reach np-a evil "$srv" 8080
expect_out "... good still resolves a Service's name (UDP 53 to the cluster DNS)" "Address: [0-9.]+" \
  pr exec -n np-a good -- nslookup srv.np-a.svc.cluster.local
expect_out "... and srv reaches good (ingress is not isolated)" "^reached$" reach np-a srv "$good" 8080

# 5. Everything deleted: connections come back, no table is left.
expect "delete the last policy" pr delete -n np-a netpol good-dns-only
eventually "the policies' tables go" 10 "^none$" sh -c "nft list tables | grep -q podrun_np_ && echo some || echo none"
expect_out "good reaches srv again" "^reached$" reach np-a good "$srv" 8080
expect "delete the Service" pr delete service -n np-a srv
expect "delete the namespaces" pr delete namespace np-a np-b np-c --now

# 6. The worked example (manifests/app/): the StatefulSet's members answer the storefront by
#    their stable names, and refuse any other pod.
if pr diff -f "$src/manifests/app/" >"$work/diff" 2>&1; then bad "diff before apply: no difference"; else ok; fi
matches '^\+kind: StatefulSet$' "$(cat "$work/diff")" && ok || bad "diff before apply does not show the StatefulSet: $(head -5 "$work/diff")"
expect "apply manifests/app/" pr apply -f "$src/manifests/app/"
expect "diff after apply: every object (workloads, Services, the NetworkPolicy) as stored" pr diff -f "$src/manifests/app/"
sed 's/replicas: 2/replicas: 3/' "$src/manifests/app/kv.yaml" >"$work/kv3.yaml"
expect_out "diff of a changed StatefulSet: its spec and generation" '^\+  replicas: 3$' pr diff -f "$work/kv3.yaml"
matches '^\+  generation: 2$' "$out" && ok || bad "diff does not show the next generation: $out"
pr apply -f "$(one_pod outsider "" "" ", command: [sleep, \"3600\"]")" >/dev/null 2>&1
eventually "the kv StatefulSet Ready" 60 "^kv +2/2 " pr get statefulsets
eventually "the storefront Ready" 60 "^storefront +2/2 " pr get deployments
front=$(pr get pods -l app=storefront | awk 'NR == 2 {print $1}')
eventually "the storefront reaches kv-0 by name" 10 "^kv-0$" pr exec "$front" -- timeout 2 wget -q -O - http://kv-0.kv:8080/who
expect_out "another pod does not" "^refused$" reach default outsider "$(ip_of default kv-0)" 8080
expect "delete manifests/app/" pr delete -f "$src/manifests/app/" --now
expect "delete outsider" pr delete pod outsider --now
