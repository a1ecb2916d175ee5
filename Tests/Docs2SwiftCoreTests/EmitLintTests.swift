import Foundation
import Testing

@testable import Docs2SwiftCore

/// Runs `swift format lint --strict` with the repository's `.swift-format` on `paths`; returns
/// its exit status and findings.
func swiftFormatLint(_ paths: [String]) throws -> (status: Int32, findings: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments =
    [
      "swift", "format", "lint", "--strict", "--recursive", "--configuration",
      repositoryRoot.appendingPathComponent(".swift-format").path,
    ] + paths
  let errors = Pipe()
  process.standardError = errors
  process.standardOutput = FileHandle.nullDevice
  try process.run()
  let findings = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: findings, as: UTF8.self))
}

@Suite("Generated code passes swift format lint")
struct EmitLintTests {
  @Test("Generated/")
  func seed() throws {
    let generated = repositoryRoot.appendingPathComponent("Generated")
    let result = try swiftFormatLint(
      ["Sources", "Tests", "Package.swift"].map { generated.appendingPathComponent($0).path })
    #expect(result.status == 0, "\(result.findings)")
  }

  @Test("a package using keywords, nested enums, query parameters and package access")
  func sample() throws {
    let folder = try makeTemporaryFolder("lint")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for config in [GeneratorConfig(), GeneratorConfig(accessModifier: .package, zeroValueDefaults: false)] {
      let output = try PackageEmitter.emit(sampleAPI(), config: config, renderer: TemplateRenderer())
      try OutputWriter.write(output.files, to: folder)
      let result = try swiftFormatLint([folder + "/Sources", folder + "/Tests", folder + "/Package.swift"])
      #expect(result.status == 0, "\(result.findings)")
    }
  }
}
