#!/usr/bin/env python3
"""Makes synthetic references N times the seed's size by replicating its resources under new
names: every copy k renames the accessor root (organizations → organizations_k), the HTTP
service (gitpod.v1 → gitpod.vk), every type and operation name (Name → VkName) and every
section title, so the copies are distinct APIs of the same shape.

    scripts/make-synthetic.py 10 > Benchmarks/references/gitpod-10x.md
"""
import json, re, subprocess, sys, os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
seed_path = os.path.join(root, "spec", "gitpod-organizations.md")
seed = open(seed_path, encoding="utf-8").read().rstrip("\n")
factor = int(sys.argv[1])

binary = os.environ.get("DOCS2SWIFT", os.path.join(root, ".build", "debug", "docs2swift"))
ir = json.loads(subprocess.run([binary, "dump-ir", seed_path], capture_output=True, text=True, check=True).stdout)

names = set()
def collect_type(t):
    if t.get("name"): names.add(t["name"])
    for f in t.get("fields", []): collect_type(f["type"])
    if "of" in t: collect_type(t["of"])
def walk(resources):
    for r in resources:
        for t in r["types"]:
            names.add(t["name"])
            for f in t.get("fields", []): collect_type(f["type"])
        for m in r["methods"]:
            names.update([m["operation"], m["paramsType"]])
            for f in m["params"]: collect_type(f["type"])
            if m["returns"]: collect_type(m["returns"])
            if m["pagination"]: names.add(m["pagination"]["pageType"])
        walk(r["resources"])
walk(ir["resources"])
pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")
titles = re.compile(r"(^| )# ([A-Z][A-Za-z ]+?) (?=## )")
# A Domain Type heading (`### Conversation Sharing Policy - `…): an enum's name comes from it.
type_titles = re.compile(r" ### (?!Examples |Parameters |Returns |Example )([A-Z][A-Za-z ]+?) (?=- `)")

copies = [seed]
for k in range(2, factor + 1):
    text = pattern.sub(lambda m: f"V{k}" + m.group(1), seed)
    text = text.replace("organizations.", f"organizations_{k}.").replace("gitpod.v1.", f"gitpod.v{k}.")
    text = titles.sub(lambda m: f"{m.group(1)}# {m.group(2)} {k} ", text)
    text = type_titles.sub(lambda m: f" ### V{k} {m.group(1)} ", text)
    copies.append(text)
sys.stdout.write(" ".join(copies) + "\n")
