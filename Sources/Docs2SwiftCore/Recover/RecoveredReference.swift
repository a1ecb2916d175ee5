/// The "recover" stage: from the reader's reference syntax to the reference with its nesting
/// recovered. A flattened reference lost the indentation that nests fields; `NestingRecovery`
/// puts every field back under its parent from the evidence (known class field lists, the JSON
/// response examples, the field order, the request examples' keys). A structured reference
/// keeps its nesting; in both, a class's fields written beside its `class X: …` item become its
/// children. The response examples are parsed here (they are evidence) and handed on.
public struct RecoveredReference: Sendable {
  public var reference: ReferenceSyntax
  /// Each operation's parsed response example, by section and operation index.
  public var responses: [[JSONValue?]]
  /// The warnings of choices made on uncertain evidence.
  public var warnings: [Diagnostic]
  /// How documented field names travel on the wire, in the API and in each section (decided
  /// first: recovery reads its evidence by wire name).
  var wireNameStyles: WireNameStyles

  /// Recovers `syntax`; invalid JSON in a response example is a located error.
  public static func recover(_ syntax: ReferenceSyntax) throws(DiagnosticError) -> RecoveredReference {
    var reference = syntax
    var diagnostics = DiagnosticSink()
    let styles = IRBuilder.decideWireNameStyles(reference, diagnostics: &diagnostics)
    let responses = try parseResponseExamples(reference)
    if reference.wasFlattened {
      do {
        try Naming.$initialisms.withValue(styles.initialisms) {
          try Naming.$style.withValue(styles.api) {
            try recoverNesting(&reference, responses: responses, styles: styles, diagnostics: &diagnostics)
          }
        }
      } catch let error as DiagnosticError {
        throw error
      } catch {
        throw DiagnosticError("\(error)", at: nil)
      }
    }
    normalizeClassHeaders(&reference)
    return RecoveredReference(
      reference: reference, responses: responses, warnings: diagnostics.diagnostics, wireNameStyles: styles)
  }

