import Testing

@testable import Docs2SwiftCore

/// The request one call makes, as the generated tests expect and send it (issue 14), and how
/// arrays travel in the query.
@Suite struct WireRequestTests {
  static func method(_ verb: String, _ path: String, _ params: [Field]) -> Method {
    Method(
      name: "m", operation: "M", http: HTTPEndpoint(method: verb, path: path), summary: "", description: "",
      paramsType: "P", params: params, returns: nil, returnsName: "", pagination: nil, examples: [],
      responseExample: nil, pythonExample: nil)
  }

  static func field(_ name: String, _ type: TypeRef, _ location: ParameterLocation) -> Field {
    Field(name: name, jsonName: name, required: true, type: type, description: "", location: location)
  }

  @Test("each parameter travels where the model says: path segment, query item or body")
  func locations() {
    let patch = Self.method(
      "patch", "/v1/cards/{card_token}/notes",
      [
        Self.field("card_token", .string, .path), Self.field("dry_run", .boolean, .query),
        Self.field("memo", .string, .body),
      ])
    let wire = WireRequest(
      patch, params: .object([("card_token", .string("a b/c")), ("dry_run", .bool(true)), ("memo", .string("x"))]),
      arrayFormat: "brackets")
    #expect(wire.method == "PATCH")
    #expect(wire.path == "/v1/cards/a%20b%2Fc/notes")
    #expect(wire.query == [WireRequest.QueryItem(name: "dry_run", value: "true")])
    #expect(wire.body == .object([("memo", .string("x"))]))
    #expect(wire.target == "/v1/cards/a%20b%2Fc/notes?dry_run=true")

    // A GET has no body; a path parameter the call lacks keeps its name.
    let get = Self.method("GET", "/v1/cards/{card_token}", [Self.field("card_token", .string, .path)])
    let bare = WireRequest(get, params: .object([]), arrayFormat: "brackets")
    #expect(bare.path == "/v1/cards/card_token")
    #expect(bare.body == nil)
  }

  @Test("arrays of scalars in the query follow the API's format; objects are name[key]")
  func arrays() {
    let list = Self.method(
      "GET", "/v1/disputes",
      [Self.field("tokens", .array(.string), .query), Self.field("filter", .map(.string), .query)])
    let params = JSONValue.object([
      ("tokens", .array([.string("a"), .string("b")])),
      ("filter", .object([("z", .string("1")), ("k", .string("2"))])),
    ])
    func items(_ format: String) -> [String] {
      WireRequest(list, params: params, arrayFormat: format).query.map { "\($0.name)=\($0.value)" }
    }
    #expect(items("brackets") == ["tokens[]=a", "tokens[]=b", "filter[k]=2", "filter[z]=1"])
    #expect(items("comma") == ["tokens=a,b", "filter[k]=2", "filter[z]=1"])
    #expect(items("repeat") == ["tokens=a", "tokens=b", "filter[k]=2", "filter[z]=1"])
  }

  @Test("the query's array format: the config's, else brackets with a warning at the first array query parameter")
  func arrayFormatDecision() throws {
    let lithic = try RESTReferenceTests.parse("lithic").structured.api
    let location = try #require(lithic.conventions.arrayQueryParameterLocation)
    #expect(location.file.hasSuffix("lithic.md"))
    let (guessed, warnings) = try SwiftModel.decide(lithic, config: GeneratorConfig())
    #expect(guessed.queryArrayFormat == "brackets")
    let warning = try #require(warnings.first { $0.message.contains("queryArrayFormat") })
    #expect(warning.location == location)

    let config = try GeneratorConfig.parse("queryArrayFormat: comma\n", path: "c.yml")
    let (decided, quiet) = try SwiftModel.decide(lithic, config: config)
    #expect(decided.queryArrayFormat == "comma")
    #expect(!quiet.contains { $0.message.contains("queryArrayFormat") })
    #expect(throws: DiagnosticError.self) { try GeneratorConfig.parse("queryArrayFormat: pipes\n", path: "c.yml") }

    // The seed has no array query parameter: nothing to decide, no warning.
    let seed = try Pipeline.parse(
      Pipeline.readSource(path: repositoryRoot.appendingPathComponent("spec/gitpod-organizations.md").path)
    ).api
    #expect(seed.conventions.arrayQueryParameterLocation == nil)
  }
}
