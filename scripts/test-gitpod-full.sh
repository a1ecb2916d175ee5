#!/usr/bin/env bash
# The whole Gitpod API (spec/gitpod-full.md, 42 resources, 193 methods; issue 13): generates its
# package into a scratch folder (never beside Generated/, the seed's golden output), builds it
# with warnings as errors, checks it is swift format clean (the checked-in configuration,
# --strict), runs its generated tests (the 193-method client run against the mock
# over loopback among them), starts its server in mock mode on a free loopback port and runs the
# official Python SDK's whole tests/api_resources suite (gitpod-sdk 0.11.0 sdist, 3,725 tests:
# sync/async, loose/strict, aiohttp; the marker that disables them removed in the copy run)
# against it, then stops the server.
#
# Environment: DOCS2SWIFT (default .build/debug/docs2swift), FULL_SCRATCH (the scratch folder,
# default .build-full: the package in pkg/, its build in scratch/, the SDK in sdk/; kept between
# runs so that builds are incremental), PYTEST_WORKERS (default 2), FULL_SUBSET (a pytest -k
# expression: only those tests of the suite, for a quick run; default all).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DOCS2SWIFT:-.build/debug/docs2swift}
root=${FULL_SCRATCH:-.build-full}
mkdir -p "$root"
root=$(cd "$root" && pwd)
package="$root/pkg"
# SCRATCH: a build folder whose dependencies are built already (scripts/test.sh passes the seed
# package's).
scratch=${SCRATCH:-$root/scratch}

"$bin" generate spec/gitpod-full.md --output "$package" 2>/dev/null
swift format lint --strict --configuration .swift-format -r "$package/Package.swift" "$package/Sources" \
  "$package/Tests" "$package/Packages"
echo "gitpod-full: generated package swift format clean"
# The client package, then the server package (the server, the mock and the HTTP tests).
for part in "$package" "$package/Packages/GitpodServer"; do
  swift build --package-path "$part" --scratch-path "$scratch" -Xswiftc -warnings-as-errors --build-tests
  timeout 1200 swift test --package-path "$part" --scratch-path "$scratch" --skip-build 2>&1 | tail -3
done

# The official suite, from the sdist (its tests are not in the wheel).
sdk="$root/sdk"
venv="$sdk/venv"
if ! "$venv/bin/python" -c "import gitpod, pytest, respx, dirty_equals, time_machine, xdist, aiohttp" 2>/dev/null; then
  rm -rf "$venv"
  mkdir -p "$sdk"
  python3 -m venv "$venv"
  (cd "$sdk" && timeout 600 "$venv/bin/pip" download -q --disable-pip-version-check --no-deps --no-binary :all: \
    gitpod-sdk==0.11.0)
  tar xzf "$sdk/gitpod_sdk-0.11.0.tar.gz" -C "$sdk"
  timeout 900 "$venv/bin/pip" install -q --disable-pip-version-check "$sdk/gitpod_sdk-0.11.0[aiohttp]" \
    pytest pytest-asyncio respx dirty-equals time-machine pytest-xdist
fi
[ -d "$sdk/gitpod_sdk-0.11.0" ] || tar xzf "$sdk/gitpod_sdk-0.11.0.tar.gz" -C "$sdk"
run="$sdk/run"
rm -rf "$run"
mkdir -p "$run"
cp -r "$sdk/gitpod_sdk-0.11.0/tests" "$sdk/gitpod_sdk-0.11.0/pyproject.toml" "$run/"
find "$run/tests/api_resources" -name '*.py' -print0 |
  xargs -0 sed -i '/@pytest.mark.skip(reason="Mock server tests are disabled")/d'

server="$(swift build --package-path "$package/Packages/GitpodServer" --scratch-path "$scratch" --show-bin-path)/gitpod-server"
log="$root/server.log"
# conftest.py's client sends `Authorization: Bearer My Bearer Token`.
"$server" --host 127.0.0.1 --port 0 --mock --token "My Bearer Token" > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 600); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$log" | head -1)
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "the mock server did not start"; exit 1; }
selection=()
[ -n "${FULL_SUBSET:-}" ] && selection=(-k "$FULL_SUBSET")
(cd "$run" && TEST_API_BASE_URL="http://127.0.0.1:$port" timeout 3600 "$venv/bin/python" -m pytest tests/api_resources \
  -q --no-header -p no:cacheprovider -n "${PYTEST_WORKERS:-2}" "${selection[@]}")
