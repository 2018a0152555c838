#!/usr/bin/env bash
# Rootless pod start (docs/rootless.md): `podrun apply` and `podrun delete` of the 1-container
# and 3-container pods of bench/pod-start, by root and by an ordinary user (a system user this
# script makes, with subordinate IDs, and removes), interleaved, with rootless `podman kube
# play` / `kube down` of the same manifests as the same user; then what a session costs: a
# command that joins a running one, and one that starts it.
#
# usage: bench/rootless/run.sh     (as root)   env: RUNS=15 PEER=1 (0: no podman)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"
bench_init bench/rootless
RUNS=${RUNS:-15}
PEER=${PEER:-1}
PODS=$ROOT/bench/pod-start
WORK=$(mktemp -d /tmp/podrun-bench-rootless-XXXXXX)
chmod 0711 "$WORK"
STATE=/run/podrun-bench-rootless-$$
user=podrun-bench-$$
sub_start=$((80000000 + ($$ % 1000) * 262144))
home=$WORK/home
useradd --system --no-create-home --home-dir "$home" --shell /bin/sh "$user"
uid=$(id -u "$user")
echo "$user:$sub_start:196608" >>/etc/subuid
echo "$user:$sub_start:196608" >>/etc/subgid
cleanup() {
  "$PODRUN" --root "$STATE" gc >/dev/null 2>&1 || true
  rm -rf "$STATE"
  # Only this script's user's processes, by PID: its session, and podman's if it left any.
  for p in $(ps -e -o pid=,uid= | awk -v u="$uid" -v s="$sub_start" '$2 == u || ($2 >= s && $2 < s + 196608) {print $1}'); do
    kill -9 "$p" 2>/dev/null || true
  done
  sleep 0.2
  rm -rf "$WORK" "/tmp/podrun-rootless-$uid" "/tmp/podrun-run-$uid" "/tmp/podman-run-$uid" "/tmp/containers-user-$uid" "/tmp/storage-run-$uid"
  userdel "$user" 2>/dev/null || true
  sed -i "/^$user:/d" /etc/subuid /etc/subgid
}
trap cleanup EXIT
mkdir -p "$home" "$WORK/bin"
chown "$user:" "$home"
cp "$PODRUN" "$(dirname "$PODRUN")/podrun-dynamic" "$(dirname "$PODRUN")/podrun-supervisor" "$(dirname "$PODRUN")/podrun-pause" "$WORK/bin/"
cp -r "$BUSYBOX" "$WORK/busybox"
cp "$PODS/one.yaml" "$PODS/three.yaml" "$WORK/"
tar -C "$BUSYBOX" -cf "$WORK/busybox.tar" .
chmod -R a+rX "$WORK/bin" "$WORK/busybox" "$WORK"/*.yaml "$WORK/busybox.tar"

# The user's commands: setpriv and env exec the command itself, from the user's home.
AS_USER=(setpriv --reuid "$user" --regid "$user" --init-groups env -i -C "$home" HOME="$home" PATH=/usr/bin:/bin)
as_user() { "${AS_USER[@]}" "$@"; }
pr() { "$PODRUN" --root "$STATE" --storage "$WORK/store" "$@"; }
rl() { as_user PODRUN_ROOTLESS_IDLE_MS="${IDLE_MS:-600000}" "$WORK/bin/podrun" "$@"; }
t() { python3 "$PODS/timeit.py" -- "$@"; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "%.1f %.1f", a[int((NR+1)/2)], a[int(NR*0.9+0.5)]}'; }

pr image import "$BUSYBOX" >/dev/null
rl image import "$WORK/busybox" >/dev/null

# Rootless podman as the same user, on the same image, without a network (the bench talks to
# none); it may not run at all on a host whose cgroups it refuses: then it says why once.
podman_error=""
if [[ $PEER == 1 ]] && command -v podman >/dev/null; then
  as_user podman load -i "$WORK/busybox.tar" >/dev/null 2>&1 || true
  if ! out=$(as_user podman kube play --network none "$WORK/one.yaml" 2>&1) || ! as_user podman ps --format '{{.Names}}' | grep -q bench-one; then
    podman_error=$(grep -Eo '(crun|runc|Error): [^]]*' <<<"$out" | head -1)
    PEER=0
  fi
  as_user podman kube down "$WORK/one.yaml" >/dev/null 2>&1 || true
  as_user podman pod rm -fa >/dev/null 2>&1 || true
else
  PEER=0
fi

: >"$WORK/runs.tsv"
for ((i = 1; i <= RUNS; i++)); do
  for m in one three; do
    printf 'root\t%s\tapply\t%s\n' $m "$(t "$PODRUN" --root "$STATE" --storage "$WORK/store" apply -f "$WORK/$m.yaml")" >>"$WORK/runs.tsv"
    printf 'root\t%s\tdelete\t%s\n' $m "$(t "$PODRUN" --root "$STATE" --storage "$WORK/store" delete -f "$WORK/$m.yaml")" >>"$WORK/runs.tsv"
    printf 'user\t%s\tapply\t%s\n' $m "$(t "${AS_USER[@]}" PODRUN_ROOTLESS_IDLE_MS=600000 "$WORK/bin/podrun" apply -f "$WORK/$m.yaml")" >>"$WORK/runs.tsv"
    printf 'user\t%s\tdelete\t%s\n' $m "$(t "${AS_USER[@]}" PODRUN_ROOTLESS_IDLE_MS=600000 "$WORK/bin/podrun" delete -f "$WORK/$m.yaml")" >>"$WORK/runs.tsv"
    if [[ $PEER == 1 ]]; then
      printf 'podman\t%s\tapply\t%s\n' $m "$(t "${AS_USER[@]}" podman kube play --network none "$WORK/$m.yaml")" >>"$WORK/runs.tsv"
      printf 'podman\t%s\tdelete\t%s\n' $m "$(t "${AS_USER[@]}" podman kube down "$WORK/$m.yaml")" >>"$WORK/runs.tsv"
    fi
  done
  # A command that joins the running session, beside the same command as root; what
  # setpriv and env add to each of the user's commands.
  printf 'user\tsetpriv\tsetpriv\t%s\n' "$(t "${AS_USER[@]}" true)" >>"$WORK/runs.tsv"
  printf 'root\tget\tget\t%s\n' "$(t "$PODRUN" --root "$STATE" --storage "$WORK/store" get pods)" >>"$WORK/runs.tsv"
  printf 'user\tget\tget\t%s\n' "$(t "${AS_USER[@]}" "$WORK/bin/podrun" get pods)" >>"$WORK/runs.tsv"
done
# A command that starts the session: after the last one ended (SIGTERM to its keeper, then
# idle for 0.2 s).
kill "$(awk '{print $1}' "/tmp/podrun-rootless-$uid/keeper.pid")"
for ((i = 1; i <= 5; i++)); do
  for _ in $(seq 1 40); do [[ -e /tmp/podrun-rootless-$uid ]] || break; sleep 0.1; done
  printf 'user\tstart\tstart\t%s\n' "$(t "${AS_USER[@]}" PODRUN_ROOTLESS_IDLE_MS=200 "$WORK/bin/podrun" image ls)" >>"$WORK/runs.tsv"
  printf 'user\tjoined\tstart\t%s\n' "$(t "${AS_USER[@]}" PODRUN_ROOTLESS_IDLE_MS=200 "$WORK/bin/podrun" image ls)" >>"$WORK/runs.tsv"
done

row() { awk -F'\t' -v t="$1" -v p="$2" -v o="$3" '$1 == t && $2 == p && $3 == o {print $4}' "$WORK/runs.tsv" | stats; }
echo "### Rootless pod start and delete (ms, median / p90 of $RUNS)"
echo
echo "| pod | root: apply | user: apply | user ÷ root | root: delete | user: delete | rootless podman kube play | podman ÷ podrun (user) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for m in one three; do
  read -r ra ra9 <<<"$(row root $m apply)"
  read -r ua ua9 <<<"$(row user $m apply)"
  read -r rd rd9 <<<"$(row root $m delete)"
  read -r ud ud9 <<<"$(row user $m delete)"
  over=$(python3 -c "print('%.2fx' % ($ua / $ra))")
  if [[ $PEER == 1 ]]; then
    read -r qa qa9 <<<"$(row podman $m apply)"
    peer="$qa / $qa9"
    ratio=$(python3 -c "print('%.0fx' % ($qa / $ua))")
  else
    peer="does not run here" ratio=-
  fi
  label=$([[ $m == one ]] && echo "one container" || echo "three containers")
  echo "| $label | $ra / $ra9 | $ua / $ua9 | $over | $rd / $rd9 | $ud / $ud9 | $peer | $ratio |"
done
echo
read -r rg rg9 <<<"$(row root get get)"
read -r ug ug9 <<<"$(row user get get)"
read -r us us9 <<<"$(row user start start)"
read -r uj uj9 <<<"$(row user joined start)"
read -r sp sp9 <<<"$(row user setpriv setpriv)"
echo "The user's times include setpriv and env, which exec the command as the user: $sp / $sp9 ms for \`true\`."
echo
echo "\`get pods\`: root $rg / $rg9 ms, the user (joining the running session) $ug / $ug9 ms. \`image ls\` as the user starting the session (keeper, holder, newuidmap and newgidmap, slirp4netns when it can) $us / $us9 ms, joining it $uj / $uj9 ms (median / p90 of 5)."
[[ -z $podman_error ]] || echo "Rootless podman kube play did not run here: $podman_error"
echo "Machine: $(nproc) CPUs, $(uname -r). Reproduce: \`bench/rootless/run.sh\` (as root)."
