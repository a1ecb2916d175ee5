import Foundation

/// One file of the generated package: a path relative to the output folder and its text.
public struct GeneratedFile: Sendable, Hashable {
  public var path: String
  public var contents: String

  public init(path: String, contents: String) {
    self.path = path
    self.contents = contents
  }
}

/// Renders the whole generated Swift package for an API, in memory.
public enum PackageEmitter {
  public struct Output: Sendable {
    /// Sorted by path.
    public var files: [GeneratedFile]
    public var warnings: [Diagnostic]
    public var moduleName: String
    public var clientName: String
    public var zeroValueDefaults: Bool
    /// The starter implementation of the server's services (`--server-stubs`): one file per
    /// service, paths relative to the stubs folder. Not part of `files`.
    public var serverStubs: [GeneratedFile] = []
  }

  public static func emit(
    _ api: APIDocument, config: GeneratorConfig = GeneratorConfig(), renderer: TemplateRenderer,
    serverStubs: Bool = true
  ) throws(DiagnosticError) -> Output {
    var timings = Pipeline.StageTimings()
    return try emit(api, config: config, renderer: renderer, serverStubs: serverStubs, timings: &timings)
  }

  /// `emit`, recording the time of its two stages: "Swift model" and "rendering".
  public static func emit(
    _ api: APIDocument, config: GeneratorConfig = GeneratorConfig(), renderer: TemplateRenderer,
    serverStubs: Bool = true, timings: inout Pipeline.StageTimings
  ) throws(DiagnosticError) -> Output {
    // A parameter the config places (a header it names, a location) travels there: the config
    // is evidence too.
    let (api, configWarnings) = api.locating(by: config)
    let (model, decisionWarnings) = try timings.measure("Swift model") { () throws(DiagnosticError) in
      try SwiftModel.decide(api, config: config)
    }
    return try timings.measure("rendering") { () throws(DiagnosticError) in
      try render(
        api, model: model, decisionWarnings: configWarnings + decisionWarnings, config: config, renderer: renderer,
        serverStubs: serverStubs)
    }
  }

