import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Documentation of the generated SDK (DocC catalog, API.md, examples target)")
struct EmitDocsTests {
  static let generated = repositoryRoot.appendingPathComponent("Generated").path

  static func read(_ path: String) throws -> String {
    try String(contentsOfFile: generated + "/" + path, encoding: .utf8)
  }

  static func files(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: generated + "/" + folder).sorted()
  }

  @Test("every request example of the seed is a compiled function and a snippet of the catalog")
  func examplesCount() throws {
    let api = try Pipeline.load(path: seedPath).api
    let examples = api.allMethods.reduce(0) { $0 + $1.examples.count }
    #expect(examples == 49)

    var functions = 0
    for file in try Self.files(in: "Sources/GitpodExamples") where file != "GettingStartedExamples.swift" {
      let text = try Self.read("Sources/GitpodExamples/" + file)
      functions += text.components(separatedBy: "public static func ").count - 1
    }
    #expect(functions == examples)

    var snippets = 0
    var sections = 0
    for file in try Self.files(in: "Sources/Gitpod/Gitpod.docc") where file.hasSuffix("-resource.md") {
      let text = try Self.read("Sources/Gitpod/Gitpod.docc/" + file)
      snippets += text.components(separatedBy: "```swift\n").count - 1
      sections +=
        text.split(separator: "\n").filter { $0.hasPrefix("## ") && $0 != "## Overview" && $0 != "## Topics" }
        .count
    }
    #expect(snippets == examples)
    #expect(sections == api.allMethods.count)
    #expect(try Self.files(in: "Sources/Gitpod/Gitpod.docc").contains("Gitpod.md"))
    #expect(try Self.read("Package.swift").contains(#".target(name: "GitpodExamples", dependencies: ["Gitpod"])"#))
  }

  @Test("API.md lists all 35 methods with Swift signatures and linked types")
  func apiMarkdown() throws {
    let api = try Pipeline.load(path: seedPath).api
    let text = try Self.read("API.md")
    let methods = text.split(separator: "\n").filter { $0.hasPrefix("- <code title=\"") }
    #expect(methods.count == 35)
    #expect(methods.count == api.allMethods.count)
    for line in methods {
      #expect(line.contains("client.organizations."))
      #expect(
        line.contains(") async throws(<a href=\"./Sources/Gitpod/Client/GitpodError.swift\">GitpodError</a>) -&gt; "))
    }
    #expect(
      text.contains(
        #"client.organizations.<a href="./Sources/Gitpod/Client/Resources/OrganizationsResource.swift">listMembers</a>("#
      ))
    #expect(text.contains("Page</a>&lt;<a href=\"./Sources/Gitpod/Responses/MembersPage.swift\">MembersPage</a>&gt;"))
    // Every linked file exists.
    for match in text.components(separatedBy: "href=\"./").dropFirst() {
      let path = String(match.prefix { $0 != "\"" })
      #expect(FileManager.default.fileExists(atPath: Self.generated + "/" + path), "API.md links \(path)")
    }
  }

  @Test("a request example becomes a call: labels, nested types, enum members, raw values, maps, arrays")
  func translation() throws {
    var api = sampleAPI()
    let request = try JSONValue.parse(
      #"""
      {"widgetId": "w1", "widget": {"id": "1", "createdAt": "2019-12-27T18:11:19.117Z", "role": "WIDGET_ROLE_ADMIN",
       "labels": {"team": "core"}, "metadata": {"k": [1, true, null]}, "tags": ["a", "b"], "count": "3",
       "owner": {"userId": "u", "kind": "KIND_ALIEN"}, "extra": 1}}
      """#)
    let update = Method(
      name: "update", operation: "UpdateWidget",
      http: HTTPEndpoint(method: "POST", path: "/acme.v1.WidgetService/UpdateWidget"),
      summary: "Updates a widget.", description: "Updates a widget.", paramsType: "WidgetUpdateParams",
      params: [
        field("widget_id", .string, location: .body), field("widget", .ref("Widget"), required: false, location: .body),
      ],
      returns: nil, returnsName: "object", pagination: nil,
      examples: [RequestExample(title: "Make an admin", description: "", request: request)], responseExample: nil,
      pythonExample: nil)
    api.resources[0].methods.append(update)
    let files = try emitFiles(api)
    let examples = try #require(files["Sources/AcmeExamples/WidgetsExamples.swift"])
    #expect(examples.contains("public static func makeAnAdmin(client: AcmeClient) async throws(AcmeError)"))
    #expect(examples.contains("let response = try await client.widgets.update(\n      widgetID: \"w1\",\n"))
    #expect(examples.contains("widget: Widget(\n"))
    #expect(examples.contains("createdAt: AcmeTimestamp(rfc3339: \"2019-12-27T18:11:19.117Z\")!,"))
    #expect(examples.contains("role: .admin,"))
    #expect(examples.contains(#"labels: ["team": "core"],"#))
    #expect(examples.contains(#"metadata: ["k": [1, true, nil]],"#))
    #expect(examples.contains(#"tags: ["a", "b"],"#))
    #expect(examples.contains("count: 3,"))
    #expect(examples.contains(#"owner: Widget.Owner(userID: "u", kind: Widget.Owner.Kind(rawValue: "KIND_ALIEN"))"#))
    #expect(examples.contains("// widget.extra is not documented: the example leaves it out"))

    let article = try #require(files["Sources/Acme/Acme.docc/widgets-resource.md"])
    #expect(article.contains("``WidgetsResource/update(widgetID:widget:options:)``"))
    #expect(article.contains("### Make an admin"))
    let reference = try #require(files["API.md"])
    #expect(
      reference.contains(
        ">update</a>(widgetID: String, widget: <a href=\"./Sources/Acme/Models/Widget.swift\">Widget</a>? = nil)"))
  }

  @Test("long lines break one argument per line, collections with trailing commas")
  func layout() {
    typealias Writer = SwiftExampleWriter
    let call = Writer.Expression.call(
      callee: "f",
      arguments: [
        .init(label: "a", value: .array([.atom(String(repeating: "x", count: 30)), .atom("y")])),
        .init(label: nil, value: .dictionary([])),
      ])
    #expect(
      Writer.layout(call, prefix: "let v = ", suffix: "", indent: 0, width: 80) == [
        "let v = f(a: [\(String(repeating: "x", count: 30)), y], [:])"
      ])
    #expect(
      Writer.layout(call, prefix: "let v = ", suffix: "", indent: 0, width: 30) == [
        "let v = f(", "  a: [", "    \(String(repeating: "x", count: 30)),", "    y,", "  ],", "  [:]", ")",
      ])
  }

  @Test("as swift-format lays it out: one element keeps no trailing comma, a long callee breaks before its member")
  func layoutAsSwiftFormat() {
    typealias Writer = SwiftExampleWriter
    let long = String(repeating: "x", count: 30)
    let one = Writer.Expression.call(callee: "f", arguments: [.init(label: "a", value: .array([.atom(long)]))])
    #expect(
      Writer.layout(one, prefix: "", suffix: "", indent: 0, width: 30) == ["f(", "  a: [", "    \(long)", "  ]", ")"])
    let pairs = Writer.Expression.dictionary([("\"k\"", .atom(long))])
    #expect(Writer.layout(pairs, prefix: "", suffix: "", indent: 0, width: 30) == ["[", "  \"k\": \(long)", "]"])
    // gitpod-full.md's `EnvironmentInitializerParam.Spec.SpecContextURL(` would end past the line.
    let nested = Writer.Expression.call(
      callee: "Outer.Middle.Inner", arguments: [.init(label: "url", value: .atom("\"\(long)\""))])
    #expect(
      Writer.layout(nested, prefix: "contextURL: ", suffix: ",", indent: 2, width: 30) == [
        "  contextURL: Outer.Middle", "    .Inner(", "      url: \"\(long)\"", "    ),",
      ])
  }

  @Test("a test's display name is shortened at a word when its line would be too long")
  func testDisplayNames() {
    #expect(SwiftLayout.testDisplayName("widgets.list sends \"all\"") == #"widgets.list sends \"all\""#)
    let summary = "Create a token to join an agent run conversation in a front-end application"
    let name = SwiftLayout.testDisplayName("agents.create_execution_conversation_token request (\(summary))")
    #expect(
      name
        == "agents.create_execution_conversation_token request (Create a token to join an agent run conversation in a…")
    #expect(!SwiftLayout.overflows("  @Test(\"" + name + "\")"))
    #expect(SwiftLayout.overflows("  @Test(\"" + name.dropLast() + " front-end…\")"))
  }
}
