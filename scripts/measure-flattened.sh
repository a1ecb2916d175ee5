#!/usr/bin/env bash
# How often the nesting recovery reads unseen references right (README, "Flattened
# references"): renders a reference from each named Stainless SDK's newest sdist on PyPI
# (scripts/render-reference.py, every resource), dumps the IR of its structured and its
# flattened form (' '.join(text.split())) with a release build, and prints per reference the
# methods and Domain Types whose models differ and the "is uncertain" warnings, then the total. Not part of the
# tests (it downloads the newest versions, so its figures move with them; about 5 minutes for
# the default set on 2 cores once built).
#
#   scripts/measure-flattened.sh [PACKAGE ...]
#
# Environment: MEASURE_DIR (default .build-measure), DOCS2SWIFT (default
# .build/release/docs2swift, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  packages=(agentex-sdk anthropic benchify brainbase-labs brand.dev browserbase cerebras_cloud_sdk conductor-py
    finch-api gradient groq hyperspell imagekitio isaacus julep kernel knockapi lithic llama-stack-client m3ter
    mixedbread modern-treasury openai parallel-web perplexityai prelude-python-sdk retell-sdk runloop_api_client
    sentdm telnyx together trycourier turbopuffer writer-sdk)
fi
dir=${MEASURE_DIR:-.build-measure}
bin=${DOCS2SWIFT:-.build/release/docs2swift}
[ -x "$bin" ] || swift build -c release --product docs2swift >/dev/null
mkdir -p "$dir/sdists" "$dir/src" "$dir/out"
total=0
for package in "${packages[@]}"; do
  name=$(echo "$package" | tr '.-' '__')
  if ! ls "$dir/sdists/" | grep -qi "^${name}-"; then
    pip download -q --no-deps --no-binary :all: "$package" -d "$dir/sdists" >/dev/null 2>&1 || {
      echo "$package: download failed"
      continue
    }
  fi
  sdist=$(ls "$dir/sdists/" | grep -i "^${name}-" | head -1)
  base=${sdist%.tar.gz}
  [ -d "$dir/src/$base" ] || tar xzf "$dir/sdists/$sdist" -C "$dir/src"
  out="$dir/out/$base"
  if ! python3 scripts/render-reference.py "$dir/src/$base" -o "$out.md" --flattened "$out.flat.md" >"$out.render.log" 2>&1; then
    echo "$base: render failed (see $out.render.log)"
    continue
  fi
  "$bin" dump-ir "$out.md" >"$out.s.json" 2>/dev/null || { echo "$base: structured form failed"; continue; }
  "$bin" dump-ir "$out.flat.md" >"$out.f.json" 2>"$out.warn" || { echo "$base: flattened form failed"; continue; }
  python3 scripts/compare-ir.py "$out.s.json" "$out.f.json" >"$out.diff"
  differing=$(head -1 "$out.diff" | cut -d' ' -f1)
  total=$((total + differing))
  echo "$base: $differing methods and types differ, $(grep -c 'is uncertain' "$out.warn" || true) uncertain placements warned"
done
echo "total: $total methods and types differ"
