#!/usr/bin/env python3
"""Scans the render JSON of a DocC archive built by scripts/build-docs.sh (issue 18).

Usage: scripts/scan-docs.py ARCHIVE MODULE [--report FILE] [--allow CODE]...
       scripts/scan-docs.py --show ARCHIVE PAGE   (a page as text: gitpod/organization)

Reads every page under ARCHIVE/data/documentation and fails (exit 1) when:

- params: a method or initializer of MODULE whose declaration has parameters has no Parameters
  section, or one that leaves a parameter out. Implementations of a protocol requirement whose
  documentation DocC inherits ("Inherited from `Decodable.init(from:)`.") are left out: their
  page is the protocol's, and they are counted apart;
- python-names: a code span in an abstract, a discussion, a parameter's or the return value's
  description names something in Python: a lowercase snake_case identifier (`organization_id`)
  or a dotted path with one (`organizations.list_members`, `organizations.list_members()`).
  Code blocks are not prose (JSON examples show wire names as they travel), quoted string
  values (`"in_progress"`) are values, and SCREAMING_CASE enum values are not Python names.
  `--allow CODE` accepts one such span where the reference names something it does not
  document (so no Swift name exists); they are counted apart;
- abstracts: fewer than 95% of the types, methods and initializers declared in MODULE have an
  abstract (inherited documentation counts as one);
- modules: the archive documents another module than MODULE (a dependency's symbol graph);
- curation: a public type of MODULE is not in the landing page's own Topics (DocC's automatic
  groups, marked `generated`, do not count);
- resources: an article whose abstract links a type (a resource's article: "The methods of
  ``OrganizationsResource``") is not linked from that type's page, or the type's page has no
  overview;
- markdown: a heading shows raw Markdown (a backtick), or a paragraph of prose starts with
  "Note:" where DocC writes an aside (`> Note:`).

Prints the figures (pages scanned, abstract coverage, violations by rule) and the first
violations of each rule.
"""

import json
import os
import re
import sys

SNAKE = r"_?[a-z][a-z0-9]*(?:_[a-z0-9]+)+"
IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
SNAKE_NAME = re.compile(rf"^{SNAKE}$")
PATH = re.compile(rf"^{IDENT}(?:\.{IDENT})+$")
TYPE_KINDS = {"struct", "class", "enum", "protocol", "typealias", "actor", "associatedtype"}
FUNCTION_KINDS = {"method", "func", "init", "subscript", "op", "macro"}
LIMIT = 15


def python_name(code):
    """Whether a code span's text is a Python name: snake_case, or a dotted path with one."""
    text = code.strip()
    text = re.sub(r"\(.*\)$", "", text)  # a call: `organizations.list_members()`
    if SNAKE_NAME.match(text):
        return True
    if PATH.match(text):
        return any(SNAKE_NAME.match(part) for part in text.split("."))
    return False


def inline_texts(nodes):
    """(kind, text) of every inline node, recursively: kind is `code` for code spans."""
    for node in nodes or []:
        kind = node.get("type")
        if kind == "codeVoice":
            yield "code", node.get("code", "")
        elif kind == "text":
            yield "text", node.get("text", "")
        for key in ("inlineContent",):
            yield from inline_texts(node.get(key))


def blocks(nodes):
    """Every block node, recursively (list items, asides, tables), code listings included."""
    for node in nodes or []:
        yield node
        for key in ("content", "items"):
            child = node.get(key)
            if isinstance(child, list):
                yield from blocks(child)
        if node.get("type") == "table":
            for row in node.get("rows", []):
                for cell in row:
                    yield from blocks(cell)


def prose_inlines(content):
    """The inline nodes of every prose block (code listings are not prose)."""
    for block in blocks(content):
        if block.get("type") in ("paragraph", "heading"):
            yield block, block.get("inlineContent", [])
        elif "inlineContent" in block and block.get("type") != "codeListing":
            yield block, block.get("inlineContent", [])


