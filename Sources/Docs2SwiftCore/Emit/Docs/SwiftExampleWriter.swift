import Foundation

/// Translates a documented request example (JSON with wire names) into Swift source that calls the
/// generated client: labelled arguments in declaration order, in-place objects as their nested
/// generated types, enums as their static members (`.admin`), unknown enum values as raw values,
/// arrays, maps, timestamps and `JSONValue` literals.
///
/// It reads only the model views (`TypeView`), so every name it writes is the one the models
/// declare.
struct SwiftExampleWriter {
  /// A Swift expression before layout.
  indirect enum Expression: Equatable {
    /// Source text that is never broken: `"abc"`, `20`, `.admin`, `nil`.
    case atom(String)
    /// `callee(label: value, …)`.
    case call(callee: String, arguments: [Argument])
    case array([Expression])
    /// `[key: value, …]`; keys are Swift source.
    case dictionary([(key: String, value: Expression)])

    static func == (lhs: Expression, rhs: Expression) -> Bool {
      switch (lhs, rhs) {
      case (.atom(let a), .atom(let b)): a == b
      case (.call(let a, let x), .call(let b, let y)): a == b && x == y
      case (.array(let a), .array(let b)): a == b
      case (.dictionary(let a), .dictionary(let b)):
        a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
      default: false
      }
    }
  }

  struct Argument: Equatable {
    var label: String?
    var value: Expression
  }

  /// A type in scope with the qualified name it is written with: `PolicyUpdateParams.AgentPolicyObject`.
  struct Scope {
    var qualifiedName: String
    var type: TypeView
  }

  /// Every top-level model declaration, by Swift name.
  let types: [String: TypeView]
  /// Notes about example members the models cannot carry (undocumented keys, wrong shapes).
  private(set) var notes: [String] = []

  /// The runtime's names for its `Timestamp`, `JSONValue` and `Indirect` (`GitpodTimestamp`).
  let timestamp: String
  let jsonValue: String
  let indirect: String

  /// `runtimeType`: the Swift model's name of a runtime type (`SwiftModel.runtimeType`).
  init(types: [String: TypeView], runtimeType: (String) -> String) {
    self.types = types
    timestamp = runtimeType("Timestamp")
    jsonValue = runtimeType("JSONValue")
    indirect = runtimeType("Indirect")
  }

  // MARK: - Translation

  /// The labelled arguments for a call with the parameters `params`, from `json`.
  mutating func arguments(for json: JSONValue, params: TypeView) -> [Argument] {
    members(of: json, object: params, scope: [Scope(qualifiedName: params.name, type: params)], path: "")
  }

  private mutating func members(of json: JSONValue, object: TypeView, scope: [Scope], path: String) -> [Argument] {
    let members = json.objectMembers ?? []
    var used: Set<String> = []
    var arguments: [Argument] = []
    for (property, parameter) in zip(object.properties, object.initParameters) {
      guard let member = members.first(where: { SwiftNaming.stringLiteralContents($0.key) == property.wireName }) else {
        if !parameter.hasDefault {
          notes.append("\(path)\(property.wireName) is required but missing from the example: a placeholder is used")
          arguments.append(Argument(label: parameter.label, value: placeholder(type: property.baseType, scope: scope)))
        }
        continue
      }
      used.insert(member.key)
      if member.value == .null {
        if property.isOptional { arguments.append(Argument(label: parameter.label, value: .atom("nil"))) }
        continue
      }
      guard
        let value = expression(
          member.value, type: property.baseType, scope: scope, path: path + property.wireName)
      else { continue }
      arguments.append(Argument(label: parameter.label, value: value))
    }
    for member in members where !used.contains(member.key) {
      notes.append("\(path)\(member.key) is not documented: the example leaves it out")
    }
    return arguments
  }

