/// Emits the server half of the generated package: a framework-independent Connect module
/// (`<Module>Server`: protocol core, one service protocol per resource, a mock answering with the
/// documented examples), a Hummingbird 2 adapter (`<Module>Hummingbird`), an executable
/// (`<module>-server`), and tests over real HTTP. The client module never depends on them.
enum ServerEmitter {
  /// Templates of files generated on every run, by output path (relative to the package).
  static let templateNames = [
    "server-connect-error", "server-connect-http", "server-connect-router", "server-authentication",
    "server-service", "server-services", "server-mock-examples", "server-mock", "server-hummingbird",
    "server-main", "server-options", "server-implementation", "server-test-client", "server-tests", "server-stub",
  ]

  /// The view of the server half for `builder`'s methods (document order), grouped by resource.
  static func view(builder: ModelBuilder, moduleName: String, apiTitle: String) -> ServerView {
    let serverModule = moduleName + "Server"
    let executableName = SwiftNaming.words(moduleName).joined(separator: "-") + "-server"
    var services: [ServiceView] = []
    var protocolNames: Set<String> = []
    var exampleNames: Set<String> = []
    var testNames: Set<String> = []
    var allOperations: [OperationView] = []
    var byResource: [(resource: Resource, models: [ModelBuilder.MethodModel])] = []
    for model in builder.methods {
      if let index = byResource.firstIndex(where: { $0.resource.path == model.resource.path }) {
        byResource[index].models.append(model)
      } else {
        byResource.append((model.resource, [model]))
      }
    }
    for (resource, models) in byResource {
      let protocolName = SwiftNaming.uniqued([serviceBaseName(resource) + "Service"], taken: protocolNames)[0]
      protocolNames.insert(protocolName)
      let base = String(protocolName.dropLast("Service".count))
      let proceduresName = base + "Procedures"
      let functionNames = SwiftNaming.uniqued(models.map { SwiftNaming.propertyName($0.method.name) })
      var operations: [OperationView] = []
      for (model, functionName) in zip(models, functionNames) {
        let method = model.method
        let words = resource.path + [method.name]
        let exampleName = SwiftNaming.uniqued([SwiftNaming.lowerCamelCase(words.joined(separator: "_"))], taken: exampleNames)[0]
        exampleNames.insert(exampleName)
        let lastPageName = SwiftNaming.uniqued([exampleName + "LastPage"], taken: exampleNames)[0]
        exampleNames.insert(lastPageName)
        let testName = SwiftNaming.uniqued([exampleName], taken: testNames)[0]
        testNames.insert(testName)
        let response = method.responseExample ?? .object([])
        let lastPage = method.pagination.map { response.removing(path: $0.nextTokenPath) } ?? response
        let responseText = response.printed()
        let lastPageText = lastPage.printed()
        let request = method.examples.first?.request ?? .object([])
        let requestText = request.printed()
        let (tokenProperty, tokenWireName) = queryParameter(method, named: method.pagination?.tokenParam)
        let (pageSizeProperty, pageSizeWireName) = queryParameter(method, named: method.pagination?.pageSizeParam)
        var summary = method.summary.isEmpty ? method.operation : method.summary
        summary += "\n\n`\(method.http.method) \(method.http.path)`"
        operations.append(
          OperationView(
            functionName: SwiftNaming.escaped(functionName), paramsType: model.paramsTypeName,
            responseType: model.responseType, procedurePath: SwiftNaming.stringLiteralContents(method.http.path),
            operationName: SwiftNaming.stringLiteralContents(builder.clientPath(resource, method)),
            operation: method.operation, proceduresName: proceduresName, protocolName: protocolName,
            docLines: DocComment.lines(summary, width: 96), queryAssignments: queryAssignments(method),
            hasQuery: !queryAssignments(method).isEmpty, isPaginated: method.pagination != nil,
            pageTokenExpressions: pageTokenExpressions(method), exampleName: exampleName,
            exampleLines: PackageEmitter.lines(responseText), lastPageExampleName: lastPageName,
            lastPageExampleLines: PackageEmitter.lines(lastPageText),
            rawDelimiter: PackageEmitter.rawDelimiter(for: responseText + lastPageText + requestText),
            tokenQueryName: SwiftNaming.stringLiteralContents(tokenWireName),
            pageSizeQueryName: SwiftNaming.stringLiteralContents(pageSizeWireName),
            registerLabel: SwiftNaming.escaped(SwiftNaming.lowerCamelCase(base)),
            tokenProperty: tokenProperty, pageSizeProperty: pageSizeProperty,
            hasTokenProperty: !tokenProperty.isEmpty, hasPageSizeProperty: !pageSizeProperty.isEmpty,
            requestLines: PackageEmitter.lines(requestText),
            testName: testName, isLast: false))
      }
      if !operations.isEmpty { operations[operations.count - 1].isLast = true }
      allOperations += operations
      services.append(
        ServiceView(
          protocolName: protocolName, proceduresName: proceduresName,
          registerLabel: SwiftNaming.escaped(SwiftNaming.lowerCamelCase(base)),
          resourcePath: resource.path.joined(separator: "."), title: resource.title, operations: operations,
          isLast: false))
    }
    if !services.isEmpty { services[services.count - 1].isLast = true }
    let sample = allOperations.first(where: { !$0.isPaginated }) ?? allOperations.first
    let paged = allOperations.first(where: \.isPaginated)
    func imports(_ names: [String]) -> [String] { Array(Set(names)).sorted() }
    return ServerView(
      moduleName: moduleName, serverModule: serverModule, hummingbirdModule: moduleName + "Hummingbird",
      executableName: executableName, executableModule: executableName.replacingOccurrences(of: "-", with: "_"),
      testModule: serverModule + "Tests", servicesName: moduleName + "Services", mockName: moduleName + "Mock",
      examplesName: moduleName + "MockExamples", implementationName: "ServerImplementation",
      tokenEnvironmentVariable: SwiftNaming.words(moduleName).joined(separator: "_").uppercased() + "_SERVER_TOKEN",
      apiTitle: apiTitle, services: services, operations: allOperations, sampleOperation: sample.map { [$0] } ?? [],
      pagedOperation: paged.map { [$0] } ?? [],
      stringFieldProbe: fieldProbe(builder) { $0 == .string }.map { [$0] } ?? [],
      enumFieldProbe: fieldProbe(builder) { isEnum($0, in: builder.api) }.map { [$0] } ?? [], serviceImports: imports([moduleName]),
      mockImports: imports(["Foundation", moduleName]),
      testImports: imports(["Foundation", "Testing", moduleName, serverModule, moduleName + "Hummingbird"]),
      mainImports: imports(["Foundation", "Hummingbird", "NIOCore", serverModule, moduleName + "Hummingbird"]),
      adapterImports: imports(["HTTPTypes", "Hummingbird", "NIOCore", serverModule]),
      stubImports: imports([moduleName, serverModule]))
  }

