/// The values the server templates (`templates/server-*.mustache`) render. Names, procedure
/// paths, query bindings and mock responses are decided here; the templates lay them out.

/// The server half of the generated package, shared by every server template.
public struct ServerView: Sendable, Hashable {
  /// `public` or `package`: the access level of the generated declarations.
  public var access: String
  /// The package's module names, as the Swift model decided them; the names below read them.
  var modules: PackageModules
  /// The client (models) module: `Gitpod`.
  public var moduleName: String { modules.models }
  /// The framework-independent server module: `GitpodServer`.
  public var serverModule: String { modules.server }
  /// The Hummingbird adapter module: `GitpodHummingbird`.
  public var hummingbirdModule: String { modules.hummingbird }
  /// The mocks' module and product, apart from the production server library: `GitpodMocks`.
  public var mockModule: String { modules.mocks }
  /// The executable: `gitpod-server`.
  public var executableName: String
  /// The executable's target folder and module (`gitpod_server`).
  public var executableModule: String
  /// The generated server tests' module: `GitpodServerTests`.
  public var testModule: String { modules.serverTests }
  /// `GitpodServices`: every service protocol composed.
  public var servicesName: String { modules.servicesType }
  /// `GitpodMock`: the mock implementation of every service.
  public var mockName: String { modules.mockType }
  /// `GitpodMockExamples`: the documented responses as JSON text.
  public var examplesName: String { modules.mockExamplesType }
  /// `ServerImplementation`: the executable's services, extended by the stubs.
  public var implementationName: String
  /// `GITPOD_SERVER_TOKEN`: where the executable reads the bearer token when `--token` is absent.
  public var tokenEnvironmentVariable: String
  /// How the API key is sent (`SwiftModel.authHeader`/`authScheme`): `Authorization: Bearer`
  /// is `BearerTokenAuthenticator`; anything else `APIKeyAuthenticator` with these arguments;
  /// a guess (`SwiftModel.authIsGuessed`) `AnyKeyHeaderAuthenticator`.
  public var bearerAuthentication: Bool
  public var keyHeaderAuthentication: Bool
  public var guessedAuthentication: Bool
  public var authHeader: String
  /// `"Bearer"`, or `nil` for the bare key.
  public var authSchemeLiteral: String
  /// The API's title, as text of a doc comment.
  public var apiTitle: String
  /// The API's title as the contents of a string literal (escaped: reference text is data).
  public var apiTitleLiteral: String
  /// What begins the runtime's generic type names (`Gitpod`).
  public var typePrefix: String
  /// How the API travels, from its operations' traits: `Connect protocol, JSON over HTTP/1.1`.
  public var protocolSummary: String
  public var services: [ServiceView]
  /// Whether some operation answers with text, or streams server-sent events (the mock's
  /// helpers for them are generated then).
  public var hasTextResponses = false
  public var hasEventStreams = false
  /// Every operation, in document order.
  public var operations: [OperationView]
  /// Operations the generated tests use for single-route scenarios.
  public var sampleOperation: [OperationView]
  public var pagedOperation: [OperationView]
  /// Whether an operation answers inside an envelope (the config's `responseEnvelopes`): the
  /// tests then unwrap responses.
  public var hasResponseEnvelopes = false
  /// A body parameter documented as a string, for the wrong-type tests (at most one).
  public var stringFieldProbe: [FieldProbeView]
  /// A body parameter documented as an enum, for the wrong-type tests (at most one).
  public var enumFieldProbe: [FieldProbeView]
  /// Imports of the server module's files (`Foundation` where JSON is coded, the models module).
  public var serviceImports: [String]
  public var mockImports: [String]
  public var testImports: [String]
  public var mainImports: [String]
  public var stubImports: [String]
}

/// One resource: a service protocol with one method per operation.
public struct ServiceView: Sendable, Hashable {
  /// `OrganizationsService`.
  public var protocolName: String
  /// `OrganizationsProcedures`: the resource's procedure descriptors.
  public var proceduresName: String
  /// `organizations`: the label of `ConnectRouter.register(organizations:)`.
  public var registerLabel: String
  /// `organizations.custom_domains`: the resource as the reference names it.
  public var resourcePath: String
  /// `register(…)`'s declaration is longer than a line (120 columns): its parameter goes on a
  /// line of its own, as swift-format would put it.
  public var registerWraps = false
  public var title: String
  public var operations: [OperationView]
  public var isLast: Bool
}

