#!/usr/bin/env bash
# Builds the DocC archive of a generated package and scans every page of it (issue 18):
#   scripts/build-docs.sh builds the archive of the client module (its own symbol graphs only,
#   DocC warnings as errors), then scripts/scan-docs.py reads the render JSON of every page and
#   fails on a method or initializer with parameters and no Parameters section, a Python name
#   (`organization_id`, `organizations.list_members`) in a code span of prose, less than 95% of
#   types, methods and initializers with an abstract, another module in the archive, a public
#   type the landing page does not curate, a resource type without an overview or a link to its
#   article, and raw Markdown (a heading with backticks, a "Note:" paragraph that is no aside).
# Usage: scripts/check-docs.sh [package-dir]      the package in package-dir (default Generated)
#        scripts/check-docs.sh --references       the packages of spec/gitpod-full.md,
#                                                 spec/openai.md and spec/lithic.md, generated
#                                                 into .build-docs/<name> (not committed)
# Environment: SCRATCH (the packages' build folder, default .build-docs/scratch: one for all, so
#              swift-log is built once), DOCC (see scripts/build-docs.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export SCRATCH="${SCRATCH:-.build-docs/scratch}"

check() {
  local package="$1"
  shift
  local catalog
  catalog="$(find "$package/Sources" -maxdepth 2 -name '*.docc' -type d | head -1)"
  [ -n "$catalog" ] || { echo "check-docs: no DocC catalog under $package/Sources" >&2; exit 1; }
  local module
  module="$(basename "$catalog" .docc)"
  local archive="$package/.build-docs-archive/$module.doccarchive"
  MODULE="$module" scripts/build-docs.sh "$package" "$archive" || return 1
  python3 scripts/scan-docs.py "$archive" "$module" --report "$package/.build-docs-archive/scan.json" "$@"
}

if [ "${1:-}" = "--references" ]; then
  [ -x .build/debug/docs2swift ] || swift build --product docs2swift
  status=0
  mkdir -p .build-docs
  for spec in spec/gitpod-full.md spec/openai.md spec/lithic.md; do
    name="$(basename "$spec" .md)"
    out=".build-docs/$name"
    .build/debug/docs2swift generate "$spec" --output "$out" 2>"$out.warnings" || {
      cat "$out.warnings" >&2
      exit 1
    }
    echo "== $spec"
    # Code spans that name nothing the reference documents, so no Swift name exists for them:
    # openai.md's `file_search` tool and `fine_tuning.job` object are outside its subset of the
    # API, and it calls its own literal "vector_store.files_batch" `vector_store.file_batch`;
    # lithic.md asks clients to compute `is_new_country`, `is_new_mcc` and `is_new_merchant`.
    allow=()
    case "$name" in
      # `voice_1234`: an example value in the description of a custom voice's `id`.
      openai) allow=(--allow file_search --allow fine_tuning.job --allow vector_store.file_batch --allow voice_1234) ;;
      lithic) allow=(--allow is_new_country --allow is_new_mcc --allow is_new_merchant) ;;
    esac
    check "$out" ${allow[@]+"${allow[@]}"} || status=1
  done
  exit "$status"
fi
check "${1:-Generated}"
