import Foundation

extension OutputWriter {
  /// Writes one file when its bytes differ (through a temporary file renamed over it); with
  /// `check`, writes nothing. Returns whether the file was (or would be) changed.
  public static func writeFile(_ text: String, to filePath: String, check: Bool) throws(DiagnosticError) -> Bool {
    let data = Data(text.utf8)
    if FileManager.default.contents(atPath: filePath) == data { return false }
    if check { return true }
    do {
      try FileManager.default.createDirectory(
        atPath: (filePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try data.write(to: URL(fileURLWithPath: filePath), options: .atomic)
    } catch {
      throw DiagnosticError("cannot write '\(filePath)': \(error.localizedDescription)", at: nil)
    }
    return true
  }
}