/// One operation (a documented method).
public struct OperationView: Sendable, Hashable {
  /// The Swift method name: `listMembers`.
  public var functionName: String
  /// `OrganizationListMembersParams`.
  public var paramsType: String
  /// What the service returns: `MembersPage`; for a streaming operation
  /// `AsyncThrowingStream<EventWatchResponse, any Error>`.
  public var responseType: String
  /// `/gitpod.v1.OrganizationService/ListMembers`.
  public var procedurePath: String
  /// Where the mock keeps its response: the path (Connect), or `GET /files/{file_id}` (REST).
  public var routeKey: String = ""
  /// A REST operation: its verb and its path parameters are part of its procedure.
  public var isREST = false
  public var httpMethod: String = "POST"
  /// `params.fileID = path["file_id"] ?? params.fileID`.
  public var pathAssignments: [QueryAssignmentView] = []
  /// Whether a path parameter is read as a number or a Bool (from `QueryParameters(pathParameters:)`).
  public var hasTypedPathAssignments = false
  public var hasPageTokens = true
  /// Another operation before it has the same verb and path (Lithic documents two methods on
  /// `POST /v1/simulate/credit_authorization_advice`): the mock's table keeps the first.
  public var sharesRoute = false
  /// `organizations.list_members`.
  public var operationName: String
  /// The operation heading: `ListMembers`.
  public var operation: String
  /// `OrganizationsProcedures`.
  public var proceduresName: String
  public var protocolName: String
  /// The doc comment of the protocol requirement (summary and endpoint), `///` lines.
  public var docLines: [String]
  /// Statements copying query parameters into `params`: `params.token = query.string("token") ?? params.token`.
  public var queryAssignments: [QueryAssignmentView]
  public var hasQuery: Bool
  /// Statements copying header parameters into `params`:
  /// `params.betas = try headers.parameter("anthropic-beta", as: [String].self) ?? params.betas`.
  public var headerAssignments: [HeaderAssignmentView] = []
  public var hasHeaders = false
  /// Takes an upload (`multipart/form-data`): its procedure reads the form
  /// (`ExampleMultipartForm`).
  public var isMultipart = false
  /// The wire name of the parameter an `application/octet-stream` body is (one element, a Swift
  /// string literal's contents); empty for a JSON or multipart body.
  public var bodyField: [String] = []
  /// The wire name of the parameter whose value is the whole JSON body (one element); empty
  /// otherwise.
  public var jsonBodyField: [String] = []
  /// The API answers it without credentials (`requiresCredentials: false`).
  public var isPublic = false
  /// The member of the response object the response goes in (`responseEnvelope:`), as a Swift
  /// string literal's contents (one element); empty where the response is the body.
  public var responseEnvelope: [String] = []
  public var isPaginated: Bool
  /// The mock's first page has a next one (`ClientEmitter.mockFirstPageHasNext`): then the last
  /// page differs from it.
  public var firstPageHasNext = false
  /// `#expect(first != last)` of the paging test is longer than a line: swift-format breaks it.
  public var pagesComparisonWraps = false
  /// `    "GET /path": example,` is longer than a line: the example goes on the next.
  public var routeEntryWraps: Bool { SwiftLayout.overflows("    \"\(routeKey)\": \(exampleName),") }
  /// Expressions over `params` that hold a page token (`params.pagination?.token`).
  public var pageTokenExpressions: [String]
  /// One expression: no trailing comma after it (swift-format's rule for a single element).
  public var hasOnePageToken: Bool { pageTokenExpressions.count == 1 }
  /// The property of `GitpodMockExamples` holding the documented response: `organizationsListMembers`.
  public var exampleName: String
  /// The documented response, pretty-printed, one string per line.
  public var exampleLines: [String]
  /// For paginated operations: the documented response without its next-page token.
  public var lastPageExampleName: String
  public var lastPageExampleLines: [String]
  /// `#` or more: the raw-string delimiter for the examples.
  public var rawDelimiter: String
  /// The query-parameter wire names of a paginated operation: `token`, `pageSize`.
  public var tokenQueryName: String
  public var pageSizeQueryName: String
  /// The label of the service's `ConnectRouter.register(…:)`: `organizations`.
  public var registerLabel: String
  /// The Swift properties the `token` and `pageSize` query parameters land in (empty if none).
  public var tokenProperty: String
  public var pageSizeProperty: String
  public var hasTokenProperty: Bool
  public var hasPageSizeProperty: Bool
  /// The first documented request example (or `{}`), pretty-printed, one string per line.
  public var requestLines: [String]
  /// The test method's name: `organizationsListMembers`.
  public var testName: String
  public var isLast: Bool
  /// One response's type: `responseType`, or the element a streaming operation yields.
  public var valueType: String = ""
  /// The response is a stream of JSON lines (`application/jsonl`).
  public var isStreaming: Bool = false
  /// `application/json`, or `application/jsonl` for a streaming operation.
  public var contentType: String = "application/json"
  /// The response is text (`String`) or bytes (`Data`), not JSON: the mock sends the example's
  /// text as it is (none documented: an empty body, or an empty page of the text type the
  /// request accepts).
  public var isText = false
  public var isBinary = false
  /// A stream of server-sent events when the request's parameter asks (`"stream": true`): the
  /// service's second method, `createStream`.
  public var eventStream: [EventStreamView] = []
  /// The generated tests' request (`WireRequest` of `requestLines`' parameters), as
  /// string-literal contents: the path with its placeholders filled, the query after it.
  public var requestTarget: String = ""
  public var requestPath: String = ""
  /// The query without `?` (empty: none).
  public var requestQuery: String = ""
  /// Whether the request has a body (a REST `GET`, `HEAD` or `DELETE` has none).
  public var sendsBody = true
  /// Whether an empty body (`{}`) is a valid request: no body parameter is required.
  public var acceptsEmptyBody = true
  /// A verb the operation's path does not answer, and the verbs it does (`Allow`), for the
  /// 405 test.
  public var otherMethod: String = "GET"
  public var allowedMethods: String = "POST"
  /// For paginated operations, the request targets of the paging tests: the first page with a
  /// page size of 5, the next page (`next page` as its token), the echo of token `abc/d` and
  /// page size 7, and an invalid page size.
  public var firstPageTarget: String = ""
  public var nextPageTarget: String = ""
  public var echoPageTarget: String = ""
  public var invalidPageSizeTarget: String = ""
  /// The page tokens of the paging tests: the next page's and the echoed one (numbers for an
  /// offset or page-number page).
  public var nextTokenValue: String = "next page"
  public var echoTokenValue: String = "abc/d"
}

