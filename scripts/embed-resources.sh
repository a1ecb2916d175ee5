#!/usr/bin/env bash
# Writes templates/ and Runtime/ into Sources/Docs2SwiftCore/Emit/Runtime/EmbeddedResources.swift,
# the data the docs2swift binary carries instead of reading those folders. Run it after changing
# a template or a runtime file; `swift test` fails while the file is stale (RuntimeSourcesTests,
# EmitTemplateTests). With --check, writes nothing and exits 1 when the file is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
output=Sources/Docs2SwiftCore/Emit/Runtime/EmbeddedResources.swift
swift build --product docs2swift-embed >/dev/null
tool="$(swift build --show-bin-path)/docs2swift-embed"
if [ "${1:-}" = "--check" ]; then
  fresh="$(mktemp)"
  trap 'rm -f "$fresh"' EXIT
  "$tool" "$fresh" templates Runtime
  if ! cmp -s "$fresh" "$output"; then
    echo "error: $output is stale; run scripts/embed-resources.sh" >&2
    exit 1
  fi
  echo "$output: up to date"
else
  "$tool" "$output" templates Runtime
  echo "$output: written"
fi
