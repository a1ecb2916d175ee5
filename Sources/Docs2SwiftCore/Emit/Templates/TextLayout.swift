/// Small text helpers for laying out generated code.
enum TextLayout {
  static func trimmingTrailingWhitespace(_ line: String) -> String {
    var result = line
    while let last = result.last, last == " " || last == "\t" { result.removeLast() }
    return result
  }

  /// Indents every non-empty line by `width` spaces and drops trailing newlines.
  static func indented(_ text: String, by width: Int) -> String {
    let prefix = String(repeating: " ", count: width)
    var lines = TextLines.split(text)
    while lines.last == "" { lines.removeLast() }
    return lines.map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n")
  }
}
