/// The values the client templates render (`client*.mustache`). Like the model views, every
/// decision (names, types, read-only operations, query parameters) is made in Swift.

/// A resource as a property of its parent: `client.organizations`.
public struct ResourceReferenceView: Sendable, Hashable {
  public var propertyName: String
  public var typeName: String
  public var docLines: [String]
  /// `var p: T { T(core: core) }` is longer than a line: its body goes on one of its own.
  public var wraps = false
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
  /// The header as sent, for documentation: `Authorization: Bearer …`, `X-Api-Key: …`.
  public var authSample: String
  /// The swift-log label: `gitpod`.
  public var loggerLabel: String
  /// The product in the `User-Agent`: `Gitpod-Swift`.
  public var userAgentName: String
  public var resources: [ResourceReferenceView]
  /// `brackets`, `comma` or `` `repeat` ``: the case of `QueryArrayFormat`.
  public var queryArrayFormat: String = "brackets"
  /// The path parameters the client holds: its initializer's `orgID: String? = nil`.
  public var clientOptions: [ClientOptionView] = []
}

/// A path parameter the client holds: `orgID` for `org_id`.
public struct ClientOptionView: Sendable, Hashable {
  /// The initializer's parameter (a Swift identifier).
  public var name: String
  /// The documented name (a Python identifier: `org_id`), the key of `pathParameters`.
  public var documentedName: String
}

extension ClientOptionView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "documentedName": .of(self.documentedName)
    default: nil
    }
  }
}

/// A labelled argument of a method, one per property of its parameters type.
public struct ClientArgumentView: Sendable, Hashable {
  public var label: String
  /// As used in the body (escaped).
  public var name: String
  /// Qualified where the parameters type nests it: `OrganizationListMembersParams.Filter?`.
  public var type: String
  /// Whether the argument has a default: `nil`, or a literal's only value (`.text`).
  public var hasDefault: Bool
  public var defaultValue = ""
  public var isLast: Bool
}

/// A parameter sent as a header.
public struct ClientHeaderView: Sendable, Hashable {
  /// The header's name as the contents of a string literal.
  public var headerName: String
  /// The parameters type's property (escaped).
  public var property: String
}

extension ClientHeaderView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "headerName": .of(self.headerName)
    case "property": .of(self.property)
    default: nil
    }
  }
}

public struct ClientQueryView: Sendable, Hashable {
  public var wireName: String
  public var property: String
  /// `append` for scalars, enums and arrays of them; `appendEncoded` for objects, maps, unions
  /// and arrays of objects (their JSON form, `name[key]=value`; a union's member as it encodes).
  public var appendMethod = "append"
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
  /// For an offset or page-number page: the token the request was sent with, as text
  /// (`params.offset?.description`), which the page computes the next one from.
  public var requestTokenExpression = ""
  public var hasRequestToken = false
  /// The request path as the contents of a string literal, each path parameter interpolated
  /// from its segment (`/files/\(pathFileID)/content`).
  public var pathLiteral: String = ""
  /// The path parameters, each percent-encoded (and refused when empty) into a local first.
  public var pathSegments: [PathSegmentView] = []
  public var hasQuery: Bool
  public var query: [ClientQueryView]
  /// The query items every request of the method carries (`agent=true`), as string literal
  /// contents, before the parameters'.
  public var fixedQuery: [ClientFixedQueryView] = []
  /// Parameters sent as headers: `options.setHeader("anthropic-beta", params.betas)`.
  public var headers: [ClientHeaderView] = []
  public var hasHeaders: Bool { !headers.isEmpty }
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
  /// The wire name of the parameter whose bytes are the request body (`application/octet-stream`),
  /// as a Swift string literal's contents (one element); empty for a JSON or multipart body.
  public var bodyField: [String] = []
  /// The wire name of the parameter whose value is the whole JSON body (Stainless's `body`), as
  /// a Swift string literal's contents (one element); empty otherwise.
  public var jsonBodyField: [String] = []
  /// The API answers it without credentials: the client sends none (`sendsCredentials: false`).
  public var isPublic = false
  /// A `DELETE` that sends a JSON body (`deleteSendsBody: true`): the config places parameters
  /// there (`Method.sendsBody`).
  public var deleteSendsBody = false
  /// The member of the response object that holds the value (`responseEnvelope:`), as a Swift
  /// string literal's contents (one element); empty where the response is the value.
  public var responseEnvelope: [String] = []
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
  /// The client, where these are the methods of the client itself (`extension AcmeClient`):
  /// `typeName` is then the resource that holds them too. Empty for a resource.
  public var extendedType: [String] = []
}