def declaration_parameters(page):
    """The parameter names a declaration shows (internal name where there is one)."""
    names = []
    for section in page.get("primaryContentSections", []):
        if section.get("kind") != "declarations":
            continue
        for declaration in section.get("declarations", [])[:1]:
            external = None
            for token in declaration.get("tokens", []):
                kind = token.get("kind")
                if kind == "externalParam":
                    if external is not None:
                        names.append(external)
                    external = token["text"]
                elif kind == "internalParam":
                    names.append(token["text"])
                    external = None
                elif kind == "text" and external is not None and ":" in token["text"]:
                    names.append(external)
                    external = None
            if external is not None:
                names.append(external)
    return names


def is_inherited(page):
    abstract = page.get("abstract") or []
    return bool(abstract) and abstract[0].get("type") == "text" and abstract[0].get("text") == "Inherited from "


def render_inline(nodes, references):
    out = ""
    for node in nodes or []:
        kind = node.get("type")
        if kind == "text":
            out += node.get("text", "")
        elif kind == "codeVoice":
            out += "`" + node.get("code", "") + "`"
        elif kind == "reference":
            reference = references.get(node.get("identifier"), {})
            out += "[" + (reference.get("title") or node.get("identifier", "")) + "]"
        elif kind in ("emphasis", "strong", "newTerm", "inlineHead"):
            out += render_inline(node.get("inlineContent"), references)
        elif kind == "link":
            out += node.get("title", node.get("destination", ""))
        elif kind == "image":
            out += "[image]"
    return out


def render_blocks(nodes, references, indent=""):
    lines = []
    for node in nodes or []:
        kind = node.get("type")
        if kind == "paragraph":
            lines.append(indent + render_inline(node.get("inlineContent"), references))
        elif kind == "heading":
            lines.append(indent + "#" * node.get("level", 2) + " " + node.get("text", ""))
        elif kind == "codeListing":
            lines.append(indent + "```" + (node.get("syntax") or ""))
            lines += [indent + line for line in node.get("code", [])]
            lines.append(indent + "```")
        elif kind in ("unorderedList", "orderedList"):
            for item in node.get("items", []):
                body = render_blocks(item.get("content"), references, indent + "  ")
                if body:
                    body[0] = indent + "- " + body[0].lstrip()
                lines += body
            continue
        elif kind == "aside":
            body = render_blocks(node.get("content"), references)
            lines += [indent + "> " + (node.get("name") or node.get("style", "note").capitalize()) + ": " + (body[0] if body else "")]
            lines += [indent + "> " + line for line in body[1:]]
        else:
            lines.append(indent + f"[{kind}]")
        lines.append("")
    return lines


