import ExampleKitAsyncHTTPClient
import Foundation
import Testing

@testable import ExampleKit

/// A request body and response of the tests' one operation.
private struct Greeting: Codable, Sendable, Hashable {
  var name: String?
  var count: Int?
}

private let readOperation = APIOperation(
  name: "GetGreeting", method: "POST", path: "/example.v1.Greeter/Get", isReadOnly: true)
private let writeOperation = APIOperation(
  name: "SetGreeting", method: "POST", path: "/example.v1.Greeter/Set", isReadOnly: false)

private func send(
  _ client: Example, _ operation: APIOperation, _ body: Greeting = Greeting(name: "ada"),
  query: QueryItems = QueryItems()
) async throws(ExampleError) -> ExampleAPIResponse<Greeting> {
  try await client.core.send(operation, query: query, body: body, options: ExampleRequestOptions(), as: Greeting.self)
}

/// The error `send` throws, nil when it throws none.
private func failure(_ client: Example, _ operation: APIOperation) async -> ExampleError? {
  do {
    _ = try await send(client, operation)
    return nil
  } catch {
    return error
  }
}

@Suite("Retry decisions")
struct RetryDecisionTests {
  private func statusError(_ status: Int, code: String? = nil, headers: ExampleHTTPHeaderFields = [:])
    -> ExampleAPIStatusError
  {
    let body = code.map { #"{"code":"\#($0)","message":"m"}"# } ?? "not json"
    return ExampleAPIStatusError(status: status, headers: headers, body: Data(body.utf8))
  }

  @Test("Connect codes decide before the status")
  func codes() {
    #expect(ClientCore.shouldRetry(statusError(503, code: "unavailable"), readOnly: false))
    #expect(ClientCore.shouldRetry(statusError(429, code: "resource_exhausted"), readOnly: false))
    #expect(ClientCore.shouldRetry(statusError(500, code: "internal"), readOnly: true))
    #expect(!ClientCore.shouldRetry(statusError(500, code: "internal"), readOnly: false))
    #expect(!ClientCore.shouldRetry(statusError(503, code: "not_found"), readOnly: true))
    #expect(!ClientCore.shouldRetry(statusError(409, code: "already_exists"), readOnly: true))
  }

  @Test("without a Connect body the status decides; x-should-retry overrides it")
  func statuses() {
    #expect(ClientCore.shouldRetry(statusError(429), readOnly: false))
    #expect(ClientCore.shouldRetry(statusError(503), readOnly: false))
    #expect(ClientCore.shouldRetry(statusError(502), readOnly: true))
    #expect(!ClientCore.shouldRetry(statusError(502), readOnly: false))
    #expect(!ClientCore.shouldRetry(statusError(400), readOnly: true))
    #expect(ClientCore.shouldRetry(statusError(400, headers: ["x-should-retry": "true"]), readOnly: false))
    #expect(!ClientCore.shouldRetry(statusError(503, headers: ["x-should-retry": "false"]), readOnly: true))
    #expect(
      ClientCore.shouldRetry(statusError(500, code: "internal", headers: ["x-should-retry": "true"]), readOnly: false))
  }

  @Test("transport failures: a refused connection always, others for read-only operations")
  func transport() {
    #expect(ClientCore.shouldRetry(ExampleTransportError(.cannotConnect, "refused"), readOnly: false))
    #expect(!ClientCore.shouldRetry(ExampleTransportError(.timedOut, "slow"), readOnly: false))
    #expect(ClientCore.shouldRetry(ExampleTransportError(.connectionLost, "reset"), readOnly: true))
  }

  @Test("retry-after-ms, retry-after in seconds or as a date, within 0…60 s")
  func retryAfter() {
    #expect(ClientCore.retryAfter(["retry-after-ms": "250"]) == .milliseconds(250))
    #expect(ClientCore.retryAfter(["retry-after": "2"]) == .seconds(2))
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(ClientCore.retryAfter(["retry-after": "Tue, 14 Nov 2023 22:13:30 GMT"], now: now) == .seconds(10))
    #expect(ClientCore.retryAfter(["retry-after": "61"]) == nil)
    #expect(ClientCore.retryAfter(["retry-after": "-1"]) == nil)
    #expect(ClientCore.retryAfter(["retry-after": "soon"]) == nil)
    #expect(ClientCore.retryAfter([:]) == nil)
  }

