#!/usr/bin/env python3
"""Writes Tests/Hostile/hostile.md: a reference whose author tries to put code into the
generated package (issue 19). Every payload names an identifier that does not exist
(`hostile…`), so a payload that became live code fails the build of the generated package.

Payloads: string interpolation (`\\(`), raw-string interpolation (`\\#(`, `\\##(`), multi-line
string and raw-string delimiters (`\"\"\"`, `\"\"\"#`), block-comment close (`*/`), a doc-comment
line followed by code, Unicode bidirectional controls, a very long line. Places: the title,
a method description, a request example's title, description and YAML values, a parameter's
description, an enum value, the JSON response example's values and keys, a Domain Type's and a
field's description, the Python example.
"""
import pathlib

# In Markdown prose a backslash before punctuation is an escape: write two for one.
PROSE = {
    "interpolation": r"\\(hostileProseInterpolation)",
    "raw": r"\\#(hostileProseRawOne)",
    "raw2": r"\\##(hostileProseRawTwo)",
    "triple": '"""',
    "triple-raw": '"""#',
    "comment": "*/ hostileAfterComment() /*",
    "bidi": "\u202e hostileBidi() \u202c",
}
prose = " ".join(PROSE.values())
long_line = "x" * 5000

text = f"""# Widgets {PROSE['interpolation']} {PROSE['raw']}

## CreateWidget {PROSE['interpolation']} {PROSE['raw']}

`widgets.create(WidgetCreateParams**kwargs) -> WidgetCreateResponse`

**post** `/acme.v1.WidgetService/CreateWidget`

Creates a widget. {prose}

/// hostileDocLine()

{long_line}

### Examples

- Payloads {PROSE['interpolation']} {PROSE['raw']} {PROSE['triple']}:

  A request whose strings hold every opener. {prose}

  ```yaml
  name: "a\\\\(hostileYAMLOne) \\\\#(hostileYAMLTwo) \\\\##(hostileYAMLThree) \\"\\"\\"# */"
  color: "COLOR_RED"
  ```

### Parameters

- `name: str` name is the widget's name. {prose}
- `color: Optional[Literal["COLOR_UNSPECIFIED", "COLOR_RED", "COLOR_\\\\#(hostileEnumValue)"]]` the color {prose}

  - `"COLOR_UNSPECIFIED"`
  - `"COLOR_RED"`
  - `"COLOR_\\\\#(hostileEnumValue)"`

### Returns

- `class WidgetCreateResponse: …`

  - `widget: Widget`

### Example

```python
import os
from acme import Acme

client = Acme(
    api_key=os.environ.get("ACME_API_KEY"),
)
widget = client.widgets.create(name="\\\\#(hostilePython)")
```

#### Response

```json
{{"widget": {{"id": "x\\\\#(hostileJSONOne)y \\\\(hostileJSONTwo) \\\\##(hostileJSONThree) \\"\\"\\"# */", "name": "\\u202e{long_line}", "createdAt": "2019-12-27T18:11:19.117Z", "k\\\\#(hostileJSONKey)": "\\\\(hostileJSONUndocumented)"}}}}
```

## Domain Types

### Widget

- `class Widget: …`

  A widget. {prose}

  - `id: str` id is the widget's ID {prose}
  - `name: str`
  - `created_at: datetime`
  - `odd\\\\(hostileFieldName)name: Optional[str]` a field whose name is a payload: not a name, skipped
"""

out = pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Hostile" / "hostile.md"
out.write_text(text, encoding="utf-8")
print(out)
