/// The Swift model: every Swift decision about the generated package, made once from the API
/// model (IR) and the generator's configuration by `SwiftModelBuilder`. Every emitter (models,
/// client, server, documentation, tests) reads its names here; none derives a Swift name from
/// the IR again.
///
/// Names are stored unescaped; `SwiftNaming.escaped(_:)` spells them where a keyword needs
/// backticks.
struct SwiftModel: Sendable {
  /// The package, the library module and the client type.
  var moduleName: String
  /// The package's module names (`GitpodServer`, `GitpodMocks`, …).
  var modules: PackageModules { PackageModules(models: moduleName) }
  var clientName: String
  /// `GitpodError`.
  var errorName: String
  /// `public` or `package`.
  var access: String
  /// The API's name for prose (`Gitpod`: the API's name, from the reference's client class;
  /// the first section's title names only that section).
  var apiTitle: String
  /// What begins the name of every generic runtime type (`Gitpod`: `GitpodPage`,
  /// `GitpodRPCError`, `GitpodTimestamp`), so that none collides with the packages an app or a
  /// server imports (GRPCCore's `RPCError`, an app's own `Page`) or with the API's own names.
  var typePrefix: String
  /// The server executable: the module's name in lower case, as the API's Python package spells
  /// it when that is the same name (`openai-server` for `OpenAI`), else its words joined by
  /// hyphens (`acme-cloud-server`).
  var serverExecutableName = ""

  /// The generated name of the runtime type `name` (`Page` → `GitpodPage`).
  func runtimeType(_ name: String) -> String { typePrefix + name }
  /// `GITPOD_API_KEY`: from the reference's examples, else made from the client's name.
  var apiKeyEnvironmentVariable: String
  /// Whether the reference named the API-key variable (the support files document it then).
  var documentsAPIKeyEnvironmentVariable: Bool
  /// `GITPOD_BASE_URL`.
  var baseURLEnvironmentVariable: String
  var zeroValueDefaults: Bool
  /// The header that carries the API key: `Authorization` unless the config names another.
  var authHeader = "Authorization"
  /// What precedes the key there (`Bearer`); nil sends the bare key. From the config, else the
  /// reference's evidence, else `Bearer` with a warning.
  var authScheme: String? = "Bearer"
  /// Neither the config nor the reference says how the key travels: the client sends the guess
  /// (`Authorization: Bearer`), the server accepts the key each way the SDKs send one.
  var authIsGuessed = false
  /// How arrays travel in the query: `brackets`, `comma` or `repeat` (the config's, else
  /// `brackets`, warned where the reference has an array query parameter).
  var queryArrayFormat = "brackets"
  /// The path parameters the client holds (m3ter's `org_id`), in the order the reference first
  /// uses them: the client's initializer takes each, a call that leaves its own out sends it.
  var clientOptions: [SwiftClientOption] = []

  /// The top-level model declarations, in the order they are generated.
  var declarations: [SwiftDeclaration] {
    didSet { declarationIndex = Self.index(declarations) }
  }
  /// Each declaration's position by name (the emitters look declarations up per operation).
  var declarationIndex: [String: Int] = [:]
  /// Every resource, depth first in document order.
  var resources: [SwiftResource]
  /// Every operation, in document order.
  var operations: [SwiftOperation]
  /// Whether a field is stored as `Indirect<T>` (the package then declares that type).
  var usesIndirect: Bool
  /// Whether a union is declared (the package then declares the runtime's union support).
  var usesUnions = false

  /// IR lookups the example checks need: Domain Types (and shared enums) by documented name,
  /// and objects a method returns in place, by documented name.
  var documentedTypes: [String: TypeDecl]
  var methodObjects: [String: [Field]]
  /// Documented (or synthetic) top-level type name → Swift name.
  var swiftNames: [String: String]

  /// The resource at `path`.
  func resource(_ path: [String]) -> SwiftResource? {
    resources.first { $0.path == path }
  }

  /// The top-level declaration named `name` (Swift name).
  func declaration(named name: String) -> SwiftDeclaration? {
    if let position = declarationIndex[name] { return declarations[position] }
    // (Declarations given to the initializer are not indexed until they are set again.)
    return declarationIndex.isEmpty ? declarations.first { $0.name == name } : nil
  }

