import Foundation
import Testing

@testable import Docs2SwiftCore

/// A generated top-level type never takes a name that a user's file sees beside it (Swift,
/// Foundation, Concurrency, Logging) or that the generated code uses from a framework where it
/// also sees the models: either would be ambiguous there ("'SortOrder' is ambiguous for type
/// lookup in this context").
@Suite("Type names that would shadow imported ones")
struct TypeNameShadowingTests {
  @Test("a Domain Type named like a Swift, Foundation, Logging or framework type is renamed, and said where")
  func renamed() throws {
    let text = """
      # Widgets

      ## Retrieve Widget

      `widgets.retrieve(strwidget_id) -> Widget`

      **get** `/widgets/{widget_id}`

      Retrieves a widget.

      ### Parameters

      - `widget_id: str`

      ### Returns

      - `class Widget: …`
        - `id: str`
        - `every: TimeInterval`
          - `"day"`
          - `"week"`

      ## Domain Types

      ### Sort Order

      - `SortOrder = Literal["asc", "desc"]`
        - `"asc"`
        - `"desc"`

      ### Logger

      - `class Logger: …`
        - `level: str`

      ### HTTP Client

      - `class HTTPClient: …`
        - `agent: str`

      ### Issue

      - `class Issue: …`
        - `title: str`

      ### Request

      - `class Request: …`
        - `id: str`

      """
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let result = try Pipeline.parse(SourceFile(path: "shadow.md", text: text))
    let (model, warnings) = try SwiftModel.decide(result.api, config: GeneratorConfig())
    let names = Set(model.declarations.map(\.name))
    for renamed in ["TimeIntervalModel", "SortOrderModel", "LoggerModel", "HTTPClientModel"] {
      #expect(names.contains(renamed))
    }
    // Hummingbird's `Request` is not seen beside the models anywhere in the generated code; the
    // tests write `Testing.Issue`.
    #expect(names.contains("Request"))
    #expect(names.contains("Issue"))
    #expect(!names.contains(where: { ["TimeInterval", "SortOrder", "Logger", "HTTPClient"].contains($0) }))
    func line(of message: String) -> String? {
      warnings.first { $0.message.contains(message) }?.location.map { lines[$0.line - 1] }
    }
    #expect(line(of: "'SortOrder' is a name Foundation declares") == "- `SortOrder = Literal[\"asc\", \"desc\"]`")
    #expect(line(of: "'Logger' is a name Logging declares") == "- `class Logger: …`")
    #expect(line(of: "'HTTPClient' is a name AsyncHTTPClient declares") == "- `class HTTPClient: …`")
    // An enum written in place, shared: at the method that first writes it.
    #expect(
      line(of: "type 'TimeInterval' is generated as 'TimeIntervalModel': 'TimeInterval' is a name Foundation declares")
        == "## Retrieve Widget")
  }

  @Test("a Domain Type named like one of the package's modules or the server's own types is renamed")
  func packageNames() throws {
    let text = """
      # Widgets

      ## Retrieve Widget

      `widgets.retrieve(strwidget_id) -> WidgetsMock`

      **get** `/widgets/{widget_id}`

      ### Parameters

      - `widget_id: str`

      ## Domain Types

      ### Widgets Mock

      - `class WidgetsMock: …`
        - `level: str`

      ### Widgets Services

      - `class WidgetsServices: …`
        - `name: str`

      ### Widgets Hummingbird

      - `class WidgetsHummingbird: …`
        - `agent: str`

      """
    let result = try Pipeline.parse(SourceFile(path: "package-names.md", text: text))
    let (model, warnings) = try SwiftModel.decide(result.api, config: GeneratorConfig())
    #expect(model.moduleName == "Widgets")
    let names = Set(model.declarations.map(\.name))
    let taken = Set(model.modules.reservedNames)
    #expect(taken.isSuperset(of: ["WidgetsMock", "WidgetsServices", "WidgetsHummingbird", "WidgetsMockExamples"]))
    #expect(names.isDisjoint(with: taken))
    #expect(names.isSuperset(of: ["WidgetsMock2", "WidgetsServices2", "WidgetsHummingbird2"]))
    #expect(warnings.contains { $0.message.contains("'WidgetsServices' is generated as 'WidgetsServices2'") })
  }

  @Test("a Domain Type named like a runtime file keeps its name, in a file of another name")
  func runtimeFileNames() throws {
    // nextbillion's `Pagination` beside the runtime's `Client/Pagination.swift`: two sources of
    // one module with one file name are one object file ("multiple producers"), whatever their
    // folders, and on macOS so are names that differ in case only.
    let text = """
      # Widgets

      ## List Widgets

      `widgets.list() -> Pagination`

      **get** `/widgets`

      ## Domain Types

      ### Pagination

      - `class Pagination: …`
        - `streaming: Streaming`
        - `page: PaginationModel`
        - `union: Optional[UNION]`

      ### Streaming

      - `class Streaming: …`
        - `every: str`

      ### Pagination Model

      - `class PaginationModel: …`
        - `size: int`

      ### Union

      - `class UNION: …`
        - `left: str`

      """
    let api = try Pipeline.parse(SourceFile(path: "runtime-files.md", text: text)).api
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    let files = Dictionary(
      uniqueKeysWithValues: model.declarations.map { ("\($0.folder)/\($0.name)", $0.fileName) })
    #expect(files["Models/Pagination"] == "PaginationModel2")  // (`PaginationModel` is a model's own)
    #expect(files["Models/PaginationModel"] == "PaginationModel")
    #expect(files["Models/Streaming"] == "StreamingModel")
    #expect(files["Models/UNION"] == "UNIONModel")  // (the runtime's `Support/Union.swift`)
    let paths = try emitFiles(api).keys.filter { $0.hasPrefix("Sources/Widgets/") && $0.hasSuffix(".swift") }
    let names = paths.map { $0.split(separator: "/").last!.lowercased() }
    #expect(Set(names).count == names.count, "\(paths.sorted())")
    #expect(paths.contains("Sources/Widgets/Models/PaginationModel2.swift"))
    #expect(paths.contains("Sources/Widgets/Client/Pagination.swift"))
  }

  @Test("a resource titled Getting Started keeps its examples apart from the landing page's")
  func gettingStartedResource() throws {
    // Its examples enum was `GettingStartedExamples`, the landing page's: "two generated files
    // would share the path".
    let seed = try Pipeline.readSource(path: repositoryRoot.appendingPathComponent("spec/gitpod-organizations.md").path)
    let text = seed.text.replacingOccurrences(of: "# Invites ## ", with: "# Getting Started ## ")
    #expect(text != seed.text)
    let api = try Pipeline.parse(SourceFile(path: "getting-started.md", text: text)).api
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    #expect(model.resources.map(\.examplesName).contains("GettingStartedResourceExamples"))
    #expect(model.resources.map(\.examplesName).contains("OrganizationsExamples"))
    let files = try emitFiles(api)
    #expect(
      files["Sources/GitpodExamples/GettingStartedExamples.swift"]?.contains("enum GettingStartedExamples") == true)
    let resource = try #require(files["Sources/GitpodExamples/GettingStartedResourceExamples.swift"])
    #expect(resource.contains("enum GettingStartedResourceExamples"))
  }

  @Test(
    "the generated code uses, where it imports the models, no name it has not reserved",
    arguments: [("Tests/REST/acme.md", "Acme"), ("spec/gitpod-organizations.md", "Gitpod")])
  func generatedCodeUsesOnlyReservedNames(reference: String, module: String) throws {
    let api = try Pipeline.load(path: repositoryRoot.appendingPathComponent(reference).path).api
    let files = try emitFiles(api).filter { $0.key.hasSuffix(".swift") }
    let declaration = try Regex(
      #"\b(?:struct|class|enum|protocol|typealias|actor|associatedtype)\s+([A-Z]\w*)"#)
    var declared: Set<String> = ["Self", "Any", "Type", "Protocol"]
    for text in files.values {
      for match in Self.code(text).matches(of: declaration) { declared.insert(String(match.output[1].substring!)) }
    }
    // The package's own modules and server types, which the models' names are kept apart from.
    let modules = Set(PackageModules(models: module).reservedNames)
    var unreserved: [String: Set<String>] = [:]
    for (path, text) in files {
      let lines = text.split(separator: "\n")
      guard lines.contains(where: { $0 == "import \(module)" || $0 == "@testable import \(module)" }) else { continue }
      let code = Self.code(text)
      // A generic parameter (`<Context: RequestContext>`) shadows a model within its scope.
      var generic: Set<String> = []
      for match in code.matches(of: try Regex(#"<\s*([A-Z]\w*)\s*[:,>]"#)) {
        generic.insert(String(match.output[1].substring!))
      }
      // (Not after `@`: `@Test` and `@Suite` are macros, found apart from a model `Test`.)
      for match in code.matches(of: try Regex(#"(?:^|[^.@\w])([A-Z]\w*)"#)) {
        let name = String(match.output[1].substring!)
        // (A type name has no underscore: `SOCK_STREAM` is a C constant.)
        if declared.contains(name) || generic.contains(name) || name.contains("_") || modules.contains(name)
          || SwiftNaming.shadowedModule(name) != nil
        {
          continue
        }
        unreserved[name, default: []].insert(path)
      }
    }
    #expect(unreserved.isEmpty, "used beside the models, not reserved: \(unreserved.sorted { $0.key < $1.key })")
  }

  /// `text` without comments, string literals and compilation conditions: what the compiler
  /// resolves names in.
  static func code(_ text: String) -> String {
    text.replacing(#/#if[^\n]*/#, with: "").replacing(#/"""[\s\S]*?"""/#, with: "\"\"").replacing(
      #/"(?:\\.|[^"\\\n])*"/#, with: "\"\""
    )
    .replacing(#///[^\n]*/#, with: "")
  }
}
