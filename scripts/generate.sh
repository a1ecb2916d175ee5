#!/usr/bin/env bash
# The main job: generate the Swift SDK for the reference in spec/ into Generated/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product docs2swift
.build/release/docs2swift generate spec/gitpod-organizations.md --output Generated
