"""Runs every documented Python example of the reference with the official SDK against the
generated mock server, and checks that each response equals the documented example.

The reference was flattened (its newlines became spaces), so each example is re-lined into
Python first: comments end before the bracket that closes them, and statements split where a
name starts after a complete expression at bracket depth 0 (`import os from gitpod import ...`).

Usage: run_examples.py --ir IR.json --server PATH/TO/gitpod-server
"""

import argparse
import ast
import contextlib
import datetime
import io
import json
import keyword
import os
import subprocess
import sys
import threading
import tokenize

import httpx

TOKEN = "python-sdk-test-token"


def strip_comments(flat):
    """Drops `# ...` comments (outside strings) up to the whitespace-preceded closing bracket
    that ended their line before the reference was flattened."""
    out, i, quote = [], 0, None
    while i < len(flat):
        c = flat[i]
        if quote:
            out.append(c)
            if c == "\\" and i + 1 < len(flat):
                out.append(flat[i + 1])
                i += 2
                continue
            if c == quote:
                quote = None
            i += 1
            continue
        if c in "\"'":
            quote = c
        if c == "#":
            j = i
            while j < len(flat) and not (flat[j] in ")]}" and flat[j - 1].isspace()):
                j += 1
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)


def reline(flat):
    """The example as Python source with one statement per line."""
    text = strip_comments(flat)
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    depth, previous, splits = 0, None, []
    for token in tokens:
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
        if token.type in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT):
            continue
        if depth == 0 and token.type == tokenize.NAME and previous is not None:
            ends_expression = (
                previous.type in (tokenize.NUMBER, tokenize.STRING)
                or (previous.type == tokenize.NAME and (not keyword.iskeyword(previous.string)
                                                        or previous.string in ("True", "False", "None")))
                or (previous.type == tokenize.OP and previous.string in ")]}")
            )
            continues = token.string in ("import", "as", "if", "else", "for", "in", "and", "or", "not", "is")
            if ends_expression and not continues:
                splits.append(token.start[1])
        previous = token
    lines, start = [], 0
    for offset in splits:
        lines.append(text[start:offset].strip())
        start = offset
    lines.append(text[start:].strip())
    return "\n".join(line for line in lines if line) + "\n"


class Capture(ast.NodeTransformer):
    """Wraps the first API call (`client.….method(...)`) in `__capture__(...)`."""

    def __init__(self):
        self.done = False

    def visit_Call(self, node):
        self.generic_visit(node)
        if self.done:
            return node
        func = node.func
        root = func
        while isinstance(root, ast.Attribute):
            root = root.value
        if isinstance(func, ast.Attribute) and isinstance(root, ast.Name) and root.id == "client":
            self.done = True
            return ast.Call(func=ast.Name(id="__capture__", ctx=ast.Load()), args=[node], keywords=[])
        return node


def normalized(value):
    """JSON-like data with datetimes as aware datetimes, for comparing SDK models with JSON."""
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] == "T":
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def as_data(result):
    if hasattr(result, "to_dict"):
        return result.to_dict(mode="python")
    return result


class Recorder:
    """Records every HTTP exchange the SDK makes (request URL and the response body)."""

    def __init__(self):
        self.exchanges = []
        original = httpx.Client.send

        def send(client, request, *args, **kwargs):
            response = original(client, request, *args, **kwargs)
            response.read()
            self.exchanges.append((request, response))
            return response

        httpx.Client.send = send


def start_server(binary):
    process = subprocess.Popen(
        [binary, "--host", "127.0.0.1", "--port", "0", "--mock", "--token", TOKEN],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    port = []

    def read_port():
        line = process.stdout.readline()
        if "listening on http://" in line:
            port.append(int(line.rsplit(":", 1)[1]))

    reader = threading.Thread(target=read_port, daemon=True)
    reader.start()
    reader.join(60)
    if not port:
        process.kill()
        sys.exit("the mock server did not start within 60 s")
    return process, port[0]


def methods(ir):
    def walk(resources):
        for resource in resources:
            for method in resource["methods"]:
                yield resource["path"], method
            yield from walk(resource["resources"])

    return list(walk(ir["resources"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ir", required=True)
    parser.add_argument("--server", required=True)
    args = parser.parse_args()
    with open(args.ir) as f:
        ir = json.load(f)
    process, port = start_server(args.server)
    os.environ["GITPOD_API_KEY"] = TOKEN
    os.environ["GITPOD_BASE_URL"] = f"http://127.0.0.1:{port}"
    recorder = Recorder()
    failures, passed = [], 0
    try:
        for path, method in methods(ir):
            name = f"{path}.{method['name']}"
            example = method.get("pythonExample")
            expected = method.get("responseExample")
            if expected is None:
                expected = {}
            if not example:
                failures.append(f"{name}: no Python example in the IR")
                continue
            source = reline(example)
            try:
                tree = ast.parse(source)
            except SyntaxError as error:
                failures.append(f"{name}: the re-lined example is not Python ({error}):\n{source}")
                continue
            capture = Capture()
            tree = ast.fix_missing_locations(capture.visit(tree))
            if not capture.done:
                failures.append(f"{name}: no client call in the example")
                continue
            captured = []
            namespace = {"__capture__": lambda value: captured.append(value) or value, "__name__": "__example__"}
            recorder.exchanges.clear()
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    exec(compile(tree, name, "exec"), namespace)
            except Exception as error:  # noqa: BLE001 - report any failure of the example
                failures.append(f"{name}: the example raised {type(error).__name__}: {error}\n{source}")
                continue
            problems = []
            request, response = recorder.exchanges[0]
            if request.url.path != method["http"]["path"]:
                problems.append(f"called {request.url.path}, documented {method['http']['path']}")
            if response.status_code != 200:
                problems.append(f"HTTP {response.status_code}: {response.text}")
            elif response.json() != expected:
                problems.append(f"the response body differs from the documented example: {response.text}")
            if normalized(as_data(captured[0])) != normalized(expected):
                problems.append(f"the SDK's result differs from the documented example: {as_data(captured[0])!r}")
            if method.get("pagination"):
                items_field = method["pagination"]["itemsField"]
                first_page = expected.get(items_field, [])
                before = len(recorder.exchanges)
                items = list(captured[0])  # walks every page: must stop
                pages = recorder.exchanges[before - 1:]
                if len(items) != 2 * len(first_page) or len(pages) != 2:
                    problems.append(f"walking all pages gave {len(items)} items in {len(pages)} requests")
                token_param = method["pagination"]["tokenParam"]
                if len(pages) > 1 and token_param not in pages[-1][0].url.params:
                    problems.append(f"the second page was requested without '{token_param}'")
            if problems:
                failures.append(f"{name}: " + "; ".join(problems))
            else:
                passed += 1
                print(f"ok   {name}")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    for failure in failures:
        print(f"FAIL {failure}")
    total = len(methods(ir))
    print(f"{passed}/{total} documented Python examples answered as documented by the mock server")
    sys.exit(0 if passed == total and not failures else 1)


if __name__ == "__main__":
    main()
