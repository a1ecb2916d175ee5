#!/usr/bin/env bash
# Fuzzes the normalizer, reader, IR builder and generator with libFuzzer (+ AddressSanitizer).
#   scripts/fuzz.sh [SECONDS]      run for SECONDS (default 60), corpus in .build-fuzz/corpus
# Seeds: Tests/Corpus/*.md and slices of the seed. Crashes are written to .build-fuzz/ as
# crash-*; add each to Tests/Corpus/ with its expected outcome.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build-fuzz
mkdir -p "$out/corpus"
# The whole core: an input that parses is also generated, and the package checked (issue 19).
sources=$(find Sources/Docs2SwiftCore -name '*.swift' | sort)
# Yams (the YAML examples' parser) from the package's own dependency, built by SwiftPM once.
swift build -c release --target Yams --scratch-path "$out/spm" >/dev/null
yams_objects=$(find "$out/spm/release/Yams.build" "$out/spm/release/CYaml.build" -name '*.o' | sort)
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name Docs2SwiftCore \
  -Xcc -fmodule-map-file=Sources/CCMark/module.modulemap -I Sources/CCMark -I "$out/spm/release/Modules" \
  -Xcc -fmodule-map-file="$out/spm/checkouts/Yams/Sources/CYaml/include/module.modulemap" \
  -I "$out/spm/checkouts/Yams/Sources/CYaml/include" \
  $sources Fuzz/FuzzParser.swift $yams_objects -lcmark -o "$out/fuzz-parser"
cp Tests/Corpus/*.md "$out/corpus/" 2>/dev/null || true
python3 - "$out/corpus" <<'PY'
import sys, os
seed = open("spec/gitpod-organizations.md", encoding="utf-8").read()
starts = [i for i in range(len(seed)) if seed.startswith(" ## ", i)]
for n, (a, b) in enumerate(zip(starts, starts[1:])):
    with open(os.path.join(sys.argv[1], f"seed-method-{n}.md"), "w", encoding="utf-8") as f:
        f.write("# Organizations" + seed[a:b])
PY
# -detect_leaks=0: the built-in templates, compiled once, are kept for the whole process.
ASAN_OPTIONS=detect_leaks=0 "$out/fuzz-parser" "$out/corpus" -detect_leaks=0 -max_len=65536 -timeout=${FUZZ_TIMEOUT:-60} -rss_limit_mb=4096 \
  -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$out/" 2>&1 | tee "$out/last-run.log" | tail -n 25
