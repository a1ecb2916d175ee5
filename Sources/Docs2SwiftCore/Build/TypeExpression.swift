/// A type as the reference writes it in Python notation: `Optional[Dict[str, Foo]]`.
indirect enum TypeExpression: Sendable, Hashable {
  case name(String)
  case generic(String, [TypeExpression])
  case literal([String])

  static let primitives: Set<String> = [
    "str", "int", "float", "bool", "datetime", "date", "object", "bytes", "None", "Any",
    // Stainless's upload type: bytes, a file or a (name, content) tuple; it has no fields.
    "FileTypes",
  ]

  /// `List` for `TypingList`: a Stainless SDK imports `typing.List as TypingList` in a module
  /// that declares a class named `List`, and a reference may show its annotations as written.
  static func typingName(_ name: String) -> String {
    guard name.hasPrefix("Typing") else { return name }
    let rest = String(name.dropFirst("Typing".count))
    return ["List", "Dict", "Optional", "Union", "Sequence", "Iterable", "Mapping", "Literal"].contains(rest)
      ? rest : name
  }

  /// Parses the notation; nil when it is not a type expression.
  static func parse(_ text: String) -> TypeExpression? {
    // ASCII text is parsed byte by byte (each byte a character, unless "\r\n"): several times
    // faster than by `Character`, with the same result.
    if text.isASCII(withoutCarriageReturn: true) {
      return parse(Parser(characters: Array(text.utf8)))
    }
    return parse(Parser(characters: Array(text)))
  }

  private static func parse<Unit: ParserUnit>(_ parser: Parser<Unit>) -> TypeExpression? {
    var parser = parser
    guard let expression = parser.parseType() else { return nil }
    parser.skipSpaces()
    return parser.index == parser.characters.count ? expression : nil
  }

  var isOptional: Bool {
    if case .generic("Optional", _) = self { return true }
    return false
  }

  var withoutOptional: TypeExpression {
    if case .generic("Optional", let arguments) = self, let inner = arguments.first { return inner.withoutOptional }
    return self
  }

  /// The expression with each class name's `Param` suffix removed (`List[XParam]` → `List[X]`):
  /// the response form of a parameter class.
  var withoutParamSuffix: TypeExpression {
    switch self {
    case .name(let name) where name.hasSuffix("Param") && name.count > "Param".count:
      .name(String(name.dropLast("Param".count)))
    case .generic(let name, let arguments): .generic(name, arguments.map(\.withoutParamSuffix))
    default: self
    }
  }

  /// Whether it is a map whose values name a class, perhaps in a list (`Optional[Dict[str,
  /// Preference]]`, `List[Dict[str, X]]`): an example of it shows objects of that class as the
  /// map's values.
  var isMapOfClass: Bool {
    switch withoutOptional {
    case .generic(let name, let arguments)
    where ["List", "Sequence", "Iterable"].contains(name) && arguments.count == 1:
      arguments[0].isMapOfClass
    case .generic(let name, let arguments) where ["Dict", "Mapping"].contains(name) && arguments.count == 2:
      arguments[1].innerClassName != nil
    default: false
    }
  }

  /// Whether a `Dict[…]` or `Mapping[…]` is anywhere in it (`Optional[List[Dict[str, X]]]`).
  var containsMap: Bool {
    switch self {
    case .generic("Dict", _), .generic("Mapping", _): true
    case .generic(_, let arguments): arguments.contains(where: \.containsMap)
    default: false
    }
  }

  /// Whether no class is named anywhere in it (`Union[str, Literal["a"]]`, `List[int]`).
  var namesNoClass: Bool {
    switch self {
    case .name(let name): Self.primitives.contains(name)
    case .generic(_, let arguments): arguments.allSatisfy(\.namesNoClass)
    case .literal: true
    }
  }

  /// The class name whose fields or values may be listed under a field of this type:
  /// `Optional[List[Foo]]` → `Foo`; nil for primitives and literals.
  var innerClassName: String? {
    switch withoutOptional {
    case .name(let name): return Self.primitives.contains(name) ? nil : name
    case .generic("List", let arguments), .generic("Sequence", let arguments), .generic("Iterable", let arguments):
      return arguments.first?.innerClassName
    case .generic("Dict", let arguments), .generic("Mapping", let arguments):
      return arguments.last?.innerClassName
    case .generic(_, let arguments) where arguments.count == 1:
      return arguments[0].innerClassName
    case .generic("Union", let arguments):
      // The one member that names a class holds the fields listed under the union.
      let classes = arguments.compactMap(\.innerClassName)
      return classes.count == 1 ? classes[0] : nil
    default: return nil
    }
  }

  /// The enum values of a `Literal[...]` anywhere in it.
  var literalValues: [String]? {
    switch withoutOptional {
    case .literal(let values): return values
    case .generic(_, let arguments): return arguments.lazy.compactMap(\.literalValues).first
    case .name: return nil
    }
  }

  /// A `Literal[...]` of strings is an enum; of numbers or Bools, that primitive (the values
  /// documented, the wire type a number or a Bool); of both, a union of them.
  static func literal(strings: [String], others: [String]) -> TypeExpression? {
    let kept = others.filter { $0 != "None" }
    guard !kept.isEmpty else { return .literal(strings) }
    let primitive: String
    if kept.allSatisfy({ $0 == "True" || $0 == "False" }) {
      primitive = "bool"
    } else if kept.allSatisfy({ Int($0) != nil }) {
      primitive = "int"
    } else if kept.allSatisfy({ Double($0) != nil }) {
      primitive = "float"
    } else {
      return nil
    }
    return strings.isEmpty ? .name(primitive) : .generic("Union", [.literal(strings), .name(primitive)])
  }

  private struct Parser<Unit: ParserUnit> {
    let characters: [Unit]
    var index = 0

    mutating func skipSpaces() {
      while index < characters.count, characters[index] == .space { index += 1 }
    }

    mutating func parseType() -> TypeExpression? {
      skipSpaces()
      let start = index
      while index < characters.count,
        characters[index].isNameUnit
      {
        index += 1
      }
      guard index > start else { return nil }
      let name = Unit.string(characters[start..<index])
      skipSpaces()
      guard index < characters.count, characters[index] == .openBracket else { return .name(name) }
      index += 1
      let generic = TypeExpression.typingName(name)
      if generic == "Literal" {
        var values: [String] = []
        // Unquoted: numbers (`Literal[1, 2]`), `True`, `False`, `None`.
        var others: [String] = []
        while true {
          skipSpaces()
          guard index < characters.count else { return nil }
          if characters[index] == .closeBracket {
            index += 1
            return TypeExpression.literal(strings: values, others: others)
          }
          if let value = parseQuoted() {
            values.append(value)
          } else {
            let start = index
            while index < characters.count, characters[index].isNameUnit || characters[index] == .minus { index += 1 }
            guard index > start else { return nil }
            others.append(Unit.string(characters[start..<index]))
          }
          skipSpaces()
          if index < characters.count, characters[index] == .comma { index += 1 }
        }
      }
      var arguments: [TypeExpression] = []
      while true {
        guard let argument = parseType() else { return nil }
        arguments.append(argument)
        skipSpaces()
        guard index < characters.count else { return nil }
        if characters[index] == .comma {
          index += 1
          continue
        }
        if characters[index] == .closeBracket {
          index += 1
          return Self.generic(generic, arguments)
        }
        return nil
      }
    }

    /// `generic[arguments]`, read as Python's typing reads it: a union that admits `None` is
    /// optional (`Union[bool, Options, None]` is `Optional[Union[bool, Options]]`, as a Python
    /// signature writes a parameter that defaults to `None`), and an optional of an optional is
    /// one.
    static func generic(_ generic: String, _ arguments: [TypeExpression]) -> TypeExpression {
      if generic == "Union", arguments.count > 1, arguments.contains(.name("None")) {
        let others = arguments.filter { $0 != .name("None") }
        return Self.generic("Optional", [others.count == 1 ? others[0] : .generic("Union", others)])
      }
      if generic == "Optional", arguments.count == 1, arguments[0].isOptional { return arguments[0] }
      return .generic(generic, arguments)
    }

    mutating func parseQuoted() -> String? {
      guard index < characters.count, characters[index] == .doubleQuote || characters[index] == .singleQuote else {
        return nil
      }
      let quote = characters[index]
      index += 1
      let start = index
      var escaped = false
      while index < characters.count, characters[index] != quote {
        // (A backslash escapes the next character: `"\""`, `"\\"`.)
        if characters[index] == .backslash {
          escaped = true
          index += 1
        }
        index += 1
      }
      guard index < characters.count else { return nil }
      let text = Unit.string(characters[start..<index])
      index += 1
      return escaped ? Self.unescaped(text) : text
    }

    /// A Python string literal's text with its escapes read: `\\`, `\"`, `\'`, `\n`, `\r`,
    /// `\t`; any other backslash stays.
    static func unescaped(_ text: String) -> String {
      var result = ""
      var iterator = text.makeIterator()
      while let character = iterator.next() {
        guard character == "\\", let next = iterator.next() else {
          result.append(character)
          continue
        }
        switch next {
        case "\\", "\"", "'": result.append(next)
        case "n": result.append("\n")
        case "r": result.append("\r")
        case "t": result.append("\t")
        default: result += "\\" + String(next)
        }
      }
      return result
    }
  }
}

