#!/usr/bin/env bash
# Validates the OpenAPI export of the seed with openapi-spec-validator (PyPI), in a venv.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-tools
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q openapi-spec-validator==0.9.0 pyyaml
fi
bin=${DOCS2SWIFT:-.build/debug/docs2swift}
out=$(mktemp -d)
"$bin" openapi spec/gitpod-organizations.md --format yaml > "$out/openapi.yaml" 2>/dev/null
"$bin" openapi spec/gitpod-organizations.md --format json > "$out/openapi.json" 2>/dev/null
"$venv/bin/python" - "$out" <<'PY'
import json, sys, yaml
from openapi_spec_validator import validate
out = sys.argv[1]
for name, load in (("openapi.yaml", yaml.safe_load), ("openapi.json", json.load)):
    with open(f"{out}/{name}") as f:
        validate(load(f))
    print(f"{name}: valid OpenAPI 3.1")
PY