  private static func render(
    _ api: APIDocument, model: SwiftModel, decisionWarnings: [Diagnostic], config: GeneratorConfig,
    renderer: TemplateRenderer, serverStubs: Bool
  ) throws(DiagnosticError) -> Output {
    let renderer = renderer.naming(RuntimeNames(typePrefix: model.typePrefix))
    let warnings = decisionWarnings
    let moduleName = model.moduleName
    let access = model.access
    let views = model.declarations.map { (file: "\($0.folder)/\($0.fileName)", type: TypeView($0, access: access)) }

    var files: [GeneratedFile] = []
    func add(_ path: String, _ value: some TemplateView, _ template: String) {
      files.append(GeneratedFile(path: path, contents: renderer.render(value, template: template)))
    }
    let sources = "Sources/\(moduleName)"
    let tests = "Tests/\(model.modules.modelTests)"
    let withClient = config.outputs.contains(.client)
    let withServer = config.outputs.contains(.server)
    let server = ServerEmitter.view(model)
    if withServer { files += try ServerEmitter.files(server, renderer: renderer) }
    var package = PackageView(
      packageName: moduleName, moduleName: moduleName, testModuleName: model.modules.modelTests, hasTests: true,
      hasClient: withClient, asyncHTTPClientModuleName: model.modules.asyncHTTPClient,
      clientTestModuleName: model.modules.clientTests, hasServer: withServer, serverModuleName: server.serverModule,
      hummingbirdModuleName: server.hummingbirdModule, mockModuleName: server.mockModule,
      serverExecutableName: server.executableName,
      serverTestModuleName: server.testModule, hasExamples: withClient,
      examplesModuleName: model.modules.examples)
    package.hasDependencies = withClient || withServer
    // `package` declarations are invisible to other packages: with `accessModifier: package` the
    // output stays one package.
    let split = (withClient || withServer) && config.accessModifier == .public
    package.hasSidePackages = split
    add("Package.swift", package, split || !(withClient || withServer) ? "package" : "package-single")
    let layout = PackageLayout(
      modules: model.modules, serverExecutable: withServer ? server.executableName : nil, isSplit: split)
    if split, withClient { add(layout.asyncHTTPClientRoot + "Package.swift", package, "package-asynchttpclient") }
    if split, withServer { add(layout.serverRoot + "Package.swift", package, "package-server") }
    if withClient {
      var client = ClientEmitter(model: model, config: config, views: views)
      // Each method's page shows its first request example as Swift, the call the examples
      // target compiles.
      client.methodExamples = try DocsEmitter(api: api, client: client, views: views).methodExamples()
      files += try client.files(renderer: renderer)
      files += try DocsEmitter(api: api, client: client, views: views).files(renderer: renderer)
    }
    let runtime = RuntimeNames(
      modules: model.modules, typePrefix: model.typePrefix, clientName: model.clientName,
      errorName: model.errorName, access: access)
    files.append(RuntimeSources.file("Sources/ExampleKit/Support/Timestamp.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKit/Support/JSONValue.swift", runtime))
    if model.usesIndirect { files.append(RuntimeSources.file("Sources/ExampleKit/Support/Indirect.swift", runtime)) }
    if model.usesUnions { files.append(RuntimeSources.file("Sources/ExampleKit/Support/Union.swift", runtime)) }
    for (path, type) in views {
      let declaration = renderDeclaration(type, renderer: renderer)
      var file = ModelFileView(moduleName: moduleName, declarations: [declaration])
      file.importsFoundation = type.usesData
      add("\(sources)/\(path).swift", file, "model-file")
    }

    let cases = roundTripCases(model)
    add(
      "\(tests)/ExamplesRoundTripTests.swift",
      RoundTripTestsView(
        moduleName: moduleName, imports: testImports(moduleName), cases: cases, hasCases: !cases.isEmpty),
      "round-trip-tests")
    add("\(tests)/SupportTypesTests.swift", supportTestsView(model), "support-tests")
    files += GenerationRecord(api: api, config: config).files()
    files = files.map { GeneratedFile(path: layout.path(of: $0.path), contents: $0.contents) }

    let paths = files.map(\.path)
    if let duplicate = Dictionary(grouping: paths, by: { $0.lowercased() }).first(where: { $0.value.count > 1 }) {
      throw DiagnosticError("two generated files would share the path '\(duplicate.key)'", at: nil)
    }
    return Output(
      files: files.sorted { $0.path < $1.path }, warnings: warnings, moduleName: moduleName,
      clientName: model.clientName,
      zeroValueDefaults: model.zeroValueDefaults,
      serverStubs: withServer && serverStubs ? try ServerEmitter.stubFiles(server, renderer: renderer) : [])
  }

  /// Renders a type with the `type` template, its nested types first (indented into it).
  static func renderDeclaration(_ type: TypeView, renderer: TemplateRenderer) -> String {
    var type = type
    type.nestedDeclarations = type.nestedTypes.map { nested in
      TextLayout.indented(renderDeclaration(nested, renderer: renderer), by: 2)
    }
    return renderer.render(type, template: "type")
  }

  // MARK: - Tests

  static func roundTripCases(_ model: SwiftModel) -> [RoundTripCaseView] {
    let shape = ExampleShape(model)
    var cases: [RoundTripCaseView] = []
    var usedNames: Set<String> = []
    func add(_ json: JSONValue, type: String, shapeType: TypeRef, words: [String], display: String) {
      // The parser warns about undocumented example members; the test notes them.
      let result = shape.check(json, as: shapeType)
      let name = SwiftNaming.uniqued([SwiftNaming.lowerCamelCase(words.joined(separator: "_"))], taken: usedNames)[0]
      usedNames.insert(name)
      let text = json.printed()
      let expected = result.documentedPart == json ? "" : result.documentedPart.printed()
      cases.append(
        RoundTripCaseView(
          functionName: name, displayName: SwiftLayout.testDisplayName(display), typeName: type,
          rawDelimiter: rawDelimiter(for: text + expected), jsonLines: lines(text), expectedLines: lines(expected),
          hasExpected: !expected.isEmpty,
          noteLines: result.undocumentedPaths.map { "// \($0) is not documented: the model drops it." }))
    }
    for operation in model.operations {
      let path = operation.documentedPath
      let words = operation.resourcePath + [operation.method.name]
      for (index, example) in operation.method.examples.enumerated() {
        let title = example.title.isEmpty ? "example \(index + 1)" : example.title
        add(
          example.request, type: operation.paramsType, shapeType: operation.paramsShape,
          words: words + ["request", String(index + 1)], display: "\(path) request (\(title))")
      }
      if let response = operation.responseExample {
        add(
          response, type: operation.responseType, shapeType: operation.responseShape, words: words + ["response"],
          display: "\(path) response")
      }
    }
    return cases
  }

