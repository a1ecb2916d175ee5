extension SwiftModel {
  /// The runtime's generic types, named with the API's prefix (`Page` is `GitpodPage`): the
  /// stand-in `ExamplePage` of `Runtime/` and of the templates.
  static let runtimeGenericTypes: [String] = [
    // The client module's.
    "APIResponse", "APIStatusError", "ClientMiddleware", "ClientOptions", "ConnectError", "HTTPHeaderFields",
    "HTTPTransport", "JSONLinesStream", "JSONValue", "Page", "PageItems", "PaginatedResponse", "RequestOptions",
    "StreamedResponse", "StreamingHTTPTransport", "Timestamp", "TransportError", "TransportRequest",
    "TransportResponse", "URLSessionTransport", "Indirect", "AsyncHTTPClientTransport", "ServerSentEventStream",
    // The server modules', which import the models' module.
    "Authenticator", "BearerTokenAuthenticator", "CallContext", "ConnectHTTPRequest", "ConnectHTTPResponse",
    "ConnectRouter", "ConnectServer", "JSONLines", "JSONNesting", "Principal", "QueryParameters",
    "RPCError", "UnaryProcedure", "ConnectApplication", "ConnectMiddleware", "ConnectRequestContext",
    "ConnectResponder", "ConnectionRequestContext", "UnimplementedByDefault", "ServerSentEvents", "APIKeyAuthenticator",
    "AnyKeyHeaderAuthenticator", "AllowAllAuthenticator",
  ]

  /// Top-level names the runtime declares in the modules that hold or import the models; models
  /// must not take them: the prefixed generic types and the internal ones.
  static func runtimeTypeNames(errorName: String, typePrefix: String) -> Set<String> {
    Set(runtimeGenericTypes.map { typePrefix + $0 }).union([
      errorName, "ClientCore", "APIOperation", "QueryItems", "AttemptRace", "CredentialGuard", "PathParameters",
      "JSONLinesSplitter", "StreamingDataDelegate", "URLSessionTaskHandle", "MultipartForm", "MultipartBody",
      "ServerSentEventParser",
    ])
  }

  /// The examples module's enum of the documentation landing page's snippets.
  static let gettingStartedExamples = "GettingStartedExamples"

  /// The labels of the client's initializer, which a client option's must not be.
  static let clientInitializerLabels: Set<String> = [
    "apiKey", "baseURL", "timeout", "maxRetries", "initialRetryDelay", "maxRetryDelay", "defaultHeaders",
    "defaultQuery", "transport", "middlewares", "logger", "environment", "options",
  ]

  /// The path parameters the client holds, each named as its parameters' property is
  /// (`org_id` → `orgID`), apart from the initializer's other labels.
  static func clientOptions(_ api: APIDocument) -> [SwiftClientOption] {
    var options: [SwiftClientOption] = []
    var taken = clientInitializerLabels
    for method in api.allResources.flatMap(\.methods) {
      for field in method.params
      where field.isClientOption && !options.contains(where: { $0.documentedName == field.name }) {
        let name = SwiftNaming.uniqued([SwiftNaming.propertyName(field.name)], taken: taken)[0]
        taken.insert(name)
        options.append(
          SwiftClientOption(
            documentedName: field.name, name: name,
            example: api.conventions.clientOptionExamples[field.name] ?? field.name))
      }
    }
    return options
  }

  /// Decides the Swift model of `api` under `config`; the warnings of every decision made without
  /// evidence (renamed types and fields) are returned with it.
  static func decide(_ api: APIDocument, config: GeneratorConfig) throws(DiagnosticError) -> (SwiftModel, [Diagnostic])
  {
    // The API's name (`Gitpod`, from the Python examples' client class) names the module and
    // the error; the client type is `GitpodClient`, so that no type shares its module's name
    // (`Gitpod.Organization` would otherwise look inside the struct).
    // A reference whose client class is `AcmeClient` names the API `Acme`.
    var apiName =
      config.clientName ?? api.conventions.clientName ?? SwiftNaming.typeName(api.title.isEmpty ? "API" : api.title)
    if apiName.hasSuffix("Client"), apiName.count > "Client".count { apiName.removeLast("Client".count) }
    let moduleName = config.moduleName ?? apiName
    let clientName = clientTypeName(apiName: apiName, configured: config.clientName, moduleName: moduleName)
    let errorName = apiName + "Error"
    let zeroValueDefaults = config.zeroValueDefaults ?? api.conventions.omitsZeroValues
    let typePrefix = apiName
    // The package's modules are named for the models' (`GitpodServer`); code names them to
    // qualify, and the server modules declare `GitpodServices` and the mock's types beside them.
    let reserved = runtimeTypeNames(errorName: errorName, typePrefix: typePrefix).union(
      [clientName] + PackageModules(models: moduleName).reservedNames)
    var builder = SwiftModelBuilder(
      api: api, zeroValueDefaults: zeroValueDefaults, reservedNames: reserved, typePrefix: typePrefix)
    try builder.plan()
    var resourceTitles: [String: String] = [:]
    for resource in api.allResources {
      for type in resource.types {
        if let swiftName = builder.swiftNames[type.name], resourceTitles[swiftName] == nil {
          resourceTitles[swiftName] = resource.title
        }
      }
    }
    let declarations = try builder.declarations()
    let apiKeyVariable = api.conventions.apiKeyEnvironmentVariable ?? environmentPrefix(apiName) + "_API_KEY"
    let prefix =
      apiKeyVariable.hasSuffix("_API_KEY")
      ? String(apiKeyVariable.dropLast("_API_KEY".count)) : environmentPrefix(apiName)
    var model = SwiftModel(
      moduleName: moduleName, clientName: clientName, errorName: errorName, access: config.accessModifier.rawValue,
      apiTitle: apiName, typePrefix: typePrefix, apiKeyEnvironmentVariable: apiKeyVariable,
      documentsAPIKeyEnvironmentVariable: api.conventions.apiKeyEnvironmentVariable != nil,
      baseURLEnvironmentVariable: prefix + "_BASE_URL", zeroValueDefaults: zeroValueDefaults,
      declarations: declarations, resources: [], operations: [], usesIndirect: builder.usesIndirect,
      documentedTypes: builder.decls, methodObjects: builder.methodObjects, swiftNames: builder.swiftNames)
    model.usesUnions = builder.usesUnions
    var diagnostics = builder.diagnostics.diagnostics
    let package = api.conventions.pythonPackage.map { $0.replacingOccurrences(of: "_", with: "-") }
    model.serverExecutableName =
      (package.flatMap { $0.lowercased().filter(\.isLetter) == moduleName.lowercased().filter(\.isLetter) ? $0 : nil }
        ?? SwiftNaming.words(moduleName).joined(separator: "-").lowercased()) + "-server"
    model.authHeader = config.authHeader ?? api.conventions.apiKeyHeader ?? "Authorization"
    let credentials = api.conventions.credentialArguments
    if let scheme = config.authScheme ?? api.conventions.authorizationScheme {
      model.authScheme = scheme.isEmpty ? nil : scheme
    } else {
      // A reference whose examples pass the key (`api_key=`) without saying how it travels, or
      // construct the client without one: the guess is warned about there. One that shows no
      // client at all says nothing either way.
      model.authScheme = "Bearer"
      model.authIsGuessed = config.authHeader == nil
      if let location = api.conventions.apiKeyArgumentLocation {
        // Descriptions that show requests with different schemes (gcore's `APIKey` and `Bearer`).
        let shown = api.conventions.shownAuthorizations
        let conflict =
          shown.count > 1
          ? "; its descriptions show "
            + shown.map { "'Authorization: \($0.scheme) …' ('\($0.operation)')" }.joined(separator: " and ")
          : ""
        let shows =
          credentials.isEmpty
          ? "its Python client is constructed without a key"
          : "its Python client takes \(Self.listed(credentials.map { "'\($0)='" })), not 'bearer_token='"
        diagnostics.append(
          Diagnostic(
            .warning,
            "the reference does not show how the API key is sent (\(shows)\(conflict)); "
              + "the client sends '\(model.authHeader): Bearer <key>'"
              + (model.authIsGuessed
                ? " and the server also accepts 'Authorization: <key>' and 'X-Api-Key: <key>'" : "")
              + ": set 'authScheme' "
              + "('Bearer', 'none' or the word before the key, such as 'APIKey') in the config to decide"
              + (credentials.isEmpty
                ? "; every method requires the key: name those the API answers without one in 'publicMethods'" : ""),
            at: location))
      }
    }
    if credentials.count > 1, config.authHeader == nil, let location = api.conventions.apiKeyArgumentLocation {
      // Dinari's `api_key_id=` and `api_secret_key=`, each its own header, which the reference
      // does not name.
      diagnostics.append(
        Diagnostic(
          .warning,
          "the Python client takes more than one credential (\(Self.listed(credentials.map { "'\($0)='" }))); "
            + "the client sends one key, read from \(model.apiKeyEnvironmentVariable), in '\(model.authHeader)': "
            + "set 'authHeader' in the config for the header it travels in, and pass the others in "
            + "'defaultHeaders' under the headers the API reads them from (the reference does not show them)",
          at: location))
    }
    if let format = config.queryArrayFormat {
      model.queryArrayFormat = format
    } else if let location = api.conventions.arrayQueryParameterLocation {
      diagnostics.append(
        Diagnostic(
          .warning,
          "the reference does not say how an array travels in the query ('name[]=a&name[]=b', 'name=a,b' or "
            + "'name=a&name=b'); the client sends 'name[]=a&name[]=b': set 'queryArrayFormat' ('brackets', "
            + "'comma' or 'repeat') in the config to decide",
          at: location))
    }
    model.clientOptions = clientOptions(api)
    model.resources = resourceNames(
      api, taken: Set(declarations.map(\.name)).union(reserved), typePrefix: typePrefix)
    for resource in model.resources where resource.propertyName != SwiftNaming.propertyName(resource.path.last ?? "") {
      // (`resourcePropertyName` took another name.)
      diagnostics.append(
        Diagnostic(
          .warning,
          "the resource '\(resource.path.joined(separator: "."))' would be the property "
            + "'\(SwiftNaming.propertyName(resource.path.last ?? ""))', which the \(resource.path.count == 1 ? "client" : "resource") "
            + "type has already; it is '\(resource.propertyName)'",
          // (At its first method: a resource keeps no location of its own.)
          at: api.allResources.first { $0.path == resource.path }?.methods.first?.documentedAt))
    }
    // The planned methods of each resource, in order (searching all of them for each method was
    // quadratic in the API's size).
    var plannedByResource: [[String]: [Int]] = [:]
    for (index, planned) in builder.methods.enumerated() {
      plannedByResource[planned.resource.path, default: []].append(index)
    }
    var unnamedHeaders: [String: [String]] = [:]
    var unnamedHeaderLocations: [String: SourceLocation] = [:]  // the first method's
    for resource in api.allResources {
      guard let index = model.resources.firstIndex(where: { $0.path == resource.path }) else { continue }
      let candidates = plannedByResource[resource.path] ?? []
      for (method, functionName) in zip(resource.methods, functionNames(of: resource)) {
        guard let plannedIndex = candidates.first(where: { builder.methods[$0].method == method }) else { continue }
        var operation = try model.operation(builder.methods[plannedIndex], functionName: functionName, config: config)
        let params = model.declaration(named: operation.paramsType)?.properties ?? []
        for (field, property) in zip(method.params, params) where field.location == .header {
          guard let header = field.headerName else {
            unnamedHeaders[field.name, default: []].append(operation.documentedPath)
            if unnamedHeaderLocations[field.name] == nil { unnamedHeaderLocations[field.name] = method.documentedAt }
            continue
          }
          operation.headerParameters.append(SwiftHeaderParameter(property: property.name, headerName: header))
        }
        model.resources[index].operations.append(model.operations.count)
        model.operations.append(operation)
      }
    }
    for (parameter, methods) in unnamedHeaders.sorted(by: { $0.key < $1.key }) {
      diagnostics.append(
        Diagnostic(
          .warning,
          "'\(parameter)' (\(methods.joined(separator: ", "))) travels in a header, as its description says, "
            + "whose name the reference does not give: it is not sent; name the header in the config "
            + "('headerNames: \(parameter)=<Header-Name>')", at: unnamedHeaderLocations[parameter]))
    }
    // The methods of the client itself (`.embed(…)`) are the client's own too, as in Python,
    // where no member of the client takes one of their names.
    let clientMembers = Set(Self.clientMemberNames + model.resources.filter { $0.path.count == 1 }.map(\.propertyName))
    let holdingClientMethods = Dictionary(
      api.allResources.filter(\.holdsClientMethods).map { ($0.path, $0.methods.first?.documentedAt) },
      uniquingKeysWith: { first, _ in first })
    for (index, resource) in model.resources.enumerated()
    where !resource.operations.isEmpty && holdingClientMethods.keys.contains(resource.path) {
      let names = resource.operations.flatMap { operation in
        let operation = model.operations[operation]
        return [operation.functionName, operation.rawFunctionName]
          + (operation.eventStream.map { [$0.functionName] } ?? [])
      }
      if let taken = names.first(where: clientMembers.contains) {
        diagnostics.append(
          Diagnostic(
            .warning,
            "the methods of the client itself are generated on 'client.\(resource.propertyName)' only: "
              + "'\(taken)' is a member of the client already",
            at: holdingClientMethods[resource.path] ?? nil))
      } else {
        model.resources[index].extendsClient = true
      }
    }
    let shape = ExampleShape(model)
    for index in model.operations.indices {
      let operation = model.operations[index]
      guard let example = operation.method.responseExample else { continue }
      let (served, leftOut) = shape.conformedLeavingOut(example, as: operation.responseShape)
      model.operations[index].responseExample = served
      if let first = leftOut.first {
        let more = leftOut.count > 1 ? " and \(leftOut.count - 1) more" : ""
        diagnostics.append(
          Diagnostic(
            .warning,
            "the response example of '\(operation.method.operation)' writes {} where its documented type has "
              + "required fields (\(first)\(more)): the mock leaves \(leftOut.count > 1 ? "them" : "it") out",
            at: operation.method.documentedAt))
      }
    }
    // Types the reference leaves undescribed get an abstract from the model: what returns them,
    // whose property they are, which resource declares them.
    var responses: [String: String] = [:]
    for operation in model.operations where responses[operation.responseType] == nil {
      responses[operation.responseType] = operation.swiftPath
    }
    model.declarations = SwiftDocumentation.withAbstracts(
      model.declarations, responses: responses, resourceTitles: resourceTitles)
    model = SwiftDocumentation.inSwiftTerms(model)
    let fileNames = Self.fileNames(
      of: model.declarations.map(\.name),
      besides: RuntimeSources.modelsModuleFileNames(errorName: errorName) + [clientName]
        + model.resources.map(\.typeName))
    for index in model.declarations.indices { model.declarations[index].fileName = fileNames[index] }
    return (model, diagnostics)
  }

  /// The file of each top-level declaration: its name, unless a file of the module has it
  /// already (`besides`: the runtime's, the client's, the resources'): then its name with
  /// `Model` (nextbillion's `Pagination`, beside the runtime's `Client/Pagination.swift`).
  /// Names are compared without case: a module's object files are named for its sources' file
  /// names, whatever their folder, and macOS's file system ignores case.
  static func fileNames(of names: [String], besides others: [String]) -> [String] {
    var taken = Set(others.map { $0.lowercased() })
    // A declaration keeps its own name before another's suffixed one takes it.
    let own = Set(names.map { $0.lowercased() })
    return names.map { name in
      var candidate = name
      var counter = 1
      while taken.contains(candidate.lowercased()) || (candidate != name && own.contains(candidate.lowercased())) {
        candidate = name + "Model" + (counter == 1 ? "" : String(counter))
        counter += 1
      }
      taken.insert(candidate.lowercased())
      return candidate
    }
  }

  /// The client type: the configured name, else `<API name>Client`; never the module's name.
  static func clientTypeName(apiName: String, configured: String?, moduleName: String) -> String {
    let name = configured ?? apiName + "Client"
    return name == moduleName ? name + "Client" : name
  }

  /// The Swift methods of a resource's operations, in order: unique, and never a child
  /// resource's property.
  static func functionNames(of resource: Resource) -> [String] {
    SwiftNaming.uniqued(
      resource.methods.map { SwiftNaming.propertyName($0.name) },
      taken: Set(resource.resources.map { SwiftNaming.propertyName($0.name) }))
  }

  /// `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`.
  static func listed(_ items: [String]) -> String {
    items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
  }

  /// `Gitpod` → `GITPOD`, `MyAPI` → `MY_API`.
  static func environmentPrefix(_ name: String) -> String {
    SwiftNaming.words(name).map { $0.uppercased() }.joined(separator: "_")
  }

  /// Each resource's names, one rule for the client and the server: the heading with the
  /// reference's capitals (`SSO Configurations` → `SSOConfigurations`), else the accessor in
  /// UpperCamelCase; where that is taken (three `Policies` under different parents), the whole
  /// accessor path (`RunnersPolicies`). The server's service protocol and procedures carry the
  /// API's prefix (`GitpodOrganizationsService`): a server app declares its own types beside
  /// them, and an app's `OrganizationsService` is a likely name.
  /// The instance members of the client type and of a resource type, which no resource's
  /// property may take.
  static let clientMembers: Set<String> = ["core", "options", "withOptions"]
  static let resourceMembers: Set<String> = ["core"]

  /// The property a resource is reached by from its parent: its name in lowerCamelCase, unless
  /// the parent type has a member of that name (`options`, `core`): then with `Resource`.
  static func resourcePropertyName(_ path: [String]) -> String {
    let name = SwiftNaming.propertyName(path.last ?? "")
    return (path.count == 1 ? clientMembers : resourceMembers).contains(name) ? name + "Resource" : name
  }

  /// The properties reaching a resource from the client (`organizations`, `invites`), unescaped.
  static func resourcePropertyNames(_ path: [String]) -> [String] {
    path.indices.map { resourcePropertyName(Array(path[...$0])) }
  }

  /// The members of the generated client (`client.mustache`) a method of the client itself
  /// may not be named.
  static let clientMemberNames = [
    "options", "core", "init", "withOptions", "apiKeyEnvironmentVariable", "baseURLEnvironmentVariable",
    "defaultBaseURL", "version", "authorizationHeader", "authorizationScheme", "queryArrayFormat", "defaultTimeout",
    "defaultMaxRetries",
  ]

  static func resourceNames(_ api: APIDocument, taken: Set<String>, typePrefix: String) -> [SwiftResource] {
    // Compared without case: each resource's type names its DocC extension file, and two files
    // whose names differ only in case are one file on macOS (`OpenAIResource`, `OpenaiResource`).
    var taken = Set(taken.map { $0.lowercased() })
    // `register(all:)` registers every service at once: no resource's own may take its label.
    var registerLabels: Set<String> = ["all"]
    var result: [SwiftResource] = []
    func plainBase(_ resource: Resource) -> String {
      let title = resource.title.split(separator: " ").map { SwiftNaming.capitalized(String($0)) }.joined()
      return SwiftNaming.isIdentifier(title) && title.first?.isUppercase == true
        ? title : SwiftNaming.upperCamelCase(resource.name)
    }
    // A top-level resource keeps its name from a nested one of the same name, whichever the
    // reference lists first: the nested one is named by its path (fireworks' `chat.completions`
    // is `ChatCompletions`, its `completions` `Completions`, not `Completions2`).
    let topLevel = Set(api.resources.map { plainBase($0).lowercased() })
    for resource in api.allResources {
      var base = plainBase(resource)
      func isTaken(_ base: String) -> Bool {
        taken.contains((base + "Resource").lowercased())
          || ["Service", "Procedures"].contains { taken.contains((typePrefix + base + $0).lowercased()) }
      }
      if resource.path.count > 1, isTaken(base) || topLevel.contains(base.lowercased()) {
        base = SwiftNaming.upperCamelCase(resource.path.joined(separator: "_"))
      }
      var candidate = base
      var counter = 2
      while isTaken(candidate) {
        candidate = base + String(counter)
        counter += 1
      }
      taken.insert((candidate + "Resource").lowercased())
      for suffix in ["Service", "Procedures"] { taken.insert((typePrefix + candidate + suffix).lowercased()) }
      let propertyName = Self.resourcePropertyName(resource.path)
      // (anchorbrowser's `sessions.all`: `register(sessionsAll:)`.)
      var registerLabel = SwiftNaming.lowerCamelCase(candidate)
      if registerLabels.contains(registerLabel) {
        let qualified = SwiftNaming.lowerCamelCase(SwiftNaming.upperCamelCase(resource.path.joined(separator: "_")))
        registerLabel = qualified == registerLabel ? qualified + "Resource" : qualified
        var counter = 2
        while registerLabels.contains(registerLabel) {
          registerLabel = qualified + String(counter)
          counter += 1
        }
      }
      registerLabels.insert(registerLabel)
      result.append(
        SwiftResource(
          path: resource.path, title: resource.title, propertyName: propertyName,
          typeName: candidate + "Resource", serviceName: typePrefix + candidate + "Service",
          proceduresName: typePrefix + candidate + "Procedures",
          registerLabel: registerLabel,
          // (Not the landing page's `GettingStartedExamples`: a resource titled "Getting Started".)
          examplesName: candidate
            + (candidate + "Examples" == gettingStartedExamples ? "ResourceExamples" : "Examples"),
          children: resource.resources.map(\.path),
          operations: []))
    }
    return result
  }

  /// The Swift view of one planned method.
  func operation(
    _ planned: SwiftModelBuilder.MethodModel, functionName: String, config: GeneratorConfig
  ) throws(DiagnosticError) -> SwiftOperation {
    let method = planned.method
    guard let params = declaration(named: planned.paramsTypeName) else {
      throw DiagnosticError("no parameters type for \(method.operation)", at: method.documentedAt)
    }
    let arguments = params.properties.map { property in
      SwiftArgument(
        label: property.label, name: SwiftNaming.escaped(property.name),
        type: qualified(property.type, in: params.name),
        isOptional: property.isOptional, documentedName: property.documentedName, documentation: property.documentation,
        defaultValue: property.initDefault)
    }
    let query = zip(method.params, params.properties).compactMap { field, property in
      field.location == .query
        ? SwiftQueryParameter(property: property.name, wireName: field.jsonName, type: field.type) : nil
    }
    let properties = resourcePathProperties(planned.resource.path)
    var eventStream: SwiftEventStream?
    // Events the reference names are of their type; others are any JSON value.
    let eventType: String? =
      switch method.eventStream?.event {
      // A union Domain Type that declares no type (`str` beside an enum, a member `object`): any
      // JSON value.
      case .ref(let name): swiftNames[name] ?? typePrefix + "JSONValue"
      case .any: typePrefix + "JSONValue"
      default: nil
      }
    if let stream = method.eventStream, let eventType,
      let property = params.properties.first(where: { $0.documentedName == stream.param }),
      stream.format == "sse"
    {
      // Events of the response's own class (`class Completion: …` under Returns) have its shape.
      var shape = stream.event
      if case .ref(let name) = shape, case .object(name?, _)? = method.returns { shape = method.returns ?? shape }
      eventStream = SwiftEventStream(
        functionName: functionName + "Stream", eventType: eventType, eventShape: shape,
        parameter: stream.param, parameterProperty: property.name)
    }
    var isReadOnly = method.traits.isReadOnly
    if config.readOnlyOperations.contains(method.operation) { isReadOnly = true }
    if config.writeOperations.contains(method.operation) { isReadOnly = false }
    return SwiftOperation(
      method: method, resourcePath: planned.resource.path, functionName: functionName,
      documentedPath: planned.resource.accessor(of: method),
      swiftPath: (Self.resourcePropertyNames(planned.resource.path) + [functionName]).joined(separator: "."),
      callee: (["client"] + properties + [SwiftNaming.escaped(functionName)]).joined(separator: "."),
      paramsType: params.name, paramsShape: planned.paramsShape, responseType: planned.responseType,
      responseShape: planned.responseShape, arguments: arguments,
      optionsLabel: arguments.contains { $0.label == "options" } ? "requestOptions" : "options", queryParameters: query,
      page: try method.pagination.map { pagination throws(DiagnosticError) in
        try page(pagination, of: method, params: params, responseType: planned.responseType)
      },
      isReadOnly: isReadOnly, isConnect: method.traits.isConnect,
      streaming: method.streaming.flatMap(SwiftStreaming.init(rawValue:)), eventStream: eventStream)
  }

  /// `["organizations", "custom_domains"]` → `organizations`, `customDomains` (escaped).
  func resourcePathProperties(_ path: [String]) -> [String] {
    Self.resourcePropertyNames(path).map(SwiftNaming.escaped)
  }

  /// A property's type as a method signature spells it: types nested in the parameters type
  /// qualified with it.
  func qualified(_ type: SwiftType, in parent: String) -> SwiftType {
    switch type {
    case .nested(let parents, let name) where parents.isEmpty: .nested(parents: [parent], name: name)
    case .array(let element): .array(qualified(element, in: parent))
    case .dictionary(let value): .dictionary(qualified(value, in: parent))
    case .indirect(let wrapper, let wrapped): .indirect(wrapper: wrapper, qualified(wrapped, in: parent))
    default: type
    }
  }

  /// The page's properties along a wire path (`["data", "contacts"]`, `["pagination",
  /// "nextToken"]`), nil where a key has none; `[""]` is the items of a page that is its items
  /// array.
  func properties(along wirePath: [String], in page: SwiftDeclaration) -> [SwiftProperty?] {
    var declaration: SwiftDeclaration? = page
    return wirePath.map { key in
      let property = declaration?.properties.first {
        $0.wireName == key || (!key.isEmpty && $0.documentedName == key)
      }
      if case .nested(_, let name)? = property?.type {
        declaration = declaration?.nested.first { $0.name == name }
      } else {
        declaration = nil
      }
      return property
    }
  }

  /// The Swift property names along a wire path of the page, as its declaration named them
  /// (`page_items` is `pageItemsValue` beside the protocol's `pageItems`).
  func propertyNames(along wirePath: [String], in page: SwiftDeclaration) -> [String] {
    zip(wirePath, properties(along: wirePath, in: page)).map { key, property in
      property?.name ?? SwiftNaming.propertyName(key)
    }
  }

  /// The property at a wire path of the page.
  func property(at wirePath: [String], in page: SwiftDeclaration) -> SwiftProperty? {
    properties(along: wirePath, in: page).last ?? nil
  }

  /// The property holding the next cursor of a page that starts after its last item: the item
  /// declaration's `wireName` property, if it is a string or an integer.
  func cursorProperty(of declaration: SwiftDeclaration?, wireName: String) -> SwiftProperty? {
    declaration?.properties.first {
      $0.wireName == wireName && ($0.type == .named("String") || $0.type == .named("Int"))
    }
  }

  /// `property`'s value on `value` as the cursor's text: `value.id`, `String(value.versionNum)`.
  func cursorText(_ property: SwiftProperty, of value: String) -> String {
    let name = "\(value).\(SwiftNaming.escaped(property.name))"
    if property.type == .named("String") { return name }
    return property.isOptional ? "\(name).map { String($0) }" : "String(\(name))"
  }

  /// The next cursor of a page whose items are a union of objects, each with the cursor
  /// property: a `switch` over the last item's member (`SwiftUnionCursor`).
  func unionCursor(itemType: SwiftType, wireName: String) -> SwiftUnionCursor? {
    guard itemType.arrayElement == nil, let item = declaration(named: itemType.local),
      case .union(let union) = item.kind
    else { return nil }
    var cases: [SwiftUnionCursor.Case] = []
    for member in union.cases {
      let payload: SwiftDeclaration?
      switch member.payload {
      case .named(let name): payload = declaration(named: name)
      case .nested(_, let name): payload = item.nested.first { $0.name == name }
      default: payload = nil
      }
      guard let property = cursorProperty(of: payload, wireName: wireName) else { return nil }
      cases.append(SwiftUnionCursor.Case(name: member.name, expression: cursorText(property, of: "value")))
    }
    return SwiftUnionCursor(cases: cases, unknownCase: union.unknownCase, wireName: wireName)
  }

  func page(_ pagination: Pagination, of method: Method, params: SwiftDeclaration, responseType: String)
    throws(DiagnosticError) -> SwiftPage
  {
    guard let page = declaration(named: responseType),
      let items = property(at: pagination.itemsPath.isEmpty ? [""] : pagination.itemsPath, in: page),
      let itemType = items.type.arrayElement
    else {
      throw DiagnosticError("no page type for \(method.operation)", at: method.documentedAt)
    }
    // The items as the page's other expressions read them: their property, or for items one
    // object down (`data?.contacts ?? []`) the page's `pageItems`.
    let itemsNames = propertyNames(along: pagination.itemsPath, in: page).map(SwiftNaming.escaped)
    let itemsExpression =
      itemsNames.count > 1 ? itemsNames.joined(separator: "?.") + " ?? []" : SwiftNaming.escaped(items.name)
    let itemsReference = itemsNames.count > 1 ? "pageItems" : itemsExpression
    // `hasMore`, `data?.pagination?.hasMore`: the page's "has more" flag, if it has one.
    let hasMoreExpression = pagination.hasMorePath.flatMap { path -> String? in
      guard !path.isEmpty, property(at: path, in: page) != nil else { return nil }
      return propertyNames(along: path, in: page).map(SwiftNaming.escaped).joined(separator: "?.")
    }
    func names(_ documented: String?) -> SwiftProperty? {
      params.properties.first { $0.documentedName == documented || $0.wireName == documented }
    }
    let token = names(pagination.tokenParam)
    if token == nil, pagination.scheme != .single {
      throw DiagnosticError(
        "\(method.operation) is paginated but has no parameter '\(pagination.tokenParam)' for the next-page token",
        at: method.documentedAt)
    }
    let pageSize = params.properties.first {
      $0.location == .query
        && ($0.documentedName == pagination.pageSizeParam || $0.wireName == pagination.pageSizeParam)
    }
    // Every place the parameters carry a token: the query parameter, and a `token` inside a
    // body object (`pagination.token`).
    var tokenPaths: [[SwiftPathStep]] = []
    func isToken(_ property: SwiftProperty) -> Bool {
      (property.documentedName == pagination.tokenParam || property.wireName == pagination.tokenParam)
        && property.type == .named("String")
    }
    for property in params.properties {
      if property.location == .query, isToken(property) {
        tokenPaths.append([SwiftPathStep(name: property.name, isOptional: property.isOptional)])
      }
      if property.location == .body, case .nested(_, let nestedName) = property.type,
        let object = params.nested.first(where: { $0.name == nestedName })
      {
        for child in object.properties where isToken(child) {
          tokenPaths.append([
            SwiftPathStep(name: property.name, isOptional: property.isOptional),
            SwiftPathStep(name: child.name, isOptional: child.isOptional),
          ])
        }
      }
    }
    var result = SwiftPage(
      typeName: page.name, itemType: itemType, itemsExpression: itemsExpression, itemsReference: itemsReference,
      itemsWirePath: pagination.itemsPath,
      nextTokenPath: propertyNames(along: pagination.nextTokenPath, in: page),
      nextTokenWirePath: pagination.nextTokenPath, tokenProperty: token?.name ?? "",
      tokenWireName: token?.wireName ?? "",
      pageSizeProperty: pageSize?.name, pageSizeWireName: pageSize?.wireName, tokenPaths: tokenPaths)
    switch pagination.scheme {
    case .token:
      result.nextTokenExpression = result.nextTokenPath.map(SwiftNaming.escaped).joined(separator: "?.")
    case .nextCursor:
      // The cursor the page gives, unless the page also says there is no more.
      let next = result.nextTokenPath.map(SwiftNaming.escaped).joined(separator: "?.")
      result.nextTokenExpression = hasMoreExpression.map { "\($0) == false ? nil : \(next)" } ?? next
    case .cursor:
      // The last item's id (or the field the reference names instead) is the next cursor, while
      // the page says there is more.
      let cursor = pagination.cursorItemField ?? ""
      let item = itemType.arrayElement == nil ? declaration(named: itemType.local) : nil
      if let property = cursorProperty(of: item, wireName: cursor) {
        // `items.last?.id`, `items.last.map { String($0.versionNum) }`.
        let items = itemsReference
        let name = SwiftNaming.escaped(property.name)
        let last =
          switch (property.type == .named("String"), property.isOptional) {
          case (true, _): "\(items).last?.\(name)"
          case (false, true): "\(items).last?.\(name).map { String($0) }"
          case (false, false): "\(items).last.map { String($0.\(name)) }"
          }
        result.nextTokenExpression = hasMoreExpression.map { "\($0) == false ? nil : \(last)" } ?? last
      } else if var union = unionCursor(itemType: itemType, wireName: cursor) {
        union.hasMoreExpression = hasMoreExpression
        result.unionCursor = union
      }
      // An integer cursor (bem's `starting_after: int`) travels as its text in the page's token.
      if let token, token.type == .named("Int") {
        result.integerCursor = true
        result.tokenPaths = [[SwiftPathStep(name: token.name, isOptional: token.isOptional)]]
      }
    case .offset, .pageNumber:
      // The next offset is this page's plus its items; the next page number this one plus one
      // (the first page is offset 0, page 1). An empty page is the last.
      result.nextTokenExpression = "nil"
      guard let token, token.type == .named("Int") else {
        throw DiagnosticError(
          "\(method.operation) pages by '\(pagination.tokenParam)', which is not an integer parameter",
          at: method.documentedAt)
      }
      let items = itemsReference
      result.firstPageNumber = pagination.scheme == .offset ? 0 : 1
      result.tokenIsInteger = true
      // (A page that says it is the last is, though it has items.)
      let isLast = hasMoreExpression.map { "\($0) == false || \(items).isEmpty" } ?? "\(items).isEmpty"
      result.nextTokenAfterExpression =
        pagination.scheme == .offset
        ? "\(isLast) ? nil : String((requestToken.flatMap { Int($0) } ?? 0) + \(items).count)"
        : "\(isLast) ? nil : String((requestToken.flatMap { Int($0) } ?? 1) + 1)"
      result.tokenPaths = [[SwiftPathStep(name: token.name, isOptional: token.isOptional)]]
    case .single:
      result.nextTokenExpression = "nil"
    }
    return result
  }
}
