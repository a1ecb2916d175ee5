/// Turns a YAML request example into JSON. Structured YAML nests by indentation; a flattened
/// example (one line) nests by the parameter schema: a key belongs to the innermost open
/// object that declares it.
struct YAMLExample {
  struct Failure: Error {
    var message: String
    var offset: Int
  }

  /// The field a key names: by wire name, or by the documented name.
  static func field(_ key: String, in fields: [Field]) -> Field? {
    fields.first { $0.jsonName == key } ?? fields.first { $0.name == key }
  }

  enum Token: Equatable {
    case key(String)
    case dash
    case scalar(String, quoted: Bool)
    case flowEmptyArray
    case flowEmptyObject
  }

  struct Located {
    var token: Token
    var offset: Int
    var line: Int
    var indent: Int
  }

  static func tokenize(_ text: String) throws(Failure) -> [Located] {
    let chars = Array(text.utf8)
    var tokens: [Located] = []
    var i = 0
    var line = 0
    var lineStart = 0
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    while i < chars.count {
      let b = chars[i]
      if b == 0x0A {
        line += 1
        i += 1
        lineStart = i
        continue
      }
      if isSpace(b) {
        i += 1
        continue
      }
      let indent = i - lineStart
      if b == UInt8(ascii: "#") {
        while i < chars.count, chars[i] != 0x0A { i += 1 }
        continue
      }
      if b == UInt8(ascii: "-"), i + 1 >= chars.count || isSpace(chars[i + 1]) || chars[i + 1] == 0x0A {
        tokens.append(Located(token: .dash, offset: i, line: line, indent: indent))
        i += 1
        continue
      }
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        let start = i
        i += 1
        var value: [UInt8] = []
        var closed = false
        while i < chars.count {
          let c = chars[i]
          if c == b {
            if b == UInt8(ascii: "'"), i + 1 < chars.count, chars[i + 1] == b {
              value.append(b)
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          if c == UInt8(ascii: "\\"), b == UInt8(ascii: "\""), i + 1 < chars.count {
            let e = chars[i + 1]
            switch e {
            case UInt8(ascii: "n"): value.append(0x0A)
            case UInt8(ascii: "t"): value.append(0x09)
            default: value.append(e)
            }
            i += 2
            continue
          }
          value.append(c)
          i += 1
        }
        guard closed else { throw Failure(message: "unterminated quoted string in a YAML example", offset: start) }
        let string = String(decoding: value, as: UTF8.self)
        // A quoted key: `"key": value`.
        if i < chars.count, chars[i] == UInt8(ascii: ":"), i + 1 >= chars.count || isSpace(chars[i + 1]) || chars[i + 1] == 0x0A {
          tokens.append(Located(token: .key(string), offset: start, line: line, indent: indent))
          i += 1
        } else {
          tokens.append(Located(token: .scalar(string, quoted: true), offset: start, line: line, indent: indent))
        }
        continue
      }
      if b == UInt8(ascii: "["), i + 1 < chars.count, chars[i + 1] == UInt8(ascii: "]") {
        tokens.append(Located(token: .flowEmptyArray, offset: i, line: line, indent: indent))
        i += 2
        continue
      }
      if b == UInt8(ascii: "{"), i + 1 < chars.count, chars[i + 1] == UInt8(ascii: "}") {
        tokens.append(Located(token: .flowEmptyObject, offset: i, line: line, indent: indent))
        i += 2
        continue
      }
      // A bare word: a key when it ends in ':' followed by a space or the end.
      let start = i
      while i < chars.count, !isSpace(chars[i]), chars[i] != 0x0A { i += 1 }
      var word = String(decoding: chars[start..<i], as: UTF8.self)
      if word.hasSuffix(":") {
        word.removeLast()
        tokens.append(Located(token: .key(word), offset: start, line: line, indent: indent))
      } else {
        tokens.append(Located(token: .scalar(word, quoted: false), offset: start, line: line, indent: indent))
      }
    }
    return tokens
  }

  // MARK: Conversion

  let tokens: [Located]
  var index = 0
  let multiline: Bool
  let declarations: [String: TypeDecl]

  init(text: String, declarations: [String: TypeDecl]) throws(Failure) {
    self.tokens = try Self.tokenize(text)
    self.multiline = text.contains("\n")
    self.declarations = declarations
  }

  /// The example as a JSON object, fields typed by `params`.
  mutating func convert(params: [Field]) throws(Failure) -> JSONValue {
    if tokens.isEmpty { return .object([]) }
    let value = try parseObject(fields: params, indent: tokens[0].indent, isRoot: true)
    if index < tokens.count { throw Failure(message: "unexpected text in a YAML example", offset: tokens[index].offset) }
    return value
  }

  private func fields(of type: TypeRef) -> [Field]? {
    type.objectFields(in: declarations)
  }


  private var depth = 0
  static let maxDepth = 128

  private mutating func parseObject(fields: [Field]?, indent: Int, isRoot: Bool) throws(Failure) -> JSONValue {
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maxDepth, index < tokens.count {
      throw Failure(message: "a YAML example nested deeper than \(Self.maxDepth) levels", offset: tokens[index].offset)
    }
    var members: [(key: String, value: JSONValue)] = []
    while index < tokens.count, case .key(let key) = tokens[index].token {
      let token = tokens[index]
      if multiline {
        if token.indent < indent { break }
        if token.indent > indent { throw Failure(message: "unexpected indentation in a YAML example", offset: token.offset) }
      }
      let field = fields.flatMap { Self.field(key, in: $0) }
      if !multiline, fields != nil, field == nil, !isRoot { break }  // belongs to an enclosing object
      if members.contains(where: { $0.key == key }) {
        if !multiline, !isRoot { break }
        throw Failure(message: "duplicate key '\(key)' in a YAML example", offset: token.offset)
      }
      index += 1
      members.append((field?.jsonName ?? key, try parseValue(type: field?.type, keyToken: token)))
    }
    return .object(members)
  }

  private mutating func parseValue(type: TypeRef?, keyToken: Located) throws(Failure) -> JSONValue {
    guard index < tokens.count else { return .null }
    let token = tokens[index]
    // In structured YAML a scalar stands on its key's line, a block below it.
    let onKeyLine = multiline && token.line == keyToken.line
    switch token.token {
    case .scalar(let text, let quoted):
      if multiline, !onKeyLine { return .null }
      index += 1
      return Self.scalar(text, quoted: quoted, type: type)
    case .flowEmptyArray:
      index += 1
      return .array([])
    case .flowEmptyObject:
      index += 1
      return .object([])
    case .dash, .key:
      if onKeyLine { throw Failure(message: "unexpected value in a YAML example", offset: token.offset) }
    }
    switch token.token {
    case .dash:
      var elements: [JSONValue] = []
      let element: TypeRef? = if case .array(let of) = type { of } else { nil }
      let dashIndent = token.indent
      while index < tokens.count, tokens[index].token == .dash {
        if multiline, tokens[index].indent != dashIndent { break }
        let dash = tokens[index]
        index += 1
        if index < tokens.count, case .key = tokens[index].token {
          elements.append(try parseObject(fields: element.flatMap { fields(of: $0) }, indent: tokens[index].indent, isRoot: false))
        } else {
          elements.append(try parseValue(type: element, keyToken: dash))
        }
      }
      return .array(elements)
    default:
      if multiline, token.indent <= keyToken.indent { return .null }
      let nested: [Field]? = type.flatMap { fields(of: $0) }
      if case .map(let value) = type {
        return try parseMap(valueType: value, indent: token.indent)
      }
      return try parseObject(fields: nested, indent: token.indent, isRoot: nested == nil)
    }
  }

  private mutating func parseMap(valueType: TypeRef, indent: Int) throws(Failure) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = []
    while index < tokens.count, case .key(let key) = tokens[index].token {
      let token = tokens[index]
      if multiline, token.indent != indent { break }
      index += 1
      members.append((key, try parseValue(type: valueType, keyToken: token)))
      if !multiline { break }
    }
    return .object(members)
  }

  static func scalar(_ text: String, quoted: Bool, type: TypeRef?) -> JSONValue {
    if quoted { return .string(text) }
    switch type {
    case .string?, .datetime?, .enum?: return .string(text)
    default: break
    }
    switch text {
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case "null", "~", "Null", "NULL": return .null
    default: break
    }
    if (try? JSONValue.parse(text)).map({ if case .number = $0 { true } else { false } }) == true {
      return .number(text)
    }
    return .string(text)
  }
}