  private static func parseResponseExamples(_ reference: ReferenceSyntax) throws(DiagnosticError) -> [[JSONValue?]] {
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

  /// The response examples with each key that spells a documented field's name otherwise than
  /// its section's style (terminal's `"timeHidden"` for `time_hidden` beside `"market_eu"`)
  /// written as that style writes it: the recovery reads examples by wire name. A key that is
  /// some field's wire name, or that spells several, stays as written.
  static func respellingKeys(
    _ responses: [[JSONValue?]], of reference: ReferenceSyntax, styles: WireNameStyles
  ) -> [[JSONValue?]] {
    var names: Set<String> = []
    for section in reference.sections {
      for operation in section.operations {
        IRBuilder.collectFieldNames(operation.parameters, into: &names)
        IRBuilder.collectFieldNames(operation.returns, into: &names)
      }
      section.domainTypes.forEach { IRBuilder.collectFieldNames($0.items, into: &names) }
    }
    // The wire names of each style a section has, and them by spelling.
    var byStyle: [WireNameStyle: (wireNames: Set<String>, bySpelling: [String: [String]])] = [:]
    for style in Set(reference.sections.indices.map(styles.style(ofSection:))) {
      let wireNames = Naming.$style.withValue(style) { Set(names.map(Naming.jsonName)) }
      byStyle[style] = (wireNames, Dictionary(grouping: wireNames, by: IRBuilder.spelling))
    }
    return responses.enumerated().map { s, row in
      guard let (wireNames, bySpelling) = byStyle[styles.style(ofSection: s)] else { return row }
      func respelled(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let elements): return .array(elements.map(respelled))
        case .object(let members):
          return .object(
            members.map { key, value in
              guard !wireNames.contains(key), let spelled = bySpelling[IRBuilder.spelling(key)], spelled.count == 1
              else { return (key, respelled(value)) }
              return (spelled[0], respelled(value))
            })
        default: return value
        }
      }
      return row.map { $0.map(respelled) }
    }
  }

  private static func recoverNesting(
    _ reference: inout ReferenceSyntax, responses: [[JSONValue?]], styles: WireNameStyles,
    diagnostics: inout DiagnosticSink
  ) throws(DiagnosticError) {
    let responses = respellingKeys(responses, of: reference, styles: styles)
    // Response types and Domain Types share one namespace of classes; parameters have their
    // own (a parameter class `AgentPolicy` lists the response class's fields in another order).
    var recovery = NestingRecovery()
    var parameterRecovery = NestingRecovery()
    parameterRecovery.scopesNestedLists = true
    // Which response example shows which named type.
    var examplesByType: [String: [JSONValue]] = [:]
    for (s, section) in reference.sections.enumerated() {
      for (o, operation) in section.operations.enumerated() {
        guard let response = responses[s][o], let header = operation.returns.first,
          case .classHeader(let name) = header.kind
        else { continue }
        let shown = IRBuilder.pageType(of: operation) != nil ? Self.firstArrayElement(response) : response
        if let shown { examplesByType[name, default: []].append(shown) }
      }
    }
    let flat = reference
    // Every Domain Type is a named type: a class (`class Project: …`) or an alias titled
    // `### Runner Kind` (`RunnerKind`).
    let namedClasses = Set(
      reference.sections.flatMap(\.domainTypes).map { type -> String in
        if let header = type.items.first, case .classHeader(let name) = header.kind { return name }
        return type.title.filter { !$0.isWhitespace }
      })
    recovery.namedClasses = namedClasses
    parameterRecovery.namedClasses = namedClasses
    var fieldlessAliases: Set<String> = []
    var memberListingAliases: Set<String> = []
    for type in reference.sections.flatMap(\.domainTypes) {
      guard let header = type.items.first, case .type(let code) = header.kind else { continue }
      let equals = code.range(of: " = ")
      let expression = TypeExpression.parse(equals.map { String(code[$0.upperBound...]) } ?? code)
      switch expression {
      case .literal?: break
      case .name(let primitive)? where ["str", "int", "float", "bool"].contains(primitive): break
      // A list or map of no class (`JourneyConditionAtom = List[str]`): no field is listed under
      // it; of a union, the union's members are (`Metadata = Dict[str, Union[str, float,
      // bool]]`: `- str`, `- float`, `- bool`, under the alias and under a field of it).
      case .generic(let generic, _)?
      where !["Union", "Optional"].contains(generic) && expression?.namesNoClass == true:
        break
      default: continue
      }
      let name = equals.map { String(code[..<$0.lowerBound]).trimmed } ?? type.title.filter { !$0.isWhitespace }
      fieldlessAliases.insert(name)
      if let equals, code[equals.upperBound...].contains("Union[") { memberListingAliases.insert(name) }
    }
    recovery.fieldlessAliases = fieldlessAliases
    parameterRecovery.fieldlessAliases = fieldlessAliases
    recovery.memberListingAliases = memberListingAliases
    parameterRecovery.memberListingAliases = memberListingAliases
    let ordersFieldsByName = NestingRecovery.ordersFieldsByName(responses.flatMap { $0.compactMap { $0 } })
    recovery.ordersFieldsByName = ordersFieldsByName
    parameterRecovery.ordersFieldsByName = ordersFieldsByName
    let adjacentInExamples = NestingRecovery.adjacentKeyPairs(responses.flatMap { $0.compactMap { $0 } })
    recovery.adjacentInExamples = adjacentInExamples
    parameterRecovery.adjacentInExamples = adjacentInExamples
    // The unions Domain Types declare with their members (`Name = A | B`).
    var declaredUnions: [String: Set<String>] = [:]
    for type in reference.sections.flatMap(\.domainTypes) {
      guard let header = type.items.first, case .type(let code) = header.kind,
        let alias = NestingRecovery.unionAlias(code), alias.members.count > 1
      else { continue }
      declaredUnions[alias.name] = Set(alias.members.compactMap(\.innerClassName))
    }
    recovery.declaredUnions = declaredUnions
    parameterRecovery.declaredUnions = declaredUnions
    // A second pass reads again with what the first learned. When the first found classes that
    // hold nothing (`NestingRecovery.emptyClasses`), it misread the Domain Types holding them,
    // which each pass reads only after the lists before them: passes go on while a declaration
    // still reads otherwise than in the pass before (at most `maxPasses`).
    let maxPasses = 6
    var passes = 2
    var pass = -1
    var declarations: [String: [String]] = [:]
    while pass + 1 < passes {
      pass += 1
      if pass >= 2, recovery.declarations != declarations, passes < maxPasses { passes += 1 }
      declarations = recovery.declarations
      recovery.beginPass()
      recovery.tooDeep = nil
      parameterRecovery.tooDeep = nil
      // What the previous pass showed of shared classes without fields serves both namespaces.
      let fieldless = NestingRecovery.fieldlessClasses(recovery, parameterRecovery)
        .union(NestingRecovery.scalarUnions(recovery, parameterRecovery))
      recovery.knownFieldless = fieldless
      parameterRecovery.knownFieldless = fieldless
      let empty = NestingRecovery.emptyClasses(recovery, parameterRecovery)
      recovery.knownEmpty = empty
      parameterRecovery.knownEmpty = empty
      if pass == 1, !empty.isEmpty { passes = 3 }
      // What pass 0 saw of each class in the response examples serves every later list (REST
      // references only: the seed's recovery stays as it was).
      if pass >= 1,
        !reference.sections.flatMap(\.operations).allSatisfy({ OperationTraits.isConnectPath($0.httpPath ?? "") })
      {
        recovery.knownJSON = recovery.jsonByClass
      }
      for (s, section) in flat.sections.enumerated() {
        // Each section read in its own wire-name style (its evidence is read by wire name).
        recovery.section = s
        Naming.$style.withValue(styles.style(ofSection: s)) {
          for (o, operation) in section.operations.enumerated() {
            var hints: [NestingRecovery.JSONHint] = []
            if let header = operation.returns.first, case .classHeader(let name) = header.kind {
              hints = (examplesByType[name] ?? []).map { NestingRecovery.JSONHint(value: $0, complete: true) }
            } else if let header = operation.returns.first, case .type = header.kind, let response = responses[s][o],
              response.objectMembers != nil, IRBuilder.pageType(of: operation) == nil
            {
              // Returning a union (`Union[A, B]`): the example shows one member, not every field.
              hints = [NestingRecovery.JSONHint(value: response, complete: false)]
            }
            reference.sections[s].operations[o].returns = recovery.recover(operation.returns, hints: hints)
          }
          for (t, type) in section.domainTypes.enumerated() {
            var hints: [NestingRecovery.JSONHint] = []
            if let header = type.items.first, case .classHeader(let name) = header.kind {
              hints = (examplesByType[name] ?? []).map { NestingRecovery.JSONHint(value: $0, complete: true) }
            }
            reference.sections[s].domainTypes[t].items = recovery.recover(type.items, hints: hints, declares: true)
          }
        }
      }
      // A declaration that reads otherwise than in the pass before: what the parameters' lists
      // learned with the old reading (it served them as memberships) is no evidence now.
      if pass >= 1 {
        let changed = Set(recovery.declarations.keys).union(declarations.keys).filter {
          recovery.declarations[$0] != declarations[$0]
        }
        parameterRecovery.forgetLists(readWith: changed)
      }
      parameterRecovery.beginPass()
      parameterRecovery.memberships = recovery.schemas.mapValues(Set.init)
      parameterRecovery.membershipsReadOnTies = recovery.schemasReadOnTies
      parameterRecovery.membershipFieldClasses = recovery.fieldClasses
      parameterRecovery.membershipFieldLiterals = recovery.fieldLiterals
      parameterRecovery.leafClasses = recovery.leafClasses
      // A parameter class's Domain Type (`class ProductItemReqParam: …`) lists its fields and its
      // nested classes' in the parameters' namespace: the lists its fields' classes have there
      // (dodopayments' `CreditEntitlement` of a cart item, {credit_entitlement_id, credits_amount},
      // beside a response Domain Type `CreditEntitlement` of other fields).
      for (s, section) in flat.sections.enumerated() {
        parameterRecovery.section = s
        Naming.$style.withValue(styles.style(ofSection: s)) {
          for type in section.domainTypes {
            guard let header = type.items.first, case .classHeader(let name) = header.kind,
              NestingRecovery.isParameterClass(name)
            else { continue }
            parameterRecovery.learn(fromDeclaration: type.items)
          }
        }
      }
      for (s, section) in flat.sections.enumerated() {
        parameterRecovery.section = s
        Naming.$style.withValue(styles.style(ofSection: s)) {
          for (o, operation) in section.operations.enumerated() {
            // The first key of each request example is a top-level parameter.
            let firstKeys = operation.examples.compactMap {
              $0.code.flatMap { FlatYAMLLayout.firstKey(of: $0.content) }
            }
            var hints = firstKeys.map {
              NestingRecovery.JSONHint(value: .object([(Naming.jsonName($0), .null)]), complete: false)
            }
            // So is each keyword argument a Python example passes to the method.
            parameterRecovery.exampleKeywords = nil
            if let code = operation.codeExample, let signature = operation.signature,
              case let keywords = IRBuilder.pythonCallKeywords(
                code.content, accessor: SignatureSyntax.parse(signature)?.accessor ?? []),
              !keywords.isEmpty
            {
              hints.append(
                NestingRecovery.JSONHint(
                  value: .object(keywords.map { (Naming.jsonName($0), .null) }), complete: false))
              parameterRecovery.exampleKeywords = Set(keywords)
            }
            // The nesting the request examples show: a YAML example's keys written one right
            // after another, and the dicts a Python example passes (prelude's `events=[{…,
            // "target": {…}}]`: `target` is a field of each event, not a parameter).
            let passed = operation.codeExample.map { IRBuilder.pythonArgumentKeyPairs($0.content) } ?? []
            let shown =
              operation.examples.compactMap(\.code).flatMap { FlatYAMLLayout.keysOpeningObjects(of: $0.content) }
              + passed
            parameterRecovery.exampleDictKeys = passed.reduce(into: [:]) {
              $0[Naming.jsonName($1.parent), default: []].insert(Naming.jsonName($1.child))
            }
            parameterRecovery.exampleChildren = Set(
              shown.map { Naming.jsonName($0.parent) + "/" + Naming.jsonName($0.child) })
            parameterRecovery.pathParameters = IRBuilder.pathParameters(operation.httpPath ?? "")
            parameterRecovery.pages =
              IRBuilder.pageType(of: operation) != nil && !OperationTraits.isConnectPath(operation.httpPath ?? "")
            // A method whose events the reference names streams them when asked; so does one
            // whose last parameter says it streams server-sent events.
            parameterRecovery.streamSwitch = nil
            if let last = operation.parameters.last, last.fieldName == IRBuilder.streamSwitch {
              let returns = operation.signature.flatMap { SignatureSyntax.parse($0)?.returns }
              let description = operation.description.map { MarkdownRenderer.plainText($0.children) }
                .joined(separator: " ")
              let namesEvents =
                returns.flatMap {
                  IRBuilder.streamEventType(response: $0, description: description, isDeclared: namedClasses.contains)
                } != nil
              if namesEvents || last.description.lowercased().contains("server-sent events") {
                parameterRecovery.streamSwitch = IRBuilder.streamSwitch
              }
            }
            reference.sections[s].operations[o].parameters = parameterRecovery.recover(
              operation.parameters, hints: hints)
          }
        }
      }
      // (The first pass may read too deep where the second, knowing more, does not.)
      if pass == passes - 1, let location = recovery.tooDeep ?? parameterRecovery.tooDeep {
        throw DiagnosticError("fields nest deeper than \(NestingRecovery.maxDepth) objects here", at: location)
      }
      if pass == passes - 1 {
        diagnostics.append(contentsOf: recovery.passDiagnostics)
        diagnostics.append(contentsOf: parameterRecovery.passDiagnostics)
      }
    }
  }

  /// A structured list may put a class's fields beside its `class X: …` item instead of
  /// under it; either way they become its children.
  private static func normalizeClassHeaders(_ reference: inout ReferenceSyntax) {
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

  /// The first item a page's example shows: of its items array, or of the response itself when
  /// the page is that array (Finch's `SyncSinglePage`: the example is `[…]`).
  private static func firstArrayElement(_ value: JSONValue) -> JSONValue? {
    if let elements = value.arrayElements { return elements.first }
    return value.objectMembers?.lazy.compactMap { $0.value.arrayElements?.first }.first
  }
}
