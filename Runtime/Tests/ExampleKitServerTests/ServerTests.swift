import ExampleKit
import ExampleKitHummingbird
import ExampleKitServer
import Foundation
import Testing

/// Starts `server` with Hummingbird on a free loopback port, runs `body` against it, stops it.
func withRunningServer(
  _ server: ExampleConnectServer, _ body: @Sendable (HTTPTestClient) async throws -> Void
) async throws {
  let (ports, continuation) = AsyncStream<Int>.makeStream()
  let app = ExampleConnectApplication.make(server: server, host: "127.0.0.1", port: 0) { port in
    continuation.yield(port)
  }
  let task = Task { try await app.runService() }
  var iterator = ports.makeAsyncIterator()
  guard let port = await iterator.next() else {
    task.cancel()
    throw HTTPTestClient.Failure(description: "the server did not start")
  }
  do {
    try await body(HTTPTestClient(port: port))
  } catch {
    task.cancel()
    _ = await task.result
    throw error
  }
  task.cancel()
  _ = await task.result
}

/// The parameters and response of the tests' procedures.
struct EchoParams: Codable, Sendable {
  var text: String
  var times: Int?
}

struct EchoResponse: Codable, Sendable {
  var text: String
}

/// Parameters with a required query parameter: the body does not carry it, so it is decoded
/// with a stand-in that only the query replaces.
struct RepeatParams: Codable, Sendable {
  var text: String
  var times = 0
  enum CodingKeys: String, CodingKey { case text }
}

/// The Connect server core behind the Hummingbird adapter, over real HTTP on loopback. (The
/// generated package's `ServerTests` tests the same runtime through the API's services.)
@Suite("Connect server")
struct ServerTests {
  static let token = "test-token"
  static let maxRequestBytes = 1024

  static let echo = ExampleUnaryProcedure(
    path: "/example.v1.Echo/Say", operation: "echo.say", params: EchoParams.self, response: EchoResponse.self
  ) { params, query in
    if let times = try query.int("times") { params.times = times }
  }
  static let fail = ExampleUnaryProcedure(
    path: "/example.v1.Echo/Fail", operation: "echo.fail", params: EchoParams.self, response: EchoResponse.self)
  static let slow = ExampleUnaryProcedure(
    path: "/example.v1.Echo/Slow", operation: "echo.slow", params: EchoParams.self, response: EchoResponse.self)

  static let repeatText = ExampleUnaryProcedure(
    path: "/example.v1.Echo/Repeat", operation: "echo.repeat", params: RepeatParams.self,
    response: EchoResponse.self
  ) { params, query in
    params.times = try query.int("times") ?? query.missing("times")
  }

  struct Unexpected: Error {}

  static func server() -> ExampleConnectServer {
    var router = ExampleConnectRouter()
    router.add(echo) { params, context in
      #expect(context.principal.subject == "bearer-token")
      return EchoResponse(text: String(repeating: params.text, count: params.times ?? 1))
    }
    router.add(fail) { params, _ -> EchoResponse in
      switch params.text {
      case "missing": throw ExampleRPCError(.notFound, "no such thing")
      case "exists": throw ExampleRPCError(.alreadyExists, "already there")
      default: throw Unexpected()
      }
    }
    router.add(repeatText) { params, _ in
      EchoResponse(text: String(repeating: params.text, count: params.times))
    }
    router.add(slow) { params, _ in
      try await Task.sleep(for: .seconds(5))
      return EchoResponse(text: params.text)
    }
    return ExampleConnectServer(
      router: router, authenticator: ExampleBearerTokenAuthenticator(token: token),
      configuration: ExampleConnectServer.Configuration(maxRequestBytes: maxRequestBytes))
  }

