/// The values of the generated client tests (`client-tests*.mustache`).

/// A JSON text laid out as the lines of a raw multi-line string literal.
public struct JSONLiteralView: Sendable, Hashable {
  public var delimiter: String
  public var lines: [String]

  init(_ json: JSONValue) {
    let text = json.printed()
    delimiter = PackageEmitter.rawDelimiter(for: text)
    lines = PackageEmitter.lines(text)
  }
}

/// A documented example request sent through the client.
public struct ClientExampleCaseView: Sendable, Hashable {
  public var functionName: String
  public var displayName: String
  public var paramsType: String
  public var request: JSONLiteralView
  /// The part of the request the models keep (nil: all of it).
  public var expected: JSONLiteralView?
  public var response: JSONLiteralView
  public var path: String
  /// The call, with `params` and `client` in scope: `client.organizations.create(params)`.
  public var call: String
  /// A streaming method (its request asks for `application/jsonl`).
  public var isStreaming: Bool = false
  /// The HTTP verb: `POST` (every Connect call), `GET`.
  public var httpMethod: String = "POST"
  /// Whether the request has a JSON body (a REST `GET`, `HEAD` or `DELETE` has none).
  public var hasBody: Bool = true
}

/// A method called with labelled arguments for its required parameters.
public struct ClientLabelledCaseView: Sendable, Hashable {
  public var functionName: String
  public var displayName: String
  /// `client.organizations.customDomains.create`.
  public var callee: String
  /// `domainName: "domainName"`, one per line.
  public var arguments: [ListItemView]
  public var hasArguments: Bool
  public var expectedBody: JSONLiteralView
  public var response: JSONLiteralView
  /// The path the request goes to, placeholders filled: `/v1/accounts/account_token`.
  public var path: String
  /// A streaming method (its request asks for `application/jsonl`).
  public var isStreaming: Bool = false
  public var httpMethod: String = "POST"
  /// Whether the request has a JSON body (a REST `GET`, `HEAD` or `DELETE` has none).
  public var hasBody: Bool = true
  /// The path parameters the client holds, left out of the call.
  public var heldPathParameters: [HeldPathParameterView] = []
  /// The query items the request carries, in order.
  public var query: [QueryItemView] = []
}

/// A path parameter the test's client holds: `$0.pathParameters["org_id"] = "org_id"`.
public struct HeldPathParameterView: Sendable, Hashable {
  /// The documented name, as string-literal contents.
  public var name: String
  /// The value, as string-literal contents.
  public var value: String
}

extension HeldPathParameterView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "value": .of(self.value)
    default: nil
    }
  }
}

/// One query item a generated test expects, as string-literal contents.
public struct QueryItemView: Sendable, Hashable {
  public var name: String
  public var value: String
  /// The first item carries how many there are.
  public var isFirst: Bool
  public var count: String
}

/// A method the behaviour tests call: its params from an example, its response.
public struct ClientCallView: Sendable, Hashable {
  public var paramsType: String
  public var params: JSONLiteralView
  public var response: JSONLiteralView
  /// With `client` and `params` in scope.
  public var call: String
  /// The same, returning the `APIResponse`.
  public var rawCall: String
  public var path: String
}

public struct ClientPaginationTestView: Sendable, Hashable {
  public var call: ClientCallView
  public var pages: [JSONLiteralView]
  public var tokenQueryName: String
  /// The token also travels in the body's `pagination.token` (Connect).
  public var hasBodyToken = false
}

public struct ClientEnumTestView: Sendable, Hashable {
  public var call: ClientCallView
  public var unknownValue: String
}

/// One line of a list laid out one element per line.
public struct ListItemView: Sendable, Hashable {
  public var text: String
  public var isLast: Bool
}

/// A method called once against the generated mock server: with its first example's params or
/// with labelled arguments.
public struct ClientMockCallView: Sendable, Hashable {
  public var displayName: String
  public var callee: String
  public var hasParams: Bool
  public var paramsType: String
  public var params: JSONLiteralView?
  public var arguments: [ListItemView]
  public var hasArguments: Bool
  /// A streaming method: its values are read (one, the documented example) into `streamVariable`.
  public var isStreaming: Bool = false
  public var streamVariable: String = ""
  /// Path parameters, which the parameters' JSON does not carry, set after decoding them:
  /// `cardToken = "card_token"` (statements on `paramsVariable`).
  public var pathAssignments: [String] = []
  public var paramsVariable: String = ""
  public var hasPathAssignments = false
  /// For a page walk: how many of the mock's pages have items (its last is empty for an offset
  /// or page-number page), as text.
  public var pagesWithItems = "2"
}

