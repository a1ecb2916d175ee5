/// Stage 3: builds the API model from the reference. Recovers the nesting of a flattened
/// reference, resolves types, converts examples to JSON, and finds pagination.
struct IRBuilder {
  private(set) var reference: ReferenceSyntax
  let file: String
  private(set) var diagnostics = DiagnosticSink()
  private var declarations: [String: TypeDecl] = [:]
  private var declaredNames: Set<String> = []
  /// Each section's resource path (`["runners", "policies"]`), for scoping Domain Types.
  private var sectionPaths: [[String]] = []
  /// The section whose types and methods are being built.
  private var currentSection = 0
  /// A declared name → the sections declaring it, with each declaration's unique IR name.
  private var declarationsByName: [String: [(section: Int, name: String)]] = [:]

  init(reference: ReferenceSyntax, file: String) {
    self.reference = reference
    self.file = file
  }

  private var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

  mutating func build() throws(DiagnosticError) -> APIDocument {
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
    let responses = try parseResponseExamples()
    if reference.wasFlattened { try recoverNesting(responses: responses) }
    normalizeClassHeaders()

    sectionPaths = reference.sections.map(Self.resourcePath)
    var uniqueNames: [[String?]] = []
    for (index, section) in reference.sections.enumerated() {
      uniqueNames.append(
        section.domainTypes.map { type in
          guard let name = Self.declaredName(type) else { return nil }
          declaredNames.insert(name)
          let unique = Self.scopedName(name, path: sectionPaths[index], taken: declarationsByName[name] ?? [])
          declarationsByName[name, default: []].append((index, unique))
          return unique
        })
    }
    var typesBySection: [[TypeDecl]] = []
    for (index, section) in reference.sections.enumerated() {
      currentSection = index
      var types: [TypeDecl] = []
      for (position, syntax) in section.domainTypes.enumerated() {
        if var decl = try typeDecl(syntax) {
          decl.name = uniqueNames[index][position] ?? decl.name
          types.append(decl)
          declarations[decl.name] = decl
        }
      }
      typesBySection.append(types)
    }

    try checkDuplicateMethods()
    var resources: [Resource] = []
    var title = ""
    for (sectionIndex, section) in reference.sections.enumerated() {
      currentSection = sectionIndex
      if title.isEmpty { title = section.title }
      var methods: [Method] = []
      var path: [String]?
      for (operationIndex, operation) in section.operations.enumerated() {
        let (accessor, method) = try self.method(
          operation, response: responses[sectionIndex][operationIndex], sectionIndex: sectionIndex,
          operationIndex: operationIndex)
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
      let resource = Resource(
        name: resourcePath.last ?? "", path: resourcePath, title: section.title, methods: methods,
        types: typesBySection[sectionIndex])
      Self.insert(resource, into: &resources)
    }
    return APIDocument(title: title, resources: resources).withConventions()
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

  /// Adds a resource under the resource whose path is its parent's, or at the top.
  private static func insert(_ resource: Resource, into resources: inout [Resource]) {
    for index in resources.indices
    where resource.path.starts(with: resources[index].path) && resource.path.count > resources[index].path.count {
      insert(resource, into: &resources[index].resources)
      return
    }
    resources.append(resource)
  }

  static func snakeCase(_ title: String) -> String {
    title.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "_")
  }

  // MARK: Examples

  private func parseResponseExamples() throws(DiagnosticError) -> [[JSONValue?]] {
    var result: [[JSONValue?]] = []
    for section in reference.sections {
      var row: [JSONValue?] = []
      for operation in section.operations {
        guard let code = operation.responseExample else {
          row.append(nil)
          continue
        }
        do {
          row.append(try JSONValue.parse(code.content))
        } catch {
          throw DiagnosticError(
            "invalid JSON in the response example of '\(operation.heading)': \(error.message)",
            at: code.location(ofContentOffset: error.offset))
        }
      }
      result.append(row)
    }
    return result
  }

  // MARK: Nesting

  private mutating func recoverNesting(responses: [[JSONValue?]]) throws(DiagnosticError) {
    // Response types and Domain Types share one namespace of classes; parameters have their
    // own (a parameter class `AgentPolicy` lists the response class's fields in another order).
    var recovery = NestingRecovery()
    var parameterRecovery = NestingRecovery()
    // Which response example shows which named type.
    var examplesByType: [String: [JSONValue]] = [:]
    for (s, section) in reference.sections.enumerated() {
      for (o, operation) in section.operations.enumerated() {
        guard let response = responses[s][o], let header = operation.returns.first,
          case .classHeader(let name) = header.kind
        else { continue }
        let shown = Self.pageType(of: operation) != nil ? Self.firstArrayElement(response) : response
        if let shown { examplesByType[name, default: []].append(shown) }
      }
    }
    let flat = reference
    for pass in 0..<2 {
      recovery.diagnostics = DiagnosticSink()
      for (s, section) in flat.sections.enumerated() {
        for (o, operation) in section.operations.enumerated() {
          var hints: [NestingRecovery.JSONHint] = []
          if let header = operation.returns.first, case .classHeader(let name) = header.kind {
            hints = (examplesByType[name] ?? []).map { NestingRecovery.JSONHint(value: $0, complete: true) }
          }
          reference.sections[s].operations[o].returns = recovery.recover(operation.returns, hints: hints)
        }
        for (t, type) in section.domainTypes.enumerated() {
          var hints: [NestingRecovery.JSONHint] = []
          if let header = type.items.first, case .classHeader(let name) = header.kind {
            hints = (examplesByType[name] ?? []).map { NestingRecovery.JSONHint(value: $0, complete: true) }
          }
          reference.sections[s].domainTypes[t].items = recovery.recover(type.items, hints: hints)
        }
      }
      parameterRecovery.diagnostics = DiagnosticSink()
      parameterRecovery.memberships = recovery.schemas.mapValues(Set.init)
      parameterRecovery.membershipFieldClasses = recovery.fieldClasses
      for (s, section) in flat.sections.enumerated() {
        for (o, operation) in section.operations.enumerated() {
          // The first key of each request example is a top-level parameter.
          let firstKeys = operation.examples.compactMap { $0.code.flatMap { FlatYAMLLayout.firstKey(of: $0.content) } }
          let hints = firstKeys.map {
            NestingRecovery.JSONHint(value: .object([(Naming.jsonName($0), .null)]), complete: false)
          }
          parameterRecovery.exampleChildren = Set(
            operation.examples.compactMap(\.code).flatMap { FlatYAMLLayout.keysOpeningObjects(of: $0.content) }
              .map { Naming.jsonName($0.parent) + "/" + Naming.jsonName($0.child) })
          reference.sections[s].operations[o].parameters = parameterRecovery.recover(operation.parameters, hints: hints)
        }
      }
      if let location = recovery.tooDeep ?? parameterRecovery.tooDeep {
        throw DiagnosticError("fields nest deeper than \(NestingRecovery.maxDepth) objects here", at: location)
      }
      if pass == 1 {
        diagnostics.append(contentsOf: recovery.diagnostics.diagnostics)
        diagnostics.append(contentsOf: parameterRecovery.diagnostics.diagnostics)
      }
    }
  }

  /// A structured list may put a class's fields beside its `class X: …` item instead of
  /// under it; either way they become its children.
  private mutating func normalizeClassHeaders() {
    func fold(_ items: [ItemSyntax]) -> [ItemSyntax] {
      guard var first = items.first, items.count > 1, first.children.isEmpty else { return items }
      switch first.kind {
      case .classHeader, .type:
        first.children = Array(items.dropFirst())
        return [first]
      default: return items
      }
    }
    for s in reference.sections.indices {
      for o in reference.sections[s].operations.indices {
        reference.sections[s].operations[o].returns = fold(reference.sections[s].operations[o].returns)
      }
      for t in reference.sections[s].domainTypes.indices {
        reference.sections[s].domainTypes[t].items = fold(reference.sections[s].domainTypes[t].items)
      }
    }
  }

  private static func firstArrayElement(_ value: JSONValue) -> JSONValue? {
    value.objectMembers?.lazy.compactMap { $0.value.arrayElements?.first }.first
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
    case .type: return type.title.split(separator: " ").joined()
    default: return nil
    }
  }

