#!/usr/bin/env python3
"""Writes the bad-input corpus (Tests/Corpus/*.md) from the seed and small hand-made
references. Deterministic: the same files every run. The expected outcome of every file is
written by hand in Tests/Corpus/expected.tsv, after reading what docs2swift does with it."""
import os, random, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, "Tests", "Corpus")
seed = open(os.path.join(root, "spec", "gitpod-organizations.md"), encoding="utf-8").read()
structured = subprocess.run(
    [os.path.join(root, ".build", "debug", "docs2swift"), "format", os.path.join(root, "spec", "gitpod-organizations.md")],
    capture_output=True, text=True, check=True).stdout

def write(name, text, binary=False):
    path = os.path.join(out, name)
    with open(path, "wb") as f:
        f.write(text if binary else text.encode("utf-8"))

def cut_at(marker, nth=1, after=True, inside=0):
    """The seed cut at the nth occurrence of marker (after it, or before it), plus `inside` bytes."""
    index = -1
    for _ in range(nth):
        index = seed.index(marker, index + 1)
    end = index + (len(marker) if after else 0) + inside
    return seed[:end]

BASE = """# Things

## GetThing

`things.get(ThingGetParams**kwargs) -> ThingGetResponse`

**post** `/v1.ThingService/GetThing`

Gets a thing.

### Examples

- Get one: Gets the thing with an ID.

  ```yaml
  thingId: "t-1"
  ```

### Parameters

- `thing_id: str` the ID of the thing

### Returns

- `class ThingGetResponse: …`
  - `thing: Thing` the thing
    - `id: str`
    - `name: Optional[str]`

#### Response

```json
{"thing": {"id": "t-1", "name": "name"}}
```

## Domain Types

### Thing

- `class Thing: …`
  - `id: str`
  - `name: Optional[str]`
"""

def base(params="- `thing_id: str` the ID of the thing", thing="  - `id: str`\n  - `name: Optional[str]`", response='{"thing": {"id": "t-1", "name": "name"}}', extra=""):
    text = BASE.replace("- `thing_id: str` the ID of the thing", params)
    text = text.replace("- `class Thing: …`\n  - `id: str`\n  - `name: Optional[str]`", "- `class Thing: …`\n" + thing)
    text = text.replace('{"thing": {"id": "t-1", "name": "name"}}', response)
    return text + extra

os.makedirs(out, exist_ok=True)
for name in os.listdir(out):
    # fuzz-*.md are regression inputs the fuzzer found (scripts/fuzz.sh): kept as they are.
    if name.endswith(".md") and not name.startswith("fuzz-"):
        os.remove(os.path.join(out, name))

