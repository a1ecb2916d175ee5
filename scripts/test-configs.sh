#!/usr/bin/env bash
# The generator's non-default configurations, compiled and tested, not only linted (issue 12):
#   1. accessModifier: package with a custom module and client name: every module of the
#      package (models, client, AsyncHTTPClient transport, server, Hummingbird adapter,
#      executable, examples) builds warning-free and its generated tests pass;
#   2. generate: models: the models alone (no dependency) build and their tests pass;
#   3. generate: models, client: no server module, and it builds.
# The variants share one scratch folder, so the dependencies are built once.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DOCS2SWIFT:-.build/debug/docs2swift}
scratch=${SCRATCH:-.build-configs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
spec=spec/gitpod-organizations.md

variant() {
  local name=$1 config=$2
  printf '%b' "$config" >"$work/$name.yml"
  "$bin" generate "$spec" --output "$work/$name" --config "$work/$name.yml" >/dev/null
}

variant package 'accessModifier: package\nmoduleName: AcmeSDK\nclientName: Acme\nbaseURL: https://app.gitpod.io/api\n'
grep -q 'package struct Acme: Sendable' "$work/package/Sources/AcmeSDK/Acme.swift"
swift build --package-path "$work/package" --scratch-path "$scratch" -Xswiftc -warnings-as-errors
swift test --package-path "$work/package" --scratch-path "$scratch"
# `package` declarations are not visible to other packages, so with accessModifier: package the
# output stays one package (issue 15 splits only the public SDK).
if [ -d "$work/package/Packages" ]; then
  echo "error: accessModifier: package split the output into packages" >&2
  exit 1
fi
echo "config accessModifier: package, moduleName: AcmeSDK, clientName: Acme: builds, tests pass"

variant models 'generate: models\n'
if grep -q 'swift-log\|hummingbird' "$work/models/Package.swift"; then
  echo "error: a models-only package depends on client or server packages" >&2
  exit 1
fi
swift build --package-path "$work/models" --scratch-path "$scratch-models" -Xswiftc -warnings-as-errors
swift test --package-path "$work/models" --scratch-path "$scratch-models"
echo "config generate: models: builds, tests pass"

# (A YAML sequence, as the config is YAML; `models` variant above uses the one-line form.)
variant client 'generate:\n  - models\n  - client\n'
if [ -d "$work/client/Sources/GitpodServer" ] || grep -q hummingbird "$work/client/Package.swift"; then
  echo "error: a models-and-client package has server modules" >&2
  exit 1
fi
swift build --package-path "$work/client" --scratch-path "$scratch" -Xswiftc -warnings-as-errors
# The AsyncHTTPClient transport and the client's HTTP tests: a package of their own (issue 15).
swift build --package-path "$work/client/Packages/GitpodAsyncHTTPClient" --scratch-path "$scratch" \
  -Xswiftc -warnings-as-errors
echo "config generate: models, client: builds"
