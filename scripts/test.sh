#!/usr/bin/env bash
# Runs every test: the generator's own tests, then the generated SDK package's build and tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
swift test
scripts/validate-openapi.sh
if [ -f Generated/Package.swift ]; then
  .build/debug/docs2swift generate spec/gitpod-organizations.md --output Generated --check
  swift build --package-path Generated -Xswiftc -warnings-as-errors
  if [ -d Generated/Tests ]; then swift test --package-path Generated; fi
fi
