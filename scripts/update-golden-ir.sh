#!/usr/bin/env bash
# Re-records the golden IR of the seed. Review the diff against the reference before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product docs2swift
.build/debug/docs2swift dump-ir spec/gitpod-organizations.md > Tests/Docs2SwiftCoreTests/Golden/gitpod-organizations.ir.json
git diff --stat -- Tests/Docs2SwiftCoreTests/Golden
