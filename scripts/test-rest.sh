#!/usr/bin/env bash
# The REST references (issue 14): spec/openai.md and spec/lithic.md, structured and flattened,
# give the same API model (RESTReferenceTests, in `swift test`); here their generated packages
# must compile with zero warnings, and all their generated tests pass: the models package's
# (every documented example round-tripped) and the server package's: the client's requests
# (verb, filled path, query, body) checked on a loopback server, its behaviour, the server over
# HTTP (every route of the mock by verb and path, paging, protocol errors, authentication), and
# the generated client calling every method, each event stream, and walking a list's pages to the
# end against the generated mock server. The packages are kept in .build-rest/, built in one
# scratch folder (.build-rest/scratch: the dependencies are built once for both; a rerun is
# incremental). The SDKs' own suites: scripts/test-rest-sdk.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DOCS2SWIFT:-.build/debug/docs2swift}
mkdir -p .build-rest
# Tests/REST/acme.md is a small reference with a list method of every Stainless page scheme
# (offset, page number, next cursor, item cursor, single page): its client walks each; two
# streaming methods whose events the reference types in each way it can (a Domain Type named
# for the response, here an alias of the events' union; the description): its client reads each
# stream from the mock, and a third whose `stream` switch names no events (no stream: the SDKs
# read its response as JSON); and unions told apart by a discriminator, by trial, and kept
# whole when no member reads them (`messages.compose`, `widgets.pick_part`).
for reference in spec/openai.md spec/lithic.md Tests/REST/acme.md; do
  name=$(basename "$reference" .md)
  out=.build-rest/$name
  "$bin" generate "$reference" --output "$out" >/dev/null 2>"$out.warnings" || {
    cat "$out.warnings" >&2
    exit 1
  }
  # The flattened form generates too.
  python3 -c "import sys; print(' '.join(open(sys.argv[1]).read().split()))" "$reference" > ".build-rest/$name.flattened.md"
  "$bin" dump-ir ".build-rest/$name.flattened.md" >/dev/null 2>&1
  swift build --package-path "$out" --scratch-path .build-rest/scratch -Xswiftc -warnings-as-errors --build-tests 2>&1 | grep -v "swift-distributed-tracing" | tail -3
  swift test --skip-build --package-path "$out" --scratch-path .build-rest/scratch 2>&1 | tail -1
  server=$(echo "$out"/Packages/*Server)
  swift build --package-path "$server" --scratch-path .build-rest/scratch -Xswiftc -warnings-as-errors --build-tests 2>&1 | grep -v "swift-distributed-tracing" | tail -3
  swift test --skip-build --package-path "$server" --scratch-path .build-rest/scratch 2>&1 | tail -1
  # The generated code is formatted as swift format formats it (the checked-in configuration).
  swift format lint --strict --configuration .swift-format -r "$out/Package.swift" "$out/Sources" "$out/Tests" "$out/Packages"
  echo "$name: generated package builds with warnings as errors, swift format clean ($(grep -c warning "$out.warnings") generator warnings)"
done
