import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Up-to-date cache")
struct WriteUpToDateCacheTests {
  let files = [
    GeneratedFile(path: "Package.swift", contents: "// package\n"),
    GeneratedFile(path: "Sources/M/A.swift", contents: "struct A {}\n"),
  ]

  /// A folder generated from `reference`, with its cache recorded as `generate` records it.
  func generated(_ folder: String, reference: String) throws -> (fingerprint: String, cache: String) {
    try OutputWriter.write(files, to: folder)
    let fingerprint = try #require(UpToDateCache.fingerprint(options: ["generate", folder], inputs: [reference]))
    let cache = folder + "/" + UpToDateCache.fileName
    UpToDateCache.record(
      fingerprint: fingerprint, cache: cache,
      outputs: (files.map(\.path) + [OutputWriter.manifestName]).map { folder + "/" + $0 }, fileCount: 3,
      diagnostics: ["spec.md:1:2: warning: first", "spec.md:3:4: warning: second\nacross lines"])
    return (fingerprint, cache)
  }

  @Test("an unchanged run is answered from the cache, with the same diagnostics")
  func hit() throws {
    let folder = try makeTemporaryFolder("cache")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let reference = folder + "-spec.md"
    try Data("# Widgets\n".utf8).write(to: URL(fileURLWithPath: reference))
    defer { try? FileManager.default.removeItem(atPath: reference) }
    let (fingerprint, cache) = try generated(folder, reference: reference)
    let entry = UpToDateCache.lookup(fingerprint: fingerprint, cache: cache, directory: folder)
    #expect(
      entry
        == UpToDateCache.Entry(
          diagnostics: ["spec.md:1:2: warning: first", "spec.md:3:4: warning: second", "across lines"], fileCount: 3))
    // The cache is no generated file: the writer neither lists nor reports it.
    #expect(try OutputWriter.changes(for: files, in: folder).isEmpty)
  }

  @Test("any change to the inputs or the outputs runs the generation again")
  func misses() throws {
    let folder = try makeTemporaryFolder("cache")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let reference = folder + "-spec.md"
    try Data("# Widgets\n".utf8).write(to: URL(fileURLWithPath: reference))
    defer { try? FileManager.default.removeItem(atPath: reference) }
    let (fingerprint, cache) = try generated(folder, reference: reference)

    // The reference's bytes.
    try Data("# Gadgets\n".utf8).write(to: URL(fileURLWithPath: reference))
    #expect(UpToDateCache.fingerprint(options: ["generate", folder], inputs: [reference]) != fingerprint)
    try Data("# Widgets\n".utf8).write(to: URL(fileURLWithPath: reference))
    #expect(UpToDateCache.fingerprint(options: ["generate", folder], inputs: [reference]) == fingerprint)
    // The command line; an input that appears.
    #expect(
      UpToDateCache.fingerprint(options: ["generate", folder, "sources-only"], inputs: [reference]) != fingerprint)
    #expect(
      UpToDateCache.fingerprint(options: ["generate", folder], inputs: [reference, folder + "/none.yml"])
        != fingerprint)

    // An output edited in place (same size), then replaced by the same bytes: both are misses.
    let file = folder + "/Sources/M/A.swift"
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000)], ofItemAtPath: file)
    #expect(UpToDateCache.lookup(fingerprint: fingerprint, cache: cache, directory: folder) == nil)
    _ = try generated(folder, reference: reference)
    try FileManager.default.removeItem(atPath: file)
    try Data("struct A {}\n".utf8).write(to: URL(fileURLWithPath: file))
    #expect(UpToDateCache.lookup(fingerprint: fingerprint, cache: cache, directory: folder) == nil)

    // A deleted output; an interrupted write's staging folder; a torn cache; another fingerprint.
    _ = try generated(folder, reference: reference)
    #expect(UpToDateCache.lookup(fingerprint: fingerprint, cache: cache, directory: folder) != nil)
    #expect(UpToDateCache.lookup(fingerprint: "0123456789abcdef", cache: cache, directory: folder) == nil)
    try FileManager.default.createDirectory(
      atPath: folder + "/" + OutputWriter.stagingName, withIntermediateDirectories: true)
    #expect(UpToDateCache.lookup(fingerprint: fingerprint, cache: cache, directory: folder) == nil)
    try FileManager.default.removeItem(atPath: folder + "/" + OutputWriter.stagingName)
    let text = try #require(FileManager.default.contents(atPath: cache))
    try text.dropLast(4).write(to: URL(fileURLWithPath: cache))
    #expect(UpToDateCache.lookup(fingerprint: fingerprint, cache: cache, directory: folder) == nil)
    _ = try generated(folder, reference: reference)
    try FileManager.default.removeItem(atPath: folder + "/Package.swift")
    #expect(UpToDateCache.lookup(fingerprint: fingerprint, cache: cache, directory: folder) == nil)
  }
}
