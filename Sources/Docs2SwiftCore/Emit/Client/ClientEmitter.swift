/// Renders the HTTP client of the generated package: the client type, one type per resource with
/// its methods, the runtime (options, transport, errors, retries, pagination), the
/// AsyncHTTPClient transport module and the client's tests.
struct ClientEmitter {
  let api: APIDocument
  let config: GeneratorConfig
  let moduleName: String
  let clientName: String
  let access: String
  let builder: ModelBuilder
  /// Every model declaration, by Swift name.
  let types: [String: TypeView]
  var diagnostics = DiagnosticSink()

  /// Top-level names the client runtime declares in the module; models must not take them.
  static func runtimeTypeNames(clientName: String) -> Set<String> {
    [
      errorName(clientName), "APIStatusError", "ConnectError", "ClientOptions", "RequestOptions", "APIResponse",
      "HTTPTransport", "TransportRequest", "TransportResponse", "HTTPHeaderFields", "TransportError", "URLSessionTransport",
      "ClientCore", "APIOperation", "QueryItems", "Page", "PageItems", "PaginatedResponse", "Logger", "Logging",
    ]
  }

  static func errorName(_ clientName: String) -> String { clientName + "Error" }

  var errorName: String { Self.errorName(clientName) }
  var asyncHTTPClientModuleName: String { moduleName + "AsyncHTTPClient" }
  var clientTestsModuleName: String { moduleName + "ClientTests" }

  init(
    api: APIDocument, config: GeneratorConfig, moduleName: String, clientName: String, access: String,
    builder: ModelBuilder, views: [(folder: String, type: TypeView)]
  ) {
    self.api = api
    self.config = config
    self.moduleName = moduleName
    self.clientName = clientName
    self.access = access
    self.builder = builder
    self.types = Dictionary(views.map { ($0.type.name, $0.type) }, uniquingKeysWith: { first, _ in first })
  }

  // MARK: - Files

  mutating func files(renderer: TemplateRenderer) throws(DiagnosticError) -> [GeneratedFile] {
    let sources = "Sources/\(moduleName)/Client"
    var files: [GeneratedFile] = []
    func add(_ path: String, _ value: Any, _ template: String) {
      files.append(GeneratedFile(path: path, contents: renderer.render(value, template: template)))
    }
    let resourceTypes = resourceTypeNames()
    let client = clientView(resourceTypes: resourceTypes)
    // The client type stays where the models-only package had it.
    add("Sources/\(moduleName)/\(clientName).swift", client, "client")
    let runtime = RuntimeNames(moduleName: moduleName, clientName: clientName, access: access)
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/ClientOptions.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/ClientCore.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/HTTPTransport.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/ExampleError.swift", runtime))
    files.append(
      RuntimeSources.file(
        "Sources/ExampleKit/Client/Pagination.swift", runtime,
        appending: renderer.render(
          ClientPaginationView(access: access, errorName: errorName, pages: try pageConformances()),
          template: "client-pagination")))
    for resource in api.allResources {
      add(
        "\(sources)/Resources/\(resourceTypes[resource.path]!).swift",
        try resourceView(resource, resourceTypes: resourceTypes), "client-resource")
    }
    files.append(RuntimeSources.file("Sources/ExampleKitAsyncHTTPClient/AsyncHTTPClientTransport.swift", runtime))
    let tests = "Tests/\(clientTestsModuleName)"
    let testsView = testsView()
    files.append(RuntimeSources.file("Tests/ExampleKitClientTests/TestServer.swift", runtime))
    files.append(RuntimeSources.file("Tests/ExampleKitClientTests/TestSupport.swift", runtime))
    add("\(tests)/ClientRequestTests.swift", testsView, "client-tests-requests")
    add("\(tests)/ClientBehaviourTests.swift", testsView, "client-tests-behaviour")
    add("\(tests)/ClientMockServerTests.swift", testsView, "client-tests-mock-server")
    return files
  }

  // MARK: - Client and resources

