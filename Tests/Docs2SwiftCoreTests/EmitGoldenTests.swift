import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Generated package of the seed reference")
struct EmitGoldenTests {
  static let generatedPath = repositoryRoot.appendingPathComponent("Generated").path

  @Test("regenerating gives Generated/ byte for byte")
  func golden() throws {
    let api = try Pipeline.load(path: seedPath).api
    // As `generate` does: with the config beside the reference (the seed's default base URL).
    let output = try PackageEmitter.emit(
      api, config: GeneratorConfig.discovered(forReference: seedPath), renderer: TemplateRenderer())
    let folder = try makeTemporaryFolder("golden")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try OutputWriter.write(output.files, to: folder)

    let expected = try OutputWriter.previousManifest(in: Self.generatedPath)
    let actual = try OutputWriter.previousManifest(in: folder)
    #expect(actual == expected, "the set of generated files differs from Generated/.docs2swift-manifest")
    for path in actual {
      let generated = FileManager.default.contents(atPath: folder + "/" + path)
      let committed = FileManager.default.contents(atPath: Self.generatedPath + "/" + path)
      #expect(generated == committed, "Generated/\(path) is stale: run scripts/generate.sh")
    }
    // And the committed folder is up to date by the writer's own check.
    #expect(try OutputWriter.changes(for: output.files, in: Self.generatedPath).isEmpty)
  }

  @Test("the seed's module and client are named from the Python examples")
  func names() throws {
    let api = try Pipeline.load(path: seedPath).api
    let output = try PackageEmitter.emit(api, renderer: TemplateRenderer())
    #expect(output.moduleName == "Gitpod")
    #expect(output.clientName == "GitpodClient")
    #expect(output.zeroValueDefaults)
    let paths = Set(output.files.map(\.path))
    for method in api.allMethods {
      #expect(paths.contains("Sources/Gitpod/Params/\(method.paramsType).swift"))
    }
    #expect(paths.contains("Sources/Gitpod/Responses/MembersPage.swift"))
    #expect(paths.contains("Sources/Gitpod/Responses/OrganizationDeleteResponse.swift"))
  }
}
