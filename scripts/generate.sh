#!/usr/bin/env bash
# The main job: generate the Swift SDK for the reference in spec/ into Generated/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product docs2swift
if .build/release/docs2swift --help | grep -q " generate"; then
  .build/release/docs2swift generate spec/gitpod-organizations.md --output Generated
else
  .build/release/docs2swift dump-ir spec/gitpod-organizations.md > /dev/null && echo "parsed spec/gitpod-organizations.md"
fi
