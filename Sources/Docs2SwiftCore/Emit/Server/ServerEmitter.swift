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

  /// The view of the server half of `model`'s operations (document order), grouped by resource.
  static func view(_ model: SwiftModel) -> ServerView {
    let moduleName = model.moduleName
    let modules = model.modules
    let examples = modules.mockExamplesType
    let serverModule = modules.server
    let executableName = model.serverExecutableName
    var services: [ServiceView] = []
    var exampleNames: Set<String> = []
    var testNames: Set<String> = []
    var allOperations: [OperationView] = []
    var routeKeys: Set<String> = []
    let minimal = MinimalRequest(model)
    // The verbs each path template answers (for the 405 test).
    var verbs: [String: Set<String>] = [:]
    for operation in model.operations {
      verbs[operation.method.http.path, default: []].insert(operation.method.http.method.uppercased())
    }
    for resource in model.resources where !resource.operations.isEmpty {
      var operations: [OperationView] = []
      for operation in resource.operations.map({ model.operations[$0] }) {
        let method = operation.method
        let words = operation.resourcePath + [method.name]
        let exampleName = SwiftNaming.uniqued(
          [SwiftNaming.lowerCamelCase(words.joined(separator: "_"))], taken: exampleNames)[0]
        exampleNames.insert(exampleName)
        let lastPageName = SwiftNaming.uniqued([exampleName + "LastPage"], taken: exampleNames)[0]
        exampleNames.insert(lastPageName)
        let testName = SwiftNaming.uniqued([exampleName], taken: testNames)[0]
        testNames.insert(testName)
        let isRaw = method.response == .text || method.response == .binary
        var response = operation.responseExample ?? .object([])
        if isRaw { response = operation.responseExample ?? .string("") }
        // The last page has no next token, and says it has no more (`"has_more": false`); an
        // offset or page-number page ends empty.
        var lastPage = operation.page.map { response.removing(path: $0.nextTokenWirePath) } ?? response
        if operation.page != nil, let hasMore = method.pagination?.hasMorePath, !hasMore.isEmpty {
          lastPage = lastPage.setting(path: hasMore, to: .bool(false))
        }
        if let page = operation.page, page.tokenIsInteger {
          lastPage = lastPage.setting(path: page.itemsWirePath, to: .array([]))
        }
        var responseText = response.printed()
        if isRaw, case .string(let text) = response { responseText = text }
        let lastPageText = lastPage.printed()
        let wire = WireRequest(
          method, params: method.examples.first?.request ?? minimal.params(method), arrayFormat: model.queryArrayFormat)
        let requestText = (wire.body ?? .object([])).printed()
        var summary = method.summary.isEmpty ? method.operation : method.summary
        summary += "\n\n`\(method.http.method) \(method.http.pathAndQuery)`"
        let assignments = queryAssignments(
          operation, commaSeparated: model.queryArrayFormat == "comma", model: model)
        operations.append(
          OperationView(
            functionName: SwiftNaming.escaped(operation.functionName), paramsType: operation.paramsType,
            responseType: operation.streaming != nil
              ? "AsyncThrowingStream<\(operation.responseType), any Error>" : operation.responseType,
            procedurePath: SwiftNaming.stringLiteralContents(method.http.pathAndQuery),
            operationName: SwiftNaming.stringLiteralContents(operation.documentedPath),
            operation: method.operation, proceduresName: resource.proceduresName, protocolName: resource.serviceName,
            docLines: DocComment.lines(summary, width: 96), queryAssignments: assignments,
            hasQuery: !assignments.isEmpty, isPaginated: operation.page != nil,
            pageTokenExpressions: pageTokenExpressions(operation), exampleName: exampleName,
            exampleLines: PackageEmitter.lines(responseText), lastPageExampleName: lastPageName,
            lastPageExampleLines: PackageEmitter.lines(lastPageText),
            rawDelimiter: PackageEmitter.rawDelimiter(for: responseText + lastPageText + requestText),
            tokenQueryName: SwiftNaming.stringLiteralContents(
              tokenQueryProperty(operation).isEmpty ? "" : operation.page?.tokenWireName ?? ""),
            pageSizeQueryName: SwiftNaming.stringLiteralContents(operation.page?.pageSizeWireName ?? ""),
            registerLabel: SwiftNaming.argumentLabel(resource.registerLabel),
            tokenProperty: tokenQueryProperty(operation), pageSizeProperty: pageSizeQueryProperty(operation),
            hasTokenProperty: !tokenQueryProperty(operation).isEmpty,
            hasPageSizeProperty: !pageSizeQueryProperty(operation).isEmpty,
            requestLines: PackageEmitter.lines(requestText),
            testName: testName, isLast: false, valueType: operation.responseType,
            isStreaming: operation.streaming != nil,
            contentType: operation.streaming != nil ? "application/jsonl" : "application/json"))

        operations[operations.count - 1].firstPageHasNext = ClientEmitter.mockFirstPageHasNext(operation)
        operations[operations.count - 1].pagesComparisonWraps = SwiftLayout.overflows(
          "      #expect(\(examples).\(exampleName) != \(examples).\(lastPageName))")
        operations[operations.count - 1].headerAssignments = headerAssignments(operation, model: model)
        operations[operations.count - 1].hasHeaders = !operation.headerParameters.isEmpty
        operations[operations.count - 1].isMultipart = method.requestBody == .multipart
        operations[operations.count - 1].isPublic = !method.requiresCredentials
        operations[operations.count - 1].responseEnvelope =
          method.responseEnvelope.map { [SwiftNaming.stringLiteralContents($0)] } ?? []
        if let field = method.wholeBodyParameter {
          let wireName = [SwiftNaming.stringLiteralContents(field.jsonName)]
          if method.requestBody == .binary {
            operations[operations.count - 1].bodyField = wireName
          } else {
            operations[operations.count - 1].jsonBodyField = wireName
          }
        }
        operations[operations.count - 1].isText = method.response == .text
        operations[operations.count - 1].isBinary = method.response == .binary
        if let stream = operation.eventStream {
          let name = SwiftNaming.uniqued([exampleName + "Event"], taken: exampleNames)[0]
          exampleNames.insert(name)
          let event = minimal.value(of: stream.eventShape).printed()
          operations[operations.count - 1].eventStream = [
            EventStreamView(
              functionName: SwiftNaming.escaped(stream.functionName),
              procedureName: SwiftNaming.escaped(operation.functionName), eventType: stream.eventType,
              parameter: SwiftNaming.stringLiteralContents(stream.parameter), exampleName: name,
              exampleLines: PackageEmitter.lines(event), rawDelimiter: PackageEmitter.rawDelimiter(for: event))
          ]
        }
        restDetails(&operations[operations.count - 1], operation, model: model)
        testRequests(&operations[operations.count - 1], operation, wire, verbs: verbs[method.http.path] ?? [])
        // Missing members decode as zero values when the API omits them (proto3 JSON).
        operations[operations.count - 1].acceptsEmptyBody =
          model.zeroValueDefaults || !method.params.contains { $0.required && ($0.location ?? .body) == .body }
        let key = operations[operations.count - 1].routeKey
        operations[operations.count - 1].sharesRoute = !routeKeys.insert(key).inserted
      }
      if !operations.isEmpty { operations[operations.count - 1].isLast = true }
      allOperations += operations
      var service = ServiceView(
        protocolName: resource.serviceName, proceduresName: resource.proceduresName,
        registerLabel: SwiftNaming.argumentLabel(resource.registerLabel),
        resourcePath: resource.path.joined(separator: "."),
        title: resource.title, operations: operations, isLast: false)
      service.registerWraps = SwiftLayout.overflows(
        "  \(model.access) mutating func register(\(service.registerLabel) service: some \(service.protocolName)) {")
      services.append(service)
    }
    if !services.isEmpty { services[services.count - 1].isLast = true }
    // The single-route tests send JSON bodies and compare JSON answers: an operation with a
    // body and a JSON response, best one whose smallest body is `{}` (every test's body is valid).
    let candidates = allOperations.filter { !$0.isPaginated && !$0.isStreaming }
    let jsonWithBody = candidates.filter { $0.sendsBody && !$0.isText && !$0.isBinary }
    let sample =
      jsonWithBody.first(where: \.acceptsEmptyBody) ?? jsonWithBody.first ?? candidates.first
      ?? allOperations.first(where: { !$0.isStreaming })
    // A list whose documented first page has a next one shows the walk from it to the last.
    let paged =
      allOperations.first { $0.isPaginated && $0.firstPageHasNext } ?? allOperations.first(where: \.isPaginated)
    func imports(_ names: [String]) -> [String] { Array(Set(names)).sorted() }
    // A service returning bytes (`Data`) needs Foundation.
    let serviceModules =
      model.operations.contains { $0.responseType == "Data" } ? [moduleName, "Foundation"] : [moduleName]
    var view = ServerView(
      access: model.access, modules: modules,
      executableName: executableName, executableModule: executableName.replacingOccurrences(of: "-", with: "_"),
      implementationName: "ServerImplementation",
      tokenEnvironmentVariable: SwiftNaming.words(moduleName).joined(separator: "_").uppercased() + "_SERVER_TOKEN",
      bearerAuthentication: !model.authIsGuessed && model.authHeader == "Authorization" && model.authScheme == "Bearer",
      keyHeaderAuthentication: !model.authIsGuessed
        && !(model.authHeader == "Authorization" && model.authScheme == "Bearer"),
      guessedAuthentication: model.authIsGuessed,
      authHeader: SwiftNaming.stringLiteralContents(model.authHeader),
      authSchemeLiteral: model.authScheme.map { "\"\(SwiftNaming.stringLiteralContents($0))\"" } ?? "nil",
      apiTitle: model.apiTitle, apiTitleLiteral: SwiftNaming.stringLiteralContents(model.apiTitle),
      typePrefix: model.typePrefix,
      protocolSummary: model.operations.allSatisfy(\.isConnect)
        ? "Connect protocol, JSON over HTTP/1.1"
        : model.operations.contains(where: \.isConnect)
          ? "Connect and REST, JSON over HTTP/1.1" : "REST, JSON over HTTP/1.1",
      services: services,
      operations: allOperations,
      sampleOperation: sample.map { [$0] } ?? [],
      pagedOperation: paged.map { [$0] } ?? [],
      stringFieldProbe: fieldProbe(model) { $0 == .string }.map { [$0] } ?? [],
      enumFieldProbe: fieldProbe(model) { $0.isEnum(in: model.documentedTypes) }.map { [$0] } ?? [],
      serviceImports: imports(serviceModules),
      mockImports: imports(["Foundation", moduleName, serverModule]),
      testImports: imports([
        "Foundation", "Testing", moduleName, serverModule, modules.hummingbird, modules.mocks,
      ]),
      mainImports: imports([
        "Foundation", "Hummingbird", "NIOCore", serverModule, modules.hummingbird, modules.mocks,
      ]),
      stubImports: imports([moduleName, serverModule]))
    view.hasTextResponses = allOperations.contains(where: \.isText)
    view.hasEventStreams = allOperations.contains { !$0.eventStream.isEmpty }
    view.hasResponseEnvelopes = allOperations.contains { !$0.responseEnvelope.isEmpty }
    return view
  }

  /// The first top-level body parameter (document order) whose type `matches`, of an operation
  /// with a JSON body, with the other members of that operation's smallest request.
  static func fieldProbe(_ model: SwiftModel, matches: (TypeRef) -> Bool) -> FieldProbeView? {
    let minimal = MinimalRequest(model)
    for operation in model.operations
    where operation.method.sendsBody && operation.method.requestBody != .multipart {
      for field in operation.method.params where (field.location ?? .body) == .body && matches(field.type) {
        let wire = WireRequest(
          operation.method, params: minimal.params(operation.method), arrayFormat: model.queryArrayFormat)
        let others = JSONValue.object((wire.body?.objectMembers ?? []).filter { $0.key != field.jsonName }).printed()
        return FieldProbeView(
          procedurePath: SwiftNaming.stringLiteralContents(operation.method.http.pathAndQuery),
          httpMethod: SwiftNaming.stringLiteralContents(wire.method),
          requestTarget: SwiftNaming.stringLiteralContents(wire.target),
          otherLines: PackageEmitter.lines(others), rawDelimiter: PackageEmitter.rawDelimiter(for: others),
          paramsType: operation.paramsType,
          jsonName: SwiftNaming.stringLiteralContents(field.jsonName))
      }
    }
    return nil
  }

  /// The generated tests' requests of an operation: its `WireRequest`, a verb its path does not
  /// answer and those it does (`verbs`, of every operation on the path template), and for a
  /// paginated one the paging tests' targets.
  static func testRequests(
    _ view: inout OperationView, _ operation: SwiftOperation, _ wire: WireRequest, verbs: Set<String>
  ) {
    view.allowedMethods = SwiftNaming.stringLiteralContents(verbs.sorted().joined(separator: ", "))
    view.otherMethod = ["GET", "PUT", "POST", "PATCH", "DELETE"].first { !verbs.contains($0) } ?? "TRACE"
    view.requestTarget = SwiftNaming.stringLiteralContents(wire.target)
    view.requestPath = SwiftNaming.stringLiteralContents(wire.path)
    view.requestQuery = SwiftNaming.stringLiteralContents(wire.queryString)
    view.sendsBody = wire.body != nil
    if view.isText { view.contentType = "text/plain; charset=utf-8" }
    if view.isBinary { view.contentType = "application/octet-stream" }
    guard let page = operation.page else { return }
    func target(_ items: [(String, String)]) -> String {
      var paged = wire
      paged.query += items.map { WireRequest.QueryItem(name: $0.0, value: $0.1) }
      return SwiftNaming.stringLiteralContents(paged.target)
    }
    let tokenName = tokenQueryProperty(operation).isEmpty ? "" : page.tokenWireName
    let sizeName = page.pageSizeWireName ?? ""
    // An offset or page number is a number: the next page's, and one to echo.
    view.nextTokenValue =
      page.tokenIsInteger ? String(page.firstPageNumber + 5) : page.integerCursor ? "5" : "next page"
    view.echoTokenValue = page.tokenIsInteger || page.integerCursor ? "12" : "abc/d"
    view.firstPageTarget = target([(sizeName, "5")])
    view.nextPageTarget = target([(tokenName, view.nextTokenValue)])
    view.echoPageTarget = target([(tokenName, view.echoTokenValue), (sizeName, "7")])
    view.invalidPageSizeTarget = target([(sizeName, "many")])
  }

  /// The `QueryParameters` reader of a path or query parameter's text, and for an enum its
  /// Swift type (`swiftType`, qualified: a struct that keeps values the docs do not list, made
  /// from the text by `init(rawValue:)`); nil for a type no text carries.
  static func textReader(_ type: TypeRef, swiftType: SwiftType, model: SwiftModel) -> (String, String?)? {
    switch type {
    case .string: ("string", nil)
    case .integer: ("int", nil)
    case .number: ("double", nil)
    case .boolean: ("bool", nil)
    case .datetime: ("timestamp", nil)
    case let type where type.isEnum(in: model.documentedTypes): ("string", swiftType.qualified)
    default: nil
    }
  }

  /// The `QueryParameters` reader of a type its text does not carry alone: `map` for a map of
  /// scalars, enums or unions as the SDKs send one (`metadata[key]=value`), `object` for an
  /// object (`created_at[after]=…`, nested `filter[range][gte]=…`), `decoded` for a union
  /// (`size=12` its `Int` member, `size=big` its `String`); nil for any other type.
  static func decodingReader(_ type: TypeRef, model: SwiftModel) -> String? {
    if case .map(let value) = type,
      textReader(value, swiftType: .named("String"), model: model) != nil || isUnion(value, in: model)
    {
      return "map"
    }
    if isObject(type, in: model) { return "object" }
    if isUnion(type, in: model) { return "decoded" }
    return nil
  }

  /// Whether `type` is an object: in place, a Domain Type declared as one, or one a method returns.
  static func isObject(_ type: TypeRef, in model: SwiftModel) -> Bool {
    switch type {
    case .object: true
    case .ref(let name): model.documentedTypes[name].map { $0.kind == .object } ?? (model.methodObjects[name] != nil)
    default: false
    }
  }

  /// Whether `type` is a union: in place, or a Domain Type declared as one.
  static func isUnion(_ type: TypeRef, in model: SwiftModel) -> Bool {
    switch type {
    case .union: true
    case .ref(let name): model.documentedTypes[name]?.kind == .union
    default: false
    }
  }

  /// The REST parts of an operation's view: its verb, route key and path parameters. A Connect
  /// operation (every `POST` to a path without placeholders) keeps the seed's view.
  static func restDetails(_ view: inout OperationView, _ operation: SwiftOperation, model: SwiftModel) {
    let method = operation.method
    let verb = method.http.method.uppercased()
    view.httpMethod = SwiftNaming.stringLiteralContents(verb)
    view.hasPageTokens = !pageTokenExpressions(operation).isEmpty
    view.isREST = verb != "POST" || method.http.path.containsText("{") || !method.http.query.isEmpty
    view.routeKey = verb == "POST" ? view.procedurePath : view.httpMethod + " " + view.procedurePath
    let placeholders = IRBuilder.pathParameters(method.http.path)
    // Text path parameters as they are; numbers and booleans read as such (a value that is not
    // one is invalid_argument).
    for field in method.params where field.location == .path && placeholders.contains(field.name) {
      // The parameters type's property for it, as the Swift model named it.
      guard
        let property = model.declaration(named: operation.paramsType)?.properties.first(where: {
          $0.documentedName == field.name || $0.wireName == field.jsonName
        })
      else { continue }
      guard
        let (reader, enumType) = textReader(
          field.type, swiftType: model.qualified(property.type, in: operation.paramsType), model: model)
      else { continue }
      view.pathAssignments.append(
        QueryAssignmentView(
          property: SwiftNaming.escaped(property.name), reader: reader, throws: reader != "string",
          wireName: SwiftNaming.stringLiteralContents(field.name), isArray: false, commaSeparated: false,
          enumType: enumType.map { [$0] } ?? []))
    }
    view.hasTypedPathAssignments = view.pathAssignments.contains(where: \.throws)
  }

  /// The query parameters of `operation` copied into `params` (a query parameter given overrides
  /// the body's): scalars, enums (by raw value) and arrays of either, an array in each format
  /// the SDKs send (`commaSeparated`: the API's `queryArrayFormat` is `comma`), timestamps (RFC
  /// 3339), unions (as their members decode the text), maps of those (`metadata[key]=value`),
  /// objects (`created_at[after]=…`) and lists of objects (`items[][id]=…`); those of types a
  /// query cannot carry as text (nested maps, any JSON, lists of unions) are left out.
  static func queryAssignments(
    _ operation: SwiftOperation, commaSeparated: Bool, model: SwiftModel
  ) -> [QueryAssignmentView] {
    operation.queryParameters.compactMap { parameter in
      guard
        let argument = operation.arguments.first(where: { $0.name == SwiftNaming.escaped(parameter.property) })
      else { return nil }
      var type = parameter.type
      var isArray = false
      if case .array(let element) = type {
        type = element
        isArray = true
      }
      let swiftType = argument.type.arrayElement ?? argument.type
      // A list of objects is read whole, as an object is (`items[][id]=…`).
      let isObjectList = isArray && isObject(type, in: model)
      if !isArray || isObjectList, let reader = isObjectList ? "object" : decodingReader(type, model: model) {
        // Read through a decoder rather than as one text; an object's lists in the API's format.
        let inCommaFormat = reader == "object" && commaSeparated
        var view = QueryAssignmentView(
          property: SwiftNaming.escaped(parameter.property), reader: reader, throws: true,
          wireName: SwiftNaming.stringLiteralContents(parameter.wireName), isArray: false,
          commaSeparated: commaSeparated, enumType: [],
          decodedType: [(isObjectList ? argument.type : swiftType).qualified])
        view.objectInCommaFormat = inCommaFormat
        view.fallback = "params." + view.property
        view.wraps = SwiftLayout.overflows(
          "      params.\(view.property) = try query.\(reader)(\"\(view.wireName)\", as: \(view.decodedType[0]).self"
            + (inCommaFormat ? ", commaSeparated: true" : "") + ") ?? \(view.fallback)")
        return view
      }
      // No text reads as an array of Bools or of timestamps.
      guard !(isArray && (type == .boolean || type == .datetime)),
        let (reader, enumType) = textReader(type, swiftType: swiftType, model: model)
      else { return nil }
      // A required parameter the request lacks is `invalid_argument` (a list is empty then).
      let isMissing = !argument.isOptional && !isArray
      var view = QueryAssignmentView(
        property: SwiftNaming.escaped(parameter.property), reader: isArray ? reader + "s" : reader,
        throws: reader != "string" || isMissing, wireName: SwiftNaming.stringLiteralContents(parameter.wireName),
        isArray: isArray, commaSeparated: commaSeparated, enumType: enumType.map { [$0] } ?? [])
      view.fallback = isMissing ? "query.missing(\"\(view.wireName)\")" : "params." + view.property
      let arguments = "\"\(view.wireName)\"" + (isArray ? ", commaSeparated: \(commaSeparated)" : "")
      let conversion = enumType.map { (isArray ? "?" : "") + ".map(\($0).init(rawValue:))" } ?? ""
      view.wraps = SwiftLayout.overflows(
        "      params.\(view.property) = \(view.throws ? "try " : "")query.\(view.reader)(\(arguments))\(conversion)"
          + " ?? \(view.fallback)")
      return view
    }
  }

  /// The header parameters of `operation` copied into `params` as the client sends them (a
  /// header given overrides the body's).
  static func headerAssignments(_ operation: SwiftOperation, model: SwiftModel) -> [HeaderAssignmentView] {
    let properties = model.declaration(named: operation.paramsType)?.properties ?? []
    return operation.headerParameters.compactMap { header in
      guard let property = properties.first(where: { $0.name == header.property }) else { return nil }
      var view = HeaderAssignmentView(
        property: SwiftNaming.escaped(property.name), headerName: SwiftNaming.stringLiteralContents(header.headerName),
        swiftType: model.qualified(property.type, in: operation.paramsType).qualified)
      // A required header the request lacks is `invalid_argument` (a list is empty then).
      view.fallback =
        !property.isOptional && property.type.arrayElement == nil
        ? "headers.missing(\"\(view.headerName)\")" : "params." + view.property
      view.wraps = SwiftLayout.overflows(
        "      params.\(view.property) = try headers.parameter(\"\(view.headerName)\", as: \(view.swiftType).self)"
          + " ?? \(view.fallback)")
      return view
    }
  }

  /// The query parameter that carries the page token, escaped; empty if the token is not a
  /// query parameter.
  static func tokenQueryProperty(_ operation: SwiftOperation) -> String {
    guard let page = operation.page,
      operation.queryParameters.contains(where: { $0.property == page.tokenProperty })
    else { return "" }
    return SwiftNaming.escaped(page.tokenProperty)
  }

  static func pageSizeQueryProperty(_ operation: SwiftOperation) -> String {
    operation.page?.pageSizeProperty.map(SwiftNaming.escaped) ?? ""
  }

  /// Expressions over `params` holding the page token of a paginated operation's request: the
  /// token query parameter, and a `token` in a body object (`params.pagination?.token`).
  static func pageTokenExpressions(_ operation: SwiftOperation) -> [String] {
    (operation.page?.tokenPaths ?? []).map { steps in
      var path = "params"
      for (index, step) in steps.enumerated() {
        let previousOptional = index > 0 && steps[index - 1].isOptional
        path += (previousOptional ? "?." : ".") + SwiftNaming.escaped(step.name)
      }
      // An integer cursor asks for a later page whenever it is given.
      if let page = operation.page, page.integerCursor {
        return steps.last?.isOptional == false ? "String(\(path))" : "\(path).map { String($0) }"
      }
      // An offset or page number asks for a later page when past the first's.
      if let page = operation.page, page.tokenIsInteger {
        let first = page.firstPageNumber
        return steps.last?.isOptional == false
          ? "(\(path) > \(first) ? String(\(path)) : nil)" : "\(path).flatMap { $0 > \(first) ? String($0) : nil }"
      }
      return path
    }
  }

  /// Every generated file of the server half.
  static func files(_ view: ServerView, renderer: TemplateRenderer) throws(DiagnosticError) -> [GeneratedFile] {
    var files: [GeneratedFile] = []
    func add(_ path: String, _ value: some TemplateView, _ template: String) throws(DiagnosticError) {
      let text = renderer.render(value, template: template)
      guard !text.isEmpty else {
        throw DiagnosticError("the template '\(template).mustache' is missing or renders nothing", at: nil)
      }
      files.append(GeneratedFile(path: path, contents: text))
    }
    let server = "Sources/\(view.serverModule)"
    // The server's runtime takes the configured access too: its public API holds the client
    // module's types (`GitpodHTTPHeaderFields`), which `package` access makes package types.
    let runtime = RuntimeNames(
      modules: view.modules, typePrefix: view.typePrefix, access: view.access, executableName: view.executableName)
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/RPCError.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/ConnectHTTP.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/ConnectRouter.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/Streaming.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/Authentication.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/RESTRouting.swift", runtime))
    // (An upload's parts are read by the query objects' decoder.)
    let takesUploads = view.operations.contains(where: \.isMultipart)
    if takesUploads || view.operations.contains(where: { $0.queryAssignments.contains { $0.reader == "object" } }) {
      files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/QueryObjects.swift", runtime))
    }
    if takesUploads {
      files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/MultipartForms.swift", runtime))
    }
    if view.operations.contains(where: \.hasHeaders) {
      files.append(RuntimeSources.file("Sources/ExampleKitServer/Connect/HeaderParameters.swift", runtime))
    }
    for service in view.services {
      try add("\(server)/Services/\(service.protocolName).swift", serviceScoped(view, service), "server-service")
    }
    try add("\(server)/Services/\(view.servicesName).swift", view, "server-services")
    // The mocks are a module of their own: a production server does not link them.
    try add("Sources/\(view.mockModule)/\(view.examplesName).swift", view, "server-mock-examples")
    try add("Sources/\(view.mockModule)/\(view.mockName).swift", view, "server-mock")
    files.append(RuntimeSources.file("Sources/ExampleKitHummingbird/ConnectResponder.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKitHummingbird/RouterRegistration.swift", runtime))
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
