#!/usr/bin/env python3
"""Compares two `docs2swift dump-ir` exports (a reference's structured and flattened forms):
prints the number of methods and Domain Types whose models differ and of differing paths, then each method.
Prose (descriptions, Python examples) is compared word by word and a summary by its start,
as FlattenedEquivalenceTests does.

Usage: compare-ir.py STRUCTURED.json FLATTENED.json"""
import json
import re
import sys


def words(text):
    return " ".join(text.split())


def key(value):
    if isinstance(value, dict):
        for name in ("name", "jsonName"):
            if name in value:
                return str(value[name])
    return None


def diff(a, b, path, out, field=""):
    if isinstance(a, str) and isinstance(b, str) and field in ("description", "pythonExample"):
        if words(a) != words(b):
            out.append(path)
        return
    if isinstance(a, str) and isinstance(b, str) and field == "summary":
        if not words(b).startswith(words(a)):
            out.append(path)
        return
    if type(a) is not type(b):
        out.append(path)
    elif isinstance(a, dict):
        for name in sorted(set(a) | set(b)):
            if name not in a or name not in b:
                out.append(path + "/" + name)
            else:
                diff(a[name], b[name], path + "/" + name, out, name)
    elif isinstance(a, list):
        keys_a = [key(x) for x in a]
        keys_b = [key(x) for x in b]
        if all(keys_a) and all(keys_b) and len(set(keys_a)) == len(a) and len(set(keys_b)) == len(b):
            if keys_a != keys_b:
                out.append(path + ":keys")
            for element in a:
                if key(element) in keys_b:
                    diff(element, b[keys_b.index(key(element))], path + "[" + key(element) + "]", out)
        elif len(a) != len(b):
            out.append(path + ":len")
        else:
            for index, (x, y) in enumerate(zip(a, b)):
                diff(x, y, path + "[%d]" % index, out)
    elif a != b:
        out.append(path)


def place(path):
    """The method or Domain Type a path is in."""
    match = re.match(r"(/resources(\[[^\]]*\]/resources)*\[[^\]]*\]/(methods|types)\[[^\]]*\])", path)
    return match.group(1) if match else path


def main():
    a = json.load(open(sys.argv[1]))
    b = json.load(open(sys.argv[2]))
    out = []
    diff(a, b, "", out)
    places = sorted(set(place(p) for p in out))
    print(len(places), len(out))
    for p in places:
        print("  " + p)


if __name__ == "__main__":
    main()