  func clientView(resourceTypes: [[String]: String]) -> ClientView {
    let apiKeyVariable =
      PackageEmitter.apiKeyEnvironmentVariable(api) ?? Self.environmentPrefix(clientName) + "_API_KEY"
    let prefix = apiKeyVariable.hasSuffix("_API_KEY") ? String(apiKeyVariable.dropLast("_API_KEY".count)) : Self.environmentPrefix(clientName)
    return ClientView(
      moduleName: moduleName, clientName: clientName, errorName: errorName, access: access,
      apiTitle: SwiftNaming.stringLiteralContents(api.title.isEmpty ? clientName : api.title),
      apiKeyEnvironmentVariable: apiKeyVariable, baseURLEnvironmentVariable: prefix + "_BASE_URL",
      defaultBaseURL: SwiftNaming.stringLiteralContents(config.baseURL ?? "http://localhost:8080"),
      sdkVersion: SwiftNaming.stringLiteralContents(config.sdkVersion ?? "0.1.0"),
      loggerLabel: moduleName.lowercased(), userAgentName: "\(clientName)-Swift",
      transportImports: Array(Set(["AsyncHTTPClient", "Foundation", "NIOCore", "NIOHTTP1", moduleName])).sorted(),
      resources: api.resources.map { reference($0, resourceTypes: resourceTypes) })
  }

  /// `Gitpod` → `GITPOD`, `MyAPI` → `MY_API`.
  static func environmentPrefix(_ name: String) -> String {
    SwiftNaming.words(name).map { $0.uppercased() }.joined(separator: "_")
  }

  /// Each resource's type name by its path: `CustomDomainsResource`, unique in the module.
  func resourceTypeNames() -> [[String]: String] {
    var taken = Set(builder.topLevels.map(\.swiftName)).union(Self.runtimeTypeNames(clientName: clientName))
    taken.insert(clientName)
    taken.insert(moduleName)
    var names: [[String]: String] = [:]
    for resource in api.allResources {
      // The heading keeps the reference's capitals: `SSO Configurations` → `SSOConfigurations`.
      let title = resource.title.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
      let base = SwiftNaming.isIdentifier(title) ? title : SwiftNaming.upperCamelCase(resource.name)
      var wanted = base + "Resource"
      if taken.contains(wanted), resource.path.count > 1 {
        wanted = SwiftNaming.upperCamelCase(resource.path.joined(separator: "_")) + "Resource"
      }
      let name = SwiftNaming.uniqued([wanted], taken: taken)[0]
      taken.insert(name)
      names[resource.path] = name
    }
    return names
  }

  func reference(_ resource: Resource, resourceTypes: [[String]: String]) -> ResourceReferenceView {
    ResourceReferenceView(
      propertyName: SwiftNaming.escaped(SwiftNaming.propertyName(resource.name)), typeName: resourceTypes[resource.path]!,
      docLines: ["/// \(resource.title): `\(resource.path.joined(separator: "."))`."])
  }

  func resourceView(_ resource: Resource, resourceTypes: [[String]: String]) throws(DiagnosticError)
    -> ClientResourceView
  {
    let children = resource.resources.map { reference($0, resourceTypes: resourceTypes) }
    let wanted = resource.methods.map { SwiftNaming.lowerCamelCase($0.name) }
    let names = SwiftNaming.uniqued(wanted, taken: Set(resource.resources.map { SwiftNaming.propertyName($0.name) }))
    var methods: [ClientMethodView] = []
    for (method, name) in zip(resource.methods, names) {
      guard let model = builder.methods.first(where: { $0.method == method && $0.resource.path == resource.path }) else {
        continue
      }
      methods.append(try methodView(model, name: name))
    }
    return ClientResourceView(
      moduleName: moduleName, access: access, errorName: errorName, typeName: resourceTypes[resource.path]!,
      docLines: DocComment.lines(
        "The \(resource.title) resource: `\(resource.path.joined(separator: "."))`. Get it from the client.", width: 100),
      resources: children, methods: methods)
  }

