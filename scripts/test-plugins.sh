#!/usr/bin/env bash
# The SwiftPM plugins end to end, on Examples/PluginConsumer: the build-tool plugin compiles
# the SDK into a target at build time and reruns only when its inputs change; the command
# plugin's checked-in SDK is up to date.
set -euo pipefail
cd "$(dirname "$0")/../Examples/PluginConsumer"
swift build --build-tests
swift test
marker="docs2swift: generating"
if swift build 2>&1 | grep -q "$marker"; then
  echo "error: a build with nothing changed ran the generator again" >&2
  exit 1
fi
echo "unchanged build: the generator did not run"
touch Sources/OrganizationsSDK/gitpod-organizations.md
if ! swift build 2>&1 | grep -q "$marker"; then
  echo "error: touching the reference did not rerun the generator" >&2
  exit 1
fi
echo "touched reference: the generator ran"
swift package --allow-writing-to-package-directory generate-sdk --check 2>&1 | grep -v ": warning: " 
