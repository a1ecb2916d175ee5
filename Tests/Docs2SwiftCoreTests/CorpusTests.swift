import Foundation
import Testing

@testable import Docs2SwiftCore

/// Every reference of the bad-input corpus through the real CLI: no crash, no hang, the
/// documented exit code and first diagnostic, and nothing written when it fails.
@Suite struct CorpusTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var exit: Int32
    var diagnostic: String
    var sameIRAsSeed: Bool
    /// A diagnostic the file must also give, after the first (the seed's own warnings may come
    /// before the one the corruption causes).
    var alsoGives: String?
    var testDescription: String { file }
  }

  static let corpus = repositoryRoot.appendingPathComponent("Tests/Corpus")

  static let cases: [Case] = {
    guard let text = try? String(contentsOf: corpus.appendingPathComponent("expected.tsv"), encoding: .utf8) else {
      return []
    }
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
      let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return Case(
        file: columns[0], exit: Int32(columns[1]) ?? -1, diagnostic: columns[2], sameIRAsSeed: columns[3] == "yes",
        alsoGives: columns.count > 4 && !columns[4].isEmpty ? columns[4] : nil)
    }
  }()

  @Test func theCorpusIsComplete() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".md") }
    #expect(
      Set(files) == Set(Self.cases.map(\.file)), "every corpus file has an expectation and every expectation a file")
    #expect(Self.cases.count >= 40)
    #expect(Self.cases.contains { $0.exit == 0 } && Self.cases.contains { $0.exit == 1 })
  }

  @Test(arguments: cases) func reference(_ expected: Case) throws {
    let path = "Tests/Corpus/" + expected.file
    let output = try temporaryDirectory("corpus").appendingPathComponent("out")
    defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
    let result = try runDocs2Swift(["generate", path, "--output", output.path], timeout: 60, in: repositoryRoot)
    #expect(!result.timedOut, "hung")
    #expect(result.status == expected.exit, "\(result.stderr)")
    let first = result.stderr.split(separator: "\n").first {
      $0.contains(": error: ") || $0.contains(": warning: ") || $0.hasPrefix("error: ") || $0.hasPrefix("warning: ")
    }
    if expected.diagnostic == "-" {
      #expect(first == nil, "unexpected: \(first ?? "")")
    } else {
      #expect(first.map(String.init) == path + ":" + expected.diagnostic)
    }
    if let also = expected.alsoGives {
      #expect(result.stderr.split(separator: "\n").contains { $0 == path + ":" + also }, "\(result.stderr)")
    }
    if expected.exit != 0 {
      #expect(!FileManager.default.fileExists(atPath: output.path), "a failed run wrote output")
    } else {
      #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("Package.swift").path))
    }
    if expected.sameIRAsSeed {
      let dump = try runDocs2Swift(["dump-ir", path], in: repositoryRoot)
      let seed = try runDocs2Swift(["dump-ir", "spec/gitpod-organizations.md"], in: repositoryRoot)
      #expect(dump.stdout == seed.stdout)
    }
  }

  @Test func aTenMegabyteDescription() throws {
    let base = try String(
      contentsOf: Self.corpus.appendingPathComponent("code-fence-in-field-description.md"), encoding: .utf8)
    let directory = try temporaryDirectory("huge")
    defer { try? FileManager.default.removeItem(at: directory) }
    let huge = directory.appendingPathComponent("huge.md")
    let description = String(repeating: "lorem ipsum dolor sit amet ", count: 400_000)
    try base.replacingOccurrences(of: "Gets a thing.", with: "Gets a thing. " + description)
      .write(to: huge, atomically: true, encoding: .utf8)
    let result = try runDocs2Swift(["dump-ir", huge.path], timeout: 120)
    #expect(!result.timedOut)
    #expect(result.status == 0)
    #expect(result.stdout.utf8.count > 10_000_000)
  }
}
