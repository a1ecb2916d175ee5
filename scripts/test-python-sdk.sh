#!/usr/bin/env bash
# Runs every documented Python example of the reference with the official Python SDK
# (gitpod-sdk 0.11.0 from PyPI, in a venv) against the generated mock server on a loopback port,
# and checks that every response equals the documented example (Tests/python/run_examples.py).
#
# Environment: DOCS2SWIFT (the docs2swift binary, default .build/debug/docs2swift),
# GENERATED_SCRATCH (the scratch path of the Generated/ build, default Generated/.build).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-python-sdk
if ! "$venv/bin/python" -c "import gitpod" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  timeout 600 "$venv/bin/pip" install -q --disable-pip-version-check gitpod-sdk==0.11.0
fi
bin=${DOCS2SWIFT:-.build/debug/docs2swift}
scratch=${GENERATED_SCRATCH:-Generated/.build}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" dump-ir spec/gitpod-organizations.md > "$out/ir.json" 2>/dev/null
# The same flags as scripts/test.sh, so that its build is reused.
package=Generated/Packages/GitpodServer
swift build --package-path "$package" --scratch-path "$scratch" -Xswiftc -warnings-as-errors --product gitpod-server
server="$(swift build --package-path "$package" --scratch-path "$scratch" -Xswiftc -warnings-as-errors --show-bin-path)/gitpod-server"
timeout 300 "$venv/bin/python" Tests/python/run_examples.py --ir "$out/ir.json" --server "$server"
# `--no-auth` (mock only): a request without credentials is answered; without `--mock` it is refused.
if "$server" --no-auth > /dev/null 2>&1; then
  echo "error: gitpod-server --no-auth without --mock started" >&2
  exit 1
fi
"$server" --host 127.0.0.1 --port 0 --mock --no-auth > "$out/no-auth.log" 2>&1 &
no_auth_pid=$!
trap 'kill "$no_auth_pid" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$out/no-auth.log" | head -1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$out/no-auth.log"; exit 1; }
"$venv/bin/python" - "$port" <<'PY'
import json, sys, urllib.request
request = urllib.request.Request(
    f"http://127.0.0.1:{sys.argv[1]}/gitpod.v1.OrganizationService/GetOrganization",
    data=json.dumps({"organizationId": "x"}).encode(), headers={"Content-Type": "application/json"})
with urllib.request.urlopen(request, timeout=10) as response:
    assert response.status == 200 and "organization" in json.load(response), "no documented response"
print("--no-auth: a request without credentials is answered by the mock")
PY
