import ExampleKitAsyncHTTPClient
import ExampleKitServer
import Foundation
import Testing

@testable import ExampleKit

/// Streaming operations (JSON lines) end to end over loopback HTTP: the server writes each
/// response as its line when the service yields it, and the client's stream decodes each as it
/// arrives, with both transports.
@Suite("Streaming (JSON lines)")
struct StreamingTests {
  static let watch = ExampleUnaryProcedure(
    path: "/example.v1.Echo/Watch", operation: "echo.watch", params: EchoParams.self, response: EchoResponse.self)
  static let operation = APIOperation(name: "Watch", method: "POST", path: "/example.v1.Echo/Watch", isReadOnly: true)

  /// A server whose stream yields `first`, then waits for `release` before yielding the rest:
  /// a client that gets `first` before releasing proves the lines travel one by one.
  static func server(release: AsyncStream<Void>) -> ExampleConnectServer {
    var router = ExampleConnectRouter()
    router.addStream(watch) { params, _ in
      guard params.text != "refuse" else { throw ExampleRPCError(.permissionDenied, "not yours") }
      return AsyncThrowingStream { continuation in
        let task = Task {
          continuation.yield(EchoResponse(text: "\(params.text) 1"))
          var iterator = release.makeAsyncIterator()
          _ = await iterator.next()
          for index in 2...(params.times ?? 3) { continuation.yield(EchoResponse(text: "\(params.text) \(index)")) }
          continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
      }
    }
    return ExampleConnectServer(
      router: router, authenticator: ExampleBearerTokenAuthenticator(token: ServerTests.token))
  }

  @Test("the server writes JSON lines as application/jsonl")
  func serverWritesLines() async throws {
    let (release, releaser) = AsyncStream<Void>.makeStream()
    releaser.yield()
    try await withRunningServer(Self.server(release: release)) { client in
      let response = try await client.post("/example.v1.Echo/Watch", json: #"{"text":"e"}"#)
      #expect(response.status == 200)
      #expect(response.headers["content-type"] == "application/jsonl")
      #expect(
        String(decoding: response.body, as: UTF8.self) == "{\"text\":\"e 1\"}\n{\"text\":\"e 2\"}\n{\"text\":\"e 3\"}\n"
      )
      let refused = try await client.post("/example.v1.Echo/Watch", json: #"{"text":"refuse"}"#)
      #expect(refused.status == 403)
      #expect(refused.errorCode == "permission_denied")
    }
  }

  struct BatchParams: Codable, Sendable {
    var id: String?
  }

  @Test("a REST method's JSON lines answer under its verb (datagrid's GET …/results)")
  func streamUnderItsVerb() async throws {
    let results = ExampleUnaryProcedure(
      path: "/v1/batches/{id}/results", operation: "batches.results", params: BatchParams.self,
      response: EchoResponse.self, method: "GET", mergePath: { params, path in params.id = path["id"] })
    var router = ExampleConnectRouter()
    router.addStream(results) { params, _ in
      AsyncThrowingStream { continuation in
        continuation.yield(EchoResponse(text: params.id ?? ""))
        continuation.finish()
      }
    }
    let server = ExampleConnectServer(
      router: router, authenticator: ExampleBearerTokenAuthenticator(token: ServerTests.token))
    try await withRunningServer(server) { client in
      let response = try await client.perform("GET", "/v1/batches/b1/results", json: nil)
      #expect(response.status == 200)
      #expect(response.headers["content-type"] == "application/jsonl")
      #expect(String(decoding: response.body, as: UTF8.self) == "{\"text\":\"b1\"}\n")
      let posted = try await client.post("/v1/batches/b1/results")
      #expect(posted.status == 405)
    }
  }

  @Test("the client decodes each line as it arrives", arguments: ["URLSession", "AsyncHTTPClient"])
  func clientStreams(transportName: String) async throws {
    let (release, releaser) = AsyncStream<Void>.makeStream()
    try await withRunningServer(Self.server(release: release)) { http in
      let transport: any ExampleHTTPTransport =
        transportName == "URLSession" ? ExampleURLSessionTransport() : ExampleAsyncHTTPClientTransport()
      let client = Example(
        apiKey: ServerTests.token, baseURL: URL(string: "http://127.0.0.1:\(http.port)")!, maxRetries: 0,
        transport: transport, environment: [:])
      let stream = try await client.core.stream(
        Self.operation, body: EchoParams(text: "w", times: 4), options: ExampleRequestOptions(), as: EchoResponse.self)
      var received: [String] = []
      for try await event in stream {
        received.append(event.text)
        if received.count == 1 { releaser.yield() }
      }
      #expect(received == ["w 1", "w 2", "w 3", "w 4"])

      do {
        _ = try await client.core.stream(
          Self.operation, body: EchoParams(text: "refuse"), options: ExampleRequestOptions(), as: EchoResponse.self)
        Issue.record("a refused stream did not throw")
      } catch {
        #expect((error as? ExampleError)?.statusError?.status == 403)
      }
    }
  }

  @Test("a stream stops when its consumer stops")
  func cancelling() async throws {
    let (release, _) = AsyncStream<Void>.makeStream()
    try await withRunningServer(Self.server(release: release)) { http in
      let client = Example(
        apiKey: ServerTests.token, baseURL: URL(string: "http://127.0.0.1:\(http.port)")!, maxRetries: 0,
        environment: [:])
      let stream = try await client.core.stream(
        Self.operation, body: EchoParams(text: "c"), options: ExampleRequestOptions(), as: EchoResponse.self)
      // The server never sends a second line; leaving the loop ends the stream.
      for try await event in stream {
        #expect(event.text == "c 1")
        break
      }
    }
  }

  @Test("lines split anywhere, and ending with \\n, \\r\\n or nothing, decode the same")
  func splitter() {
    var splitter = JSONLinesSplitter()
    var lines = splitter.append(Data("{\"a\":1}\r\n{\"a\"".utf8))
    lines += splitter.append(Data(":2}\n\n{\"a\":3}".utf8))
    if let last = splitter.finish() { lines.append(last) }
    #expect(lines.map { String(decoding: $0, as: UTF8.self) } == [#"{"a":1}"#, #"{"a":2}"#, #"{"a":3}"#])
  }
}
