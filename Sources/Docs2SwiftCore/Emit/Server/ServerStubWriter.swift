import Foundation

/// Writes the starter implementation of the server's services (`generate --server-stubs DIR`):
/// a stub file is written only where no file of that name exists, so regeneration never touches
/// code a user has started to fill in.
public enum ServerStubWriter {
  /// Paths (relative to the folder) created and kept.
  public struct Result: Sendable, Hashable {
    public var created: [String] = []
    public var kept: [String] = []
  }

  public static func write(_ files: [GeneratedFile], to folder: String) throws(DiagnosticError) -> Result {
    let fileManager = FileManager.default
    do {
      try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw DiagnosticError("cannot create the stubs folder '\(folder)': \(error.localizedDescription)", at: nil)
    }
    var result = Result()
    for file in files {
      let path = (folder as NSString).appendingPathComponent(file.path)
      if fileManager.fileExists(atPath: path) {
        result.kept.append(file.path)
        continue
      }
      guard fileManager.createFile(atPath: path, contents: Data(file.contents.utf8)) else {
        throw DiagnosticError("cannot write the stub '\(path)'", at: nil)
      }
      result.created.append(file.path)
    }
    return result
  }
}
