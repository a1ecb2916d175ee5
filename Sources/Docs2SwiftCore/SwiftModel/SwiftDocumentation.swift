/// Documentation in Swift terms: the reference's sentences keep their meaning, not their
/// Python spelling. A field's description that starts with the field's documented name
/// (`organization_id is the ID of…`) names the Swift property instead, and snake_case names of
/// sibling fields become their Swift names (`use cloud_account_id` → ``use `cloudAccountID` ``).
enum SwiftDocumentation {
  /// `description` with `names` (documented name → Swift name) written in Swift. The leading
  /// word is replaced when it is `own`; elsewhere only names with an underscore, as whole words.
  static func swiftNamed(_ description: String, own: (documented: String, swift: String), names: [String: String])
    -> String
  {
    guard !description.isEmpty else { return description }
    var text = Substring(description)
    var out = ""
    if text.hasPrefix(own.documented + " ") {
      out = "`\(own.swift)`"
      text = text.dropFirst(own.documented.count)
    }
    guard names.keys.contains(where: { $0.containsText("_") }) else { return out + text }
    // Whole words only: a name is a run of letters, digits and underscores, outside code spans
    // and code blocks it is written as a code span, inside code spans as is.
    if text.isASCII(withoutCarriageReturn: true) {
      return out + swiftNamedASCII(text, names: names)
    }
    var word = ""
    var inCode = false
    func flush() {
      guard !word.isEmpty else { return }
      if word.containsText("_"), let swift = names[word] {
        out += inCode ? swift : "`\(swift)`"
      } else {
        out += word
      }
      word = ""
    }
    for character in text {
      if character.isLetter || character.isNumber || character == "_" {
        word.append(character)
        continue
      }
      flush()
      if character == "`" { inCode.toggle() }
      out.append(character)
    }
    flush()
    return out
  }

  /// The loop of `swiftNamed` on the bytes of ASCII text (each byte a character).
  private static func swiftNamedASCII(_ text: Substring, names: [String: String]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    var wordStart: Int?
    var inCode = false
    let bytes = Array(text.utf8)
    func flush(_ end: Int) {
      guard let start = wordStart else { return }
      wordStart = nil
      let word = bytes[start..<end]
      if word.contains(UInt8(ascii: "_")), let swift = names[String(decoding: word, as: UTF8.self)] {
        if !inCode { out.append(UInt8(ascii: "`")) }
        out.append(contentsOf: swift.utf8)
        if !inCode { out.append(UInt8(ascii: "`")) }
      } else {
        out.append(contentsOf: word)
      }
    }
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
        if wordStart == nil { wordStart = index }
      default:
        flush(index)
        if byte == UInt8(ascii: "`") { inCode.toggle() }
        out.append(byte)
      }
    }
    flush(bytes.count)
    return String(decoding: out, as: UTF8.self)
  }
}

extension SwiftDocumentation {
  /// `declarations` with an abstract on every type the reference leaves undescribed, said from
  /// the Swift model: a nested type is the type of its parent's property (`The type of
  /// `OrganizationListMembersParams.filter`.`), an enum keeps unlisted values, a Domain Type
  /// is the response of an operation (`responses`: Swift name → the operation's Swift path,
  /// `organizations.create`) or belongs to its resource (`resourceTitles`: Swift name → the
  /// resource's title).
  static func withAbstracts(
    _ declarations: [SwiftDeclaration], responses: [String: String], resourceTitles: [String: String]
  ) -> [SwiftDeclaration] {
    let uses = uses(of: declarations)
    return declarations.map { declaration in
      var declaration = declaration
      if declaration.documentation.isEmpty {
        if declaration.isEnumeration {
          declaration.documentation = enumerationAbstract
        } else if let path = responses[declaration.name] {
          declaration.documentation = "The response of `\(path)`."
        } else if case .union(let union) = declaration.kind {
          // A union Domain Type the reference does not describe: what it holds.
          let types = union.cases.map { "`\($0.payload.local)`" }
          let list =
            types.count > 1
            ? types.dropLast().joined(separator: ", ") + " or " + types[types.count - 1] : types.joined()
          declaration.documentation = "One of \(list)."
        } else if let title = resourceTitles[declaration.name] {
          declaration.documentation = "A model of the \(title) resource."
        } else if let places = uses[declaration.name], !places.isEmpty {
          // A class the reference writes in place, shared: where it stands.
          let shown = places.prefix(places.count > 3 ? 2 : 3).map { "`\($0)`" }
          let rest = places.count - shown.count
          let list =
            rest > 0
            ? shown.joined(separator: ", ") + " and \(rest) more"
            : shown.count > 1 ? shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1] : shown[0]
          declaration.documentation = "The type of \(list)."
        } else {
          declaration.documentation = "A model the API sends or receives."
        }
      }
      return withNestedAbstracts(declaration, path: [declaration.name])
    }
  }

  /// For each top-level type, the Swift paths of the properties and union cases that hold it
  /// (`Price.unit`, `Filters.compoundFilter`), in declaration order, each once.
  private static func uses(of declarations: [SwiftDeclaration]) -> [String: [String]] {
    var uses: [String: [String]] = [:]
    func visit(_ declaration: SwiftDeclaration, path: [String]) {
      var holders: [(String, SwiftType)] = declaration.properties.map { ($0.name, $0.type) }
      if case .union(let union) = declaration.kind { holders = union.cases.map { ($0.name, $0.payload) } }
      for (member, type) in holders {
        guard let name = type.namedType, name != path[0] else { continue }
        let place = (path + [member]).joined(separator: ".")
        if uses[name]?.contains(place) != true { uses[name, default: []].append(place) }
      }
      for nested in declaration.nested { visit(nested, path: path + [nested.name]) }
    }
    for declaration in declarations { visit(declaration, path: [declaration.name]) }
    return uses
  }

  static let enumerationAbstract =
    "One of the values the API documents; a value it does not list decodes too and keeps its raw value."

  private static func withNestedAbstracts(_ declaration: SwiftDeclaration, path: [String]) -> SwiftDeclaration {
    var declaration = declaration
    declaration.nested = declaration.nested.map { nested in
      var nested = nested
      if nested.documentation.isEmpty {
        if let property = declaration.properties.first(where: { refers($0.type, to: nested.name) }) {
          nested.documentation = "The type of `\((path + [property.name]).joined(separator: "."))`."
          if nested.isEnumeration { nested.documentation += " " + enumerationAbstract }
        } else {
          nested.documentation = nested.isEnumeration ? enumerationAbstract : "A model the API sends or receives."
        }
      }
      return withNestedAbstracts(nested, path: path + [nested.name])
    }
    return declaration
  }

  private static func refers(_ type: SwiftType, to name: String) -> Bool {
    switch type {
    case .named: false
    case .nested(_, let nestedName): nestedName == name
    case .array(let element), .dictionary(let element), .indirect(_, let element): refers(element, to: name)
    }
  }
}