  /// The first top-level body parameter (document order) whose type `matches`.
  static func fieldProbe(_ builder: ModelBuilder, matches: (TypeRef) -> Bool) -> FieldProbeView? {
    for model in builder.methods {
      for field in model.method.params where (field.location ?? .body) == .body && matches(field.type) {
        return FieldProbeView(
          procedurePath: SwiftNaming.stringLiteralContents(model.method.http.path), paramsType: model.paramsTypeName,
          jsonName: SwiftNaming.stringLiteralContents(field.jsonName))
      }
    }
    return nil
  }

  /// Whether `type` is an enum: in place, or a Domain Type declared as one.
  static func isEnum(_ type: TypeRef, in api: APIDocument) -> Bool {
    switch type {
    case .enum: true
    case .ref(let name): api.allResources.contains { $0.types.contains { $0.name == name && $0.kind == .enum } }
    default: false
    }
  }

  /// The service's type name: the resource title without spaces when it is an identifier
  /// (`SSO Configurations` → `SSOConfigurations`), else the accessor name in UpperCamelCase.
  static func serviceBaseName(_ resource: Resource) -> String {
    let title = resource.title.split(separator: " ").map { SwiftNaming.capitalized(String($0)) }.joined()
    if SwiftNaming.isIdentifier(title), title.first?.isUppercase == true { return title }
    return SwiftNaming.upperCamelCase(resource.name)
  }

  /// Statements that copy the query parameters of `method` into `params` (a query parameter
  /// given overrides the body's).
  static func queryAssignments(_ method: Method) -> [String] {
    let names = SwiftNaming.uniqued(method.params.map { SwiftNaming.propertyName($0.name) })
    var statements: [String] = []
    for (field, name) in zip(method.params, names) where field.location == .query {
      let reader: String
      switch field.type {
      case .string: reader = "query.string"
      case .integer: reader = "try query.int"
      case .number: reader = "try query.double"
      case .boolean: reader = "try query.bool"
      default: continue
      }
      let property = "params." + SwiftNaming.escaped(name)
      statements.append(
        "\(property) = \(reader)(\"\(SwiftNaming.stringLiteralContents(field.jsonName))\") ?? \(property)")
    }
    return statements
  }

  /// The query parameter of `method` that `Pagination` names (`page_size`, as documented, or
  /// its wire name): its Swift property and its wire name; empty if there is none.
  static func queryParameter(_ method: Method, named documented: String?) -> (property: String, wireName: String) {
    let names = SwiftNaming.uniqued(method.params.map { SwiftNaming.propertyName($0.name) })
    for (field, name) in zip(method.params, names)
    where field.location == .query && (field.name == documented || field.jsonName == documented) {
      return (SwiftNaming.escaped(name), field.jsonName)
    }
    return ("", "")
  }

