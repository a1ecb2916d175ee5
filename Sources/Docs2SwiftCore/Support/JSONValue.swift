/// A JSON value that keeps object keys in document order and numbers as written, so examples
/// survive a parse → print round trip without reformatting.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// The number's text as written (`0`, `1.5e3`).
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  public func hash(into hasher: inout Hasher) {
    switch self {
    case .null: hasher.combine(0)
    case .bool(let b): hasher.combine(b)
    case .number(let n): hasher.combine(n)
    case .string(let s): hasher.combine(s)
    case .array(let a): hasher.combine(a)
    case .object(let members):
      hasher.combine(members.count)
      for member in members {
        hasher.combine(member.key)
        hasher.combine(member.value)
      }
    }
  }

  /// The value of `key` in an object, nil otherwise.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// The value at a path of object keys; nil where one is missing.
  public func value(at path: [String]) -> JSONValue? {
    path.reduce(Optional(self)) { value, key in value?[key] }
  }

  public var objectMembers: [(key: String, value: JSONValue)]? {
    if case .object(let members) = self { return members }
    return nil
  }

  public var arrayElements: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }
}

// MARK: - Printing

extension JSONValue {
  public struct PrintOptions: Sendable {
    public var sortedKeys: Bool
    public var indent: Int
    public init(sortedKeys: Bool = false, indent: Int = 2) {
      self.sortedKeys = sortedKeys
      self.indent = indent
    }
  }

  /// Pretty JSON text; empty arrays and objects print as `[]` and `{}`.
  public func printed(_ options: PrintOptions = PrintOptions()) -> String {
    var out: [UInt8] = []
    print(into: &out, level: 0, options)
    return String(decoding: out, as: UTF8.self)
  }

