import ExampleKitAsyncHTTPClient
import Foundation
import Testing

@testable import ExampleKit

// Issue 15: redirects keep credentials in the configured origin, per-attempt timeouts return on
// every transport (also one that ignores cancellation), Connect calls carry
// `Connect-Protocol-Version: 1`, and the client's middleware hook and options.

private struct Greeting: Codable, Sendable, Hashable {
  var name: String?
}

private struct Numbers: ExamplePaginatedResponse {
  var numbers: [Int]
  var next: String?
  var pageItems: [Int] { numbers }
  var pageNextToken: String? { next }
}

private let connectOperation = APIOperation(
  name: "SetGreeting", method: "POST", path: "/example.v1.Greeter/Set", isReadOnly: false, isConnect: true)
private let plainOperation = APIOperation(
  name: "SetGreeting", method: "POST", path: "/greetings", isReadOnly: false)

private func send(_ client: Example, _ operation: APIOperation = connectOperation) async throws(ExampleError)
  -> ExampleAPIResponse<Greeting>
{
  try await client.core.send(
    operation, body: Greeting(name: "ada"), options: ExampleRequestOptions(), as: Greeting.self)
}

/// The transports every behaviour here must hold on.
enum TransportKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case urlSession, asyncHTTPClient

  var transport: any ExampleHTTPTransport {
    switch self {
    case .urlSession: ExampleURLSessionTransport()
    case .asyncHTTPClient: ExampleAsyncHTTPClientTransport()
    }
  }

  var testDescription: String { rawValue }
}

/// A transport that ignores cancellation: it answers after `delay` whatever happens, without
/// holding a thread meanwhile.
private struct StubbornTransport: ExampleHTTPTransport {
  var delay: TimeInterval = 30

  func send(_ request: ExampleTransportRequest, timeout: Duration) async throws -> ExampleTransportResponse {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      DispatchQueue.global().asyncAfter(deadline: .now() + delay) { continuation.resume() }
    }
    return ExampleTransportResponse(status: 200, body: Data("{}".utf8))
  }
}

/// Runs `body`, or gives up after `seconds` (a hang): nil then. The deadline is a dispatch timer,
/// so it fires even when `body` never returns.
private func withDeadline<T: Sendable>(
  seconds: Double, _ body: @escaping @Sendable () async throws -> T
) async throws -> T? {
  let race = DeadlineRace<T>()
  return try await withCheckedThrowingContinuation { continuation in
    race.set(continuation)
    let task = Task {
      do { race.finish(.success(try await body())) } catch { race.finish(.failure(error)) }
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
      race.finish(.success(nil))
      task.cancel()
    }
  }
}

private final class DeadlineRace<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var continuation: CheckedContinuation<T?, any Error>?

  func set(_ continuation: CheckedContinuation<T?, any Error>) {
    lock.withLock { self.continuation = continuation }
  }

  func finish(_ result: Result<T?, any Error>) {
    let continuation = lock.withLock {
      defer { self.continuation = nil }
      return self.continuation
    }
    continuation?.resume(with: result)
  }
}

