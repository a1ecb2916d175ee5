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
