import ExampleKitHummingbird
import ExampleKitServer
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// Adds a header to every response of the routes it applies to.
private struct StampMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response = try await next(request, context)
    response.headers[HTTPField.Name("X-Stamp")!] = "router"
    return response
  }
}

/// Issue 15: the server's procedures are routes of the application's own Hummingbird router, so
/// its routes and route middleware apply to them.
@Suite("Connect procedures on a Hummingbird router")
struct RouterRegistrationTests {
  @Test("procedures, the app's own routes and its middleware share one router")
  func sharedRouter() async throws {
    let router = Router()
    router.add(middleware: StampMiddleware())
    router.get("/health") { _, _ in "ok" }
    router.addRoutes(connect: ServerTests.server())
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    let app = Application(
      router: router, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
      onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) })
    let task = Task { try await app.runService() }
    defer { task.cancel() }
    var iterator = ports.makeAsyncIterator()
    let port = try #require(await iterator.next())
    let client = HTTPTestClient(port: port)

    let call = try await client.post("/example.v1.Echo/Say?times=2", json: #"{"text":"ab"}"#)
    #expect(call.status == 200)
    #expect(call.json == ["text": "abab"])
    #expect(call.headers["x-stamp"] == "router")

    let unauthenticated = try await client.post("/example.v1.Echo/Say", json: #"{"text":"ab"}"#, token: nil)
    #expect(unauthenticated.status == 401)
    #expect(unauthenticated.errorCode == "unauthenticated")
    #expect(unauthenticated.headers["x-stamp"] == "router")

    let health = try await client.perform("GET", "/health")
    #expect(health.status == 200)
    #expect(String(decoding: health.body, as: UTF8.self) == "ok")
    #expect(health.headers["x-stamp"] == "router")

    let unknown = try await client.post("/example.v1.Echo/Nope")
    #expect(unknown.status == 404)
  }
}
