import Foundation

/// The "build" stage: the API model (IR) from the recovered reference (`RecoveredReference`):
/// resolves types, converts examples to JSON, finds pagination and checks wire names.
///
/// `reference` starts as the recovered reference; the builder records in its copy the request
/// examples it parsed (as JSON), which is what `docs2swift format` prints.
struct IRBuilder {
  private(set) var reference: ReferenceSyntax
  /// Each operation's parsed response example, by section and operation index.
  private let responses: [[JSONValue?]]
  /// How documented field names travel, in the API and in each section, decided by the
  /// recover stage.
  private let wireNameStyles: WireNameStyles
  let file: String
  private(set) var diagnostics = DiagnosticSink()
  private var declarations: [String: TypeDecl] = [:]
  /// Each section's Domain Types, in document order.
  private var typesBySection: [[TypeDecl]] = []
  private var declaredNames: Set<String> = []
  /// Each section's resource path (`["runners", "policies"]`), for scoping Domain Types.
  private var sectionPaths: [[String]] = []
  /// The section whose types and methods are being built.
  private var currentSection = 0
  /// A declared name → the sections declaring it, with each declaration's unique IR name.
  private var declarationsByName: [String: [(section: Int, name: String)]] = [:]
  /// Each class Domain Type's field items as its syntax lists them, for telling a class written
  /// in place from a Domain Type of its name not built yet.
  private var declaredFields: [String: [ItemSyntax]] = [:]
  /// Domain Types written as `Name = A | B` or `Name = str`. An alias of one type (`str`,
  /// `List[X]`) is inlined where used; an alias of a union is a Domain Type of its own
  /// (`TypeDecl.Kind.union`), referenced by name.
  private var aliasItems: [String: ItemSyntax] = [:]
  /// A union alias's unique name → its members (filled as the aliases are read): a union that
  /// names one among its members holds that union's members instead.
  private var unionAliases: [String: [TypeRef]] = [:]
  private var resolvingAliases: Set<String> = []
  /// What each alias stands for, once read (its warnings are given once, not at every use).
  private var resolvedAliases: [String: TypeRef] = [:]
  /// Every key of the JSON response examples and every keyword of the Python examples: a
  /// field shown there exists on the wire even where its type is never declared.
  private var exampleEvidence: Set<String> = []
  /// Every key the response examples write.
  private var responseKeys: Set<String> = []
  private var warnedUndeclared: Set<String> = []
  /// Names renamed for Python (`from_`) whose wire name was warned.
  private var warnedReservedStems: Set<String> = []
  /// The `x_…` parameters already warned as headers (`customHeaderName`), once per name.
  private var warnedCustomHeaders: Set<String> = []
  /// The API's query parameters that a method with a body takes too (`apiWideQueryParameters`),
  /// with the methods that take them; warned once each, at the first such method.
  private var apiWideQuery: [String: (methods: Int, queries: Int)] = [:]
  private var warnedAPIWideQuery: Set<String> = []
  /// The path parameters documented as optional, by name: the index of the warning at the first
  /// method with one, and how many more methods have one (said in that warning at the end).
  private var optionalPathParameters: [String: (warning: Int, more: Int)] = [:]
  /// The sections whose methods are the client's own (`.embed(…)`).
  private var clientMethodSections: Set<Int> = []
  /// The classes written in place whose fields are being read, outermost first.
  private var inPlaceClasses: [String] = []
  /// The dict literals the Python examples pass, by keyword (`metadata={"foo": "string"}`).
  private var pythonDicts: [String: [JSONValue]] = [:]
  /// The Python examples import an SDK's client (`from openai import OpenAI`).
  private var rendersAPythonSDK: Bool {
    reference.sections.flatMap(\.operations).contains {
      APIConventions.importedClientName($0.codeExample?.content) != nil
    }
  }
  /// Every method is a Connect procedure (`/pkg.v1.Service/Method`).
  private let isConnectReference: Bool

  init(recovered: RecoveredReference, file: String) {
    self.isConnectReference = recovered.reference.sections.flatMap(\.operations).allSatisfy {
      OperationTraits.isConnectPath($0.httpPath ?? "")
    }
    self.reference = recovered.reference
    self.responses = recovered.responses
    self.wireNameStyles = recovered.wireNameStyles
    self.file = file
  }

  private var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

  mutating func build() throws(DiagnosticError) -> APIDocument {
    let style = wireNameStyles.api
    do {
      var api = try Naming.$initialisms.withValue(wireNameStyles.initialisms) {
        try Naming.$style.withValue(style) {
          var api = try buildModel()
          for (warning, more) in optionalPathParameters.values where more > 0 {
            diagnostics.amend(at: warning) { $0 + " (the same in \(more) more method\(more == 1 ? "" : "s"))" }
          }
          adoptResponseSpellings(&api)
          adoptObjectSpellings(&api)
          adoptModelNamespaceRenames(&api)
          adoptAPIPrefixRenames(&api)
          adoptExampleValueSpellings(&api)
          return api
        }
      }
      api.conventions.wireNameStyle = style
      api.conventions.wireNameInitialisms = wireNameStyles.initialisms.sorted()
      return api
    } catch let error as DiagnosticError {
      throw error
    } catch {
      throw DiagnosticError("\(error)", at: start)
    }
  }