extension SwiftDocumentation {
  /// What a parameter's entry in `- Parameters:` says: the first paragraph of its description
  /// on one line, or that the reference does not describe it. A description that opens with a
  /// block (a code fence, a heading, a list, a table) is not a sentence to quote there.
  static func parameterSummary(_ description: String) -> String {
    // The first paragraph: up to the first blank line (by bytes: `\n` is one byte in UTF-8).
    let utf8 = description.utf8
    var end = utf8.endIndex
    var previous: UInt8 = 0
    for index in utf8.indices {
      let byte = utf8[index]
      if byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\n") {
        end = utf8.index(before: index)
        break
      }
      previous = byte
    }
    let paragraph = description[..<end]
    let trimmed = paragraph.drop { $0 == " " || $0 == "\n" }
    let opensBlock = ["```", "~~~", "#", "|", "- ", "* ", "+ ", ">"].contains { trimmed.hasPrefix($0) }
    let line = opensBlock ? "" : paragraph.collapsingWhitespace()
    return line.isEmpty ? "The API reference does not describe it." : line
  }

  /// The documentation of a struct's memberwise initializer: each property's summary.
  static func memberwiseInitializer(_ properties: [SwiftProperty]) -> String {
    guard !properties.isEmpty else { return "Creates a value without properties." }
    let entries = properties.map { "  - \($0.name): " + parameterSummary($0.documentation) }
    return "Creates a value with these properties.\n\n" + (["- Parameters:"] + entries).joined(separator: "\n")
  }

  /// The documentation of an enum's `init(rawValue:)`.
  static let rawValueInitializer =
    "Creates a value from its raw value, one the API documents or another.\n\n"
    + "- Parameter rawValue: The value as the API sends it."

  /// The documentation of a documented enum value: its raw value, as a JSON string (escaped:
  /// `"\r"`, `"\""`).
  static func enumConstant(_ rawValue: String) -> String {
    let quoted = JSONValue.string(rawValue).printed()
    return rawValue.contains("`") ? "The value \(quoted)." : "The value `\(quoted)`."
  }
}

