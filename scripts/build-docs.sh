#!/usr/bin/env bash
# Builds the DocC archive of the generated client module (issue 6) and fails on any DocC warning,
# broken symbol links included:
#   1. emit the symbol graphs of the module with the compiler;
#   2. keep the module's own graphs only (`<Module>.symbols.json` and its extensions of other
#      modules, `<Module>@*.symbols.json`): the build also emits those of its dependencies
#      (swift-log's `Logging`), which are not the SDK's to publish;
#   3. `docc convert` the catalog in Generated/Sources/<Module>/<Module>.docc with them.
# Usage: scripts/build-docs.sh [package-dir] [output.doccarchive]
# Environment: SCRATCH (the generated package's build folder, default <package>/.build),
#              DOCC (default: docc next to swift, else on PATH), MODULE (default Gitpod).
set -euo pipefail
cd "$(dirname "$0")/.."
package="${1:-Generated}"
module="${MODULE:-Gitpod}"
output="${2:-$package/.build-docs-archive/$module.doccarchive}"
scratch="${SCRATCH:-$package/.build}"
catalog="$package/Sources/$module/$module.docc"
[ -d "$catalog" ] || { echo "no DocC catalog at $catalog" >&2; exit 1; }

docc="${DOCC:-}"
if [ -z "$docc" ]; then
  swift_bin="$(dirname "$(readlink -f "$(command -v swift)")")"
  if [ -x "$swift_bin/docc" ]; then docc="$swift_bin/docc"; else docc="$(command -v docc)"; fi
fi

emitted="$(mktemp -d)"
graphs="$(mktemp -d)"
log="$(mktemp)"
trap 'rm -rf "$emitted" "$graphs" "$log"' EXIT
swift build --package-path "$package" --scratch-path "$scratch" --target "$module" \
  -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$emitted" \
  -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public
# The graph folder is new on every run, so the compile commands change and every module emits
# its graphs again; keep the module's own.
find "$emitted" -maxdepth 1 \( -name "$module.symbols.json" -o -name "$module@*.symbols.json" \) \
  -exec cp {} "$graphs"/ \;
[ -f "$graphs/$module.symbols.json" ] || { echo "build-docs: no symbol graph of $module" >&2; exit 1; }

rm -rf "$output"
mkdir -p "$(dirname "$output")"
status=0
"$docc" convert "$catalog" --additional-symbol-graph-dir "$graphs" --warnings-as-errors \
  --fallback-display-name "$module" --fallback-bundle-identifier "$module" \
  --output-path "$output" >"$log" 2>&1 || status=$?
cat "$log"
# --warnings-as-errors makes every warning fail; also refuse any that slip through as text.
if [ "$status" -ne 0 ] || grep -qE "(warning|error):" "$log"; then
  echo "build-docs: docc reported problems (status $status)" >&2
  exit 1
fi
echo "build-docs: $output built without warnings"
