#!/usr/bin/env bash
# Text from a reference is data (issue 19): a reference whose author tries to put code into the
# generated package (Tests/Hostile/hostile.md, written by scripts/make-hostile.py) generates a
# package that builds warning-free and whose tests pass. Every payload names an identifier that
# does not exist, so one that became live code (an interpolation, a closed literal or comment)
# fails the build: "cannot find 'hostile…' in scope".
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${DOCS2SWIFT:-.build/debug/docs2swift}
scratch=${SCRATCH:-.build-configs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/make-hostile.py >/dev/null
git diff --exit-code --quiet Tests/Hostile/hostile.md || {
  echo "error: Tests/Hostile/hostile.md differs from what scripts/make-hostile.py writes" >&2
  exit 1
}
"$bin" generate Tests/Hostile/hostile.md --output "$work/hostile" >/dev/null
# The payloads reached the package (as data): in Swift sources, tests and the DocC catalog.
count=$(grep -rl hostile "$work/hostile" --include='*.swift' | wc -l)
[ "$count" -gt 5 ] || { echo "error: the payloads did not reach the generated package" >&2; exit 1; }
# The client package, then the server package (its mock holds the response examples).
for package in "$work/hostile" "$work"/hostile/Packages/*Server; do
  swift build --package-path "$package" --scratch-path "$scratch" -Xswiftc -warnings-as-errors
  swift test --package-path "$package" --scratch-path "$scratch"
done
echo "hostile reference: $count generated Swift files hold the payloads as data; the package builds and its tests pass"
