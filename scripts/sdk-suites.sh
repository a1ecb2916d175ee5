# Sourced by test-rest-sdk.sh and test-stainless-sdks.sh: an official SDK's own
# tests/api_resources suite run against a generated server in mock mode.

# build_server <package> <scratch>: builds the package's server with warnings as errors (its
# build's last lines on stderr) and prints the executable's path.
build_server() {
  local server_package bin_path
  server_package=$(echo "$1"/Packages/*Server)
  swift build --package-path "$server_package" --scratch-path "$2" -Xswiftc -warnings-as-errors 2>&1 |
    grep -E "error|warning: |Build complete" | grep -v "swift-distributed-tracing" | tail -5 >&2
  bin_path=$(swift build --package-path "$server_package" --scratch-path "$2" -Xswiftc -warnings-as-errors --show-bin-path)
  echo "$bin_path/$(sed -n 's/.*\.executable(name: "\([^"]*\)".*/\1/p' "$server_package/Package.swift")"
}

# copy_suite <sdk folder> <run folder> <marker> <test file>... : the SDK's conftest, utilities and
# helpers, then the named tests/api_resources files or folders (`all`: every one), into a fresh run folder,
# the lines carrying `marker` (a skip the copy must not keep) removed.
copy_suite() {
  local sdk=$1 run=$2 marker=$3 extra file
  shift 3
  rm -rf "$run"
  mkdir -p "$run/tests/api_resources"
  (cd "$sdk" && find tests -maxdepth 1 -type f -exec cp {} "$run/tests/" \;)
  for extra in "$sdk"/tests/*/; do
    case "$(basename "$extra")" in api_resources) ;; *) cp -r "$extra" "$run/tests/" ;; esac
  done
  cp "$sdk/pyproject.toml" "$run/"
  if [ "$1" = all ]; then
    cp -r "$sdk/tests/api_resources/." "$run/tests/api_resources/"
  else
    for file in "$@"; do
      mkdir -p "$run/tests/api_resources/$(dirname "$file")"
      cp -r "$sdk/tests/api_resources/$file" "$run/tests/api_resources/$file"
    done
  fi
  find "$run/tests/api_resources" -type d -exec touch {}/__init__.py \;
  if [ -n "$marker" ]; then
    find "$run/tests/api_resources" -name '*.py' -print0 |
      xargs -0 sed -i "/$(printf '%s' "$marker" | sed 's/[][\.*^$/]/\\&/g')/d"
  fi
}

# start_mock <server> <key> <log>: starts the server in mock mode on a free loopback port (an
# empty key: `--no-auth`, for an SDK whose tests send none); sets `pid` and `port`. stop_server
# stops it (install it as the EXIT trap).
pid=""
port=""
start_mock() {
  if [ -n "$2" ]; then
    "$1" --host 127.0.0.1 --port 0 --mock --token "$2" > "$3" 2>&1 &
  else
    "$1" --host 127.0.0.1 --port 0 --mock --no-auth > "$3" 2>&1 &
  fi
  pid=$!
  port=""
  for _ in $(seq 1 600); do
    port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$3" | head -1)
    [ -n "$port" ] && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$3"; exit 1; }
    sleep 0.1
  done
  echo "the mock server did not start" >&2
  exit 1
}

stop_server() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}

# run_suite <python> <run folder> <result file> [pytest option]...: the copied suite against the
# mock at `port`, PYTEST_WORKERS (default 2) processes; prints the last line and, on failure, the
# failed tests; returns pytest's status.
run_suite() {
  local python=$1 run=$2 result=$3 code
  shift 3
  set +e
  (cd "$run" && TEST_API_BASE_URL="http://127.0.0.1:$port" timeout 1800 "$python" -m pytest tests/api_resources \
    -q --no-header -p no:cacheprovider -o addopts= -n "${PYTEST_WORKERS:-2}" "$@") > "$result" 2>&1
  code=$?
  set -e
  tail -1 "$result"
  [ "$code" = 0 ] || grep -E "^(FAILED|ERROR)" "$result" | head -40
  return "$code"
}
