# Sourced by the suites that pull (after lib.sh): a registry of their own on loopback, and
# skopeo to push into it. Everything started here is stopped by its PID when the suite exits.
# shellcheck shell=bash
for tool in docker-registry skopeo; do
  command -v "$tool" >/dev/null || { echo "$tool missing (scripts/setup-deps.sh installs it): skipped"; exit 77; }
done
pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; }
trap 'stop_all; finish' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# start_registry NAME PORT [EXTRA CONFIG LINES]: a registry of its own, up when /v2/ answers.
start_registry() {
  local name=$1 port=$2 extra=${3:-}
  mkdir -p "$work/$name"
  printf 'version: 0.1\nlog: {level: error}\nstorage:\n  filesystem: {rootdirectory: %s}\nhttp:\n  addr: 127.0.0.1:%s\n%s\n' \
    "$work/$name/data" "$port" "$extra" >"$work/$name/config.yml"
  docker-registry serve "$work/$name/config.yml" >"$work/$name/log" 2>&1 &
  pids+=($!)
  wait_port "$port" || bad "registry $name did not start: $(cat "$work/$name/log")"
}
wait_port() {
  for _ in $(seq 50); do
    python3 -c 'import socket, sys; sys.exit(socket.socket().connect_ex(("127.0.0.1", int(sys.argv[1]))))' "$1" && return 0
    sleep 0.1
  done
  return 1
}
push() { skopeo copy --all --dest-tls-verify=false "$@" >/dev/null 2>"$work/skopeo.err" || bad "skopeo copy $*: $(cat "$work/skopeo.err")"; }