/// What the type-expression parser reads: a `Character`, or a byte of ASCII text.
private protocol ParserUnit: Equatable {
  static var space: Self { get }
  static var openBracket: Self { get }
  static var closeBracket: Self { get }
  static var comma: Self { get }
  static var minus: Self { get }
  static var doubleQuote: Self { get }
  static var singleQuote: Self { get }
  static var backslash: Self { get }
  /// A letter, a digit, `_` or `.`.
  var isNameUnit: Bool { get }
  static func string(_ units: ArraySlice<Self>) -> String
}

extension Character: ParserUnit {
  static var space: Character { " " }
  static var openBracket: Character { "[" }
  static var closeBracket: Character { "]" }
  static var comma: Character { "," }
  static var minus: Character { "-" }
  static var doubleQuote: Character { "\"" }
  static var singleQuote: Character { "'" }
  static var backslash: Character { "\\" }
  var isNameUnit: Bool { isLetter || isNumber || self == "_" || self == "." }
  static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension UInt8: ParserUnit {
  static var space: UInt8 { UInt8(ascii: " ") }
  static var openBracket: UInt8 { UInt8(ascii: "[") }
  static var closeBracket: UInt8 { UInt8(ascii: "]") }
  static var comma: UInt8 { UInt8(ascii: ",") }
  static var minus: UInt8 { UInt8(ascii: "-") }
  static var doubleQuote: UInt8 { UInt8(ascii: "\"") }
  static var singleQuote: UInt8 { UInt8(ascii: "'") }
  static var backslash: UInt8 { UInt8(ascii: "\\") }
  /// For ASCII, `Character.isLetter` is A–Z and a–z and `isNumber` is 0–9.
  var isNameUnit: Bool {
    switch self {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."):
      true
    default: false
    }
  }
  static func string(_ units: ArraySlice<UInt8>) -> String { String(decoding: units, as: UTF8.self) }
}

enum Naming {
  /// How the reference being built spells names on the wire, decided from its evidence
  /// (`WireNameStyle.detect`); bound by `IRBuilder.build` while it runs.
  @TaskLocal static var style = WireNameStyle.camelCase
  /// The words the reference's camelCase names write in capitals (`WireNameStyle.initialisms`:
  /// `id` in `transformationIDs`); bound with `style`.
  @TaskLocal static var initialisms: Set<String> = []

