import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Runtime sources")
struct RuntimeSourcesTests {
  let gitpod = RuntimeNames(
    modules: PackageModules(models: "Gitpod"), typePrefix: "Gitpod", clientName: "Gitpod", access: "public")

  @Test("only whole stand-in names are replaced")
  func wholeNames() {
    let names = RuntimeNames(
      modules: PackageModules(models: "MyKit"), typePrefix: "My", clientName: "My", errorName: "MyError",
      access: "package",
      executableName: "my-kit-server")
    let text = """
      import ExampleKit
      public struct ExampleError: Error {}  // not ExampleErrors, examples, Examples or publicly
      let page: ExamplePage<Int>; let e = ExampleRPCError.self  // not Exampled, ExamplePage_ is
      let ownPrefix = ExamplePage_
      let agent = "ExampleKit-Swift/\\(Example.version)"; let label = "examplekit"
      let server = "example-kit-server"; let other = "example-kit-servers"
      public private(set) var x: ExampleKitServer.Thing  // _Example Example_ Example2 é
      """
    #expect(
      names.substitute(in: text) == """
        import MyKit
        package struct MyError: Error {}  // not MyErrors, examples, Examples or publicly
        let page: MyPage<Int>; let e = MyRPCError.self  // not Exampled, MyPage_ is
        let ownPrefix = MyPage_
        let agent = "MyKit-Swift/\\(My.version)"; let label = "mykit"
        let server = "my-kit-server"; let other = "example-kit-servers"
        package private(set) var x: MyKitServer.Thing  // _Example Example_ Example2 é
        """)
  }

  @Test("access nil leaves `public` alone; text without stand-ins is returned as it is")
  func accessNil() {
    let names = RuntimeNames(
      modules: PackageModules(models: "Gitpod"), typePrefix: "Gitpod", access: nil, executableName: "gp-server")
    #expect(names.substitute(in: "public let name = \"example-kit-server\"") == "public let name = \"gp-server\"")
    #expect(names.substitute(in: "nothing to do") == "nothing to do")
    #expect(names.substitute(in: "") == "")
  }

  @Test("the import lines are sorted after substitution, repeats dropped")
  func importsSorted() {
    let text = "// header\n\nimport AsyncHTTPClient\nimport ExampleKit\nimport Foundation\nimport Zed\n\nlet x = 1\n"
    let names = RuntimeNames(modules: PackageModules(models: "Zed"), typePrefix: "Zed", access: nil)
    #expect(
      RuntimeSources.sortingImports(names.substitute(in: text))
        == "// header\n\nimport AsyncHTTPClient\nimport Foundation\nimport Zed\n\nlet x = 1\n")
  }

  @Test("a runtime file is emitted at its generated path with the API's names")
  func file() {
    let file = RuntimeSources.file("Sources/ExampleKit/Client/ExampleError.swift", gitpod)
    #expect(file.path == "Sources/Gitpod/Client/GitpodError.swift")
    #expect(file.contents.contains("public enum GitpodError"))
    let tests = RuntimeSources.file("Tests/ExampleKitClientTests/TestSupport.swift", gitpod)
    #expect(tests.path == "Tests/GitpodClientTests/TestSupport.swift")
  }

  @Test("the embedded runtime is the Runtime/ package's files, without its own tests and the stand-in client")
  func embedded() throws {
    let runtime = repositoryRoot.appendingPathComponent("Runtime")
    var onDisk: [String] = []
    for folder in ["Sources", "Tests"] {
      let enumerator = try #require(FileManager.default.enumerator(atPath: runtime.appendingPathComponent(folder).path))
      for case let path as String in enumerator
      where path.hasSuffix(".swift") && !path.hasSuffix("Tests.swift") && !path.contains("StandIn/") {
        onDisk.append(folder + "/" + path)
      }
    }
    #expect(RuntimeSources.paths == onDisk.sorted(), "run scripts/embed-resources.sh")
    for path in onDisk {
      let text = try String(contentsOf: runtime.appendingPathComponent(path), encoding: .utf8)
      #expect(EmbeddedResources.runtime[path] == text, "\(path) changed: run scripts/embed-resources.sh")
    }
  }

  @Test("every runtime file is laid out as the templates' output is (normalized whitespace)")
  func normalized() {
    for path in RuntimeSources.paths {
      let text = RuntimeSources.file(path, gitpod).contents
      #expect(TemplateRenderer.normalizeWhitespace(text) == text, "\(path)")
    }
  }

  @Test("a package with other names and package access has no stand-in name left in its runtime files")
  func otherNames() throws {
    let config = GeneratorConfig(moduleName: "AcmeKit", clientName: "Acme", accessModifier: .package)
    let files = try emitFiles(sampleAPI(), config: config)
    let names = RuntimeNames(
      modules: PackageModules(models: "AcmeKit"), typePrefix: "Acme", clientName: "Acme", errorName: "AcmeError",
      access: "package")
    var emitted = 0
    for path in RuntimeSources.paths {
      let generated = names.substitute(in: path)
      guard let text = files[generated] else { continue }
      emitted += 1
      for standIn in ["ExampleKit", "ExampleError", "examplekit", "example-kit-server"] {
        #expect(!text.contains(standIn), "\(generated) holds \(standIn)")
      }
      #expect(!text.contains("Example."), "\(generated)")
      #expect(
        !text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).contains {
          RuntimeNames.startsWithTypePrefix($0.utf8)
        }, "\(generated) holds a stand-in type name")
      if generated.hasPrefix("Sources/AcmeKit/") {
        #expect(!text.contains("public "), "\(generated) keeps public")
      }
    }
    #expect(emitted >= 15)
    #expect(
      files["Sources/AcmeKit/Client/ClientCore.swift"]?.contains("(\"User-Agent\", \"AcmeKit-Swift/\\(Acme.version)\")")
        == true)
    #expect(files["Sources/AcmeKit/Client/ClientOptions.swift"]?.contains("Logger(label: \"acmekit\")") == true)
  }
}
