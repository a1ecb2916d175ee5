#!/usr/bin/env python3
"""Swift's own verdict on two API dumps: api-digester-verdict.py OLD.json NEW.json DIAGNOSTICS.txt

OLD.json and NEW.json are `swift-api-digester -dump-sdk` outputs, DIAGNOSTICS.txt the
`-diagnose-sdk` output comparing them. Prints `breaking`, `additive` or `none`, then the lines
that decided it.

The digester compares declarations by name, so a function or initializer that gains a parameter
with a default value is reported as removed (or renamed), with positional "parameter N type
change" lines: an ABI break, but every call that compiled still compiles (docs2swift's
`= nil` arguments). Such a report is accepted as source-compatible only when the new
declaration (same parent, same base name) keeps every old argument label in order with the same
type, the same return type, and every added parameter has a default, as the NEW dump shows
(`hasDefaultArg`). A return type change is never accepted.
"""
import json
import re
import sys


def load(path):
    with open(path) as f:
        return json.load(f)["ABIRoot"]


def callables(root):
    """(parent path, base name) -> [(labels, param types, has-default flags)]."""
    table = {}

    def walk(node, parents):
        kind = node.get("kind")
        if kind in ("Constructor", "Function"):
            printed = node.get("printedName", "")
            base, _, rest = printed.partition("(")
            labels = [l for l in rest.rstrip(")").split(":") if l != ""]
            children = node.get("children", [])
            returns, params = (children[0].get("printedName") if children else None), children[1:]
            table.setdefault((".".join(parents), base), []).append(
                (labels, [p.get("printedName") for p in params], [bool(p.get("hasDefaultArg")) for p in params], returns)
            )
        if kind in ("TypeDecl", "Root"):
            child_parents = parents + [node.get("printedName")] if kind == "TypeDecl" else parents
            for child in node.get("children", []):
                walk(child, child_parents)

    walk(root, [])
    return table


def signatures(root):
    """Every public declaration with its type, as a set of tuples."""
    result = set()

    def walk(node, path):
        kind = node.get("kind")
        if kind in ("Import",):
            return
        if kind.startswith("Type") and kind != "TypeDecl" and kind != "TypeAlias":
            return
        types = tuple(c.get("printedName") for c in node.get("children", []) if c.get("kind", "").startswith("TypeNominal") or c.get("kind") == "TypeFunc")
        here = path + ((kind, node.get("printedName")),)
        result.add((here, types))
        for child in node.get("children", []):
            walk(child, here)

    walk(root, ())
    return result


def compatible_extension(old_entry, new_entries):
    labels, types, _, returns = old_entry
    for new_labels, new_types, defaults, new_returns in new_entries:
        if new_returns != returns:
            continue
        i = 0
        ok = True
        for label, type_, default in zip(new_labels, new_types, defaults):
            if i < len(labels) and label == labels[i] and type_ == types[i]:
                i += 1
            elif not default:
                ok = False
                break
        if ok and i == len(labels):
            return True
    return False


def main():
    old, new, diagnostics = load(sys.argv[1]), load(sys.argv[2]), open(sys.argv[3]).read()
    old_calls, new_calls = callables(old), callables(new)
    breaking, excused = [], []
    decl = re.compile(r"^(Constructor|Func) ([\w.]+?)\.?(\w+)\(([\w:]*)\)")
    for line in diagnostics.splitlines():
        line = line.strip()
        if not line or line.startswith("/*"):
            continue
        m = decl.match(line)
        if m and "return type change" not in line:
            parent, base, labels = m.group(2), m.group(3), [l for l in m.group(4).split(":") if l]
            olds = [e for e in old_calls.get((parent, base), []) if e[0] == labels]
            news = new_calls.get((parent, base), [])
            if olds and news and all(compatible_extension(e, news) for e in olds):
                excused.append(line)
                continue
        breaking.append(line)
    if breaking:
        print("breaking")
        for line in breaking:
            print("  " + line)
    elif signatures(new) - signatures(old):
        print("additive")
        for entry in sorted(signatures(new) - signatures(old))[:5]:
            print("  new: " + " ".join(p[1] for p in entry[0]))
    else:
        print("none")
    for line in excused:
        print("  source-compatible (added parameters have defaults): " + line)


main()