  /// swift-format wants imports sorted, and the module's name decides where it goes.
  static func testImports(_ moduleName: String) -> [String] {
    Array(Set(["Foundation", "Testing", moduleName])).sorted()
  }

  static func lines(_ text: String) -> [String] {
    text.isEmpty ? [] : TextLines.split(text)
  }

  /// See `SwiftLiteral.rawDelimiter`.
  static func rawDelimiter(for text: String) -> String {
    SwiftLiteral.rawDelimiter(for: text)
  }

  static func supportTestsView(_ model: SwiftModel) -> SupportTestsView {
    let moduleName = model.moduleName
    let firstEnum = model.declarations.lazy.compactMap { declaration -> (String, [SwiftEnumConstant])? in
      if case .enumeration(let constants) = declaration.kind, !constants.isEmpty {
        return (declaration.name, constants)
      }
      return nil
    }.first
    guard let (swiftName, constants) = firstEnum else {
      return SupportTestsView(
        moduleName: moduleName, imports: testImports(moduleName), enumType: "", enumKnownValue: "",
        enumKnownRawValue: "", hasEnum: false)
    }
    let constant = constants[constants.count > 1 ? 1 : 0]
    return SupportTestsView(
      moduleName: moduleName, imports: testImports(moduleName), enumType: swiftName,
      enumKnownValue: SwiftNaming.escaped(constant.name),
      enumKnownRawValue: SwiftNaming.stringLiteralContents(constant.rawValue), hasEnum: true)
  }
}

/// Where each generated file goes (issue 15): the package at the output's root holds the models
/// and the client, which need swift-log alone, so an app that uses the client resolves nothing
/// else; the AsyncHTTPClient transport and the server (Connect core, mocks, Hummingbird adapter,
/// executable, and the HTTP tests of client and server) are packages of their own under
/// `Packages/`, depending on the root package by path: `Packages/GitpodAsyncHTTPClient`,
/// `Packages/GitpodServer`. (The anchors: swift-openapi-runtime, -urlsession,
/// -async-http-client and -hummingbird are separate packages; grpc-swift 2 splits core,
/// transport and protobuf.)
struct PackageLayout {
  var modules: PackageModules
  /// The server executable's folder (`gitpod-server`); nil without the server half.
  var serverExecutable: String?
  /// False for one package (`accessModifier: package`): every path stays.
  var isSplit = true

  var asyncHTTPClientRoot: String { "Packages/\(modules.asyncHTTPClient)/" }
  var serverRoot: String { "Packages/\(modules.server)/" }

  /// The path in the output of a file generated at `path` of a single package.
  func path(of path: String) -> String {
    guard isSplit else { return path }
    if path.hasPrefix("Sources/\(modules.asyncHTTPClient)/") { return asyncHTTPClientRoot + path }
    if path.hasPrefix("Tests/\(modules.clientTests)/") {
      // The client's HTTP tests need SwiftNIO (their loopback server), and the server when there
      // is one (the client against the mock).
      return (serverExecutable == nil ? asyncHTTPClientRoot : serverRoot) + path
    }
    if let serverExecutable {
      let folders = [
        "Sources/\(modules.server)/", "Sources/\(modules.mocks)/", "Sources/\(modules.hummingbird)/",
        "Sources/\(serverExecutable)/", "Tests/\(modules.serverTests)/",
      ]
      if folders.contains(where: path.hasPrefix) { return serverRoot + path }
    }
    return path
  }
}
