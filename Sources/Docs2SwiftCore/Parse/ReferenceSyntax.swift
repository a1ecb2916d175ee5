/// The reference as its author wrote it: sections, operations, examples and item lists, with
/// every piece's location. Items of a flattened reference arrive flat (`children` empty);
/// `NestingRecovery` rebuilds their tree before the IR is built.
public struct ReferenceSyntax: Sendable {
  public var sections: [SectionSyntax]
  public var wasFlattened: Bool
}

public struct SectionSyntax: Sendable {
  public var title: String
  public var location: SourceLocation
  /// Prose between the section heading and its first operation.
  public var description: String
  public var operations: [OperationSyntax]
  public var domainTypes: [DomainTypeSyntax]
}

public struct OperationSyntax: Sendable {
  public var heading: String
  public var location: SourceLocation
  /// `organizations.create(OrganizationCreateParams**kwargs) -> OrganizationCreateResponse`.
  public var signature: String?
  public var signatureLocation: SourceLocation?
  public var httpMethod: String?
  public var httpPath: String?
  /// Description blocks, as parsed.
  public var description: [MarkdownNode]
  public var examples: [ExampleSyntax]
  public var parameters: [ItemSyntax]
  public var parametersLocation: SourceLocation?
  public var returns: [ItemSyntax]
  public var returnsLocation: SourceLocation?
  public var codeExample: CodeSyntax?
  public var responseExample: CodeSyntax?
}

public struct ExampleSyntax: Sendable {
  /// `Create a basic organization: Creates an organization with just a name.`
  public var text: String
  public var location: SourceLocation
  public var code: CodeSyntax?
}

public struct CodeSyntax: Sendable {
  public var info: String
  public var content: String
  /// Where the fence opens.
  public var location: SourceLocation
  /// Location of each content line's first byte.
  public var lineLocations: [SourceLocation]
  /// The example as the builder read it, for `format` to write out structured (a flattened
  /// reference's examples are one line); printed only when formatting.
  public var parsed: ParsedExample?

  public enum ParsedExample: Sendable {
    case json(JSONValue)
    case yaml(JSONValue)
  }

  /// The content as `format` writes it.
  public var formattedContent: String {
    switch parsed {
    case .json(let value): value.printed()
    case .yaml(let value): YAMLRenderer.render(value)
    case nil: content
    }
  }

  /// The location of a byte offset into `content`.
  public func location(ofContentOffset offset: Int) -> SourceLocation {
    var line = 0
    var lineStart = 0
    for (index, byte) in content.utf8.enumerated() {
      if index >= offset { break }
      if byte == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      }
    }
    guard line < lineLocations.count else { return location }
    var result = lineLocations[line]
    result.column += offset - lineStart
    return result
  }
}

public struct DomainTypeSyntax: Sendable {
  public var title: String
  public var location: SourceLocation
  public var items: [ItemSyntax]
}

/// One list item of a field list: its code span and description, and its nested items.
public struct ItemSyntax: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// `name: Type`.
    case field(name: String, type: String)
    /// `"VALUE"`.
    case value(String)
    /// `class Name: …`.
    case classHeader(String)
    /// A bare type: `object`, `Literal["A", "B"]`.
    case type(String)

    var isField: Bool {
      if case .field = self { return true }
      return false
    }

    var isValue: Bool {
      if case .value = self { return true }
      return false
    }

    var isClassHeader: Bool {
      if case .classHeader = self { return true }
      return false
    }

    var isBareType: Bool {
      if case .type = self { return true }
      return false
    }
  }

  public var kind: Kind
  public var code: String
  public var description: String
  public var location: SourceLocation
  public var children: [ItemSyntax]

  public init(kind: Kind, code: String, description: String, location: SourceLocation, children: [ItemSyntax] = []) {
    self.kind = kind
    self.code = code
    self.description = description
    self.location = location
    self.children = children
  }

  static func kind(ofCode code: String) -> Kind {
    // The values of a `Literal[1, 2]` or `Literal[True]` field, listed as `1`, `True`.
    if isUnquotedLiteral(code) { return .value(code) }
    // ASCII code without a carriage return (each byte a character): the same rules on bytes.
    if code.isASCII(withoutCarriageReturn: true) { return asciiKind(ofCode: code) }
    if code.hasPrefix("\""), code.hasSuffix("\""), code.count >= 2 {
      return .value(String(code.dropFirst().dropLast()))
    }
    if code.hasPrefix("class ") {
      var name = code.dropFirst(6)
      if let colon = name.firstIndex(of: ":") { name = name[..<colon] }
      return .classHeader(String(name).trimmed)
    }
    if let colon = code.firstIndex(of: ":"), code[colon...].hasPrefix(": "),
      code[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    {
      return .field(name: String(code[..<colon]), type: String(code[code.index(colon, offsetBy: 2)...]).trimmed)
    }
    return .type(code.trimmed)
  }

  private static func asciiKind(ofCode code: String) -> Kind {
    let bytes = Array(code.utf8)
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    if bytes.count >= 2, bytes[0] == UInt8(ascii: "\""), bytes[bytes.count - 1] == UInt8(ascii: "\"") {
      return .value(text(1..<bytes.count - 1))
    }
    if bytes.starts(with: "class ".utf8) {
      let end = bytes[6...].firstIndex(of: UInt8(ascii: ":")) ?? bytes.count
      return .classHeader(text(6..<end).trimmed)
    }
    if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 1 < bytes.count,
      bytes[colon + 1] == UInt8(ascii: " "),
      bytes[..<colon].allSatisfy({ byte in
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
          true
        default: false
        }
      })
    {
      return .field(name: text(0..<colon), type: text(colon + 2..<bytes.count).trimmed)
    }
    return .type(code.trimmed)
  }

  /// `1`, `-2`, `0.5`, `True`, `False`: a value of a number or Bool `Literal[...]`.
  static func isUnquotedLiteral(_ code: String) -> Bool {
    if code == "True" || code == "False" { return true }
    guard let first = code.utf8.first, first == UInt8(ascii: "-") || (first >= 48 && first <= 57) else { return false }
    return Double(code) != nil
  }

  public var fieldName: String? {
    if case .field(let name, _) = kind { return name }
    return nil
  }

  public var isEnumValue: Bool {
    if case .value = kind { return true }
    return false
  }
}
