#!/usr/bin/env bash
# Runs every test: the generator's own tests, then the generated SDK package's build and tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
swift test
scripts/validate-openapi.sh
scripts/test-corpus-builds.sh
if [ -f Generated/Package.swift ]; then
  .build/debug/docs2swift generate spec/gitpod-organizations.md --output Generated --check
  swift build --package-path Generated -Xswiftc -warnings-as-errors
  if [ -d Generated/Tests ]; then swift test --package-path Generated; fi
  # The DocC catalog of the client module, warnings (broken links included) as errors (issue 6).
  if [ -d Generated/Sources/Gitpod/Gitpod.docc ]; then scripts/build-docs.sh Generated; fi
  # The official Python SDK against the generated mock server (issue 5).
  if [ -d Generated/Sources/gitpod-server ]; then scripts/test-python-sdk.sh; fi
fi
# The SwiftPM plugins on Examples/PluginConsumer (issue 7).
scripts/test-plugins.sh
