import Foundation

@testable import Docs2SwiftCore

/// The repository's root folder, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

let seedPath = repositoryRoot.appendingPathComponent("spec/gitpod-organizations.md").path

/// Parses reference text given in memory, as the CLI would from a file named `name`.
func parseReference(_ text: String, name: String = "test.md") throws(DiagnosticError) -> Pipeline.Result {
  try Pipeline.parse(SourceFile(path: name, text: text))
}

/// The first diagnostic of a failing parse.
func parseError(_ text: String) -> Diagnostic? {
  do {
    _ = try parseReference(text)
    return nil
  } catch {
    return error.diagnostics.first
  }
}

extension APIDocument {
  var allMethods: [Method] { allResources.flatMap(\.methods) }
  var allTypes: [TypeDecl] { allResources.flatMap(\.types) }

  func method(_ path: String) -> Method? {
    let components = path.split(separator: ".").map(String.init)
    return allResources.first { $0.path == Array(components.dropLast()) }?.methods.first { $0.name == components.last }
  }

  func type(_ name: String) -> TypeDecl? { allTypes.first { $0.name == name } }
}

extension Array where Element == Field {
  subscript(named name: String) -> Field? { first { $0.name == name } }
}

extension TypeRef {
  var fields: [Field] {
    switch self {
    case .object(_, let fields): fields
    case .array(let of), .map(let of): of.fields
    default: []
    }
  }
}

/// The `docs2swift` executable the test run built (it sits beside the test bundle).
let docs2swiftBinary: URL = {
  var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  while directory.path != "/" {
    let candidate = directory.appendingPathComponent("docs2swift")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    directory = directory.deletingLastPathComponent()
  }
  return repositoryRoot.appendingPathComponent(".build/debug/docs2swift")
}()

/// The outcome of one run of the CLI.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
  var timedOut: Bool
}

/// Runs the CLI with a time limit; a run that overstays is killed and reported as timed out.
func runDocs2Swift(_ arguments: [String], timeout: TimeInterval = 60, in directory: URL? = nil) throws -> CommandResult
{
  let process = Process()
  process.executableURL = docs2swiftBinary
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  // Drain the pipes while the process runs, so a large output cannot block it.
  let outData = LockedData()
  let errData = LockedData()
  let group = DispatchGroup()
  for (pipe, sink) in [(out, outData), (err, errData)] {
    group.enter()
    DispatchQueue.global().async {
      sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
  }
  let deadline = Date().addingTimeInterval(timeout)
  var timedOut = false
  while process.isRunning {
    if Date() > deadline {
      process.terminate()
      timedOut = true
      break
    }
    Thread.sleep(forTimeInterval: 0.005)
  }
  process.waitUntilExit()
  group.wait()
  return CommandResult(
    status: process.terminationStatus, stdout: String(decoding: outData.get(), as: UTF8.self),
    stderr: String(decoding: errData.get(), as: UTF8.self), timedOut: timedOut)
}

final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  func set(_ value: Data) { lock.withLock { data = value } }
  func get() -> Data { lock.withLock { data } }
}

/// Every file below a folder, by relative path, with its bytes.
/// The files of a folder by relative path; the up-to-date cache left out (it is no output: it
/// records when and from what the output was written).
func snapshot(_ directory: URL) -> [String: Data] {
  var result: [String: Data] = [:]
  guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return result }
  while let relative = enumerator.nextObject() as? String {
    if (relative as NSString).lastPathComponent.hasSuffix(UpToDateCache.fileName) { continue }
    let full = directory.appendingPathComponent(relative)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue {
      result[relative] = FileManager.default.contents(atPath: full.path)
    }
  }
  return result
}

func temporaryDirectory(_ name: String) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("docs2swift-\(name)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
