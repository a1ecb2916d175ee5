/// Finds the live string interpolations of Swift source: `\(…)` in a string literal, `\#(…)` in
/// a `#"…"#` raw literal, and so on, outside comments. The generator's guarantee that reference
/// text stays data is checked with it: every live interpolation of a generated file must be one
/// the templates or the runtime wrote, never one a reference brought (issue 19).
///
/// A small lexer of the Swift the generator writes: `//` and nested `/* */` comments, string
/// literals of one or three quotes with any number of `#`, escapes and interpolations; code
/// inside an interpolation is scanned too. Regex literals are not recognised (none is written).
public enum SwiftSourceScanner {
  /// The text of each live interpolation's expression, in source order.
  public static func liveInterpolations(in source: String) -> [String] {
    var scanner = Scanner(bytes: Array(source.utf8))
    scanner.scanCode(untilCloseParen: false)
    return scanner.found
  }

  private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var found: [String] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    func peek(_ offset: Int = 0) -> UInt8? {
      index + offset < bytes.count ? bytes[index + offset] : nil
    }

    func matches(_ text: String, at offset: Int = 0) -> Bool {
      let pattern = Array(text.utf8)
      guard index + offset + pattern.count <= bytes.count else { return false }
      return bytes[(index + offset)..<(index + offset + pattern.count)].elementsEqual(pattern)
    }

    /// Code: until the end, or (inside an interpolation) the `)` that closes it.
    mutating func scanCode(untilCloseParen: Bool) {
      var depth = 0
      while let byte = peek() {
        if matches("//") {
          while let next = peek(), next != UInt8(ascii: "\n") { _ = next; index += 1 }
        } else if matches("/*") {
          skipBlockComment()
        } else if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"") {
          var hashes = 0
          while peek(hashes) == UInt8(ascii: "#") { hashes += 1 }
          if peek(hashes) == UInt8(ascii: "\"") {
            index += hashes
            scanString(hashes: hashes)
          } else {
            index += max(hashes, 1)
          }
        } else if byte == UInt8(ascii: "(") {
          depth += 1
          index += 1
        } else if byte == UInt8(ascii: ")") {
          if untilCloseParen && depth == 0 { return }
          depth -= 1
          index += 1
        } else {
          index += 1
        }
      }
    }

    mutating func skipBlockComment() {
      var depth = 0
      while peek() != nil {
        if matches("/*") {
          depth += 1
          index += 2
        } else if matches("*/") {
          depth -= 1
          index += 2
          if depth == 0 { return }
        } else {
          index += 1
        }
      }
    }

    /// A string literal starting at its opening quote(s), after `hashes` `#`.
    mutating func scanString(hashes: Int) {
      let closingHashes = String(repeating: "#", count: hashes)
      let multiLine = matches("\"\"\"")
      index += multiLine ? 3 : 1
      let close = (multiLine ? "\"\"\"" : "\"") + closingHashes
      let escape = "\\" + closingHashes
      while let byte = peek() {
        if matches(close) {
          index += close.utf8.count
          return
        }
        if !multiLine && byte == UInt8(ascii: "\n") { return }  // unterminated: not Swift we write
        if matches(escape) {
          index += escape.utf8.count
          if peek() == UInt8(ascii: "(") {
            index += 1
            let start = index
            scanCode(untilCloseParen: true)
            found.append(String(decoding: bytes[start..<min(index, bytes.count)], as: UTF8.self))
            index += 1
          } else {
            index += 1  // the escaped character
          }
          continue
        }
        index += 1
      }
    }
  }
}