/// The server-sent events an operation streams when asked.
public struct EventStreamView: Sendable, Hashable {
  /// The service method (escaped): `createStream`.
  public var functionName: String
  /// The operation's own method, which names its procedure (escaped): `create`.
  public var procedureName: String
  /// `ChatCompletionChunk`.
  public var eventType: String
  /// The parameter that asks, as on the wire (string-literal contents): `stream`.
  public var parameter: String
  /// The property of the mock's examples holding the event the mock streams.
  public var exampleName: String
  public var exampleLines: [String]
  public var rawDelimiter: String
}

/// A body parameter the generated hardening tests send a value of the wrong JSON type in.
public struct FieldProbeView: Sendable, Hashable {
  /// `/pkg.v1.Service/Method`.
  public var procedurePath: String
  /// The verb and the request target (placeholders filled), as string-literal contents.
  public var httpMethod: String = "POST"
  public var requestTarget: String = ""
  /// The smallest valid body without the probed field (so that it is the only wrong one),
  /// pretty-printed, one string per line, and its raw-string delimiter.
  public var otherLines: [String] = []
  public var rawDelimiter: String = "#"
  /// The parameters' Swift type: `OrganizationCreateParams`.
  public var paramsType: String
  /// The field's wire name, as a string literal's contents: `name`.
  public var jsonName: String
}

/// A header parameter merged into an operation's parameters.
public struct HeaderAssignmentView: Sendable, Hashable {
  /// The parameters property (escaped).
  public var property: String
  /// The header's name as the contents of a string literal: `anthropic-beta`.
  public var headerName: String
  /// The property's Swift type without its optional, qualified: `[String]`.
  public var swiftType: String
  /// What a request without the header leaves: the property's value (`params.x`), or for a
  /// required parameter the `missing` call that answers `invalid_argument`.
  public var fallback = ""
  /// The statement is longer than a line: it breaks after its `=`, as swift-format would.
  public var wraps = false
}

extension HeaderAssignmentView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "fallback": .of(self.fallback)
    case "property": .of(self.property)
    case "headerName": .of(self.headerName)
    case "swiftType": .of(self.swiftType)
    case "wraps": .of(self.wraps)
    default: nil
    }
  }
}

