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
