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
    let imported = importedClientName(api)
    let clientName = config.clientName ?? imported ?? SwiftNaming.typeName(api.title.isEmpty ? "API" : api.title)
    let moduleName = config.moduleName ?? clientName
    let access = config.accessModifier.rawValue
    let zeroValueDefaults = config.zeroValueDefaults ?? api.looksLikeProto3JSON
    let supportNames: Set<String> = Set(["Timestamp", "JSONValue", clientName, moduleName])
      .union(ClientEmitter.runtimeTypeNames(clientName: clientName))

    var builder = ModelBuilder(
      api: api, access: access, zeroValueDefaults: zeroValueDefaults, reservedNames: supportNames)
    try builder.plan()
    let views = try builder.views()

    var files: [GeneratedFile] = []
    func add(_ path: String, _ value: Any, _ template: String) {
      files.append(GeneratedFile(path: path, contents: renderer.render(value, template: template)))
    }
    let sources = "Sources/\(moduleName)"
    let tests = "Tests/\(moduleName)Tests"
    let withClient = config.outputs.contains(.client)
    let withServer = config.outputs.contains(.server)
    let server = ServerEmitter.view(builder: builder, moduleName: moduleName, apiTitle: api.title)
    if withServer { files += try ServerEmitter.files(server, renderer: renderer) }
    var package = PackageView(
      packageName: moduleName, moduleName: moduleName, testModuleName: moduleName + "Tests", hasTests: true,
      hasClient: withClient, asyncHTTPClientModuleName: moduleName + "AsyncHTTPClient",
      clientTestModuleName: moduleName + "ClientTests", hasServer: withServer, serverModuleName: server.serverModule,
      hummingbirdModuleName: server.hummingbirdModule, serverExecutableName: server.executableName,
      serverTestModuleName: server.testModule, hasExamples: withClient,
      examplesModuleName: DocsEmitter.examplesModuleName(moduleName))
    package.hasDependencies = withClient || withServer
    add("Package.swift", package, "package")
    var client = ClientEmitter(
      api: api, config: config, moduleName: moduleName, clientName: clientName, access: access, builder: builder,
      views: views)
    if withClient {
      files += try client.files(renderer: renderer)
      builder.diagnostics.append(contentsOf: client.diagnostics.diagnostics)
      files += try DocsEmitter(api: api, client: client, packageName: moduleName, views: views).files(renderer: renderer)
    }
    let runtime = RuntimeNames(moduleName: moduleName, clientName: clientName, access: access)
    files.append(RuntimeSources.file("Sources/ExampleKit/Support/Timestamp.swift", runtime))
    files.append(RuntimeSources.file("Sources/ExampleKit/Support/JSONValue.swift", runtime))
    if builder.usesIndirect { files.append(RuntimeSources.file("Sources/ExampleKit/Support/Indirect.swift", runtime)) }
    for (folder, type) in views {
      let declaration = renderDeclaration(type, renderer: renderer)
      add("\(sources)/\(folder)/\(type.name).swift", ModelFileView(moduleName: moduleName, declarations: [declaration]), "model-file")
    }

    let cases = roundTripCases(builder)
    add(
      "\(tests)/ExamplesRoundTripTests.swift",
      RoundTripTestsView(
        moduleName: moduleName, imports: testImports(moduleName), cases: cases, hasCases: !cases.isEmpty), "round-trip-tests")
    add("\(tests)/SupportTypesTests.swift", supportTestsView(builder, moduleName: moduleName), "support-tests")

    let paths = files.map(\.path)
    if let duplicate = Dictionary(grouping: paths, by: { $0.lowercased() }).first(where: { $0.value.count > 1 }) {
      throw DiagnosticError("two generated files would share the path '\(duplicate.key)'", at: nil)
    }
    return Output(
      files: files.sorted { $0.path < $1.path }, warnings: builder.diagnostics.diagnostics, moduleName: moduleName, clientName: clientName,
      zeroValueDefaults: zeroValueDefaults,
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

  /// The class the Python examples import: `from gitpod import Gitpod` → `Gitpod`.
  static func importedClientName(_ api: APIDocument) -> String? {
    for method in api.allResources.flatMap(\.methods) {
      guard let example = method.pythonExample else { continue }
      // Token-wise: the example's line breaks may be lost.
      let words = example.split(whereSeparator: \.isWhitespace).map(String.init)
      for index in words.indices.dropLast(3)
      where words[index] == "from" && words[index + 2] == "import" && SwiftNaming.isIdentifier(words[index + 3]) {
        return words[index + 3]
      }
    }
    return nil
  }

  /// The variable the Python examples read the key from: `os.environ.get("GITPOD_API_KEY")`.
  static func apiKeyEnvironmentVariable(_ api: APIDocument) -> String? {
    for method in api.allResources.flatMap(\.methods) {
      guard let example = method.pythonExample, let start = example.range(of: "os.environ.get(\"") else { continue }
      let name = example[start.upperBound...].prefix { $0 != "\"" }
      if !name.isEmpty, name.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) { return String(name) }
    }
    return nil
  }

  // MARK: - Tests

  static func roundTripCases(_ builder: ModelBuilder) -> [RoundTripCaseView] {
    let shape = ExampleShape { name in
      if let decl = builder.decls[name] {
        return decl.kind == .enum ? .enum(name: name, values: decl.values) : .object(name: name, fields: decl.fields)
      }
      return builder.methodObjects[name].map { .object(name: name, fields: $0) }
    }
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
          functionName: name, displayName: SwiftNaming.stringLiteralContents(display), typeName: type,
          rawDelimiter: rawDelimiter(for: text + expected), jsonLines: lines(text), expectedLines: lines(expected),
          hasExpected: !expected.isEmpty,
          noteLines: result.undocumentedPaths.map { "// \($0) is not documented: the model drops it." }))
    }
    for model in builder.methods {
      let path = builder.clientPath(model.resource, model.method)
      let words = model.resource.path + [model.method.name]
      for (index, example) in model.method.examples.enumerated() {
        let title = example.title.isEmpty ? "example \(index + 1)" : example.title
        add(
          example.request, type: model.paramsTypeName, shapeType: model.paramsShape,
          words: words + ["request", String(index + 1)], display: "\(path) request (\(title))")
      }
      if let response = model.method.responseExample {
        add(
          response, type: model.responseType, shapeType: model.responseShape, words: words + ["response"],
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
    text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The shortest `#…#` delimiter whose closing form `"#…` the text does not contain.
  static func rawDelimiter(for text: String) -> String {
    var delimiter = "#"
    while text.contains("\"" + delimiter) { delimiter += "#" }
    return delimiter
  }

  static func supportTestsView(_ builder: ModelBuilder, moduleName: String) -> SupportTestsView {
    let firstEnum = builder.topLevels.lazy.compactMap { topLevel -> (String, TypeDecl)? in
      if case .decl(let decl) = topLevel.source, decl.kind == .enum, !decl.values.isEmpty {
        return (topLevel.swiftName, decl)
      }
      return nil
    }.first
    guard let (swiftName, decl) = firstEnum else {
      return SupportTestsView(
        moduleName: moduleName, imports: testImports(moduleName), enumType: "", enumKnownValue: "", enumKnownRawValue: "", hasEnum: false)
    }
    let index = decl.values.count > 1 ? 1 : 0
    return SupportTestsView(
      moduleName: moduleName, imports: testImports(moduleName), enumType: swiftName,
      enumKnownValue: SwiftNaming.escaped(SwiftNaming.enumCaseNames(decl.values)[index]),
      enumKnownRawValue: SwiftNaming.stringLiteralContents(decl.values[index]), hasEnum: true)
  }
}
