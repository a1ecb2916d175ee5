import Foundation

/// Renders the documentation of the generated SDK (issue 6):
///
/// - a DocC catalog in the client module (`Sources/<Module>/<Module>.docc`): a landing article
///   and one article per resource with every method's description, Swift examples translated
///   from the reference's request examples and the documented response;
/// - `API.md`, a one-file Markdown reference of the Swift SDK like a Stainless SDK's `api.md`;
/// - the examples target (`Sources/<Module>Examples`), where every snippet the documentation
///   shows is a function that builds in every build of the package.
///
/// It reads the names the Swift model decides (`SwiftModel`) and the client's views of them, so the
/// snippets call the methods exactly as they are generated.
struct DocsEmitter {
  let api: APIDocument
  let client: ClientEmitter
  let packageName: String
  /// Every top-level model declaration, by Swift name.
  let types: [String: TypeView]
  /// The file of every top-level declaration, relative to the package root.
  let sourcePaths: [String: String]

  /// Width of example code at indentation 0; the examples target indents it by 4 more.
  static let codeWidth = 100

  var moduleName: String { client.moduleName }
  var clientName: String { client.clientName }
  var examplesModuleName: String { client.model.modules.examples }
  var catalogPath: String { "Sources/\(moduleName)/\(moduleName).docc" }

