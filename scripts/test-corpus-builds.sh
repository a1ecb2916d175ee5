#!/usr/bin/env bash
# The corpus references that generate code with unusual names or shapes must give packages
# that compile warning-free: types in a cycle (a union alias among them), Swift keywords, non-ASCII
# and colliding names.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DOCS2SWIFT:-.build/debug/docs2swift}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in types-in-a-cycle union-alias-holding-itself swift-keywords-as-field-names non-ascii-field-names \
  colliding-swift-names colliding-wire-names; do
  "$bin" generate "Tests/Corpus/$name.md" --output "$work/$name" >/dev/null 2>&1
  # The models' module alone: the server and transport modules are the seed's business.
  module=$(sed -n 's/^  name: "\(.*\)",$/\1/p' "$work/$name/Package.swift")
  swift build --package-path "$work/$name" --target "$module" -Xswiftc -warnings-as-errors >/dev/null
  echo "corpus $name: generated package builds"
done
