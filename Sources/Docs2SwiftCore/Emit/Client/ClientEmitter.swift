/// Renders the HTTP client of the generated package: the client type, one type per resource with
/// its methods, the runtime (options, transport, errors, retries, pagination), the
/// AsyncHTTPClient transport module and the client's tests.
struct ClientEmitter {
  let model: SwiftModel
  let config: GeneratorConfig
  /// Every model declaration, by Swift name.
  let types: [String: TypeView]
  /// The view of each operation of `model.operations`, by index: made once (and again when the
  /// examples arrive), read by the resources and by the documentation.
  private(set) var methodViews: [ClientMethodView] = []
  /// The first request example of each operation as Swift (its title, its lines), by the
  /// operation's Swift path: the labelled method's documentation shows it.
  var methodExamples: [String: (title: String, lines: [String])] = [:] {
    didSet { methodViews = model.operations.map(methodView) }
  }

  var moduleName: String { model.moduleName }
  var clientName: String { model.clientName }
  var errorName: String { model.errorName }
  var access: String { model.access }
  var asyncHTTPClientModuleName: String { model.modules.asyncHTTPClient }
  var clientTestsModuleName: String { model.modules.clientTests }

  init(model: SwiftModel, config: GeneratorConfig, views: [(file: String, type: TypeView)]) {
    self.model = model
    self.config = config
    self.types = Dictionary(views.map { ($0.type.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    methodViews = model.operations.map(methodView)
  }

  // MARK: - Files

  func files(renderer: TemplateRenderer) throws(DiagnosticError) -> [GeneratedFile] {
    let sources = "Sources/\(moduleName)/Client"
    var files: [GeneratedFile] = []
    func add(_ path: String, _ value: some TemplateView, _ template: String) {
      files.append(GeneratedFile(path: path, contents: renderer.render(value, template: template)))
    }
    let client = clientView()
    // The client type stays where the models-only package had it.
    add("Sources/\(moduleName)/\(clientName).swift", client, "client")
    let runtime = RuntimeNames(
      modules: model.modules, typePrefix: model.typePrefix, clientName: clientName, errorName: errorName,
      access: access)
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/ClientOptions.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/ClientCore.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/HTTPTransport.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/ExampleError.swift", runtime))
    // Uploads (`multipart/form-data`): ClientCore's request building uses it for any API.
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/Multipart.swift", runtime))
    if model.operations.contains(where: { $0.method.response == .binary || $0.method.response == .text }) {
      files.append(RuntimeSources.file("Sources/ExampleKit/Client/RawResponses.swift", runtime))
    }
    if usesPathParameters {
      files.append(RuntimeSources.file("Sources/ExampleKit/Client/PathParameters.swift", runtime))
    }
    if model.operations.contains(where: { !$0.queryParameters.isEmpty && $0.method.http.method.uppercased() != "POST" })
    {
      // REST query parameters may be objects (`metadata[key]=value`).
      files.append(RuntimeSources.file("Sources/ExampleKit/Client/QueryEncoding.swift", runtime))
    }
    if model.operations.contains(where: { !$0.headerParameters.isEmpty }) {
      files.append(RuntimeSources.file("Sources/ExampleKit/Client/HeaderParameters.swift", runtime))
    }
    files.append(RuntimeSources.file("Sources/ExampleKit/Client/Streaming.swift", runtime))
    files.append(
      RuntimeSources.file(
        "Sources/ExampleKit/Client/Pagination.swift", runtime,
        appending: renderer.render(
          ClientPaginationView(access: access, errorName: errorName, pages: pageConformances()),
          template: "client-pagination")))
    for resource in model.resources {
      add("\(sources)/Resources/\(resource.typeName).swift", resourceView(resource), "client-resource")
      if resource.extendsClient {
        var view = resourceView(resource)
        view.extendedType = [clientName]
        view.resources = []
        view.docLines = DocComment.lines(
          "The methods of the client itself, as `client.\(model.operations[resource.operations[0]].functionName)(…)` "
            + "(also reached as `\(accessor(resource))`).", width: 100)
        add("\(sources)/\(clientName)+Methods.swift", view, "client-resource")
      }
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

  func clientView() -> ClientView {
    ClientView(
      moduleName: moduleName, clientName: clientName, errorName: errorName, access: access,
      apiTitle: SwiftNaming.stringLiteralContents(model.apiTitle.isEmpty ? clientName : model.apiTitle),
      apiKeyEnvironmentVariable: model.apiKeyEnvironmentVariable,
      baseURLEnvironmentVariable: model.baseURLEnvironmentVariable,
      defaultBaseURL: SwiftNaming.stringLiteralContents(config.baseURL ?? "http://localhost:8080"),
      sdkVersion: SwiftNaming.stringLiteralContents(config.sdkVersion ?? "0.1.0"),
      authHeader: model.authHeader,
      authSchemeLiteral: model.authScheme.map { "\"\(SwiftNaming.stringLiteralContents($0))\"" } ?? "nil",
      authSample: "\(model.authHeader): " + (model.authScheme.map { "\($0) " } ?? "") + "…",
      loggerLabel: moduleName.lowercased(), userAgentName: "\(clientName)-Swift",
      resources: model.resources.filter { $0.path.count == 1 }.map(reference),
      queryArrayFormat: SwiftNaming.escaped(model.queryArrayFormat),
      clientOptions: model.clientOptions.map {
        ClientOptionView(name: $0.name, documentedName: SwiftNaming.stringLiteralContents($0.documentedName))
      })
  }

  /// `client.organizations.customDomains`: how a caller reaches a resource, from the model's
  /// property names.
  func accessor(_ resource: SwiftResource) -> String {
    let properties = (1...max(1, resource.path.count)).compactMap { model.resource(Array(resource.path.prefix($0))) }
      .map(\.propertyName)
    // (No backticks: a member after a dot needs none, and a code span cannot hold them.)
    return (["client"] + properties).joined(separator: ".")
  }

  func reference(_ resource: SwiftResource) -> ResourceReferenceView {
    var view = ResourceReferenceView(
      propertyName: SwiftNaming.escaped(resource.propertyName), typeName: resource.typeName,
      docLines: DocComment.lines(
        "The methods of the \(resource.title) resource, reached as `\(accessor(resource))`.", width: 96))
    view.wraps = SwiftLayout.overflows(
      "  \(access) var \(view.propertyName): \(view.typeName) { \(view.typeName)(core: core) }")
    return view
  }

  func resourceView(_ resource: SwiftResource) -> ClientResourceView {
    ClientResourceView(
      moduleName: moduleName, access: access, errorName: errorName, typeName: resource.typeName,
      docLines: DocComment.lines(
        "The methods of the \(resource.title) resource, reached as `\(accessor(resource))`.", width: 100),
      resources: resource.children.compactMap { model.resource($0) }.map(reference),
      methods: resource.operations.map { methodViews[$0] })
  }

  func methodView(_ operation: SwiftOperation) -> ClientMethodView {
    let method = operation.method
    let arguments = operation.arguments.enumerated().map { index, argument in
      ClientArgumentView(
        label: argument.label, name: argument.name, type: argument.type.qualified + (argument.isOptional ? "?" : ""),
        hasDefault: argument.defaultValue != nil, defaultValue: argument.defaultValue ?? "",
        isLast: index == operation.arguments.count - 1)
    }
    let query = operation.queryParameters.map {
      ClientQueryView(
        wireName: SwiftNaming.stringLiteralContents($0.wireName), property: SwiftNaming.escaped($0.property),
        appendMethod: isStructured($0.type) ? "appendEncoded" : "append")
    }
    let docs = MethodDocs(operation, errorName: errorName, example: methodExamples[operation.swiftPath])
    var view = ClientMethodView(
      name: SwiftNaming.escaped(operation.functionName), rawName: operation.rawFunctionName,
      docLines: DocComment.lines(docs.labelled, width: 98), paramsDocLines: DocComment.lines(docs.params, width: 98),
      rawDocLines: DocComment.lines(docs.raw, width: 98), arguments: arguments, hasArguments: !arguments.isEmpty,
      optionsLabel: operation.optionsLabel, paramsType: operation.paramsType,
      returnType: operation.streaming != nil
        ? "\(model.runtimeType("JSONLinesStream"))<\(operation.responseType)>"
        : operation.page == nil ? operation.responseType : "\(model.runtimeType("Page"))<\(operation.responseType)>",
      valueType: operation.responseType, clientPath: operation.swiftPath, isPaginated: operation.page != nil,
      tokenProperty: operation.page.map { SwiftNaming.escaped($0.tokenProperty) } ?? "", hasQuery: !query.isEmpty,
      query: query, operation: SwiftNaming.stringLiteralContents(method.operation),
      httpMethod: SwiftNaming.stringLiteralContents(method.http.method.uppercased()),
      path: SwiftNaming.stringLiteralContents(method.http.path), isReadOnly: operation.isReadOnly,
      isConnect: operation.isConnect, isDiscardable: operation.page == nil && Self.isEmpty(operation.responseShape),
      isStreaming: operation.streaming != nil)
    view.hasToken = operation.page?.hasToken ?? true
    view.fixedQuery = method.http.query.map {
      ClientFixedQueryView(
        name: SwiftNaming.stringLiteralContents($0.name), value: SwiftNaming.stringLiteralContents($0.value))
    }
    view.hasQuery = view.hasQuery || !view.fixedQuery.isEmpty
    view.headers = operation.headerParameters.map {
      ClientHeaderView(
        headerName: SwiftNaming.stringLiteralContents($0.headerName), property: SwiftNaming.escaped($0.property))
    }
    if let page = operation.page, page.hasToken {
      let token = SwiftNaming.escaped(page.tokenProperty)
      // An offset or page number travels as its text in the page's token.
      var assignments = [
        page.tokenIsInteger || page.integerCursor ? "next.\(token) = Int(token)" : "next.\(token) = token"
      ]
      if page.tokenIsInteger {
        let optional = page.tokenPaths.first?.first?.isOptional ?? true
        view.requestTokenExpression = "params.\(token)\(optional ? "?" : "").description"
        view.hasRequestToken = true
      }
      for steps in page.tokenPaths where steps.count == 2 {
        let parent = SwiftNaming.escaped(steps[0].name)
        let child = SwiftNaming.escaped(steps[1].name)
        if steps[0].isOptional {
          assignments.append("next.\(parent) = next.\(parent) ?? .init()")
          assignments.append("next.\(parent)?.\(child) = token")
        } else {
          assignments.append("next.\(parent).\(child) = token")
        }
      }
      view.tokenAssignments = assignments
    }
    (view.pathLiteral, view.pathSegments) = path(operation)
    view.isPublic = !method.requiresCredentials
    view.deleteSendsBody = method.sendsBody && !method.http.sendsBody
    view.responseEnvelope = method.responseEnvelope.map { [SwiftNaming.stringLiteralContents($0)] } ?? []
    if let field = method.wholeBodyParameter {
      let wireName = [SwiftNaming.stringLiteralContents(field.jsonName)]
      if method.requestBody == .binary { view.bodyField = wireName } else { view.jsonBodyField = wireName }
    }
    if method.requestBody == .multipart {
      view.isMultipart = true
      // Each file's part, by the name the encoder gives it (`Method.fileParts`). A union that
      // may be a file (`Union[FileTypes, str]`) travels as a file part when its value is one
      // (bytes, base64 in the JSON form the encoder reads), else as text.
      view.fileFields = method.fileParts
        .map { "\"\(SwiftNaming.stringLiteralContents($0))\"" }.joined(separator: ", ")
    }
    if let stream = operation.eventStream {
      view.eventStream = [
        ClientEventStreamView(
          name: SwiftNaming.escaped(stream.functionName),
          docLines: DocComment.lines(MethodDocs.eventStream(operation, stream, errorName: errorName), width: 98),
          eventType: stream.eventType, parameterProperty: SwiftNaming.escaped(stream.parameterProperty))
      ]
    }
    return view
  }

  /// `fileID = "file_id"`: each path parameter of `operation` set to its name.
  func pathParameterAssignments(_ operation: SwiftOperation) -> [String] {
    guard let params = model.declaration(named: operation.paramsType) else { return [] }
    return zip(operation.method.params, params.properties).compactMap { field, property in
      guard field.location == .path else { return nil }
      // As the Swift model types it (a path parameter of several scalar types is its text).
      switch property.type {
      case .named("String"):
        return "\(SwiftNaming.escaped(property.name)) = \"\(SwiftNaming.stringLiteralContents(field.name))\""
      case .named("Int"), .named("Double"): return "\(SwiftNaming.escaped(property.name)) = 7"
      default: return nil
      }
    }
  }

  /// The request path as the contents of a string literal (`/files/\(pathFileID)/content`) and
  /// the path parameters it interpolates, each encoded into a local named for its property.
  func path(_ operation: SwiftOperation) -> (literal: String, segments: [PathSegmentView]) {
    let params = model.declaration(named: operation.paramsType)
    var literal = ""
    var segments: [PathSegmentView] = []
    var rest = Substring(operation.method.http.path)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      literal += SwiftNaming.stringLiteralContents(String(rest[..<open]))
      let name = String(rest[rest.index(after: open)..<close])
      rest = rest[rest.index(after: close)...]
      guard let property = params?.properties.first(where: { $0.documentedName == name || $0.wireName == name }) else {
        literal += SwiftNaming.stringLiteralContents("{\(name)}")
        continue
      }
      // `path` + the property's name: no parameter, local or member of the method is named so.
      let variable = "path" + property.name.prefix(1).uppercased() + property.name.dropFirst()
      var segment = PathSegmentView(
        variable: variable, property: SwiftNaming.escaped(property.name),
        parameter: SwiftNaming.stringLiteralContents(name))
      segment.wraps = SwiftLayout.overflows(
        "    let \(variable) = try PathParameters.segment(params.\(segment.property), parameter: \"\(segment.parameter)\")"
      )
      if let field = operation.method.params.first(where: { $0.name == property.documentedName }), field.isClientOption,
        let option = model.clientOptions.first(where: { $0.documentedName == field.name })
      {
        segment.isClientOption = true
        segment.documentedName = SwiftNaming.stringLiteralContents(field.name)
        segment.clientOption = option.name
      }
      segments.append(segment)
      literal += "\\(\(variable))"
    }
    literal += SwiftNaming.stringLiteralContents(String(rest))
    return (literal, segments)
  }

  /// Whether a query parameter's value is an object, a map or an array of them: written from
  /// its JSON form (`name[key]=value`) rather than as text.
  func isStructured(_ type: TypeRef) -> Bool {
    switch type {
    case .object, .map: return true
    case .union: return true  // its JSON form: a string, a number, an object's members
    case .array(let element): return isStructured(element)
    case .ref(let name):
      guard let decl = model.documentedTypes[name] else { return model.methodObjects[name] != nil }
      return decl.kind != .enum
    default: return false
    }
  }

  /// Whether any method has a path parameter (the runtime's PathParameters is then emitted).
  var usesPathParameters: Bool {
    model.operations.contains { $0.method.http.path.containsText("{") }
  }

  /// Whether a response has no fields to read.
  static func isEmpty(_ shape: TypeRef) -> Bool {
    if case .object(_, let fields) = shape { return fields.isEmpty }
    return false
  }

  // MARK: - Pagination

  func pageConformances() -> [PageConformanceView] {
    var pages: [PageConformanceView] = []
    var seen: Set<String> = []
    for operation in model.operations {
      guard let page = operation.page, seen.insert(page.typeName).inserted else { continue }
      pages.append(
        PageConformanceView(
          typeName: page.typeName, itemType: page.itemType.qualified,
          itemsProperty: page.itemsReference, itemsExpression: page.itemsExpression,
          nextTokenExpression: page.nextTokenExpression, nextTokenAfterExpression: page.nextTokenAfterExpression,
          hasNextTokenAfter: !page.nextTokenAfterExpression.isEmpty,
          unionCursor: page.unionCursor.map { cursor in
            UnionCursorView(
              cases: cursor.cases.map {
                UnionCursorCaseView(caseName: SwiftNaming.escaped($0.name), expression: $0.expression)
              }, unknownCase: SwiftNaming.escaped(cursor.unknownCase),
              wireName: SwiftNaming.stringLiteralContents(cursor.wireName),
              hasMoreProperty: cursor.hasMoreExpression)
          }))
    }
    return pages
  }
}

// MARK: - Tests

extension ClientEmitter {
  func testsView() -> ClientTestsView {
    let shape = ExampleShape(model)
    var examples: [ClientExampleCaseView] = []
    var mockCalls: [ClientMockCallView] = []
    var labelled: [ClientLabelledCaseView] = []
    // One list method of each paging scheme walks its pages to the end against the mock.
    var pageWalk: [ClientMockCallView] = []
    // One walk per way of paging: scheme, cursor parameter, and whether the page says it has more.
    var walkedSchemes: Set<String> = []
    var usedNames: Set<String> = []
    let minimal = MinimalRequest(model)
    func uniqueName(_ words: [String]) -> String {
      let name = SwiftNaming.uniqued([SwiftNaming.lowerCamelCase(words.joined(separator: "_"))], taken: usedNames)[0]
      usedNames.insert(name)
      return name
    }
    for operation in model.operations {
      let method = operation.method
      let path = operation.documentedPath
      let response = JSONLiteralView(method.enveloped(operation.responseExample ?? .object([])))
      // An example is decoded into the parameters type, whose JSON is the body: examples that
      // give path or query parameters (and those of a method with path parameters) are sent by
      // the labelled and mock-server tests.
      let hasPathParameters = method.params.contains { $0.location == .path }
      for (index, example) in method.examples.enumerated()
      where !hasPathParameters
        && WireRequest(method, params: example.request, arrayFormat: model.queryArrayFormat).query.isEmpty
      {
        let title = example.title.isEmpty ? "example \(index + 1)" : example.title
        let documented = shape.check(example.request, as: operation.paramsShape).documentedPart
        let wire = WireRequest(method, params: example.request, arrayFormat: model.queryArrayFormat)
        examples.append(
          ClientExampleCaseView(
            functionName: uniqueName(operation.resourcePath + [method.name, String(index + 1)]),
            displayName: SwiftLayout.testDisplayName("\(path) sends \(title)"), paramsType: operation.paramsType,
            request: JSONLiteralView(example.request),
            expected: documented == example.request ? nil : JSONLiteralView(documented), response: response,
            path: SwiftNaming.stringLiteralContents(wire.path), call: operation.callee + "(params)",
            isStreaming: operation.streaming != nil, httpMethod: SwiftNaming.stringLiteralContents(wire.method),
            hasBody: wire.body != nil))
      }
      let labelledCall = labelledArguments(operation)
      let argumentLines = (labelledCall?.0 ?? []).enumerated().map {
        ListItemView(text: $1.text, isLast: $0 == (labelledCall?.0.count ?? 0) - 1)
      }
      let isStreaming = operation.streaming != nil
      let streamVariable = isStreaming ? uniqueName(operation.resourcePath + [method.name, "stream"]) : ""
      if let example = method.examples.first {
        mockCalls.append(
          ClientMockCallView(
            displayName: path, callee: operation.callee, hasParams: true, paramsType: operation.paramsType,
            params: JSONLiteralView(example.request), arguments: [], hasArguments: false,
            isStreaming: isStreaming, streamVariable: streamVariable))
      } else if labelledCall != nil {
        mockCalls.append(
          ClientMockCallView(
            displayName: path, callee: operation.callee, hasParams: false, paramsType: operation.paramsType,
            params: nil,
            arguments: argumentLines, hasArguments: !argumentLines.isEmpty,
            isStreaming: isStreaming, streamVariable: streamVariable))
      } else {
        // No example, and a required parameter that is an object: the smallest valid request.
        mockCalls.append(
          ClientMockCallView(
            displayName: path, callee: operation.callee, hasParams: true, paramsType: operation.paramsType,
            params: JSONLiteralView(minimal.params(method)), arguments: [], hasArguments: false,
            isStreaming: isStreaming, streamVariable: streamVariable))
      }
      if let stream = operation.eventStream {
        // The same request asking for the stream: the mock sends one event, then `[DONE]`.
        let params = method.examples.first?.request ?? minimal.params(method)
        let callee =
          (["client"] + model.resourcePathProperties(operation.resourcePath)
          + [SwiftNaming.escaped(stream.functionName)]).joined(separator: ".")
        mockCalls.append(
          ClientMockCallView(
            displayName: path + " (stream)", callee: callee, hasParams: true, paramsType: operation.paramsType,
            params: JSONLiteralView(params), arguments: [], hasArguments: false, isStreaming: true,
            streamVariable: uniqueName(operation.resourcePath + [method.name, "events"])))
      }
      // Path parameters travel in the URL, not in the parameters' JSON: set them after decoding.
      let pathAssignments = pathParameterAssignments(operation)
      for index in mockCalls.indices
      where mockCalls[index].displayName.hasPrefix(path)
        && mockCalls[index].hasParams && mockCalls[index].paramsVariable.isEmpty
      {
        mockCalls[index].paramsVariable = uniqueName(operation.resourcePath + [method.name, "params"])
        mockCalls[index].pathAssignments = pathAssignments
        mockCalls[index].hasPathAssignments = !pathAssignments.isEmpty
      }
      if let pagination = method.pagination, case let scheme = Self.pagingShape(pagination),
        !walkedSchemes.contains(scheme), labelledCall != nil,
        let page = operation.page, Self.mockFirstPageHasNext(operation)
      {
        var walk = ClientMockCallView(
          displayName: path, callee: operation.callee, hasParams: false, paramsType: operation.paramsType,
          params: nil, arguments: argumentLines, hasArguments: !argumentLines.isEmpty)
        walk.pagesWithItems = page.tokenIsInteger ? "1" : "2"
        pageWalk.append(walk)
        walkedSchemes.insert(scheme)
      }
      // (Not an upload's: its body is a form, not the JSON the case compares, even where no
      // file is passed, as the SDKs send it: fireworks' `datasets.upload`, its file optional.)
      if let (allArguments, params) = labelledCall, method.requestBody != .multipart {
        let wire = WireRequest(method, params: params, arrayFormat: model.queryArrayFormat)
        // A path parameter the client holds is left out of the call and held by the client: the
        // request shows the client's value was sent.
        let arguments = allArguments.filter { $0.heldAs == nil }.map(\.text)
        let held = allArguments.compactMap { argument in
          argument.heldAs.map { HeldPathParameterView(name: $0, value: argument.value) }
        }
        labelled.append(
          ClientLabelledCaseView(
            functionName: uniqueName(operation.resourcePath + [method.name, "labelled"]),
            displayName: SwiftLayout.testDisplayName("\(path) with labelled arguments"),
            callee: operation.callee,
            arguments: arguments.enumerated().map { ListItemView(text: $1, isLast: $0 == arguments.count - 1) },
            hasArguments: !arguments.isEmpty, expectedBody: JSONLiteralView(wire.body ?? .object([])),
            response: response, path: SwiftNaming.stringLiteralContents(wire.path),
            isStreaming: operation.streaming != nil, httpMethod: SwiftNaming.stringLiteralContents(wire.method),
            hasBody: wire.body != nil,
            heldPathParameters: held,
            query: wire.query.enumerated().map { index, item in
              QueryItemView(
                name: SwiftNaming.stringLiteralContents(item.name),
                value: SwiftNaming.stringLiteralContents(item.value),
                isFirst: index == 0, count: String(wire.query.count))
            }))
      }
    }
    func call(_ operation: SwiftOperation) -> ClientCallView? {
      guard let example = operation.method.examples.first, let response = operation.responseExample else {
        return nil
      }
      let resource = model.resourcePathProperties(operation.resourcePath)
      return ClientCallView(
        paramsType: operation.paramsType, params: JSONLiteralView(example.request),
        response: JSONLiteralView(operation.method.enveloped(response)),
        call: operation.callee + "(params, options: options)",
        rawCall: (["client"] + resource + [operation.rawFunctionName]).joined(separator: ".")
          + "(params, options: options)",
        path: SwiftNaming.stringLiteralContents(operation.method.http.path))
    }
    let plain = model.operations.filter { $0.page == nil }
    let read = plain.first { $0.isReadOnly && call($0) != nil }.flatMap(call)
    let write = plain.first { !$0.isReadOnly && call($0) != nil }.flatMap(call)
    let client = clientView()
    return ClientTestsView(
      moduleName: moduleName, clientName: clientName, errorName: errorName,
      asyncHTTPClientModuleName: asyncHTTPClientModuleName,
      imports: PackageEmitter.testImports(moduleName),
      behaviourImports: Array(Set(PackageEmitter.testImports(moduleName) + [asyncHTTPClientModuleName])).sorted(),
      examples: examples, labelled: labelled,
      read: read.map { [$0] } ?? [], write: write.map { [$0] } ?? [],
      pagination: paginationTest(call: call).map { [$0] } ?? [],
      unknownEnum: unknownEnumTest(plain, call: call).map { [$0] } ?? [],
      unsetMessages: unsetMessageTest(plain, call: call).map { [$0] } ?? [],
      mockImports: Array(
        Set(
          PackageEmitter.testImports(moduleName) + [
            model.modules.server, model.modules.hummingbird, model.modules.mocks,
          ])
      )
      .sorted(),
      mockCalls: mockCalls, mockCallCount: mockCalls.count, pageWalk: pageWalk,
      mockDecodesParams: mockCalls.contains(where: \.hasParams),
      bearerAuthentication: model.authHeader == "Authorization" && model.authScheme == "Bearer",
      authHeader: client.authHeader, authSchemeLiteral: client.authSchemeLiteral)
  }

  /// What tells one way of paging from another for the walks: the scheme, the cursor
  /// parameter (`after`, `after_id`, `cursor`, `page_token`), whether the page says it has
  /// more, and whether it is its items array.
  static func pagingShape(_ pagination: Pagination) -> String {
    "\(pagination.scheme.rawValue) \(pagination.tokenParam) \(pagination.hasMorePath != nil) "
      + "\(pagination.itemsField.isEmpty)"
  }

  /// Whether the mock's first page of `operation` (its response example) has a next one: items,
  /// and a next token, or for a cursor page `has_more`; an offset or page-number page has one
  /// while it has items. (The mock's last page has none.)

  static func mockFirstPageHasNext(_ operation: SwiftOperation) -> Bool {
    guard let page = operation.page, let example = operation.responseExample,
      !(example.value(at: page.itemsWirePath)?.arrayElements ?? []).isEmpty
    else { return false }
    if page.tokenIsInteger {
      // (Unless the page says it is the last.)
      return operation.method.pagination?.hasMorePath.map { example.value(at: $0) != .bool(false) } ?? true
    }
    if page.nextTokenExpression == "nil" && page.unionCursor == nil { return false }
    guard !page.nextTokenWirePath.isEmpty else {
      return operation.method.pagination?.hasMorePath.map { example.value(at: $0) == .bool(true) } ?? false
    }
    return example.value(at: page.nextTokenWirePath).map { $0 != .string("") && $0 != .null } ?? false
  }

  /// One labelled argument of a generated call: `orgID: "org_id"`.
  struct LabelledArgument {
    var text: String
    /// For a path parameter the client holds, its documented name (string-literal contents):
    /// the request test leaves the argument out and sets `pathParameters[heldAs]` to `value`.
    var heldAs: String?
    /// The value's string-literal contents, for a held one.
    var value = ""
  }

  /// Arguments for a method's required parameters (and the path parameters the client holds) and
  /// the parameters they give (by wire name, wherever they travel), when every required
  /// parameter is a scalar or an enum.
  func labelledArguments(_ operation: SwiftOperation) -> ([LabelledArgument], JSONValue)? {
    var arguments: [LabelledArgument] = []
    var members: [(key: String, value: JSONValue)] = []
    for (field, argument) in zip(operation.method.params, operation.arguments)
    where field.required || field.isClientOption {
      var type = field.type
      if case .ref(let name) = type, let decl = model.documentedTypes[name], decl.kind == .enum {
        type = .enum(name: name, values: decl.values)
      }
      let source: String
      let value: JSONValue
      // A scalar as the Swift model types the argument (a path parameter of several scalar
      // types is a `String`); an enum's value from the reference.
      switch (argument.type, type) {
      case (.named("String"), _):
        source = "\"\(SwiftNaming.stringLiteralContents(field.jsonName))\""
        value = .string(field.jsonName)
      case (.named("Int"), _):
        source = "7"
        value = .number("7")
      case (.named("Bool"), _):
        source = "true"
        value = .bool(true)
      case (_, .enum(_, let values)):
        guard let raw = values.first(where: { !$0.hasSuffix("_UNSPECIFIED") }) ?? values.first else { return nil }
        source = ".init(rawValue: \"\(SwiftNaming.stringLiteralContents(raw))\")"
        value = .string(raw)
      default:
        return nil
      }
      arguments.append(
        LabelledArgument(
          text: "\(argument.label): \(source)",
          heldAs: field.isClientOption ? SwiftNaming.stringLiteralContents(field.name) : nil,
          value: SwiftNaming.stringLiteralContents(field.jsonName)))
      members.append((field.jsonName, value))
    }
    return (arguments, .object(members))
  }

  func paginationTest(call: (SwiftOperation) -> ClientCallView?) -> ClientPaginationTestView? {
    for operation in model.operations {
      // (A page whose response names its next token: the token and next-cursor schemes.)
      guard let page = operation.page, !page.nextTokenWirePath.isEmpty, let base = call(operation),
        let item = operation.responseExample?.value(at: page.itemsWirePath)?.arrayElements?.first
      else { continue }
      let pages = (1...3).map { number -> JSONLiteralView in
        var value = JSONValue.object([]).setting(path: page.itemsWirePath, to: .array([item]))
        if number < 3 { value = value.setting(path: page.nextTokenWirePath, to: .string("page-\(number + 1)")) }
        return JSONLiteralView(value)
      }
      var view = ClientPaginationTestView(
        call: base, pages: pages, tokenQueryName: SwiftNaming.stringLiteralContents(page.tokenWireName))
      view.hasBodyToken = page.tokenPaths.contains { $0.count == 2 }
      return view
    }
    return nil
  }

  /// A read whose response example holds a documented enum value, with that value replaced by
  /// one the reference does not list.
  func unknownEnumTest(
    _ operations: [SwiftOperation], call: (SwiftOperation) -> ClientCallView?
  ) -> ClientEnumTestView? {
    let enumValues = Set(model.documentedTypes.values.filter { $0.kind == .enum }.flatMap(\.values))
    let unknown = "DOCS2SWIFT_UNDOCUMENTED_VALUE"
    for operation in operations {
      guard var view = call(operation), let response = operation.responseExample else { continue }
      var replaced = false
      let changed = Self.replacingFirstString(in: response, of: enumValues, with: unknown, replaced: &replaced)
      guard replaced else { continue }
      view.response = JSONLiteralView(operation.method.enveloped(changed))
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
