#!/usr/bin/env bash
# docs2swift against apple/swift-openapi-generator 1.14.3, side by side on this machine, in one
# run; prints the Markdown report BENCHMARKS.md quotes (and keeps it in .build-bench/report.md).
#
#   OAG=path/to/swift-openapi-generator RUNS=5 scripts/bench-compare.sh
#
# 1. Generation, at 1x (the seed), 10x and 30x (scripts/make-synthetic.py) and on the whole
#    Gitpod reference (spec/gitpod-full.md): docs2swift generate (every output) into an empty
#    folder and again unchanged (answered from the up-to-date cache, and with --no-cache: the
#    whole pipeline), against swift-openapi-generator (types + client + server) on
#    docs2swift's OpenAPI export of the same API into an empty folder and again. The four cases
#    run alternately, RUNS times each; medians of process time (user+sys) and wall time, and the
#    peak RSS (scripts/measure.py).
# 2. Process start (`docs2swift --help`), and the fsync calls of a fresh generation (strace).
# 3. Per stage, in process (docs2swift-bench): wall and CPU time and each stage's floor, on the
#    seed and the whole reference.
# 4. Clean debug build of one module, its dependencies built: the generated client module
#    (models + client) against a module of swift-openapi-generator's types + client, for the
#    seed (median of 3) and for the whole Gitpod API (COMPILE_FULL_RUNS, default 1).
#
# OAG skips swift-openapi-generator's release build (many minutes); SIZES picks sizes
# (default "1x 10x 30x full"); COMPILE=0 skips part 4.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
sizes=${SIZES:-1x 10x 30x full}
work=$PWD/.build-bench
mkdir -p "$work"
report=$work/report.md
: >"$report"
say() { echo "$@" | tee -a "$report"; }

swift build -c release --product docs2swift >/dev/null
swift build -c release --product docs2swift-bench >/dev/null
docs2swift=$PWD/.build/release/docs2swift
oag=${OAG:-}
if [ -z "$oag" ]; then
  swift build -c release --package-path Benchmarks/OpenAPIGenerator --product swift-openapi-generator >/dev/null
  oag=$PWD/Benchmarks/OpenAPIGenerator/.build/release/swift-openapi-generator
fi

reference() {  # size → path of the reference
  case $1 in
    1x) echo "$work/gitpod-1x.md" ;;
    full) echo "$PWD/spec/gitpod-full.md" ;;
    *) echo "$work/gitpod-$1.md" ;;
  esac
}
cp spec/gitpod-organizations.md "$work/gitpod-1x.md"
for n in 10 30; do
  [ -f "$work/gitpod-${n}x.md" ] || DOCS2SWIFT=$docs2swift python3 scripts/make-synthetic.py "$n" >"$work/gitpod-${n}x.md"
done
cat >"$work/openapi-generator-config.yaml" <<'YAML'
generate:
  - types
  - client
  - server
accessModifier: public
YAML