/// A page type's conformance to `PaginatedResponse`.
public struct PageConformanceView: Sendable, Hashable {
  public var typeName: String
  public var itemType: String
  /// How the page's other expressions read its items: the items property (escaped), or
  /// `pageItems` where they sit one object down.
  public var itemsProperty: String
  /// The body of `pageItems`: `data`, `data?.contacts ?? []`.
  public var itemsExpression: String
  public var nextTokenExpression: String
  /// An offset or page-number page's `pageNextToken(after:)` body (`SwiftPage.nextTokenAfterExpression`).
  public var nextTokenAfterExpression: String = ""
  public var hasNextTokenAfter = false
  /// A cursor page whose items are a union of objects: `pageNextToken` switches over the last
  /// item's member.
  public var unionCursor: UnionCursorView? = nil
}

/// The next cursor of a page whose items are a union: each member's cursor property.
public struct UnionCursorView: Sendable, Hashable {
  public var cases: [UnionCursorCaseView]
  /// The union's case for values no member reads (escaped).
  public var unknownCase: String
  /// The cursor field's wire name, as string literal contents.
  public var wireName: String
  /// The page's "has more" flag as a Swift expression (`hasMore`, `data?.pagination?.hasMore`),
  /// if any.
  public var hasMoreProperty: String?
}

/// One member of a union page item: its case and its cursor's text over `value`.
public struct UnionCursorCaseView: Sendable, Hashable {
  public var caseName: String
  public var expression: String
}

/// The pagination support file.
public struct ClientPaginationView: Sendable, Hashable {
  public var access: String
  public var errorName: String
  public var pages: [PageConformanceView]
}

extension ResourceReferenceView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "wraps": .of(self.wraps)
    case "propertyName": .of(self.propertyName)
    case "typeName": .of(self.typeName)
    case "docLines": .of(self.docLines)
    default: nil
    }
  }
}

extension ClientView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "authHeader": .of(self.authHeader)
    case "authSchemeLiteral": .of(self.authSchemeLiteral)
    case "authSample": .of(self.authSample)
    case "queryArrayFormat": .of(self.queryArrayFormat)
    case "moduleName": .of(self.moduleName)
    case "clientName": .of(self.clientName)
    case "errorName": .of(self.errorName)
    case "access": .of(self.access)
    case "apiTitle": .of(self.apiTitle)
    case "apiKeyEnvironmentVariable": .of(self.apiKeyEnvironmentVariable)
    case "baseURLEnvironmentVariable": .of(self.baseURLEnvironmentVariable)
    case "defaultBaseURL": .of(self.defaultBaseURL)
    case "sdkVersion": .of(self.sdkVersion)
    case "loggerLabel": .of(self.loggerLabel)
    case "userAgentName": .of(self.userAgentName)
    case "resources": .of(self.resources)
    case "clientOptions": .of(self.clientOptions)
    case "hasClientOptions": .of(!self.clientOptions.isEmpty)
    default: nil
    }
  }
}

extension ClientArgumentView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "label": .of(self.label)
    case "name": .of(self.name)
    case "type": .of(self.type)
    case "hasDefault": .of(self.hasDefault)
    case "defaultValue": .of(self.defaultValue)
    case "isLast": .of(self.isLast)
    default: nil
    }
  }
}

/// A query item every request of a method carries: `query.append("agent", "true")`.
public struct ClientFixedQueryView: Sendable, Hashable {
  public var name: String
  public var value: String
}

extension ClientFixedQueryView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "value": .of(self.value)
    default: nil
    }
  }
}

extension ClientQueryView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "appendMethod": .of(self.appendMethod)
    case "wireName": .of(self.wireName)
    case "property": .of(self.property)
    default: nil
    }
  }
}