  func methodView(_ model: ModelBuilder.MethodModel, name: String) throws(DiagnosticError) -> ClientMethodView {
    let method = model.method
    guard let params = types[model.paramsTypeName] else {
      throw DiagnosticError("no parameters type for \(method.operation)", at: nil)
    }
    let nestedNames = Set(params.nestedTypes.map(\.name))
    let arguments = params.initParameters.enumerated().map { index, parameter in
      ClientArgumentView(
        label: parameter.label, name: parameter.name,
        type: Self.qualified(parameter.type, nestedNames: nestedNames, in: params.name),
        defaultValue: parameter.defaultValue, isLast: index == params.initParameters.count - 1)
    }
    var query: [ClientQueryView] = []
    for (field, property) in zip(method.params, params.properties) where field.location == .query {
      query.append(ClientQueryView(wireName: SwiftNaming.stringLiteralContents(field.jsonName), property: property.name))
    }
    var tokenProperty = ""
    var returnType = model.responseType
    if let pagination = method.pagination {
      guard
        let index = method.params.firstIndex(where: { $0.name == pagination.tokenParam || $0.jsonName == pagination.tokenParam }),
        index < params.properties.count
      else {
        throw DiagnosticError(
          "\(method.operation) is paginated but has no parameter '\(pagination.tokenParam)' for the next-page token",
          at: nil)
      }
      tokenProperty = params.properties[index].name
      returnType = "Page<\(model.responseType)>"
    }
    let clientPath = builder.clientPath(model.resource, method)
    var doc = method.description.isEmpty ? method.summary : method.description
    doc += (doc.isEmpty ? "" : "\n\n") + "`\(method.http.method) \(method.http.path)`"
    return ClientMethodView(
      name: SwiftNaming.escaped(name), rawName: name + "WithResponse", docLines: DocComment.lines(doc, width: 98),
      arguments: arguments, hasArguments: !arguments.isEmpty,
      optionsLabel: params.initParameters.contains { $0.label == "options" } ? "requestOptions" : "options",
      paramsType: params.name, returnType: returnType, valueType: model.responseType, clientPath: clientPath,
      isPaginated: method.pagination != nil, tokenProperty: tokenProperty, hasQuery: !query.isEmpty, query: query,
      operation: SwiftNaming.stringLiteralContents(method.operation),
      httpMethod: SwiftNaming.stringLiteralContents(method.http.method.uppercased()),
      path: SwiftNaming.stringLiteralContents(method.http.path), isReadOnly: isReadOnly(method) ? "true" : "false")
  }

  /// Read-only operations are retried on every transient failure: `Get…` and `List…` by name,
  /// unless the generator config says otherwise.
  func isReadOnly(_ method: Method) -> Bool {
    if config.readOnlyOperations.contains(method.operation) { return true }
    if config.writeOperations.contains(method.operation) { return false }
    for prefix in ["Get", "List"] where method.operation.hasPrefix(prefix) {
      let rest = method.operation.dropFirst(prefix.count)
      if rest.first.map({ $0.isUppercase }) ?? true { return true }
    }
    return false
  }

  /// `Filter?` → `OrganizationListMembersParams.Filter?` where `Filter` is nested in the params.
  static func qualified(_ type: String, nestedNames: Set<String>, in parent: String) -> String {
    var out = ""
    var word = ""
    func flush() {
      out += nestedNames.contains(word) ? parent + "." + word : word
      word = ""
    }
    for character in type {
      if character.isLetter || character.isNumber || character == "_" || character == "`" {
        word.append(character)
      } else {
        flush()
        out.append(character)
      }
    }
    flush()
    return out
  }

  // MARK: - Pagination

  func pageConformances() throws(DiagnosticError) -> [PageConformanceView] {
    var pages: [PageConformanceView] = []
    var seen: Set<String> = []
    for model in builder.methods {
      guard let pagination = model.method.pagination, seen.insert(model.responseType).inserted else { continue }
      guard let page = types[model.responseType],
        let items = page.properties.first(where: { $0.wireName == SwiftNaming.stringLiteralContents(pagination.itemsField) })
      else {
        throw DiagnosticError("no page type for \(model.method.operation)", at: nil)
      }
      let itemType = String(items.baseType.dropFirst().dropLast())
      let path = pagination.nextTokenPath.map { SwiftNaming.escaped(SwiftNaming.propertyName($0)) }
      pages.append(
        PageConformanceView(
          typeName: page.name, itemType: itemType, itemsProperty: items.name,
          nextTokenExpression: path.joined(separator: "?.")))
    }
    return pages
  }
}

// MARK: - Tests

extension ClientEmitter {
  /// The Swift method names of a resource's methods, in order.
  func methodNames(_ resource: Resource) -> [String] {
    SwiftNaming.uniqued(
      resource.methods.map { SwiftNaming.lowerCamelCase($0.name) },
      taken: Set(resource.resources.map { SwiftNaming.propertyName($0.name) }))
  }

  /// `client.organizations.customDomains.create`.
  func callee(_ model: ModelBuilder.MethodModel) -> String {
    let names = methodNames(model.resource)
    let index = model.resource.methods.firstIndex(of: model.method) ?? 0
    let properties = model.resource.path.map { SwiftNaming.escaped(SwiftNaming.propertyName($0)) }
    return (["client"] + properties + [SwiftNaming.escaped(names[index])]).joined(separator: ".")
  }

