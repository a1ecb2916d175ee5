#!/usr/bin/env bash
# Side by side on this machine, in one run: docs2swift generate (every output) on the seed and
# on synthetic references 10x and 30x its size, against apple/swift-openapi-generator 1.14.3
# (types + client + server) on docs2swift's OpenAPI export of the same API. Process time
# (user+sys), median of RUNS; then the clean debug compile time of the generated client
# module against a module holding swift-openapi-generator's types and client.
#   scripts/bench-compare.sh            (RUNS=5 by default; the report goes to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
work=.build-bench
mkdir -p "$work"
swift build -c release --product docs2swift >/dev/null
docs2swift=$PWD/.build/release/docs2swift
# OAG=path/to/swift-openapi-generator skips building it (a release build takes many minutes).
oag=${OAG:-}
if [ -z "$oag" ]; then
  swift build -c release --package-path Benchmarks/OpenAPIGenerator --product swift-openapi-generator >/dev/null
  oag=$PWD/Benchmarks/OpenAPIGenerator/.build/release/swift-openapi-generator
fi

cp spec/gitpod-organizations.md "$work/gitpod-1x.md"
for n in 10 30; do
  [ -f "$work/gitpod-${n}x.md" ] || DOCS2SWIFT=$docs2swift python3 scripts/make-synthetic.py "$n" > "$work/gitpod-${n}x.md"
done
cat > "$work/openapi-generator-config.yaml" <<'YAML'
generate:
  - types
  - client
  - server
accessModifier: public
YAML

echo "| size | methods | docs2swift generate | swift-openapi-generator | ratio |"
echo "| --- | --- | --- | --- | --- |"
for n in 1 10 30; do
  ref="$work/gitpod-${n}x.md"
  "$docs2swift" openapi "$ref" --format yaml > "$work/openapi-${n}x.yaml" 2>/dev/null
  methods=$("$docs2swift" dump-ir "$ref" 2>/dev/null | python3 -c "import json,sys
d=json.load(sys.stdin)
def c(rs): return sum(len(r['methods']) + c(r['resources']) for r in rs)
print(c(d['resources']))")
  rm -rf "$work/out-d2s-$n" "$work/out-oag-$n"
  mkdir -p "$work/out-oag-$n"
  ours=$(python3 scripts/measure.py --runs "$runs" --quiet \
    "$docs2swift generate $ref --output $work/out-d2s-$n")
  theirs=$(python3 scripts/measure.py --runs "$runs" --quiet \
    "$oag generate $work/openapi-${n}x.yaml --config $work/openapi-generator-config.yaml --output-directory $work/out-oag-$n")
  ratio=$(python3 -c "print(f'{$theirs / $ours:.1f}x')")
  echo "| ${n}x | $methods | ${ours} ms | ${theirs} ms | $ratio |"
done

# Clean debug compile time of one module, its dependencies already built: the generated
# client module (models + client) against swift-openapi-generator's types + client.
oag_package="$work/oag-client"
mkdir -p "$oag_package/Sources/OpenAPIClient"
"$oag" generate "$work/openapi-1x.yaml" --mode types --mode client --access-modifier public \
  --output-directory "$oag_package/Sources/OpenAPIClient" >/dev/null 2>&1
cat > "$oag_package/Package.swift" <<'SWIFT'
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
compile_time() {  # package, module: median seconds of a clean debug build of that module alone
  local package=$1 module=$2 times=()
  swift build --package-path "$package" --target "$module" >/dev/null
  for _ in 1 2 3; do
    # Every source of the module changed, its dependencies not: the module compiles from clean.
    find "$package/Sources/$module" -name '*.swift' -exec touch {} +
    local start end
    start=$(date +%s.%N)
    swift build --package-path "$package" --target "$module" >/dev/null
    end=$(date +%s.%N)
    times+=("$(python3 -c "print(round($end - $start, 2))")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
ours=$(compile_time Generated Gitpod)
theirs=$(compile_time "$oag_package" OpenAPIClient)
echo
echo "| clean debug compile of the client module | docs2swift (Generated/Sources/Gitpod) | swift-openapi-generator (types + client) | ratio |"
echo "| --- | --- | --- | --- |"
echo "| seed | ${ours} s | ${theirs} s | $(python3 -c "print(f'{$theirs / $ours:.1f}x')") |"
