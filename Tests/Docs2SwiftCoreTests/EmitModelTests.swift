import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Model emission")
struct EmitModelTests {
  @Test("names the module and client from the Python import, else from the title")
  func naming() throws {
    let files = try emitFiles(sampleAPI())
    // `from acme import AcmeClient`: the API is `Acme` (module, error), the client `AcmeClient`.
    #expect(files["Package.swift"]?.contains(#".library(name: "Acme", targets: ["Acme"])"#) == true)
    #expect(files["Sources/Acme/AcmeClient.swift"]?.contains("public struct AcmeClient: Sendable") == true)
    #expect(files["Sources/Acme/AcmeClient.swift"]?.contains(#"apiKeyEnvironmentVariable = "ACME_API_KEY""#) == true)
    #expect(files["Sources/Acme/Client/AcmeError.swift"] != nil)

    var api = sampleAPI()
    api.resources[0].methods[0].pythonExample = nil
    let fromTitle = try emitFiles(api.withConventions())
    #expect(fromTitle["Sources/Widgets/WidgetsClient.swift"] != nil)
  }

  @Test("Domain Types become Codable structs with wire names, optionals and nested in-place types")
  func domainType() throws {
    let files = try emitFiles(sampleAPI())
    let widget = try #require(files["Sources/Acme/Models/Widget.swift"])
    #expect(widget.contains("public struct Widget: Codable, Sendable, Hashable {"))
    #expect(widget.contains("/// A widget."))
    // proto3 JSON: an unset message (here a timestamp) is absent, so it is optional.
    #expect(widget.contains("  public var createdAt: AcmeTimestamp?\n"))
    #expect(widget.contains("  public var role: WidgetRole\n"))
    #expect(widget.contains("  public var `default`: Bool?\n"))
    #expect(widget.contains("  public var labels: [String: String]?\n"))
    #expect(widget.contains("  public var metadata: AcmeJSONValue?\n"))
    #expect(widget.contains("  public var owner: Owner?\n"))
    #expect(widget.contains("  public struct Owner: Codable, Sendable, Hashable {"))
    #expect(widget.contains("    public var userID: String\n"))
    #expect(widget.contains("    public struct Kind: RawRepresentable, Codable, Sendable, Hashable {"))
    #expect(widget.contains(#"      case userID = "userId""#))
    #expect(widget.contains("    case `default`\n"))
    // proto3 zero values: required scalars, enums and lists decode their zero when missing.
    #expect(widget.contains(#"self.id = try container.decodeIfPresent(String.self, forKey: .id) ?? """#))
    #expect(
      widget.contains("self.role = try container.decodeIfPresent(WidgetRole.self, forKey: .role) ?? .unspecified"))
    #expect(widget.contains("self.tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []"))
    #expect(widget.contains("self.count = try container.decodeIfPresent(Int.self, forKey: .count) ?? 0"))
    #expect(widget.contains("self.createdAt = try container.decodeIfPresent(AcmeTimestamp.self, forKey: .createdAt)\n"))
    #expect(widget.contains("self.metadata = try container.decodeIfPresent(AcmeJSONValue.self, forKey: .metadata)\n"))
  }

  @Test("zero-value defaults follow the reference's convention and the config switch")
  func zeroValues() throws {
    let rest = try emitFiles(sampleAPI(connectPaths: false))
    // The enum's _UNSPECIFIED value alone marks proto3 JSON.
    #expect(rest["Sources/Acme/Models/Widget.swift"]?.contains("?? .unspecified") == true)

    var plain = sampleAPI(connectPaths: false)
    plain.resources[0].types[1].values = ["ADMIN", "MEMBER"]
    let plainWidget = try #require(try emitFiles(plain.withConventions())["Sources/Acme/Models/Widget.swift"])
    #expect(plainWidget.contains("self.id = try container.decode(String.self, forKey: .id)\n"))

    let off = try emitFiles(sampleAPI(), config: GeneratorConfig(zeroValueDefaults: false))
    #expect(off["Sources/Acme/Models/Widget.swift"]?.contains("??") == false)
  }

  @Test("enums are RawRepresentable structs with constants for the documented values")
  func enums() throws {
    let role = try #require(try emitFiles(sampleAPI())["Sources/Acme/Models/WidgetRole.swift"])
    #expect(role.contains("public struct WidgetRole: RawRepresentable, Codable, Sendable, Hashable {"))
    #expect(role.contains(#"  public static let admin = Self(rawValue: "WIDGET_ROLE_ADMIN")"#))
    #expect(role.contains("    .unspecified,\n    .admin,\n    .member,\n"))
  }

  @Test("params carry body parameters in JSON and the others as plain properties; responses get types")
  func methods() throws {
    let files = try emitFiles(sampleAPI())
    let params = try #require(files["Sources/Acme/Params/WidgetCreateParams.swift"])
    #expect(params.contains("  public var pageSize: Int?\n"))
    #expect(params.contains("Sent as a query parameter, not in the JSON body."))
    #expect(params.contains("  public struct Filter: Codable, Sendable, Hashable {"))
    #expect(params.contains("    case filter\n  }"))
    #expect(!params.contains("case pageSize"))
    #expect(params.contains("    self.pageSize = nil\n"))
    #expect(
      params.contains("  public init(\n    name: String,\n    filter: Filter? = nil,\n    pageSize: Int? = nil\n  ) {"))

    let response = try #require(files["Sources/Acme/Responses/WidgetCreateResponse.swift"])
    #expect(response.contains("  public var widget: Widget?\n"))

    let empty = try #require(files["Sources/Acme/Responses/WidgetDeleteResponse.swift"])
    #expect(
      empty.contains(
        "public struct WidgetDeleteResponse: Codable, Sendable, Hashable {\n"
          + "  /// Creates a value without properties.\n  public init() {}\n}"))
  }

  @Test("round-trip tests embed every example")
  func roundTripTests() throws {
    let tests = try #require(try emitFiles(sampleAPI())["Tests/AcmeTests/ExamplesRoundTripTests.swift"])
    #expect(tests.contains(#"@Test("widgets.create request (Basic)")"#))
    #expect(tests.contains("func widgetsCreateRequest1() throws {"))
    #expect(tests.contains("try checkRoundTrip(WidgetCreateParams.self, json: json)"))
    #expect(tests.contains("try checkRoundTrip(WidgetCreateResponse.self, json: json)"))
    #expect(tests.contains("try checkRoundTrip(WidgetDeleteResponse.self, json: json)"))
  }

  @Test("members an example has but the reference does not document are expected to be dropped")
  func undocumentedExampleMembers() throws {
    var api = sampleAPI()
    api.resources[0].methods[1].responseExample = try JSONValue.parse(#"{"extra": 1}"#)
    let tests = try #require(try emitFiles(api)["Tests/AcmeTests/ExamplesRoundTripTests.swift"])
    #expect(tests.contains("// $.extra is not documented: the model drops it."))
    #expect(tests.contains("try checkRoundTrip(WidgetDeleteResponse.self, json: json, expected: expected)"))
  }

  @Test("output is deterministic")
  func determinism() throws {
    #expect(try emitFiles(sampleAPI()) == emitFiles(sampleAPI()))
  }

  @Test("access modifier and names come from the config")
  func config() throws {
    let config = try GeneratorConfig.parse(
      "# settings\nmoduleName: AcmeKit\nclientName: \"Acme\"\naccessModifier: package\nzeroValueDefaults: false\n",
      path: "docs2swift.yml")
    #expect(
      config
        == GeneratorConfig(
          moduleName: "AcmeKit", clientName: "Acme", accessModifier: .package, zeroValueDefaults: false))
    let files = try emitFiles(sampleAPI(), config: config)
    #expect(files["Sources/AcmeKit/Acme.swift"]?.contains("package struct Acme: Sendable") == true)
    #expect(files["Sources/AcmeKit/Models/Widget.swift"]?.contains("package var id: String") == true)
  }

  @Test("the config is YAML: lists as sequences, header names as a mapping, quotes and comments as YAML has them")
  func configIsYAML() throws {
    let config = try GeneratorConfig.parse(
      """
      %YAML 1.2
      ---
      clientName: 'Acme'   # a comment after a quoted value
      sdkVersion: "1.0 #1"
      generate: [models, client]
      readOnlyOperations:
        - VerifyDomain
        - SearchThings
      headerNames: {betas: anthropic-beta}
      zeroValueDefaults: no
      """, path: "cfg.yml")
    #expect(config.clientName == "Acme")
    #expect(config.sdkVersion == "1.0 #1")
    #expect(config.outputs == [.models, .client])
    #expect(config.readOnlyOperations == ["VerifyDomain", "SearchThings"])
    #expect(config.headerNames == ["betas": "anthropic-beta"])
    #expect(config.zeroValueDefaults == false)
    // The one-line forms the earlier files use stay valid.
    let oneLine = try GeneratorConfig.parse(
      "generate: models, client\nheaderNames: betas=anthropic-beta\n", path: "cfg.yml")
    #expect(oneLine.outputs == config.outputs && oneLine.headerNames == config.headerNames)
    // `parameterLocations` the same two ways.
    let placed = try GeneratorConfig.parse(
      "parameterLocations:\n  conversations.create.agent_id: query\n  x.update.body: whole-body\n", path: "cfg.yml")
    #expect(placed.parameterLocations == ["conversations.create.agent_id": .query, "x.update.body": .wholeBody])
    #expect(
      try GeneratorConfig.parse(
        "parameterLocations: conversations.create.agent_id=query, x.update.body=whole-body", path: "cfg.yml")
        == placed)
    // An empty file, or one of comments only, is the defaults.
    #expect(try GeneratorConfig.parse("", path: "cfg.yml") == GeneratorConfig())
    #expect(try GeneratorConfig.parse("# nothing set\n", path: "cfg.yml") == GeneratorConfig())
  }

  @Test(
    "config errors are located",
    arguments: [
      ("moduleName: Foo\nbogus: 1\n", "cfg.yml:2:1: error: unknown config key 'bogus'"),
      ("accessModifier: open\n", "cfg.yml:1:17: error: accessModifier must be 'public' or 'package', not 'open'"),
      ("zeroValueDefaults: maybe", "cfg.yml:1:20: error: zeroValueDefaults must be true or false, not 'maybe'"),
      ("\n  moduleName Foo\n", "cfg.yml:2:3: error: expected 'key: value' settings, not a scalar"),
      ("clientName: 1abc\n", "cfg.yml:1:13: error: '1abc' is not a Swift identifier"),
      // Real YAML: libyaml's errors, where it points.
      ("generate: [models, client\n", "cfg.yml:1:11: error: invalid YAML: while parsing a flow sequence"),
      ("moduleName: A\nmoduleName: B\n", "cfg.yml:1:1: error: invalid YAML: duplicate key 'moduleName'"),
      (
        "readOnlyOperations:\n  - A\n  - [x]\n", "cfg.yml:3:5: error: 'readOnlyOperations' lists values, not a sequence"
      ),
      ("moduleName:\n", "cfg.yml:1:1: error: missing value for 'moduleName'"),
      ("moduleName: [A]\n", "cfg.yml:1:13: error: 'moduleName' takes one value, not a sequence"),
      ("headerNames:\n  betas: a b\n", "cfg.yml:2:10: error: 'a b' (for 'betas') is not an HTTP header name"),
      (
        "parameterLocations:\n  a.b: header\n",
        "cfg.yml:2:8: error: 'a.b' travels in one of 'query', 'body', 'whole-body', 'form', not 'header'"
      ),
      (
        "parameterLocations: agent_id=query\n",
        "cfg.yml:1:21: error: 'agent_id' names no method's parameter: write '<method>.<parameter>'"
      ),
      ("parameterLocations: a.b\n", "cfg.yml:1:21: error: 'parameterLocations' lists 'name=value' pairs, not 'a.b'"),
      ("wireNames:\n  a..b: x\n", "cfg.yml:2:9: error: 'a..b' names no method's parameter"),
      ("wireNames:\n  a.b: \"x\\ny\"\n", "cfg.yml:2:8: error: the wire name of 'a.b' is text on one line"),
    ])
  func configErrors(text: String, message: String) {
    #expect(throws: DiagnosticError.self) { try GeneratorConfig.parse(text, path: "cfg.yml") }
    do {
      _ = try GeneratorConfig.parse(text, path: "cfg.yml")
    } catch {
      #expect(error.description.hasPrefix(message))
    }
  }
}