  /// A documented field name's wire name in the current style: proto3 JSON's lowerCamelCase
  /// (`invite_accounts` → `inviteAccounts`; `transformation_ids` → `transformationIDs` where
  /// `id` is one of the `initialisms`), or the name as documented.
  static func jsonName(_ name: String) -> String {
    if style == .asDocumented { return pythonReservedStem(name) ?? name }
    return initialisms.isEmpty ? camelCase(name) : camelCase(name, initialisms: initialisms)
  }

  /// `camelCase(_:)` writing each word of `initialisms` after the first word in capitals, and
  /// its plural with a lower-case `s` (`bucket_id` → `bucketID`, `entity_ids` → `entityIDs`).
  static func camelCase(_ name: String, initialisms: Set<String>) -> String {
    let words = name.split(separator: "_")
    func isInitialism(_ word: Substring) -> Bool {
      initialisms.contains(String(word))
        || (word.count > 1 && word.hasSuffix("s") && initialisms.contains(String(word.dropLast())))
    }
    guard words.dropFirst().contains(where: isInitialism) else { return camelCase(name) }
    var out = String(words[0])
    for word in words.dropFirst() {
      if initialisms.contains(String(word)) {
        out += word.uppercased()
      } else if isInitialism(word) {
        out += word.dropLast().uppercased() + "s"
      } else {
        out += word.prefix(1).uppercased() + word.dropFirst()
      }
    }
    return out
  }

