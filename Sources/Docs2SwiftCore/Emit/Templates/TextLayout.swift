/// Small text helpers for laying out generated code.
enum TextLayout {
  static func trimmingTrailingWhitespace(_ line: String) -> String {
    var result = line
    while let last = result.last, last == " " || last == "\t" { result.removeLast() }
    return result
  }

  /// Indents every non-empty line by `width` spaces and drops trailing newlines.
  static func indented(_ text: String, by width: Int) -> String {
    // Nested declarations are indented once per level: on bytes, without a list of lines. A
    // line feed after a carriage return is inside one character, so such text goes by lines.
    guard text.count(ofByte: UInt8(ascii: "\r")) > 0 else {
      let bytes = Array(text.utf8)
      var end = bytes.count
      while end > 0, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
      var out: [UInt8] = []
      out.reserveCapacity(end + end / 8)
      var atLineStart = true
      for byte in bytes[..<end] {
        if byte == UInt8(ascii: "\n") {
          atLineStart = true
        } else if atLineStart {
          out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
          atLineStart = false
        }
        out.append(byte)
      }
      return String(decoding: out, as: UTF8.self)
    }
    let prefix = String(repeating: " ", count: width)
    var lines = TextLines.split(text)
    while lines.last == "" { lines.removeLast() }
    return lines.map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n")
  }
}
