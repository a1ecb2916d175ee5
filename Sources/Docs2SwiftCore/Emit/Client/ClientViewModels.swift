/// The values the client templates render (`client*.mustache`). Like the model views, every
/// decision (names, types, read-only operations, query parameters) is made in Swift.

/// A resource as a property of its parent: `client.organizations`.
public struct ResourceReferenceView: Sendable, Hashable {
  public var propertyName: String
  public var typeName: String
  public var docLines: [String]
}

/// The client type (`client.mustache`).
public struct ClientView: Sendable, Hashable {
  public var moduleName: String
  public var clientName: String
  public var errorName: String
  public var access: String
  public var apiTitle: String
  public var apiKeyEnvironmentVariable: String
  public var baseURLEnvironmentVariable: String
  public var defaultBaseURL: String
  public var sdkVersion: String
  /// The header that carries the API key: `Authorization`.
  public var authHeader: String
  /// `"Bearer"`, or `nil` for the bare key: a Swift expression.
  public var authSchemeLiteral: String
  /// The swift-log label: `gitpod`.
  public var loggerLabel: String
  /// The product in the `User-Agent`: `Gitpod-Swift`.
  public var userAgentName: String
  public var resources: [ResourceReferenceView]
}

/// A labelled argument of a method, one per property of its parameters type.
public struct ClientArgumentView: Sendable, Hashable {
  public var label: String
  /// As used in the body (escaped).
  public var name: String
  /// Qualified where the parameters type nests it: `OrganizationListMembersParams.Filter?`.
  public var type: String
  /// Whether the argument defaults to `nil`.
  public var hasDefault: Bool
  public var isLast: Bool
}

public struct ClientQueryView: Sendable, Hashable {
  public var wireName: String
  public var property: String
}

/// One method of a resource.
public struct ClientMethodView: Sendable, Hashable {
  public var name: String
  /// The variant that returns `APIResponse`: `createWithResponse`.
  public var rawName: String
  /// The labelled method's documentation: description, endpoint, parameters, result, errors.
  public var docLines: [String]
  /// The documentation of the method taking the parameters as one value.
  public var paramsDocLines: [String]
  /// The documentation of the `…WithResponse` method.
  public var rawDocLines: [String]
  public var arguments: [ClientArgumentView]
  public var hasArguments: Bool
  /// `options`, or `requestOptions` when a parameter is called `options`.
  public var optionsLabel: String
  public var paramsType: String
  /// What the method returns: the response type, or `Page<MembersPage>`.
  public var returnType: String
  /// The decoded body's type.
  public var valueType: String
  public var clientPath: String
  public var isPaginated: Bool
  /// The parameters property that carries the next-page token.
  public var tokenProperty: String
  /// The page has a parameter for the next cursor (a single page has none).
  public var hasToken: Bool = true
  /// Statements putting the next token in every place the parameters carry one: the query
  /// parameter (`next.token = token`) and a body object (`next.pagination.token`), so both
  /// kinds of server (query-reading and body-reading) get it.
  public var tokenAssignments: [String] = []
  /// The request path as a Swift expression: a string literal, with each path parameter
  /// percent-encoded (and refused when empty) in its place.
  public var pathExpression: String = ""
  public var hasQuery: Bool
  public var query: [ClientQueryView]
  public var operation: String
  public var httpMethod: String
  public var path: String
  /// Retried on every transient failure.
  public var isReadOnly: Bool
  /// A Connect unary call: the request carries `Connect-Protocol-Version: 1`.
  public var isConnect: Bool
  /// The response is empty (delete, leave, set-role): callers ignore it, so the value-returning
  /// methods are `@discardableResult`.
  public var isDiscardable: Bool
  /// The response is a stream of JSON lines: the method returns a `JSONLinesStream`.
  public var isStreaming: Bool = false
  /// A `multipart/form-data` upload: the body's file fields, as the elements of a Swift array
  /// literal (`"file"`); empty for a JSON body.
  public var fileFields: String = ""
  public var isMultipart = false
  /// The method that asks for the stream of server-sent events (`createStream`), when the
  /// operation has one.
  public var eventStream: [ClientEventStreamView] = []
}

/// The streaming variant of a method whose parameter asks for server-sent events.
public struct ClientEventStreamView: Sendable, Hashable {
  /// `createStream` (escaped).
  public var name: String
  public var docLines: [String]
  /// `ChatCompletionChunk`.
  public var eventType: String
  /// The parameters' property set to `true`: `stream` (escaped).
  public var parameterProperty: String
}

/// One resource type (`client-resource.mustache`).
public struct ClientResourceView: Sendable, Hashable {
  public var moduleName: String
  public var access: String
  public var errorName: String
  public var typeName: String
  public var docLines: [String]
  public var resources: [ResourceReferenceView]
  public var methods: [ClientMethodView]
}

/// A page type's conformance to `PaginatedResponse`.
public struct PageConformanceView: Sendable, Hashable {
  public var typeName: String
  public var itemType: String
  public var itemsProperty: String
  public var nextTokenExpression: String
}

/// The pagination support file.
public struct ClientPaginationView: Sendable, Hashable {
  public var access: String
  public var errorName: String
  public var pages: [PageConformanceView]
}