  /// The first position of each name.
  static func index(_ declarations: [SwiftDeclaration]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (position, declaration) in declarations.enumerated() where index[declaration.name] == nil {
      index[declaration.name] = position
    }
    return index
  }
}

/// A path parameter the client holds: `orgID`, sent for `{orgId}` where a call leaves it out.
struct SwiftClientOption: Sendable, Hashable {
  /// As documented: `org_id`, the key of `ClientOptions.pathParameters`.
  var documentedName: String
  /// The client initializer's parameter: `orgID`.
  var name: String
  /// The value the documented client construction passes (`My Org ID`), for examples and tests.
  var example: String
}

/// A generated struct (for an object), RawRepresentable struct (for an enum) or enum with a
/// case per member (for a union).
struct SwiftDeclaration: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case structure([SwiftProperty])
    case enumeration([SwiftEnumConstant])
    case union(SwiftUnion)
  }

  var name: String
  /// Folder of a top-level declaration inside the module: `Models`, `Params`, `Responses`.
  var folder: String
  /// The file of a top-level declaration in its folder, without `.swift`: its name, unless
  /// another file of the module takes it (`SwiftModel.fileNames`); empty for a nested one.
  var fileName = ""
  /// Markdown.
  var documentation: String
  /// Nesting depth (0 for top-level declarations).
  var depth: Int
  var kind: Kind
  var nested: [SwiftDeclaration]
  /// A struct whose one property is the whole JSON value, not a member of an object: a page
  /// whose response is its items array (`[…]`, Finch's and Modern Treasury's lists).
  var wholeValueProperty: String? = nil

  var properties: [SwiftProperty] {
    if case .structure(let properties) = kind { return properties }
    return []
  }

  var isEnumeration: Bool {
    if case .enumeration = kind { return true }
    return false
  }
}

/// A stored property of a generated struct, and the initializer parameter that sets it.
struct SwiftProperty: Sendable, Hashable {
  /// The field as documented: `organization_id`.
  var documentedName: String
  /// `organizationID`, `default` (unescaped).
  var name: String
  /// The type without the optional.
  var type: SwiftType
  var isOptional: Bool
  /// Whether it is sent and received in the JSON body (method parameters in the query, path or
  /// headers are not).
  var isCoded: Bool
  var wireName: String
  var zeroValue: SwiftZeroValue?
  /// Markdown.
  var documentation: String
  /// Where a method parameter is sent.
  var location: ParameterLocation
  /// For a required field that can hold one value only (`type: Literal["text"]`): that value's
  /// constant (`.text`), which its initializer parameter defaults to.
  var onlyValue: String? = nil
  /// For a required parameter sent outside the body (`isCoded` false): what the decoder gives it
  /// until the server reads it from the path, the query or a header (`""`, `0`,
  /// `Kind(rawValue: "")`, `[]`).
  var uncodedValue: String? = nil

  /// What the initializer parameter defaults to: `nil` when optional, the only value when there
  /// is one; nil when the caller must give it.
  var initDefault: String? { isOptional ? "nil" : onlyValue }

  /// The argument label: backticks are needed there only for `inout`, `var` and `let`.
  var label: String { SwiftNaming.argumentLabel(name) }
}

/// A union's cases, and how it tells them apart when it decodes (`UnionPlan`).
struct SwiftUnion: Sendable, Hashable {
  struct Case: Sendable, Hashable {
    /// `text`, `string` (unescaped).
    var name: String
    var payload: SwiftType
    /// The discriminator's value that selects it, when it has one.
    var discriminatorValue: String?
    /// Markdown.
    var documentation: String
  }

  /// In the reference's order.
  var cases: [Case]
  /// The cases tried one after another, in order (names of `cases`).
  var attempted: [String]
  /// The discriminator's wire name.
  var discriminator: String?
  /// The case holding a value no member reads, whole: `unknown` (unescaped).
  var unknownCase: String
  /// The runtime's `JSONValue` (the unknown case's payload) and union support (which reads the
  /// discriminator): `GitpodJSONValue`, `GitpodUnion`.
  var jsonValueType: String
  var supportType: String
}

