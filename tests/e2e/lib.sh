# Shared by the root shell tests: the suite's set-up, checks that count, and a leak check
# around the whole suite. Sourced first by each tests/e2e/*_root_test.sh, with the script's
# arguments (PODRUN SOURCE_DIR BUSYBOX_OCI_LAYOUT ...): skips the suite (77) when not root, and
# gives it podrun, src, busybox, a fresh $work with $root and $store, and a `finish` run at
# exit (leak check, $work removed, the counts) that a suite may replace.
# shellcheck shell=bash
set -uo pipefail
podrun=$1
src=$2
busybox=$3
if [ "$(id -u)" -ne 0 ]; then echo "not root: skipped"; exit 77; fi
work=$(mktemp -d "/tmp/podrun-$(basename "$0" _root_test.sh)-test-XXXXXX")
root=$work/root
store=$work/store
# The counts, and the suite's exit status: 1 when any check failed, the leak check's included
# (a suite's own last line cannot say it: the leak check runs after it).
report() {
  rm -rf "$work"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] || exit 1
}
finish() { leak_check "after the suite"; report; }
trap finish EXIT
# Tests talk to loopback only: a pull that would leave the machine (a test naming a Docker Hub
# image by mistake) goes to a proxy that is not there, and fails at once. Only podrun's
# environment: the suites' own wget and curl reach pods directly.
pr() {
  HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 http_proxy=http://127.0.0.1:9 NO_PROXY=127.0.0.1,127.0.0.2,localhost \
    "$podrun" --root "$root" --storage "$store" "$@"
}
passed=0 failed=0
# matches REGEX TEXT: TEXT has a line matching REGEX. Not `echo | grep -q` under pipefail: grep
# exits at the first match, and bash's echo, line-buffered, then dies of SIGPIPE writing the
# rest, which fails the pipeline on a match.
matches() { grep -Eq -- "$1" <<<"$2"; }
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }
expect() {  # expect NAME COMMAND...: the command succeeds
  local name=$1; shift
  if out=$("$@" 2>&1); then ok; else bad "$name: exit $? from $*: $(echo "$out" | head -3)"; fi
}
expect_fail() {
  local name=$1; shift
  if out=$("$@" 2>&1); then bad "$name: succeeded, should have failed: $(echo "$out" | head -2)"; else ok; fi
}
expect_out() {  # expect_out NAME REGEX COMMAND...: the command's output matches
  local name=$1 re=$2; shift 2
  out=$("$@" 2>&1)
  if matches "$re" "$out"; then ok; else bad "$name: /$re/ not in: $(echo "$out" | head -5)"; fi
}
# eventually NAME SECONDS REGEX COMMAND...: the output matches within SECONDS (polled).
eventually() {
  local name=$1 secs=$2 re=$3; shift 3
  local until=$((SECONDS + secs))
  while :; do
    out=$("$@" 2>&1)
    if matches "$re" "$out"; then ok; return; fi
    if [ "$SECONDS" -ge "$until" ]; then bad "$name: /$re/ not seen within ${secs}s: $(echo "$out" | head -5)"; return; fi
    sleep 0.2
  done
}
# one_pod NAME METADATA_EXTRA SPEC_LINE CONTAINER_EXTRA: a one-container busybox pod's manifest.
one_pod() {
  printf 'apiVersion: v1\nkind: Pod\nmetadata: {name: %s%s}\nspec:\n  terminationGracePeriodSeconds: 1\n%s\n  containers:\n  - {name: c, image: busybox, imagePullPolicy: IfNotPresent%s}\n' \
    "$1" "$2" "$3" "$4" >"$work/$1.yaml"
  echo "$work/$1.yaml"
}
# A field of the pod's state.json (python expression over s).
state_of() { python3 -c "import json,sys; s=json.load(open('$root/pods/default/$1/state.json')); print($2)"; }
# pid_of POD CONTAINER: the container's process, as the host sees it.
pid_of() { state_of "$1" "[c['pid'] for c in s['containers'] if c['name']=='$2'][0]"; }