  init(api: APIDocument, client: ClientEmitter, views: [(file: String, type: TypeView)]) {
    self.api = api
    self.client = client
    self.packageName = client.moduleName
    self.types = Dictionary(views.map { ($0.type.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    var paths: [String: String] = [:]
    for (file, type) in views where paths[type.name] == nil {
      paths[type.name] = "Sources/\(client.moduleName)/\(file).swift"
    }
    let runtime = "Sources/\(client.moduleName)/Client"
    paths[client.clientName] = "Sources/\(client.moduleName)/\(client.clientName).swift"
    paths[client.errorName] = "\(runtime)/\(client.errorName).swift"
    paths[client.model.runtimeType("Page")] = "\(runtime)/Pagination.swift"
    paths[client.model.runtimeType("RequestOptions")] = "\(runtime)/ClientOptions.swift"
    paths[client.model.runtimeType("Timestamp")] = "Sources/\(client.moduleName)/Support/Timestamp.swift"
    paths[client.model.runtimeType("JSONValue")] = "Sources/\(client.moduleName)/Support/JSONValue.swift"
    self.sourcePaths = paths
  }

  // MARK: - Files

  func files(renderer: TemplateRenderer) throws(DiagnosticError) -> [GeneratedFile] {
    var files: [GeneratedFile] = []
    func add(_ path: String, _ value: some TemplateView, _ template: String) {
      files.append(GeneratedFile(path: path, contents: renderer.render(value, template: template)))
    }
    let methods = try methodInfos()
    let landing = landingView(methods)
    add("\(catalogPath)/\(moduleName).md", landing, "docs-landing")
    add(
      "Sources/\(examplesModuleName)/\(SwiftModel.gettingStartedExamples).swift",
      examplesFile(
        namespace: SwiftModel.gettingStartedExamples,
        title: "The snippets of the \(moduleName) documentation's landing page.",
        snippets: [landing.createClient, landing.authentication] + landing.errors + landing.pagination
          + landing.retries),
      "docs-examples")
    for resource in api.allResources {
      let resourceMethods = methods.filter { $0.operation.resourcePath == resource.path }
      let view = resourceView(resource, methods: resourceMethods)
      add("\(catalogPath)/\(articleName(resource)).md", view, "docs-resource")
      if let swiftResource = model.resource(resource.path) {
        add(
          "\(catalogPath)/Extensions/\(swiftResource.typeName).md",
          resourceTypeView(resource, swiftResource, methods: resourceMethods), "docs-resource-type")
      }
      let snippets = view.methods.flatMap { $0.examples.map(\.snippet) }
      guard !snippets.isEmpty else { continue }
      let namespace = examplesNamespace(resource)
      add(
        "Sources/\(examplesModuleName)/\(namespace).swift",
        examplesFile(
          namespace: namespace,
          title: "The request examples of `\(resource.path.joined(separator: "."))`, as calls of the client.",
          snippets: snippets),
        "docs-examples")
    }
    add("API.md", apiReferenceView(methods), "docs-api-md")
    return files
  }

  // MARK: - Methods

  /// What the documentation needs of one method: its model, the client's view of it and its
  /// request examples as Swift.
  struct MethodInfo {
    var operation: SwiftOperation
    var view: ClientMethodView
    var resourceType: String
    /// `client.organizations.customDomains.create`.
    var callee: String
    var examples: [DocsExampleView]
  }

  func methodInfos() throws(DiagnosticError) -> [MethodInfo] {
    var infos: [MethodInfo] = []
    var functionNames: [String: Set<String>] = [:]
    for resource in api.allResources {
      guard let swiftResource = model.resource(resource.path) else { continue }
      for index in swiftResource.operations {
        let operation = model.operations[index]
        let method = operation.method
        let name = operation.functionName
        let view = client.methodViews[index]
        var info = MethodInfo(
          operation: operation, view: view, resourceType: swiftResource.typeName, callee: operation.callee, examples: []
        )
        for (index, example) in method.examples.enumerated() {
          let title = example.title.isEmpty ? "\(name) \(index + 1)" : example.title
          var taken = functionNames[examplesNamespace(resource), default: []]
          let functionName = SwiftNaming.uniqued([SwiftNaming.lowerCamelCase(title)], taken: taken)[0]
          taken.insert(functionName)
          functionNames[examplesNamespace(resource)] = taken
          let snippet = callSnippet(
            info, request: example.request, functionName: functionName,
            doc: "\(title): `\(operation.documentedPath)`.")
          info.examples.append(
            DocsExampleView(
              title: title, descriptionLines: Self.lines(DocComment.inert(DocComment.asides(example.description))),
              hasDescription: !example.description.isEmpty, snippet: snippet))
        }
        infos.append(info)
      }
    }
    return infos
  }

  var model: SwiftModel { client.model }

  /// The first request example of each operation as Swift, by the operation's Swift path.
  func methodExamples() throws(DiagnosticError) -> [String: (title: String, lines: [String])] {
    var examples: [String: (title: String, lines: [String])] = [:]
    for info in try methodInfos() {
      guard let first = info.examples.first, let example = info.operation.method.examples.first else { continue }
      // The reference's title leads in; an untitled example gets none of its own.
      examples[info.operation.swiftPath] = (example.title.isEmpty ? "For example" : first.title, first.snippet.lines)
    }
    return examples
  }

  /// The call of a method with the arguments of a request example.
  func callExpression(_ info: MethodInfo, request: JSONValue, extra: [SwiftExampleWriter.Argument] = [])
    -> (SwiftExampleWriter.Expression, [String])
  {
    var writer = SwiftExampleWriter(types: types, runtimeType: model.runtimeType)
    var arguments: [SwiftExampleWriter.Argument] = []
    if info.view.hasArguments, let params = types[info.operation.paramsType] {
      arguments = writer.arguments(for: request, params: params)
    }
    return (.call(callee: info.callee, arguments: arguments + extra), writer.notes)
  }

  /// `let response = try await client.….create(…)` for a request example.
  func callSnippet(_ info: MethodInfo, request: JSONValue, functionName: String, doc: String) -> DocsSnippetView {
    let (call, notes) = callExpression(info, request: request)
    let binding = info.view.isPaginated ? "page" : "response"
    let lines = SwiftExampleWriter.layout(
      call, prefix: "let \(binding) = try await ", suffix: "", indent: 0, width: Self.codeWidth)
    return snippet(
      functionName: functionName, parameters: "client: \(clientName)",
      effects: " async throws(\(client.errorName)) -> \(info.view.returnType)", doc: doc,
      lines: lines, epilogue: ["return \(binding)"], notes: notes)
  }

  func snippet(
    functionName: String, parameters: String, effects: String, doc: String, lines: [String], epilogue: [String],
    notes: [String] = []
  ) -> DocsSnippetView {
    let name = SwiftNaming.escaped(functionName)
    // `  public static func name(parameters) effects {` inside the namespace enum.
    let declaration = "  \(client.access) static func \(name)(\(parameters))\(effects) {"
    return DocsSnippetView(
      functionName: name, functionParameters: parameters, wrapsSignature: SwiftLayout.overflows(declaration),
      functionEffectsAndResult: effects, functionDocLines: DocComment.lines(doc, width: 96),
      lines: notes.map { "// " + $0 } + lines, bodyLines: (notes.map { "// " + $0 } + lines).map(Self.bodyIndent),
      epilogueLines: epilogue.map(Self.bodyIndent), noteLines: notes.map { "// " + $0 })
  }

  static func bodyIndent(_ line: String) -> String { line.isEmpty ? "" : "    " + line }

  // MARK: - Resource articles

  /// `organizations.custom_domains` → `organizations-custom-domains-resource`: a hyphen keeps
  /// the article's path apart from every symbol's.
  func articleName(_ resource: Resource) -> String {
    (resource.path.flatMap { SwiftNaming.words($0) } + ["resource"]).joined(separator: "-")
  }

  func examplesNamespace(_ resource: Resource) -> String { model.resource(resource.path)!.examplesName }

  func link(_ resource: Resource) -> DocsResourceLinkView {
    DocsResourceLinkView(docLink: "<doc:\(articleName(resource))>", title: resource.title)
  }

  func symbolLink(_ name: String) -> String { "``\(name)``" }

  func resourceView(_ resource: Resource, methods: [MethodInfo]) -> DocsResourceView {
    let swiftResource = model.resource(resource.path)!
    let resourceType = swiftResource.typeName
    let accessor = client.accessor(swiftResource)
    let typeLinks = resource.types.compactMap { model.swiftNames[$0.name] }.map(symbolLink)
    return DocsResourceView(
      title: resource.title, typeLink: symbolLink(resourceType), accessor: accessor,
      methods: methods.map(methodView), hasMethods: !methods.isEmpty,
      children: resource.resources.map(link), hasChildren: !resource.resources.isEmpty,
      typeLinks: typeLinks, hasTypes: !typeLinks.isEmpty)
  }

  func methodView(_ info: MethodInfo) -> DocsMethodView {
    let view = info.view
    let name = view.name.replacingOccurrences(of: "`", with: "")
    let labels = view.arguments.map { $0.label.replacingOccurrences(of: "`", with: "") + ":" }.joined()
    let returns =
      view.isPaginated
      ? "``\(model.runtimeType("Page"))`` of \(typeText(view.valueType))" : typeText(view.valueType)
    let method = info.operation.method
    let response = method.responseExample.map { Self.lines($0.printed()) } ?? []
    return DocsMethodView(
      name: name, clientPath: info.operation.documentedPath,
      symbolLink: "``\(info.resourceType)/\(name)(\(labels)\(view.optionsLabel):)``",
      paramsSymbolLink: "``\(info.resourceType)/\(name)(_:options:)``",
      paramsTypeLink: symbolLink(view.paramsType),
      rawSymbolLink: view.isStreaming ? "" : "``\(info.resourceType)/\(view.rawName)(_:options:)``",
      returnsText: returns, httpMethod: method.http.method.uppercased(),
      httpPath: method.http.pathAndQuery,
      descriptionLines: Self.demotingHeadings(DocComment.inert(DocComment.asides(info.operation.documentation))),
      examples: info.examples, hasExamples: !info.examples.isEmpty, responseLines: response,
      hasResponse: !response.isEmpty)
  }

  /// The documentation extension of a resource's type: an overview that links the article, and
  /// the methods grouped by operation (labelled, parameters as one value, with the response).
  func resourceTypeView(_ resource: Resource, _ swiftResource: SwiftResource, methods: [MethodInfo])
    -> DocsResourceTypeView
  {
    var topics = methods.map { info in
      let view = methodView(info)
      return DocsTopicGroupView(
        title: view.name,
        links: [view.symbolLink, view.paramsSymbolLink, view.rawSymbolLink].filter { !$0.isEmpty }
          .map { $0.replacingOccurrences(of: "``\(swiftResource.typeName)/", with: "``") })
    }
    let children = swiftResource.children.compactMap { model.resource($0) }
    if !children.isEmpty {
      topics.append(DocsTopicGroupView(title: "Resources", links: children.map { "``\($0.propertyName)``" }))
    }
    return DocsResourceTypeView(
      typeLink: symbolLink(swiftResource.typeName), title: resource.title, accessor: client.accessor(swiftResource),
      articleLink: "<doc:\(articleName(resource))>",
      hasRawVariants: methods.contains { !$0.view.isStreaming }, topics: topics)
  }

  /// The runtime's public types in the client module, by topic group, and whether the package
  /// has them. A test checks that the runtime declares no other public type.
  func runtimeTopics() -> [(group: String, names: [String])] {
    // The runtime's generic types by their stand-in-free names; each carries the API's prefix.
    func runtime(_ names: [String]) -> [String] { names.map(model.runtimeType) }
    return [
      ("Essentials", [clientName] + runtime(["ClientOptions", "RequestOptions", "APIResponse"])),
      ("Pagination", runtime(["Page", "PageItems", "PaginatedResponse"])),
      ("Streaming", runtime(["JSONLinesStream", "ServerSentEventStream"])),
      ("Errors", [client.errorName] + runtime(["APIStatusError", "ConnectError", "TransportError"])),
      (
        "Transports",
        runtime([
          "HTTPTransport", "URLSessionTransport", "StreamingHTTPTransport", "ClientMiddleware", "TransportRequest",
          "TransportResponse", "StreamedResponse", "HTTPHeaderFields",
        ])
      ),
      ("Support Types", runtime(["Timestamp", "JSONValue"] + (model.usesIndirect ? ["Indirect"] : []))),
    ]
  }

  /// The landing page's Topics: every public type of the module, in groups — the essentials;
  /// the resources' articles and types; each resource's models (its Domain Types), and its
  /// requests and responses; pagination (the runtime's and each page type); streaming; errors;
  /// transports; support types; models no resource declares.
  func landingTopics() -> [DocsTopicGroupView] {
    var groups: [DocsTopicGroupView] = []
    var curated: Set<String> = []
    let declared = Set(model.declarations.map(\.name))
    func link(_ name: String) -> String { name == clientName ? "``\(moduleName)/\(name)``" : symbolLink(name) }
    func take(_ names: [String]) -> [String] {
      var links: [String] = []
      for name in names where !curated.contains(name) {
        curated.insert(name)
        links.append(link(name))
      }
      return links
    }
    func group(_ title: String, _ names: [String]) {
      let links = take(names)
      if !links.isEmpty { groups.append(DocsTopicGroupView(title: title, links: links)) }
    }
    let runtime = runtimeTopics()
    func runtimeGroup(_ title: String, extra: [String] = []) {
      group(title, (runtime.first { $0.group == title }?.names ?? []) + extra)
    }
    runtimeGroup("Essentials")
    groups.append(DocsTopicGroupView(title: "Resources", links: api.allResources.map { self.link($0).docLink }))
    let resources = api.allResources.compactMap { model.resource($0.path) }
    group("Resource Types", resources.map(\.typeName))
    let pageTypes = model.operations.compactMap { $0.page?.typeName }
    curated.formUnion(pageTypes)
    for resource in api.allResources {
      guard let swiftResource = model.resource(resource.path) else { continue }
      let domainTypes = resource.types.compactMap { model.swiftNames[$0.name] }.filter { declared.contains($0) }
      group("\(resource.title) Models", domainTypes)
      var exchanged: [String] = []
      for operation in swiftResource.operations.map({ model.operations[$0] }) {
        exchanged.append(operation.paramsType)
        exchanged.append(operation.responseType)
        if case .named(let item)? = operation.page?.itemType { exchanged.append(item) }
      }
      group("\(resource.title) Requests and Responses", exchanged.filter { declared.contains($0) })
    }
    curated.subtract(pageTypes)
    runtimeGroup("Pagination", extra: pageTypes)
    for title in ["Streaming", "Errors", "Transports", "Support Types"] { runtimeGroup(title) }
    group("Other Models", model.declarations.map(\.name))
    return groups
  }

  /// A type as DocC text: a link where it is a declaration of the module, else code.
  func typeText(_ type: String) -> String {
    types[type] != nil ? symbolLink(type) : "`\(type)`"
  }

  /// The description's lines with headings three levels deeper (below the method's `##`).
  static func demotingHeadings(_ markdown: String) -> [String] {
    var inFence = false
    return lines(markdown).map { line in
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
      guard !inFence, line.hasPrefix("#") else { return line }
      let marks = line.prefix { $0 == "#" }.count
      return String(repeating: "#", count: min(6, marks + 2)) + line.dropFirst(marks)
    }
  }

  static func lines(_ text: String) -> [String] {
    text.isEmpty ? [] : TextLines.split(text)
  }

  // MARK: - Landing article

  func landingView(_ methods: [MethodInfo]) -> DocsLandingView {
    let apiKeyVariable = client.clientView().apiKeyEnvironmentVariable
    let clientView = client.clientView()
    let createClient = snippet(
      functionName: "createClient", parameters: "", effects: " -> \(clientName)",
      doc: "Creates a client from the environment.", lines: ["let client = \(clientName)()"],
      epilogue: ["return client"])
    // (With the path parameters the client holds, as the reference's construction passes them.)
    let construction = SwiftExampleWriter.Expression.call(
      callee: clientName,
      arguments: [.init(label: "apiKey", value: .atom("\"My API Key\""))]
        + client.model.clientOptions.map {
          .init(label: $0.name, value: .atom("\"\(SwiftNaming.stringLiteralContents($0.example))\""))
        })
    let authentication = snippet(
      functionName: "authenticate", parameters: "", effects: " -> \(clientName)",
      doc: "Creates a client with an API key.",
      lines: SwiftExampleWriter.layout(
        construction, prefix: "let client = ", suffix: "", indent: 0, width: Self.codeWidth),
      epilogue: ["return client"])
    let plain = methods.filter { !$0.view.isPaginated && !$0.operation.method.examples.isEmpty }
    let read = plain.first { $0.operation.isReadOnly } ?? plain.first
    var errors: [DocsSnippetView] = []
    var retries: [DocsSnippetView] = []
    if let read, let request = read.operation.method.examples.first?.request {
      let (call, _) = callExpression(read, request: request)
      let callLines = SwiftExampleWriter.layout(
        call, prefix: "let response = try await ", suffix: "", indent: 2, width: Self.codeWidth)
      errors.append(
        snippet(
          functionName: "handleErrors", parameters: "client: \(clientName)", effects: " async",
          doc: "Handles the errors of a request.",
          lines: ["do {"] + callLines + [
            "  print(response)", "} catch .notFound(let error) {", "  print(error.message ?? \"not found\")",
            "} catch {", "  print(error)", "}",
          ], epilogue: []))
      let (retryCall, _) = callExpression(
        read, request: request,
        extra: [
          .init(
            label: read.view.optionsLabel,
            value: .atom("\(model.runtimeType("RequestOptions"))(timeout: .seconds(10), maxRetries: 0)"))
        ]
      )
      retries.append(
        snippet(
          functionName: "configureRetries", parameters: "",
          effects: " async throws(\(client.errorName)) -> \(read.view.returnType)",
          doc: "Sets the timeout and retries of a client and of one request.",
          lines: ["let client = \(clientName)(timeout: .seconds(30), maxRetries: 5)"]
            + SwiftExampleWriter.layout(
              retryCall, prefix: "let response = try await ", suffix: "", indent: 0, width: Self.codeWidth),
          epilogue: ["return response"]))
    }
    var pagination: [DocsSnippetView] = []
    if let paged = methods.first(where: { $0.view.isPaginated && !$0.operation.method.examples.isEmpty }),
      let request = paged.operation.method.examples.first?.request
    {
      var first = request
      // The first page: no token.
      if case .object(let members) = request, let tokenParam = paged.operation.method.pagination?.tokenParam {
        first = .object(
          members.map { member in
            guard case .object(let inner) = member.value else { return member }
            return (member.key, .object(inner.filter { $0.key != tokenParam }))
          })
      }
      let (call, _) = callExpression(paged, request: first)
      pagination.append(
        snippet(
          functionName: "paginate", parameters: "client: \(clientName)", effects: " async throws",
          doc: "Reads every item of every page.",
          lines: SwiftExampleWriter.layout(
            call, prefix: "let page = try await ", suffix: "", indent: 0, width: Self.codeWidth)
            + ["for try await item in page.allItems {", "  print(item)", "}"],
          epilogue: []))
    }
    return DocsLandingView(
      moduleName: moduleName, packageName: packageName, clientName: clientName, errorName: client.errorName,
      apiTitle: model.apiTitle, sdkVersion: clientView.sdkVersion,
      apiKeyEnvironmentVariable: apiKeyVariable, baseURLEnvironmentVariable: clientView.baseURLEnvironmentVariable,
      clientLink: "``\(moduleName)/\(clientName)``", errorLink: symbolLink(client.errorName),
      resources: api.resources.map(link), createClient: createClient, authentication: authentication,
      errors: errors, hasErrors: !errors.isEmpty, pagination: pagination, hasPagination: !pagination.isEmpty,
      retries: retries, hasRetries: !retries.isEmpty, topics: landingTopics(),
      firstResourceAccessor: model.resources.first.map(client.accessor) ?? "client",
      asyncHTTPClientModuleName: client.asyncHTTPClientModuleName)
  }

  // MARK: - Examples target

  func examplesFile(namespace: String, title: String, snippets: [DocsSnippetView]) -> DocsExamplesFileView {
    DocsExamplesFileView(
      imports: [moduleName], namespace: namespace, docLines: DocComment.lines(title, width: 100),
      access: client.access, snippets: snippets)
  }

  // MARK: - API.md

  func apiReferenceView(_ methods: [MethodInfo]) -> APIReferenceView {
    var resources: [APIResourceView] = []
    func visit(_ resource: Resource, depth: Int) {
      let types = resource.types.compactMap { model.swiftNames[$0.name] }.map {
        APITypeView(name: $0, sourcePath: sourcePaths[$0] ?? "")
      }
      let resourceMethods = methods.filter { $0.operation.resourcePath == resource.path }.map(apiMethodView)
      resources.append(
        APIResourceView(
          headingMarks: String(repeating: "#", count: min(6, depth)), title: resource.title, types: types,
          hasTypes: !types.isEmpty, methods: resourceMethods, hasMethods: !resourceMethods.isEmpty))
      for child in resource.resources { visit(child, depth: depth + 1) }
    }
    for resource in api.resources { visit(resource, depth: 1) }
    return APIReferenceView(
      moduleName: moduleName, clientName: clientName, errorName: client.errorName, resources: resources)
  }

  func apiMethodView(_ info: MethodInfo) -> APIMethodView {
    let view = info.view
    let method = info.operation.method
    let arguments = view.arguments.map {
      "\($0.label): \(linkedHTML($0.type))\($0.hasDefault ? " = " + $0.defaultValue : "")"
    }
    var parameters: [APIParameterView] = []
    for (index, argument) in view.arguments.enumerated() {
      let summary = index < method.params.count ? Self.summary(method.params[index].description) : ""
      parameters.append(
        APIParameterView(
          declaration: "`\(argument.label): \(argument.type)`", summary: summary, hasSummary: !summary.isEmpty))
    }
    let accessor = info.callee.split(separator: ".").dropLast().joined(separator: ".") + "."
    return APIMethodView(
      httpTitle: "\(method.http.method.lowercased()) \(method.http.pathAndQuery)", accessorPrefix: accessor,
      name: view.name.replacingOccurrences(of: "`", with: ""),
      sourcePath: "Sources/\(moduleName)/Client/Resources/\(info.resourceType).swift",
      argumentsHTML: arguments.joined(separator: ", "),
      resultHTML: "async throws(\(linkedHTML(client.errorName))) -&gt; \(linkedHTML(view.returnType))",
      paramsHTML: linkedHTML(view.paramsType), parameters: parameters, hasParameters: !parameters.isEmpty)
  }

  /// The first paragraph of a description, on one line.
  static func summary(_ description: String) -> String {
    if description.isASCII(withoutCarriageReturn: true) {
      // ASCII: the same on bytes (whitespace is tab, line feed, vertical tab, form feed, space).
      let bytes = Array(description.utf8)
      var end = bytes.count
      for index in bytes.indices.dropLast() where bytes[index] == 0x0A && bytes[index + 1] == 0x0A {
        end = index
        break
      }
      let words = bytes[..<end].split { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
      return words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }
    let paragraph = description.components(separatedBy: "\n\n").first ?? ""
    return paragraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A Swift type as HTML, each type of the package linked to its file.
  func linkedHTML(_ type: String) -> String {
    var out = ""
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      let root = String(word.split(separator: ".").first ?? "")
      if let path = sourcePaths[root] {
        out += "<a href=\"./\(path)\">\(word)</a>"
      } else {
        out += word
      }
      word = ""
    }
    for character in type {
      if character.isLetter || character.isNumber || character == "_" || character == "." || character == "`" {
        word.append(character)
      } else {
        flush()
        out += Self.escapedHTML(String(character))
      }
    }
    flush()
    return out
  }

  static func escapedHTML(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