  @Test("a call decodes its body, merges the query and answers JSON")
  func call() async throws {
    try await withRunningServer(Self.server()) { client in
      let response = try await client.post("/example.v1.Echo/Say?times=3", json: #"{"text":"ab"}"#)
      #expect(response.status == 200)
      #expect(response.headers["content-type"]?.hasPrefix("application/json") == true)
      #expect(response.json == ["text": "ababab"])
    }
  }

  @Test(
    "every failure is a Connect error with its HTTP status",
    arguments: [
      ("/example.v1.Echo/Nope", #"{"text":"a"}"#, ServerTests.token, "application/json", 404, "unimplemented"),
      ("/example.v1.Echo/Say", #"{"text":"a"}"#, nil, "application/json", 401, "unauthenticated"),
      ("/example.v1.Echo/Say", #"{"text":"a"}"#, "wrong", "application/json", 401, "unauthenticated"),
      ("/example.v1.Echo/Say", #"{"text":"a"}"#, ServerTests.token, "text/plain", 415, "invalid_argument"),
      ("/example.v1.Echo/Say", #"{"text":1}"#, ServerTests.token, "application/json", 400, "invalid_argument"),
      ("/example.v1.Echo/Say", #"{"text":"a""#, ServerTests.token, "application/json", 400, "invalid_argument"),
      (
        "/example.v1.Echo/Say?times=x", #"{"text":"a"}"#, ServerTests.token, "application/json", 400, "invalid_argument"
      ),
      ("/example.v1.Echo/Fail", #"{"text":"missing"}"#, ServerTests.token, "application/json", 404, "not_found"),
      ("/example.v1.Echo/Fail", #"{"text":"exists"}"#, ServerTests.token, "application/json", 409, "already_exists"),
      ("/example.v1.Echo/Fail", #"{"text":"boom"}"#, ServerTests.token, "application/json", 500, "internal"),
    ] as [(String, String, String?, String, Int, String)])
  func errors(target: String, json: String, token: String?, contentType: String, status: Int, code: String)
    async throws
  {
    try await withRunningServer(Self.server()) { client in
      let response = try await client.post(target, json: json, token: token, headers: [("Content-Type", contentType)])
      #expect(response.status == status)
      #expect(response.errorCode == code)
      #expect(response.errorMessage?.isEmpty == false)
    }
  }

  @Test("a required query parameter the request lacks is invalid_argument naming it")
  func requiredQueryParameter() async throws {
    try await withRunningServer(Self.server()) { client in
      let given = try await client.post("/example.v1.Echo/Repeat?times=2", json: #"{"text":"ab"}"#)
      #expect(given.status == 200)
      #expect(given.json == ["text": "abab"])
      let lacking = try await client.post("/example.v1.Echo/Repeat", json: #"{"text":"ab"}"#)
      #expect(lacking.status == 400)
      #expect(lacking.errorCode == "invalid_argument")
      #expect(lacking.errorMessage == "query parameter 'times' is required")
      // A JSON body's member of its name stands in (an SDK's DELETE with a body).
      let inBody = try await client.post("/example.v1.Echo/Repeat", json: #"{"text":"ab","times":3}"#)
      #expect(inBody.status == 200)
      #expect(inBody.json == ["text": "ababab"])
      let wrongType = try await client.post("/example.v1.Echo/Repeat", json: #"{"text":"ab","times":"x"}"#)
      #expect(wrongType.status == 400)
      // So does a header of its name (an SDK's `x_dangerous` as `X-Dangerous`).
      let inHeader = try await client.post(
        "/example.v1.Echo/Repeat", json: #"{"text":"ab"}"#, headers: [("Times", "2")])
      #expect(inHeader.json == ["text": "abab"])
    }
  }

  struct Listing: Codable, Sendable {
    var limit: Int?
  }

  @Test("an empty body is no body, whatever its content type says")
  func emptyBodyOfAnotherContentType() throws {
    let list = ExampleUnaryProcedure(
      path: "/v1/things", operation: "things.list", params: Listing.self, response: EchoResponse.self,
      mergeQuery: { params, query in params.limit = try query.int("limit") ?? params.limit }, method: "GET")
    for contentType in ["application/octet-stream", "multipart/form-data; boundary=x"] {
      let params = try list.decodeParams(
        body: [], query: ExampleQueryParameters("limit=2"),
        headers: ExampleHTTPHeaderFields([("Content-Type", contentType)]))
      #expect(params.limit == 2)
      #expect(throws: ExampleRPCError.self) {
        try list.decodeParams(
          body: Array("x".utf8), query: ExampleQueryParameters(nil),
          headers: ExampleHTTPHeaderFields([("Content-Type", contentType)]))
      }
    }
  }

  struct Image: Decodable, Sendable {
    var body: Data
    var id: String?
  }

  @Test("a raw body's route takes bytes of any media type; a JSON route refuses them")
  func rawBodyOfAnyMediaType() async throws {
    let upload = ExampleUnaryProcedure(
      path: "/v1/playlists/{id}/images", operation: "playlists.images.update", params: Image.self,
      response: EchoResponse.self, method: "PUT", mergePath: { params, path in params.id = path["id"] },
      bodyField: "body")
    let rename = ExampleUnaryProcedure(
      path: "/v1/playlists/{id}", operation: "playlists.update", params: EchoParams.self, response: EchoResponse.self,
      method: "PUT")
    var router = ExampleConnectRouter()
    router.add(upload) { params, _ in EchoResponse(text: "\(params.id ?? ""):\(params.body.count)") }
    router.add(rename) { params, _ in EchoResponse(text: params.text) }
    let server = ExampleConnectServer(router: router, authenticator: ExampleBearerTokenAuthenticator(token: Self.token))
    try await withRunningServer(server) { client in
      let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00]
      for contentType in ["image/jpeg", "application/octet-stream"] {
        let response = try await client.perform(
          "PUT", "/v1/playlists/p1/images",
          headers: [("Authorization", "Bearer \(Self.token)"), ("Content-Type", contentType)], body: jpeg)
        #expect(response.status == 200, "\(contentType)")
        #expect(response.json == ["text": "p1:5"], "\(contentType)")
      }
      let refused = try await client.perform(
        "PUT", "/v1/playlists/p1",
        headers: [("Authorization", "Bearer \(Self.token)"), ("Content-Type", "image/jpeg")],
        body: jpeg)
      #expect(refused.status == 415)
    }
  }

  @Test("the internal error's message does not leak the handler's error")
  func internalMessage() async throws {
    try await withRunningServer(Self.server()) { client in
      let response = try await client.post("/example.v1.Echo/Fail", json: #"{"text":"boom"}"#)
      #expect(response.errorMessage == "internal error")
    }
  }

  @Test("only POST; a body over the limit is resource_exhausted; Connect-Timeout-Ms is a deadline")
  func limits() async throws {
    try await withRunningServer(Self.server()) { client in
      let get = try await client.perform(
        "GET", "/example.v1.Echo/Say", headers: [("Authorization", "Bearer test-token")])
      #expect(get.status == 405)
      #expect(get.headers["allow"] == "POST")
      let big = try await client.post(
        "/example.v1.Echo/Say", json: #"{"text":""# + String(repeating: "x", count: 2000) + #""}"#)
      #expect(big.status == 429)
      #expect(big.errorCode == "resource_exhausted")
      let slow = try await client.post(
        "/example.v1.Echo/Slow", json: #"{"text":"a"}"#, headers: [("Connect-Timeout-Ms", "50")])
      #expect(slow.status == 504)
      #expect(slow.errorCode == "deadline_exceeded")
      let badTimeout = try await client.post(
        "/example.v1.Echo/Say", json: #"{"text":"a"}"#, headers: [("Connect-Timeout-Ms", "soon")])
      #expect(badTimeout.errorCode == "invalid_argument")
    }
  }

  @Test("path parameters read as their types; a value that is not one is invalid_argument, named as a path parameter")
  func typedPathParameters() throws {
    let path = ExampleQueryParameters(pathParameters: ["widget_id": "42", "flag": "true", "name": "a b"])
    #expect(try path.int("widget_id") == 42)
    #expect(try path.bool("flag") == true)
    #expect(path.string("name") == "a b")
    #expect(try path.int("missing") == nil)
    do {
      _ = try ExampleQueryParameters(pathParameters: ["widget_id": "x"]).int("widget_id")
      Issue.record("no error for a path parameter that is not a number")
    } catch let error as ExampleRPCError {
      #expect(error.code == .invalidArgument)
      #expect(error.message == "path parameter 'widget_id' must be an integer")
    }
    #expect(throws: ExampleRPCError.self) { try ExampleQueryParameters("limit=many").int("limit") }
    // A timestamp as the clients write one (`begin=2019-12-27T18:11:19.117Z`, percent-encoded or not).
    let query = ExampleQueryParameters("begin=2019-12-27T18%3A11%3A19.117Z&end=yesterday")
    #expect(try query.timestamp("begin") == ExampleTimestamp(rfc3339: "2019-12-27T18:11:19.117Z"))
    #expect(try query.timestamp("since") == nil)
    let lenient = ExampleQueryParameters(
      "naive=2019-12-27T18:11:19.117&day=2019-12-27&python=2019-12-27T18:11:19.117000%2B00:00")
    #expect(try lenient.timestamp("naive") == ExampleTimestamp(rfc3339: "2019-12-27T18:11:19.117Z"))
    #expect(try lenient.timestamp("day") == ExampleTimestamp(rfc3339: "2019-12-27T00:00:00Z"))
    #expect(try lenient.timestamp("python") == ExampleTimestamp(rfc3339: "2019-12-27T18:11:19.117Z"))
    #expect(throws: ExampleRPCError.self) { try query.timestamp("end") }
  }

  @Test("a placeholder matches a whole segment or the part of one between the template's text")
  func placeholdersInsideSegments() {
    var router = ExampleConnectRouter()
    for (method, path) in [
      ("GET", "/api/where/agency/{agency_id}.json"), ("GET", "/api/where/stop/{stop_id}"),
      ("GET", "/files/file-{name}"), ("DELETE", "/api/where/agency/{agency_id}.json"),
    ] {
      router.add(
        ExampleUnaryProcedure(
          path: path, operation: path, params: EchoParams.self, response: EchoResponse.self, method: method)
      ) { params, _ in EchoResponse(text: params.text) }
    }
    let agency = router.match(method: "GET", path: "/api/where/agency/1%20a.json").route
    #expect(agency?.0.path == "/api/where/agency/{agency_id}.json")
    #expect(agency?.1 == ["agency_id": "1 a"])
    #expect(router.match(method: "GET", path: "/files/file-readme").route?.1 == ["name": "readme"])
    // The text around the placeholder is not its value; an empty value matches nothing.
    #expect(router.match(method: "GET", path: "/api/where/agency/.json").route == nil)
    #expect(router.match(method: "GET", path: "/api/where/agency/1.xml").route == nil)
    #expect(router.match(method: "GET", path: "/files/readme").route == nil)
    #expect(router.match(method: "PUT", path: "/api/where/agency/1.json").allowed == ["DELETE", "GET"])
  }

  @Test("between templates of as many placeholders, the one with more text of its own takes the request")
  func moreSpecificTemplates() {
    // fireworks.md: `PATCH …/{deployment_id}` (update) and `PATCH …/{deployment_id}:scale`
    // both match `abc:scale`; which one answered followed the dictionary's order, which Swift
    // seeds anew in each process. Added in both orders, so the dictionary's cannot decide.
    for paths in [
      ["/deployments/{deployment_id}", "/deployments/{deployment_id}:scale"],
      ["/deployments/{deployment_id}:scale", "/deployments/{deployment_id}"],
    ] {
      var router = ExampleConnectRouter()
      for path in paths {
        router.add(
          ExampleUnaryProcedure(
            path: path, operation: path, params: EchoParams.self, response: EchoResponse.self, method: "PATCH")
        ) { params, _ in EchoResponse(text: params.text) }
      }
      let scale = router.match(method: "PATCH", path: "/deployments/abc:scale").route
      #expect(scale?.0.path == "/deployments/{deployment_id}:scale")
      #expect(scale?.1 == ["deployment_id": "abc"])
      let update = router.match(method: "PATCH", path: "/deployments/abc").route
      #expect(update?.0.path == "/deployments/{deployment_id}")
      #expect(update?.1 == ["deployment_id": "abc"])
    }
  }

  @Test("a template with a fixed query takes only requests that carry it, before the same path without")
  func fixedQueries() {
    var router = ExampleConnectRouter()
    for path in [
      "/v2/namespaces/{namespace}", "/v2/namespaces/{namespace}?stainless_overload=copyFrom", "/chat/completions",
      "/chat/completions?agent=true",
    ] {
      router.add(
        ExampleUnaryProcedure(
          path: path, operation: path, params: EchoParams.self, response: EchoResponse.self, method: "POST")
      ) { params, _ in EchoResponse(text: params.text) }
    }
    func matched(_ path: String, _ query: String?) -> String? {
      router.match(method: "POST", path: path, query: query).route?.0.path
    }
    #expect(matched("/v2/namespaces/ns", nil) == "/v2/namespaces/{namespace}")
    #expect(
      matched("/v2/namespaces/ns", "stainless_overload=copyFrom")
        == "/v2/namespaces/{namespace}?stainless_overload=copyFrom")
    #expect(
      matched("/v2/namespaces/ns", "a=1&stainless_overload=copyFrom")
        == "/v2/namespaces/{namespace}?stainless_overload=copyFrom")
    #expect(matched("/v2/namespaces/ns", "stainless_overload=branchFrom") == "/v2/namespaces/{namespace}")
    // An exact path is no longer taken alone when a route of that path has a fixed query.
    #expect(matched("/chat/completions", "agent=true") == "/chat/completions?agent=true")
    #expect(matched("/chat/completions", "agent=false") == "/chat/completions")
    #expect(matched("/chat/completions", nil) == "/chat/completions")
  }

  /// A union of an integer and a string, decoded as the generated unions are (integers first).
  enum Size: Decodable, Equatable {
    case int(Int)
    case string(String)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let value = try? container.decode(Int.self) {
        self = .int(value)
      } else {
        self = .string(try container.decode(String.self))
      }
    }
  }

  @Test("a union query parameter is read as its members decode the text")
  func decodedQueryParameters() throws {
    let query = ExampleQueryParameters("a=12&b=big&c=true")
    #expect(try query.decoded("a", as: Size.self) == .int(12))
    #expect(try query.decoded("b", as: Size.self) == .string("big"))
    #expect(try query.decoded("missing", as: Size.self) == nil)
    // Text that reads as a number is still a string where the type is one.
    #expect(try query.decoded("a", as: String.self) == "12")
    #expect(try query.decoded("c", as: Bool.self) == true)
    do {
      _ = try query.decoded("b", as: Int.self)
      Issue.record("'big' was read as an integer")
    } catch let error as ExampleRPCError {
      #expect(error.code == .invalidArgument)
      #expect(error.message == "query parameter 'b' has an invalid value")
    }
  }

  @Test("a map query parameter is read from its members, as the SDKs send them")
  func mapQueryParameters() throws {
    let query = ExampleQueryParameters(
      "metadata%5Bteam%5D=core&metadata[tier]=2&limits[max]=5&limits[min]=x&other[a][b]=c")
    #expect(try query.map("metadata", as: [String: String].self) == ["team": "core", "tier": "2"])
    #expect(try query.map("missing", as: [String: String].self) == nil)
    #expect(try query.map("other", as: [String: String].self) == nil)
    do {
      _ = try query.map("limits", as: [String: Int].self)
      Issue.record("'x' was read as an integer")
    } catch let error as ExampleRPCError {
      #expect(error.message == "query parameter 'limits[min]' has an invalid value")
    }
  }

  @Test("Connect codes map to their HTTP statuses")
  func codeStatuses() {
    let expected: [(ExampleRPCError.Code, Int)] = [
      (.canceled, 499), (.invalidArgument, 400), (.failedPrecondition, 400), (.outOfRange, 400),
      (.deadlineExceeded, 504), (.notFound, 404), (.alreadyExists, 409), (.aborted, 409), (.permissionDenied, 403),
      (.resourceExhausted, 429), (.unimplemented, 501), (.unavailable, 503), (.unauthenticated, 401),
      (.internal, 500), (.unknown, 500), (.dataLoss, 500),
    ]
    for (code, status) in expected { #expect(code.httpStatus == status, "\(code.rawValue)") }
    #expect(
      String(decoding: ExampleRPCError(.notFound, "a \"b\"").jsonBody, as: UTF8.self)
        == #"{"code":"not_found","message":"a \"b\""}"#)
  }

  @Test("the bearer token comparison takes the same time for every wrong token")
  func constantTime() {
    #expect(ExampleBearerTokenAuthenticator.constantTimeEquals(Array("abc".utf8), Array("abc".utf8)))
    #expect(!ExampleBearerTokenAuthenticator.constantTimeEquals(Array("abd".utf8), Array("abc".utf8)))
    #expect(!ExampleBearerTokenAuthenticator.constantTimeEquals(Array("ab".utf8), Array("abc".utf8)))
  }

  @Test("an operation the API answers without credentials takes a request without any, as 'anonymous'")
  func publicOperation() async throws {
    var router = ExampleConnectRouter()
    let open = ExampleUnaryProcedure(
      path: "/v1/info", operation: "info.retrieve", params: EchoParams.self, response: EchoResponse.self,
      requiresCredentials: false)
    router.add(open) { _, context in EchoResponse(text: context.principal.subject) }
    router.add(Self.echo) { params, _ in EchoResponse(text: params.text) }
    let server = ExampleConnectServer(router: router, authenticator: ExampleBearerTokenAuthenticator(token: Self.token))
    try await withRunningServer(server) { client in
      let anonymous = try await client.post("/v1/info", json: #"{"text":"a"}"#, token: nil)
      #expect(anonymous.status == 200)
      #expect(anonymous.json == ["text": "anonymous"])
      let known = try await client.post("/v1/info", json: #"{"text":"a"}"#)
      #expect(known.json == ["text": "bearer-token"])
      // Every other procedure still wants credentials.
      let refused = try await client.post("/example.v1.Echo/Say", json: #"{"text":"ab"}"#, token: nil)
      #expect(refused.status == 401)
    }
  }

  @Test("an operation whose SDK unwraps an envelope answers inside it; the others as they are")
  func responseEnvelope() async throws {
    var router = ExampleConnectRouter()
    let wrapped = ExampleUnaryProcedure(
      path: "/v1/info", operation: "info.retrieve", params: EchoParams.self, response: EchoResponse.self,
      responseEnvelope: "re\"sult")
    router.add(wrapped) { params, _ in EchoResponse(text: params.text) }
    router.add(Self.echo) { params, _ in EchoResponse(text: params.text) }
    let server = ExampleConnectServer(router: router, authenticator: ExampleBearerTokenAuthenticator(token: Self.token))
    try await withRunningServer(server) { client in
      let enveloped = try await client.post("/v1/info", json: #"{"text":"a"}"#)
      #expect(enveloped.status == 200)
      #expect(String(decoding: enveloped.body, as: UTF8.self) == #"{"re\"sult":{"text":"a"}}"#)
      let plain = try await client.post("/example.v1.Echo/Say", json: #"{"text":"ab"}"#)
      #expect(plain.json == ["text": "ab"])
    }
  }

  @Test("--no-auth's authenticator accepts a request without credentials, as 'anonymous'")
  func allowAll() async throws {
    let principal = try await ExampleAllowAllAuthenticator().authenticate(
      ExampleConnectHTTPRequest(method: "GET", path: "/"))
    #expect(principal.subject == "anonymous")
  }

  @Test("a key whose header the reference does not show is accepted as each SDK sends one")
  func anyKeyHeader() async throws {
    let authenticator = ExampleAnyKeyHeaderAuthenticator(key: "My API Key")
    func check(_ headers: [(String, String)]) async -> Bool {
      var fields = ExampleHTTPHeaderFields()
      for (name, value) in headers { fields.append(name, value) }
      return
        (try? await authenticator.authenticate(ExampleConnectHTTPRequest(method: "GET", path: "/", headers: fields)))
        != nil
    }
    #expect(await check([("Authorization", "Bearer My API Key")]))
    #expect(await check([("Authorization", "bearer My API Key")]))
    #expect(await check([("Authorization", "My API Key")]))
    #expect(await check([("X-Api-Key", "My API Key")]))
    #expect(await check([("x-acme-api-key", "My API Key")]))
    #expect(await check([("Api-Key", "My API Key")]))
    #expect(!(await check([])))
    #expect(!(await check([("Authorization", "Bearer wrong")])))
    #expect(!(await check([("Authorization", "Basic My API Key")])))
    // HTTP Basic: the key as the password (an account beside it), or as the user (alone, or with
    // a password the API ignores: ImageKit's client sends `<private key>:do_not_set`).
    func basic(_ credentials: String) -> (String, String) {
      ("Authorization", "Basic " + Data(credentials.utf8).base64EncodedString())
    }
    #expect(await check([basic("my-organization-ID:My API Key")]))
    #expect(await check([basic("My API Key:")]))
    #expect(!(await check([basic("my-organization-ID:wrong")])))
    #expect(await check([basic("My API Key:do_not_set")]))
    #expect(!(await check([basic("wrong:wrong")])))
    #expect(!(await check([basic(":")])))
    #expect(!(await check([basic("My API Key")])))
    #expect(!(await check([("X-Api-Key", "My API Ke")])))
    // Headers named for one key of several (Dinari's two, Cloudflare's `X-Auth-Key`): each is offered.
    #expect(await check([("X-API-Key-Id", "key-id"), ("X-API-Secret-Key", "My API Key")]))
    #expect(await check([("X-Api-Key-Id", "My API Key")]))
    #expect(await check([("X-Auth-Key", "My API Key")]))
    #expect(await check([("X-Session-Token", "My API Key")]))
    #expect(await check([("X-Token", "My API Key")]))
    #expect(await check([("api_key", "My API Key")]))  // the Swagger petstore's header
    #expect(!(await check([("api_key", "wrong")])))
    #expect(!(await check([("X-API-Key-Id", "key-id"), ("X-API-Secret-Key", "wrong")])))
    // A key in a header not named for one is not offered, nor in the idempotency key.
    #expect(!(await check([("X-Request-Id", "My API Key")])))
    #expect(!(await check([("X-Monkey", "My API Key")])))
    #expect(!(await check([("Idempotency-Key", "My API Key")])))
    #expect(!(await check([("idempotency_key", "My API Key")])))
    // In the query, under a name for a key (percent-decoded); not under another name.
    func check(query: String) async -> Bool {
      (try? await authenticator.authenticate(ExampleConnectHTTPRequest(method: "GET", path: "/", query: query))) != nil
    }
    #expect(await check(query: "key=My%20API%20Key"))
    #expect(await check(query: "page=2&api_key=My+API+Key"))
    #expect(await check(query: "apiKey=My%20API%20Key"))
    #expect(!(await check(query: "key=wrong")))
    #expect(!(await check(query: "token=My%20API%20Key")))
    #expect(!(await check(query: "monkey=My%20API%20Key")))
    do {
      _ = try await authenticator.authenticate(ExampleConnectHTTPRequest(method: "GET", path: "/"))
      Issue.record("a request without a key was accepted")
    } catch let error as ExampleRPCError {
      #expect(error.code == .unauthenticated)
      #expect(error.message.contains("X-Api-Key"))
    }
  }

  @Test("an array in the query reads in each format the SDKs send")
  func queryArrays() throws {
    let brackets = ExampleQueryParameters("ids[]=a&ids[]=b%2Cc&n[]=1&n[]=2")
    #expect(brackets.strings("ids") == ["a", "b,c"])
    #expect(try brackets.ints("n") == [1, 2])
    let repeated = ExampleQueryParameters("ids=a&ids=b")
    #expect(repeated.strings("ids") == ["a", "b"])
    // The newer SDKs' brackets, indexed; a key that is no index is not an element.
    let indexed = ExampleQueryParameters("ids[0]=a&ids[1]=b&n[0]=1&ids[x]=c&ids[]]=d")
    #expect(indexed.strings("ids") == ["a", "b"])
    #expect(try indexed.ints("n") == [1])
    let comma = ExampleQueryParameters("ids=a,b&n=1,2&empty=")
    #expect(comma.strings("ids") == ["a,b"])
    #expect(comma.strings("ids", commaSeparated: true) == ["a", "b"])
    #expect(comma.strings("empty", commaSeparated: true) == [])
    // A number holds no comma: split whatever the format.
    #expect(try comma.ints("n") == [1, 2])
    #expect(comma.strings("missing") == nil)
    #expect(throws: ExampleRPCError.self) { try ExampleQueryParameters("n=1,x").ints("n") }
  }
}
