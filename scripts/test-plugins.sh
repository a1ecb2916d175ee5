#!/usr/bin/env bash
# The SwiftPM plugins end to end, on Examples/PluginConsumer: the build-tool plugin compiles
# the SDK into a target at build time and reruns only when its inputs change; the command
# plugin's checked-in SDK is up to date.
set -euo pipefail
cd "$(dirname "$0")/../Examples/PluginConsumer"
swift build --build-tests
swift test
# `swift test` builds the plugin's tool with testing enabled, so the next build settles first.
swift build >/dev/null 2>&1
# The generator prints "<output>: written" or "<output>: unchanged" each time it runs.
marker="docs2swift.swift: \(written\|unchanged\)"
if grep -q -e "$marker" <<<"$(swift build 2>&1)"; then
  echo "error: a build with nothing changed ran the generator again" >&2
  exit 1
fi
echo "unchanged build: the generator did not run"
touch Sources/OrganizationsSDK/gitpod-organizations.md
if ! grep -q -e "$marker" <<<"$(swift build 2>&1)"; then
  echo "error: touching the reference did not rerun the generator" >&2
  exit 1
fi
echo "touched reference: the generator ran"
swift package --allow-writing-to-package-directory generate-sdk --check 2>&1 | grep -v ": warning: " 
