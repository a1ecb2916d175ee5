#!/usr/bin/env bash
# Runs every test: the generator's own tests, then the generated SDK package's build and tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
# The templates and the runtime compiled into docs2swift are those of templates/ and Runtime/.
scripts/embed-resources.sh --check
swift test
scripts/validate-openapi.sh
scripts/test-corpus-builds.sh
# The runtime the generated packages embed (Runtime/, issue 12): warning-free, its tests.
swift test --package-path Runtime -Xswiftc -warnings-as-errors
# docs2swift diff's verdicts against swift-api-digester's on edits of the seed (issue 16).
scripts/test-api-breaking.sh
# The generated package: up to date, warning-free, its tests.
.build/debug/docs2swift generate spec/gitpod-organizations.md --output Generated --check
# A copy of the binary, without the source tree, generates the same package (issue 12).
scripts/test-standalone-binary.sh
swift build --package-path Generated -Xswiftc -warnings-as-errors
swift test --package-path Generated
# The DocC catalog of the client module, warnings (broken links included) as errors (issue 6).
scripts/build-docs.sh Generated
# The official Python SDK against the generated mock server (issue 5).
scripts/test-python-sdk.sh
# The SwiftPM plugins on Examples/PluginConsumer (issue 7).
scripts/test-plugins.sh
# The whole Gitpod API: its package warning-free, its tests, the official SDK's whole
# tests/api_resources suite against its mock server (issue 13). FULL_SUBSET=… runs part of it.
scripts/test-gitpod-full.sh
