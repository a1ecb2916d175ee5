import ExampleKit
import ExampleKitServer
import Foundation
import Testing

/// Method parameters that travel in headers (`betas` in `anthropic-beta: a,b`), read back as
/// the client's `setHeader` writes them.
@Suite("Header parameters on the server")
struct ServerHeaderParametersTests {
  struct Level: RawRepresentable, Codable, Sendable, Hashable {
    var rawValue: String
  }

  struct Params: Codable, Sendable {
    var text: String
    var betas: [String]?
    var retries: Int?
    var dryRun: Bool?
    var level: Level?
    var levels: [Level]?
  }

  static let say = ExampleUnaryProcedure(
    path: "/v1/say", operation: "messages.say", params: Params.self, response: EchoResponse.self,
    method: "POST",
    mergeHeaders: { params, headers in
      params.betas = try headers.parameter("acme-beta", as: [String].self) ?? params.betas
      params.retries = try headers.parameter("x-retries", as: Int.self) ?? params.retries
      params.dryRun = try headers.parameter("x-dry-run", as: Bool.self) ?? params.dryRun
      params.level = try headers.parameter("x-level", as: Level.self) ?? params.level
      params.levels = try headers.parameter("x-levels", as: [Level].self) ?? params.levels
    })

  @Test("each header's text becomes the parameter's type; a list is split at its commas, over several fields")
  func readsEachType() throws {
    let headers = ExampleHTTPHeaderFields([
      ("Acme-Beta", "tools-1, files-2"), ("acme-beta", "web-3"), ("X-Retries", "3"), ("x-dry-run", "true"),
      ("x-level", "high"), ("x-levels", "low,123"),
    ])
    let params = try Self.say.decodeParams(
      body: Array(#"{"text":"hi"}"#.utf8), query: ExampleQueryParameters(nil), headers: headers)
    #expect(params.text == "hi")
    #expect(params.betas == ["tools-1", "files-2", "web-3"])
    #expect(params.retries == 3)
    #expect(params.dryRun == true)
    #expect(params.level == Level(rawValue: "high"))
    // An enum value that reads as a number is still the enum's text.
    #expect(params.levels == [Level(rawValue: "low"), Level(rawValue: "123")])
  }

  @Test("a header the request lacks leaves the body's value; text of another type is invalid_argument")
  func absentAndInvalid() throws {
    let body = Array(#"{"text":"hi","retries":2,"betas":["a"]}"#.utf8)
    let kept = try Self.say.decodeParams(body: body, query: ExampleQueryParameters(nil))
    #expect(kept.retries == 2 && kept.betas == ["a"])
    #expect(throws: ExampleRPCError.self) {
      try Self.say.decodeParams(
        body: body, query: ExampleQueryParameters(nil), headers: ExampleHTTPHeaderFields([("x-retries", "many")]))
    }
    do {
      _ = try Self.say.decodeParams(
        body: body, query: ExampleQueryParameters(nil), headers: ExampleHTTPHeaderFields([("x-dry-run", "1")]))
      Issue.record("a Bool header of '1' was accepted")
    } catch let error as ExampleRPCError {
      #expect(error.code == .invalidArgument)
      #expect(error.message == "header 'x-dry-run' has an invalid value")
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  /// A required header parameter: decoded with a stand-in, which only the header replaces.
  struct Signed: Codable, Sendable {
    var text: String
    var signature = ""
    enum CodingKeys: String, CodingKey { case text }
  }

  static let sign = ExampleUnaryProcedure(
    path: "/v1/sign", operation: "messages.sign", params: Signed.self, response: EchoResponse.self,
    method: "POST",
    mergeHeaders: { params, headers in
      params.signature = try headers.parameter("x-signature", as: String.self) ?? headers.missing("x-signature")
    })

  @Test("a required header the request lacks is invalid_argument naming it")
  func requiredHeader() throws {
    let body = Array(#"{"text":"hi"}"#.utf8)
    let signed = try Self.sign.decodeParams(
      body: body, query: ExampleQueryParameters(nil), headers: ExampleHTTPHeaderFields([("X-Signature", "abc")]))
    #expect(signed.signature == "abc")
    #expect {
      try Self.sign.decodeParams(body: body, query: ExampleQueryParameters(nil))
    } throws: { error in
      (error as? ExampleRPCError)?.code == .invalidArgument
        && (error as? ExampleRPCError)?.message == "header 'x-signature' is required"
    }
  }

  @Test("over HTTP, the handler sees the header parameters the request carried")
  func overHTTP() async throws {
    var router = ExampleConnectRouter()
    router.add(Self.say) { params, _ in
      EchoResponse(text: "\(params.text) \(params.betas ?? []) \(params.retries ?? 0)")
    }
    let server = ExampleConnectServer(
      router: router, authenticator: ExampleBearerTokenAuthenticator(token: ServerTests.token))
    try await withRunningServer(server) { client in
      let response = try await client.post(
        "/v1/say", json: #"{"text":"hi"}"#, headers: [("acme-beta", "a,b"), ("X-Retries", "4")])
      #expect(response.status == 200)
      #expect(response.json == ["text": #"hi ["a", "b"] 4"#])
    }
  }
}
