import Testing

@testable import Docs2SwiftCore

/// `generate: models, client, server` in the config decides which parts the package has.
@Suite struct GeneratorOutputsTests {
  @Test func theConfigKeyParses() throws {
    #expect(try GeneratorConfig.parse("generate: models, server\n", path: "c.yml").outputs == [.models, .server])
    #expect(try GeneratorConfig.parse("generate: client\n", path: "c.yml").outputs == [.models, .client])
    #expect(GeneratorConfig().outputs == [.models, .client, .server])
    do {
      _ = try GeneratorConfig.parse("generate: models, docs\n", path: "c.yml")
      Issue.record("an unknown output parsed")
    } catch {
      #expect(
        error.diagnostics.first?.description
          == "c.yml:1:11: error: generate lists 'models', 'client' and 'server', not 'docs'")
    }
  }

  func paths(_ outputs: Set<GeneratorConfig.Output>) throws -> [String] {
    var config = GeneratorConfig()
    config.outputs = outputs
    let api = try Pipeline.load(path: seedPath).api
    let renderer = TemplateRenderer()
    return try PackageEmitter.emit(api, config: config, renderer: renderer).files.map(\.path)
  }

  @Test func modelsOnly() throws {
    let files = try paths([.models])
    #expect(
      !files.contains {
        $0.hasPrefix("Sources/Gitpod/Client/") || $0.hasPrefix("Packages/GitpodServer/Sources/GitpodServer/")
      })
    #expect(files.contains("Sources/Gitpod/Models/Organization.swift"))
    let package = try #require(try emittedPackage([.models]))
    #expect(!package.contains(".package(url:"))
  }

  @Test func serverWithoutClient() throws {
    let files = try paths([.models, .server])
    #expect(files.contains { $0.hasPrefix("Packages/GitpodServer/Sources/GitpodServer/") })
    #expect(!files.contains { $0.hasPrefix("Sources/Gitpod/Client/") || $0.hasPrefix("Sources/GitpodExamples/") })
    // The server is a package of its own (issue 15): the root package, the models, has no dependency.
    let package = try #require(try emittedPackage([.models, .server], path: "Packages/GitpodServer/Package.swift"))
    #expect(package.contains("hummingbird") && package.contains("swift-nio") && !package.contains("swift-log"))
    #expect(try emittedPackage([.models, .server])?.contains(".package(url:") == false)
  }

  func emittedPackage(_ outputs: Set<GeneratorConfig.Output>, path: String = "Package.swift") throws -> String? {
    var config = GeneratorConfig()
    config.outputs = outputs
    let api = try Pipeline.load(path: seedPath).api
    let renderer = TemplateRenderer()
    return try PackageEmitter.emit(api, config: config, renderer: renderer).files.first { $0.path == path }?.contents
  }
}
