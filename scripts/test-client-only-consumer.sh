#!/usr/bin/env bash
# An app that uses only the generated client resolves only what the client needs (issue 15):
# Examples/ClientOnlyConsumer depends on the client package Generated/, and after
# `swift package resolve` its Package.resolved pins swift-log and nothing else (no Hummingbird,
# AsyncHTTPClient or SwiftNIO, which live in Generated/Packages/). Then it builds.
set -euo pipefail
cd "$(dirname "$0")/../Examples/ClientOnlyConsumer"
rm -f Package.resolved
swift package resolve >/dev/null
pins=$(python3 -c 'import json; print(" ".join(sorted(p["identity"] for p in json.load(open("Package.resolved"))["pins"])))')
echo "Examples/ClientOnlyConsumer resolves: $pins"
if [ "$pins" != "swift-log" ]; then
  echo "error: a client-only app resolves more than swift-log: $pins" >&2
  exit 1
fi
swift build
