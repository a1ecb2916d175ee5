#!/usr/bin/env bash
# Benchmark: process time (user+sys) and peak memory of `docs2swift dump-ir` on the seed,
# release build, median of N runs, with `docs2swift --version` (process start, no work) as the
# baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product docs2swift >/dev/null
exec python3 scripts/measure.py --runs "${RUNS:-21}" \
  --baseline ".build/release/docs2swift --help" \
  ".build/release/docs2swift dump-ir spec/gitpod-organizations.md"
