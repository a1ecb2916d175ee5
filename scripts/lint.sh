#!/usr/bin/env bash
# The generator's own Swift (sources, tests, plugins, benchmarks, fuzz target, the runtime)
# passes `swift format lint` with the checked-in .swift-format (issue 12). The generated
# packages are linted by the tests (EmitLintTests); EmbeddedResources.swift is data, written by
# scripts/embed-resources.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files 'Sources/*.swift' 'Tests/Docs2SwiftCoreTests/*.swift' 'Plugins/*.swift' \
  'Benchmarks/StageBenchmarks/*.swift' 'Fuzz/*.swift' 'Runtime/*.swift' | grep -v 'EmbeddedResources.swift$')
swift format lint --strict --configuration .swift-format $files
echo "swift format lint: $(echo "$files" | wc -l) files clean"