  func testsView() -> ClientTestsView {
    let shape = ExampleShape { name in
      if let decl = builder.decls[name] {
        return decl.kind == .enum ? .enum(name: name, values: decl.values) : .object(name: name, fields: decl.fields)
      }
      return builder.methodObjects[name].map { .object(name: name, fields: $0) }
    }
    var examples: [ClientExampleCaseView] = []
    var mockCalls: [ClientMockCallView] = []
    var labelled: [ClientLabelledCaseView] = []
    var usedNames: Set<String> = []
    func uniqueName(_ words: [String]) -> String {
      let name = SwiftNaming.uniqued([SwiftNaming.lowerCamelCase(words.joined(separator: "_"))], taken: usedNames)[0]
      usedNames.insert(name)
      return name
    }
    for model in builder.methods {
      let method = model.method
      let path = builder.clientPath(model.resource, method)
      let response = JSONLiteralView(method.responseExample ?? .object([]))
      for (index, example) in method.examples.enumerated() {
        let title = example.title.isEmpty ? "example \(index + 1)" : example.title
        let documented = shape.check(example.request, as: model.paramsShape).documentedPart
        examples.append(
          ClientExampleCaseView(
            functionName: uniqueName(model.resource.path + [method.name, String(index + 1)]),
            displayName: SwiftNaming.stringLiteralContents("\(path) sends \(title)"), paramsType: model.paramsTypeName,
            request: JSONLiteralView(example.request),
            expected: documented == example.request ? nil : JSONLiteralView(documented), response: response,
            path: SwiftNaming.stringLiteralContents(method.http.path), call: callee(model) + "(params)"))
      }
      let labelledCall = labelledArguments(method)
      let argumentLines = (labelledCall?.0 ?? []).enumerated().map {
        ListItemView(text: $1, isLast: $0 == (labelledCall?.0.count ?? 0) - 1)
      }
      if let example = method.examples.first {
        mockCalls.append(
          ClientMockCallView(
            displayName: path, callee: callee(model), hasParams: true, paramsType: model.paramsTypeName,
            params: JSONLiteralView(example.request), arguments: [], hasArguments: false))
      } else if labelledCall != nil {
        mockCalls.append(
          ClientMockCallView(
            displayName: path, callee: callee(model), hasParams: false, paramsType: model.paramsTypeName, params: nil,
            arguments: argumentLines, hasArguments: !argumentLines.isEmpty))
      }
      if let (arguments, body) = labelledCall {
        labelled.append(
          ClientLabelledCaseView(
            functionName: uniqueName(model.resource.path + [method.name, "labelled"]),
            displayName: SwiftNaming.stringLiteralContents("\(path) with labelled arguments"),
            callee: callee(model),
            arguments: arguments.enumerated().map { ListItemView(text: $1, isLast: $0 == arguments.count - 1) },
            hasArguments: !arguments.isEmpty, expectedBody: JSONLiteralView(body),
            response: response, path: SwiftNaming.stringLiteralContents(method.http.path)))
      }
    }
    func call(_ model: ModelBuilder.MethodModel) -> ClientCallView? {
      guard let example = model.method.examples.first, let response = model.method.responseExample else { return nil }
      return ClientCallView(
        paramsType: model.paramsTypeName, params: JSONLiteralView(example.request), response: JSONLiteralView(response),
        call: callee(model) + "(params, options: options)",
        rawCall: callee(model).replacingOccurrences(of: "`", with: "") + "WithResponse(params, options: options)",
        path: SwiftNaming.stringLiteralContents(model.method.http.path))
    }
    let plain = builder.methods.filter { $0.method.pagination == nil }
    let read = plain.first { isReadOnly($0.method) && call($0) != nil }.flatMap(call)
    let write = plain.first { !isReadOnly($0.method) && call($0) != nil }.flatMap(call)
    return ClientTestsView(
      moduleName: moduleName, clientName: clientName, errorName: errorName,
      asyncHTTPClientModuleName: asyncHTTPClientModuleName,
      imports: PackageEmitter.testImports(moduleName),
      supportImports: Array(Set(PackageEmitter.testImports(moduleName) + ["Logging"])).sorted(),
      behaviourImports: Array(Set(PackageEmitter.testImports(moduleName) + [asyncHTTPClientModuleName])).sorted(),
      examples: examples, labelled: labelled,
      read: read.map { [$0] } ?? [], write: write.map { [$0] } ?? [],
      pagination: paginationTest(call: call).map { [$0] } ?? [], unknownEnum: unknownEnumTest(plain, call: call).map { [$0] } ?? [],
      mockImports: Array(Set(PackageEmitter.testImports(moduleName) + [moduleName + "Server", moduleName + "Hummingbird"]))
        .sorted(),
      mockCalls: mockCalls, mockCallCount: mockCalls.count)
  }