  /// `WireNameStyle.detect` over the reference's response examples and request examples, for
  /// the API and for each section (`WireNameStyle.sectionStyle`); the recover stage decides them
  /// first (its evidence is read by wire name), the builder keeps them.
  static func decideWireNameStyles(_ reference: ReferenceSyntax, diagnostics: inout DiagnosticSink) -> WireNameStyles {
    let start = reference.sections.first?.location ?? SourceLocation(file: "", line: 1, column: 1)
    var names: Set<String> = []
    var keys: Set<String> = []
    var bySection: [(names: Set<String>, keys: Set<String>)] = []
    for section in reference.sections {
      var sectionNames: Set<String> = []
      var sectionKeys: Set<String> = []
      for operation in section.operations {
        Self.collectFieldNames(operation.parameters, into: &sectionNames)
        Self.collectFieldNames(operation.returns, into: &sectionNames)
        if let code = operation.responseExample, let json = try? JSONValue.parse(code.content) {
          Self.collectKeys(json, into: &sectionKeys)
        }
        for example in operation.examples {
          guard let code = example.code else { continue }
          for word in code.content.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "{" || $0 == "," })
          where word.hasSuffix(":") {
            sectionKeys.insert(String(word.dropLast()))
          }
        }
      }
      for type in section.domainTypes { Self.collectFieldNames(type.items, into: &sectionNames) }
      names.formUnion(sectionNames)
      keys.formUnion(sectionKeys)
      bySection.append((sectionNames, sectionKeys))
    }
    let connect = reference.sections.flatMap(\.operations).contains {
      OperationTraits.isConnectPath($0.httpPath ?? "")
    }
    let (style, snake, camel) = WireNameStyle.detect(fieldNames: names, exampleKeys: keys, connectPaths: connect)
    if snake == camel, !connect {
      diagnostics.warn(
        "no example shows how snake_case field names travel (\(snake) keys as documented, \(camel) camelCased); "
          + "wire names are taken as documented, as REST APIs in this format send them",
        at: reference.sections.first?.location ?? start)
    }
    var sections: [WireNameStyle?] = []
    for (index, evidence) in bySection.enumerated() {
      let counts = WireNameStyle.detect(fieldNames: evidence.names, exampleKeys: evidence.keys, connectPaths: connect)
      let own = WireNameStyle.sectionStyle(api: style, snake: counts.snake, camel: counts.camel)
      sections.append(own)
      guard let own else { continue }
      let section = reference.sections[index]
      diagnostics.warn(
        "'\(section.title)' spells field names \(own == .asDocumented ? "as documented" : "in camelCase") "
          + "(\(counts.snake) keys of its examples as documented, \(counts.camel) camelCased), unlike the API "
          + "(\(snake) and \(camel)): its fields travel so",
        at: section.location)
    }
    let initialisms = WireNameStyle.initialisms(fieldNames: names, exampleKeys: keys)
    for (word, counts) in initialisms.sorted(by: { $0.key < $1.key }) {
      diagnostics.warn(
        "the examples write '\(word)' in capitals in camelCase names (\(counts.capitals) keys, \(counts.capitalized) "
          + "capitalized): camelCase wire names no example shows write it so ('\(word.uppercased())')",
        at: reference.sections.first?.location ?? start)
    }
    return WireNameStyles(api: style, sections: sections, initialisms: Set(initialisms.keys))
  }

  private mutating func buildModel() throws(DiagnosticError) -> APIDocument {
    let operations = reference.sections.flatMap(\.operations)
    guard !operations.isEmpty else {
      throw DiagnosticError(
        "the reference documents no methods (expected '## Operation' sections with a signature and an HTTP path)",
        at: reference.sections.first?.location ?? start)
    }
    for operation in operations {
      guard operation.signature != nil else {
        throw DiagnosticError(
          "method '\(operation.heading)' has no signature line (`resource.method(Params) -> Type`)",
          at: operation.location)
      }
      guard let verb = operation.httpMethod, let path = operation.httpPath, !path.isEmpty else {
        throw DiagnosticError(
          "method '\(operation.heading)' has no HTTP method and path (`**post** `/path``)", at: operation.location)
      }
      // The endpoint becomes structure (routes, request lines): it must be a path and a token.
      if let problem = Self.endpointProblem(verb: verb, path: path) {
        throw DiagnosticError("method '\(operation.heading)': \(problem)", at: operation.location)
      }
    }
    for row in responses {
      for response in row.compactMap({ $0 }) { Self.collectKeys(response, into: &responseKeys) }
    }
    exampleEvidence.formUnion(responseKeys)
    for operation in operations {
      if let code = operation.codeExample {
        exampleEvidence.formUnion(Self.pythonKeywords(code.content))
        for (name, value) in Self.pythonDictArguments(code.content) { pythonDicts[name, default: []].append(value) }
      }
    }

    sectionPaths = reference.sections.map(Self.resourcePath)
    var uniqueNames: [[String?]] = []
    for (index, section) in reference.sections.enumerated() {
      uniqueNames.append(
        section.domainTypes.map { type in
          guard let name = Self.declaredName(type) else { return nil }
          let unique = Self.scopedName(name, path: sectionPaths[index], taken: declarationsByName[name] ?? [])
          declarationsByName[name, default: []].append((index, unique))
          if let first = type.items.first, case .classHeader = first.kind {
            declaredFields[unique] = first.children
          }
          return unique
        })
      for type in section.domainTypes {
        if let name = Self.declaredName(type) {
          declaredNames.insert(name)
          // Aliases are known before any type uses them (a type may come before its alias).
          if let first = type.items.first, case .type(let code) = first.kind, let equals = code.range(of: " = ") {
            let rhs = String(code[equals.upperBound...]).trimmed
            if case .literal? = TypeExpression.parse(rhs) {} else { aliasItems[name] = first }
          } else if let first = type.items.first, case .type(let code) = first.kind,
            case .name(let primitive)? = TypeExpression.parse(code), ["int", "float", "bool"].contains(primitive)
          {
            // A Literal of numbers or Bools (telnyx's `Literal[8000, 16000, 22050, 24000, 48000]`):
            // an alias of that primitive, as the same Literal written in place is.
            aliasItems[name] = first
          }
        }
      }
    }
    typesBySection = []
    for (index, section) in reference.sections.enumerated() {
      let types = try inSection(index) { builder throws(DiagnosticError) in
        var types: [TypeDecl] = []
        for (position, syntax) in section.domainTypes.enumerated() {
          if var decl = try builder.typeDecl(syntax) {
            decl.name = uniqueNames[index][position] ?? decl.name
            types.append(decl)
            builder.declarations[decl.name] = decl
          }
        }
        return types
      }
      typesBySection.append(types)
    }

    try checkDuplicateMethods()
    if !isConnectReference { apiWideQuery = Self.apiWideQueryParameters(operations) }
    var resources: [Resource] = []
    var built: [(path: [String], title: String, methods: [Method])] = []
    var title = ""
    for (sectionIndex, section) in reference.sections.enumerated() {
      currentSection = sectionIndex
      if title.isEmpty { title = section.title }
      var methods: [Method] = []
      var path: [String]?
      for (operationIndex, operation) in section.operations.enumerated() {
        let response = responses[sectionIndex][operationIndex]
        let (accessor, method) = try inSection(sectionIndex) { builder throws(DiagnosticError) in
          try builder.method(
            operation, response: response, sectionIndex: sectionIndex, operationIndex: operationIndex)
        }
        if path == nil {
          path = accessor
        } else if path != accessor {
          diagnostics.warn(
            "method '\(operation.heading)' is on '\(accessor.joined(separator: "."))', not on this section's '\(path!.joined(separator: "."))'",
            at: operation.signatureLocation)
        }
        methods.append(method)
      }
      let resourcePath = path ?? [Self.snakeCase(section.title)]
      built.append((resourcePath, section.title, methods))
    }
    // (Domain Types as every method's response example left them: see `adoptingWireNames`.)
    for (sectionIndex, (resourcePath, sectionTitle, methods)) in built.enumerated() {
      var resource = Resource(
        name: resourcePath.last ?? "", path: resourcePath, title: sectionTitle, methods: methods,
        types: typesBySection[sectionIndex].map { declarations[$0.name] ?? $0 })
      resource.wireNameStyle = wireNameStyles.sections[sectionIndex]
      resource.holdsClientMethods = clientMethodSections.contains(sectionIndex)
      Self.insert(resource, into: &resources)
    }
    var api = APIDocument(title: title, resources: resources).withConventions()
    if let shown = credentialArguments() {
      (api.conventions.credentialArguments, api.conventions.apiKeyArgumentLocation) = shown
      // `x_api_key=`: the key travels bare in the header the argument names.
      if api.conventions.authorizationScheme == nil, let header = shown.names.first.flatMap(Self.credentialHeader) {
        api.conventions.apiKeyHeader = header
        api.conventions.authorizationScheme = ""
      }
    }
    api.conventions.arrayQueryParameterLocation = arrayQueryParameterLocation
    return api
  }

  /// Runs `body` on the builder with section `index` current and `Naming.style` its wire-name
  /// style.
  private mutating func inSection<R>(
    _ index: Int, _ body: (inout IRBuilder) throws(DiagnosticError) -> R
  ) throws(DiagnosticError) -> R {
    currentSection = index
    do {
      return try Naming.$style.withValue(wireNameStyles.style(ofSection: index)) { try body(&self) }
    } catch let error as DiagnosticError {
      throw error
    } catch {
      throw DiagnosticError("\(error)", at: start)
    }
  }

  /// How `resource`'s fields travel: its own style, else the API's.
  private func wireNameStyle(of resource: Resource) -> WireNameStyle {
    resource.wireNameStyle ?? wireNameStyles.api
  }

  /// The credentials the first Python example that constructs the client with one passes
  /// (`api_key=`, `auth_token=`; Dinari's `api_key_id=` and `api_secret_key=`), where the first
  /// is; where none does, none at the first construction (`client = Steel()`). Nil where no
  /// example constructs the client.
  private func credentialArguments() -> (names: [String], location: SourceLocation)? {
    let examples = reference.sections.flatMap(\.operations).compactMap(\.codeExample)
    for code in examples {
      let arguments = Self.clientCredentialArguments(code.content)
      guard let first = arguments.first else { continue }
      let offset = code.content.utf8.distance(from: code.content.startIndex, to: first.start)
      return (arguments.map(\.name), code.location(ofContentOffset: offset))
    }
    for code in examples {
      guard let call = Self.clientConstruction(code.content) else { continue }
      let offset = code.content.utf8.distance(from: code.content.startIndex, to: call.start)
      return ([], code.location(ofContentOffset: offset))
    }
    return nil
  }

  /// A method documented twice (same accessor) would generate two functions of one name.
  private func checkDuplicateMethods() throws(DiagnosticError) {
    var seen: [String: SourceLocation] = [:]
    for operation in reference.sections.flatMap(\.operations) {
      guard let signature = operation.signature, let open = signature.firstIndex(of: "(") else { continue }
      let accessor = String(signature[..<open]).trimmed
      if let first = seen[accessor] {
        throw DiagnosticError(
          "method '\(accessor)' is documented twice (first at \(first.line):\(first.column))",
          at: operation.location)
      }
      seen[accessor] = operation.location
    }
  }

  /// Adds a resource under the resource whose path is its parent's. An accessor in between
  /// that no section documents (`chat` of `chat.completions`, `transactions.events`) becomes a
  /// resource without methods of its own; a section documented after it fills it in.
  private static func insert(_ resource: Resource, into resources: inout [Resource], depth: Int = 0) {
    if resource.path.count > depth + 1 {
      let prefix = Array(resource.path.prefix(depth + 1))
      if let index = resources.firstIndex(where: { $0.path == prefix }) {
        insert(resource, into: &resources[index].resources, depth: depth + 1)
      } else {
        let segment = prefix[prefix.count - 1]
        let title = segment.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(
          separator: " ")
        var parent = Resource(name: segment, path: prefix, title: title)
        insert(resource, into: &parent.resources, depth: depth + 1)
        resources.append(parent)
      }
      return
    }
    if let index = resources.firstIndex(where: { $0.path == resource.path }) {
      // Created earlier as the accessor in between: the section's own content.
      let children = resources[index].resources
      resources[index] = resource
      resources[index].resources = children + resource.resources
      return
    }
    resources.append(resource)
  }

  static func snakeCase(_ title: String) -> String {
    title.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "_")
  }

  // MARK: Types

  /// The resource path a section's methods are on (`["runners", "policies"]`), else its title
  /// in snake case.
  private static func resourcePath(_ section: SectionSyntax) -> [String] {
    for operation in section.operations {
      guard let signature = operation.signature, let open = signature.firstIndex(of: "(") else { continue }
      let accessor = signature[..<open].trimmingCharacters(in: .whitespaces).split(separator: ".").map(String.init)
      if accessor.count >= 2 { return Array(accessor.dropLast()) }
    }
    return [snakeCase(section.title)]
  }

  /// A Domain Type's unique name in the IR: the name as declared, or, when an earlier section
  /// declares the same name, qualified by its resource's dotted path
  /// (`runners.policies.PolicyCreateResponse`).
  private static func scopedName(_ name: String, path: [String], taken: [(section: Int, name: String)]) -> String {
    if taken.isEmpty { return name }
    let qualified = (path + [name]).joined(separator: ".")
    var unique = qualified
    var counter = 2
    while taken.contains(where: { $0.name == unique }) {
      unique = "\(qualified)\(counter)"
      counter += 1
    }
    return unique
  }

  /// The declaration a name used in the current section refers to: the section's own, else the
  /// nearest ancestor resource's, else the only one; between several others the first declared
  /// is taken, with a warning saying so.
  private mutating func resolve(_ name: String, at location: SourceLocation) -> String? {
    guard let candidates = declarationsByName[name], let first = candidates.first else { return nil }
    if candidates.count == 1 { return first.name }
    if let own = candidates.first(where: { $0.section == currentSection }) { return own.name }
    let path = sectionPaths[currentSection]
    let ancestor = candidates.filter { candidate in
      let scope = sectionPaths[candidate.section]
      return scope.count < path.count && path.starts(with: scope)
    }.max { sectionPaths[$0.section].count < sectionPaths[$1.section].count }
    if let ancestor { return ancestor.name }
    let places = candidates.map { sectionPaths[$0.section].joined(separator: ".") }
    diagnostics.warn(
      "'\(name)' is declared in \(places.map { "'\($0)'" }.joined(separator: ", ")), none of them this resource "
        + "('\(path.joined(separator: "."))') or one it is under; the declaration in '\(places[0])' is used",
      at: location)
    return first.name
  }

  /// The name a Domain Type declares: `class X` or, for an enum, its heading without spaces.
  private static func declaredName(_ type: DomainTypeSyntax) -> String? {
    guard let first = type.items.first else { return nil }
    switch first.kind {
    case .classHeader(let name): return name
    case .type(let code):
      if let equals = code.range(of: " = ") { return String(code[..<equals.lowerBound]).trimmed }
      return type.title.split(separator: " ").joined()
    default: return nil
    }
  }

  private mutating func typeDecl(_ syntax: DomainTypeSyntax) throws(DiagnosticError) -> TypeDecl? {
    var decl = try undocumentedTypeDecl(syntax)
    decl?.documentedAt = syntax.items.first?.location ?? syntax.location
    return decl
  }

  private mutating func undocumentedTypeDecl(_ syntax: DomainTypeSyntax) throws(DiagnosticError) -> TypeDecl? {
    guard let first = syntax.items.first, let name = Self.declaredName(syntax) else {
      diagnostics.warn("Domain Type '\(syntax.title)' has no `class` or type item; skipped", at: syntax.location)
      return nil
    }
    switch first.kind {
    case .classHeader:
      return TypeDecl(
        name: name, title: syntax.title, kind: .object, description: first.description,
        fields: try fields(first.children))
    case .type(let code) where code.contains(" = "):
      let rhs = String(code[code.range(of: " = ")!.upperBound...]).trimmed
      if let expression = TypeExpression.parse(rhs), case .literal(let values) = expression, !values.isEmpty {
        return TypeDecl(name: name, title: syntax.title, kind: .enum, description: first.description, values: values)
      }
      aliasItems[name] = first
      if case .union(let members)? = try aliasType(name) {
        return TypeDecl(name: name, title: syntax.title, kind: .union, description: first.description, members: members)
      }
      return nil
    case .type where aliasItems[name] != nil:
      return nil
    case .type(let code):
      guard let expression = TypeExpression.parse(code), let values = expression.literalValues else {
        diagnostics.warn(
          "Domain Type '\(syntax.title)' is `\(code)`, not a class or a Literal; skipped", at: first.location)
        return nil
      }
      if values.isEmpty {
        throw DiagnosticError("enum '\(name)' has no values (`Literal[]`)", at: first.location)
      }
      return TypeDecl(name: name, title: syntax.title, kind: .enum, description: first.description, values: values)
    default:
      return nil
    }
  }

  private var objectDepth = 0
  /// The first method with an array query parameter (`APIConventions.arrayQueryParameterLocation`).
  private var arrayQueryParameterLocation: SourceLocation?

  private mutating func fields(_ items: [ItemSyntax]) throws(DiagnosticError) -> [Field] {
    objectDepth += 1
    defer { objectDepth -= 1 }
    if objectDepth > NestingRecovery.maxDepth, let first = items.first {
      throw DiagnosticError("fields nest deeper than \(NestingRecovery.maxDepth) objects here", at: first.location)
    }
    var result: [Field] = []
    var seen: Set<String> = []
    for item in items {
      guard case .field(let name, let type) = item.kind else {
        if case .value = item.kind {
          diagnostics.warn("enum value \(item.code) follows no field of an enum type; ignored", at: item.location)
          continue
        }
        diagnostics.warn("'\(item.code)' is not a field (`name: Type`); skipped", at: item.location)
        continue
      }
      if !seen.insert(name).inserted {
        diagnostics.warn("field '\(name)' is listed twice in one object; the first is kept", at: item.location)
        continue
      }
      let jsonName = Naming.jsonName(name)
      if Naming.pythonReservedStem(name) == jsonName, !responseKeys.contains(jsonName),
        warnedReservedStems.insert(name).inserted
      {
        diagnostics.warn(
          "'\(name)' is sent as '\(jsonName)': Stainless's Python SDKs add '_' to a name Python or pydantic reserves "
            + "(no example shows its wire name)", at: item.location)
      }
      if let clash = result.first(where: { $0.jsonName == jsonName }) {
        diagnostics.warn(
          "fields '\(clash.name)' and '\(name)' have the same wire name '\(jsonName)'; the first is kept",
          at: item.location)
        continue
      }
      guard let expression = TypeExpression.parse(type) else {
        throw DiagnosticError("cannot read the type '\(type)' of field '\(name)'", at: item.location)
      }
      // The values a `Literal[8000, 16000]` field lists (`- `8000``) are its description's list,
      // as the reference writes them: its wire type is the number's.
      let numbers = item.children.compactMap { child -> String? in
        guard case .value(let value) = child.kind, ItemSyntax.isUnquotedLiteral(child.code), Double(value) != nil
        else { return nil }
        return "- `\(value)`"
      }
      let description = [item.description, numbers.joined(separator: "\n")].filter { !$0.isEmpty }
        .joined(separator: "\n\n")
      result.append(
        Field(
          name: name, jsonName: jsonName, required: !expression.isOptional,
          type: try typeRef(expression, item: item), description: description))
    }
    return result
  }

  /// The fields `items` list, as `fields(_:)` would read them: each name once, and whether it is
  /// required.
  static func fieldShape(_ items: [ItemSyntax]) -> [[String]] {
    var seen: Set<String> = []
    var wireNames: Set<String> = []
    return items.compactMap { item in
      guard case .field(let name, let type) = item.kind, seen.insert(name).inserted,
        wireNames.insert(Naming.jsonName(name)).inserted, let expression = TypeExpression.parse(type)
      else { return nil }
      return [name, "\(!expression.isOptional)"]
    }
  }

  /// Whether a field listed describes itself otherwise than the field of its name that a Domain
  /// Type declares (both described): the reference writes one class the same wherever it lists
  /// it, so the listing is a class of its own that shares the name (dodopayments' license
  /// `product: Product`, whose `name` is "Name of the product, if set by the merchant.", beside
  /// the Domain Type `Product`'s "Name of the product, optional."). Flattening changes only the
  /// whitespace.
  static func describesOtherwise(_ items: [ItemSyntax], _ declared: [ItemSyntax]) -> Bool {
    items.contains { item in
      guard let name = item.fieldName, !item.description.isEmpty,
        let other = declared.first(where: { $0.fieldName == name }), !other.description.isEmpty
      else { return false }
      return item.description.collapsingWhitespace() != other.description.collapsingWhitespace()
    }
  }

  /// In a flattened reference the fields under a field are recovered, not read: a Domain Type's
  /// fields recovered to the wrong end are some of its fields (anthropic's flattened
  /// `WebFetchTool20260309Param` without its last field; `BetaFallbackBlockParam`'s `to` and
  /// `from`, its `type` and `trigger` taken into `to`), or all of them and fields read outside,
  /// beginning as it does. Such a listing of a Domain Type declared further on is taken as naming
  /// it; one with fields of its own, or that begins otherwise than the Domain Type with all of its
  /// fields among others, is a class written in place (kernel's `invocations.list_browsers` lists
  /// a session's 31 fields under `browsers: List[Browser]`, from `cdp_ws_url` on, `headless` and
  /// `stealth` among them, beside a Domain Type `Browser` of four, `gpu` first).
  static func mayBeRecovered(_ listed: [[String]], as declared: [[String]]) -> Bool {
    let listedNames = Set(listed.map { $0[0] })
    let declaredNames = Set(declared.map { $0[0] })
    guard listedNames != declaredNames else { return false }
    return listedNames.isSubset(of: declaredNames)
      || (declaredNames.isSubset(of: listedNames) && listed.first?[0] == declared.first?[0])
  }

  /// The Stainless SDKs' types of a request body sent as it is (`application/octet-stream`):
  /// kernel's `write_file(…, contents: Union[FileContent, BinaryTypes])`.
  static let rawBodyTypeNames: Set<String> = ["FileContent", "BinaryTypes", "AsyncBinaryTypes"]

  /// The name Stainless gives the one body parameter whose value is the whole JSON body.
  static let bodyParameterName = "body"

  /// Whether `type` is one JSON scalar (a string, number, Bool, timestamp or enum value).
  static func isScalar(_ type: TypeRef) -> Bool {
    switch type {
    case .string, .integer, .number, .boolean, .datetime, .enum: true
    default: false
    }
  }

  /// Whether `expression` is bytes sent as the whole request body (`FileContent`, `BinaryTypes`,
  /// a union or an optional of them).
  static func isRawBody(_ expression: TypeExpression) -> Bool {
    switch expression {
    case .name(let name): rawBodyTypeNames.contains(name)
    case .generic("Union", let arguments), .generic("Optional", let arguments): arguments.allSatisfy(isRawBody)
    default: false
    }
  }

  private mutating func typeRef(_ expression: TypeExpression, item: ItemSyntax) throws(DiagnosticError) -> TypeRef {
    if Self.isRawBody(expression) { return .file }
    switch expression {
    case .literal(let values):
      if values.isEmpty { throw DiagnosticError("`Literal[]` has no values", at: item.location) }
      return .enum(name: nil, values: values)
    case .generic("Optional", let arguments) where arguments.count == 1:
      return try typeRef(arguments[0], item: item)
    case .generic(let name, let arguments)
    where ["List", "Sequence", "Iterable", "Set"].contains(name) && arguments.count == 1:
      return .array(try typeRef(arguments[0], item: item))
    case .generic(let name, let arguments) where ["Dict", "Mapping"].contains(name) && arguments.count == 2:
      return .map(try typeRef(arguments[1], item: item))
    case .generic("Union", let arguments):
      return try unionRef(arguments, item: item)
    case .generic("Tuple", let arguments) where !arguments.isEmpty:
      // A JSON array of a fixed length: a list of its one element type, else of any JSON value.
      var elements: [TypeRef] = []
      for argument in arguments {
        let element = try typeRef(argument, item: item)
        if !elements.contains(element) { elements.append(element) }
      }
      if elements.count == 1 { return .array(elements[0]) }
      diagnostics.warn(
        "'\(item.fieldName ?? item.code)' is a tuple of values of several types; read as a list of any JSON value",
        at: item.location)
      return .array(.any)
    case .generic(let name, _):
      diagnostics.warn(
        "the type '\(name)[…]' is not one the reference format uses; read as any JSON value", at: item.location)
      return .any
    case .name(let name):
      switch name {
      case "str", "bytes": return .string
      case "int": return .integer
      case "float": return .number
      case "bool": return .boolean
      case "datetime": return .datetime
      // A calendar date travels as `YYYY-MM-DD`, which is no RFC 3339 timestamp: a string.
      case "date": return .string
      case "object", "Any": return .any
      case "FileTypes": return .file
      default: break
      }
      if resolvingAliases.contains(name), isUnionAlias(name), let unique = resolve(name, at: item.location) {
        // A union alias whose member holds it again (`Filter = ComparisonFilter | CompoundFilter`,
        // a compound holding filters): a type of its own, so referenced by name.
        return .ref(unique)
      }
      if let alias = try aliasType(name) {
        // A union alias is referenced by name (its declaration is built from the alias).
        guard case .union(let members) = alias, let unique = resolve(name, at: item.location) else { return alias }
        if let own = Self.otherMembers(listedUnder: item, than: members) { return try unionOfItems(own) }
        unionAliases[unique] = members
        return .ref(unique)
      }
      if let unique = resolve(name, at: item.location) {
        // A parameter class may share a Domain Type's name but document other fields (all
        // optional, say): then it is its own class, written in place.
        // (conductor's `Account.currency: Optional[Currency]` lists `id` and `full_name`, the
        // fields of its module's own `Currency`, not of the Domain Type `Currency` declared later.)
        // Flattened, such a class is compared only where its fields cannot have been recovered
        // to the wrong end (`mayBeRecovered`).
        let built = declarations[unique].map { $0.fields.map { [$0.name, "\($0.required)"] } }
        if let declared = built ?? declaredFields[unique].map(Self.fieldShape),
          item.children.contains(where: { $0.fieldName != nil })
        {
          let listed = Self.fieldShape(item.children)
          if listed != declared,
            built != nil || !reference.wasFlattened || !Self.mayBeRecovered(listed, as: declared)
              || Self.describesOtherwise(item.children, declaredFields[unique] ?? [])
          {
            return .object(name: name, fields: try fields(item.children))
          }
        }
        // A union written in place under a class's name: its members listed, no fields
        // (dedalus's `model: Model` with `str`, `class DedalusModel: …`, `Sequence[…]`, where the
        // Domain Type `Model` is the models resource's class).
        let isClass = declarations[unique].map { $0.kind == .object } ?? (declaredFields[unique] != nil)
        let members = item.children.filter {
          switch $0.kind {
          case .type, .classHeader: true
          default: false
          }
        }
        if isClass, members.count > 1, !item.children.contains(where: { $0.fieldName != nil }) {
          return try unionOfItems(members)
        }
        if let declaration = declarations[unique], declaration.kind == .union,
          let own = Self.otherMembers(listedUnder: item, than: declaration.members)
        {
          return try unionOfItems(own)
        }
        return .ref(unique)
      }
      let valueItems = item.children.filter(\.isEnumValue)
      // An alias of `Literal[4, 6]` listing its values unquoted (gcore's undeclared `ip_version:
      // IPVersion`, `- `4``, `- `6``) is the number's type; its values are the field's list.
      if !valueItems.isEmpty, valueItems.allSatisfy({ ItemSyntax.isUnquotedLiteral($0.code) }),
        let primitive = TypeExpression.literal(strings: [], others: valueItems.map(\.code))
      {
        return try typeRef(primitive, item: item)
      }
      let values = item.children.compactMap { child -> String? in
        if case .value(let value) = child.kind { return value }
        return nil
      }
      if !values.isEmpty { return .enum(name: name, values: values) }
      if item.children.contains(where: { $0.fieldName != nil }) {
        inPlaceClasses.append(name)
        defer { inPlaceClasses.removeLast() }
        return .object(name: name, fields: try fields(item.children))
      }
      // A class written in place that holds itself: the reference lists its fields once, where
      // it begins (`filter: MeterFilterParam`, its clauses `Iterable[MeterFilterParam]` again).
      // No declaration to refer to, so any JSON value there.
      if inPlaceClasses.contains(name), !item.children.contains(where: { $0.fieldName != nil || $0.isEnumValue }) {
        if warnedUndeclared.insert(name).inserted {
          diagnostics.warn(
            "'\(name)' holds itself, and only its outermost occurrence lists its fields; inside it, it is read as "
              + "any JSON value",
            at: item.location)
        }
        return .any
      }
      // A union alias written in place: the field, then its members as items
      // (`provisioning_payload: Optional[ProvisioningPayload]`, `- str`, `- class ProvisionResponse: …`).
      let members = item.children.filter {
        switch $0.kind {
        case .type, .classHeader: true
        default: false
        }
      }
      if !members.isEmpty { return try unionOfItems(members) }
      // Never declared and no fields listed, but the Python examples pass it a dict whose values
      // are all strings (`metadata={"foo": "string"}`): a map of strings.
      if let field = item.fieldName, let dicts = pythonDicts[field], !dicts.isEmpty,
        dicts.allSatisfy({ dict in
          guard case .object(let members) = dict, !members.isEmpty else { return false }
          return members.allSatisfy { if case .string = $0.value { true } else { false } }
        })
      {
        if warnedUndeclared.insert(name).inserted {
          diagnostics.warn(
            "the type '\(name)' of '\(field)' is never declared and lists no fields; the Python examples pass "
              + "'\(field)' a dict of strings: read as a map of strings",
            at: item.location)
        }
        return .map(.string)
      }
      // Never declared and no fields listed, but the examples show the field: its JSON is
      // whatever they show, so any JSON value.
      if let field = item.fieldName, exampleEvidence.contains(field) || exampleEvidence.contains(Naming.jsonName(field))
      {
        if warnedUndeclared.insert(name).inserted {
          diagnostics.warn(
            "the type '\(name)' of '\(field)' is never declared and lists no fields, but the examples show "
              + "'\(field)'; read as any JSON value",
            at: item.location)
        }
        return .any
      }
      // A REST reference rendered from a Python SDK leaves the SDK's aliases undeclared
      // (`FunctionParameters`, `Metadata`); a Connect reference declares every message.
      // So does a union member it names (a module's own `ContentUnionMember0 = Union[…]`).
      if !isConnectReference, rendersAPythonSDK {
        if warnedUndeclared.insert(name).inserted {
          let subject = item.fieldName.map { "'\(name)' of '\($0)'" } ?? "'\(name)' of the union member '\(item.code)'"
          diagnostics.warn(
            "the type \(subject) is never declared, lists no fields and no example shows it; read as any JSON value",
            at: item.location)
        }
        return .any
      }
      throw DiagnosticError("the type '\(name)' is referenced but never declared", at: item.location)
    }
  }

  /// `Union[A, B, …]`. It collapses where the wire form says one type:
  /// - `None` is dropped (a field that may be null is `Optional[...]` in this format);
  /// - `str` beside `datetime`/`date` and nothing else is `datetime`: a timestamp is a string
  ///   on the wire, and `str` is the SDK accepting that string as given;
  /// - a class the reference never declares nor lists fields for (`Base64FileInput`) is
  ///   dropped when another member remains, with a warning: nothing says what it is (one member
  ///   left stays a union, whose `unknown` case keeps the dropped member's values, but beside
  ///   `Base64FileInput`, a file the SDK sends as the string beside it); a list of
  ///   one (`Iterable[ContentArrayOfContentPart]`) is still an array on the wire, so it is an
  ///   array of any JSON value where no other member is an array (warned);
  /// - one member left is that member.
  private mutating func unionRef(_ arguments: [TypeExpression], item: ItemSyntax) throws(DiagnosticError) -> TypeRef {
    var members: [TypeRef] = []
    var unknown: [String] = []
    var unknownArrays: [String] = []
    for argument in arguments {
      if case .name("None") = argument { continue }
      // (A union among the members is read as one, its own undeclared members left out there:
      // runway's `Union[Union[str, Iterable[Undeclared]], …]` keeps its `str`.)
      var isUnion = false
      if case .generic("Union", _) = argument.withoutOptional { isUnion = true }
      if !isUnion, let name = argument.innerClassName, !declaredNames.contains(name), name != "FileTypes",
        !(Self.memberItem(argument, of: item) ?? item).children.contains(where: {
          $0.fieldName != nil || $0.isEnumValue
        })
      {
        if case .generic(let container, let inner) = argument, ["List", "Sequence", "Iterable"].contains(container),
          inner == [.name(name)]
        {
          unknownArrays.append(name)
        } else {
          unknown.append(name)
        }
        continue
      }
      let member = try typeRef(argument, item: Self.memberItem(argument, of: item) ?? item)
      for flat in flattened(member) where !members.contains(flat) { members.append(flat) }
    }
    if !unknownArrays.isEmpty {
      if members.contains(where: { if case .array = $0 { true } else { false } }) || unknownArrays.count > 1 {
        unknown += unknownArrays
      } else {
        members.append(.array(.any))
        diagnostics.warn(
          "'\(unknownArrays[0])' in a Union is never declared and lists no fields; "
            + "its list is read as an array of any JSON value",
          at: item.location)
      }
    }
    // One member left stays a union where an undeclared one was dropped beside it: its `unknown`
    // case keeps what that member sends (scale-gp's S3 `data_source_config` beside the one
    // declared `LocalChunksSourceConfigParam`). Not beside `Base64FileInput`, the Stainless SDKs'
    // file helper, which they send as the string beside it.
    let keepsUnion = members.count == 1 && unknown.contains { $0 != Self.base64FileInput }
    if !unknown.isEmpty {
      if members.isEmpty {
        // (In a reference rendered from a Python SDK, as an undeclared type of a field is.)
        guard !isConnectReference, rendersAPythonSDK else {
          throw DiagnosticError("the type '\(unknown[0])' is referenced but never declared", at: item.location)
        }
        diagnostics.warn(
          "'\(unknown.joined(separator: "', '"))' in a Union \(unknown.count == 1 ? "is" : "are") never declared and "
            + "\(unknown.count == 1 ? "lists" : "list") no fields; read as any JSON value",
          at: item.location)
        return .any
      }
      diagnostics.warn(
        "'\(unknown.joined(separator: "', '"))' in a Union is never declared and lists no fields; "
          + "the union is read as its other members"
          + (keepsUnion ? ", and keeps a value that member does not read as it came" : ""),
        at: item.location)
    }
    if !keepsUnion, members.contains(.datetime), members.allSatisfy({ $0 == .string || $0 == .datetime }) {
      // `Union[str, datetime]` is a timestamp (its `str` the same timestamp as text); one that
      // also admits a calendar date (orb's `Union[Union[str, date], Union[str, datetime], None]`,
      // sent as `2025-09-22`) is no RFC 3339 timestamp: text.
      return arguments.contains(where: Self.admitsDate) ? .string : .datetime
    }
    if members.count == 1, !keepsUnion { return members[0] }
    return .union(members)
  }

  /// The Stainless SDKs' helper for a file sent base64-encoded, as a string (`Union[str,
  /// Base64FileInput]`): the string is its wire form.
  static let base64FileInput = "Base64FileInput"

  /// Whether `expression` is `date`, or a union (optional or not) with `date` among its members.
  private static func admitsDate(_ expression: TypeExpression) -> Bool {
    switch expression.withoutOptional {
    case .name(let name): name == "date"
    case .generic("Union", let arguments): arguments.contains(where: admitsDate)
    default: false
    }
  }

  /// The item listing the union member `argument` under a union's item: `- `Iterable[X]``
  /// with X's fields under it, or `- `class X: …``; nil where the members are not listed. A
  /// parameter's member `List[XParam]` may be listed by its response name, `List[X]` (the SDK
  /// names the parameter form of a class `…Param`).
  private static func memberItem(_ argument: TypeExpression, of item: ItemSyntax) -> ItemSyntax? {
    item.children.first { child in
      switch child.kind {
      case .type(let code):
        guard let listed = TypeExpression.parse(code), !child.children.isEmpty else { return false }
        return listed == argument || listed == argument.withoutParamSuffix
      case .classHeader(let name): return argument.innerClassName == name
      default: return false
      }
    }
  }

  /// The members a field lists in place under a union Domain Type's name when they are classes
  /// that type lacks, every one (opencode's `parts: Iterable[Part]` listing `TextPartInputParam`
  /// and `FilePartInputParam`, where the Domain Type `Part` is the responses' `TextPart |
  /// FilePart | …`): a union of its own, which only shares the name. Nil otherwise.
  static func otherMembers(listedUnder item: ItemSyntax, than declared: [TypeRef]) -> [ItemSyntax]? {
    let declaredNames = Set(
      declared.compactMap { member -> String? in
        switch member {
        case .ref(let name): name
        case .object(let name, _): name
        default: nil
        }
      })
    let members = item.children.filter {
      switch $0.kind {
      case .type, .classHeader: true
      default: false
      }
    }
    let listed = members.compactMap { member -> String? in
      if case .classHeader(let name) = member.kind { return name }
      return nil
    }
    guard !listed.isEmpty, listed.allSatisfy({ !declaredNames.contains($0) }) else { return nil }
    return members
  }

  /// A union from member items: `- `str``, `- `class X: …`` with X's fields.
  private mutating func unionOfItems(_ items: [ItemSyntax]) throws(DiagnosticError) -> TypeRef {
    var members: [TypeRef] = []
    for child in items {
      let member: TypeRef
      switch child.kind {
      case .classHeader(let name):
        member = try typeRef(.name(name), item: child)
      case .type(let code):
        guard let expression = TypeExpression.parse(code) else {
          throw DiagnosticError("cannot read the union member '\(code)'", at: child.location)
        }
        member = try typeRef(expression, item: child)
      default: continue
      }
      for flat in flattened(member) where !members.contains(flat) { members.append(flat) }
    }
    if members.count == 1 { return members[0] }
    return .union(members)
  }

  /// A union member's members: a union alias's (a union of unions is one union), else itself.
  private func flattened(_ member: TypeRef) -> [TypeRef] {
    if case .ref(let name) = member, let members = unionAliases[name] { return members }
    return member.unionMembers
  }

  /// The type a Domain Type alias stands for (`FileChunkingStrategy = A | B`, `FileContent =
  /// str`), or nil when `name` is no alias.
  private mutating func aliasType(_ name: String) throws(DiagnosticError) -> TypeRef? {
    guard let item = aliasItems[name], case .type(let code) = item.kind else { return nil }
    if let resolved = resolvedAliases[name] { return resolved }
    if !resolvingAliases.insert(name).inserted {
      throw DiagnosticError("the alias '\(name)' is defined by itself", at: item.location)
    }
    defer { resolvingAliases.remove(name) }
    let parts = Self.aliasedType(code).components(separatedBy: " | ").map(\.trimmed)
    var members: [TypeRef] = []
    for part in parts {
      guard let expression = TypeExpression.parse(part) else {
        throw DiagnosticError("cannot read '\(part)' in the alias '\(name)'", at: item.location)
      }
      // An alias of one type lists what that type holds under itself: the fields of a list's
      // elements (`UsageSearchResponse = List[UsageSearchResponseItem]`, its item's fields below).
      let child =
        Self.memberItem(expression, of: item)
        ?? (parts.count == 1
          ? item : ItemSyntax(kind: .type(part), code: part, description: "", location: item.location))
      let member: TypeRef
      if case .name(let className) = expression, case .classHeader = child.kind {
        member = try typeRef(.name(className), item: child)
      } else {
        member = try typeRef(expression, item: child)
      }
      for flat in flattened(member) where !members.contains(flat) { members.append(flat) }
    }
    let ownNames = Set(declarationsByName[name]?.map(\.name) ?? [name])
    if members.contains(where: { if case .ref(let member) = $0 { ownNames.contains(member) } else { false } }) {
      // A member that is the union itself, not inside an object or a list.
      throw DiagnosticError("the alias '\(name)' is defined by itself", at: item.location)
    }
    let resolved = members.count == 1 ? members[0] : TypeRef.union(members)
    resolvedAliases[name] = resolved
    return resolved
  }

  /// What an alias item stands for: the type after ` = ` (`FileContent = str`), or the item
  /// itself for a Domain Type that is a type alone (`Literal[8000, 16000]` under its heading).
  static func aliasedType(_ code: String) -> Substring {
    code.range(of: " = ").map { code[$0.upperBound...] } ?? code[...]
  }

  /// Whether the alias `name` is written as a union of several types (`A | B`, `Union[A, B]`).
  private func isUnionAlias(_ name: String) -> Bool {
    guard let item = aliasItems[name], case .type(let code) = item.kind else { return false }
    let rhs = String(Self.aliasedType(code)).trimmed
    if rhs.components(separatedBy: " | ").count > 1 { return true }
    if case .generic("Union", let arguments)? = TypeExpression.parse(rhs) { return arguments.count > 1 }
    return false
  }

  // MARK: Methods

  /// A return type that is more than one class's name: a list, a map, an optional or a union
  /// of classes, or a number or Bool (`str`, `None`, `object` and bytes have response kinds of
  /// their own).
  static func isCompoundReturn(_ expression: TypeExpression) -> Bool {
    switch expression {
    case .generic(let name, _): ["List", "Sequence", "Iterable", "Dict", "Mapping", "Optional", "Union"].contains(name)
    case .name(let name): ["int", "float", "bool", "datetime"].contains(name)
    default: false
    }
  }

  /// The parameters the API as a whole takes, in the query: each documented alike (its type,
  /// and its description's first sentence) by more than half of the methods, of more than half
  /// of the top-level resources (two at least), not in their path, and by a GET request among
  /// them, which has no body. A method with a body sends it in the query too: nextbillion's
  /// `key` ("A key is a unique identifier that is required to authenticate a request to the
  /// API.") in 88 of its 95 methods, llama-cloud's `project_id` and `organization_id`, which
  /// their SDKs send in the query of every `POST`. A parameter of one method's own, one
  /// documented otherwise somewhere, or one of a single resource's methods (brand-dev's
  /// `timeout_ms`, which its SDK sends in the bodies of its `POST`s) stays where the verb puts it.
  static func apiWideQueryParameters(_ operations: [OperationSyntax]) -> [String: (methods: Int, queries: Int)] {
    struct Seen {
      var declaration: (type: String, summary: String)
      var methods = 0
      var queries = 0
      var resources: Set<String> = []
      var alike = true
    }
    var seen: [String: Seen] = [:]
    var resources: Set<String> = []
    for operation in operations {
      let path = operation.httpPath ?? ""
      let resource = operation.signature.flatMap(SignatureSyntax.parse)?.accessor.first ?? ""
      resources.insert(resource)
      let isGet = ["GET", "HEAD"].contains((operation.httpMethod ?? "").uppercased())
      for item in operation.parameters {
        guard case .field(let name, let type) = item.kind, name != bodyParameterName, !path.contains("{\(name)}")
        else { continue }
        let sentences = item.description.collapsingWhitespace()
        var summary = sentences.range(of: ". ").map { String(sentences[..<$0.lowerBound]) } ?? sentences
        if summary.hasSuffix(".") { summary.removeLast() }
        let declaration = (type: type.collapsingWhitespace(), summary: summary)
        var entry = seen[name] ?? Seen(declaration: declaration)
        entry.alike = entry.alike && entry.declaration == declaration
        entry.methods += 1
        entry.resources.insert(resource)
        if isGet { entry.queries += 1 }
        seen[name] = entry
      }
    }
    return seen.filter {
      $0.value.alike && $0.value.queries > 0 && $0.value.methods * 2 > operations.count
        && $0.value.resources.count > 1 && $0.value.resources.count * 2 > resources.count
    }.mapValues { (methods: $0.methods, queries: $0.queries) }
  }

  /// The parameters named for where they travel: Stainless names a parameter the request carries
  /// in two places by its place (letta's `agents.tools.update_approval` has
  /// `body_requires_approval` and `query_requires_approval`, both `requires_approval` on the wire;
  /// gradient's `path_uuid` and `body_uuid`). Only names that share their rest with another
  /// place's: a lone `query_text` is a parameter of that name. By name: the location and the
  /// name on the wire; path parameters are left to the path template.
  static func locationNamedParameters(_ names: [String]) -> [String: (ParameterLocation, String)] {
    let places: [(prefix: String, location: ParameterLocation)] = [
      ("body_", .body), ("query_", .query), ("header_", .header), ("path_", .path),
    ]
    var byRest: [String: [(name: String, location: ParameterLocation)]] = [:]
    for name in names {
      guard let place = places.first(where: { name.hasPrefix($0.prefix) && name.count > $0.prefix.count }) else {
        continue
      }
      byRest[String(name.dropFirst(place.prefix.count)), default: []].append((name, place.location))
    }
    var result: [String: (ParameterLocation, String)] = [:]
    for (rest, named) in byRest where Set(named.map(\.location)).count > 1 {
      for parameter in named where parameter.location != .path { result[parameter.name] = (parameter.location, rest) }
    }
    return result
  }

  /// The header a top-level parameter named `x_…` stands for (`x_profile_id` → `X-Profile-Id`):
  /// Stainless's Python SDKs name a parameter for its header so (sentdm's `x-profile-id`,
  /// gradient's `X-Dangerous`, perplexity's `x-client-env`, cerebras' `X-Amz-Cf-Id`; header names
  /// ignore case). Not one of a coordinate pair (`x_offset` beside `y_offset`), nor a value a
  /// header cannot carry as text (an object, a date).
  static func customHeaderName(_ parameter: Field, among params: [Field]) -> String? {
    let name = parameter.name
    guard name.hasPrefix("x_"), name.count > 2, !params.contains(where: { $0.name == "y_" + name.dropFirst(2) }) else {
      return nil
    }
    switch parameter.type {
    case .string, .integer, .number, .boolean: break
    default: return nil
    }
    return headerName(spelling: name)
  }

  /// The header name `name`'s words spell, capitalised and joined by hyphens
  /// (`x_profile_id` → `X-Profile-Id`); nil for one word, or an empty word or one not of
  /// letters and digits.
  static func headerName(spelling name: String) -> String? {
    let words = name.split(separator: "_", omittingEmptySubsequences: false)
    guard words.count > 1,
      words.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
    else {
      return nil
    }
    return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
  }

  /// Whether the text (a method's description or a parameter's) names the parameter a query
  /// parameter, its name in code: "the `session` query parameter".
  static func namesQueryParameter(_ text: String, _ parameter: String) -> Bool {
    text.collapsingWhitespace().lowercased().contains("`\(parameter.lowercased())` query parameter")
  }

  /// Whether a parameter's description says it is a header: it begins "Header …" or "Optional
  /// header …", as the Stainless SDKs describe a parameter they send as a header.
  static func saysHeader(_ description: String) -> Bool {
    let words = description.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(2)
    return words.first == "header" || Array(words) == ["optional", "header"]
  }

  /// The parameter that asks a method for an event stream (`stream: bool`).
  static let streamSwitch = "stream"

  /// The type of the events a method's stream switch asks for, from the reference's evidence:
  /// the method's description naming them ("…, or a streamed sequence of chat completion chunk
  /// objects if the request is streamed": `ChatCompletionChunk`; "a sequence of completion
  /// objects": the response type itself), else a Domain Type named for the response the way
  /// the Stainless SDKs name event types (`ChatCompletionChunk`, `ResponseStreamEvent`,
  /// `RawMessageStreamEvent`, `MessageEvent`), else the one declared type of such a name
  /// (`isEventTypeName`) a description that speaks of a stream names ("…a sequence of Server-Sent
  /// Events whose payloads conform to `MessageStreamEvent`"), else the one Domain Type of the
  /// method's section named so whose description speaks of a stream (Fireworks'
  /// `chat.completions.create -> CompletionCreateResponse` beside its `ChatCompletionChunk`, "The
  /// streamed response message from a /v1/chat/completions call."; sambanova's
  /// `ChatCompletionStreamResponse`, "streamed chunk of a chat completion response"), else the
  /// section's `<Model>StreamEvent` or `<Model>StreamResponse` for a `<Model><Method>Response`.
  /// Nil when nothing names them.
  static func streamEventType(
    response: String, description: String, method: String = "", sectionTypes: [TypeDecl] = [],
    isDeclared: (String) -> Bool
  ) -> String? {
    var rest = description.lowercased()[...]
    while let range = rest.range(of: "sequence of ") {
      rest = rest[range.upperBound...]
      let words = rest.prefix { $0.isLetter || $0 == " " }.split(separator: " ")
      guard let end = words.firstIndex(where: { $0 == "objects" || $0 == "object" }), end > 0 else { continue }
      let named = words[..<end].map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
      if named.lowercased() == response.lowercased() { return response }
      if isDeclared(named) { return named }
    }
    if let found = [response + "Chunk", response + "StreamEvent", "Raw" + response + "StreamEvent", response + "Event"]
      .first(where: isDeclared)
    {
      return found
    }
    // Writer's `ApplicationGenerateContentResponse` streams `ApplicationGenerateContentChunk`, its
    // `Question` streams `QuestionResponseChunk`.
    var stems = [response + "Response"]
    if response.hasSuffix("Response"), response.count > "Response".count {
      stems.insert(String(response.dropLast("Response".count)), at: 0)
    }
    if let found = stems.flatMap({ [$0 + "Chunk", $0 + "StreamEvent"] }).first(where: isDeclared) {
      return found
    }
    // "When `stream: true` is set, the response is a sequence of Server-Sent Events whose
    // payloads conform to `MessageStreamEvent`" (sambanova's `messages.create`).
    let lowered = description.lowercased()
    if lowered.contains("server-sent event") || lowered.contains("stream") {
      var named: [String] = []
      for word in description.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
      where isEventTypeName(word) && isDeclared(word) && !named.contains(word) {
        named.append(word)
      }
      if named.count == 1 { return named[0] }
    }
    // The one type of the section named as an event type is (`…Chunk`, `…StreamEvent`, and
    // sambanova's `ChatCompletionStreamResponse`) whose description speaks of a stream.
    let streamed = sectionTypes.filter { isEventTypeName($0.name) && $0.description.lowercased().contains("stream") }
    if streamed.count == 1 { return streamed[0].name }
    // The section's `<Model>StreamEvent` (or `…StreamResponse`) for its `<Model><Method>Response`
    // (sambanova's `responses.create -> ResponseCreateResponse` and its `ResponseStreamEvent`).
    let suffix = pascal(method) + "Response"
    guard !method.isEmpty, response.hasSuffix(suffix), response.count > suffix.count else { return nil }
    let model = String(response.dropLast(suffix.count))
    let candidates = [model + "StreamEvent", model + "StreamResponse"]
    let sectionNames = Set(sectionTypes.map(\.name))
    let found = candidates.filter { sectionNames.contains($0) && isDeclared($0) }
    return found.count == 1 ? found[0] : nil
  }

  /// A name the Stainless SDKs give the events of a stream: `…Chunk`, `…StreamEvent`, `…Event`
  /// with `Stream` in it, `…StreamResponse`.
  static func isEventTypeName(_ name: String) -> Bool {
    name.first?.isUppercase == true
      && (name.hasSuffix("Chunk") || name.hasSuffix("StreamEvent") || name.hasSuffix("StreamResponse")
        || (name.hasSuffix("Event") && name.contains("Stream")))
  }

  static func pageType(of operation: OperationSyntax) -> (page: String, item: String)? {
    guard let signature = operation.signature, let arrow = signature.range(of: "->") else { return nil }
    let returns = signature[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
    guard let open = returns.firstIndex(of: "["), returns.hasSuffix("]") else { return nil }
    let page = String(returns[..<open])
    // The Python SDKs' page classes: `SyncCursorPage`, and by other names `Sync…` alone
    // (Knock's `SyncEntriesCursor`, Dodo's `SyncDefaultPageNumberPagination`).
    guard page.hasSuffix("Page") || (page.hasPrefix("Sync") && page.count > 4 && page.dropFirst(4).first!.isUppercase)
    else { return nil }
    return (page, String(returns[returns.index(after: open)..<returns.index(before: returns.endIndex)]))
  }

  private mutating func method(
    _ operation: OperationSyntax, response: JSONValue?, sectionIndex: Int, operationIndex: Int
  ) throws(DiagnosticError) -> ([String], Method) {
    let signature = operation.signature ?? ""
    guard let syntax = SignatureSyntax.parse(signature) else {
      throw DiagnosticError(
        "cannot read the signature `\(signature)` (expected `resource.method(Params) -> Type`)",
        at: operation.signatureLocation)
    }
    var accessor = syntax.accessor
    guard let name = accessor.last else {
      throw DiagnosticError(
        "the signature `\(signature)` names no resource and method", at: operation.signatureLocation)
    }
    if accessor.count == 1 {
      // A method of the client itself (`.embed(…)`, `client.embed()` in Python): kept on a
      // resource named for its section (`Resource.holdsClientMethods`), which the Swift model
      // makes the client's own too.
      accessor = [Self.snakeCase(reference.sections[sectionIndex].title), name]
      clientMethodSections.insert(sectionIndex)
    }
    let returnsName = syntax.returns
    let page = Self.pageType(of: operation)
    var params = try fields(operation.parameters)
    var positional: [String] = []
    for argument in syntax.positional {
      guard let parameter = SignatureSyntax.parameterName(argument, among: params.map(\.name)) else {
        throw DiagnosticError(
          "the signature's argument '\(argument)' names no documented parameter of '\(operation.heading)'",
          at: operation.signatureLocation)
      }
      positional.append(parameter)
    }
    let paramsType =
      syntax.paramsType
      ?? Self.inventedParamsType(
        accessor: Array(accessor.dropLast()), method: name,
        siblings: reference.sections[sectionIndex].operations.compactMap {
          $0.signature.flatMap(SignatureSyntax.parse)?.paramsType
        })
    let verb = (operation.httpMethod ?? "POST").uppercased()
    // (`buildModel` checked the query.)
    let (documentedPath, fixedQuery) =
      HTTPEndpoint.splitting(operation.httpPath ?? "") ?? (operation.httpPath ?? "", [])
    // A parameter of the SDKs' raw body types is the request body itself, its bytes as they are;
    // the parameters neither in the path nor in headers travel in the query then.
    let rawBody = operation.parameters.filter { item in
      guard case .field(_, let type) = item.kind, let expression = TypeExpression.parse(type) else { return false }
      return Self.isRawBody(expression)
    }
    if rawBody.count > 1 {
      throw DiagnosticError(
        "'\(operation.heading)' has \(rawBody.count) parameters that are each the whole request body ("
          + rawBody.compactMap(\.fieldName).map { "'\($0)'" }.joined(separator: ", ") + ")",
        at: rawBody[1].location)
    }
    let rawBodyParameter = rawBody.first?.fieldName
    // (A raw body passed by position, as telnyx's `keys.update(key, body, *, id)` does, names no
    // placeholder.)
    let httpPath = try Self.pathNamingParameters(
      documentedPath, params: &params, positional: positional.filter { $0 != rawBodyParameter },
      heading: operation.heading, at: operation.location, diagnostics: &diagnostics)
    let isConnect = OperationTraits.isConnectPath(httpPath)
    let pathParameters = Self.pathParameters(httpPath)
    let placed = Self.locationNamedParameters(params.map(\.name))
    // The method's description as Markdown, read for evidence here and kept as the method's.
    let prose = MarkdownRenderer.render(blocks: operation.description)
    let sendsBody = HTTPEndpoint(method: verb, path: httpPath).sendsBody
    let exampleStrings = operation.codeExample.map { Self.pythonStringArguments($0.content) } ?? [:]
    let clientArguments = operation.codeExample.map { Self.clientConstructionArguments($0.content) } ?? [:]
    for index in params.indices {
      if pathParameters.contains(params[index].name) || pathParameters.contains(params[index].jsonName) {
        params[index].location = .path
        if params[index].type == .any {
          // A path segment is text: Modern Treasury's `accounts_type: AccountsType`, a shared
          // `Literal["external_accounts", "internal_accounts"]` its reference never declares.
          diagnostics.warn(
            "the path parameter '\(params[index].name)' of '\(operation.heading)' has a type the reference never "
              + "declares; a path segment is text: read as a string",
            at: operation.location)
          params[index].type = .string
        }
        if !params[index].required, params[index].type == .string, clientArguments[params[index].name] != nil {
          // m3ter's `org_id: Optional[str]` in every path, and `M3ter(…, org_id="My Org ID")`:
          // the client holds it, a call may leave it out.
          params[index].isClientOption = true
        } else if !params[index].required {
          // (turbopuffer's `namespace: Optional[str]`, which its SDK takes from the client when
          // not given: a path has no empty segment.) Warned once per name, at its first method:
          // gcore's client-level `project_id: Optional[int]` stands in 288 paths.
          if optionalPathParameters[params[index].name] != nil {
            optionalPathParameters[params[index].name]!.more += 1
          } else {
            optionalPathParameters[params[index].name] = (diagnostics.diagnostics.count, 0)
            diagnostics.warn(
              "the path parameter '\(params[index].name)' of '\(operation.heading)' is documented as optional; "
                + "a path cannot leave it out: it is required",
              at: operation.location)
          }
          params[index].required = true
        }
      } else if isConnect {
        // Connect: everything in the JSON body but the documented paging query parameters.
        params[index].location = page != nil && ["token", "page_size"].contains(params[index].name) ? .query : .body
      } else if let (location, wireName) = placed[params[index].name] {
        // `body_requires_approval` beside `query_requires_approval`: each where its name says,
        // under the name they share.
        params[index].location = location
        params[index].jsonName = Naming.jsonName(wireName)
      } else if let header = exampleStrings[params[index].name],
        Self.isHeaderName(header, of: params[index].name)
      {
        // `idempotency_key="Idempotency-Key"` (telnyx, together): Stainless fills a header that
        // has no example with its name.
        params[index].location = .header
        params[index].headerName = header
      } else if Self.saysHeader(params[index].description) {
        // "Optional header to specify the beta version(s) you want to use.": the SDK sends it
        // as a header (under a name the reference does not give: the config's `headerNames`).
        params[index].location = .header
      } else if let header = Self.customHeaderName(params[index], among: params) {
        params[index].location = .header
        params[index].headerName = header
        if warnedCustomHeaders.insert(params[index].name).inserted {
          diagnostics.warn(
            "'\(params[index].name)' is sent as the header '\(header)': Stainless's Python SDKs name a header "
              + "parameter `x_…` for its `X-…` name, and nothing in the reference places it elsewhere",
            at: operation.location)
        }
      } else if sendsBody,
        Self.namesQueryParameter(prose, params[index].name)
          || Self.namesQueryParameter(params[index].description, params[index].name)
      {
        // "…, or an existing session can be continued by specifying the session ID in the
        // `session` query parameter." (agentbase's `run`, a POST with a body)
        params[index].location = .query
      } else if let rawBodyParameter {
        params[index].location = params[index].name == rawBodyParameter ? .body : .query
      } else if sendsBody, let shared = apiWideQuery[params[index].name] {
        params[index].location = .query
        if warnedAPIWideQuery.insert(params[index].name).inserted {
          diagnostics.warn(
            "'\(params[index].name)' is a parameter of \(shared.methods) of the API's "
              + "\(reference.sections.flatMap(\.operations).count) methods, documented alike, and travels in the "
              + "query in the \(shared.queries) that are GET requests: it is sent in the query by the methods with "
              + "a body too (name it in the config's 'parameterLocations' to send it otherwise)",
            at: operation.parameters.first { $0.fieldName == params[index].name }?.location ?? operation.location)
        }
      } else {
        // Stainless's REST rule: a GET or DELETE has no body, its parameters are the query.
        params[index].location = sendsBody ? .body : .query
      }
      if case .array = params[index].type, params[index].location == .query, arrayQueryParameterLocation == nil {
        arrayQueryParameterLocation = operation.location
      }
    }

    var returns: TypeRef?
    var responseKind = ResponseKind.json
    switch returnsName {
    case "None": responseKind = .none
    case "str": responseKind = .text
    // The bytes as received, by each name the Stainless SDKs' api.md gives them.
    case "BinaryResponseContent", "HttpxBinaryResponseContent", "BinaryAPIResponse", "StreamedBinaryAPIResponse",
      "bytes":
      responseKind = .binary
    case "object": break
    default:
      if page == nil, let expression = TypeExpression.parse(returnsName), Self.isCompoundReturn(expression) {
        // `-> List[Widget]`, `-> Optional[Widget]`, `-> Dict[str, str]`, `-> int`: the type the
        // expression says, its classes from the Domain Types or from the class Returns lists.
        let location = operation.returnsLocation ?? operation.location
        // A union's Returns lists its members; any other's, the class it holds.
        var children = operation.returns
        if case .generic("Union", _) = expression {
        } else if let header = children.first, case .classHeader = header.kind {
          children = header.children
        }
        let item = ItemSyntax(
          kind: .field(name: "response", type: returnsName), code: returnsName, description: "", location: location,
          children: children)
        returns = try typeRef(expression, item: item)
      } else if let header = operation.returns.first, case .classHeader(let className) = header.kind {
        if let unique = resolve(className, at: header.location), declarations[unique] != nil {
          returns = .ref(unique)
        } else {
          returns = .object(name: className, fields: try fields(header.children))
        }
      } else if let header = operation.returns.first, case .type(let code) = header.kind, code == "object" {
        returns = nil
      } else if let unique = resolve(page?.item ?? returnsName, at: operation.returnsLocation ?? operation.location),
        declarations[unique] != nil
      {
        returns = .ref(unique)
      } else if let alias = try aliasType(page?.item ?? returnsName) {
        // `CardEmbedResponse = str`: an alias of a primitive says what the body holds.
        switch alias {
        case .string: responseKind = .text
        default: returns = alias
        }
      } else if operation.returns.count == 1, let listed = operation.returns.first, case .type(let code) = listed.kind,
        let expression = TypeExpression.parse(code), Self.isCompoundReturn(expression)
      {
        // A name declared nowhere whose Returns writes its type out (`-> Price` or
        // `-> SyncConversationCursorPage[Data]` listing `Union[UnitPrice, TieredPrice, …]`, the
        // members under it): the response (or the page's item) is that type.
        let item = ItemSyntax(
          kind: .field(name: "response", type: code), code: code, description: "", location: listed.location,
          children: listed.children)
        returns = try typeRef(expression, item: item)
      } else {
        throw DiagnosticError(
          "the return type '\(returnsName)' of '\(operation.heading)' is referenced but never declared",
          at: operation.returnsLocation ?? operation.location)
      }
    }

    // A method whose response example spells its fields as documented where the API's style
    // respells them, and none as the style does (m3ter's OAuth `get_bearer_token`: `access_token`
    // in an API of `billEpoch`s), speaks as documented: its body parameters travel so too, and
    // the fields of the classes written in place in them, which are this method's own
    // (brand-dev's `ai_query`: `data_to_extract[].datapoint_description`); not those of Domain
    // Types, which other methods share. (Not in a Connect API, which reads a field by its
    // documented name as well as its JSON name.)
    if !isConnectReference, let response, page == nil, let shown = returns?.objectFields(in: declarations),
      Self.spellsAsDocumented(response, fields: shown)
    {
      var respelled: [String] = []
      for index in params.indices where (params[index].location ?? .body) == .body {
        Self.sendAsDocumented(&params[index], respelled: &respelled)
      }
      if !respelled.isEmpty {
        diagnostics.warn(
          "'\(operation.heading)' answers with its fields as documented (its response example), not as the "
            + "API's other examples spell them; its parameters are sent as documented too: "
            + respelled.map { "'\($0)'" }.joined(separator: ", "), at: operation.location)
      }
    }

    var examples: [RequestExample] = []
    for (index, example) in operation.examples.enumerated() {
      let (title, description) = Self.splitExampleText(example.text)
      var request = JSONValue.object([])
      if let code = example.code {
        do {
          let converter = try YAMLExample(
            text: code.content, declarations: declarations, flattened: reference.wasFlattened)
          request = try converter.convert(params: params)
        } catch {
          throw DiagnosticError(
            "invalid YAML in request example '\(title)' of '\(operation.heading)': \(error.message)",
            at: code.location(ofContentOffset: error.offset))
        }
        if !reference.wasFlattened, let tab = YAMLExample.firstIndentationTab(in: code.content) {
          diagnostics.warn(
            "request example '\(title)' is indented with tabs, which YAML does not allow; "
              + "each is read as spaces up to the next multiple of 4 columns",
            at: code.location(ofContentOffset: tab))
        }
        checkWireNames(request, fields: params, context: "request example '\(title)'", at: code.location)
        if reference.wasFlattened {
          reference.sections[sectionIndex].operations[operationIndex].examples[index].code?.parsed = .yaml(request)
        }
      }
      examples.append(RequestExample(title: title, description: description, request: request))
    }
    if let response, let code = operation.responseExample {
      if page == nil, let shown = returns {
        returns = adoptingWireNames(shownBy: response, in: shown)
      }
      if let returns {
        checkWireNames(response, type: page == nil ? returns : nil, context: "the response example", at: code.location)
      }
      reference.sections[sectionIndex].operations[operationIndex].responseExample?.parsed = .json(response)
    }

    var pagination: Pagination?
    if let page, let returns {
      var (found, warning) = Self.pagination(
        pageType: page.page, item: returns, params: params, response: response,
        itemFields: returns.commonObjectFields(in: declarations), isConnect: isConnect)
      if let warning { diagnostics.warn("'\(operation.heading)' \(warning)", at: operation.location) }
      // (The items the example shows name their fields' wire names as the page's items do.)
      for element in response?.value(at: found.itemsPath)?.arrayElements ?? [] {
        found.item = adoptingWireNames(shownBy: element, in: found.item)
      }
      // The cursor field, chosen by its documented name, travels under its wire name.
      if let cursor = found.cursorItemField,
        let field = found.item.commonObjectFields(in: declarations)?.first(where: { $0.name == cursor })
      {
        found.cursorItemField = field.jsonName
      }
      pagination = found
      // An offset or a page number counts: one documented as a float (cloudflare's `page:
      // Optional[float]`, "Page number of paginated results.") is a whole number, warned.
      if [.offset, .pageNumber].contains(found.scheme),
        let index = params.firstIndex(where: { $0.name == found.tokenParam }), params[index].type == .number
      {
        params[index].type = .integer
        diagnostics.warn(
          "'\(operation.heading)' pages by '\(found.tokenParam)', documented as a float: "
            + (found.scheme == .offset ? "an offset" : "a page number") + " is a whole number, an integer here",
          at: operation.parameters.first { $0.fieldName == found.tokenParam }?.location ?? operation.location)
      }
      for index in params.indices
      where [found.tokenParam, found.pageSizeParam, found.beforeParam ?? ""].contains(params[index].name)
        && params[index].location == .body && !isConnect
      {
        params[index].location = .query
      }
    }
    // A body parameter of no given type that the method's own `curl` call uploads as a form file
    // (`-F "file=@invoice.pdf"`) is a file (bem's `infer_schema.create(file: object)`, which its
    // SDK sends as multipart).
    let formFiles = CurlCall(in: prose)?.formFiles ?? []
    for index in params.indices
    where params[index].type == .any && params[index].location == .body && formFiles.contains(params[index].name) {
      params[index].type = .file
      diagnostics.warn(
        "'\(params[index].name)' of '\(operation.heading)' is documented as `object`, and the method's `curl` call "
          + "uploads it as a form file (`-F \(params[index].name)=@…`): it is sent as a file, in a multipart body",
        at: operation.location)
    }
    var requestBody = RequestBodyKind.json
    // (A file, a list of files, a union that may be one: spitch's `content: Union[FileTypes, str]`,
    // or an object in place holding one: kernel's `files: Iterable[File]`, each `file: FileTypes`.)
    func mayBeFile(_ type: TypeRef) -> Bool { !type.fileParts(named: "").isEmpty }
    // A `body` parameter that is a list is the whole body, and a JSON array has no members: the
    // method's other body parameters travel in the query, as the Stainless SDKs send them
    // (llama-cloud's `pipelines.files.create(pipeline_id, body=[…], project_id=…)`); warned.
    if !isConnect, rawBodyParameter == nil,
      let whole = params.first(where: { $0.name == Self.bodyParameterName && $0.location == .body }),
      case .array = whole.type, !mayBeFile(whole.type)
    {
      for index in params.indices where params[index].location == .body && params[index].name != whole.name {
        params[index].location = .query
        diagnostics.warn(
          "'\(params[index].name)' of '\(operation.heading)' is sent in the query: the method's 'body' is a list, "
            + "the whole JSON body, which has no members",
          at: operation.location)
      }
    }
    let bodyParameters = params.filter { $0.location == .body }
    if rawBodyParameter != nil {
      requestBody = .binary
    } else if !isConnect, bodyParameters.count == 1, bodyParameters[0].name == Self.bodyParameterName,
      bodyParameters[0].required || !Self.isScalar(bodyParameters[0].type), !mayBeFile(bodyParameters[0].type)
    {
      // The Stainless SDKs send a body that is no object of named members as the parameter
      // `body` (`body=maybe_transform(body, …)`): its value is the body, also an optional object
      // (telnyx's `create_presigned_url(…, body: Optional[Body])`). An optional string is a
      // member (telnyx's `porting_orders.comments.create(id, body=…)` sends `{"body": …}`).
      requestBody = .parameter
    } else if !Method.fileParts(of: params).isEmpty {
      requestBody = .multipart
    }
    var streaming: Streaming?
    if let stream = params.first(where: {
      $0.name == Self.streamSwitch && $0.type == .boolean && $0.location == .body
    }) {
      // Server-sent events: how the Stainless SDKs stream what a stream switch asks for.
      let response = returns.flatMap { if case .ref(let n) = $0 { n } else { nil } } ?? returnsName
      let description = operation.description.map { MarkdownRenderer.plainText($0.children) }.joined(separator: " ")
      if let event = Self.streamEventType(
        response: response, description: description, method: name, sectionTypes: typesBySection[sectionIndex],
        isDeclared: { declarations[$0] != nil || aliasItems[$0] != nil })
      {
        if declarations[event] == nil, let alias = try aliasType(event) {
          // A Domain Type alias of one type (a union alias is declared: `RawMessageStreamEvent = A | B`).
          streaming = Streaming(param: stream.name, format: "sse", event: alias)
        } else {
          streaming = Streaming(param: stream.name, format: "sse", event: .ref(event))
        }
      } else {
        // A Stainless SDK that streams declares its events' type; one that does not (Contextual's
        // and Arcade's `stream`, Writer's) sends the switch and reads the response as JSON.
        diagnostics.warn(
          "'\(operation.heading)' has a 'stream' parameter, but neither its description nor a Domain Type "
            + "('\(response)Chunk', '\(response)StreamEvent') names its events' type: it is sent as a body "
            + "parameter and the response read as '\(returnsName)', not as a stream",
          at: operation.location)
      }
    }

    let summaryBlock = operation.description.first { $0.kind == .paragraph }
    let method = Method(
      name: name, operation: operation.heading,
      http: HTTPEndpoint(method: operation.httpMethod ?? "POST", path: httpPath, query: fixedQuery),
      summary: summaryBlock.map { MarkdownRenderer.plainText($0.children).trimmed } ?? "",
      description: prose, paramsType: paramsType, params: params,
      returns: returns, returnsName: returnsName, pagination: pagination, examples: examples,
      responseExample: response, pythonExample: operation.codeExample?.content)
    var result = method
    result.positionalParams = positional
    result.paramsTypeDocumented = syntax.paramsType != nil
    result.documentedAt = operation.location
    result.requestBody = requestBody
    result.response = responseKind
    result.eventStream = streaming
    result.streaming = Self.streamingFormat(returnsName)
    return (Array(accessor.dropLast()), result)
  }

  /// `"jsonl"` for a method returning `JSONLDecoder[X]` (the SDK decodes a body of JSON lines,
  /// one `X` per line), else nil.
  static func streamingFormat(_ returnsName: String) -> String? {
    returnsName.hasPrefix("JSONLDecoder[") && returnsName.hasSuffix("]") ? "jsonl" : nil
  }

  /// The HTTP path with each placeholder named for the parameter it stands for. A placeholder
  /// that names no parameter stands for the SDK's `path_<name>` (Stainless's name for a path
  /// parameter whose name a body parameter also has, which it calls `body_<name>`: that one's
  /// wire name is `<name>`); else for the parameter of the same `spelling` (`{agencyID}` where
  /// the signature says `agency_id`: the API's spelling beside the SDK's); else, one placeholder
  /// left and one positional argument left, for that argument (warned). The placeholder's name never travels, only the value in its place.
  static func pathNamingParameters(
    _ path: String, params: inout [Field], positional: [String], heading: String, at location: SourceLocation?,
    diagnostics: inout DiagnosticSink
  ) throws(DiagnosticError) -> String {
    let placeholders = pathParameters(path)
    // The positional arguments no placeholder names, by name, wire name, spelling or as its
    // `path_` name (trycourier's `put_element(element_id, *, id)` on
    // `/notifications/{id}/elements/{elementId}`; codex's `evals.update(path_eval_key, *,
    // project_id)` on `/projects/{project_id}/evals/{eval_key}`).
    let spellings = Set(placeholders.map(Self.spelling))
    var free = positional.filter { name in
      !placeholders.contains(name) && !spellings.contains(Self.spelling(name))
        && !(name.hasPrefix("path_") && spellings.contains(Self.spelling(String(name.dropFirst(5)))))
        && !params.contains { $0.name == name && placeholders.contains($0.jsonName) }
    }
    // The SDK passes path parameters positionally: while a positional argument is left that no
    // placeholder names, a parameter named as a placeholder but passed by keyword is no path
    // parameter (orb's `update_by_external_id(id, external_customer_id=…)` on
    // `/customers/external_customer_id/{external_customer_id}`: the new id, in the body).
    func named(_ placeholder: String) -> Bool {
      if let parameter = params.first(where: { $0.name == placeholder }) {
        return free.isEmpty || positional.contains(parameter.name)
      }
      // A `path_` parameter spelling it stands for it, not the body's parameter of its name that
      // travels as the placeholder (bem's `function_name`, sent as `functionName` in a camelCase
      // API, beside `path_function_name` on `{functionName}`).
      if params.contains(where: {
        $0.name.hasPrefix("path_") && Self.spelling(String($0.name.dropFirst(5))) == Self.spelling(placeholder)
      }) {
        return false
      }
      guard let parameter = params.first(where: { $0.jsonName == placeholder }) else {
        return false
      }
      return free.isEmpty || positional.contains(parameter.name)
    }
    var unmatched = placeholders.filter { !named($0) }
    guard !unmatched.isEmpty else { return path }
    var renamed = path
    // A path chosen by which of its alternative parameters a call passes: cloudflare's
    // `/{accounts_or_zones}/{account_or_zone_id}/subscriptions` with `account_id` and `zone_id`
    // ("Mutually exclusive with the Zone ID."), which its SDK fills with `accounts` and the
    // account's id, or `zones` and the zone's. Read as the first alternative, warned: the others'
    // calls are not generated.
    for placeholder in unmatched {
      guard let (names, stems) = alternativeParameters(placeholder, among: params) else { continue }
      renamed = renamed.replacingOccurrences(of: "{\(placeholder)}", with: "{\(names[0])}")
      var chosen: Set = [placeholder]
      for other in unmatched where other != placeholder {
        let words = other.components(separatedBy: "_or_")
        guard words.count == stems.count,
          zip(words, stems).allSatisfy({ word, stem in [stem, stem + "s", stem + "es"].contains(word) })
        else { continue }
        renamed = renamed.replacingOccurrences(of: "{\(other)}", with: words[0])
        chosen.insert(other)
      }
      params.removeAll { names.dropFirst().contains($0.name) }
      unmatched.removeAll(where: chosen.contains)
      diagnostics.warn(
        "the HTTP path of '\(heading)', '\(path)', is chosen by which of "
          + names.map { "'\($0)'" }.joined(separator: " and ") + " a call passes; docs2swift does not generate "
          + "such a choice yet: the method calls '\(renamed)', with '\(names[0])' required, and takes no "
          + names.dropFirst().map { "'\($0)'" }.joined(separator: " or "),
        at: location)
    }
    for placeholder in unmatched {
      let parameter: String
      if let prefixed = params.first(where: {
        $0.name.hasPrefix("path_") && Self.spelling(String($0.name.dropFirst(5))) == Self.spelling(placeholder)
      }) {
        // (Its `body_` counterpart travels as the placeholder: `locationNamedParameters`. bem's
        // `path_function_name` on `{functionName}` beside the body's `function_name`.)
        parameter = prefixed.name
      } else if let same = params.first(where: {
        !placeholders.contains($0.name) && Self.spelling($0.name) == Self.spelling(placeholder)
      }) {
        parameter = same.name
      } else if unmatched.count == 1, free.count == 1 {
        parameter = free[0]
        let named = params.contains { $0.name == placeholder }
        diagnostics.warn(
          "the HTTP path of '\(heading)' has the placeholder '{\(placeholder)}', which "
            + (named ? "names a parameter the signature does not pass by position" : "no parameter is named")
            + "; it is read as the signature's argument '\(parameter)', the one not in the path",
          at: location)
      } else {
        throw DiagnosticError(
          "the HTTP path of '\(heading)' has the placeholder '{\(placeholder)}', which no parameter documents",
          at: location)
      }
      free.removeAll { $0 == parameter }
      renamed = renamed.replacingOccurrences(of: "{\(placeholder)}", with: "{\(parameter)}")
    }
    return renamed
  }

  /// The parameters a placeholder joins with `_or_` and their stems: `account_or_zone_id` names
  /// `account_id` and `zone_id` (the last one's ending completes the others), stems `account`
  /// and `zone`; nil unless every one is a documented parameter.
  static func alternativeParameters(_ placeholder: String, among params: [Field]) -> (
    names: [String], stems: [String]
  )? {
    let parts = placeholder.components(separatedBy: "_or_")
    guard parts.count > 1, let last = parts.last, !parts.contains(where: \.isEmpty) else { return nil }
    let ending = last.firstIndex(of: "_").map { String(last[$0...]) } ?? ""
    let stems = Array(parts.dropLast()) + [String(last.dropLast(ending.count))]
    let names = stems.map { $0 + ending }
    guard Set(names).count == names.count, names.allSatisfy({ name in params.contains { $0.name == name } }) else {
      return nil
    }
    return (names, stems)
  }

  /// A name's letters and digits, lowercased: how the SDK's name and the API's spelling of one
  /// name compare (`agency_id`, `agencyID`; `ai_tags`, `AITags`, `ai-tags`).
  static func spelling(_ name: String) -> String {
    String(name.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  static func pathParameters(_ path: String) -> [String] {
    var names: [String] = []
    var rest = path[...]
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  /// `Create a basic organization: Creates …` → title and description.
  static func splitExampleText(_ text: String) -> (String, String) {
    var searchStart = text.startIndex
    while let colon = text[searchStart...].firstIndex(of: ":") {
      let after = text.index(after: colon)
      if after == text.endIndex || text[after] == " " || text[after] == "\n" {
        return (String(text[..<colon]).trimmed, String(text[after...]).trimmed)
      }
      searchStart = after
    }
    return (text.trimmed, "")
  }

  private static func path(to key: String, in value: JSONValue) -> [String]? {
    guard let members = value.objectMembers else { return nil }
    if members.contains(where: { $0.key == key }) { return [key] }
    for member in members {
      if let rest = path(to: key, in: member.value) { return [member.key] + rest }
    }
    return nil
  }

  // MARK: Wire names

  /// A name the response examples spell one way the wire-name style does not (`account_id` as
  /// `accountID`, beeper.md; `address_id` as `addressID`) is spelled so in the requests too,
  /// where no example shows it: one API writes one name one way. Not where the examples spell
  /// one name in two ways, this one too (writer.md's responses write `file_id` and `fileId`, and
  /// its requests send `file_id`), nor where a request example sends it as the style spells it.
  /// Warned once per name, at the first method that sends it. Not the labels of an object that
  /// writes most of its keys as labels (`labelSpellings`): runwayml's audit log answers
  /// `previous_text` as `"Previous text"`, beside `"Previous role"`, `"New text"`, …, which its
  /// text-to-speech requests do not send (`previousText`); papr's `MemoryMetadata` answers its
  /// `emoji_tags` as `"emoji tags"` among snake_case keys, and its requests send it so.
  private mutating func adoptResponseSpellings(_ api: inout APIDocument) {
    let labels = Self.labelSpellings(api)
    // Each resource's fields against its own style (`Resource.wireNameStyle`).
    var spellings: [String: Set<String>] = [:]
    for resource in api.allResources {
      Naming.$style.withValue(wireNameStyle(of: resource)) {
        resource.forEachResponseField { field in
          if field.jsonName != Naming.jsonName(field.name), !labels.contains(field.name + "\u{0}" + field.jsonName) {
            spellings[field.name, default: []].insert(field.jsonName)
          }
        }
      }
    }
    let requestKeys = api.requestExampleKeys
    let adopted = spellings.filter { name, spelled in
      spelled.count == 1 && !responseKeys.contains(Naming.jsonName(name))
        && !requestKeys.contains(Naming.jsonName(name))
    }.compactMapValues(\.first)
    // Where the API's responses spell a name in two ways, a resource whose own responses (its
    // sub-resources' too) spell it one way only, not as the style does, sends it so
    // (trycourier's `lists.subscriptions` answers `recipientId` where `audiences` answers
    // `recipient_id`, and `lists` declares the `PutSubscriptionsRecipientParam` it sends;
    // `inbound` answers `messageId`): one resource's schemas share a spelling.
    let requestOnly = api.requestOnlyTypes()
    var local: [[String]: [String: String]] = [:]
    @discardableResult
    func collect(_ resource: Resource) -> [String: Set<String>] {
      var spelled: [String: Set<String>] = [:]
      resource.forEachResponseField(excluding: requestOnly) { field in
        if !labels.contains(field.name + "\u{0}" + field.jsonName) {
          spelled[field.name, default: []].insert(field.jsonName)
        }
      }
      for child in resource.resources { spelled.merge(collect(child)) { $0.union($1) } }
      local[resource.path] = spelled.compactMapValues { $0.count == 1 ? $0.first : nil }
      return spelled
    }
    api.resources.forEach { collect($0) }
    guard !adopted.isEmpty || !spellings.isEmpty else { return }
    var warned: Set<String> = []
    func respelled(_ field: Field, at location: SourceLocation?, in resource: [String]) -> Field {
      var field = field
      guard field.location == nil || field.location == .body, field.jsonName == Naming.jsonName(field.name) else {
        return field
      }
      if let spelling = adopted[field.name] {
        field.jsonName = spelling
        if warned.insert(field.name).inserted {
          let sent = spelling == field.name ? "as documented" : "as '\(spelling)'"
          diagnostics.warn(
            "'\(field.name)' is sent \(sent), as the response examples spell it (no request example shows it)",
            at: location ?? start)
        }
      } else if spellings[field.name] != nil, !requestKeys.contains(Naming.jsonName(field.name)),
        let spelling = local[resource]?[field.name], spelling != field.jsonName
      {
        field.jsonName = spelling
        if warned.insert(resource.joined(separator: ".") + "." + field.name).inserted {
          let sent = spelling == field.name ? "as documented" : "as '\(spelling)'"
          diagnostics.warn(
            "'\(field.name)' is sent \(sent) in '\(resource.joined(separator: "."))', as its own response examples "
              + "spell it (the API's spell it in more than one way; no request example shows it)",
            at: location ?? start)
        }
      }
      return field
    }
    // The Domain Types only requests send (sentdm's `CampaignDataParam`, a `campaign` body
    // parameter's type) are respelled with the parameters; those responses hold keep their own.
    api = api.mappingRequestFields(apiStyle: wireNameStyles.api) { respelled($0, at: $1, in: $2) }
  }

  /// Whether `spelling` writes the words of the documented `name` in another case, joined by
  /// `_` or by nothing (`addressID`, `AITags`, `from` for `from_`): a spelling an API's
  /// schemas give a name. Not a label of other characters (`"Previous text"`, `"$ref"`).
  static func isWordForm(_ spelling: String, of name: String) -> Bool {
    func letters(_ text: String) -> String { text.lowercased().filter { $0 != "_" } }
    return spelling.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
      && letters(spelling) == letters(name)
  }

  /// The fields (`name`, NUL, wire name) the responses write as labels in objects that write
  /// more than half of their keys so (no `isWordForm` of their names: `"Previous text"`): a
  /// record of display labels, not a schema's spelling of names other objects share.
  static func labelSpellings(_ api: APIDocument) -> Set<String> {
    var labels: Set<String> = []
    func record(_ fields: [Field]) {
      let labelled = fields.filter { !isWordForm($0.jsonName, of: $0.name) }
      guard labelled.count * 2 > fields.count else { return }
      for field in labelled { labels.insert(field.name + "\u{0}" + field.jsonName) }
    }
    for resource in api.allResources { resource.forEachResponseObject(record) }
    return labels
  }

  /// Where the responses spell a name in more than one way (so `adoptResponseSpellings` leaves
  /// it), an object a request sends with the same fields as objects the responses show spells it
  /// as those do, when they spell it one way, not the style's: composio's `state` of
  /// `auth_scheme` and `val` is `authScheme` in every response that shows one, where its auth
  /// configs write `auth_scheme`, and its SDK sends the `state` of a request so too (one schema,
  /// or its twin). Only objects of two fields or more (one shared name says little), not where a
  /// request example sends the style's spelling. Warned once per object and name.
  private mutating func adoptObjectSpellings(_ api: inout APIDocument) {
    func shape(_ fields: [Field]) -> String? {
      fields.count < 2 ? nil : fields.map(\.name).sorted().joined(separator: " ")
    }
    // Per object shape and name: every spelling the responses give it, and those the style does not.
    var spellings: [String: [String: Set<String>]] = [:]
    var shown: [String: [String: Set<String>]] = [:]
    func record(_ fields: [Field]) {
      guard let key = shape(fields) else { return }
      for field in fields {
        spellings[key, default: [:]][field.name, default: []].insert(field.jsonName)
        if field.jsonName != Naming.jsonName(field.name) {
          shown[key, default: [:]][field.name, default: []].insert(field.jsonName)
        }
      }
    }
    let requestOnly = api.requestOnlyTypes()
    for resource in api.allResources {
      Naming.$style.withValue(wireNameStyle(of: resource)) {
        resource.forEachResponseObject(excluding: requestOnly, record)
      }
    }
    guard !shown.isEmpty else { return }
    let requestKeys = api.requestExampleKeys
    var warned: Set<String> = []
    func respelled(_ fields: [Field], at location: SourceLocation?) -> [Field] {
      guard let key = shape(fields), let names = shown[key] else { return fields }
      var fields = fields
      for index in fields.indices {
        let field = fields[index]
        guard field.location == nil || field.location == .body, field.jsonName == Naming.jsonName(field.name),
          names[field.name] != nil, let spelled = spellings[key]?[field.name], spelled.count == 1,
          let spelling = spelled.first, spelling != field.jsonName, !requestKeys.contains(field.jsonName)
        else { continue }
        fields[index].jsonName = spelling
        if warned.insert(key + "." + field.name).inserted {
          diagnostics.warn(
            "'\(field.name)' of an object of '\(key.replacingOccurrences(of: " ", with: "', '"))' is sent as "
              + "'\(spelling)', as every response example that shows such an object spells it (the API's examples "
              + "spell the name in more than one way; no request example shows it)",
            at: location ?? start)
        }
      }
      return fields
    }
    api = api.mappingRequestObjects(apiStyle: wireNameStyles.api, respelled)
  }

  /// Stainless's Python models rename a field in pydantic's `model_` namespace `api_model_…`
  /// (hanzoai's `api_model_max_budget`, `FieldInfo(alias="model_max_budget")`), and a reference
  /// rendered from the SDK documents that name. Once a response example shows one such field as
  /// `model_…` (`adoptingWireNames`), the API's other `api_model_…` fields of what it returns,
  /// which no example shows, travel as `model_…` too; warned once per name. Not the parameters:
  /// the SDK's request classes keep the wire name.
  private mutating func adoptModelNamespaceRenames(_ api: inout APIDocument) {
    let prefix = "api_"
    func renamed(_ field: Field) -> String? {
      guard field.name.hasPrefix(prefix + "model_") else { return nil }
      return Naming.jsonName(String(field.name.dropFirst(prefix.count)))
    }
    var confirmed: (name: String, wire: String)?
    api.forEachResponseField { field in
      if confirmed == nil, let wire = renamed(field), field.jsonName == wire { confirmed = (field.name, wire) }
    }
    guard let confirmed else { return }
    var warned: Set<String> = []
    func renaming(_ field: Field, at location: SourceLocation?) -> Field {
      var field = field
      if let wire = renamed(field), field.jsonName == Naming.jsonName(field.name) {
        field.jsonName = wire
        if warned.insert(field.name).inserted {
          diagnostics.warn(
            "'\(field.name)' is read as '\(wire)', as a response example writes '\(confirmed.wire)' for "
              + "'\(confirmed.name)' (Stainless's Python models rename pydantic's 'model_' namespace; no example "
              + "shows this one)",
            at: location ?? start)
        }
      }
      return field
    }
    api = api.mappingResponseFields { renaming($0, at: $1) }
  }

  /// Stainless's Python SDKs prefix `api_` to a request field whose name their methods reserve
  /// (gcore's `api_timeout: Annotated[int, PropertyInfo(alias="timeout")]`: `timeout` is every
  /// method's request option). A request field `api_<name>` that what the API returns documents
  /// as `<name>` in the same words (one description begins the other) travels under that
  /// field's wire name; warned once per name. Without such a field it travels as documented.
  private mutating func adoptAPIPrefixRenames(_ api: inout APIDocument) {
    let prefix = "api_"
    var returned: [String: [(description: String, jsonName: String)]] = [:]
    api.forEachResponseField { field in
      guard !field.name.hasPrefix(prefix), field.description.count >= 12 else { return }
      returned[field.name, default: []].append((field.description, field.jsonName))
    }
    guard !returned.isEmpty else { return }
    var warned: Set<String> = []
    func renamed(_ field: Field, at location: SourceLocation?) -> Field {
      guard field.name.hasPrefix(prefix), field.location == nil || field.location == .body,
        field.jsonName == Naming.jsonName(field.name), field.description.count >= 12,
        let match = returned[String(field.name.dropFirst(prefix.count))]?.first(where: {
          $0.description.hasPrefix(field.description) || field.description.hasPrefix($0.description)
        })
      else { return field }
      var field = field
      field.jsonName = match.jsonName
      if warned.insert(field.name).inserted {
        diagnostics.warn(
          "'\(field.name)' is sent as '\(match.jsonName)': what the API returns documents it so, in the same words "
            + "(Stainless's Python SDKs prefix 'api_' to a name their methods reserve)",
          at: location ?? start)
      }
      return field
    }
    api = api.mappingRequestFields(apiStyle: wireNameStyles.api) { field, location, _ in renamed(field, at: location) }
  }

  /// Whether `value` is an HTTP header's name spelling the parameter `name`: its words
  /// capitalised and joined by hyphens (`Idempotency-Key` for `idempotency_key`, `X-Dangerous`
  /// for `x_dangerous`). A lowercase slug is no such evidence (imagekit's
  /// `new_folder_name="new-folder-name"` travels in the body).
  static func isHeaderName(_ value: String, of name: String) -> Bool {
    guard let spelled = headerName(spelling: name), value.lowercased() == spelled.lowercased() else { return false }
    return value.split(separator: "-").allSatisfy { $0.first.map { $0.isASCII && $0.isUppercase } == true }
  }

  /// Whether `value` is `name` as documented, or its letters and digits run together in any
  /// case, each word after the first beginning with a capital or a digit (`modelID`,
  /// `campaignId` for `model_id`, `campaign_id`). Not a spelling with hyphens: an example's value
  /// is often a slug (imagekit's `new_folder_name="new-folder-name"`, sent as `newFolderName`),
  /// or a header's name (`isHeaderName`). Nor one that runs the words together where the name
  /// parts them: telnyx's `evp_id="Evpid"` is pydantic's title of `evpId`, the name its SDK sends
  /// (a Python name's `_` is where its wire name's words part).
  static func spellsTheSameName(_ value: String, _ name: String) -> Bool {
    if value == name { return true }
    guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
      value.lowercased() == name.lowercased().filter({ $0 != "_" })
    else { return false }
    let characters = Array(value)
    var offset = 0
    for word in name.split(separator: "_").dropLast() {
      offset += word.count
      guard offset < characters.count, characters[offset].isUppercase || characters[offset].isNumber else {
        return false
      }
    }
    return true
  }

  /// A string parameter a Python example passes its own name as its value, in any spelling of
  /// its letters (`campaign_id="campaign_id"`, `phone_number="phoneNumber"`, `model_id="modelID"`:
  /// Stainless's examples fill a string that has no example of its own with the name it travels
  /// under), travels under that name: against the style and against the response examples'
  /// spelling, warned then. Not a path parameter (its placeholder names it), nor one a request
  /// example of the method shows, nor a name of one word.
  private mutating func adoptExampleValueSpellings(_ api: inout APIDocument) {
    func respelled(_ method: Method, under path: [String]) -> Method {
      guard let code = method.pythonExample else { return method }
      let values = Self.pythonStringArguments(code)
      let dicts = Self.pythonDictArguments(code, lists: true)
      guard !values.isEmpty || !dicts.isEmpty else { return method }
      var requestKeys: Set<String> = []
      for example in method.examples { Self.collectKeys(example.request, into: &requestKeys) }
      var method = method
      var shown = ShownSpellings()
      let location = method.documentedAt ?? start
      for index in method.params.indices {
        let field = method.params[index]
        guard field.location != .path, field.location != .header, let value = values[field.name] else { continue }
        if let spelling = exampleValueSpelling(value, of: field, requestKeys: requestKeys, shown: &shown) {
          diagnostics.warn(
            "'\(field.name)' of \(Method.accessor(method.name, under: path)) is sent as '\(spelling)', the name "
              + "its Python example passes as its value (the API's other names would make it '\(field.jsonName)')",
            at: location)
          method.params[index].jsonName = spelling
        }
      }
      // So does a field of a class written in place that a dict of the example passes
      // (casedev's `remote={"folder_id": "folder_id"}`, snake_case in a camelCase API).
      for index in method.params.indices where method.params[index].location == .body {
        for dict in dicts where dict.name == method.params[index].name {
          method.params[index].type = respellingFields(
            of: method.params[index].type, shownBy: dict.value, requestKeys: requestKeys, shown: &shown,
            at: location, path: path + [method.name, method.params[index].name])
        }
      }
      // A method whose example shows names as documented where the style respells them, and
      // none as the style spells them, sends its other body parameters (and the fields of the
      // classes written in place in them, its own) as documented too, as a method whose
      // response example speaks so does.
      if shown.asDocumented > 0, shown.asStyled == 0 {
        var respelledNames: [String] = []
        for index in method.params.indices where (method.params[index].location ?? .body) == .body {
          Self.sendAsDocumented(&method.params[index], respelled: &respelledNames)
        }
        if !respelledNames.isEmpty {
          diagnostics.warn(
            "\(Method.accessor(method.name, under: path)): its Python example passes names as documented, "
              + "not as the API's other names spell them; its other parameters are sent as documented too: "
              + respelledNames.map { "'\($0)'" }.joined(separator: ", "), at: location)
        }
      }
      return method
    }
    func respelled(_ resource: Resource) -> Resource {
      var resource = resource
      resource.methods = resource.methods.map { respelled($0, under: resource.path) }
      resource.resources = resource.resources.map(respelled)
      return resource
    }
    api.resources = api.resources.map(respelled)
  }

  /// How a method's Python example spells the names whose wire names the style respells: as
  /// documented, or as the style spells them.
  private struct ShownSpellings {
    var asDocumented = 0
    var asStyled = 0
  }

  /// The spelling a string value an example passes for `field` gives its wire name: its own name
  /// in another spelling of its letters (`"campaign_id"`, `"phoneNumber"`, `"modelID"`), not a
  /// name of one word (spelled alike in every style; Python's `from_` is one too: its example's
  /// `from_="From"` is pydantic's title of `from`), nor one a request example shows, nor its wire
  /// name already. Counts in `shown` what the value says of the style.
  private func exampleValueSpelling(
    _ value: String, of field: Field, requestKeys: Set<String>, shown: inout ShownSpellings
  ) -> String? {
    let words = Naming.pythonReservedStem(field.name) ?? field.name
    guard words.contains("_"), Self.spellsTheSameName(value, field.name) else { return nil }
    if field.jsonName != field.name {
      if value == field.name { shown.asDocumented += 1 }
      if value == field.jsonName { shown.asStyled += 1 }
    }
    guard value != field.jsonName, !requestKeys.contains(field.jsonName) else { return nil }
    return value
  }

  /// The fields of the classes written in place in `type` whose key a Python example's dict
  /// (`value`) gives a string that spells the field's own name otherwise than its wire name
  /// (`{"folder_id": "folder_id"}`) travel under that spelling, as a parameter's own value says
  /// (`exampleValueSpelling`). Not through a Domain Type (its fields are the API's).
  private mutating func respellingFields(
    of type: TypeRef, shownBy value: JSONValue, requestKeys: Set<String>, shown: inout ShownSpellings,
    at location: SourceLocation, path: [String]
  ) -> TypeRef {
    switch type {
    case .array(let element):
      var element = element
      for item in value.arrayElements ?? [] {
        element = respellingFields(
          of: element, shownBy: item, requestKeys: requestKeys, shown: &shown, at: location, path: path)
      }
      return .array(element)
    case .object(let name, var fields):
      for (key, member) in value.objectMembers ?? [] {
        guard let index = fields.firstIndex(where: { $0.name == key }) else { continue }
        let field = fields[index]
        if case .string(let string) = member {
          guard let spelling = exampleValueSpelling(string, of: field, requestKeys: requestKeys, shown: &shown)
          else { continue }
          diagnostics.warn(
            "'\((path + [field.name]).joined(separator: "."))' is sent as '\(spelling)', the name its Python example "
              + "passes as its value (the API's other names would make it '\(field.jsonName)')",
            at: location)
          fields[index].jsonName = spelling
        } else {
          fields[index].type = respellingFields(
            of: field.type, shownBy: member, requestKeys: requestKeys, shown: &shown, at: location,
            path: path + [field.name])
        }
      }
      return .object(name: name, fields: fields)
    default:
      return type
    }
  }

  /// The wire names a response example shows: a key that is no field's wire name but spells,
  /// with the same letters and digits, a field the example does not show otherwise (`AITags` for
  /// `ai_tags`, `ai-auto-description` for `ai_auto_description`, `fileId` for `file_id`) is that
  /// field's wire name (the SDK's alias for it). A key spelled as the documented name is not
  /// evidence (an example in snake_case where the style is camelCase is warned, not adopted).
  /// Rewrites the objects written in place in `type` and the Domain Types it names.
  private mutating func adoptingWireNames(shownBy value: JSONValue, in type: TypeRef) -> TypeRef {
    switch type {
    case .array(var element):
      for item in value.arrayElements ?? [] { element = adoptingWireNames(shownBy: item, in: element) }
      return .array(element)
    case .map(var element):
      for member in value.objectMembers ?? [] { element = adoptingWireNames(shownBy: member.value, in: element) }
      return .map(element)
    case .object(let name, let fields):
      return .object(name: name, fields: adoptingWireNames(shownBy: value, fields: fields))
    case .ref(let name):
      guard var decl = declarations[name] else { return type }
      switch decl.kind {
      case .object:
        let fields = adoptingWireNames(shownBy: value, fields: decl.fields)
        if fields != decl.fields {
          decl.fields = fields
          declarations[name] = decl
        }
      case .union:
        let members = decl.members.map { adoptingWireNames(shownBy: value, in: $0) }
        if members != decl.members {
          decl.members = members
          declarations[name] = decl
        }
      case .enum:
        break
      }
      return type
    case .union(let members):
      // A value of one member: its keys name the wire names of the members' fields they spell
      // (bem's `Function`, whose every kind has `function_id`, shown as `functionID`).
      return .union(members.map { adoptingWireNames(shownBy: value, in: $0) })
    default:
      return type
    }
  }

  /// `field`, and the fields of the classes written in place in its type (at any depth, not
  /// through a Domain Type), sent as documented where the style respells them; the names
  /// respelled appended to `respelled`.
  static func sendAsDocumented(_ field: inout Field, respelled: inout [String]) {
    if field.jsonName != field.name && field.jsonName == Naming.jsonName(field.name) {
      field.jsonName = field.name
      respelled.append(field.name)
    }
    func inPlace(_ type: TypeRef) -> TypeRef {
      switch type {
      case .array(let element): return .array(inPlace(element))
      case .map(let element): return .map(inPlace(element))
      case .union(let members): return .union(members.map(inPlace))
      case .object(let name, var fields):
        for index in fields.indices { sendAsDocumented(&fields[index], respelled: &respelled) }
        return .object(name: name, fields: fields)
      default: return type
      }
    }
    field.type = inPlace(field.type)
  }

  /// The example shows some of `fields` by their documented names where the style respells
  /// them, and none by the style's spelling.
  static func spellsAsDocumented(_ example: JSONValue, fields: [Field]) -> Bool {
    guard let members = example.objectMembers else { return false }
    let keys = Set(members.map(\.key))
    let respelled = fields.filter { Naming.jsonName($0.name) != $0.name }
    return respelled.contains { keys.contains($0.name) }
      && !respelled.contains { keys.contains(Naming.jsonName($0.name)) }
  }

  private mutating func adoptingWireNames(shownBy value: JSONValue, fields: [Field]) -> [Field] {
    guard let members = value.objectMembers else { return fields }
    var fields = fields
    let keys = Set(members.map(\.key))
    for member in members where !fields.contains(where: { $0.jsonName == member.key }) {
      let spelling = Self.spelling(member.key)
      // (Stainless's Python models rename a field in pydantic's `model_` namespace `api_model_…`:
      // hanzoai's `api_model_max_budget` is `model_max_budget` on the wire.)
      let candidates = fields.indices.filter {
        // (A Connect API reads a field by its documented, proto name as well as its JSON name and
        // writes the JSON name: an example showing the documented name is no evidence there.)
        (fields[$0].name != member.key || !isConnectReference) && !keys.contains(fields[$0].jsonName)
          && (Self.spelling(fields[$0].name) == spelling
            || (member.key.hasPrefix("model_") && fields[$0].name == "api_" + member.key))
      }
      if candidates.count == 1 { fields[candidates[0]].jsonName = member.key }
    }
    for index in fields.indices {
      guard let shown = members.first(where: { $0.key == fields[index].jsonName }) else { continue }
      fields[index].type = adoptingWireNames(shownBy: shown.value, in: fields[index].type)
    }
    return fields
  }

  private mutating func checkWireNames(_ value: JSONValue, type: TypeRef?, context: String, at location: SourceLocation)
  {
    guard let type else { return }
    switch type {
    case .array(let element):
      for item in value.arrayElements ?? [] { checkWireNames(item, type: element, context: context, at: location) }
    case .map(let element):
      for member in value.objectMembers ?? [] {
        checkWireNames(member.value, type: element, context: context, at: location)
      }
    default:
      guard let fields = type.objectFields(in: declarations) else { return }
      guard value.objectMembers != nil else {
        diagnostics.warn("\(context) is not a JSON object, but the documented type is an object", at: location)
        return
      }
      checkWireNames(value, fields: fields, context: context, at: location)
    }
  }

  private mutating func checkWireNames(
    _ value: JSONValue, fields: [Field], context: String, at location: SourceLocation
  ) {
    guard let members = value.objectMembers else { return }
    for member in members {
      guard let field = fields.first(where: { $0.jsonName == member.key }) else {
        let snake = fields.first { $0.name == member.key }
        diagnostics.warn(
          snake != nil
            ? "\(context) uses '\(member.key)' where the wire name is '\(snake!.jsonName)'"
            : "\(context) has the key '\(member.key)', which no documented field has",
          at: location)
        continue
      }
      if case .map = field.type, member.value.objectMembers == nil, member.value != .null {
        diagnostics.warn(
          "\(context) writes '\(member.key)' as \(member.value.kindDescription), but its documented type is a map "
            + "(an object): the mock leaves the value out\(field.required ? " (sends {})" : "")",
          at: location)
        continue
      }
      if case .array = field.type, member.value.arrayElements == nil, member.value != .null {
        diagnostics.warn(
          "\(context) writes '\(member.key)' as \(member.value.kindDescription), but its documented type is a list: "
            + "the mock leaves the value out\(field.required ? " (sends [])" : "")",
          at: location)
        continue
      }
      checkWireNames(member.value, type: field.type, context: context, at: location)
    }
  }
}

extension JSONValue {
  /// `a string`, `an object`, …: the JSON kind, for messages.
  var kindDescription: String {
    switch self {
    case .string: "a string"
    case .object: "an object"
    case .array: "an array"
    case .null: "null"
    case .bool: "a boolean"
    default: "a number"
    }
  }
}

extension IRBuilder {
  /// Why an HTTP verb or path cannot be used as one, or nil. A path starts with `/` and holds
  /// only the characters of a URL path (RFC 3986 `pchar` and `/`) and `{name}` templates; a verb
  /// is an HTTP method name of letters.
  static func endpointProblem(verb: String, path: String) -> String? {
    if verb.isEmpty || !verb.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
      return "the HTTP method '\(verb)' is not a method name (letters only)"
    }
    guard path.hasPrefix("/") else { return "the HTTP path '\(path)' does not start with '/'" }
    // The path, then a fixed query (`?agent=true`): a `?` once, then no placeholder.
    let allowed = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/%{}".unicodeScalars)
    let queryAllowed = allowed.subtracting("{}".unicodeScalars)
    let mark = path.firstIndex(of: "?") ?? path.endIndex
    if mark < path.endIndex, HTTPEndpoint.splitting(path) == nil {
      return "the HTTP path '\(path)' has a query that is not `name=value` pairs joined by '&'"
    }
    let bad =
      path[..<mark].unicodeScalars.first(where: { !allowed.contains($0) })
      ?? path[mark...].unicodeScalars.dropFirst().first(where: { !queryAllowed.contains($0) })
    guard let bad else { return nil }
    let shown =
      bad.value <= 0x20 || bad.value == 0x7F || !bad.isASCII
      ? "U+" + String(bad.value, radix: 16, uppercase: true) : String(bad)
    let quoted = path.unicodeScalars.count > 80 ? String(path.prefix(80)) + "…" : path
    return "the HTTP path '\(quoted.debugDescription.dropFirst().dropLast())' has the character \(shown), "
      + "which a URL path cannot hold"
  }
}

extension APIDocument {
  /// The Domain Types only requests send: those parameters reach and no response does.
  func requestOnlyTypes() -> Set<String> {
    let methods = allResources.flatMap(\.methods)
    return typesReached(from: methods.flatMap { $0.params.map(\.type) })
      .subtracting(typesReached(from: methods.flatMap { [$0.returns, $0.pagination?.item].compactMap { $0 } }))
  }

  /// The document with `transform` applied to every field a request sends: each method's
  /// parameters and the fields of the objects in them, and the Domain Types only requests name
  /// (sentdm's `CampaignDataParam`; those responses hold too keep their own), given the location
  /// of the method or Domain Type it is in and its resource's path. `Naming.style` is each
  /// resource's own wire-name style (its `wireNameStyle`, else `apiStyle`) while its fields are
  /// transformed.
  func mappingRequestFields(
    apiStyle: WireNameStyle, _ transform: (Field, SourceLocation?, _ resource: [String]) -> Field
  ) -> APIDocument {
    mappingRequests(apiStyle: apiStyle) { field, location, path in
      field.mappingFields { transform($0, location, path) }
    } type: { decl, location, path in
      var decl = decl
      decl.fields = decl.fields.map { $0.mappingFields { transform($0, location, path) } }
      return decl
    }
  }

  /// The document with `transform` applied to the fields of every object written in place in
  /// what a request sends (`TypeRef.mappingObjects`): in each method's parameters' types and in
  /// the Domain Types only requests name, an object's own or its union's members', given the
  /// location of the method or Domain Type it is in; `Naming.style` as `mappingRequestFields`.
  func mappingRequestObjects(apiStyle: WireNameStyle, _ transform: ([Field], SourceLocation?) -> [Field]) -> APIDocument
  {
    mappingRequests(apiStyle: apiStyle) { field, location, _ in
      var field = field
      field.type = field.type.mappingObjects { transform($1, location) }
      return field
    } type: { decl, location, _ in
      var decl = decl
      switch decl.shape.mappingObjects({ transform($1, location) }) {
      case .object(_, let fields): decl.fields = fields
      case .union(let members): decl.members = members
      default: break
      }
      return decl
    }
  }

  /// The walk both share: `param` on each method's parameters, `type` on the Domain Types only
  /// requests name, each resource's style set.
  private func mappingRequests(
    apiStyle: WireNameStyle,
    param: (Field, SourceLocation?, _ resource: [String]) -> Field,
    type: (TypeDecl, SourceLocation?, _ resource: [String]) -> TypeDecl
  ) -> APIDocument {
    let requestOnly = requestOnlyTypes()
    func mapping(_ resource: Resource) -> Resource {
      var resource = resource
      let path = resource.path
      Naming.$style.withValue(resource.wireNameStyle ?? apiStyle) {
        for index in resource.methods.indices {
          let location = resource.methods[index].documentedAt
          resource.methods[index].params = resource.methods[index].params.map { param($0, location, path) }
        }
        for index in resource.types.indices where requestOnly.contains(resource.types[index].name) {
          resource.types[index] = type(resource.types[index], resource.types[index].documentedAt, path)
        }
      }
      resource.resources = resource.resources.map(mapping)
      return resource
    }
    var document = self
    document.resources = resources.map(mapping)
    return document
  }

  /// Every key the request examples write, at any depth.
  var requestExampleKeys: Set<String> {
    var keys: Set<String> = []
    for method in allResources.flatMap(\.methods) {
      for example in method.examples { IRBuilder.collectKeys(example.request, into: &keys) }
    }
    return keys
  }
}