/// A query parameter merged into an operation's parameters: `params.token = query.string("token") ?? params.token`.
public struct QueryAssignmentView: Sendable, Hashable {
  /// The parameters property (escaped).
  public var property: String
  /// The reader of `QueryParameters`: `string`, `int`, `double`, `bool`; for an array
  /// `strings`, `ints`, `doubles`.
  public var reader: String
  /// Whether the reader throws (every reader that converts text).
  public var `throws`: Bool
  /// The wire name as the contents of a string literal.
  public var wireName: String
  /// An array parameter (`ids[]=a&ids[]=b`, `ids=a&ids=b`, or with `commaSeparated` `ids=a,b`).
  public var isArray: Bool
  public var commaSeparated: Bool
  /// The enum the text becomes (`WidgetListParams.Order`), qualified; empty for a scalar.
  public var enumType: [String]
  /// The type `decoded(_:as:)` reads the text as (a union: `WidgetListAllParams.Size`),
  /// qualified; empty for the other readers.
  public var decodedType: [String] = []
  /// An object (`object(_:as:)`) whose lists travel as `name[key]=a,b` (the API's
  /// `queryArrayFormat` is `comma`).
  public var objectInCommaFormat = false
  /// What a request without the parameter leaves: the property's value (`params.x`), or for
  /// a required parameter the `missing` call that answers `invalid_argument`.
  public var fallback = ""
  /// The statement is longer than a line (120 columns, 6 indented): it breaks after its `=`,
  /// as swift-format would.
  public var wraps = false
}

extension ServerView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "hasTextResponses": .of(self.hasTextResponses)
    case "hasEventStreams": .of(self.hasEventStreams)
    case "bearerAuthentication": .of(self.bearerAuthentication)
    case "keyHeaderAuthentication": .of(self.keyHeaderAuthentication)
    case "guessedAuthentication": .of(self.guessedAuthentication)
    case "authHeader": .of(self.authHeader)
    case "authSchemeLiteral": .of(self.authSchemeLiteral)
    case "typePrefix": .of(self.typePrefix)
    case "protocolSummary": .of(self.protocolSummary)
    case "access": .of(self.access)
    case "moduleName": .of(self.moduleName)
    case "serverModule": .of(self.serverModule)
    case "hummingbirdModule": .of(self.hummingbirdModule)
    case "mockModule": .of(self.mockModule)
    case "executableName": .of(self.executableName)
    case "executableModule": .of(self.executableModule)
    case "testModule": .of(self.testModule)
    case "servicesName": .of(self.servicesName)
    case "mockName": .of(self.mockName)
    case "examplesName": .of(self.examplesName)
    case "implementationName": .of(self.implementationName)
    case "tokenEnvironmentVariable": .of(self.tokenEnvironmentVariable)
    case "apiTitle": .of(self.apiTitle)
    case "apiTitleLiteral": .of(self.apiTitleLiteral)
    case "services": .of(self.services)
    case "operations": .of(self.operations)
    case "sampleOperation": .of(self.sampleOperation)
    case "pagedOperation": .of(self.pagedOperation)
    case "hasResponseEnvelopes": .of(self.hasResponseEnvelopes)
    case "stringFieldProbe": .of(self.stringFieldProbe)
    case "enumFieldProbe": .of(self.enumFieldProbe)
    case "serviceImports": .of(self.serviceImports)
    case "mockImports": .of(self.mockImports)
    case "testImports": .of(self.testImports)
    case "mainImports": .of(self.mainImports)
    case "stubImports": .of(self.stubImports)
    default: nil
    }
  }
}

extension ServiceView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "registerWraps": .of(self.registerWraps)
    case "protocolName": .of(self.protocolName)
    case "proceduresName": .of(self.proceduresName)
    case "registerLabel": .of(self.registerLabel)
    case "resourcePath": .of(self.resourcePath)
    case "title": .of(self.title)
    case "operations": .of(self.operations)
    case "isLast": .of(self.isLast)
    default: nil
    }
  }
}

