import Foundation
import Testing

@testable import Docs2SwiftCore

/// `generate` touches the output only when everything succeeded, and a run killed midway
/// leaves no torn file: the folder is the previous output, or (once the journal is written) it
/// is finished by the next run.
@Suite(.serialized) struct AtomicWriteTests {
  /// A copy of templates/ whose every file says it is version `tag`, so every output differs.
  func templates(tagged tag: String) throws -> URL {
    let directory = try temporaryDirectory("templates-\(tag)")
    let source = repositoryRoot.appendingPathComponent("templates")
    for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
      var text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
      text = text.replacingOccurrences(of: "Do not edit.", with: "Do not edit. (\(tag))")
      try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return directory
  }

  @Test func anErrorWritesNothing() throws {
    let output = try temporaryDirectory("error")
    defer { try? FileManager.default.removeItem(at: output) }
    #expect(try runDocs2Swift(["generate", seedPath, "--output", output.path]).status == 0)
    let before = snapshot(output)
    let brokenFolder = try temporaryDirectory("broken-spec")
    defer { try? FileManager.default.removeItem(at: brokenFolder) }
    let broken = brokenFolder.appendingPathComponent("broken.md")
    let seed = try String(contentsOfFile: seedPath, encoding: .utf8)
    // A method without an HTTP path at the very end: an error after all the parsing.
    try (seed + " ## Broken `organizations.broken(P**kwargs) -> object` Description.")
      .write(to: broken, atomically: true, encoding: .utf8)
    let result = try runDocs2Swift(["generate", broken.path, "--output", output.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("error: method 'Broken' has no HTTP method and path"))
    let after = snapshot(output)
    #expect(after.count == before.count)
    #expect(after == before, "an error changed the output")
  }

  /// A folder that does not exist is written beside it and renamed into place whole; a
  /// half-written one left by a stopped run is discarded.
  @Test func aNewFolderIsWrittenWhole() throws {
    let parent = try temporaryDirectory("new-folder")
    defer { try? FileManager.default.removeItem(at: parent) }
    let existing = parent.appendingPathComponent("existing")
    try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
    #expect(try runDocs2Swift(["generate", seedPath, "--output", existing.path]).status == 0)
    let output = parent.appendingPathComponent("new")
    let leftover = parent.appendingPathComponent(".new.docs2swift-new")
    try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
    try Data("torn".utf8).write(to: leftover.appendingPathComponent("Package.swift"))
    #expect(try runDocs2Swift(["generate", seedPath, "--output", output.path]).status == 0)
    #expect(snapshot(output) == snapshot(existing))
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
    let again = try runDocs2Swift(["generate", seedPath, "--output", output.path])
    #expect(again.stdout.contains("0 created, 0 updated, 0 removed"))
  }

  /// The path after the commit point, deterministically (the kill test's kills rarely land in the
  /// few milliseconds of renames): a run stopped after its journal, and again in the middle of
  /// its renames, leaves only whole files, and the next run finishes it.
  @Test func aRunStoppedAfterItsJournalIsFinishedByTheNext() throws {
    let output = try temporaryDirectory("journal")
    let expected = try temporaryDirectory("journal-expected")
    defer { for folder in [output, expected] { try? FileManager.default.removeItem(at: folder) } }
    let old = [
      GeneratedFile(path: "Sources/A.swift", contents: "old a\n"),
      GeneratedFile(path: "Sources/B.swift", contents: "old b\n"),
      GeneratedFile(path: "Gone.swift", contents: "gone\n"),
    ]
    let new = [
      GeneratedFile(path: "Sources/A.swift", contents: "new a\n"),
      GeneratedFile(path: "Sources/B.swift", contents: "new b\n"),
      GeneratedFile(path: "Sources/C/New.swift", contents: "new c\n"),
    ]
    try OutputWriter.write(old, to: output.path)
    try OutputWriter.write(new, to: expected.path)
    let oldFiles = snapshot(output)
    let newFiles = snapshot(expected)
    func visible() -> [String: Data] { snapshot(output).filter { !$0.key.hasPrefix(OutputWriter.stagingName) } }

    let changes = try OutputWriter.stage(new, in: output.path)
    #expect(changes.created == ["Sources/C/New.swift"] && changes.removed == ["Gone.swift"])
    // Stopped at the commit point: nothing visible has changed.
    #expect(visible() == oldFiles)
    // Stopped after the first rename of the journal.
    let staging = output.appendingPathComponent(OutputWriter.stagingName)
    let journal = try String(
      contentsOf: staging.appendingPathComponent(OutputWriter.journalName), encoding: .utf8)
    let entries = journal.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    let first = try #require(entries.first { $0.last == "Sources/A.swift" })
    #expect(first.count == 3 && first[0] == "write")
    #expect(rename(staging.appendingPathComponent(first[1]).path, output.appendingPathComponent(first[2]).path) == 0)
    let mixed = visible()
    #expect(mixed != oldFiles && mixed != newFiles)
    for (path, data) in mixed {
      #expect(data == oldFiles[path] || data == newFiles[path], "torn or foreign file \(path)")
    }
    // The journal alone finishes it (what the next run does first), the removal included ...
    try OutputWriter.recoverInterruptedWrite(in: output.path)
    #expect(snapshot(output) == newFiles)
    #expect(!FileManager.default.fileExists(atPath: staging.path))
    // ... and the next run then finds nothing left to change.
    #expect(try OutputWriter.write(new, to: output.path).isEmpty)
  }

  @Test func aKilledRunLeavesNoTornFile() throws {
    let output = try temporaryDirectory("killed")
    let old = try templates(tagged: "old")
    let new = try templates(tagged: "new")
    defer { for folder in [output, old, new] { try? FileManager.default.removeItem(at: folder) } }
    #expect(try runDocs2Swift(["generate", seedPath, "--output", output.path, "--templates", new.path]).status == 0)
    let newFiles = snapshot(output)
    #expect(try runDocs2Swift(["generate", seedPath, "--output", output.path, "--templates", old.path]).status == 0)
    let oldFiles = snapshot(output)
    #expect(oldFiles.count == newFiles.count)

    // How long a whole run takes, to spread the kills over it.
    let start = Date()
    #expect(try runDocs2Swift(["generate", seedPath, "--output", output.path, "--templates", new.path]).status == 0)
    let duration = Date().timeIntervalSince(start)
    #expect(try runDocs2Swift(["generate", seedPath, "--output", output.path, "--templates", old.path]).status == 0)

    var killedBeforeCommit = 0
    var killedAfterCommit = 0
    let attempts = 16
    for attempt in 0..<attempts {
      let process = Process()
      process.executableURL = docs2swiftBinary
      process.arguments = ["generate", seedPath, "--output", output.path, "--templates", new.path]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: duration * (0.3 + 0.75 * Double(attempt) / Double(attempts)))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()

      let staging = output.appendingPathComponent(OutputWriter.stagingName)
      let journal = FileManager.default.fileExists(
        atPath: staging.appendingPathComponent(OutputWriter.journalName).path)
      for (path, data) in snapshot(output) where !path.hasPrefix(OutputWriter.stagingName) {
        #expect(data == oldFiles[path] || data == newFiles[path], "torn or foreign file \(path) after a kill")
      }
      let visible = snapshot(output).filter { !$0.key.hasPrefix(OutputWriter.stagingName) }
      if visible == oldFiles {
        killedBeforeCommit += 1
      } else {
        killedAfterCommit += 1
        #expect(journal || visible == newFiles, "output changed without a journal to finish it")
      }
      // The next run repairs and completes: exactly the new output.
      #expect(try runDocs2Swift(["generate", seedPath, "--output", output.path, "--templates", new.path]).status == 0)
      #expect(snapshot(output) == newFiles, "the run after a kill did not complete the output")
      #expect(try runDocs2Swift(["generate", seedPath, "--output", output.path, "--templates", old.path]).status == 0)
      #expect(snapshot(output) == oldFiles, "regenerating the old output failed")
    }
    #expect(killedBeforeCommit > 0, "no kill landed before the commit point: the test proves nothing")
    print("killed runs: \(killedBeforeCommit) left the old output, \(killedAfterCommit) were past the journal")
  }
}
