#!/usr/bin/env bash
# docs2swift diff against Swift's own API checker (issue 16). For each edit of the seed
# (scripts/api-edits.py), the SDKs generated from the seed and from the edit (models and client)
# are built and compared with swift-api-digester; its verdict (scripts/api-digester-verdict.py)
# must equal docs2swift diff's (breaking, additive or none). A disagreement fails the script.
# Both generations go into one package folder and one scratch path, so only the Gitpod module
# is recompiled between them.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
swift build >/dev/null
docs2swift="$PWD/.build/debug/docs2swift"
digester="${SWIFT_API_DIGESTER:-$(dirname "$(command -v swiftc)")/swift-api-digester}"
[ -x "$digester" ] || digester=/opt/swift/usr/bin/swift-api-digester
work="${TMPDIR:-/tmp}/docs2swift-api-breaking"
mkdir -p "$work"
printf 'generate: models, client\n' >"$work/config.yml"
"$docs2swift" format spec/gitpod-organizations.md >"$work/base.md" 2>/dev/null

# Generates $1 into the shared package and dumps the Gitpod module's API into $2.
dump() {
  "$docs2swift" generate "$1" --config "$work/config.yml" --output "$work/package" 2>/dev/null | grep -v '^$' || true
  swift build --package-path "$work/package" --scratch-path "$work/scratch" --target Gitpod >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; exit 1; }
  "$digester" -dump-sdk -module Gitpod -I "$work/scratch/debug/Modules" -o "$2" -abort-on-module-fail
}

dump "$work/base.md" "$work/base.json"
failures=0
edits=(remove-method required-param optional-param field-optional enum-value docs-only required-field reorder-params
  endpoint stop-paginating)
for edit in "${edits[@]}"; do
  python3 scripts/api-edits.py "$edit" "$work/base.md" "$work/$edit.md"
  ours=$("$docs2swift" diff "$work/base.md" "$work/$edit.md" --config "$work/config.yml" --format json \
    | python3 -c 'import json,sys; d=json.load(sys.stdin); c=d["counts"]; print("breaking" if int(c["breaking"]) else "additive" if int(c["additive"]) else "none")')
  dump "$work/$edit.md" "$work/$edit.json"
  "$digester" -diagnose-sdk --input-paths "$work/base.json" --input-paths "$work/$edit.json" -o "$work/$edit.diag" 2>/dev/null
  swift=$(python3 scripts/api-digester-verdict.py "$work/base.json" "$work/$edit.json" "$work/$edit.diag")
  verdict=$(head -1 <<<"$swift")
  if [ "$verdict" = "$ours" ]; then
    echo "agree  $edit: $ours"
  else
    echo "DISAGREE $edit: docs2swift says $ours, swift-api-digester says $verdict"
    failures=$((failures + 1))
  fi
  sed 1d <<<"$swift" | sed 's/^/         /'
done
echo "api-breaking: $((${#edits[@]} - failures))/${#edits[@]} agree with swift-api-digester in $(($(date +%s) - start)) s"
[ "$failures" -eq 0 ]