struct SwiftEnumConstant: Sendable, Hashable {
  /// `admin` (unescaped).
  var name: String
  var rawValue: String
}

/// A resource: a type of the client, a service of the server.
struct SwiftResource: Sendable, Hashable {
  var path: [String]
  var title: String
  /// The property of the parent (client or resource): `customDomains`.
  var propertyName: String
  /// The client's type: `CustomDomainsResource`.
  var typeName: String
  /// The server's service protocol: `CustomDomainsService`.
  var serviceName: String
  /// The server's procedure-path constants: `CustomDomainsProcedures`.
  var proceduresName: String
  /// The label of `register(customDomains:)`.
  var registerLabel: String
  /// The examples module's enum of its request examples as calls: `CustomDomainsExamples`.
  var examplesName: String
  /// The direct children's paths.
  var children: [[String]]
  /// Indices into `SwiftModel.operations`.
  var operations: [Int]
  /// Whether its methods are the client's own too (`client.embed(…)`, as Python's): a resource
  /// that holds the client's methods (`Resource.holdsClientMethods`) whose function names no
  /// member of the client takes.
  var extendsClient = false
}

/// One operation of the API as Swift sees it.
struct SwiftOperation: Sendable, Hashable {
  /// The IR's method (wire facts: HTTP endpoint, examples, descriptions).
  var method: Method
  /// The method's description (its summary where it has none), in Swift terms
  /// (`SwiftDocumentation.inSwiftTerms`).
  var documentation: String = ""
  var resourcePath: [String]
  /// The method of the resource type and the service protocol: `listMembers` (unescaped).
  var functionName: String
  /// The client's method that returns the decoded value with the HTTP response:
  /// `listMembersWithResponse` (unescaped).
  var rawFunctionName: String { functionName + "WithResponse" }
  /// `organizations.list_members`, as the reference names the method.
  var documentedPath: String
  /// `organizations.listMembers`: how a Swift caller reaches it from the client.
  var swiftPath: String
  /// `client.organizations.listMembers` (escaped where needed).
  var callee: String
  var paramsType: String
  /// The parameters sent in the JSON body, as an object type (for checking examples).
  var paramsShape: TypeRef
  /// The decoded body: the response type or the page type.
  var responseType: String
  var responseShape: TypeRef
  /// The labelled arguments: the parameters type's properties.
  var arguments: [SwiftArgument]
  /// The label of the request options argument: `options`, or `requestOptions` when a
  /// parameter is called `options`.
  var optionsLabel: String
  /// Parameters sent in the query string.
  var queryParameters: [SwiftQueryParameter]
  /// Parameters sent as headers (those the config names a header for).
  var headerParameters: [SwiftHeaderParameter] = []
  var page: SwiftPage?
  /// Retried on every transient failure.
  var isReadOnly: Bool
  /// A Connect unary call (sends `Connect-Protocol-Version: 1`).
  var isConnect: Bool
  /// The response is a stream of `responseType` values (JSON lines): the client returns an
  /// `AsyncSequence` of them, the service protocol streams them.
  var streaming: SwiftStreaming? = nil
  /// The documented response example as the package serves and decodes it: values that
  /// contradict their documented type taken out (`ExampleShape.conformed`); nil without one.
  var responseExample: JSONValue? = nil
  /// The stream of server-sent events a parameter asks for (`stream: true`), when there is one.
  var eventStream: SwiftEventStream? = nil
}

/// A method that answers with a stream of server-sent events when a parameter asks for it
/// (`chat.completions.create(stream=True)`): the client and the service protocol have a second
/// method for it.
struct SwiftEventStream: Sendable, Hashable {
  /// The streaming method of the client and the service protocol: `createStream` (unescaped).
  var functionName: String
  /// `ChatCompletionChunk`.
  var eventType: String
  var eventShape: TypeRef
  /// The parameter that asks for the stream, as on the wire: `stream`.
  var parameter: String
  /// Its property in the parameters type (unescaped): `stream`.
  var parameterProperty: String
}

