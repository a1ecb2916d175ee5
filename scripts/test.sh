#!/usr/bin/env bash
# Runs every test: the generator's own tests, then the generated SDK package's build and tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build
# The generator's own sources are formatted (swift format, .swift-format).
scripts/lint.sh
# The templates and the runtime compiled into docs2swift are those of templates/ and Runtime/.
scripts/embed-resources.sh --check
swift test
scripts/validate-openapi.sh
scripts/test-corpus-builds.sh
# docs2swift diff's verdicts against swift-api-digester's on edits of the seed (issue 16).
scripts/test-api-breaking.sh
# The generated package: up to date, warning-free, its tests.
.build/debug/docs2swift generate spec/gitpod-organizations.md --output Generated --check
# A copy of the binary, without the source tree, generates the same package (issue 12).
scripts/test-standalone-binary.sh
swift build --package-path Generated -Xswiftc -warnings-as-errors
swift test --package-path Generated
# The server and the AsyncHTTPClient transport are packages of their own under Generated/Packages
# (issue 15), with the HTTP tests of client and server; they share Generated/.build.
swift build --package-path Generated/Packages/GitpodServer --scratch-path Generated/.build -Xswiftc -warnings-as-errors
swift test --package-path Generated/Packages/GitpodServer --scratch-path Generated/.build
# An app using only the client resolves swift-log alone (issue 15).
scripts/test-client-only-consumer.sh
# The next packages have the generated package's dependencies: they share its build folder, so
# the dependencies are built once.
# The runtime the generated packages embed (Runtime/, issue 12): warning-free, its tests.
swift test --package-path Runtime --scratch-path Generated/.build -Xswiftc -warnings-as-errors
# The non-default configurations compiled and tested (issue 12).
SCRATCH=Generated/.build scripts/test-configs.sh
# A hostile reference: its text stays data in the package, which builds and passes (issue 19).
SCRATCH=Generated/.build scripts/test-hostile.sh
# The DocC archive of the client module, warnings (broken links included) as errors (issue 6),
# the module's own symbols only, every page scanned: parameters, Swift names, abstracts, curation
# (issue 18); then the same for the packages of gitpod-full.md, openai.md and lithic.md.
SCRATCH=Generated/.build scripts/check-docs.sh Generated
SCRATCH=Generated/.build scripts/check-docs.sh --references
# The REST references openai.md and lithic.md: their generated packages build (issue 14).
scripts/test-rest.sh
# The openai and lithic SDKs' own tests/api_resources suites against the generated mock servers,
# generated from the structured references and from their flattened forms.
scripts/test-rest-sdk.sh
REST_FLATTENED=1 scripts/test-rest-sdk.sh
# References we were not given: rendered from the anthropic, finch-api and modern-treasury sdists
# (scripts/render-reference.py), each SDK's own suite against the generated mock.
scripts/test-stainless-sdks.sh
# Anthropic's again, from its reference's flattened form (the nesting recovered: its messages'
# content unions and stream events).
STAINLESS_SDKS=anthropic STAINLESS_FLATTENED=1 scripts/test-stainless-sdks.sh
# The official Python SDK against the generated mock server (issue 5).
scripts/test-python-sdk.sh
# The SwiftPM plugins on Examples/PluginConsumer (issue 7).
scripts/test-plugins.sh
# The whole Gitpod API: its package warning-free, its tests, the official SDK's whole
# tests/api_resources suite against its mock server (issue 13). FULL_SUBSET=… runs part of it.
SCRATCH=Generated/.build scripts/test-gitpod-full.sh