  // Printing works on UTF-8 bytes: appending to a `String` scalar by scalar was most of the cost.
  private func print(into out: inout [UInt8], level: Int, _ options: PrintOptions) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .string(let s): JSONValue.appendQuoted(s, to: &out)
    case .array(let elements):
      if elements.isEmpty {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(contentsOf: "[\n".utf8)
      for (index, element) in elements.enumerated() {
        Self.appendSpaces((level + 1) * options.indent, to: &out)
        element.print(into: &out, level: level + 1, options)
        out.append(contentsOf: (index == elements.count - 1 ? "\n" : ",\n").utf8)
      }
      Self.appendSpaces(level * options.indent, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out.append(contentsOf: "{}".utf8)
        return
      }
      let ordered = options.sortedKeys ? members.sorted { $0.key < $1.key } : members
      out.append(contentsOf: "{\n".utf8)
      for (index, member) in ordered.enumerated() {
        Self.appendSpaces((level + 1) * options.indent, to: &out)
        JSONValue.appendQuoted(member.key, to: &out)
        out.append(contentsOf: ": ".utf8)
        member.value.print(into: &out, level: level + 1, options)
        out.append(contentsOf: (index == ordered.count - 1 ? "\n" : ",\n").utf8)
      }
      Self.appendSpaces(level * options.indent, to: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func appendSpaces(_ count: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  /// Compact JSON text on one line, keys in document order.
  public var compact: String {
    var out: [UInt8] = []
    appendCompact(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private func appendCompact(to out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .string(let s): JSONValue.appendQuoted(s, to: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        element.appendCompact(to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (index, member) in members.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        JSONValue.appendQuoted(member.key, to: &out)
        out.append(UInt8(ascii: ":"))
        member.value.appendCompact(to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the
  /// line and paragraph separators (U+2028, U+2029): invisible, and able to make source text
  /// read otherwise than it compiles ("Trojan Source").
  public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
  }

  static func appendQuoted(_ string: String, to out: inout String) {
    var bytes: [UInt8] = []
    appendQuoted(string, to: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  static func appendQuoted(_ string: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Most strings need no escape: no ASCII control, quote, backslash or DEL, and no lead byte
    // of an invisible control (U+061C is D8 9C; the others start with E2).
    func isPlain(_ byte: UInt8) -> Bool {
      byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte != 0x7F && byte != 0xD8
        && byte != 0xE2
    }
    let copied = string.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
      for byte in buffer where !isPlain(byte) { return false }
      out.append(contentsOf: buffer)
      return true
    }
    if copied ?? string.utf8.allSatisfy(isPlain) {
      if copied == nil { out.append(contentsOf: string.utf8) }
      out.append(UInt8(ascii: "\""))
      return
    }
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out.append(contentsOf: "\\\"".utf8)
      case "\\": out.append(contentsOf: "\\\\".utf8)
      case "\n": out.append(contentsOf: "\\n".utf8)
      case "\r": out.append(contentsOf: "\\r".utf8)
      case "\t": out.append(contentsOf: "\\t".utf8)
      case "\u{08}": out.append(contentsOf: "\\b".utf8)
      case "\u{0C}": out.append(contentsOf: "\\f".utf8)
      default:
        // Control characters, and the invisible ones that reorder text (bidirectional controls,
        // line separators), are escaped: printed JSON goes into Swift source, which must show
        // what it holds.
        if scalar.value < 0x20 || scalar.value == 0x7F || JSONValue.isInvisibleControl(scalar) {
          let hex = String(scalar.value, radix: 16)
          out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        } else {
          out.append(contentsOf: UTF8.encode(scalar)!)
        }
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

// MARK: - Parsing

/// A JSON syntax error at a UTF-8 byte offset of the parsed text.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  public var message: String
  public var offset: Int
}

extension JSONValue {
  /// Parses one JSON document (RFC 8259). Nesting deeper than `maxDepth` is an error, never a
  /// stack overflow.
  public static func parse(_ text: String, maxDepth: Int = 512) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: Array(text.utf8), maxDepth: maxDepth)
    return try parser.parseDocument()
  }
}

struct JSONParser {
  let bytes: [UInt8]
  let maxDepth: Int
  var index = 0

  init(bytes: [UInt8], maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = maxDepth
  }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    let value = try parseValue(depth: 0)
    skipWhitespace()
    if index < bytes.count { throw error("unexpected text after the JSON value") }
    return value
  }

  func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(message: message, offset: index)
  }

  mutating func skipWhitespace() {
    while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
  }

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard depth < maxDepth else { throw error("JSON nested deeper than \(maxDepth) levels") }
    guard index < bytes.count else { throw error("expected a JSON value, found the end") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw error("expected a JSON value")
    }
  }

  mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
    let utf8 = Array(literal.utf8)
    guard bytes.count - index >= utf8.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
      throw error("expected '\(literal)'")
    }
    index += utf8.count
  }

  mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a string key in a JSON object")
      }
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after an object key")
      }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue(depth: depth + 1)))
      skipWhitespace()
      guard index < bytes.count else { throw error("unterminated JSON object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      } else {
        throw error("expected ',' or '}' in a JSON object")
      }
    }
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      guard index < bytes.count else { throw error("unterminated JSON array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      } else {
        throw error("expected ',' or ']' in a JSON array")
      }
    }
  }

  mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = index
    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("invalid number") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1
    var scalars = String.UnicodeScalarView()
    var runStart = index
    func flush(_ bytes: ArraySlice<UInt8>) {
      scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        flush(bytes[runStart..<index])
        index += 1
        return String(scalars)
      }
      if byte < 0x20 { throw error("control character in a JSON string") }
      if byte != UInt8(ascii: "\\") {
        index += 1
        continue
      }
      flush(bytes[runStart..<index])
      index += 1
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        var code = try parseHex4()
        if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count,
          bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        {
          index += 2
          let low = try parseHex4()
          if (0xDC00...0xDFFF).contains(low) {
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
        }
        scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
      default:
        index -= 1
        throw error("invalid escape in a JSON string")
      }
      runStart = index
    }
    throw error("unterminated JSON string")
  }

  mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    guard bytes.count - index >= 4 else { throw error("invalid \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[index]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw error("invalid \\u escape")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }
}

extension JSONValue {
  /// The value with the member at `path` (present or not) set to `value`; unchanged where the
  /// path crosses something other than an object. The empty path is the value itself.
  func setting(path: [String], to value: JSONValue) -> JSONValue {
    guard let key = path.first else { return value }
    guard case .object(var members) = self else { return self }
    let inner = (members.first { $0.key == key }?.value ?? .object([])).setting(
      path: Array(path.dropFirst()), to: value)
    if let index = members.firstIndex(where: { $0.key == key }) {
      members[index].value = inner
    } else {
      members.append((key, inner))
    }
    return .object(members)
  }

  /// The value with the member at `path` removed (objects only; unchanged when absent).
  func removing(path: [String]) -> JSONValue {
    guard let key = path.first, case .object(let members) = self else { return self }
    if path.count == 1 { return .object(members.filter { $0.key != key }) }
    return .object(
      members.map { ($0.key, $0.key == key ? $0.value.removing(path: Array(path.dropFirst())) : $0.value) })
  }
}