extension ClientMethodView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "isMultipart": .of(self.isMultipart)
    case "fileFields": .of(self.fileFields)
    case "bodyField": .of(self.bodyField)
    case "jsonBodyField": .of(self.jsonBodyField)
    case "responseEnvelope": .of(self.responseEnvelope)
    case "isPublic": .of(self.isPublic)
    case "deleteSendsBody": .of(self.deleteSendsBody)
    case "eventStream": .of(self.eventStream)
    case "name": .of(self.name)
    case "rawName": .of(self.rawName)
    case "docLines": .of(self.docLines)
    case "paramsDocLines": .of(self.paramsDocLines)
    case "rawDocLines": .of(self.rawDocLines)
    case "arguments": .of(self.arguments)
    case "hasArguments": .of(self.hasArguments)
    case "optionsLabel": .of(self.optionsLabel)
    case "paramsType": .of(self.paramsType)
    case "returnType": .of(self.returnType)
    case "valueType": .of(self.valueType)
    case "clientPath": .of(self.clientPath)
    case "isPaginated": .of(self.isPaginated)
    case "tokenProperty": .of(self.tokenProperty)
    case "hasToken": .of(self.hasToken)
    case "requestTokenExpression": .of(self.requestTokenExpression)
    case "hasRequestToken": .of(self.hasRequestToken)
    case "tokenAssignments": .of(self.tokenAssignments)
    case "pathLiteral": .of(self.pathLiteral)
    case "pathSegments": .of(self.pathSegments)
    case "hasQuery": .of(self.hasQuery)
    case "headers": .of(self.headers)
    case "hasHeaders": .of(self.hasHeaders)
    case "query": .of(self.query)
    case "fixedQuery": .of(self.fixedQuery)
    case "operation": .of(self.operation)
    case "httpMethod": .of(self.httpMethod)
    case "path": .of(self.path)
    case "isReadOnly": .of(self.isReadOnly)
    case "isConnect": .of(self.isConnect)
    case "isDiscardable": .of(self.isDiscardable)
    case "isStreaming": .of(self.isStreaming)
    default: nil
    }
  }
}

extension ClientResourceView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "moduleName": .of(self.moduleName)
    case "access": .of(self.access)
    case "errorName": .of(self.errorName)
    case "typeName": .of(self.typeName)
    case "docLines": .of(self.docLines)
    case "resources": .of(self.resources)
    case "methods": .of(self.methods)
    case "extendedType": .of(self.extendedType)
    default: nil
    }
  }
}

extension PageConformanceView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "nextTokenAfterExpression": .of(self.nextTokenAfterExpression)
    case "hasNextTokenAfter": .of(self.hasNextTokenAfter)
    case "typeName": .of(self.typeName)
    case "itemType": .of(self.itemType)
    case "itemsProperty": .of(self.itemsProperty)
    case "itemsExpression": .of(self.itemsExpression)
    case "nextTokenExpression": .of(self.nextTokenExpression)
    case "unionCursor": .of(self.unionCursor)
    default: nil
    }
  }
}

extension UnionCursorView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "cases": .of(self.cases)
    case "unknownCase": .of(self.unknownCase)
    case "wireName": .of(self.wireName)
    case "hasMoreProperty": self.hasMoreProperty.flatMap { .of($0) }
    default: nil
    }
  }
}

extension UnionCursorCaseView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "caseName": .of(self.caseName)
    case "expression": .of(self.expression)
    default: nil
    }
  }
}

extension ClientPaginationView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "access": .of(self.access)
    case "errorName": .of(self.errorName)
    case "pages": .of(self.pages)
    default: nil
    }
  }
}

extension ClientEventStreamView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "docLines": .of(self.docLines)
    case "eventType": .of(self.eventType)
    case "parameterProperty": .of(self.parameterProperty)
    default: nil
    }
  }
}

/// One path parameter of a request: `let pathFileID = try PathParameters.segment(params.fileID,
/// parameter: "file_id")`.
public struct PathSegmentView: Sendable, Hashable {
  /// The local holding the encoded segment.
  public var variable: String
  /// The parameters property (escaped).
  public var property: String
  /// The parameter's documented name, as the contents of a string literal.
  public var parameter: String
  /// The statement is longer than a line: the call's arguments go on the next.
  public var wraps = false
  /// A path parameter the client holds (`SwiftClientOption`): the call's value, else the client's.
  public var isClientOption = false
  /// Its documented name (`org_id`), the key of the client's `pathParameters`, as the contents of
  /// a string literal.
  public var documentedName = ""
  /// The client initializer's parameter for it (`orgID`), named in the error when neither is set.
  public var clientOption = ""
}

extension PathSegmentView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "variable": .of(self.variable)
    case "property": .of(self.property)
    case "parameter": .of(self.parameter)
    case "wraps": .of(self.wraps)
    case "isClientOption": .of(self.isClientOption)
    case "documentedName": .of(self.documentedName)
    case "clientOption": .of(self.clientOption)
    default: nil
    }
  }
}