extension SwiftDocumentation {
  /// The Swift model with the code spans of its documentation in Swift terms, where the model
  /// knows what they name (issue 18). In a property's description a raw value of its own enum
  /// is the constant (`in_progress` → `.inProgress`); anywhere, a documented field name, or a
  /// dotted path of them, that has one Swift name in the whole model is that name
  /// (`created_at` → `createdAt`, `prompt_cache_options.ttl` → `promptCacheOptions.ttl`); any
  /// other documented enum value is a string value (`fine_tuning.job` → `"fine_tuning.job"`).
  /// Code blocks are left alone: JSON examples show wire names as they travel.
  static func inSwiftTerms(_ model: SwiftModel) -> SwiftModel {
    var names: [String: String] = [:]
    var ambiguous: Set<String> = []
    var values: Set<String> = []
    func collect(_ declaration: SwiftDeclaration) {
      switch declaration.kind {
      case .structure(let properties):
        for property in properties where property.documentedName != property.name {
          if let known = names[property.documentedName], known != property.name {
            ambiguous.insert(property.documentedName)
          }
          names[property.documentedName] = property.name
        }
      case .enumeration(let constants):
        values.formUnion(constants.map(\.rawValue))
      case .union: break
      }
      declaration.nested.forEach(collect)
    }
    model.declarations.forEach(collect)
    for name in ambiguous { names[name] = nil }
    // The reference's literal values the Swift model keeps in no enum (a union's members).
    func collect(_ type: TypeRef) {
      switch type {
      case .enum(_, let list): values.formUnion(list)
      case .array(let element), .map(let element): collect(element)
      case .object(_, let fields): fields.forEach { collect($0.type) }
      case .union(let members): members.forEach(collect)
      default: break
      }
    }
    for decl in model.documentedTypes.values {
      values.formUnion(decl.values)
      decl.fields.forEach { collect($0.type) }
    }
    for operation in model.operations {
      operation.method.params.forEach { collect($0.type) }
      operation.method.returns.map(collect)
    }
    let topLevel = Dictionary(model.declarations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    func constants(_ type: SwiftType, in parent: SwiftDeclaration) -> [String: String] {
      let declaration: SwiftDeclaration?
      switch type {
      case .named(let name): declaration = topLevel[name]
      case .nested(_, let name): declaration = parent.nested.first { $0.name == name }
      case .array(let element), .dictionary(let element), .indirect(_, let element):
        return constants(element, in: parent)
      }
      guard let declaration, case .enumeration(let list) = declaration.kind else { return [:] }
      // Unescaped: `.open` needs no backticks after a dot, and a code span cannot hold them.
      return Dictionary(list.map { ($0.rawValue, "." + $0.name) }, uniquingKeysWith: { a, _ in a })
    }
    func rewrite(_ text: String, own: [String: String]) -> String {
      rewritingCodeSpans(text) { code in
        if let constant = own[code] { return constant }
        let parts = code.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.contains(where: { $0.contains("_") }),
          parts.allSatisfy({ !$0.contains("_") || names[$0] != nil })
        {
          return parts.map { names[$0] ?? $0 }.joined(separator: ".")
        }
        if values.contains(code), code.contains("_") { return "\"" + code + "\"" }
        return nil
      }
    }
    func visit(_ declaration: SwiftDeclaration) -> SwiftDeclaration {
      var declaration = declaration
      declaration.documentation = rewrite(declaration.documentation, own: [:])
      switch declaration.kind {
      case .structure(let properties):
        declaration.kind = .structure(
          properties.map { property in
            var property = property
            property.documentation = rewrite(property.documentation, own: constants(property.type, in: declaration))
            return property
          })
      case .union(var union):
        // A case's discriminator value (`image_url`) and its member's description.
        for index in union.cases.indices {
          union.cases[index].documentation = rewrite(union.cases[index].documentation, own: [:])
        }
        declaration.kind = .union(union)
      case .enumeration: break
      }
      declaration.nested = declaration.nested.map(visit)
      return declaration
    }
    var model = model
    model.declarations = model.declarations.map(visit)
    let rewritten = Dictionary(model.declarations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    for index in model.operations.indices {
      var operation = model.operations[index]
      let params = rewritten[operation.paramsType]
      operation.arguments = operation.arguments.map { argument in
        var argument = argument
        if let property = params?.properties.first(where: { $0.documentedName == argument.documentedName }) {
          argument.documentation = property.documentation
        }
        return argument
      }
      let method = operation.method
      operation.documentation = rewrite(method.description.isEmpty ? method.summary : method.description, own: [:])
      model.operations[index] = operation
    }
    return model
  }

  /// `text` with each inline code span's contents replaced where `transform` gives a
  /// replacement; fenced code blocks and spans of two or more backticks are left alone.
  static func rewritingCodeSpans(_ text: String, _ transform: (String) -> String?) -> String {
    guard text.contains("`") else { return text }
    var out: [String] = []
    var inFence = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        out.append(String(line))
        continue
      }
      guard !inFence, line.contains("`") else {
        out.append(String(line))
        continue
      }
      var result = ""
      var rest = Substring(line)
      while let open = rest.firstIndex(of: "`") {
        result += rest[..<open]
        let run = rest[open...].prefix { $0 == "`" }
        let afterOpen = rest.index(open, offsetBy: run.count)
        guard run.count == 1, let close = rest[afterOpen...].firstIndex(of: "`") else {
          result += run
          rest = rest[afterOpen...]
          continue
        }
        let code = String(rest[afterOpen..<close])
        result += "`" + (transform(code) ?? code) + "`"
        rest = rest[rest.index(after: close)...]
      }
      result += rest
      out.append(result)
    }
    return out.joined(separator: "\n")
  }
}
