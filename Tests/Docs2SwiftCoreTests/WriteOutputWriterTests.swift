import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Output writer")
struct WriteOutputWriterTests {
  let files = [
    GeneratedFile(path: "Package.swift", contents: "// package\n"),
    GeneratedFile(path: "Sources/M/A.swift", contents: "struct A {}\n"),
    GeneratedFile(path: "Sources/M/Sub/B.swift", contents: "struct B {}\n"),
  ]

  func read(_ folder: String, _ path: String) -> String? {
    FileManager.default.contents(atPath: folder + "/" + path).map { String(decoding: $0, as: UTF8.self) }
  }

  func modificationDate(_ folder: String, _ path: String) throws -> Date? {
    try FileManager.default.attributesOfItem(atPath: folder + "/" + path)[.modificationDate] as? Date
  }

  @Test("writes every file and a manifest; an unchanged regeneration touches nothing")
  func unchanged() throws {
    let folder = try makeTemporaryFolder("writer")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = try OutputWriter.write(files, to: folder)
    #expect(first.created == ["Package.swift", "Sources/M/A.swift", "Sources/M/Sub/B.swift", ".docs2swift-manifest"])
    #expect(read(folder, ".docs2swift-manifest")?.contains("Sources/M/Sub/B.swift\n") == true)

    let before = try modificationDate(folder, "Sources/M/A.swift")
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: folder + "/Sources/M/A.swift")
    let second = try OutputWriter.write(files, to: folder)
    #expect(second.isEmpty)
    #expect(second.unchanged.count == 4)
    #expect(try modificationDate(folder, "Sources/M/A.swift") == Date(timeIntervalSince1970: 1_000_000))
    _ = before
  }

  @Test("writes only changed files and removes files no longer generated, never others")
  func changes() throws {
    let folder = try makeTemporaryFolder("writer")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try OutputWriter.write(files, to: folder)
    try "mine\n".write(toFile: folder + "/Sources/M/Sub/Mine.swift", atomically: true, encoding: .utf8)
    try "notes\n".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)

    var next = files
    next[1].contents = "struct A2 {}\n"
    next.remove(at: 2)
    let changes = try OutputWriter.write(next, to: folder)
    #expect(changes.updated == ["Sources/M/A.swift", ".docs2swift-manifest"])
    #expect(changes.removed == ["Sources/M/Sub/B.swift"])
    #expect(read(folder, "Sources/M/A.swift") == "struct A2 {}\n")
    #expect(read(folder, "Sources/M/Sub/B.swift") == nil)
    #expect(read(folder, "Sources/M/Sub/Mine.swift") == "mine\n")
    #expect(read(folder, "README.md") == "notes\n")

    // A folder the removal leaves empty goes too.
    try FileManager.default.removeItem(atPath: folder + "/Sources/M/Sub/Mine.swift")
    try OutputWriter.write(files, to: folder)
    try OutputWriter.write(next, to: folder)
    #expect(!FileManager.default.fileExists(atPath: folder + "/Sources/M/Sub"))
  }

  @Test("check mode names stale files and writes nothing")
  func check() throws {
    let folder = try makeTemporaryFolder("writer")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try OutputWriter.write(files, to: folder)
    var next = files
    next[0].contents = "// changed\n"
    next.append(GeneratedFile(path: "Sources/M/C.swift", contents: "struct C {}\n"))
    let changes = try OutputWriter.changes(for: next, in: folder)
    #expect(
      changes.staleDescriptions == [
        "Sources/M/C.swift: missing", "Package.swift: out of date", ".docs2swift-manifest: out of date",
      ])
    #expect(read(folder, "Package.swift") == "// package\n")
    #expect(try OutputWriter.changes(for: files, in: folder).isEmpty)
  }

  @Test("refuses to overwrite a file it did not generate, before writing anything")
  func foreignFile() throws {
    let folder = try makeTemporaryFolder("writer")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/Sources/M", withIntermediateDirectories: true)
    try "handwritten\n".write(toFile: folder + "/Sources/M/A.swift", atomically: true, encoding: .utf8)
    #expect(throws: DiagnosticError.self) { try OutputWriter.write(files, to: folder) }
    #expect(read(folder, "Sources/M/A.swift") == "handwritten\n")
    #expect(read(folder, "Package.swift") == nil)
    #expect(read(folder, ".docs2swift-manifest") == nil)
  }

  @Test("a manifest entry outside the folder is an error")
  func unsafeManifest() throws {
    let folder = try makeTemporaryFolder("writer")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "# m\n../outside.swift\n".write(toFile: folder + "/.docs2swift-manifest", atomically: true, encoding: .utf8)
    do {
      try OutputWriter.write(files, to: folder)
      Issue.record("wrote with an unsafe manifest")
    } catch {
      #expect(
        error.description.hasSuffix(
          ".docs2swift-manifest:2:1: error: the manifest lists '../outside.swift', which is outside the output folder"))
    }
  }
}