public struct ClientTestsView: Sendable, Hashable {
  public var moduleName: String
  public var clientName: String
  public var errorName: String
  public var asyncHTTPClientModuleName: String
  public var imports: [String]
  /// The imports of the behaviour test file.
  public var behaviourImports: [String]
  public var examples: [ClientExampleCaseView]
  public var labelled: [ClientLabelledCaseView]
  public var read: [ClientCallView]
  public var write: [ClientCallView]
  public var pagination: [ClientPaginationTestView]
  public var unknownEnum: [ClientEnumTestView]
  public var unsetMessages: [ClientUnsetMessageTestView]
  public var mockImports: [String]
  public var mockCalls: [ClientMockCallView]
  public var mockCallCount: Int
  /// Paginated methods (with labelled arguments, whose first page has a next one; one of each
  /// paging scheme) whose pages the client walks against the mock to the end.
  public var pageWalk: [ClientMockCallView] = []
  /// Whether a mock call decodes its parameters from JSON.
  public var mockDecodesParams = true
  /// How the API key is sent (`SwiftModel.authHeader`/`authScheme`): `Authorization: Bearer`
  /// is `BearerTokenAuthenticator`; anything else `APIKeyAuthenticator` with these arguments.
  public var bearerAuthentication: Bool
  public var authHeader: String
  public var authSchemeLiteral: String
}

extension JSONLiteralView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "delimiter": .of(self.delimiter)
    case "lines": .of(self.lines)
    default: nil
    }
  }
}

extension ClientExampleCaseView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "functionName": .of(self.functionName)
    case "displayName": .of(self.displayName)
    case "paramsType": .of(self.paramsType)
    case "request": .of(self.request)
    case "expected": .of(self.expected)
    case "response": .of(self.response)
    case "path": .of(self.path)
    case "call": .of(self.call)
    case "isStreaming": .of(self.isStreaming)
    case "httpMethod": .of(self.httpMethod)
    case "hasBody": .of(self.hasBody)
    default: nil
    }
  }
}

extension ClientLabelledCaseView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "functionName": .of(self.functionName)
    case "displayName": .of(self.displayName)
    case "callee": .of(self.callee)
    case "arguments": .of(self.arguments)
    case "hasArguments": .of(self.hasArguments)
    case "expectedBody": .of(self.expectedBody)
    case "response": .of(self.response)
    case "path": .of(self.path)
    case "isStreaming": .of(self.isStreaming)
    case "httpMethod": .of(self.httpMethod)
    case "hasBody": .of(self.hasBody)
    case "heldPathParameters": .of(self.heldPathParameters)
    case "holdsPathParameters": .of(!self.heldPathParameters.isEmpty)
    case "query": .of(self.query)
    default: nil
    }
  }
}

extension QueryItemView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "value": .of(self.value)
    case "isFirst": .of(self.isFirst)
    case "count": .of(self.count)
    default: nil
    }
  }
}

extension ClientCallView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "paramsType": .of(self.paramsType)
    case "params": .of(self.params)
    case "response": .of(self.response)
    case "call": .of(self.call)
    case "rawCall": .of(self.rawCall)
    case "path": .of(self.path)
    default: nil
    }
  }
}

extension ClientPaginationTestView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "call": .of(self.call)
    case "pages": .of(self.pages)
    case "tokenQueryName": .of(self.tokenQueryName)
    case "hasBodyToken": .of(self.hasBodyToken)
    default: nil
    }
  }
}

extension ClientEnumTestView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "call": .of(self.call)
    case "unknownValue": .of(self.unknownValue)
    default: nil
    }
  }
}

extension ListItemView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "text": .of(self.text)
    case "isLast": .of(self.isLast)
    default: nil
    }
  }
}

extension ClientMockCallView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "hasPathAssignments": .of(self.hasPathAssignments)
    case "pagesWithItems": .of(self.pagesWithItems)
    case "pathAssignments": .of(self.pathAssignments)
    case "paramsVariable": .of(self.paramsVariable)
    case "displayName": .of(self.displayName)
    case "callee": .of(self.callee)
    case "hasParams": .of(self.hasParams)
    case "paramsType": .of(self.paramsType)
    case "params": .of(self.params)
    case "arguments": .of(self.arguments)
    case "hasArguments": .of(self.hasArguments)
    case "isStreaming": .of(self.isStreaming)
    case "streamVariable": .of(self.streamVariable)
    default: nil
    }
  }
}

extension ClientTestsView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "bearerAuthentication": .of(self.bearerAuthentication)
    case "authHeader": .of(self.authHeader)
    case "authSchemeLiteral": .of(self.authSchemeLiteral)
    case "moduleName": .of(self.moduleName)
    case "clientName": .of(self.clientName)
    case "errorName": .of(self.errorName)
    case "asyncHTTPClientModuleName": .of(self.asyncHTTPClientModuleName)
    case "imports": .of(self.imports)
    case "behaviourImports": .of(self.behaviourImports)
    case "examples": .of(self.examples)
    case "labelled": .of(self.labelled)
    case "read": .of(self.read)
    case "write": .of(self.write)
    case "pagination": .of(self.pagination)
    case "unknownEnum": .of(self.unknownEnum)
    case "unsetMessages": .of(self.unsetMessages)
    case "mockImports": .of(self.mockImports)
    case "mockCalls": .of(self.mockCalls)
    case "mockCallCount": .of(self.mockCallCount)
    case "pageWalk": .of(self.pageWalk)
    case "mockDecodesParams": .of(self.mockDecodesParams)
    default: nil
    }
  }
}