  @Test("backoff doubles from the initial delay up to the maximum, less at most 25%")
  func backoff() {
    let client = Example(apiKey: "k", environment: [:]).withOptions {
      $0.initialRetryDelay = .milliseconds(100)
      $0.maxRetryDelay = .milliseconds(350)
    }
    for (retry, full) in [(0, 100), (1, 200), (2, 350), (5, 350)] {
      for _ in 0..<20 {
        let delay = client.core.backoff(retry: retry)
        #expect(delay <= .milliseconds(full) && delay >= .milliseconds(full * 3 / 4), "retry \(retry): \(delay)")
      }
    }
  }
}

@Suite("Query encoding")
struct QueryEncodingTests {
  struct Filter: Encodable {
    var level: Int?
    var names: [String]?
    var owner: Owner?
    struct Owner: Encodable { var id: String }
  }

  @Test("a typed object in the query is written as its JSON form: name[key]=value, nested, nil left out")
  func encodedObject() {
    var query = QueryItems()
    query.appendEncoded("filter", Filter(level: 2, names: ["a", "b"], owner: .init(id: "x")))
    query.appendEncoded("missing", Filter?.none)
    query.appendEncoded("map", ["b": "2", "a": "1"])
    #expect(
      query.items.map { "\($0.name)=\($0.value)" } == [
        "filter[level]=2", "filter[names][]=a", "filter[names][]=b", "filter[owner][id]=x", "map[a]=1", "map[b]=2",
      ])
  }
}