  /// The expression of `json` as a value of the Swift type `type` (as the models write it), or
  /// nil (with a note) where the value does not fit the type.
  mutating func expression(_ json: JSONValue, type: String, scope: [Scope], path: String) -> Expression? {
    var type = type
    if type.hasSuffix("?") { type.removeLast() }
    if json == .null { return .atom("nil") }
    if let (key, value) = Self.dictionaryTypes(type) {
      guard key == "String", let members = json.objectMembers else { return mismatch(path, type) }
      var pairs: [(key: String, value: Expression)] = []
      for member in members {
        guard let value = expression(member.value, type: value, scope: scope, path: path + "." + member.key) else {
          continue
        }
        pairs.append((Self.stringLiteral(member.key), value))
      }
      return .dictionary(pairs)
    }
    if type.hasPrefix("["), type.hasSuffix("]") {
      guard let elements = json.arrayElements else { return mismatch(path, type) }
      let element = String(type.dropFirst().dropLast())
      var values: [Expression] = []
      for (index, item) in elements.enumerated() {
        if let value = expression(item, type: element, scope: scope, path: path + "[\(index)]") { values.append(value) }
      }
      return .array(values)
    }
    if type.hasPrefix(indirect + "<"), type.hasSuffix(">") {
      let wrapped = String(type.dropFirst(indirect.count + 1).dropLast())
      return expression(json, type: wrapped, scope: scope, path: path).map {
        .call(callee: indirect, arguments: [Argument(label: nil, value: $0)])
      }
    }
    if type == timestamp {
      guard case .string(let text) = json else { return mismatch(path, type) }
      return .atom("\(timestamp)(rfc3339: \(Self.stringLiteral(text)))!")
    }
    if type == jsonValue { return Self.jsonLiteral(json) }
    switch (type, json) {
    case ("String", .string(let text)): return .atom(Self.stringLiteral(text))
    case ("String", .number(let text)): return .atom(Self.stringLiteral(text))
    case ("Int", .number(let text)) where Int(text) != nil: return .atom(text)
    case ("Int", .string(let text)) where Int(text) != nil: return .atom(text)
    case ("Double", .number(let text)) where Double(text) != nil: return .atom(text)
    case ("Bool", .bool(let value)): return .atom(value ? "true" : "false")
    case ("String", _), ("Int", _), ("Double", _), ("Bool", _):
      return mismatch(path, type)
    default: break
    }
    guard let (qualified, view, innerScope) = resolve(type, scope: scope) else { return mismatch(path, type) }
    if view.isUnion { return unionExpression(json, union: view, scope: innerScope, path: path) }
    if view.isEnum {
      guard case .string(let raw) = json else { return mismatch(path, type) }
      if let known = view.enumValues.first(where: { $0.rawValue == SwiftNaming.stringLiteralContents(raw) }) {
        return .atom("." + known.name)
      }
      return .atom("\(qualified)(rawValue: \(Self.stringLiteral(raw)))")
    }
    guard json.objectMembers != nil else { return mismatch(path, type) }
    return .call(callee: qualified, arguments: members(of: json, object: view, scope: innerScope, path: path + "."))
  }

  /// A union's value: the case its discriminator names, else the first case whose payload the
  /// value fits without a note (the order the generated union tries them in), else the value
  /// whole in the unknown case.
  private mutating func unionExpression(_ json: JSONValue, union: TypeView, scope: [Scope], path: String)
    -> Expression?
  {
    func call(_ name: String, _ payload: Expression) -> Expression {
      .call(callee: "." + name, arguments: [Argument(label: nil, value: payload)])
    }
    if union.hasDiscriminator,
      case .string(let value)? = json.objectMembers?.first(where: {
        SwiftNaming.stringLiteralContents($0.key) == union.discriminatorKey
      })?.value,
      let selected = union.discriminatedCases.first(where: {
        $0.discriminatorValue == SwiftNaming.stringLiteralContents(value)
      })
    {
      return expression(json, type: selected.payloadType, scope: scope, path: path).map { call(selected.name, $0) }
    }
    for candidate in union.attemptedCases {
      var trial = self
      trial.notes = []
      if let payload = trial.expression(json, type: candidate.payloadType, scope: scope, path: path),
        trial.notes.isEmpty
      {
        return call(candidate.name, payload)
      }
    }
    return call(union.unknownCase, Self.jsonLiteral(json))
  }

  private mutating func mismatch(_ path: String, _ type: String) -> Expression? {
    notes.append("\(path) does not fit the type \(type): the example leaves it out")
    return nil
  }

  /// A value of a type for a required member the example does not give.
  private func placeholder(type: String, scope: [Scope]) -> Expression {
    var type = type
    if type.hasSuffix("?") { type.removeLast() }
    switch type {
    case "String": return .atom("\"\"")
    case "Int", "Double": return .atom("0")
    case "Bool": return .atom("false")
    default: break
    }
    if type == jsonValue { return .atom("nil") }
    if type == timestamp { return .atom("\(timestamp)(seconds: 0)") }
    if Self.dictionaryTypes(type) != nil { return .atom("[:]") }
    if type.hasPrefix("[") { return .atom("[]") }
    guard let (qualified, view, innerScope) = resolve(type, scope: scope) else { return .atom("nil") }
    if view.isEnum, let first = view.enumValues.first { return .atom("." + first.name) }
    if view.isUnion, let first = view.unionCases.first {
      return .call(
        callee: "." + first.name,
        arguments: [Argument(label: nil, value: placeholder(type: first.payloadType, scope: innerScope))])
    }
    let required = zip(view.properties, view.initParameters).filter { !$0.1.hasDefault }
    return .call(
      callee: qualified,
      arguments: required.map {
        Argument(label: $0.1.label, value: placeholder(type: $0.0.baseType, scope: innerScope))
      })
  }

