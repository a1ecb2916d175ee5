#!/usr/bin/env bash
# Per-stage timings of docs2swift (release build, medians) on the seed and on synthetic
# references 10x and 30x its size, plus instructions counted by valgrind for dump-ir (exact
# and repeatable), to show the cost grows linearly with the input.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=.build-bench
mkdir -p "$work"
swift build -c release --product docs2swift-bench >/dev/null
swift build -c release --product docs2swift >/dev/null
cp spec/gitpod-organizations.md "$work/gitpod-1x.md"
for n in 10 30; do
  [ -f "$work/gitpod-${n}x.md" ] || DOCS2SWIFT=.build/release/docs2swift python3 scripts/make-synthetic.py "$n" > "$work/gitpod-${n}x.md"
done
for n in 1 10 30; do
  .build/release/docs2swift-bench "$work/gitpod-${n}x.md" "$runs" 2>/dev/null
  if command -v valgrind >/dev/null && [ "${INSTRUCTIONS:-1}" = 1 ]; then
    instructions=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null .build/release/docs2swift dump-ir "$work/gitpod-${n}x.md" 2>&1 >/dev/null | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
    echo "dump-ir instructions (valgrind): $instructions"
  fi
  echo
done