@Suite("Client core over loopback HTTP")
struct ClientCoreHTTPTests {
  @Test("a request carries the standard headers, the JSON body and the query; the response decodes")
  func request() async throws {
    try await withServer({ _, _ in .json(#"{"name":"ada","count":2}"#) }) { server in
      var query = QueryItems()
      query.append("token", "next")
      query.append("pageSize", 5)
      let response = try await send(makeClient(server), readOperation, query: query)
      #expect(response.value == Greeting(name: "ada", count: 2))
      #expect(response.status == 200)
      let request = try #require(await server.requests.first)
      expectStandardRequest(request, path: "/example.v1.Greeter/Get")
      #expect(request.queryValue("token") == "next")
      #expect(request.queryValue("pageSize") == "5")
      #expect(try decodeJSON(request.body) == ["name": "ada"])
    }
  }

  @Test(
    "an upload is multipart/form-data: each file's bytes as a part, lists' and objects' too; every other field a text part"
  )
  func multipartUpload() async throws {
    struct Entry: Encodable {
      var file: Data
      var destPath: String
      enum CodingKeys: String, CodingKey {
        case file
        case destPath = "dest_path"
      }
    }
    struct Upload: Encodable {
      var file: Data
      var purpose: String
      var expiresAfter: [String: Int]
      var tags: [String]
      var note: String?
      var attachments: [Data]
      var entries: [Entry]
      enum CodingKeys: String, CodingKey {
        case file, purpose, tags, note, attachments, entries
        case expiresAfter = "expires_after"
      }
    }
    let upload = APIOperation(
      name: "CreateFile", method: "POST", path: "/files", isReadOnly: false,
      fileFields: ["file", "attachments[]", "entries[][file]"])
    let bytes = Data([0x00, 0xFF, 0x0D, 0x0A, 0x2D, 0x2D, 0x41])  // NUL, 0xFF, CRLF and "--A"
    try await withServer({ _, _ in .json(#"{"name":"ok"}"#) }) { server in
      let params = Upload(
        file: bytes, purpose: "batch", expiresAfter: ["seconds": 3600], tags: ["a", "b"], note: nil,
        attachments: [Data("x".utf8), Data("y".utf8)], entries: [Entry(file: Data("z".utf8), destPath: "/z")])
      _ = try await makeClient(server).core.send(
        upload, body: params, options: ExampleRequestOptions(), as: Greeting.self)
      let request = try #require(await server.requests.first)
      let contentType = try #require(request.header("content-type"))
      #expect(contentType.hasPrefix("multipart/form-data; boundary="))
      let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
      // The parts, as a server splits them: headers, then content, between the boundaries.
      var parts: [(headers: String, content: Data)] = []
      let delimiter = Data("--\(boundary)".utf8)
      var rest = request.body[...]
      while let start = rest.range(of: delimiter) {
        rest = rest[start.upperBound...]
        guard let next = rest.range(of: delimiter) else { break }
        var part = rest[..<next.lowerBound].dropFirst(2).dropLast(2)  // CRLF after the boundary, before the next
        let headerEnd = try #require(part.range(of: Data("\r\n\r\n".utf8)))
        let headers = String(decoding: part[..<headerEnd.lowerBound], as: UTF8.self)
        part = part[headerEnd.upperBound...]
        parts.append((headers, Data(part)))
      }
      #expect(request.body.suffix(boundary.utf8.count + 6) == Data("--\(boundary)--\r\n".utf8))
      let byName = Dictionary(
        parts.map { part in
          (String(part.headers.split(separator: "\"")[1]), part)
        }, uniquingKeysWith: { first, _ in first })
      #expect(byName["file"]?.content == bytes)
      #expect(byName["file"]?.headers.contains(#"filename="file""#) == true)
      #expect(byName["file"]?.headers.contains("Content-Type: application/octet-stream") == true)
      #expect(byName["purpose"].map { String(decoding: $0.content, as: UTF8.self) } == "batch")
      #expect(byName["expires_after[seconds]"].map { String(decoding: $0.content, as: UTF8.self) } == "3600")
      #expect(
        parts.filter { $0.headers.contains(#"name="tags[]""#) }.map { String(decoding: $0.content, as: UTF8.self) } == [
          "a", "b",
        ])
      #expect(byName["note"] == nil)
      // A list's files and a file inside a list's objects: file parts too, not base64 text.
      let files = parts.filter { $0.headers.contains("filename=") }
      #expect(
        files.map { String($0.headers.split(separator: "\"")[1]) } == [
          "attachments[]", "attachments[]", "entries[][file]", "file",
        ])
      #expect(files.map(\.content).prefix(3) == [Data("x".utf8), Data("y".utf8), Data("z".utf8)])
      #expect(files[2].headers.contains(#"filename="entries""#))
      #expect(byName["entries[][dest_path]"].map { String(decoding: $0.content, as: UTF8.self) } == "/z")
    }
  }

  @Test("a form of no file (the config's `form`) is multipart all the same, each value a text part")
  func formWithoutFiles() async throws {
    // deeprails' `files.upload(files: Sequence[str])`, which its SDK posts as a form.
    struct Upload: Encodable {
      var files: [String]
    }
    let upload = APIOperation(name: "Upload", method: "POST", path: "/files/upload", isReadOnly: false, fileFields: [])
    try await withServer({ _, _ in .json(#"{"name":"ok"}"#) }) { server in
      _ = try await makeClient(server).core.send(
        upload, body: Upload(files: ["a", "b"]), options: ExampleRequestOptions(), as: Greeting.self)
      let request = try #require(await server.requests.first)
      let contentType = try #require(request.header("content-type"))
      #expect(contentType.hasPrefix("multipart/form-data; boundary="))
      let boundary = String(contentType.dropFirst("multipart/form-data; boundary=".count))
      let body = String(decoding: request.body, as: UTF8.self)
      #expect(
        body == "--\(boundary)\r\nContent-Disposition: form-data; name=\"files[]\"\r\n\r\na\r\n"
          + "--\(boundary)\r\nContent-Disposition: form-data; name=\"files[]\"\r\n\r\nb\r\n--\(boundary)--\r\n")
    }
    // Without `fileFields`, the same parameters are a JSON body.
    let json = APIOperation(name: "Upload", method: "POST", path: "/files/upload", isReadOnly: false)
    try await withServer({ _, _ in .json(#"{"name":"ok"}"#) }) { server in
      _ = try await makeClient(server).core.send(
        json, body: Upload(files: ["a"]), options: ExampleRequestOptions(), as: Greeting.self)
      let request = try #require(await server.requests.first)
      #expect(request.header("content-type") == "application/json")
      #expect(String(decoding: request.body, as: UTF8.self) == #"{"files":["a"]}"#)
    }
  }

  @Test("a raw body is its parameter's bytes, sent as application/octet-stream")
  func rawBody() async throws {
    struct Write: Encodable {
      var contents: Data
    }
    let write = APIOperation(
      name: "WriteFile", method: "PUT", path: "/fs/write_file", isReadOnly: false, bodyField: "contents")
    let bytes = Data([0x00, 0xFF, 0x7B, 0x0D, 0x0A])
    try await withServer({ _, _ in .json(#"{"name":"ok"}"#) }) { server in
      _ = try await makeClient(server).core.send(
        write, body: Write(contents: bytes), options: ExampleRequestOptions(), as: Greeting.self)
      let request = try #require(await server.requests.first)
      #expect(request.method == "PUT")
      #expect(request.header("content-type") == "application/octet-stream")
      #expect(request.body == bytes)
    }
  }

  @Test("a body that is one parameter's value is sent as that value's JSON")
  func parameterBody() async throws {
    struct Patch: Encodable {
      var body: [[String: String]]?
    }
    let patch = APIOperation(
      name: "UpdateTemplate", method: "PATCH", path: "/templates/t", isReadOnly: false, jsonBodyField: "body")
    try await withServer({ _, _ in .json(#"{"name":"ok"}"#) }) { server in
      let client = makeClient(server)
      _ = try await client.core.send(
        patch, body: Patch(body: [["op": "remove", "path": "/a"]]), options: ExampleRequestOptions(), as: Greeting.self)
      // Left out, no body at all.
      _ = try await client.core.send(patch, body: Patch(body: nil), options: ExampleRequestOptions(), as: Greeting.self)
      let requests = await server.requests
      #expect(requests.count == 2)
      #expect(requests.first?.header("content-type") == "application/json")
      #expect(try decodeJSON(requests[0].body) == [["op": "remove", "path": "/a"]])
      #expect(requests[1].body.isEmpty && requests[1].header("content-type") == nil)
    }
  }

  @Test("a DELETE sends no body, but the JSON body where its parameters are placed there")
  func deleteBody() async throws {
    struct Remove: Encodable {
      var sandbox: Bool
    }
    let plain = APIOperation(name: "DeleteContact", method: "DELETE", path: "/contacts/c", isReadOnly: false)
    var withBody = plain
    withBody.deleteSendsBody = true
    try await withServer({ _, _ in .json(#"{"name":"ok"}"#) }) { server in
      let client = makeClient(server)
      _ = try await client.core.send(
        plain, body: Remove(sandbox: true), options: ExampleRequestOptions(), as: Greeting.self)
      _ = try await client.core.send(
        withBody, body: Remove(sandbox: true), options: ExampleRequestOptions(), as: Greeting.self)
      let requests = await server.requests
      #expect(requests.map(\.method) == ["DELETE", "DELETE"])
      #expect(requests[0].body.isEmpty && requests[0].header("content-type") == nil)
      #expect(requests[1].header("content-type") == "application/json")
      #expect(try decodeJSON(requests[1].body) == ["sandbox": true])
    }
  }

  @Test("a bytes response comes back as received, whatever the bytes")
  func bytesResponse() async throws {
    let download = APIOperation(name: "Content", method: "GET", path: "/files/f/content", isReadOnly: true)
    let bytes: [UInt8] = [0x00, 0xFF, 0xFE, 0x0A, 0x80, 0x7B]
    try await withServer({ _, _ in
      TestResponse(headers: [("Content-Type", "application/octet-stream")], bytes: bytes)
    }) { server in
      let response = try await makeClient(server).core.send(
        download, body: Greeting(), options: ExampleRequestOptions(), as: Data.self)
      #expect(response.value == Data(bytes))
      let request = try #require(await server.requests.first)
      #expect(request.method == "GET" && request.body.isEmpty && request.header("content-type") == nil)
    }
  }

  @Test("a transient failure is retried, then the success is returned")
  func retried() async throws {
    try await withServer({ _, index in
      index < 2 ? .connectError("unavailable", status: 503) : .json(#"{"count":3}"#)
    }) { server in
      let response = try await send(makeClient(server), writeOperation)
      #expect(response.value.count == 3)
      #expect(await server.requests.count == 3)
    }
  }

  @Test(
    "an error status is the matching error case, not retried",
    arguments: [
      (400, "invalid_argument"), (401, "unauthenticated"), (403, "permission_denied"), (404, "not_found"),
      (409, "already_exists"), (422, "invalid_argument"), (418, "failed_precondition"),
    ])
  func errorStatus(status: Int, code: String) async throws {
    try await withServer({ _, _ in .connectError(code, status: status, message: "nope") }) { server in
      let error = try #require(await failure(makeClient(server), readOperation))
      let statusError = try #require(error.statusError)
      #expect(statusError.status == status)
      #expect(statusError.code?.rawValue == code)
      #expect(statusError.message == "nope")
      switch (status, error) {
      case (400, .badRequest), (401, .authentication), (403, .permissionDenied), (404, .notFound),
        (409, .conflict), (422, .unprocessableEntity), (418, .status):
        break
      default: Issue.record("\(status) became \(error)")
      }
      #expect(await server.requests.count == 1)
    }
  }

  @Test("a write is not retried after a 500; the last error is thrown after the retries of a read")
  func serverErrors() async throws {
    try await withServer({ _, _ in TestResponse(status: 500, body: "oops") }) { server in
      await #expect(throws: ExampleError.self) { try await send(makeClient(server), writeOperation) }
      #expect(await server.requests.count == 1)
      let error = await failure(makeClient(server, maxRetries: 2), readOperation)
      guard case .server(let statusError)? = error else {
        Issue.record("\(String(describing: error))")
        return
      }
      #expect(statusError.body == Data("oops".utf8))
      #expect(await server.requests.count == 4)
    }
  }

  @Test("a response in an envelope decodes from its member; the other members are ignored")
  func responseEnvelope() async throws {
    var wrapped = readOperation
    wrapped.responseEnvelope = "result"
    let body = #"{"success":true,"errors":[],"result":{"name":"ada","count":2}}"#
    try await withServer({ _, _ in .json(body) }) { server in
      let unwrapped = try await send(makeClient(server), wrapped)
      #expect(unwrapped.value == Greeting(name: "ada", count: 2))
      // Without the envelope the object is read as the value (whose members are all optional);
      // a body without the member does not decode.
      let whole = try await send(makeClient(server), readOperation)
      #expect(whole.value == Greeting(name: nil, count: nil))
      wrapped.responseEnvelope = "data"
      guard case .invalidResponse(_, _, let raw, _)? = await failure(makeClient(server), wrapped) else {
        Issue.record("a missing member decoded")
        return
      }
      #expect(raw == Data(body.utf8))
    }
  }

  @Test("a body that does not decode is invalidResponse with the raw body")
  func invalidResponse() async throws {
    try await withServer({ _, _ in .json(#"{"count":"many"}"#) }) { server in
      let error = await failure(makeClient(server), readOperation)
      guard case .invalidResponse(let status, _, let body, _)? = error else {
        Issue.record("\(String(describing: error))")
        return
      }
      #expect(status == 200)
      #expect(body == Data(#"{"count":"many"}"#.utf8))
    }
  }

  @Test("the AsyncHTTPClient transport sends the same request and maps a refused connection")
  func asyncHTTPClient() async throws {
    try await withServer({ _, _ in .json(#"{"name":"grace"}"#) }) { server in
      let response = try await send(makeClient(server, transport: ExampleAsyncHTTPClientTransport()), readOperation)
      #expect(response.value.name == "grace")
      expectStandardRequest(try #require(await server.requests.first), path: "/example.v1.Greeter/Get")
    }
    let server = try await TestServer.start { _, _ in .json("{}") }
    let closed = server.baseURL
    await server.stop()
    let client = makeClient(
      baseURL: closed, maxRetries: 0, timeout: .seconds(2), transport: ExampleAsyncHTTPClientTransport())
    await #expect(throws: ExampleError.self) { try await send(client, writeOperation) }
  }

  @Test("an operation the API answers without credentials is sent without them, and needs no key")
  func publicOperation() async throws {
    var open = readOperation
    open.sendsCredentials = false
    try await withServer({ _, _ in .json("{}") }) { server in
      _ = try await send(makeClient(server), open)
      _ = try await send(Example(baseURL: server.baseURL, environment: [:]), open)
      let requests = await server.requests
      #expect(requests.count == 2)
      #expect(requests.allSatisfy { $0.header("Authorization") == nil })
      #expect(requests.allSatisfy { $0.header("Content-Type") == "application/json" })
    }
  }

  @Test("a client without an API key fails before sending")
  func missingAPIKey() async throws {
    try await withServer({ _, _ in .json("{}") }) { server in
      let client = Example(baseURL: server.baseURL, environment: [:])
      let error = await failure(client, readOperation)
      guard case .missingAPIKey? = error else {
        Issue.record("\(String(describing: error))")
        return
      }
      #expect(error?.description.contains("EXAMPLE_API_KEY") == true)
      #expect(await server.requests.isEmpty)
    }
  }
}

@Suite("Pagination")
struct PaginationTests {
  private struct NumbersPage: ExamplePaginatedResponse {
    var numbers: [Int]
    var next: String?
    var pageItems: [Int] { numbers }
    var pageNextToken: String? { next }
  }

  private func page(_ index: Int, pages: [[Int]]) -> ExamplePage<NumbersPage> {
    let value = NumbersPage(numbers: pages[index], next: index + 1 < pages.count ? "\(index + 1)" : "")
    return ExamplePage(response: ExampleAPIResponse(value: value, status: 200, headers: [:], body: Data())) { token in
      page(Int(token)!, pages: pages)
    }
  }

  @Test("allItems walks every page; an empty page or token ends the walk")
  func allItems() async throws {
    var items: [Int] = []
    for try await item in page(0, pages: [[1, 2], [3], [4, 5]]).allItems { items.append(item) }
    #expect(items == [1, 2, 3, 4, 5])
    let first = page(0, pages: [[1], [], [9]])
    let second = try #require(try await first.nextPage())
    #expect(!second.hasNextPage)
    #expect(try await second.nextPage() == nil)
  }

  /// An offset page: the next offset is the one it was fetched with plus its items.
  private struct OffsetNumbers: ExamplePaginatedResponse {
    var numbers: [Int]
    var pageItems: [Int] { numbers }
    var pageNextToken: String? { nil }
    func pageNextToken(after requestToken: String?) -> String? {
      numbers.isEmpty ? nil : String((Int(requestToken ?? "") ?? 0) + numbers.count)
    }
  }

  @Test("an offset page's next token comes from the offset it was fetched with; an empty page ends")
  func offsets() async throws {
    let all = Array(1...5)
    let fetched = FetchLog()
    @Sendable func page(offset: Int?) -> ExamplePage<OffsetNumbers> {
      let start = offset ?? 0
      let value = OffsetNumbers(numbers: Array(all.dropFirst(start).prefix(2)))
      return ExamplePage(
        response: ExampleAPIResponse(value: value, status: 200, headers: [:], body: Data()),
        requestToken: offset.map(String.init)
      ) { token in
        fetched.append(token)
        return page(offset: Int(token))
      }
    }
    var items: [Int] = []
    for try await item in page(offset: nil).allItems { items.append(item) }
    #expect(items == all)
    #expect(fetched.tokens == ["2", "4", "5"])  // the third page holds one item; the fourth is empty
  }
}

private final class FetchLog: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String] = []
  var tokens: [String] { lock.withLock { values } }
  func append(_ token: String) { lock.withLock { values.append(token) } }
}

@Suite("Path parameters")
struct PathParameterTests {
  private func segment(_ value: String?, _ options: ExampleClientOptions) throws(ExampleError) -> String {
    try PathParameters.segment(
      value, parameter: "orgId", options: options, documentedName: "org_id", clientOption: "orgID")
  }

  @Test("one the client holds: the call's value, else the client's, else an error before sending")
  func clientHeld() throws {
    var options = makeClient(baseURL: URL(string: "http://127.0.0.1:9")!).options
    do {
      _ = try segment(nil, options)
      Issue.record("no value was accepted")
    } catch {
      guard case .invalidRequest(let message) = error else { throw error }
      #expect(message.contains("`orgId`") && message.contains("`orgID`"))
    }
    options.pathParameters["org_id"] = "a b/c"
    #expect(try segment(nil, options) == "a%20b%2Fc")
    #expect(try segment("mine", options) == "mine")
    // An empty value is refused wherever it comes from, as for any path parameter.
    #expect(throws: ExampleError.self) { try segment("", options) }
    options.pathParameters["org_id"] = ""
    #expect(throws: ExampleError.self) { try segment(nil, options) }
  }
}