  /// A named type: nested in a type in scope (innermost first) or top-level.
  private func resolve(_ name: String, scope: [Scope]) -> (String, TypeView, [Scope])? {
    for index in scope.indices.reversed() {
      if let nested = scope[index].type.nestedTypes.first(where: { $0.name == name }) {
        let qualified = scope[index].qualifiedName + "." + name
        return (qualified, nested, Array(scope[...index]) + [Scope(qualifiedName: qualified, type: nested)])
      }
    }
    guard let view = types[name] else { return nil }
    return (name, view, [Scope(qualifiedName: name, type: view)])
  }

  /// `[String: X]` → ("String", "X"); nil for other types.
  static func dictionaryTypes(_ type: String) -> (String, String)? {
    guard type.hasPrefix("["), type.hasSuffix("]") else { return nil }
    let inner = type.dropFirst().dropLast()
    var depth = 0
    for index in inner.indices {
      switch inner[index] {
      case "[", "<": depth += 1
      case "]", ">": depth -= 1
      case ":" where depth == 0:
        return (
          String(inner[..<index]).trimmingCharacters(in: .whitespaces),
          String(inner[inner.index(after: index)...]).trimmingCharacters(in: .whitespaces)
        )
      default: break
      }
    }
    return nil
  }

  static func stringLiteral(_ text: String) -> String {
    "\"" + SwiftNaming.stringLiteralContents(text) + "\""
  }

  /// A `JSONValue` written with its literal conformances.
  static func jsonLiteral(_ json: JSONValue) -> Expression {
    switch json {
    case .null: .atom("nil")
    case .bool(let value): .atom(value ? "true" : "false")
    case .number(let text): .atom(text)
    case .string(let text): .atom(stringLiteral(text))
    case .array(let elements): .array(elements.map(jsonLiteral))
    case .object(let members): .dictionary(members.map { (stringLiteral($0.key), jsonLiteral($0.value)) })
    }
  }

  // MARK: - Layout

  /// The lines of `prefix` + `expression` + `suffix`: on one line when it fits in `width`
  /// columns (indentation included), else one argument or element per line, indented by two,
  /// as swift-format lays them out: a trailing comma after the last element only when there
  /// are several (`multiElementCollectionTrailingCommas`), and a callee too long for its line
  /// broken before its last member (`A.B.C` then `.D(` on the next line, indented by two).
  static func layout(_ expression: Expression, prefix: String, suffix: String, indent: Int, width: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    let flat = oneLine(expression)
    if indent + prefix.count + flat.count + suffix.count <= width {
      return [pad + prefix + flat + suffix]
    }
    switch expression {
    case .atom(let text):
      return [pad + prefix + text + suffix]
    case .call(let callee, let arguments):
      var head = [String]()
      var opening = pad + prefix + callee + "("
      var inner = indent
      if opening.count > width, let dot = callee.lastIndex(of: "."), dot != callee.startIndex {
        head = [pad + prefix + callee[..<dot]]
        inner = indent + 2
        opening = String(repeating: " ", count: inner) + callee[dot...] + "("
      }
      var lines = head + [opening]
      for (index, argument) in arguments.enumerated() {
        let label = argument.label.map { $0 + ": " } ?? ""
        let comma = index == arguments.count - 1 ? "" : ","
        lines += layout(argument.value, prefix: label, suffix: comma, indent: inner + 2, width: width)
      }
      return lines + [String(repeating: " ", count: inner) + ")" + suffix]
    case .array(let elements):
      let comma = elements.count > 1 ? "," : ""
      var lines = [pad + prefix + "["]
      for element in elements {
        lines += layout(element, prefix: "", suffix: comma, indent: indent + 2, width: width)
      }
      return lines + [pad + "]" + suffix]
    case .dictionary(let pairs):
      let comma = pairs.count > 1 ? "," : ""
      var lines = [pad + prefix + "["]
      for pair in pairs {
        lines += layout(pair.value, prefix: pair.key + ": ", suffix: comma, indent: indent + 2, width: width)
      }
      return lines + [pad + "]" + suffix]
    }
  }

  static func oneLine(_ expression: Expression) -> String {
    switch expression {
    case .atom(let text):
      return text
    case .call(let callee, let arguments):
      let list = arguments.map { ($0.label.map { $0 + ": " } ?? "") + oneLine($0.value) }
      return callee + "(" + list.joined(separator: ", ") + ")"
    case .array(let elements):
      return "[" + elements.map(oneLine).joined(separator: ", ") + "]"
    case .dictionary(let pairs):
      return pairs.isEmpty ? "[:]" : "[" + pairs.map { $0.key + ": " + oneLine($0.value) }.joined(separator: ", ") + "]"
    }
  }
}