extension OperationView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "requestTarget": .of(self.requestTarget)
    case "hasTypedPathAssignments": .of(self.hasTypedPathAssignments)
    case "requestPath": .of(self.requestPath)
    case "requestQuery": .of(self.requestQuery)
    case "sendsBody": .of(self.sendsBody)
    case "acceptsEmptyBody": .of(self.acceptsEmptyBody)
    case "otherMethod": .of(self.otherMethod)
    case "allowedMethods": .of(self.allowedMethods)
    case "firstPageTarget": .of(self.firstPageTarget)
    case "nextPageTarget": .of(self.nextPageTarget)
    case "echoPageTarget": .of(self.echoPageTarget)
    case "invalidPageSizeTarget": .of(self.invalidPageSizeTarget)
    case "nextTokenValue": .of(self.nextTokenValue)
    case "echoTokenValue": .of(self.echoTokenValue)
    case "isText": .of(self.isText)
    case "isBinary": .of(self.isBinary)
    case "eventStream": .of(self.eventStream)
    case "functionName": .of(self.functionName)
    case "paramsType": .of(self.paramsType)
    case "responseType": .of(self.responseType)
    case "procedurePath": .of(self.procedurePath)
    case "routeKey": .of(self.routeKey)
    case "isREST": .of(self.isREST)
    case "httpMethod": .of(self.httpMethod)
    case "pathAssignments": .of(self.pathAssignments)
    case "hasPageTokens": .of(self.hasPageTokens)
    case "sharesRoute": .of(self.sharesRoute)
    case "operationName": .of(self.operationName)
    case "operation": .of(self.operation)
    case "proceduresName": .of(self.proceduresName)
    case "protocolName": .of(self.protocolName)
    case "docLines": .of(self.docLines)
    case "queryAssignments": .of(self.queryAssignments)
    case "hasQuery": .of(self.hasQuery)
    case "headerAssignments": .of(self.headerAssignments)
    case "hasHeaders": .of(self.hasHeaders)
    case "isMultipart": .of(self.isMultipart)
    case "bodyField": .of(self.bodyField)
    case "jsonBodyField": .of(self.jsonBodyField)
    case "responseEnvelope": .of(self.responseEnvelope)
    case "isPublic": .of(self.isPublic)
    case "isPaginated": .of(self.isPaginated)
    case "firstPageHasNext": .of(self.firstPageHasNext)
    case "pagesComparisonWraps": .of(self.pagesComparisonWraps)
    case "routeEntryWraps": .of(self.routeEntryWraps)
    case "pageTokenExpressions": .of(self.pageTokenExpressions)
    case "hasOnePageToken": .of(self.hasOnePageToken)
    case "exampleName": .of(self.exampleName)
    case "exampleLines": .of(self.exampleLines)
    case "lastPageExampleName": .of(self.lastPageExampleName)
    case "lastPageExampleLines": .of(self.lastPageExampleLines)
    case "rawDelimiter": .of(self.rawDelimiter)
    case "tokenQueryName": .of(self.tokenQueryName)
    case "pageSizeQueryName": .of(self.pageSizeQueryName)
    case "registerLabel": .of(self.registerLabel)
    case "tokenProperty": .of(self.tokenProperty)
    case "pageSizeProperty": .of(self.pageSizeProperty)
    case "hasTokenProperty": .of(self.hasTokenProperty)
    case "hasPageSizeProperty": .of(self.hasPageSizeProperty)
    case "requestLines": .of(self.requestLines)
    case "testName": .of(self.testName)
    case "isLast": .of(self.isLast)
    case "valueType": .of(self.valueType)
    case "isStreaming": .of(self.isStreaming)
    case "contentType": .of(self.contentType)
    default: nil
    }
  }
}

extension FieldProbeView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "httpMethod": .of(self.httpMethod)
    case "requestTarget": .of(self.requestTarget)
    case "otherLines": .of(self.otherLines)
    case "rawDelimiter": .of(self.rawDelimiter)
    case "procedurePath": .of(self.procedurePath)
    case "paramsType": .of(self.paramsType)
    case "jsonName": .of(self.jsonName)
    default: nil
    }
  }
}

extension QueryAssignmentView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "fallback": .of(self.fallback)
    case "property": .of(self.property)
    case "reader": .of(self.reader)
    case "throws": .of(self.`throws`)
    case "wireName": .of(self.wireName)
    case "isArray": .of(self.isArray)
    case "commaSeparated": .of(self.commaSeparated)
    case "enumType": .of(self.enumType)
    case "decodedType": .of(self.decodedType)
    case "objectInCommaFormat": .of(self.objectInCommaFormat)
    case "wraps": .of(self.wraps)
    default: nil
    }
  }
}

extension EventStreamView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "functionName": .of(self.functionName)
    case "procedureName": .of(self.procedureName)
    case "eventType": .of(self.eventType)
    case "parameter": .of(self.parameter)
    case "exampleName": .of(self.exampleName)
    case "exampleLines": .of(self.exampleLines)
    case "rawDelimiter": .of(self.rawDelimiter)
    default: nil
    }
  }
}
