/// Every kind of Swift literal the generator writes reference text into, and how that text is
/// made data there (issue 19). Emitters and view models use these; a template receives the
/// escaped value.
///
/// - string literal `"…"` (and the contents of a `"""` one): `stringContents`;
/// - raw multi-line literal `#"""…"""#` of printed JSON: `rawDelimiter(for:)`;
/// - identifier: `SwiftNaming` (names made of letters, digits and `_`, keywords in backticks);
/// - documentation comment `///`: `DocComment.lines` (one `///` per line, invisible controls
///   shown as `U+XXXX`);
/// - DocC Markdown articles: text, never compiled.
enum SwiftLiteral {
  /// The contents of a Swift string literal for `text` (without the quotes): `\`, `"`, line
  /// breaks, tabs, control characters and invisible controls escaped. Valid in `"…"` and in
  /// `"""…"""` alike.
  static func stringContents(_ text: String) -> String {
    // Most text needs no escape: no backslash, quote, ASCII control or DEL, and no lead byte of
    // an invisible control (U+061C is D8 9C; the others start with E2).
    let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
      !bytes.contains { byte in
        byte < 0x20 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == 0x7F || byte == 0xD8
          || byte == 0xE2
      }
    }
    if plain == true { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || JSONValue.isInvisibleControl(scalar) {
          out += "\\u{" + String(scalar.value, radix: 16) + "}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }
  /// The shortest `#…#` delimiter for a raw string literal holding `text` as data: the text
  /// contains neither its closing form `"#…` nor its escape `\#…` (which would open an
  /// interpolation `\#(…)` or an escape sequence inside the literal).
  static func rawDelimiter(for text: String) -> String {
    var delimiter = "#"
    while text.containsText("\"" + delimiter) || text.containsText("\\" + delimiter) { delimiter += "#" }
    return delimiter
  }
}
