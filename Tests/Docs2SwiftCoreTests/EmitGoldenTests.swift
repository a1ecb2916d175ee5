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

  @Test("the plugin example's checked-in SDK is what generate-sdk writes")
  func checkedInSDK() throws {
    // As the command plugin runs `generate <reference> --config <config> --sources-only`: a
    // runtime change reaches this copy too (scripts/test-plugins.sh checks it again in CI).
    let target = repositoryRoot.appendingPathComponent("Examples/PluginConsumer/Sources/CheckedInSDK").path
    let api = try Pipeline.load(path: target + "/gitpod-organizations.md").api
    let output = try PackageEmitter.emit(
      api, config: try GeneratorConfig.load(path: target + "/docs2swift-config.yaml"), renderer: TemplateRenderer())
    let files = SourceLayout.librarySources(output.files, moduleName: output.moduleName)
    let changes = try OutputWriter.changes(for: files, in: target + "/Generated")
    #expect(
      changes.staleDescriptions == [],
      "run `swift package --allow-writing-to-package-directory generate-sdk` in Examples/PluginConsumer")
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
