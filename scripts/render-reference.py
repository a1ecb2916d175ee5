#!/usr/bin/env python3
"""Render a Stainless-style Markdown API reference from a Stainless-generated Python SDK sdist.

Usage:
    render_reference.py SDK_DIR [RESOURCE ...] [-o OUT.md] [--flattened OUT.flattened.md]

SDK_DIR is an unpacked source distribution (it has api.md, src/<pkg>/ or the folder api.md's links
name, tests/).
RESOURCE is a dotted resource path as used on the client (``chat``, ``vector_stores``,
``hris.directory``); a resource includes its sub-resources.  Without RESOURCE every resource
in api.md is rendered.

Everything is read statically with ``ast`` (no import of the SDK): api.md gives the method
list (verb, path, return type) and the Types lists; the resource modules give the method
signatures and docstrings; the types modules give parameter/response classes, field
docstrings (string literals after the annotation) and aliases; tests/api_resources give the
example call arguments; the README gives the client construction.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import json
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

# ---------------------------------------------------------------------------
# small text helpers
# ---------------------------------------------------------------------------

WORD_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")



def span(code: str) -> str:
    """`code` as a CommonMark code span: fenced by more backticks than it holds in a row (a
    `Literal` value may be a backtick), with a space inside each fence then."""
    if "`" not in code:
        return f"`{code}`"
    fence = "`" * (max(len(run) for run in re.findall("`+", code)) + 1)
    return f"{fence} {code} {fence}"

def camel_words(name: str) -> List[str]:
    return WORD_RE.findall(name)


def title_from_camel(name: str) -> str:
    return " ".join(camel_words(name))


def snake_from_camel(name: str) -> str:
    return "_".join(w.lower() for w in camel_words(name))


def camel_from_snake(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in name.split("_") if p)


def title_from_snake(name: str) -> str:
    return " ".join(p[:1].upper() + p[1:] for p in name.split("_") if p)


def singular_word(w: str) -> str:
    lw = w.lower()
    if lw in ("data", "status", "news", "series", "access", "business", "address", "alias", "canvas"):
        return w
    if lw.endswith("ies") and len(w) > 3:
        return w[:-3] + ("Y" if w[-3].isupper() else "y")
    for suf in ("sses", "ches", "shes", "xes", "zzes", "uses"):
        if lw.endswith(suf):
            return w[:-2]
    if lw.endswith("ss") or lw.endswith("us") or lw.endswith("is"):
        return w
    if lw.endswith("s") and len(w) > 1:
        return w[:-1]
    return w


def singular_title(title: str) -> str:
    words = title.split(" ")
    words[-1] = singular_word(words[-1])
    return " ".join(words)


def collapse_ws(text: str) -> str:
    return " ".join(text.split())


FENCE_RE = re.compile(r"^\s*(```|~~~)")


def field_description(doc: Optional[str], indent: str) -> str:
    """Field/class docstring: whitespace collapsed to single spaces, fenced code kept as an
    indented block (indent = the item's content indentation)."""
    if not doc:
        return ""
    doc = inspect.cleandoc(doc)
    lines = doc.split("\n")
    parts: List[Tuple[str, Any]] = []  # ("text", str) | ("code", [lines])
    buf: List[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if FENCE_RE.match(line):
            if buf:
                parts.append(("text", "\n".join(buf)))
                buf = []
            code = [line]
            i += 1
            while i < len(lines):
                code.append(lines[i])
                if FENCE_RE.match(lines[i]):
                    break
                i += 1
            parts.append(("code", code))
            i += 1
            continue
        buf.append(line)
        i += 1
    if buf:
        parts.append(("text", "\n".join(buf)))
    out = ""
    for kind, val in parts:
        if kind == "text":
            t = collapse_ws(val)
            if not t:
                continue
            out = t if not out else out + "\n\n" + indent + t
        else:
            code_lines = val
            # dedent code block
            ws = min((len(l) - len(l.lstrip()) for l in code_lines if l.strip()), default=0)
            block = "\n".join((indent + l[ws:]) if l.strip() else "" for l in code_lines)
            if not out:
                out = block.lstrip()
            else:
                out = out + "\n\n" + block
    return out


LIST_MARK_RE = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")


def method_description(doc: Optional[str]) -> str:
    """Method docstring (before ``Args:``) reflowed: paragraphs joined into single lines,
    list items one per line, fenced code blocks verbatim."""
    if not doc:
        return ""
    doc = inspect.cleandoc(doc)
    lines = doc.split("\n")
    # cut at Args:
    cut = len(lines)
    for i, l in enumerate(lines):
        if l.strip() in ("Args:", "Returns:", "Raises:") and not l.startswith(" "):
            cut = i
            break
    lines = lines[:cut]
    blocks: List[str] = []
    para: List[str] = []

    def flush_para():
        nonlocal para
        if not para:
            return
        out_lines: List[str] = []
        cur: Optional[str] = None
        for l in para:
            m = LIST_MARK_RE.match(l)
            if m:
                if cur is not None:
                    out_lines.append(cur)
                cur = m.group(1) + l[len(m.group(1)):].strip()
                cur = m.group(1) + collapse_ws(cur)
            else:
                if cur is None:
                    cur = l.strip()
                else:
                    cur = cur + " " + l.strip()
        if cur is not None:
            out_lines.append(cur)
        blocks.append("\n".join(out_lines))
        para = []

    i = 0
    while i < len(lines):
        l = lines[i]
        if FENCE_RE.match(l):
            flush_para()
            code = [l]
            i += 1
            while i < len(lines):
                code.append(lines[i])
                if FENCE_RE.match(lines[i]):
                    break
                i += 1
            blocks.append("\n".join(code))
            i += 1
            continue
        hm = re.match(r"^(#{1,6})\s+(.*)$", l)
        if hm:
            # a Markdown heading inside a description (orb's docstrings have `## Limits` etc.):
            # written as a bold line, so that it cannot be taken for a resource, method or
            # section heading of the reference
            flush_para()
            blocks.append("**" + hm.group(2).strip().strip("*") + "**")
            i += 1
            continue
        if not l.strip():
            flush_para()
        else:
            para.append(l)
        i += 1
    flush_para()
    return "\n\n".join(b for b in blocks if b.strip()).strip()


# ---------------------------------------------------------------------------
# module index (static)
# ---------------------------------------------------------------------------


@dataclass
class Module:
    name: str  # dotted, e.g. openai.types.chat.chat_completion
    path: str
    is_pkg: bool
    tree: ast.Module
    source: str
    defs: Dict[str, ast.AST] = field(default_factory=dict)  # classes and alias assignments
    imports: Dict[str, Tuple[str, str]] = field(default_factory=dict)  # local -> (module, name)
    mod_imports: Dict[str, str] = field(default_factory=dict)  # local -> module


class Index:
    def __init__(self, src_root: str, pkg: str):
        self.src_root = src_root
        self.pkg = pkg
        self.modules: Dict[str, Module] = {}
        self.cache_resolve: Dict[Tuple[str, str], Any] = {}

    def module_path(self, modname: str) -> Optional[Tuple[str, bool]]:
        rel = modname.split(".")
        base = os.path.join(self.src_root, *rel)
        if os.path.isfile(base + ".py"):
            return base + ".py", False
        if os.path.isfile(os.path.join(base, "__init__.py")):
            return os.path.join(base, "__init__.py"), True
        return None

    def get(self, modname: str) -> Optional[Module]:
        if modname in self.modules:
            return self.modules[modname]
        mp = self.module_path(modname)
        if not mp:
            return None
        path, is_pkg = mp
        with open(path, encoding="utf-8") as f:
            src = f.read()
        tree = ast.parse(src)
        m = Module(modname, path, is_pkg, tree, src)
        self.modules[modname] = m
        pkg_parts = modname.split(".") if is_pkg else modname.split(".")[:-1]
        for node in self._top_nodes(tree):
            if isinstance(node, ast.ClassDef):
                m.defs[node.name] = node
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                m.defs[node.target.id] = node
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                nm = node.targets[0].id
                if nm.startswith("__"):
                    continue
                m.defs[nm] = node
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = pkg_parts[: len(pkg_parts) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for a in node.names:
                    local = a.asname or a.name
                    # `from . import x` may be a submodule
                    m.imports[local] = (target, a.name)
            elif isinstance(node, ast.Import):
                for a in node.names:
                    m.mod_imports[a.asname or a.name] = a.name
        return m

    @staticmethod
    def _top_nodes(tree: ast.Module):
        for node in tree.body:
            if isinstance(node, ast.If):
                # `if TYPE_CHECKING:` / version checks: take the body
                for n in node.body:
                    yield n
                for n in node.orelse:
                    yield n
            else:
                yield node

    def resolve(self, modname: str, name: str, depth: int = 0) -> Optional[Tuple[Module, ast.AST]]:
        """Find the definition (ClassDef or alias assignment) of `name` as seen from `modname`."""
        key = (modname, name)
        if key in self.cache_resolve:
            return self.cache_resolve[key]
        res = None
        if depth < 30:
            m = self.get(modname)
            if m is not None:
                if name in m.defs:
                    res = (m, m.defs[name])
                elif name in m.imports:
                    tmod, tname = m.imports[name]
                    if self.get(tmod) is not None:
                        res = self.resolve(tmod, tname, depth + 1)
        self.cache_resolve[key] = res
        return res

    def resolve_module_attr(self, modname: str, modlocal: str, attr: str) -> Optional[Tuple[Module, ast.AST]]:
        """`file_create_params.ExpiresAfter` as seen from a resource module."""
        m = self.get(modname)
        if m is None:
            return None
        target = None
        if modlocal in m.imports:
            tmod, tname = m.imports[modlocal]
            target = tmod + "." + tname
        elif modlocal in m.mod_imports:
            target = m.mod_imports[modlocal]
        if target and self.get(target) is not None:
            return self.resolve(target, attr)
        return None


# ---------------------------------------------------------------------------
# type model
# ---------------------------------------------------------------------------

BUILTIN_NAMES = {
    "str", "int", "float", "bool", "object", "bytes", "datetime", "date", "time", "None", "Any",
    "FileTypes", "Base64FileInput", "FileContent", "BinaryResponseContent", "HttpxBinaryResponseContent",
}
CONTAINERS_LIST = {"List", "Iterable", "Sequence", "SequenceNotStr", "Set", "list", "Tuple", "tuple"}
CONTAINERS_DICT = {"Dict", "Mapping", "dict"}
WRAPPERS_STRIP = {"Required", "NotRequired", "ReadOnly"}


@dataclass
class TRef:
    """A type expression together with the module it is written in."""

    node: ast.AST
    mod: str


def sub_args(node: ast.Subscript) -> List[ast.AST]:
    s = node.slice
    if isinstance(s, ast.Index):  # py<3.9
        s = s.value  # type: ignore
    if isinstance(s, ast.Tuple):
        return list(s.elts)
    return [s]


def head_name(node: ast.AST) -> Optional[str]:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def strip_wrappers(node: ast.AST) -> Tuple[ast.AST, Dict[str, Any]]:
    """Remove Required/NotRequired/Annotated wrappers. Returns (node, info)."""
    info: Dict[str, Any] = {}
    while True:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            try:
                node = ast.parse(node.value, mode="eval").body
                continue
            except SyntaxError:
                return node, info
        # A recursive union's member the SDK names lazily:
        # `ForwardRef(f"__import__({__name__!r}, fromlist=('',)).WebhookToolParam")` (telnyx).
        if isinstance(node, ast.Call) and head_name(node.func) == "ForwardRef" and node.args:
            text = ast.unparse(node.args[0])
            tail = re.search(r"\)\.([A-Za-z_][A-Za-z0-9_]*)[\"']*$", text)
            if tail:
                node = ast.Name(id=tail.group(1), ctx=ast.Load())
                continue
        if isinstance(node, ast.Subscript):
            h = head_name(node.value)
            if h in WRAPPERS_STRIP:
                info[h] = True
                node = sub_args(node)[0]
                continue
            if h == "Annotated":
                args = sub_args(node)
                for extra in args[1:]:
                    if isinstance(extra, ast.Call) and head_name(extra.func) in ("PropertyInfo", "FieldInfo"):
                        for kw in extra.keywords:
                            if kw.arg == "alias" and isinstance(kw.value, ast.Constant):
                                info["alias"] = kw.value.value
                            if kw.arg == "discriminator":
                                info["discriminator"] = True
                node = args[0]
                continue
        return node, info


def type_text(node: ast.AST) -> str:
    node, _ = strip_wrappers(node)
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        if isinstance(node.value, ast.Name) and node.value.id in ("builtins", "typing", "typing_extensions", "datetime"):
            return node.attr
        return node.attr
    if isinstance(node, ast.Constant):
        if node.value is None:
            return "None"
        if isinstance(node.value, str):
            return json.dumps(node.value, ensure_ascii=False)
        return repr(node.value)
    if isinstance(node, ast.Subscript):
        h = head_name(node.value) or type_text(node.value)
        if h == "SequenceNotStr":
            h = "Sequence"
        args = sub_args(node)
        if h == "Literal":
            return f"{h}[{', '.join(literal_text(a) for a in args)}]"
        return f"{h}[{', '.join(type_text(a) for a in args)}]"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        members = flatten_binop(node)
        non_none = [m for m in members if not is_none(m)]
        if len(non_none) < len(members) and len(non_none) == 1:
            return f"Optional[{type_text(non_none[0])}]"
        return f"Union[{', '.join(type_text(m) for m in members)}]"
    if isinstance(node, ast.List):
        return "[" + ", ".join(type_text(e) for e in node.elts) + "]"
    if isinstance(node, ast.Tuple):
        return ", ".join(type_text(e) for e in node.elts)
    return ast.unparse(node)


def literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            return json.dumps(node.value, ensure_ascii=False)
        if node.value is None:
            return "None"
        return repr(node.value)
    return ast.unparse(node)


def flatten_binop(node: ast.AST) -> List[ast.AST]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return flatten_binop(node.left) + flatten_binop(node.right)
    return [node]


def is_none(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and node.value is None) or (isinstance(node, ast.Name) and node.id == "None")


def union_members(node: ast.AST) -> Optional[List[ast.AST]]:
    """If node is a Union/Optional/X|Y, return its members (None included)."""
    node, _ = strip_wrappers(node)
    if isinstance(node, ast.Subscript):
        h = head_name(node.value)
        if h == "Union":
            return sub_args(node)
        if h == "Optional":
            return [sub_args(node)[0], ast.Constant(value=None)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return flatten_binop(node)
    return None


# ---------------------------------------------------------------------------
# the renderer
# ---------------------------------------------------------------------------


@dataclass
class FieldInfo_:
    name: str
    wire: str
    type: ast.AST
    mod: str
    doc: Optional[str]
    required: bool
    is_typeddict: bool


@dataclass
class ApiMethod:
    resource: str  # dotted, e.g. chat.completions
    name: str
    verb: str
    path: str
    args_text: str
    ret_text: str
    ret_href: Optional[str]
    res_file: str
    params_file: Optional[str]


@dataclass
class ApiSection:
    heading: str  # e.g. VectorStores
    level: int
    path: str  # dotted resource path
    types_module: Optional[str] = None
    types: List[Tuple[str, str]] = field(default_factory=list)  # (module, name)
    methods: List[ApiMethod] = field(default_factory=list)


class Renderer:
    def __init__(self, sdk_dir: str, resources: Optional[List[str]] = None, opts: Optional[dict] = None):
        self.sdk = sdk_dir
        self.opts = opts or {}
        # the package named in api.md, under `src/` or the folder its links name (hanzoai: `pkg/`)
        with open(os.path.join(sdk_dir, "api.md"), encoding="utf-8") as f:
            self.api_md = self.inline_linked_api_md(f.read(), 1)
        root = re.search(r'href="\./(\w+)/\w+/', self.api_md)
        self.root = root.group(1) if root and not os.path.isdir(os.path.join(sdk_dir, "src")) else "src"
        src = os.path.join(sdk_dir, self.root)
        pkgs = [d for d in os.listdir(src) if os.path.isfile(os.path.join(src, d, "__init__.py")) and not d.endswith(".egg-info")]
        m = re.search(r"from (\w+)\.types", self.api_md) or re.search(r'href="\./' + self.root + r'/(\w+)/', self.api_md)
        self.pkg = m.group(1) if m else pkgs[0]
        self.index = Index(src, self.pkg)
        self.resources = resources
        self.warnings: List[str] = []
        self.sections = self.parse_api_md()
        self.client_snippet = self.client_construction()

    # ---------------- api.md ----------------

    def inline_linked_api_md(self, text: str, depth: int) -> str:
        """A split api.md (isaacus, parallel-web) names a resource by a heading that links to its
        own api.md (`## [QA](src/isaacus/resources/extractions/api.md)`): that file's text takes
        the heading's place, its headings one level down per level. The link may name the folder
        above the file (isaacus's name `extractions/api.md` for `extractions/qa/api.md`): then
        the api.md below the link's folder whose first heading is the link's text."""
        out: List[str] = []
        for line in text.split("\n"):
            m = re.match(r"^(#+) \[([^\]]+)\]\(([^)]+\.md)\)\s*$", line)
            target = self.linked_api_md(m.group(2), m.group(3)) if m and depth < 6 else None
            if target is None:
                out.append(line)
                continue
            with open(target, encoding="utf-8") as f:
                sub = self.inline_linked_api_md(f.read(), depth + 1)
            shift = len(m.group(1)) - 1
            for sub_line in sub.split("\n"):
                out.append("#" * shift + sub_line if re.match(r"^#+ ", sub_line) else sub_line)
        return "\n".join(out)

    def linked_api_md(self, title: str, link: str) -> Optional[str]:
        path = os.path.normpath(os.path.join(self.sdk, link.lstrip("./") if link.startswith("./") else link))
        def first_heading(file: str) -> Optional[str]:
            with open(file, encoding="utf-8") as f:
                for line in f:
                    hm = re.match(r"^# (.*)$", line.rstrip("\n"))
                    if hm:
                        return hm.group(1).strip()
            return None
        if os.path.isfile(path) and first_heading(path) == title:
            return path
        folder = os.path.dirname(path)
        if not os.path.isdir(folder) or not folder.startswith(os.path.normpath(self.sdk)):
            return None
        found = []
        for base, _, files in sorted(os.walk(folder)):
            if "api.md" in files and first_heading(os.path.join(base, "api.md")) == title:
                found.append(os.path.join(base, "api.md"))
        return found[0] if len(found) == 1 else None

    def parse_api_md(self) -> List[ApiSection]:
        sections: List[ApiSection] = []
        stack: List[str] = []
        cur: Optional[ApiSection] = None
        lines = self.api_md.split("\n")
        i = 0
        in_types = False
        while i < len(lines):
            line = lines[i]
            hm = re.match(r"^(#+) (.*)$", line)
            if hm and not line.startswith("#!"):
                level = len(hm.group(1))
                heading = hm.group(2).strip()
                lm = re.match(r"\[(.*?)\]\((.*?)\)", heading)
                if lm:
                    heading = lm.group(1)
                if heading == "Methods" or heading == "Types":
                    i += 1
                    continue
                stack = stack[: level - 1]
                while len(stack) < level - 1:
                    stack.append("")
                stack.append(snake_from_camel(heading) if heading else "")
                cur = ApiSection(heading=heading, level=level, path=".".join(s for s in stack if s))
                sections.append(cur)
                i += 1
                continue
            if cur is not None and line.startswith("```python"):
                # Types block
                block = []
                i += 1
                while i < len(lines) and not lines[i].startswith("```"):
                    block.append(lines[i])
                    i += 1
                text = "\n".join(block)
                for im in re.finditer(r"from ([\w.]+) import \(?([^)]*?)\)?(?:\n(?=from)|$)", text, re.S):
                    modname = im.group(1)
                    names = [n.strip() for n in im.group(2).replace("\n", ",").split(",")]
                    for n in names:
                        n = n.strip()
                        if not n or n.startswith("#"):
                            continue
                        n = n.split(" as ")[0].strip()
                        cur.types.append((modname, n))
                i += 1
                continue
            if cur is not None and line.startswith("- <code"):
                # Markdown escapes in api.md: `async\_` for `async_`, and `_`s that a formatter
                # turned into emphasis `*` (`async*.chat`, `api*request`); `\*\*` stays.
                line = line.replace("\\*", "\0").replace("*", "_").replace("\0", "\\*").replace("\\_", "_")
                mm = re.match(
                    r'- <code(?: title="(\w+) ([^"]*)")?>\w+\.([\w.]*?)\.?<a href="([^"]*)">(\w+)</a>\((.*)\) -> (.*)</code>\s*$',
                    line,
                )
                if mm and mm.group(1):
                    verb, path, rpath, href, name, args, ret = mm.groups()
                    rpath = rpath.rstrip(".")
                    ra = re.match(r'<a href="([^"]*)">(.*)</a>$', ret.strip())
                    if ra:
                        ret_href, ret_text = ra.group(1), ra.group(2)
                    else:
                        ret_href, ret_text = None, ret.strip()
                    pf = re.search(r'<a href="([^"]*)">params</a>', args)
                    cur.methods.append(
                        ApiMethod(
                            resource=rpath,
                            name=name,
                            verb=verb,
                            path=path,
                            args_text=re.sub(r"<[^>]+>", "", args).replace("\\", ""),
                            ret_text=html_unescape(ret_text),
                            ret_href=ret_href,
                            res_file=href,
                            params_file=pf.group(1) if pf else None,
                        )
                    )
                    if rpath:
                        cur.path = rpath
            i += 1
        return sections

    def included(self, path: str) -> bool:
        if not self.resources:
            return True
        for r in self.resources:
            if path == r or path.startswith(r + "."):
                return True
        return False

    # ---------------- README: client construction ----------------

    def client_construction(self) -> Tuple[str, str, List[str]]:
        """Returns (import line, client class, kwargs lines)."""
        readme = os.path.join(self.sdk, "README.md")
        cls = None
        kw_lines: List[str] = []
        uses_os = False
        if os.path.isfile(readme):
            with open(readme, encoding="utf-8") as f:
                text = f.read()
            for block in re.findall(r"```python\n(.*?)```", text, re.S):
                if "client = " not in block:
                    continue
                try:
                    tree = ast.parse(block)
                except SyntaxError:
                    continue
                for node in tree.body:
                    if (
                        isinstance(node, ast.Assign)
                        and isinstance(node.targets[0], ast.Name)
                        and node.targets[0].id == "client"
                        and isinstance(node.value, ast.Call)
                        and isinstance(node.value.func, ast.Name)
                    ):
                        cls = node.value.func.id
                        for kw in node.value.keywords:
                            if kw.arg in (None, "environment", "base_url", "http_client", "max_retries", "timeout"):
                                continue
                            v = kw.value
                            if (
                                isinstance(v, ast.Call)
                                and ast.unparse(v.func) == "os.environ.get"
                                and v.args
                                and isinstance(v.args[0], ast.Constant)
                            ):
                                uses_os = True
                                kw_lines.append(
                                    f'    {kw.arg}=os.environ.get("{v.args[0].value}"),  # This is the default and can be omitted'
                                )
                            else:
                                kw_lines.append(f"    {kw.arg}={ast.unparse(v).replace(chr(39), chr(34))},")
                        break
                if cls:
                    break
        if not cls:
            cls = camel_from_snake(self.pkg)
        return ("import os\n" if uses_os else ""), cls, kw_lines

    # ---------------- resolution helpers ----------------

    def mod_from_href(self, href: str) -> str:
        href = href.lstrip("./")
        assert href.startswith(self.root + "/"), href
        p = href[len(self.root) + 1 :]
        if p.endswith(".py"):
            p = p[:-3]
        if p.endswith("/__init__"):
            p = p[: -len("/__init__")]
        return p.replace("/", ".")

    def resolve(self, tref_mod: str, node: ast.AST) -> Optional[Tuple[Module, ast.AST]]:
        node, _ = strip_wrappers(node)
        if isinstance(node, ast.Name):
            if node.id in BUILTIN_NAMES and node.id not in ("FileContent",):
                return None
            return self.index.resolve(tref_mod, node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            r = self.index.resolve_module_attr(tref_mod, node.value.id, node.attr)
            if r:
                return r
            return self.index.resolve(tref_mod, node.attr)
        return None

    def is_class(self, r) -> bool:
        return r is not None and isinstance(r[1], ast.ClassDef)

    def alias_value(self, r) -> Optional[TRef]:
        if r is None:
            return None
        m, node = r
        if isinstance(node, ast.AnnAssign):
            return TRef(node.value, m.name)
        if isinstance(node, ast.Assign):
            return TRef(node.value, m.name)
        return None

    def class_is_typeddict(self, mod: Module, cls: ast.ClassDef, depth=0) -> bool:
        for b in cls.bases:
            h = head_name(b)
            if h == "TypedDict":
                return True
            if h in ("BaseModel", "GenericModel"):
                return False
            r = self.resolve(mod.name, b) if h else None
            if r and self.functional_typeddict(r[1]) is not None:
                return True
            if r and isinstance(r[1], ast.ClassDef) and depth < 10:
                if self.class_is_typeddict(r[0], r[1], depth + 1):
                    return True
        return False

    @staticmethod
    def functional_typeddict(node: ast.AST) -> Optional[ast.Call]:
        """`X = TypedDict("X", {"in": ...}, total=False)` (used for keys that are Python keywords)."""
        v = getattr(node, "value", None)
        if isinstance(v, ast.Call) and head_name(v.func) == "TypedDict" and len(v.args) >= 2 and isinstance(v.args[1], ast.Dict):
            return v
        return None

    def functional_typeddict_fields(self, mod: Module, node: ast.AST) -> List[FieldInfo_]:
        call = self.functional_typeddict(node)
        total = True
        for kw in call.keywords:
            if kw.arg == "total" and isinstance(kw.value, ast.Constant):
                total = bool(kw.value.value)
        out = []
        for k, v in zip(call.args[1].keys, call.args[1].values):
            if not isinstance(k, ast.Constant):
                continue
            _, info = strip_wrappers(v)
            if info.get("Required"):
                req = True
            elif info.get("NotRequired"):
                req = False
            else:
                req = total
            out.append(FieldInfo_(k.value, info.get("alias", k.value), v, mod.name, None, req, True))
        return out

    def class_total(self, cls: ast.ClassDef) -> bool:
        for kw in cls.keywords:
            if kw.arg == "total" and isinstance(kw.value, ast.Constant):
                return bool(kw.value.value)
        return True

    def class_doc(self, cls: ast.ClassDef, mod: Optional[Module] = None) -> Optional[str]:
        doc = self.own_class_doc(cls)
        if doc and mod is not None and self.doc_inherited(mod, cls, doc):
            return None
        return doc

    def doc_inherited(self, mod: Module, cls: ast.ClassDef, doc: str) -> bool:
        """A subclass whose docstring is its base's (an OpenAPI allOf) shows no description."""
        for b in cls.bases:
            h = head_name(b)
            if not h or h in ("TypedDict", "BaseModel", "GenericModel", "Generic"):
                continue
            r = self.resolve(mod.name, b)
            if r and isinstance(r[1], ast.ClassDef) and self.own_class_doc(r[1]) == doc:
                return True
        return False

    def own_class_doc(self, cls: ast.ClassDef) -> Optional[str]:
        if cls.body and isinstance(cls.body[0], ast.Expr) and isinstance(cls.body[0].value, ast.Constant) and isinstance(cls.body[0].value.value, str):
            return cls.body[0].value.value
        return None

    def class_fields(self, mod: Module, cls: ast.ClassDef, depth: int = 0) -> List[FieldInfo_]:
        fields: Dict[str, FieldInfo_] = {}
        # A functional TypedDict base (`_FilterReservedKeywords`, fields named by Python keywords
        # such as `from`) comes after the class's own fields: gitpod-full.md lists `filter`'s
        # `to`, then `from`.
        keyword_fields: Dict[str, FieldInfo_] = {}
        is_td = self.class_is_typeddict(mod, cls)
        # bases first
        for b in cls.bases:
            h = head_name(b)
            if not h or h in ("TypedDict", "BaseModel", "GenericModel", "Generic", "object"):
                continue
            r = self.resolve(mod.name, b)
            if r and isinstance(r[1], ast.ClassDef) and depth < 10:
                for f in self.class_fields(r[0], r[1], depth + 1):
                    fields[f.name] = f
            elif r and self.functional_typeddict(r[1]) is not None:
                for f in self.functional_typeddict_fields(r[0], r[1]):
                    keyword_fields[f.name] = f
        total = self.class_total(cls)
        body = cls.body
        for i, st in enumerate(body):
            if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name):
                name = st.target.id
                if name.startswith("_") or name in ("model_config",):
                    continue
                ann = st.annotation
                if isinstance(ann, ast.Name) and ann.id == "ClassVar":
                    continue
                if isinstance(ann, ast.Subscript) and head_name(ann.value) == "ClassVar":
                    continue
                doc = None
                if i + 1 < len(body):
                    nx = body[i + 1]
                    if isinstance(nx, ast.Expr) and isinstance(nx.value, ast.Constant) and isinstance(nx.value.value, str):
                        doc = nx.value.value
                _, info = strip_wrappers(ann)
                wire = info.get("alias", name)
                if st.value is not None and isinstance(st.value, ast.Call) and head_name(st.value.func) in ("FieldInfo", "Field"):
                    for kw in st.value.keywords:
                        if kw.arg == "alias" and isinstance(kw.value, ast.Constant):
                            wire = kw.value.value
                if is_td:
                    if info.get("Required"):
                        required = True
                    elif info.get("NotRequired"):
                        required = False
                    else:
                        required = total
                else:
                    required = True
                f = FieldInfo_(name, wire, ann, mod.name, doc, required, is_td)
                fields[name] = f
        for name, f in keyword_fields.items():
            fields.setdefault(name, f)
        return list(fields.values())

    # ---------------- field tree rendering ----------------

    def field_type_text(self, f: FieldInfo_) -> str:
        t = type_text(f.type)
        if f.is_typeddict and not f.required and not t.startswith("Optional["):
            t = f"Optional[{t}]"
        return t

    def render_field(self, f: FieldInfo_, indent: str, stack: Tuple[str, ...]) -> List[str]:
        desc = field_description(f.doc, indent + "  ")
        line = f"{indent}- {span(f.name + ': ' + self.field_type_text(f))}" + (f" {desc}" if desc else "")
        out = [line]
        out += self.expand(TRef(f.type, f.mod), indent + "  ", stack, top=True)
        return out

    def expand(self, t: TRef, indent: str, stack: Tuple[str, ...], top: bool = False) -> List[str]:
        """Children items of a type (fields of a class, literal values, union members)."""
        node, _ = strip_wrappers(t.node)
        mems = union_members(node)
        if mems is not None:
            non_none = [m for m in mems if not is_none(m)]
            is_optional_form = isinstance(node, ast.Subscript) and head_name(node.value) == "Optional"
            if top and (is_optional_form or len(non_none) == 1):
                if len(non_none) == 1:
                    return self.expand(TRef(non_none[0], t.mod), indent, stack)
            out: List[str] = []
            for m in non_none:
                out += self.union_member(TRef(m, t.mod), indent, stack)
            return out
        if isinstance(node, ast.Subscript):
            h = head_name(node.value)
            args = sub_args(node)
            if h == "Literal":
                return [f"{indent}- {span(literal_text(a))}" for a in args]
            if h in CONTAINERS_LIST:
                return self.expand(TRef(args[0], t.mod), indent, stack, top=True)
            if h in CONTAINERS_DICT:
                return self.expand(TRef(args[-1], t.mod), indent, stack, top=True)
            return []
        r = self.resolve(t.mod, node)
        if r is None:
            return []
        if isinstance(r[1], ast.ClassDef):
            return self.class_children(r, indent, stack)
        av = self.alias_value(r)
        if av is not None:
            return self.expand(av, indent, stack, top=False)
        return []

    def class_children(self, r, indent: str, stack: Tuple[str, ...]) -> List[str]:
        mod, cls = r
        key = mod.name + ":" + cls.name
        if key in stack:
            return []
        out: List[str] = []
        for f in self.class_fields(mod, cls):
            out += self.render_field(f, indent, stack + (key,))
        return out

    def union_member(self, t: TRef, indent: str, stack: Tuple[str, ...]) -> List[str]:
        node, _ = strip_wrappers(t.node)
        r = self.resolve(t.mod, node)
        if self.is_class(r):
            return [f"{indent}- `class {r[1].name}: …`"] + self.class_children(r, indent + "  ", stack)
        label = type_text(node)
        # expand unless the member is itself (a container of) a union
        if self.is_unionish(t):
            return [f"{indent}- {span(label)}"]
        return [f"{indent}- {span(label)}"] + self.expand(t, indent + "  ", stack)

    def is_unionish(self, t: TRef, depth=0) -> bool:
        node, _ = strip_wrappers(t.node)
        if depth > 10:
            return False
        if union_members(node) is not None:
            return True
        if isinstance(node, ast.Subscript):
            h = head_name(node.value)
            args = sub_args(node)
            if h in CONTAINERS_LIST:
                return self.is_unionish(TRef(args[0], t.mod), depth + 1)
            if h in CONTAINERS_DICT:
                return self.is_unionish(TRef(args[-1], t.mod), depth + 1)
            return False
        r = self.resolve(t.mod, node)
        if r is not None and not isinstance(r[1], ast.ClassDef):
            av = self.alias_value(r)
            if av is not None:
                return self.is_unionish(av, depth + 1)
        return False

    # ---------------- top-level type rendering (Returns / Domain Types) ----------------

    def resolve_alias_chain(self, t: TRef) -> Tuple[TRef, Optional[Tuple[Module, ast.AST]]]:
        """Follow aliases to the final expression; returns (final tref, class def if a class)."""
        for _ in range(20):
            node, _ = strip_wrappers(t.node)
            r = self.resolve(t.mod, node)
            if r is None:
                return TRef(node, t.mod), None
            if isinstance(r[1], ast.ClassDef):
                return TRef(node, t.mod), r
            av = self.alias_value(r)
            if av is None:
                return TRef(node, t.mod), None
            t = av
        return t, None

    def render_top_type(self, t: TRef, indent: str = "", name_for_alias: Optional[str] = None, returns: bool = False) -> List[str]:
        """A whole type as one item: class with docstring, union, literal, alias."""
        final, cr = self.resolve_alias_chain(t)
        if cr is not None:
            desc = field_description(self.class_doc(cr[1], cr[0]), indent + "  ")
            out = [f"{indent}- `class {cr[1].name}: …`" + (f" {desc}" if desc else "")]
            out += self.class_children(cr, indent + "  ", ())
            return out
        node = final.node
        mems = union_members(node)
        if mems is not None:
            non_none = [m for m in mems if not is_none(m)]
            if name_for_alias:
                head = f"{name_for_alias} = " + " | ".join(type_text(m) for m in non_none)
            else:
                head = "Union[" + ", ".join(type_text(m) for m in non_none) + "]"
            out = [f"{indent}- {span(head)}"]
            for m in non_none:
                out += self.union_member(TRef(m, final.mod), indent + "  ", ())
            return out
        if isinstance(node, ast.Subscript) and head_name(node.value) == "Literal":
            out = [f"{indent}- {span(type_text(node))}"]
            out += self.expand(final, indent + "  ", ())
            return out
        txt = type_text(node)
        if name_for_alias:
            out = [f"{indent}- {span(name_for_alias + ' = ' + txt)}"]
        else:
            out = [f"{indent}- {span(txt)}"]
        out += self.expand(final, indent + "  ", ())
        return out

    # ---------------- JSON examples ----------------

    def example(self, t: TRef, key: Optional[str], stack: Tuple[str, ...] = (), depth: int = 0) -> Any:
        node, _ = strip_wrappers(t.node)
        if depth > 40:
            return {}
        mems = union_members(node)
        if mems is not None:
            non_none = [m for m in mems if not is_none(m)]
            if not non_none:
                return None
            return self.example(TRef(non_none[0], t.mod), key, stack, depth + 1)
        if isinstance(node, ast.Subscript):
            h = head_name(node.value)
            args = sub_args(node)
            if h == "Literal":
                a = args[0]
                if isinstance(a, ast.UnaryOp) and isinstance(a.op, ast.USub) and isinstance(a.operand, ast.Constant):
                    return -a.operand.value  # `Literal[-2, -1, 0]`: the number, not its text
                return a.value if isinstance(a, ast.Constant) else type_text(a)
            if h in CONTAINERS_LIST:
                return [self.example(TRef(args[0], t.mod), None, stack, depth + 1)]
            if h in CONTAINERS_DICT:
                return {"foo": self.example(TRef(args[-1], t.mod), None, stack, depth + 1)}
            if h == "Type":
                return "string" if key is None else key
            return {}
        if isinstance(node, ast.Constant) and node.value is None:
            return None
        name = head_name(node)
        if name in ("str", "FileTypes", "Base64FileInput", "bytes"):
            return key if key is not None else "string"
        if name in ("int", "float"):
            return 0
        if name == "bool":
            return True
        if name == "datetime":
            return "2019-12-27T18:11:19.117Z"
        if name == "date":
            return "2019-12-27"
        if name == "time":
            return "18:11:19.117Z"
        if name in ("object", "Any", None):
            return {}
        r = self.resolve(t.mod, node)
        if r is None:
            return key if key is not None else "string"
        if isinstance(r[1], ast.ClassDef):
            ck = r[0].name + ":" + r[1].name
            if ck in stack:
                return {}
            out = {}
            for f in self.class_fields(r[0], r[1]):
                out[f.wire] = self.example(TRef(f.type, f.mod), f.wire, stack + (ck,), depth + 1)
            return out
        av = self.alias_value(r)
        if av is None:
            return key if key is not None else "string"
        # a named alias of a mapping (e.g. Metadata) is shown like a string in the examples
        anode, _ = strip_wrappers(av.node)
        if isinstance(anode, ast.Subscript) and head_name(anode.value) in CONTAINERS_DICT:
            return key if key is not None else "string"
        return self.example(av, key, stack, depth + 1)

    # ---------------- methods ----------------

    def find_method(self, res_mod: str, name: str):
        m = self.index.get(res_mod)
        if m is None:
            return None, None
        classes = {node.name for node in m.tree.body if isinstance(node, ast.ClassDef)}
        for node in m.tree.body:
            # (The async twin is `Async` + the name: scale-gp's `AsyncJobsResource` is sync.)
            is_async_twin = node.name.startswith("Async") and node.name[len("Async") :] in classes if isinstance(
                node, ast.ClassDef
            ) else False
            if isinstance(node, ast.ClassDef) and not is_async_twin and not node.name.endswith(
                ("WithRawResponse", "WithStreamingResponse")
            ):
                defs = [n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == name]
                if defs:
                    return node, defs
        return None, None

    def render(self) -> str:
        out: List[str] = []
        for sec in self.sections:
            if not sec.methods or not self.included(sec.path):
                continue
            methods = self.select_methods(sec)
            # (An api.md may list a method its code lacks: hanzoai's `credentials.retrieve`.)
            present = []
            for am in methods:
                if self.find_method(self.mod_from_href(am.res_file), am.name)[1]:
                    present.append(am)
                else:
                    print(f"warning: {am.resource}.{am.name} is in api.md but not in its code; left out", file=sys.stderr)
            methods = present
            if not methods:
                continue
            title = title_from_camel(sec.heading)
            out.append(f"# {title}")
            out.append("")
            for am in methods:
                out += self.render_method(sec, am, title)
            if sec.types:
                out.append("## Domain Types")
                out.append("")
                for modname, name in sec.types:
                    r = self.index.resolve(modname, name)
                    rname = name
                    if r is None:
                        # api.md sometimes lists a request-only type by its model name
                        # (orb `AccountingProviderConfig` is `AccountingProviderConfigParam`)
                        r = self.index.resolve(modname, name + "Param")
                        rname = name + "Param"
                    if r is None:
                        # listed in api.md but not defined in the SDK (finch `Provider`): left out
                        self.warnings.append(f"domain type {modname}.{name} not found; left out")
                        continue
                    out.append(f"### {title_from_camel(name)}")
                    out.append("")
                    if isinstance(r[1], ast.ClassDef):
                        out += self.render_top_type(TRef(ast.Name(id=rname), modname))
                    else:
                        av = self.alias_value(r)
                        final, cr = self.resolve_alias_chain(av)
                        fnode = final.node
                        if cr is not None:
                            out += self.render_top_type(av)
                        elif isinstance(fnode, ast.Subscript) and head_name(fnode.value) == "Literal" and union_members(strip_wrappers(av.node)[0]) is None:
                            out += self.render_top_type(av)
                        else:
                            out += self.render_top_type(av, name_for_alias=name)
                    out.append("")
        text = "\n".join(out)
        return text.rstrip("\n") + "\n"

    def select_methods(self, sec: ApiSection) -> List[ApiMethod]:
        """Methods of api.md with an HTTP endpoint; a deprecated method whose endpoint an earlier
        method of the same resource already has is left out (openai files.retrieve_content)."""
        seen = set()
        res: List[ApiMethod] = []
        for am in sec.methods:
            key = (am.verb, am.path)
            res_mod = self.mod_from_href(am.res_file)
            _, defs = self.find_method(res_mod, am.name)
            deprecated = False
            if defs:
                for d in defs:
                    for dec in d.decorator_list:
                        if "deprecated" in ast.unparse(dec):
                            deprecated = True
            if deprecated and key in seen:
                continue
            if am.name in self.opts.get("exclude", ()):  # resource.method names
                continue
            if f"{am.resource}.{am.name}" in self.opts.get("exclude", ()):
                continue
            seen.add(key)
            res.append(am)
        return res

    def method_info(self, am: ApiMethod):
        res_mod = self.mod_from_href(am.res_file)
        cls, defs = self.find_method(res_mod, am.name)
        if not defs:
            raise RuntimeError(f"method {am.resource}.{am.name} not found in {res_mod}")
        overloads = [d for d in defs if any(head_name(x) == "overload" for x in d.decorator_list)]
        impl = [d for d in defs if d not in overloads]
        fn = impl[-1] if impl else defs[-1]
        doc_fn = overloads[0] if overloads else fn
        doc = ast.get_docstring(doc_fn, clean=False)
        return res_mod, fn, overloads, doc

    def render_method(self, sec: ApiSection, am: ApiMethod, res_title: str) -> List[str]:
        res_mod, fn, overloads, doc = self.method_info(am)
        # signature analysis
        a = fn.args
        positional = [x for x in (a.posonlyargs + a.args) if x.arg != "self"]
        kwonly = list(a.kwonlyargs)
        path_names = self.python_path_names(fn) or re.findall(r"\{(\w+)\}", am.path)
        sig_params = {x.arg: x for x in positional + kwonly}
        extra = {"extra_headers", "extra_query", "extra_body", "timeout", "idempotency_key"}
        # params class
        params_fields: List[FieldInfo_] = []
        params_class_name = None
        stream_variant = False
        if am.params_file:
            pmod = self.mod_from_href(am.params_file)
            pm = self.index.get(pmod)
            base = camel_from_snake(pmod.split(".")[-1])
            if pm is not None:
                for nm in pm.defs:
                    if nm.lower() == base.lower():
                        base = nm
                        break
            params_class_name = base
            cands = []
            if pm is not None:
                for nm in (base, base + "Base"):
                    if nm in pm.defs and isinstance(pm.defs[nm], ast.ClassDef):
                        cands.append(nm)
                if base + "Base" in pm.defs and (base + "Streaming") in pm.defs:
                    stream_variant = True
                    cands = [base + "Base"]
                if not cands:
                    allv = None
                    for node in pm.tree.body:
                        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "__all__":
                            allv = [e.value for e in node.value.elts]
                    if allv:
                        for nm in allv:
                            if isinstance(pm.defs.get(nm), ast.ClassDef):
                                cands = [nm]
                                break
                union_variants = None
                if not stream_variant and base in pm.defs and not isinstance(pm.defs[base], ast.ClassDef):
                    av = self.alias_value((pm, pm.defs[base]))
                    mems = union_members(av.node) if av else None
                    if mems:
                        union_variants = [self.resolve(pm.name, m) for m in mems]
                        if not all(self.is_class(v) for v in union_variants):
                            union_variants = None
                if union_variants:
                    # a request body that is a union of TypedDicts (orb ledger create_entry): the
                    # variants' fields merged, as the method's own signature has them
                    params_fields = self.merge_variant_fields(union_variants)
                elif cands:
                    cls = pm.defs[cands[0]]
                    params_fields = self.class_fields(pm, cls)
        # keyword path params
        kw_path = [k for k in kwonly if k.arg in path_names]
        pos_names = [p.arg for p in positional]
        non_extra_kw = [k for k in kwonly if k.arg not in extra]
        has_kwargs = bool(am.params_file) or bool(non_extra_kw)
        if has_kwargs and not params_class_name:
            params_class_name = singular_word_camel(sec.heading) + camel_from_snake(am.name) + "Params"
        # signature line
        sig_parts = []
        for p in positional:
            sig_parts.append(f"{type_text(p.annotation) if p.annotation is not None else 'str'}{p.arg}")
        if has_kwargs:
            sig_parts.append(f"{params_class_name}**kwargs")
        ret_display = am.ret_text
        if ret_display == "HttpxBinaryResponseContent":
            ret_display = "BinaryResponseContent"
        lines = [f"## {self.method_title(am, res_title)}", ""]
        lines.append(f"`{am.resource}.{am.name}({', '.join(sig_parts)}) -> {ret_display}`")
        lines.append("")
        lines.append(f"**{am.verb}** `{am.path}`")
        lines.append("")
        desc = method_description(doc)
        if desc:
            lines.append(desc)
            lines.append("")
        # parameters
        plines: List[str] = []
        path_params = [n for n in path_names if n in sig_params]
        for n in path_params:
            p = sig_params[n]
            plines.append(f"- `{n}: {type_text(p.annotation) if p.annotation is not None else 'str'}`")
        # positional params that are not in the path (rare)
        for p in positional:
            if p.arg not in path_params:
                plines.append(f"- `{p.arg}: {type_text(p.annotation)}`")
        td_names = set()
        if params_fields:
            for f in params_fields:
                td_names.add(f.name)
                if f.name in path_params:
                    continue
                plines += self.render_field(f, "", ())
            if stream_variant:
                td_names.add("stream")
        # keyword arguments of the signature that no params class describes (e.g. header
        # parameters such as anthropic's `workspace_id`)
        args_doc = parse_args_doc(doc)
        defaults = {k.arg: d for k, d in zip(a.kwonlyargs, a.kw_defaults)}
        for k in non_extra_kw:
            if k.arg in path_params or k.arg in td_names:
                continue
            t = signature_type_text(k.annotation, has_default=defaults.get(k.arg) is not None)
            d = field_description(args_doc.get(k.arg), "  ")
            plines.append(f"- {span(k.arg + ': ' + t)}" + (f" {d}" if d else ""))
        if stream_variant:
            plines.append("- `stream: Optional[bool]` Whether to incrementally stream the response using server-sent events.")
        if plines:
            lines.append("### Parameters")
            lines.append("")
            lines += plines
            lines.append("")
        # returns
        ret_kind, item_tref, page_cls = self.return_kind(am, res_mod)
        if ret_kind not in ("none",):
            lines.append("### Returns")
            lines.append("")
            if ret_kind in ("model", "page", "union", "other", "jsonl", "stream"):
                lines += self.render_top_type(item_tref)
            else:
                lines.append(f"- `{ret_display}`")
            lines.append("")
        # example
        lines.append("### Example")
        lines.append("")
        lines.append("```python")
        lines += self.example_code(am, ret_kind, item_tref, page_cls)
        lines.append("```")
        lines.append("")
        if ret_kind == "object":
            lines += ["#### Response", "", "```json", "{}", "```", ""]
        if ret_kind in ("model", "page", "union", "other", "jsonl", "stream"):
            ex = self.example(item_tref, None)
            if ret_kind == "page":
                ex = self.page_example(page_cls, ex)
            lines.append("#### Response")
            lines.append("")
            lines.append("```json")
            lines.append(json.dumps(ex, indent=2, ensure_ascii=False))
            lines.append("```")
            lines.append("")
        return lines

    def merge_variant_fields(self, variants) -> List[FieldInfo_]:
        per = [self.class_fields(m, c) for m, c in variants]
        order: List[str] = []
        for fs in per:
            for f in fs:
                if f.name not in order:
                    order.append(f.name)
        out: List[FieldInfo_] = []
        for name in order:
            occ = [next((f for f in fs if f.name == name), None) for fs in per]
            present = [f for f in occ if f is not None]
            required = all(f is not None and f.required for f in occ)
            first = present[0]
            doc = next((f.doc for f in present if f.doc), None)
            texts = []
            nodes = []
            any_optional = False
            for f in present:
                n, _ = strip_wrappers(f.type)
                mems = union_members(n)
                if mems is not None and any(is_none(m) for m in mems):
                    any_optional = True
                    core = [m for m in mems if not is_none(m)]
                    n = core[0] if len(core) == 1 else ast.Subscript(value=ast.Name(id="Union"), slice=ast.Tuple(elts=core))
                t = type_text(n)
                if t not in texts:
                    texts.append(t)
                    nodes.append(n)
            if len(present) == 1:
                node = first.type
            elif len(nodes) == 1:
                node = ast.Subscript(value=ast.Name(id="Optional"), slice=nodes[0]) if any_optional else nodes[0]
            elif all(isinstance(n, ast.Subscript) and head_name(n.value) == "Literal" for n in nodes):
                vals = []
                for n in nodes:
                    for a in sub_args(n):
                        if literal_text(a) not in [literal_text(v) for v in vals]:
                            vals.append(a)
                node = ast.Subscript(value=ast.Name(id="Literal"), slice=ast.Tuple(elts=vals) if len(vals) > 1 else vals[0])
            else:
                node = ast.Subscript(value=ast.Name(id="Union"), slice=ast.Tuple(elts=nodes))
            out.append(FieldInfo_(name, first.wire, node, first.mod, doc, required, True))
        return out

    def python_path_names(self, fn: ast.FunctionDef) -> List[str]:
        """Names of the path parameters in URL order, as the Python method names them (they can
        differ from the URL's, e.g. orb's `other_external_plan_id`)."""
        for node in ast.walk(fn):
            if isinstance(node, ast.Call) and head_name(node.func) == "path_template" and node.args:
                a0 = node.args[0]
                if isinstance(a0, ast.Constant) and isinstance(a0.value, str):
                    names = re.findall(r"\{(\w+)\}", a0.value)
                    # keyword mapping url-name=python-expr
                    kwmap = {kw.arg: kw.value for kw in node.keywords}
                    out = []
                    for n in names:
                        v = kwmap.get(n)
                        out.append(v.id if isinstance(v, ast.Name) else n)
                    return out
            if isinstance(node, ast.Call) and head_name(node.func) in ("_get", "_post", "_put", "_patch", "_delete", "_get_api_list") and node.args:
                a0 = node.args[0]
                if isinstance(a0, ast.JoinedStr):
                    return [v.value.id for v in a0.values if isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Name)]
                if isinstance(a0, ast.Constant):
                    return []
        return []

    def method_title(self, am: ApiMethod, res_title: str) -> str:
        if am.name == "list":
            return f"List {res_title}"
        return f"{title_from_snake(am.name.rstrip('_'))} {singular_title(res_title)}"

    # ---------------- returns ----------------

    def return_kind(self, am: ApiMethod, res_mod: str):
        """-> (kind, TRef of the item/return type, page class (Module, ClassDef) or None)"""
        rt = am.ret_text.strip()
        if rt in ("None",):
            return "none", None, None
        if rt in ("HttpxBinaryResponseContent", "BinaryResponseContent", "BinaryAPIResponse"):
            return "binary", None, None
        mm = re.match(r"^(\w+)\[(.*)\]$", rt)
        if mm and mm.group(1) not in ("List", "Dict", "Optional", "Union", "Iterable"):
            page_name, item = mm.group(1), mm.group(2)
            page = self.index.resolve(f"{self.pkg}.pagination", page_name)
            item_mod = self.mod_from_href(am.ret_href) if am.ret_href else res_mod
            tref = TRef(ast.parse(item, mode="eval").body, item_mod)
            if self.index.resolve(item_mod, item) is None:
                tref = TRef(ast.parse(item, mode="eval").body, res_mod)
                if self.index.resolve(res_mod, item) is None:
                    # api.md may name a class its resource imports under another name (gcore's
                    # `SyncOffsetPage[Result]`, `import Result as AlibabaRegionsResult`): the
                    # method's own annotation names it as the module sees it.
                    annotated = self.annotated_page_item(am, res_mod, page_name)
                    if annotated is not None:
                        tref = TRef(annotated, res_mod)
            if page is not None and isinstance(page[1], ast.ClassDef):
                return "page", tref, page
            if "JSONL" in page_name or page_name.endswith("Decoder"):
                return "jsonl", tref, None
            if "Stream" in page_name:
                return "stream", tref, None
        if rt in ("str", "int", "float", "bool", "bytes") and True:
            return "scalar", TRef(ast.Name(id=rt), res_mod), None
        if rt == "object":
            return "object", TRef(ast.Name(id="object"), res_mod), None
        item_mod = self.mod_from_href(am.ret_href) if am.ret_href else res_mod
        node = ast.parse(rt, mode="eval").body
        tref = TRef(node, item_mod)
        if isinstance(node, ast.Name) and self.index.resolve(item_mod, rt) is None:
            tref = TRef(node, res_mod)
        final, cr = self.resolve_alias_chain(tref)
        if cr is not None:
            return "model", tref, None
        if union_members(final.node) is not None:
            return "union", tref, None
        return "other", tref, None

    def annotated_page_item(self, am: ApiMethod, res_mod: str, page_name: str) -> Optional[ast.AST]:
        """The item type of the method's `-> Page[Item]` annotation in its resource module."""
        _, defs = self.find_method(res_mod, am.name)
        for fn in defs or []:
            ret = fn.returns
            if isinstance(ret, ast.Subscript) and head_name(ret.value) == page_name:
                args = sub_args(ret)
                if len(args) == 1 and self.index.resolve(res_mod, head_name(args[0]) or "") is not None:
                    return args[0]
        return None

    def page_items_field(self, page) -> str:
        """The page's items as the SDK reaches them: `data`, or `data.contacts` for a page whose
        items sit in a generic object of the pagination module (sentdm's `ContactsPageData[_T]`)."""
        if page is None:
            return "data"
        path = self.page_items_path(*page)
        return ".".join(path) if path else "data"

    @staticmethod
    def page_field_type(f: "FieldInfo_") -> ast.AST:
        """A page field's type without `Optional[…]`: `data: Optional[ContactsPageData[_T]]`."""
        node, _ = strip_wrappers(f.type)
        mems = union_members(node)
        if mems is not None:
            core = [m for m in mems if not is_none(m)]
            if len(core) == 1:
                node, _ = strip_wrappers(core[0])
        return node

    def page_generic_class(self, modname: str, node: ast.AST):
        """`ContactsPageData[_T]`: the generic class of the page's module a field holds, else None."""
        if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)):
            return None
        args = sub_args(node)
        if not (len(args) == 1 and isinstance(args[0], ast.Name) and args[0].id.startswith("_")):
            return None
        found = self.index.resolve(modname, node.value.id)
        if found is None or not isinstance(found[1], ast.ClassDef):
            return None
        return found

    def page_items_path(self, mod: Module, cls: ast.ClassDef, depth: int = 0) -> Optional[List[str]]:
        if depth > 3:
            return None
        for f in self.class_fields(mod, cls):
            node = self.page_field_type(f)
            if isinstance(node, ast.Subscript) and head_name(node.value) in ("List", "list"):
                a = sub_args(node)[0]
                if isinstance(a, ast.Name) and a.id.startswith("_"):
                    return [f.name]
        for f in self.class_fields(mod, cls):
            node = self.page_field_type(f)
            inner = self.page_generic_class(f.mod, node)
            if inner is not None:
                rest = self.page_items_path(*inner, depth=depth + 1)
                if rest is not None:
                    return [f.name] + rest
        return None

    def page_body_is_array(self, page) -> bool:
        """A page class whose build() wraps a non-mapping body as its items (a bare JSON array
        body; other page fields, if any, come from response headers)."""
        if page is None:
            return False
        mod, cls = page
        for n in cls.body:
            if isinstance(n, ast.FunctionDef) and n.name == "build":
                return "is_mapping(data)" in ast.unparse(n)
        return False

    def page_example(self, page, item_ex) -> Any:
        if page is None:
            return {"data": [item_ex]}
        if self.page_body_is_array(page):
            return [item_ex]
        return self.page_object(*page, item_ex)

    def page_object(self, mod: Module, cls: ast.ClassDef, item_ex, depth: int = 0) -> Any:
        """A page's fields; the items (`List[_T]`) hold the one item, and a generic object of the
        pagination module that holds them (`data: ContactsPageData[_T]`) is written out too."""
        out = {}
        for f in self.class_fields(mod, cls):
            node = self.page_field_type(f)
            if isinstance(node, ast.Subscript) and head_name(node.value) in ("List", "list"):
                a = sub_args(node)[0]
                if isinstance(a, ast.Name) and a.id.startswith("_"):
                    out[f.wire] = [item_ex]
                    continue
            inner = self.page_generic_class(f.mod, node) if depth < 3 else None
            if inner is not None:
                out[f.wire] = self.page_object(*inner, item_ex, depth=depth + 1)
                continue
            out[f.wire] = self.example(TRef(f.type, f.mod), f.wire)
        return out

    # ---------------- example code ----------------

    def test_call_args(self, am: ApiMethod) -> Optional[List[str]]:
        parts = am.resource.split(".")
        tests_dir = self.opts.get("tests_dir") or os.path.join(self.sdk, "tests")
        path = os.path.join(tests_dir, "api_resources", *parts[:-1], f"test_{parts[-1]}.py")
        if not os.path.isfile(path):
            return None
        with open(path, encoding="utf-8") as f:
            src = f.read()
        tree = ast.parse(src)
        target = f"test_method_{am.name.rstrip('_')}"
        cands = [target]
        if self.opts.get("overload_examples"):
            cands.append(target + "_overload_1")
        for want in cands:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name.startswith("TestAsync"):
                    continue
                if isinstance(node, ast.ClassDef):
                    for fn in node.body:
                        if isinstance(fn, ast.FunctionDef) and fn.name == want:
                            call = self.find_client_call(fn, am)
                            if call is not None:
                                bad = [kw.arg for kw in call.keywords if kw.arg and kw.arg not in self.accepted_kwargs(am)]
                                if bad:
                                    self.warnings.append(
                                        f"test call for {am.resource}.{am.name} passes {bad}, which the method does not take"
                                    )
                                return self.call_arg_lines(src, call)
        return None

    def test_file(self, am: ApiMethod) -> str:
        parts = am.resource.split(".")
        tests_dir = self.opts.get("tests_dir") or os.path.join(self.sdk, "tests")
        return os.path.join(tests_dir, "api_resources", *parts[:-1], f"test_{parts[-1]}.py")

    def has_overload_tests(self, am: ApiMethod) -> bool:
        path = self.test_file(am)
        if not os.path.isfile(path):
            return False
        with open(path, encoding="utf-8") as f:
            return f"def test_method_{am.name.rstrip('_')}_overload_1(" in f.read()

    def synth_args(self, am: ApiMethod) -> List[str]:
        """Arguments for an example when the SDK has no test for the method: the path parameters
        (positional ones as strings, keyword ones as name="name") and the required parameters."""
        res_mod, fn, _, _ = self.method_info(am)
        a = fn.args
        out = []
        for p in a.posonlyargs + a.args:
            if p.arg != "self":
                out.append(f'    "{p.arg}",')
        pf = []
        if am.params_file:
            pm = self.index.get(self.mod_from_href(am.params_file))
            if pm is not None:
                for nm, d in pm.defs.items():
                    if isinstance(d, ast.ClassDef) and nm.lower() == camel_from_snake(pm.name.split(".")[-1]).lower():
                        pf = self.class_fields(pm, d)
        req = {f.name: f for f in pf if f.required}
        for k, kd in zip(a.kwonlyargs, a.kw_defaults):
            if k.arg in req:
                v = self.example(TRef(req[k.arg].type, req[k.arg].mod), k.arg)
                out.append(f"    {k.arg}={py_literal(v)},")
            elif k.arg not in {"extra_headers", "extra_query", "extra_body", "timeout", "idempotency_key"} and kd is None:
                out.append(f'    {k.arg}="{k.arg}",')
        return out

    def accepted_kwargs(self, am: ApiMethod) -> set:
        res_mod = self.mod_from_href(am.res_file)
        _, defs = self.find_method(res_mod, am.name)
        names = set()
        for d in defs or []:
            a = d.args
            names |= {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs}
        return names

    def find_client_call(self, fn: ast.FunctionDef, am: ApiMethod) -> Optional[ast.Call]:
        # (A method of the client itself has no resource: `client.classify`.)
        want = ".".join(part for part in ("client", am.resource, am.name) if part)
        for node in ast.walk(fn):
            if isinstance(node, ast.Call):
                txt = ast.unparse(node.func)
                if txt == want:
                    return node
        return None

    def call_arg_lines(self, src: str, call: ast.Call) -> List[str]:
        lines: List[str] = []
        src_lines = src.split("\n")
        for argnode in list(call.args) + list(call.keywords):
            if isinstance(argnode, ast.keyword):
                seg_node = argnode
                start_col = argnode.col_offset
            else:
                seg_node = argnode
                start_col = argnode.col_offset
            seg = ast.get_source_segment(src, seg_node)
            if seg is None:
                seg = ast.unparse(seg_node)
            seg_lines = seg.split("\n")
            shift = start_col - 4
            fixed = ["    " + seg_lines[0]]
            for l in seg_lines[1:]:
                lead = len(l) - len(l.lstrip(" "))
                fixed.append(l[min(shift, lead):] if shift > 0 else (" " * (-shift)) + l)
            fixed[-1] = fixed[-1] + ","
            lines += fixed
        return lines

    def example_code(self, am: ApiMethod, kind: str, item_tref: Optional[TRef], page) -> List[str]:
        imp_os, cls, kw_lines = self.client_snippet
        out = []
        if imp_os:
            out.append("import os")
        out.append(f"from {self.pkg} import {cls}")
        out.append("")
        if kw_lines:
            out.append(f"client = {cls}(")
            out += kw_lines
            out.append(")")
        else:
            out.append(f"client = {cls}()")
        args = self.test_call_args(am)
        if args is None:
            if self.has_overload_tests(am):
                # as in openai.md (chat.completions.create): an overloaded method has only
                # test_method_<name>_overload_N tests, and its example is shown without arguments
                self.warnings.append(f"{am.resource}.{am.name}: only overload tests; example without arguments")
                args = []
            else:
                self.warnings.append(f"{am.resource}.{am.name}: no test; example arguments synthesized from the required parameters")
                args = self.synth_args(am)
        call = ".".join(part for part in ("client", am.resource, am.name) if part)
        if kind == "page":
            var = "page"
        elif kind in ("binary", "scalar", "union", "jsonl", "stream"):
            var = "response"
        elif kind == "none":
            var = None
        elif kind == "object":
            var = snake_from_camel(singular_word_camel(title_from_snake(am.resource.split(".")[-1]).replace(" ", "")))
        else:
            final, cr = self.resolve_alias_chain(item_tref)
            var = snake_from_camel(type_text(item_tref.node)) if cr is None else snake_from_camel(
                type_text(strip_wrappers(item_tref.node)[0])
            )
        head = f"{var} = {call}(" if var else f"{call}("
        if args:
            out.append(head)
            out += args
            out.append(")")
        else:
            out.append(head + ")")
        if kind == "page":
            items = self.page_items_field(page)
            out.append(f"page = page.{items}[0]")
            ff = self.first_field(item_tref)
            out.append(f"print(page.{ff})" if ff else "print(page)")
        elif kind in ("jsonl", "stream"):
            iv = snake_from_camel(type_text(strip_wrappers(item_tref.node)[0]))
            ff = self.first_field(item_tref)
            out.append(f"for {iv} in response:")
            out.append(f"    print({iv}.{ff})" if ff else f"    print({iv})")
        elif kind == "binary":
            out.append("print(response)")
            out.append("content = response.read()")
            out.append("print(content)")
        elif kind in ("scalar", "union", "object"):
            out.append(f"print({var})")
        elif kind == "none":
            pass
        else:
            ff = self.first_field(item_tref)
            out.append(f"print({var}.{ff})" if ff else f"print({var})")
        return out

    def first_field(self, t: TRef) -> Optional[str]:
        final, cr = self.resolve_alias_chain(t)
        if cr is None:
            return None
        fs = self.class_fields(cr[0], cr[1])
        doc = self.own_class_doc(cr[1])
        if doc and self.doc_inherited(cr[0], cr[1], doc):
            own = [st.target.id for st in cr[1].body if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name)]
            if own:
                return own[0]
        return fs[0].name if fs else None