@Suite("Redirects keep credentials in the configured origin")
struct RedirectTests {
  /// The API server redirects every request with `status` to `target`; the other origin
  /// answers.
  private func redirected(
    status: Int, transport: TransportKind, sameOrigin: Bool = false
  ) async throws -> (api: [RecordedRequest], other: [RecordedRequest], response: Greeting?) {
    try await withServer({ _, _ in .json(#"{"name":"elsewhere"}"#) }) { other in
      let otherPort = other.port
      return try await withServer({ request, _ in
        if request.path.hasSuffix("/moved") { return .json(#"{"name":"moved"}"#) }
        let location = sameOrigin ? "/api/moved" : "http://127.0.0.1:\(otherPort)/collect"
        return TestResponse(status: status, headers: [("Location", location)], body: "")
      }) { api in
        let client = makeClient(api, maxRetries: 0, transport: transport.transport)
        let response = try? await send(client).value
        return (await api.requests, await other.requests, response)
      }
    }
  }

  @Test(
    "307 and 308 to another origin: followed with the method and without Authorization",
    arguments: [307, 308], TransportKind.allCases)
  func crossOrigin(status: Int, transport: TransportKind) async throws {
    let (api, other, response) = try await redirected(status: status, transport: transport)
    #expect(api.count == 1)
    #expect(api.first?.header(Example.authorizationHeader) == testAuthorization)
    let followed = try #require(other.first)
    #expect(followed.method == "POST")
    #expect(followed.header("authorization") == nil)
    #expect(!other.contains { request in request.headers.contains { $0.value.contains(testAPIKey) } })
    #expect(response?.name == "elsewhere")
  }

  @Test("302 after a POST to another origin: a GET without Authorization", arguments: TransportKind.allCases)
  func found(transport: TransportKind) async throws {
    let (_, other, _) = try await redirected(status: 302, transport: transport)
    let followed = try #require(other.first)
    #expect(followed.method == "GET")
    #expect(followed.header("authorization") == nil)
    #expect(!other.contains { request in request.headers.contains { $0.value.contains(testAPIKey) } })
  }

  @Test("a redirect within the origin keeps Authorization", arguments: TransportKind.allCases)
  func sameOrigin(transport: TransportKind) async throws {
    let (api, _, response) = try await redirected(status: 307, transport: transport, sameOrigin: true)
    #expect(api.count == 2)
    #expect(api.last?.path == "/api/moved")
    #expect(api.last?.header(Example.authorizationHeader) == testAuthorization)
    #expect(response?.name == "moved")
  }

  @Test("origins compare scheme, host and port, default ports filled in")
  func origins() {
    let origin = URL(string: "https://api.example.com/api")!
    #expect(CredentialGuard.isSameOrigin(URL(string: "https://API.example.com:443/other"), origin))
    #expect(!CredentialGuard.isSameOrigin(URL(string: "http://api.example.com/api"), origin))
    #expect(!CredentialGuard.isSameOrigin(URL(string: "https://api.example.com:8443/api"), origin))
    #expect(!CredentialGuard.isSameOrigin(URL(string: "https://evil.example.com/api"), origin))
  }

  @Test("the redirect rule: method and body by status, credentials by origin, relative locations")
  func redirectRule() throws {
    let origin = URL(string: "https://api.example.com/v1/files")!
    let post = ExampleTransportRequest(
      method: "POST", url: origin,
      headers: ["X-Api-Key": "k", "Authorization": "Bearer k", "Content-Type": "application/json", "X-Trace": "t"],
      body: Data("{}".utf8))
    let found = try #require(
      post.redirected(
        status: 302, location: "https://cdn.example.net/f", origin: origin,
        credentialHeaders: ["X-Api-Key", "Authorization"]))
    #expect(found.method == "GET" && found.body == nil && found.headers["Content-Type"] == nil)
    #expect(found.headers["X-Api-Key"] == nil && found.headers["Authorization"] == nil)
    #expect(found.headers["X-Trace"] == "t")
    let kept = try #require(post.redirected(status: 307, location: "/v2/files", origin: origin))
    #expect(kept.url.absoluteString == "https://api.example.com/v2/files")
    #expect(kept.method == "POST" && kept.body == Data("{}".utf8) && kept.headers["Authorization"] == "Bearer k")
    #expect(post.redirected(status: 200, location: "/x", origin: origin) == nil)
    #expect(post.redirected(status: 301, location: nil, origin: origin) == nil)
    #expect(post.redirected(status: 301, location: "ftp://example.com/x", origin: origin) == nil)
  }

  @Test("AsyncHTTPClient: a custom credential header does not follow a redirect to another origin")
  func customHeaderStaysHome() async throws {
    try await withServer({ _, _ in .json(#"{"name":"elsewhere"}"#) }) { other in
      let otherPort = other.port
      try await withServer({ _, _ in
        TestResponse(status: 307, headers: [("Location", "http://127.0.0.1:\(otherPort)/collect")], body: "")
      }) { api in
        let transport = ExampleAsyncHTTPClientTransport(credentialHeaders: ["X-Api-Key", "Authorization"])
        let request = ExampleTransportRequest(
          method: "POST", url: api.baseURL.appendingPathComponent("files"),
          headers: ["X-Api-Key": testAPIKey, "Content-Type": "application/json"], body: Data("{}".utf8))
        let response = try await transport.send(request, timeout: .seconds(10))
        #expect(response.status == 200)
        #expect(await api.requests.first?.header("x-api-key") == testAPIKey)
        let followed = try #require(await other.requests.first)
        #expect(followed.method == "POST")
        #expect(followed.header("x-api-key") == nil)
      }
    }
  }

  @Test("AsyncHTTPClient: a redirect loop ends after maxRedirects with an error")
  func redirectLimit() async throws {
    try await withServer({ _, _ in TestResponse(status: 302, headers: [("Location", "/api/again")], body: "") }) {
      server in
      let transport = ExampleAsyncHTTPClientTransport(maxRedirects: 3)
      let request = ExampleTransportRequest(method: "GET", url: server.baseURL.appendingPathComponent("start"))
      await #expect(throws: ExampleTransportError.self) { try await transport.send(request, timeout: .seconds(10)) }
      #expect(await server.requests.count == 4)
    }
  }
}

@Suite("Per-attempt timeouts return on every transport", .timeLimit(.minutes(5)))
struct TimeoutTests {
  private static let attempts = 50

  /// `attempts` consecutive calls to a server that never answers: each is `.timeout`.
  private func consecutiveTimeouts(_ transport: any ExampleHTTPTransport) async throws {
    try await withServer({ _, _ in TestResponse(delay: .seconds(3600)) }) { server in
      let client = makeClient(server, maxRetries: 0, timeout: .milliseconds(100), transport: transport)
      let outcomes = try await withDeadline(seconds: 240) {
        var outcomes: [String] = []
        for _ in 0..<Self.attempts {
          do throws(ExampleError) {
            _ = try await send(client)
            outcomes.append("success")
          } catch .timeout {
            outcomes.append("timeout")
          } catch {
            outcomes.append("\(error)")
          }
        }
        return outcomes
      }
      let finished = try #require(outcomes, "the calls did not return: a hang")
      #expect(finished == Array(repeating: "timeout", count: Self.attempts))
    }
  }

  @Test("50 consecutive timeouts", arguments: TransportKind.allCases)
  func consecutive(transport: TransportKind) async throws {
    try await consecutiveTimeouts(transport.transport)
  }

  @Test("50 consecutive timeouts on a transport that ignores cancellation")
  func stubborn() async throws {
    try await consecutiveTimeouts(StubbornTransport())
  }

  @Test("cancelling the caller ends the attempt at once, also on a transport that ignores it")
  func cancelled() async throws {
    let client = Example(
      apiKey: testAPIKey, baseURL: refusingURL, timeout: .seconds(600), maxRetries: 0,
      transport: StubbornTransport(), environment: [:])
    let outcome = try await withDeadline(seconds: 60) {
      let call = Task { () -> String in
        do {
          _ = try await send(client)
          return "success"
        } catch {
          return "\(error)"
        }
      }
      try await Task.sleep(for: .milliseconds(50))
      call.cancel()
      return await call.value
    }
    #expect(outcome == ExampleError.cancelled.description)
  }
}

@Suite("Connect protocol, middleware and options")
struct ClientHooksTests {
  @Test("Connect calls carry Connect-Protocol-Version: 1; other calls do not", arguments: TransportKind.allCases)
  func connectProtocolVersion(transport: TransportKind) async throws {
    try await withServer({ _, _ in .json("{}") }) { server in
      let client = makeClient(server, transport: transport.transport)
      _ = try await send(client, connectOperation)
      _ = try await send(client, plainOperation)
      let requests = await server.requests
      #expect(requests.count == 2)
      #expect(requests.first?.header("connect-protocol-version") == "1")
      #expect(requests.last?.header("connect-protocol-version") == nil)
    }
  }

  private struct Tagging: ExampleClientMiddleware {
    let tag: String

    func intercept(
      _ request: ExampleTransportRequest, operation: String,
      next: @Sendable (ExampleTransportRequest) async throws -> ExampleTransportResponse
    ) async throws -> ExampleTransportResponse {
      var request = request
      request.headers.add(name: "X-Tag", value: "\(tag):\(operation)")
      var response = try await next(request)
      response.headers.add(name: "X-Seen", value: tag)
      return response
    }
  }

  @Test("middlewares run around every attempt, the first outermost")
  func middlewares() async throws {
    try await withServer({ _, index in
      index == 0 ? .connectError("unavailable", status: 503) : .json(#"{"name":"ok"}"#)
    }) { server in
      let client = makeClient(server).withOptions { $0.middlewares = [Tagging(tag: "a"), Tagging(tag: "b")] }
      let response = try await send(client)
      #expect(response.value.name == "ok")
      #expect(response.headers.values(for: "X-Seen") == ["b", "a"])
      let requests = await server.requests
      #expect(requests.count == 2)
      for request in requests {
        // One field per middleware, or one field with both values (URLSession joins them).
        let tags = request.headers.filter { $0.name == "x-tag" }.flatMap { $0.value.split(separator: ",") }
        #expect(tags == ["a:SetGreeting", "b:SetGreeting"])
      }
    }
  }

  @Test("error.code is the Connect code of an error response")
  func errorCode() async throws {
    try await withServer({ _, _ in .connectError("not_found", status: 404) }) { server in
      do throws(ExampleError) {
        _ = try await send(makeClient(server))
        Issue.record("no error")
      } catch {
        #expect(error.code == .notFound)
      }
    }
    #expect(ExampleError.timeout.code == nil)
  }

  @Test("iterating pages by hand throws the client's error type")
  func typedPageIteration() async throws {
    try await withServer({ _, _ in .connectError("not_found", status: 404) }) { server in
      let client = makeClient(server)
      let firstResponse = ExampleAPIResponse(
        value: Numbers(numbers: [1], next: "2"), status: 200, headers: [:], body: Data())
      let first = ExamplePage<Numbers>(response: firstResponse) { token throws(ExampleError) in
        let response = try await client.core.send(
          connectOperation, body: Greeting(name: token), options: ExampleRequestOptions(), as: Numbers.self)
        return ExamplePage(response: response) { _ throws(ExampleError) in throw .cancelled }
      }
      var items = first.allItems.makeAsyncIterator()
      do throws(ExampleError) {
        #expect(try await items.next() == 1)
        _ = try await items.next()
        Issue.record("no error")
      } catch {
        #expect(error.code == .notFound)
      }
    }
  }

  @Test("the retry delays are set in the initializer")
  func retryDelays() {
    let client = Example(
      apiKey: "k", initialRetryDelay: .milliseconds(10), maxRetryDelay: .milliseconds(40), environment: [:])
    #expect(client.options.initialRetryDelay == .milliseconds(10))
    #expect(client.options.maxRetryDelay == .milliseconds(40))
  }
}
