#!/usr/bin/env bash
# Load test of the generated server (issue 9): a release build of gitpod-server --mock on
# 127.0.0.1, wrk with 256 connections for 30 s against a POST route, bounded in time. Reports
# requests/s, p99 latency, non-2xx responses and socket errors (all must be zero), and the
# server's peak RSS (VmHWM) after a warm-up, after the run, and after a second run: a stable
# footprint means the peak does not keep growing with the requests served. Stops the server.
#
# Environment: DURATION (seconds per run, default 30), CONNECTIONS (default 256), THREADS (wrk
# threads, default 2). Takes about 2 × DURATION + 10 s after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
duration=${DURATION:-30}
connections=${CONNECTIONS:-256}
threads=${THREADS:-2}
scratch=Generated/.build-release
swift build -c release --package-path Generated/Packages/GitpodServer --product gitpod-server --scratch-path "$scratch" >/dev/null
server="$(swift build -c release --package-path Generated/Packages/GitpodServer --scratch-path "$scratch" --show-bin-path)/gitpod-server"

work=$(mktemp -d)
token=load-test-token
"$server" --mock --token "$token" --host 127.0.0.1 --port 0 >"$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  grep -q "^gitpod-server .* listening on" "$work/server.log" && break
  sleep 0.1
done
port=$(grep "^gitpod-server .* listening on" "$work/server.log" | head -1 | sed "s/.*://")
[ -n "$port" ] || { echo "the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }

cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = os.getenv("LOAD_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("LOAD_TOKEN")
LUA
path=/gitpod.v1.OrganizationService/CreateOrganization
body='{"name":"Acme Corp Engineering","joinOrganization":true}'

peak_kib() { awk '/^VmHWM:/ {print $2}' "/proc/$pid/status"; }
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status"; }

status=0
run() {  # label seconds
  local label=$1 seconds=$2
  # wrk stops itself after -d; timeout bounds it should it hang.
  LOAD_BODY=$body LOAD_TOKEN=$token timeout $((seconds + 30)) \
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s --latency -s "$work/post.lua" \
    "http://127.0.0.1:$port$path" >"$work/wrk-$label.txt"
  local rps p99 requests non2xx socket
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk-$label.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-$label.txt")
  requests=$(awk '/requests in/ {print $1}' "$work/wrk-$label.txt")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$work/wrk-$label.txt")
  socket=$(grep "Socket errors" "$work/wrk-$label.txt" || true)
  printf '%-8s %s requests, %s req/s, p99 %s, non-2xx %s, socket errors %s; peak RSS %s KiB (RSS %s KiB)\n' \
    "$label" "$requests" "$rps" "$p99" "${non2xx:-0}" "${socket:-none}" "$(peak_kib)" "$(rss_kib)"
  if [ -n "$non2xx" ] || [ -n "$socket" ]; then
    status=1
    cat "$work/wrk-$label.txt" >&2
  fi
}

echo "gitpod-server --mock (release) on 127.0.0.1:$port, POST $path, $connections connections, $threads wrk threads"
echo "start    peak RSS $(peak_kib) KiB (RSS $(rss_kib) KiB)"
run warm-up 5
run run-1 "$duration"
run run-2 "$duration"
kill -0 $pid 2>/dev/null || { echo "the server died" >&2; exit 1; }
exit $status