def singular_word_camel(heading: str) -> str:
    words = camel_words(heading)
    if not words:
        return heading
    words[-1] = singular_word(words[-1])
    return "".join(w[:1].upper() + w[1:] for w in words)


def py_literal(v: Any) -> str:
    if isinstance(v, bool):
        return "True" if v else "False"
    if v is None:
        return "None"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(py_literal(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {py_literal(x)}" for k, x in v.items()) + "}"
    return repr(v)


def html_unescape(s: str) -> str:
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def parse_args_doc(doc: Optional[str]) -> Dict[str, str]:
    if not doc:
        return {}
    doc = inspect.cleandoc(doc)
    lines = doc.split("\n")
    out: Dict[str, str] = {}
    try:
        i = next(i for i, l in enumerate(lines) if l.strip() == "Args:")
    except StopIteration:
        return out
    cur = None
    for l in lines[i + 1 :]:
        m = re.match(r"^  (\w+):\s*(.*)$", l)
        if m:
            cur = m.group(1)
            out[cur] = m.group(2)
        elif cur is not None:
            out[cur] += "\n" + l
    return out


def signature_type_text(ann: Optional[ast.AST], has_default: bool = False) -> str:
    """The type of a keyword argument as a parameter's: optional where the caller may leave it
    out, by `omit`/`NOT_GIVEN` or by a default of its own (codeset's hand-written
    `poll_interval: float = 3.0`), unless `None` is a member already."""
    if ann is None:
        return "Optional[object]" if has_default else "object"
    written = flatten_binop(ann)
    members = [m for m in written if head_name(m) not in ("Omit", "NotGiven")]
    optional = len(members) < len(written) or (has_default and not any(is_none(m) for m in members))
    if len(members) == 1:
        t = type_text(members[0])
    else:
        t = "Union[" + ", ".join(type_text(m) for m in members) + "]"
    if optional and not t.startswith("Optional["):
        t = f"Optional[{t}]"
    return t


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sdk_dir")
    ap.add_argument("resources", nargs="*")
    ap.add_argument("-o", "--output")
    ap.add_argument("--flattened", help="also write the flattened form (' '.join(text.split())) here")
    ap.add_argument("--tests-dir", help="the SDK's tests/ folder, when the sdist ships none (default SDK_DIR/tests)")
    ap.add_argument("--exclude", action="append", default=[], help="resource.method to leave out")
    ap.add_argument(
        "--overload-examples",
        action="store_true",
        help="for overloaded methods (no test_method_<name>), take the example from test_method_<name>_overload_1",
    )
    args = ap.parse_intermixed_args(argv)
    r = Renderer(args.sdk_dir, args.resources or None, {"exclude": set(args.exclude), "overload_examples": args.overload_examples, "tests_dir": args.tests_dir})
    text = r.render()
    for w in r.warnings:
        print("warning:", w, file=sys.stderr)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    if args.flattened:
        with open(args.flattened, "w", encoding="utf-8") as f:
            f.write(" ".join(text.split()))


if __name__ == "__main__":
    main()