# What exists before: the leak check compares against it. Zombies do not count: they have
# exited, and whoever adopted them (PID 1 here) reaps them in its own time.
live() { ps -C "$1" -o pid=,stat= 2>/dev/null | awk '$2 !~ /^Z/ {print $1}' | sort; }
pause_before=$(live podrun-pause)
# Pod cgroups (podrun/<qos>/pod<uid>, in every hierarchy) that exist before.
pod_cgroups() { find /sys/fs/cgroup -maxdepth 5 -type d -path '*/podrun/*' -name 'pod*' 2>/dev/null | sort; }
cgroups_before=$(pod_cgroups)
# The host ends of pods' veths (pr + the inode of the pod's network namespace, in decimal; pp
# for a sandbox made in serve's pool).
pod_veths() { ls /sys/class/net | grep -E '^p[rp][0-9]{10}$' | sort; }
veths_before=$(pod_veths)
sup_before=$(live podrun-sup)
userns_dir_before=$(ls -d /run/podrun-userns 2>/dev/null)
dnsmasq_before=$(live dnsmasq)
# The nftables tables of Services and NetworkPolicies (podrun_svc_*, podrun_np_*).
svc_tables() { nft list tables 2>/dev/null | awk '$3 ~ /^podrun_(svc|np)_/ {print $2, $3}' | sort; }
svc_tables_before=$(svc_tables)
# Address tables (/run/podrun-net/BRIDGE.json) whose bridge is gone: gc removes them with it.
orphan_address_tables() {
  for f in /run/podrun-net/*.json; do [ -e "$f" ] && [ ! -e "/sys/class/net/$(basename "$f" .json)" ] && echo "$f"; done | sort
}
orphan_tables_before=$(orphan_address_tables)
# Addresses of pooled sandboxes (owner "pool PID@START", serve --sandbox-pool).
pool_addresses() { cat /run/podrun-net/*.json 2>/dev/null | grep -o '"pool [0-9]*@[0-9]*"' | sort; }
pool_addresses_before=$(pool_addresses)

leak_check() {
  # Whatever a failed test left: delete every pod of this root, then look for leaks.
  # Workloads and Services first: their controller would make the pods again.
  for kind in deployment daemonset statefulset cronjob job service networkpolicy; do
    dir="$root/${kind}s"
    [ "$kind" = networkpolicy ] && dir="$root/networkpolicies"
    for f in "$dir"/*/*.json; do
      [ -e "$f" ] || continue
      pr delete "$kind" -n "$(basename "$(dirname "$f")")" "$(basename "$f" .json)" --now >/dev/null 2>&1
    done
  done
  for p in $(ls "$root/pods/default" 2>/dev/null); do pr delete pod "$p" --now >/dev/null 2>&1; done
  pr gc >/dev/null 2>&1  # the pod network's bridge goes with the last pod of this root
  leaks=""
  grep -q "$work" /proc/self/mountinfo && leaks+="mounts: $(grep "$work" /proc/self/mountinfo | awk '{print $5}' | tr '\n' ' ')"
  [ -z "$(ls "$root/pods/default" 2>/dev/null)" ] || leaks+=" state: $(ls "$root/pods/default")"
  [ -z "$(ls "$store/pods" 2>/dev/null)" ] || leaks+=" pod storage: $(ls "$store/pods")"
  # A process on its way out (a pooled sandbox's pause holder killed with its standby
  # supervisor when serve stops, in the middle of making its network namespace) may take a
  # moment under load: a leak is one still there after 3 s.
  for _ in $(seq 1 30); do
    sleep 0.1
    new_pause=$(comm -13 <(echo "$pause_before") <(live podrun-pause))
    new_sup=$(comm -13 <(echo "$sup_before") <(live podrun-sup))
    [ -z "$new_pause$new_sup" ] && break
  done
  [ -z "$new_pause$new_sup" ] || leaks+=" processes: pause [$new_pause] supervisors [$new_sup]"
  new_cg=$(comm -13 <(echo "$cgroups_before") <(pod_cgroups))
  [ -z "$new_cg" ] || leaks+=" cgroups: $new_cg"
  sleep 0.1  # a pod's veth goes with its network namespace, a few ms after the pod
  new_veths=$(comm -13 <(echo "$veths_before") <(pod_veths))
  [ -z "$new_veths" ] || leaks+=" veths: $new_veths"
  # Host ID blocks of user namespaces (machine-wide) still naming a pod of this root, and
  # their directory, which goes with the last block.
  userns_left=$(grep -l "^$root/" /run/podrun-userns/block-* 2>/dev/null)
  [ -z "$userns_left" ] || leaks+=" user ID blocks: $userns_left"
  [ -n "$userns_dir_before" ] || [ ! -e /run/podrun-userns ] || leaks+=" /run/podrun-userns"
  # Addresses (machine-wide tables, one per bridge) still naming a pod of this suite.
  addresses_left=$(cat /run/podrun-net/*.json 2>/dev/null | grep -o "\"$work/[^\"]*\"")
  [ -z "$addresses_left" ] || leaks+=" addresses: $addresses_left"
  new_pool=$(comm -13 <(echo "$pool_addresses_before") <(pool_addresses))
  [ -z "$new_pool" ] || leaks+=" pooled sandboxes' addresses: $new_pool"
  new_orphans=$(comm -13 <(echo "$orphan_tables_before") <(orphan_address_tables))
  [ -z "$new_orphans" ] || leaks+=" address tables without their bridge: $new_orphans"
  # The controller process leaves a few seconds after the root's last workload or Service,
  # its dnsmasq and nftables table with it.
  for _ in $(seq 1 40); do [ -e "$root/controllers/lock" ] || break; sleep 0.25; done
  [ ! -e "$root/controllers/lock" ] || leaks+=" controller process: $(head -1 "$root/controllers/lock")"
  new_dns=$(comm -13 <(echo "$dnsmasq_before") <(live dnsmasq))
  [ -z "$new_dns" ] || leaks+=" dnsmasq: $new_dns"
  new_tables=$(comm -13 <(echo "$svc_tables_before") <(svc_tables))
  [ -z "$new_tables" ] || leaks+=" nftables: $new_tables"
  if [ -n "$leaks" ]; then bad "leaks $1: $leaks"; else ok; fi
}
