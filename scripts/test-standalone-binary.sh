#!/usr/bin/env bash
# A copied docs2swift binary is self-contained (issue 12): copied to a temporary folder and run
# from there, against a clone of the repository whose templates/ and Runtime/ are moved aside
# (and with the source tree itself hidden, where `unshare` may mount over it), it generates the
# seed byte for byte as Generated/ holds it. The binary must also not name the source tree's
# templates/ or Runtime/ folders. (The up-to-date cache the run leaves, .docs2swift-cache, is no output.)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
binary="${1:-.build/debug/docs2swift}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$binary" "$work/docs2swift"
git clone --quiet "$root" "$work/clone"
mv "$work/clone/templates" "$work/templates-aside"
mv "$work/clone/Runtime" "$work/runtime-aside"

for folder in "$root/templates" "$root/Runtime"; do
  if grep -q -a -F "$folder" "$work/docs2swift"; then
    echo "error: the docs2swift binary names $folder" >&2
    exit 1
  fi
done

cd "$work"
# Where user namespaces are allowed, the whole source tree is hidden under an empty tmpfs while
# the copy runs: nothing it reads can come from there.
if unshare -rm true 2>/dev/null; then
  unshare -rm sh -c 'mount -t tmpfs none "$1" && test -z "$(ls -A "$1")" && exec ./docs2swift generate clone/spec/gitpod-organizations.md --output out 2>/dev/null' sh "$root"
  echo "copied binary: ran with $root hidden"
else
  ./docs2swift generate clone/spec/gitpod-organizations.md --output out 2>/dev/null
fi
if ! diff -r -x .docs2swift-cache clone/Generated out >"$work/diff.txt"; then
  head -40 "$work/diff.txt" >&2
  echo "error: the copied binary's output differs from Generated/" >&2
  exit 1
fi
./docs2swift generate clone/spec/gitpod-organizations.md --output clone/Generated --check 2>/dev/null
echo "copied binary: generated the seed without the source tree, identical to Generated/"