/// How a streaming operation's responses travel.
enum SwiftStreaming: String, Sendable, Hashable {
  /// `application/jsonl`: one JSON document per line.
  case jsonLines = "jsonl"
}

struct SwiftArgument: Sendable, Hashable {
  var label: String
  /// As used in the body (escaped).
  var name: String
  /// As written in the method's signature: nested types qualified.
  var type: SwiftType
  var isOptional: Bool
  var documentedName: String
  var documentation: String
  /// What the argument defaults to (`SwiftProperty.initDefault`).
  var defaultValue: String? = nil
}

/// A parameter sent as a header, under the name the config gives it.
struct SwiftHeaderParameter: Sendable, Hashable {
  /// The property of the parameters type (unescaped).
  var property: String
  /// `anthropic-beta`.
  var headerName: String
}

struct SwiftQueryParameter: Sendable, Hashable {
  /// The property of the parameters type (unescaped).
  var property: String
  var wireName: String
  var type: TypeRef
}

/// How a paginated operation's pages are read and the next one requested.
struct SwiftPage: Sendable, Hashable {
  /// `MembersPage`.
  var typeName: String
  var itemType: SwiftType
  /// The Swift expression (on the page) of its items: `data` (escaped), or for items one object
  /// down `data?.contacts ?? []`: the body of `pageItems`.
  var itemsExpression: String
  /// How the page's other expressions read the items: the items property (escaped), or
  /// `pageItems` where the items are one object down.
  var itemsReference: String
  /// Where the items are in the response: `["data"]`; empty where the response is the items
  /// array itself.
  var itemsWirePath: [String]
  /// Property names from the page down to the next-page token: `pagination`, `nextToken`.
  var nextTokenPath: [String]
  var nextTokenWirePath: [String]
  /// The parameters property carrying the token, and its wire name.
  var tokenProperty: String
  var tokenWireName: String
  /// The query parameter carrying the page size, if any.
  var pageSizeProperty: String?
  var pageSizeWireName: String?
  /// Every place in the parameters that carries a page token, as property paths with each
  /// step's optionality: `[(token, true)]`, `[(pagination, true), (token, true)]`.
  var tokenPaths: [[SwiftPathStep]]
  /// Swift expression (on the page) of the next page's token or cursor: the next token
  /// (`pagination?.nextToken`), or for a cursor page the last item's id while `hasMore` says so;
  /// `nil` for a page with no next one.
  var nextTokenExpression: String = "nil"
  /// For an offset or page-number page: the next token from the one the page was fetched with
  /// (`requestToken`), the body of `pageNextToken(after:)`; empty otherwise.
  var nextTokenAfterExpression = ""
  /// The token parameter is an `Int` (offset, page number), sent and received as its text.
  var tokenIsInteger = false
  /// A cursor page whose items are a union of objects: the cursor property of each member (then
  /// `nextTokenExpression` is `nil`).
  var unionCursor: SwiftUnionCursor? = nil
  /// A cursor page whose cursor parameter is an `Int` (bem's `starting_after: int`), sent and
  /// received as its text.
  var integerCursor = false
  /// The offset or page number of the first page (0 or 1): a request with a greater one asks
  /// for a later page.
  var firstPageNumber = 0
  /// Whether a parameter carries the cursor (false for a single page).
  var hasToken: Bool { !tokenProperty.isEmpty }
}

/// The next cursor of a page whose items are a union of objects (bem's `Function`, whose every
/// kind has `function_id`): the last item's cursor property, read in each member.
struct SwiftUnionCursor: Sendable, Hashable {
  struct Case: Sendable, Hashable {
    /// The union's case (unescaped).
    var name: String
    /// The cursor's text over the case's payload `value`: `value.functionID`.
    var expression: String
  }

  var cases: [Case]
  /// The case holding a value no member reads (unescaped): its cursor is read from the JSON.
  var unknownCase: String
  var wireName: String
  /// The page's "has more" flag as a Swift expression (`hasMore`, `data?.pagination?.hasMore`),
  /// if it has one.
  var hasMoreExpression: String? = nil
}

struct SwiftPathStep: Sendable, Hashable {
  var name: String
  var isOptional: Bool
}