  /// Arguments for a method's required parameters and the body they give, when every required
  /// parameter is a scalar or an enum.
  func labelledArguments(_ method: Method) -> ([String], JSONValue)? {
    var arguments: [String] = []
    var members: [(key: String, value: JSONValue)] = []
    for field in method.params where field.required {
      let label = SwiftNaming.propertyName(field.name)
      let label2 = ["inout", "var", "let"].contains(label) ? SwiftNaming.escaped(label) : label
      var type = field.type
      if case .ref(let name) = type, let decl = builder.decls[name], decl.kind == .enum {
        type = .enum(name: name, values: decl.values)
      }
      let source: String
      let value: JSONValue
      switch type {
      case .string:
        source = "\"\(SwiftNaming.stringLiteralContents(field.jsonName))\""
        value = .string(field.jsonName)
      case .integer:
        source = "7"
        value = .number("7")
      case .boolean:
        source = "true"
        value = .bool(true)
      case .enum(_, let values):
        guard let raw = values.first(where: { !$0.hasSuffix("_UNSPECIFIED") }) ?? values.first else { return nil }
        source = ".init(rawValue: \"\(SwiftNaming.stringLiteralContents(raw))\")"
        value = .string(raw)
      default:
        return nil
      }
      arguments.append("\(label2): \(source)")
      if (field.location ?? .body) == .body { members.append((field.jsonName, value)) }
    }
    return (arguments, .object(members))
  }

  func paginationTest(call: (ModelBuilder.MethodModel) -> ClientCallView?) -> ClientPaginationTestView? {
    for model in builder.methods {
      guard let pagination = model.method.pagination, let base = call(model),
        let item = model.method.responseExample?[pagination.itemsField]?.arrayElements?.first
      else { continue }
      let pages = (1...3).map { number -> JSONLiteralView in
        var members: [(key: String, value: JSONValue)] = [(pagination.itemsField, .array([item]))]
        if number < 3 {
          var token = JSONValue.string("page-\(number + 1)")
          for key in pagination.nextTokenPath.reversed() { token = .object([(key, token)]) }
          if case .object(let tokenMembers) = token { members += tokenMembers }
        }
        return JSONLiteralView(.object(members))
      }
      let tokenName = model.method.params.first { $0.name == pagination.tokenParam }?.jsonName ?? pagination.tokenParam
      return ClientPaginationTestView(
        call: base, pages: pages, tokenQueryName: SwiftNaming.stringLiteralContents(tokenName))
    }
    return nil
  }

  /// A read whose response example holds a documented enum value, with that value replaced by
  /// one the reference does not list.
  func unknownEnumTest(
    _ methods: [ModelBuilder.MethodModel], call: (ModelBuilder.MethodModel) -> ClientCallView?
  ) -> ClientEnumTestView? {
    let enumValues = Set(builder.decls.values.filter { $0.kind == .enum }.flatMap(\.values))
    let unknown = "DOCS2SWIFT_UNDOCUMENTED_VALUE"
    for model in methods {
      guard var view = call(model), let response = model.method.responseExample else { continue }
      var replaced = false
      let changed = Self.replacingFirstString(in: response, of: enumValues, with: unknown, replaced: &replaced)
      guard replaced else { continue }
      view.response = JSONLiteralView(changed)
      return ClientEnumTestView(call: view, unknownValue: unknown)
    }
    return nil
  }

  /// `value` with the first string that is one of `values` replaced by `replacement`.
  static func replacingFirstString(
    in value: JSONValue, of values: Set<String>, with replacement: String, replaced: inout Bool
  ) -> JSONValue {
    switch value {
    case .string(let text) where !replaced && values.contains(text):
      replaced = true
      return .string(replacement)
    case .array(let elements):
      var result: [JSONValue] = []
      for element in elements {
        result.append(replacingFirstString(in: element, of: values, with: replacement, replaced: &replaced))
      }
      return .array(result)
    case .object(let members):
      var result: [(key: String, value: JSONValue)] = []
      for member in members {
        result.append(
          (member.key, replacingFirstString(in: member.value, of: values, with: replacement, replaced: &replaced)))
      }
      return .object(result)
    default:
      return value
    }
  }
}