  /// Expressions over `params` holding the page token of a paginated `method`'s request: the
  /// token query parameter, and a `token` in a body object (`params.pagination?.token`).
  static func pageTokenExpressions(_ method: Method) -> [String] {
    guard let pagination = method.pagination else { return [] }
    var conditions: [String] = []
    func condition(_ segments: [(name: String, optional: Bool)]) -> String {
      var path = "params"
      for (index, segment) in segments.enumerated() {
        let previousOptional = index > 0 && segments[index - 1].optional
        path += (previousOptional ? "?." : ".") + SwiftNaming.escaped(segment.name)
      }
      return path
    }
    let names = SwiftNaming.uniqued(method.params.map { SwiftNaming.propertyName($0.name) })
    for (field, name) in zip(method.params, names) {
      let optional = !field.required || (field.location ?? .body) != .body
      let isToken = { (field: Field) in field.name == pagination.tokenParam || field.jsonName == pagination.tokenParam }
      if field.location == .query, isToken(field), field.type == .string {
        conditions.append(condition([(name, optional)]))
      }
      if (field.location ?? .body) == .body, case .object(_, let children) = field.type {
        let childNames = SwiftNaming.uniqued(children.map { SwiftNaming.propertyName($0.name) })
        for (child, childName) in zip(children, childNames)
        where isToken(child) && child.type == .string {
          conditions.append(condition([(name, optional), (childName, !child.required)]))
        }
      }
    }
    return conditions
  }

  /// Every generated file of the server half.
  static func files(_ view: ServerView, renderer: TemplateRenderer) throws(DiagnosticError) -> [GeneratedFile] {
    var files: [GeneratedFile] = []
    func add(_ path: String, _ value: Any, _ template: String) throws(DiagnosticError) {
      let text = renderer.render(value, template: template)
      guard !text.isEmpty else {
        throw DiagnosticError("the template '\(template).mustache' is missing or renders nothing", at: nil)
      }
      files.append(GeneratedFile(path: path, contents: text))
    }
    let server = "Sources/\(view.serverModule)"
    let runtime = RuntimeNames(moduleName: view.moduleName, access: nil, executableName: view.executableName)
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/RPCError.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/ConnectHTTP.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/ConnectRouter.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/Authentication.swift", runtime))
    for service in view.services {
      try add("\(server)/Services/\(service.protocolName).swift", serviceScoped(view, service), "server-service")
    }
    try add("\(server)/Services/\(view.servicesName).swift", view, "server-services")
    try add("\(server)/Mock/\(view.examplesName).swift", view, "server-mock-examples")
    try add("\(server)/Mock/\(view.mockName).swift", view, "server-mock")
    files.append(RuntimeSources.file("Sources/ExampleKitHummingbird/ConnectResponder.swift", runtime))
    let executable = "Sources/\(view.executableName)"
    try add("\(executable)/main.swift", view, "server-main")
    try add("\(executable)/ServerOptions.swift", view, "server-options")
    try add("\(executable)/\(view.implementationName).swift", view, "server-implementation")
    files.append(RuntimeSources.file("Tests/ExampleKitServerTests/HTTPTestClient.swift", runtime))
    try add("Tests/\(view.testModule)/ServerTests.swift", view, "server-tests")
    return files
  }

  /// The starter implementation: one file per service, named `<Service>+Implementation.swift`,
  /// extending the executable's `ServerImplementation` with every operation (TODO bodies).
  static func stubFiles(_ view: ServerView, renderer: TemplateRenderer) throws(DiagnosticError) -> [GeneratedFile] {
    var files: [GeneratedFile] = []
    for service in view.services {
      let text = renderer.render(serviceScoped(view, service), template: "server-stub")
      guard !text.isEmpty else {
        throw DiagnosticError("the template 'server-stub.mustache' is missing or renders nothing", at: nil)
      }
      files.append(GeneratedFile(path: "\(service.protocolName)+Implementation.swift", contents: text))
    }
    return files
  }

  /// The view with only `service` in `services`, for one-service files (templates read the
  /// shared names through Mustache's context stack).
  static func serviceScoped(_ view: ServerView, _ service: ServiceView) -> ServerView {
    var scoped = view
    scoped.services = [service]
    return scoped
  }
}

extension JSONValue {
  /// The value with the member at `path` removed (objects only; unchanged when absent).
  func removing(path: [String]) -> JSONValue {
    guard let key = path.first, case .object(let members) = self else { return self }
    if path.count == 1 { return .object(members.filter { $0.key != key }) }
    return .object(members.map { ($0.key, $0.key == key ? $0.value.removing(path: Array(path.dropFirst())) : $0.value) })
  }
}