  private mutating func typeDecl(_ syntax: DomainTypeSyntax) throws(DiagnosticError) -> TypeDecl? {
    guard let first = syntax.items.first, let name = Self.declaredName(syntax) else {
      diagnostics.warn("Domain Type '\(syntax.title)' has no `class` or type item; skipped", at: syntax.location)
      return nil
    }
    switch first.kind {
    case .classHeader:
      return TypeDecl(
        name: name, title: syntax.title, kind: .object, description: first.description,
        fields: try fields(first.children))
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
      if let clash = result.first(where: { $0.jsonName == jsonName }) {
        diagnostics.warn(
          "fields '\(clash.name)' and '\(name)' have the same wire name '\(jsonName)'; the first is kept",
          at: item.location)
        continue
      }
      guard let expression = TypeExpression.parse(type) else {
        throw DiagnosticError("cannot read the type '\(type)' of field '\(name)'", at: item.location)
      }
      result.append(
        Field(
          name: name, jsonName: jsonName, required: !expression.isOptional,
          type: try typeRef(expression, item: item), description: item.description))
    }
    return result
  }

  private mutating func typeRef(_ expression: TypeExpression, item: ItemSyntax) throws(DiagnosticError) -> TypeRef {
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
      case "datetime", "date": return .datetime
      case "object", "Any": return .any
      default: break
      }
      if let unique = resolve(name, at: item.location) {
        // A parameter class may share a Domain Type's name but document other fields (all
        // optional, say): then it is its own class, written in place.
        if let declared = declarations[unique], item.children.contains(where: { $0.fieldName != nil }) {
          let inPlace = try fields(item.children)
          if inPlace.map({ [$0.name, "\($0.required)"] }) != declared.fields.map({ [$0.name, "\($0.required)"] }) {
            return .object(name: name, fields: inPlace)
          }
        }
        return .ref(unique)
      }
      let values = item.children.compactMap { child -> String? in
        if case .value(let value) = child.kind { return value }
        return nil
      }
      if !values.isEmpty { return .enum(name: name, values: values) }
      if item.children.contains(where: { $0.fieldName != nil }) {
        return .object(name: name, fields: try fields(item.children))
      }
      throw DiagnosticError("the type '\(name)' is referenced but never declared", at: item.location)
    }
  }

  /// `Union[A, B, …]`. It collapses where the wire form says one type:
  /// - `None` is dropped (a field that may be null is `Optional[...]` in this format);
  /// - `str` beside `datetime`/`date` and nothing else is `datetime`: a timestamp is a string
  ///   on the wire, and `str` is the SDK accepting that string as given;
  /// - a class the reference never declares nor lists fields for (`Base64FileInput`) is
  ///   dropped when another member remains, with a warning: nothing says what it is;
  /// - one member left is that member.
  private mutating func unionRef(_ arguments: [TypeExpression], item: ItemSyntax) throws(DiagnosticError) -> TypeRef {
    var members: [TypeRef] = []
    var unknown: [String] = []
    for argument in arguments {
      if case .name("None") = argument { continue }
      if case .name(let name) = argument, !TypeExpression.primitives.contains(name), !declaredNames.contains(name),
        !item.children.contains(where: { $0.fieldName != nil || $0.isEnumValue })
      {
        unknown.append(name)
        continue
      }
      let member = try typeRef(argument, item: item)
      for flat in member.unionMembers where !members.contains(flat) { members.append(flat) }
    }
    if !unknown.isEmpty {
      if members.isEmpty {
        throw DiagnosticError("the type '\(unknown[0])' is referenced but never declared", at: item.location)
      }
      diagnostics.warn(
        "'\(unknown.joined(separator: "', '"))' in a Union is never declared and lists no fields; "
          + "the union is read as its other members",
        at: item.location)
    }
    if members.contains(.datetime), members.allSatisfy({ $0 == .string || $0 == .datetime }) { return .datetime }
    if members.count == 1 { return members[0] }
    return .union(members)
  }

  // MARK: Methods

  private static func pageType(of operation: OperationSyntax) -> (page: String, item: String)? {
    guard let signature = operation.signature, let arrow = signature.range(of: "->") else { return nil }
    let returns = signature[arrow.upperBound...].trimmingCharacters(in: .whitespaces)
    guard let open = returns.firstIndex(of: "["), returns.hasSuffix("]") else { return nil }
    let page = String(returns[..<open])
    guard page.hasSuffix("Page") else { return nil }
    return (page, String(returns[returns.index(after: open)..<returns.index(before: returns.endIndex)]))
  }

  private mutating func method(
    _ operation: OperationSyntax, response: JSONValue?, sectionIndex: Int, operationIndex: Int
  ) throws(DiagnosticError) -> ([String], Method) {
    let signature = operation.signature ?? ""
    guard let open = signature.firstIndex(of: "("), let close = signature.lastIndex(of: ")"), open < close else {
      throw DiagnosticError(
        "cannot read the signature `\(signature)` (expected `resource.method(Params) -> Type`)",
        at: operation.signatureLocation)
    }
    let accessor = signature[..<open].split(separator: ".").map(String.init)
    guard let name = accessor.last, accessor.count >= 2 else {
      throw DiagnosticError(
        "the signature `\(signature)` names no resource and method", at: operation.signatureLocation)
    }
    var paramsType = String(signature[signature.index(after: open)..<close])
    if let stars = paramsType.range(of: "**") { paramsType = String(paramsType[..<stars.lowerBound]) }
    paramsType = paramsType.trimmingCharacters(in: .whitespaces)
    let afterClose = signature[signature.index(after: close)...]
    let returnsName =
      afterClose.range(of: "->").map { afterClose[$0.upperBound...].trimmingCharacters(in: .whitespaces) } ?? "object"

    let page = Self.pageType(of: operation)
    var params = try fields(operation.parameters)
    let pathParameters = Set(Self.pathParameters(operation.httpPath ?? ""))
    for index in params.indices {
      if pathParameters.contains(params[index].name) || pathParameters.contains(params[index].jsonName) {
        params[index].location = .path
      } else if page != nil, params[index].name == "token" || params[index].name == "page_size" {
        params[index].location = .query
      } else {
        params[index].location = .body
      }
    }

    var returns: TypeRef?
    if returnsName != "object" {
      let returnsAt = operation.returnsLocation ?? operation.location
      if let header = operation.returns.first, case .classHeader(let className) = header.kind {
        if let unique = resolve(className, at: header.location), declarations[unique] != nil {
          returns = .ref(unique)
        } else {
          returns = .object(name: className, fields: try fields(header.children))
        }
      } else if let header = operation.returns.first, case .type(let code) = header.kind, code == "object" {
        returns = nil
      } else if let unique = resolve(page?.item ?? returnsName, at: returnsAt), declarations[unique] != nil {
        returns = .ref(unique)
      } else {
        throw DiagnosticError(
          "the return type '\(returnsName)' of '\(operation.heading)' is referenced but never declared",
          at: operation.returnsLocation ?? operation.location)
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
      if let returns {
        checkWireNames(response, type: page == nil ? returns : nil, context: "the response example", at: code.location)
      }
      reference.sections[sectionIndex].operations[operationIndex].responseExample?.parsed = .json(response)
    }

    var pagination: Pagination?
    if let page, let returns {
      let itemsField = response?.objectMembers?.first { $0.value.arrayElements != nil }?.key ?? "items"
      let nextTokenPath = response.flatMap { Self.path(to: "nextToken", in: $0) } ?? ["pagination", "nextToken"]
      if response == nil {
        diagnostics.warn(
          "'\(operation.heading)' returns a page but has no response example; assuming items in 'items'",
          at: operation.location)
      }
      pagination = Pagination(
        pageType: page.page, item: returns, itemsField: itemsField, nextTokenPath: nextTokenPath,
        tokenParam: "token", pageSizeParam: "page_size")
    }

    let summaryBlock = operation.description.first { $0.kind == .paragraph }
    var method = Method(
      name: name, operation: operation.heading,
      http: HTTPEndpoint(method: operation.httpMethod ?? "POST", path: operation.httpPath ?? ""),
      summary: summaryBlock.map { MarkdownRenderer.plainText($0.children).trimmed } ?? "",
      description: MarkdownRenderer.render(blocks: operation.description), paramsType: paramsType, params: params,
      returns: returns, returnsName: returnsName, pagination: pagination, examples: examples,
      responseExample: response, pythonExample: operation.codeExample?.content)
    method.streaming = Self.streamingFormat(returnsName)
    return (Array(accessor.dropLast()), method)
  }

  /// `"jsonl"` for a method returning `JSONLDecoder[X]` (the SDK decodes a body of JSON lines,
  /// one `X` per line), else nil.
  static func streamingFormat(_ returnsName: String) -> String? {
    returnsName.hasPrefix("JSONLDecoder[") && returnsName.hasSuffix("]") ? "jsonl" : nil
  }

  private static func pathParameters(_ path: String) -> [String] {
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
      checkWireNames(member.value, type: field.type, context: context, at: location)
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
    let allowed = Set(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/%{}".unicodeScalars)
    guard let bad = path.unicodeScalars.first(where: { !allowed.contains($0) }) else { return nil }
    let shown =
      bad.value <= 0x20 || bad.value == 0x7F || !bad.isASCII
      ? "U+" + String(bad.value, radix: 16, uppercase: true) : String(bad)
    let quoted = path.unicodeScalars.count > 80 ? String(path.prefix(80)) + "…" : path
    return "the HTTP path '\(quoted.debugDescription.dropFirst().dropLast())' has the character \(shown), "
      + "which a URL path cannot hold"
  }
}