# Empty, garbage, encodings, line endings.
write("empty.md", "")
write("whitespace-only.md", "  \n\n\t \n")
rng = random.Random(20261129)
write("binary-garbage.md", bytes(rng.randrange(256) for _ in range(4096)), binary=True)
write("invalid-utf8.md", seed[:5000].encode("utf-8") + b"\xc3\x28" + seed[5000:6000].encode("utf-8"), binary=True)
write("utf8-bom.md", "\ufeff" + seed)
write("crlf-line-endings.md", structured.replace("\n", "\r\n"))
write("lone-cr-line-endings.md", structured.replace("\n", "\r"))
write("tabs-for-indentation.md", "\n".join(
    "\t" * ((len(line) - len(line.lstrip(" "))) // 2) + line.lstrip(" ") for line in structured.split("\n")))

# The seed truncated at every kind of section boundary.
write("truncated-mid-signature.md", cut_at("`organizations.create(", after=True))
write("truncated-after-examples-heading.md", cut_at("### Examples"))
write("truncated-inside-yaml-fence.md", cut_at("```yaml", inside=10))
write("truncated-after-parameters-heading.md", cut_at("### Parameters"))
write("truncated-after-returns-heading.md", cut_at("### Returns"))
write("truncated-inside-python-fence.md", cut_at("```python", inside=40))
write("truncated-after-response-heading.md", cut_at("#### Response"))
write("truncated-inside-response-json.md", cut_at("```json", inside=30))
write("truncated-after-domain-types-heading.md", cut_at("## Domain Types"))
write("truncated-after-domain-type-heading.md", cut_at("### Invite Domains"))
write("truncated-after-resource-heading.md", cut_at("# Announcement Banner"))

# Headings swapped, duplicated; a method listed twice.
first = seed.index("## CreateOrganization")
second = seed.index("## DeleteOrganization")
params = seed.index("### Parameters", first)
returns = seed.index("### Returns", first)
example = seed.index("### Example ", first)
write("parameters-and-returns-swapped.md", seed[:params] + seed[returns:example] + seed[params:returns] + seed[example:])
write("parameters-heading-duplicated.md", seed[:returns] + seed[params:returns] + seed[returns:])
write("domain-types-heading-duplicated.md", seed.replace("## Domain Types", "## Domain Types ## Domain Types", 1))
write("method-listed-twice.md", seed[:second] + seed[first:second] + seed[second:])

# Types.
write("types-in-a-cycle.md", base(
    thing="  - `id: str`\n  - `name: Optional[str]`\n  - `parent: Optional[Thing]`",
    extra="\n### Tree\n\n- `class Tree: …`\n  - `root: Optional[Node]`\n\n### Node\n\n- `class Node: …`\n  - `tree: Optional[Tree]`\n"))
# A union alias whose member holds it again (through a class's list and directly): a type of
# its own; one that is its own member, through another alias: an error.
write("union-alias-holding-itself.md", base(
    params="- `thing_id: str` the ID of the thing\n- `filter: Optional[Filter]` a filter",
    extra="\n### Filter\n\n- `Filter = Match | AllOf`\n  - `class Match: …`\n    - `name: str`\n"
    "  - `class AllOf: …`\n    - `filters: List[Filter]`\n    - `negated: Optional[Filter]`\n"))
write("union-aliases-defined-by-each-other.md", base(
    params="- `thing_id: str` the ID of the thing\n- `label: Optional[Label]` a label",
    extra="\n### Label\n\n- `Label = Tag | str`\n\n### Tag\n\n- `Tag = Label | int`\n"))
write("type-never-declared.md", base(params="- `thing_id: str` the ID of the thing\n- `filter: Optional[ThingFilter]`"))
write("literal-with-no-values.md", base(params="- `thing_id: str`\n- `kind: Optional[Literal[]]`"))
write("unreadable-type.md", base(params="- `thing_id: str`\n- `tags: Optional[List[str]`"))
write("unknown-generic-type.md", base(params="- `thing_id: str`\n- `value: Optional[Union[str, int]]`"))
write("swift-keywords-as-field-names.md", base(params="- `thing_id: str`\n- `class: Optional[str]`\n- `default: Optional[str]`\n- `self: Optional[str]`\n- `protocol: Optional[str]`\n- `type: Optional[str]`\n- `init: Optional[bool]`"))
write("non-ascii-field-names.md", base(params="- `thing_id: str`\n- `größe: Optional[int]`\n- `名前: Optional[str]`"))
write("colliding-swift-names.md", base(params="- `thing_id: str`\n- `user_id: Optional[str]`\n- `userID: Optional[str]`\n- `avatar_url: Optional[str]`\n- `avatarURL: Optional[str]`"))
write("colliding-wire-names.md", base(params="- `thing_id: str`\n- `thingId: Optional[str]`"))
write("field-listed-twice.md", base(params="- `thing_id: str`\n- `thing_id: str`"))
write("enum-value-without-field.md", base(params='- `"STRAY_VALUE"`\n- `thing_id: str`'))

# Methods and examples.
write("no-methods.md", "# Things\n\nA reference with prose and no methods.\n\n## Domain Types\n\n### Thing\n\n- `class Thing: …`\n  - `id: str`\n")
write("headings-only.md", "# Things\n\n## Things\n\n### Things\n")
write("method-without-http-path.md", BASE.replace("**post** `/v1.ThingService/GetThing`\n\n", ""))
write("http-path-without-code-span.md", BASE.replace("**post** `/v1.ThingService/GetThing`", "**post** /v1.ThingService/GetThing"))
write("method-without-signature.md", BASE.replace("`things.get(ThingGetParams**kwargs) -> ThingGetResponse`\n\n", ""))
write("signature-without-parentheses.md", BASE.replace("`things.get(ThingGetParams**kwargs) -> ThingGetResponse`", "`things.get -> ThingGetResponse`"))
write("invalid-json-response.md", base(response='{"thing": {"id": "t-1",}}'))
write("json-nested-too-deep.md", base(response="[" * 600 + "]" * 600))
write("response-not-an-object.md", base(response='"just a string"'))
write("invalid-yaml-example.md", BASE.replace('thingId: "t-1"', 'thingId: "t-1'))
write("undocumented-example-key.md", BASE.replace('thingId: "t-1"', 'thingId: "t-1"\n  colour: "red"'))
write("resource-without-methods.md", BASE + "\n# Extras\n\n## Domain Types\n\n### Extra\n\n- `class Extra: …`\n  - `id: str`\n")
write("code-fence-in-field-description.md", base(params="- `thing_id: str` the ID, which must match:\n\n  ```\n  ^t-[0-9]+$\n  ```\n- `verbose: Optional[bool]`"))
write("unterminated-fence-structured.md", BASE.replace("```\n\n## Domain Types", "\n## Domain Types"))
# Nesting past every limit: Markdown lists, recovered objects, YAML examples.
lines = ["- `class ThingGetResponse: …`"] + ["  " * (i + 1) + f"- `level{i}: Optional[Level{i}]`" for i in range(250)]
write("lists-nested-250-deep.md", BASE.split("### Returns")[0] + "### Returns\n\n" + "\n".join(lines) + "\n")
# (Classes not named for their fields' paths: `level1: Optional[Level1]` after `level0` would be
# a sibling, as the SDKs name a nested class for its path, `Level0Level1`.)
write("flattened-fields-nested-1000-deep.md",
      "# Things ## GetThing `things.get(ThingGetParams**kwargs) -> object` **post** `/v1/Get` ### Parameters "
      + " ".join(f"- `level{i}: Optional[Inner{i}]`" for i in range(1000)) + " - `leaf: str` ### Returns - `object`")
write("yaml-example-nested-200-deep.md", BASE.replace('thingId: "t-1"', 'thingId: "t-1"\n  deep:\n' + "\n".join("  " * (i + 2) + f"k{i}:" for i in range(200))))
print(f"wrote {len([n for n in os.listdir(out) if n.endswith('.md')])} references to {out}")
