#!/usr/bin/env bash
# The REST references against their official Python SDKs (issue 14): for spec/openai.md and
# spec/lithic.md, generates the package into .build-rest/<name>/, builds its server with warnings
# as errors, starts it in mock mode on a free loopback port, and runs the SDK's own
# tests/api_resources suite for the resources the reference covers (openai 3.57.0, lithic
# 0.133.0, from the PyPI sdists; the file lists and skip markers are in spec/README.md of the
# shared specs) against it, the markers that disable tests removed in the copy that runs. The
# SDKs authenticate as they always do (OpenAI `Authorization: Bearer <key>`, Lithic
# `Authorization: <key>`); the server accepts what the generated package's authentication scheme
# says (spec/<name>.docs2swift.yml). Prints the pass counts; exits non-zero on any failure.
#
# Environment: DOCS2SWIFT (default .build/debug/docs2swift), REST_SCRATCH (the build folder
# shared by both packages, default .build-rest/scratch), PYTEST_WORKERS (default 2),
# REST_SDKS (default "openai lithic"), REST_SUBSET (a pytest -k expression, for a quick run),
# REST_FLATTENED=1 (generate from the reference's flattened form, every newline a space, as the
# seed is published: the SDK must pass against that package too).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DOCS2SWIFT:-.build/debug/docs2swift}
mkdir -p .build-rest
root=$(cd .build-rest && pwd)
scratch=${REST_SCRATCH:-$root/scratch}
sdk="$root/sdk"
venv="$sdk/venv"

# The SDKs, from their sdists (the tests are not in the wheels), in one venv.
if ! "$venv/bin/python" -c "import openai, lithic, pytest, respx, dirty_equals, time_machine, xdist, aiohttp, httpx_aiohttp, rich" 2>/dev/null; then
  rm -rf "$venv"
  mkdir -p "$sdk"
  python3 -m venv "$venv"
  (cd "$sdk" && timeout 600 "$venv/bin/pip" download -q --disable-pip-version-check --no-deps --no-binary :all: \
    openai==3.57.0 lithic==0.133.0)
  timeout 900 "$venv/bin/pip" install -q --disable-pip-version-check "$sdk/openai-3.57.0.tar.gz[aiohttp]" \
    "$sdk/lithic-0.133.0.tar.gz[aiohttp]" pytest pytest-asyncio respx dirty-equals time-machine pytest-xdist rich
fi

# Per SDK: its sdist folder, the covered test files, the marker to remove, the key its tests send
# (tests/conftest.py).
suite() {
  case "$1" in
    openai)
      version=openai-3.57.0
      files=(test_models.py test_files.py test_batches.py test_vector_stores.py vector_stores/test_files.py
        vector_stores/test_file_batches.py chat/test_completions.py chat/completions/test_messages.py
        test_embeddings.py)
      marker=""
      key="My API Key" ;;
    lithic)
      version=lithic-0.133.0
      files=(test_accounts.py test_cards.py cards/test_balances.py cards/test_financial_transactions.py
        test_disputes.py test_transactions.py transactions/test_enhanced_commercial_data.py
        transactions/events/test_enhanced_commercial_data.py)
      marker='@pytest.mark.skip(reason="Prism returns invalid data")'
      key="My Lithic API Key" ;;
  esac
}

# shellcheck source=scripts/sdk-suites.sh
source scripts/sdk-suites.sh
trap stop_server EXIT

status=0
summary=()
for name in ${REST_SDKS:-openai lithic}; do
  suite "$name"
  package="$root/$name"
  reference="spec/$name.md"
  if [ "${REST_FLATTENED:-0}" = 1 ]; then
    package="$root/$name-flattened"
    reference="$root/$name.flattened.md"
    python3 -c "import sys; print(' '.join(open(sys.argv[1]).read().split()))" "spec/$name.md" > "$reference"
  fi
  "$bin" generate "$reference" --config "spec/$name.docs2swift.yml" --output "$package" >/dev/null \
    2>"$root/$name.warnings" || {
    cat "$root/$name.warnings" >&2
    exit 1
  }
  server=$(build_server "$package" "$scratch")

  [ -d "$sdk/$version" ] || tar xzf "$sdk/$version.tar.gz" -C "$sdk"
  run="$sdk/run-$name"
  copy_suite "$sdk/$version" "$run" "$marker" "${files[@]}"
  start_mock "$server" "$key" "$root/$name.server.log"
  selection=()
  [ -n "${REST_SUBSET:-}" ] && selection=(-k "$REST_SUBSET")
  result="$root/$name.pytest.txt"
  run_suite "$venv/bin/python" "$run" "$result" "${selection[@]}" || status=1
  stop_server
  summary+=("$name: $(tail -1 "$result" | sed 's/=//g; s/^ *//; s/ *$//')")
done
printf '%s\n' "${summary[@]}"
exit "$status"
