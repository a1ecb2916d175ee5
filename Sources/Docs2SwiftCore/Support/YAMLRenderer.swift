/// Writes JSON as block YAML: request examples the way the reference shows them, and the
/// OpenAPI export.
enum YAMLRenderer {
  static func render(_ value: JSONValue) -> String {
    var lines: [String] = []
    switch value {
    case .object(let members) where !members.isEmpty:
      appendMembers(members, indent: 0, to: &lines)
    default:
      lines.append(scalar(value))
    }
    return lines.joined(separator: "\n")
  }

  private static func appendMembers(_ members: [(key: String, value: JSONValue)], indent: Int, to lines: inout [String])
  {
    let pad = String(repeating: " ", count: indent)
    for member in members {
      let key = isPlainKey(member.key) ? member.key : quoted(member.key)
      switch member.value {
      case .object(let nested) where !nested.isEmpty:
        lines.append(pad + key + ":")
        appendMembers(nested, indent: indent + 2, to: &lines)
      case .array(let elements) where !elements.isEmpty:
        lines.append(pad + key + ":")
        appendElements(elements, indent: indent + 2, to: &lines)
      default:
        lines.append(pad + key + ": " + scalar(member.value))
      }
    }
  }

  private static func appendElements(_ elements: [JSONValue], indent: Int, to lines: inout [String]) {
    let pad = String(repeating: " ", count: indent)
    for element in elements {
      switch element {
      case .object(let members) where !members.isEmpty:
        var nested: [String] = []
        appendMembers(members, indent: indent + 2, to: &nested)
        nested[0] = pad + "- " + nested[0].dropFirst(indent + 2)
        lines += nested
      case .array(let inner) where !inner.isEmpty:
        lines.append(pad + "-")
        appendElements(inner, indent: indent + 2, to: &lines)
      default:
        lines.append(pad + "- " + scalar(element))
      }
    }
  }

  private static func scalar(_ value: JSONValue) -> String {
    switch value {
    case .string(let s): quoted(s)
    case .array: "[]"
    case .object: "{}"
    default: value.compact
    }
  }

  private static func quoted(_ s: String) -> String {
    var out = ""
    JSONValue.appendQuoted(s, to: &out)
    return out
  }

  /// A key YAML reads back as the same string: letters, digits, `_` and `-`, not all digits,
  /// and not a word YAML gives another meaning.
  private static func isPlainKey(_ key: String) -> Bool {
    guard let first = key.first, first.isLetter || first == "_" else { return false }
    let reserved: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"]
    return !reserved.contains(key.lowercased())
      && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
  }
}