def show(archive, path):
    """A page of the archive as text: what a reader sees, roughly."""
    with open(os.path.join(archive, "data", "documentation", path + ".json"), encoding="utf-8") as file:
        page = json.load(file)
    references = page.get("references", {})
    metadata = page.get("metadata", {})
    lines = [f"{metadata.get('roleHeading', metadata.get('role', ''))}: {metadata.get('title', path)}", ""]
    lines += ["Abstract: " + render_inline(page.get("abstract"), references), ""]
    for section in page.get("primaryContentSections", []):
        kind = section.get("kind")
        if kind == "declarations":
            for declaration in section.get("declarations", [])[:1]:
                lines += ["Declaration:", "  " + "".join(token.get("text", "") for token in declaration.get("tokens", [])), ""]
        elif kind == "parameters":
            lines.append("Parameters:")
            for parameter in section.get("parameters", []):
                body = render_blocks(parameter.get("content"), references)
                lines.append(f"  {parameter.get('name')}: " + " ".join(line for line in body if line))
            lines.append("")
        elif kind == "content":
            lines += render_blocks(section.get("content"), references)
    for section in page.get("sections", []):
        if section.get("kind") == "returns":
            lines += ["Return Value:"] + render_blocks(section.get("content"), references, "  ")
    for title, key in (("Topics", "topicSections"), ("See Also", "seeAlsoSections")):
        sections = page.get(key, [])
        if sections:
            lines += [f"== {title} =="]
        for section in sections:
            marker = " (automatic)" if section.get("generated") else ""
            lines.append(f"### {section.get('title', '')}{marker}")
            for identifier in section.get("identifiers", []):
                reference = references.get(identifier, {})
                abstract = render_inline(reference.get("abstract"), references)
                lines.append(f"- {reference.get('title', identifier)}" + (f": {abstract}" if abstract else ""))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main():
    args = sys.argv[1:]
    if len(args) == 3 and args[0] == "--show":
        sys.stdout.write(show(args[1], args[2]))
        return 0
    report_path = None
    allowed = set()
    while "--allow" in args:
        index = args.index("--allow")
        allowed.add(args[index + 1])
        del args[index : index + 2]
    allowed_found = 0
    if "--report" in args:
        index = args.index("--report")
        report_path = args[index + 1]
        del args[index : index + 2]
    if len(args) != 2:
        print("\n".join(__doc__.strip().splitlines()[2:4]), file=sys.stderr)
        return 2
    archive, module = args
    root = os.path.join(archive, "data", "documentation")
    module_key = module.lower()
    violations = {rule: [] for rule in ("params", "python-names", "abstracts", "modules", "curation", "resources", "markdown")}
    pages = {}
    for directory, _, files in os.walk(root):
        for name in files:
            if name.endswith(".json"):
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as file:
                    page = json.load(file)
                identifier = page.get("identifier", {}).get("url", path)
                pages[identifier] = page

    # modules: every top-level page is a module; only MODULE may be there.
    for name in sorted(os.listdir(root)):
        if name.endswith(".json") and name[: -len(".json")] != module_key:
            violations["modules"].append(f"the archive documents module `{name[:-5]}`")

    symbol_pages = 0
    counted = 0
    with_abstract = 0
    inherited = 0
    parameters_checked = 0
    inherited_parameters = 0
    missing_abstracts = []
    top_level_types = set()
    prefix = f"doc://{module}/documentation/{module}/"
    for identifier, page in sorted(pages.items()):
        metadata = page.get("metadata", {})
        title = metadata.get("title", identifier)
        where = identifier.removeprefix(prefix)
        own = identifier.startswith(prefix) and metadata.get("extendedModule") in (None, module) and "::SYNTHESIZED::" not in metadata.get(
            "externalID", ""
        )
        abstract = page.get("abstract") or []
        sections = page.get("primaryContentSections", [])
        discussion = [block for section in sections if section.get("kind") == "content" for block in section.get("content", [])]
        parameter_sections = [section for section in sections if section.get("kind") == "parameters"]
        returns = [block for section in page.get("sections", []) if section.get("kind") == "returns" for block in section.get("content", [])]

        # markdown: headings with backticks, "Note:" paragraphs that are not asides (every page).
        for block in blocks(discussion):
            if block.get("type") == "heading" and "`" in block.get("text", ""):
                violations["markdown"].append(f"{where}: heading shows Markdown: {block['text']}")
            if block.get("type") == "paragraph":
                first = (block.get("inlineContent") or [{}])[0]
                if first.get("type") == "text" and re.match(r"\s*(Note|Important|Warning|Tip):", first.get("text", "")):
                    violations["markdown"].append(f"{where}: a plain paragraph starts with {first['text'][:40]!r}")

        # python-names: code spans in abstracts, discussions, parameters and returns (every page).
        prose = [{"type": "paragraph", "inlineContent": abstract}] + discussion + returns
        for section in parameter_sections:
            for parameter in section.get("parameters", []):
                prose += parameter.get("content", [])
        for _, inlines in prose_inlines(prose):
            for kind, text in inline_texts(inlines):
                if kind == "code" and python_name(text):
                    if text.strip() in allowed:
                        allowed_found += 1
                    else:
                        violations["python-names"].append(f"{where}: `{text}`")

        if metadata.get("role") != "symbol" or not own:
            continue
        symbol_pages += 1
        kind = metadata.get("symbolKind")
        if kind in TYPE_KINDS and identifier.count("/") == prefix.count("/"):
            top_level_types.add(identifier)
        if kind in TYPE_KINDS or kind in FUNCTION_KINDS:
            counted += 1
            if is_inherited(page):
                inherited += 1
            if abstract:
                with_abstract += 1
            else:
                missing_abstracts.append(f"{where} ({kind})")
        if kind in FUNCTION_KINDS:
            names = declaration_parameters(page)
            if not names:
                continue
            if is_inherited(page):
                inherited_parameters += 1
                continue
            parameters_checked += 1
            if not parameter_sections:
                violations["params"].append(f"{where}: no Parameters section")
                continue
            documented = {parameter.get("name") for section in parameter_sections for parameter in section.get("parameters", [])}
            left_out = [name for name in names if name not in documented and name != "_"]
            if left_out:
                violations["params"].append(f"{where}: Parameters leave out {', '.join(left_out)}")

    coverage = 100.0 * with_abstract / counted if counted else 100.0
    if coverage < 95.0:
        violations["abstracts"] = [f"{len(missing_abstracts)} without an abstract ({coverage:.1f}% < 95%)"] + missing_abstracts

    # curation: the landing page's own topics hold every top-level type.
    landing = pages.get(f"doc://{module}/documentation/{module}")
    curated = set()
    if landing:
        for section in landing.get("topicSections", []):
            if not section.get("generated"):
                curated.update(section.get("identifiers", []))
    uncurated = sorted(top_level_types - curated)
    for identifier in uncurated:
        violations["curation"].append(f"{identifier.removeprefix(prefix)} is not in the landing page's topics")

    # resources: an article whose abstract links a type, and that type's page.
    articles = 0
    for identifier, page in sorted(pages.items()):
        metadata = page.get("metadata", {})
        if metadata.get("role") not in ("article", "collectionGroup") or identifier == f"doc://{module}/documentation/{module}":
            continue
        linked = [node.get("identifier") for node in page.get("abstract") or [] if node.get("type") == "reference"]
        linked = [link for link in linked if link in pages and pages[link].get("metadata", {}).get("role") == "symbol"]
        if not linked:
            continue
        articles += 1
        type_page = pages[linked[0]]
        name = linked[0].removeprefix(prefix)
        discussion = [s for s in type_page.get("primaryContentSections", []) if s.get("kind") == "content"]
        if not discussion:
            violations["resources"].append(f"{name}: no overview")
        text = json.dumps(type_page.get("primaryContentSections", [])) + json.dumps(type_page.get("topicSections", []))
        text += json.dumps(type_page.get("seeAlsoSections", [])) + json.dumps(type_page.get("abstract", []))
        if identifier not in text:
            violations["resources"].append(f"{name}: no link to its article {identifier.removeprefix(prefix)}")

    total = sum(len(v) for v in violations.values())
    lines = [
        f"scan-docs {module}: {len(pages)} pages, {symbol_pages} symbol pages of {module}",
        f"  abstracts: {with_abstract}/{counted} types, methods and initializers ({coverage:.1f}%; {inherited} inherited)",
        f"  parameters: {parameters_checked} methods and initializers with parameters checked"
        f" ({inherited_parameters} with inherited documentation left out)",
        f"  curation: {len(top_level_types) - len(uncurated)}/{len(top_level_types)} public types in the landing page's topics",
        f"  resource articles: {articles}",
        f"  allowed names the reference does not document: {allowed_found} ({', '.join(sorted(allowed)) or 'none'})",
        "  violations: " + ", ".join(f"{rule} {len(found)}" for rule, found in violations.items()) + f" (total {total})",
    ]
    for rule, found in violations.items():
        for line in found[:LIMIT]:
            lines.append(f"  {rule}: {line}")
        if len(found) > LIMIT:
            lines.append(f"  {rule}: … {len(found) - LIMIT} more")
    print("\n".join(lines))
    if report_path:
        with open(report_path, "w", encoding="utf-8") as file:
            json.dump({"module": module, "pages": len(pages), "symbolPages": symbol_pages, "counted": counted,
                       "withAbstract": with_abstract, "coverage": round(coverage, 1),
                       "violations": violations}, file, indent=1, sort_keys=True)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
