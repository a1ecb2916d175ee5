#!/usr/bin/env bash
# Re-records Sources/Docs2SwiftCore/Emit/Naming/ImportedTypeNames.swift: every public top-level
# type, protocol and type alias of the modules a generated client's code and its users' code
# see unqualified (Swift, Concurrency, Foundation and the modules it re-exports, Dispatch,
# swift-log's Logging), from the installed toolchain's symbol graphs. A generated top-level type
# never takes one of these names. Review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
graphs=$(mktemp -d)
trap 'rm -rf "$graphs"' EXIT
target=$(swift -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["target"]["triple"])')
for module in Swift _Concurrency _StringProcessing Synchronization Dispatch Foundation FoundationEssentials \
  FoundationInternationalization FoundationNetworking; do
  swift-symbolgraph-extract -module-name "$module" -target "$target" -output-dir "$graphs" \
    -minimum-access-level public
done
# Logging, from the runtime package's build (it depends on swift-log).
swift build --package-path Runtime --target ExampleKit > /dev/null
modules=$(find Runtime/.build -path '*/debug/Modules' -type d | head -1)
swift-symbolgraph-extract -module-name Logging -target "$target" -output-dir "$graphs" -I "$modules" \
  -minimum-access-level public
python3 - "$graphs" Sources/Docs2SwiftCore/Emit/Naming/ImportedTypeNames.swift <<'PY'
import glob, json, os, sys
graphs, output = sys.argv[1], sys.argv[2]
said = {"Swift": "Swift", "_Concurrency": "Concurrency", "_StringProcessing": "Swift",
        "Synchronization": "Synchronization", "Dispatch": "Dispatch", "Logging": "Logging"}
order = ["Swift", "_Concurrency", "_StringProcessing", "Synchronization", "Dispatch", "Foundation", "Logging"]
names = {}
for path in sorted(glob.glob(os.path.join(graphs, "*.symbols.json"))):
    graph = json.load(open(path))
    module = graph["module"]["name"]
    owner = said.get(module, "Foundation" if module.startswith("Foundation") else module)
    for symbol in graph["symbols"]:
        kind = symbol["kind"]["identifier"].split(".")[-1]
        name = symbol["pathComponents"][0]
        if kind not in ("struct", "class", "enum", "protocol", "typealias", "actor"):
            continue
        if len(symbol["pathComponents"]) != 1 or not name[:1].isupper():
            continue
        if name not in names or order.index(owner) < order.index(names[name]):
            names[name] = owner
for module in ("Swift", "Foundation", "FoundationNetworking", "Dispatch", "Logging", "Synchronization"):
    names.setdefault(module, module)  # a module's own name: `Foundation.Date` must still resolve
with open(output, "w") as out:
    out.write("// Recorded by scripts/update-imported-names.sh from the toolchain's symbol graphs. Do not edit.\n\n")
    out.write("extension SwiftNaming {\n")
    out.write("  /// Every public top-level type name of Swift, Concurrency, Foundation (with the modules it\n")
    out.write("  /// re-exports), Dispatch and Logging, with the module that declares it (and each module's own\n")
    out.write("  /// name, with itself). A user's file imports these beside the generated module, where a type of the\n")
    out.write("  /// same name would be ambiguous, and the generated client's own code uses them unqualified.\n")
    out.write("  static let importedTypeNames: [String: String] = [\n")
    for name in sorted(names):
        out.write(f'    "{name}": "{names[name]}",\n')
    out.write("  ]\n}\n")
PY
swift format -i --configuration .swift-format Sources/Docs2SwiftCore/Emit/Naming/ImportedTypeNames.swift
git diff --stat -- Sources/Docs2SwiftCore/Emit/Naming/ImportedTypeNames.swift
