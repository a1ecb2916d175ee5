#!/usr/bin/env bash
# Benchmarks the generated mock server (gitpod-server --mock, release build) under wrk on
# loopback, 64 connections: requests/s and p99 latency for a small and for the largest
# documented response, against bare Hummingbird routes returning the same bytes
# (Benchmarks/ServerBaseline, on the generated GitpodMocks), in the same run. Fails on any error
# or non-2xx response.
#
# Environment: DURATION (seconds per run, default 10), THREADS (wrk threads, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
duration=${DURATION:-10}
threads=${THREADS:-2}
scratch=Generated/.build-bench
swift build -c release --package-path Generated/Packages/GitpodServer --scratch-path "$scratch" --product gitpod-server >/dev/null
server="$(swift build -c release --package-path Generated/Packages/GitpodServer --scratch-path "$scratch" --show-bin-path)/gitpod-server"
baseline_scratch=Benchmarks/ServerBaseline/.build
swift build -c release --package-path Benchmarks/ServerBaseline --scratch-path "$baseline_scratch" >/dev/null
baseline="$(swift build -c release --package-path Benchmarks/ServerBaseline --scratch-path "$baseline_scratch" --show-bin-path)/ServerBaseline"

work=$(mktemp -d)
token=bench-token
"$server" --mock --token "$token" --host 127.0.0.1 --port 0 >"$work/server.log" 2>/dev/null &
pid=$!
"$baseline" --host 127.0.0.1 --port 0 >>"$work/server.log" 2>/dev/null &
baseline_pid=$!
trap 'kill $pid $baseline_pid 2>/dev/null || true; wait $pid $baseline_pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  if grep -q "^gitpod-server" "$work/server.log" && grep -q "^baseline" "$work/server.log"; then break; fi
  sleep 0.1
done
mock_port=$(grep "^gitpod-server" "$work/server.log" | sed 's/.*://')
baseline_port=$(grep "^baseline" "$work/server.log" | sed 's/.*://')

cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
LUA

# name | path | request body | response bytes
small_path=/gitpod.v1.OrganizationService/DeleteOrganization
small_body='{"organizationId":"b0e12f6c-4c67-429d-a4a6-d9838b5da047"}'
large_path=/gitpod.v1.OrganizationService/GetOrganizationPolicies
large_body='{"organizationId":"b0e12f6c-4c67-429d-a4a6-d9838b5da047"}'

run() {  # label port path body
  local label=$1 port=$2 path=$3 body=$4
  local bytes
  bytes=$(curl -s -X POST -H "Content-Type: application/json" -H "Authorization: Bearer $token" \
    --data "$body" "http://127.0.0.1:$port$path" | wc -c)
  BENCH_BODY=$body BENCH_TOKEN=$token wrk -t"$threads" -c64 -d"${duration}s" --latency -s "$work/post.lua" \
    "http://127.0.0.1:$port$path" >"$work/wrk.txt"
  local rps p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
  errors=$(grep -E "Socket errors|Non-2xx" "$work/wrk.txt" || true)
  printf '| %s | %s | %s B | %s | %s |\n' "$label" "$path" "$bytes" "$rps" "$p99"
  if [ -n "$errors" ]; then
    echo "errors in run '$label': $errors" >&2
    exit 1
  fi
}

echo "wrk -t$threads -c64 -d${duration}s, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| server | procedure | response | requests/s | p99 latency |"
echo "| --- | --- | --- | --- | --- |"
run "gitpod-server --mock" "$mock_port" "$small_path" "$small_body"
run "bare Hummingbird route" "$baseline_port" "$small_path" "$small_body"
run "gitpod-server --mock" "$mock_port" "$large_path" "$large_body"
run "bare Hummingbird route" "$baseline_port" "$large_path" "$large_body"