say "command: OAG=$oag RUNS=$runs SIZES=\"$sizes\" scripts/bench-compare.sh ($(date -u +%Y-%m-%d), $(nproc) cores, commit $(git rev-parse --short HEAD))"
say
say "### Generation (process time = user+sys, medians of $runs alternating runs; wall; peak RSS)"
say
say "| size | methods | files | docs2swift fresh | docs2swift unchanged | docs2swift unchanged, --no-cache | swift-openapi-generator fresh | swift-openapi-generator again | ratio fresh | ratio unchanged | ratio unchanged, --no-cache |"
say "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for size in $sizes; do
  ref=$(reference "$size")
  "$docs2swift" openapi "$ref" --format yaml >"$work/openapi-$size.yaml" 2>/dev/null
  methods=$("$docs2swift" dump-ir "$ref" 2>/dev/null | python3 -c "import json,sys
d=json.load(sys.stdin)
def c(rs): return sum(len(r['methods']) + c(r['resources']) for r in rs)
print(c(d['resources']))")
  ours="$work/out-d2s-$size"
  theirs="$work/out-oag-$size"
  rm -rf "$ours" "$theirs"
  mkdir -p "$theirs"
  python3 scripts/measure.py --runs "$runs" --json \
    --case d2s-fresh "$docs2swift generate $ref --output $ours" --before d2s-fresh "rm -rf $ours" \
    --case d2s-unchanged "$docs2swift generate $ref --output $ours" \
    --case d2s-pipeline "$docs2swift generate $ref --output $ours --no-cache" \
    --case oag-fresh "$oag generate $work/openapi-$size.yaml --config $work/openapi-generator-config.yaml --output-directory $theirs" \
    --before oag-fresh "rm -rf $theirs && mkdir -p $theirs" \
    --case oag-again "$oag generate $work/openapi-$size.yaml --config $work/openapi-generator-config.yaml --output-directory $theirs" \
    >"$work/generation-$size.json"
  files=$(find "$ours" -type f ! -name .docs2swift-cache | wc -l)
  python3 - "$work/generation-$size.json" "$size" "$methods" "$files" <<'PY' | tee -a "$report"
import json, sys
r = json.load(open(sys.argv[1]))
def cell(c): return f"{c['cpu_ms']:,.1f} ms ({c['wall_ms']:,.0f} ms wall, {c['peak_rss_mib']:.0f} MiB)"
fresh = r['oag-fresh']['cpu_ms'] / r['d2s-fresh']['cpu_ms']
again = r['oag-again']['cpu_ms'] / r['d2s-unchanged']['cpu_ms']
pipeline = r['oag-again']['cpu_ms'] / r['d2s-pipeline']['cpu_ms']
print(f"| {sys.argv[2]} | {sys.argv[3]} | {sys.argv[4]} | {cell(r['d2s-fresh'])} | {cell(r['d2s-unchanged'])} | "
      f"{cell(r['d2s-pipeline'])} | {cell(r['oag-fresh'])} | {cell(r['oag-again'])} | {fresh:.1f}x | {again:.1f}x | "
      f"{pipeline:.1f}x |")
PY
done

say
say "### Process start and flushes"
say
start=$(python3 scripts/measure.py --runs 21 --quiet "$docs2swift --help")
say "- \`docs2swift --help\` (process start, argument parsing, no work): $start ms process time (median of 21)."
if command -v strace >/dev/null; then
  rm -rf "$work/out-strace"
  fsyncs=$(strace -f -c -e trace=fsync,fdatasync "$docs2swift" generate "$(reference 1x)" --output "$work/out-strace" 2>&1 >/dev/null \
    | awk '/fsync|fdatasync/ { n += $4 } END { print n + 0 }')
  files=$(find "$work/out-strace" -type f | wc -l)
  say "- A fresh generation of the seed ($files files): $fsyncs fsync calls (strace)."
fi

say
say "### Stages (in process, docs2swift-bench, medians of $runs runs)"
for size in 1x full; do
  say
  "$PWD/.build/release/docs2swift-bench" "$(reference "$size")" "$runs" 2>/dev/null | tee -a "$report"
done

[ "${COMPILE:-1}" = 1 ] || exit 0

# Clean debug build of one module, its dependencies already built: every source of the module
# is touched, then `swift build --target` builds it.
compile_time() {  # package, module, runs: median seconds
  local package=$1 module=$2 count=$3 times=()
  swift build --package-path "$package" --target "$module" >/dev/null
  for _ in $(seq "$count"); do
    find "$package/Sources/$module" -name '*.swift' -exec touch {} +
    local start end
    start=$(date +%s.%N)
    swift build --package-path "$package" --target "$module" >/dev/null
    end=$(date +%s.%N)
    times+=("$(python3 -c "print(round($end - $start, 2))")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((count + 1) / 2))p"
}
oag_package() {  # size → a package holding swift-openapi-generator's types + client as one module
  local package="$work/oag-client-$1"
  rm -rf "$package/Sources"
  mkdir -p "$package/Sources/OpenAPIClient"
  "$oag" generate "$work/openapi-$1.yaml" --mode types --mode client --access-modifier public \
    --output-directory "$package/Sources/OpenAPIClient" >/dev/null 2>&1
  cat >"$package/Package.swift" <<'SWIFT'
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
  name: "OpenAPIClient",
  platforms: [.macOS(.v13)],
  dependencies: [.package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.7.0")],
  targets: [
    .target(name: "OpenAPIClient", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")])
  ]
)
SWIFT
  echo "$package"
}
full_package="$work/full-package"
rm -rf "$full_package"
"$docs2swift" generate spec/gitpod-full.md --output "$full_package" >/dev/null 2>&1
if [ ! -f "$work/openapi-full.yaml" ]; then
  "$docs2swift" openapi spec/gitpod-full.md --format yaml >"$work/openapi-full.yaml" 2>/dev/null
fi
seed_ours=$(compile_time Generated Gitpod 3)
seed_theirs=$(compile_time "$(oag_package 1x)" OpenAPIClient 3)
full_runs=${COMPILE_FULL_RUNS:-1}
full_ours=$(compile_time "$full_package" Gitpod "$full_runs")
full_theirs=$(compile_time "$(oag_package full)" OpenAPIClient "$full_runs")
count() { find "$1" -name '*.swift' | wc -l; }
say
say "### Clean debug build of the client module (dependencies built)"
say
say "| API | docs2swift (models + client module) | swift-openapi-generator (types + client) | ratio |"
say "| --- | --- | --- | --- |"
say "| seed (median of 3) | ${seed_ours} s ($(count Generated/Sources/Gitpod) files) | ${seed_theirs} s | $(python3 -c "print(f'{$seed_theirs / $seed_ours:.1f}x')") |"
say "| whole Gitpod API ($full_runs run) | ${full_ours} s ($(count "$full_package/Sources/Gitpod") files) | ${full_theirs} s | $(python3 -c "print(f'{$full_theirs / $full_ours:.1f}x')") |"