  /// The word a Stainless Python SDK renames with a trailing underscore and sends as it is
  /// (`from_` → `from`, `class_` → `class`: Python reserves the keyword; `schema_` → `schema`:
  /// pydantic's models reserve the name), or nil for any other name. The camelCase style drops
  /// the underscore anyway.
  static func pythonReservedStem(_ name: String) -> String? {
    guard name.count > 1, name.hasSuffix("_"), !name.dropLast().hasSuffix("_") else { return nil }
    let stem = String(name.dropLast())
    return pythonKeywords.contains(stem) || pydanticReservedNames.contains(stem) ? stem : nil
  }

  static let pythonKeywords: Set<String> = [
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
    "raise", "return", "try", "while", "with", "yield",
  ]

  /// Field names a pydantic model cannot use, which Stainless's SDKs rename so (gcore's
  /// `schema_: str = FieldInfo(alias="schema")`).
  static let pydanticReservedNames: Set<String> = ["schema"]

  /// proto3 JSON's lowerCamelCase of a snake_case name: `invite_accounts` → `inviteAccounts`.
  static func camelCase(_ name: String) -> String {
    if name.isASCII() {
      // ASCII: the same rule on bytes (`Character.uppercased()` of an ASCII letter is its capital).
      var out: [UInt8] = []
      out.reserveCapacity(name.utf8.count)
      var upperNext = false
      for byte in name.utf8 {
        if byte == UInt8(ascii: "_") {
          upperNext = !out.isEmpty
          continue
        }
        let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        out.append(upperNext && isLower ? byte - 32 : byte)
        upperNext = false
      }
      return String(decoding: out, as: UTF8.self)
    }
    var out = ""
    var upperNext = false
    for character in name {
      if character == "_" {
        upperNext = !out.isEmpty
        continue
      }
      out += upperNext ? character.uppercased() : String(character)
      upperNext = false
    }
    return out
  }
}

extension TypeRef {
  /// The fields of an object type: written in place, or a Domain Type's; nil for other types.
  func objectFields(in declarations: [String: TypeDecl]) -> [Field]? {
    switch self {
    case .object(_, let fields): fields
    case .ref(let name): declarations[name].flatMap { $0.kind == .object ? $0.fields : nil }
    default: nil
    }
  }

  /// The fields every value of the type has: an object's, or those every member of a union of
  /// objects has alike (the same name and type); nil for other types.
  func commonObjectFields(in declarations: [String: TypeDecl]) -> [Field]? {
    if let fields = objectFields(in: declarations) { return fields }
    let members: [TypeRef]
    switch self {
    case .union(let list): members = list
    case .ref(let name) where declarations[name]?.kind == .union: members = declarations[name]?.members ?? []
    default: return nil
    }
    let each = members.compactMap { $0.objectFields(in: declarations) }
    guard each.count == members.count, let first = each.first else { return nil }
    return first.filter { field in
      each.dropFirst().allSatisfy { fields in fields.contains { $0.name == field.name && $0.type == field.type } }
    }
  }
}
