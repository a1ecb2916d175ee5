/// A position in a source file as a person reads it: 1-based line and column (UTF-8 bytes).
public struct SourceLocation: Sendable, Hashable, Comparable {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}

public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }

  public var severity: Severity
  public var message: String
  public var location: SourceLocation?

  public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
    self.severity = severity
    self.message = message
    self.location = location
  }

  /// `file:line:column: error: message`, the form compilers and IDEs understand.
  public var description: String {
    guard let location else { return "\(severity.rawValue): \(message)" }
    return "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
  }
}

/// Thrown by a stage that cannot go on; carries every diagnostic gathered so far.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  public init(_ message: String, at location: SourceLocation?) {
    self.diagnostics = [Diagnostic(.error, message, at: location)]
  }

  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}

/// Collects warnings (and notes) while a stage runs.
public struct DiagnosticSink: Sendable {
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  public mutating func warn(_ message: String, at location: SourceLocation?) {
    diagnostics.append(Diagnostic(.warning, message, at: location))
  }

  /// Rewrites the message of the diagnostic at `index` (one said once for several places,
  /// counted once they are all seen).
  mutating func amend(at index: Int, _ rewrite: (String) -> String) {
    diagnostics[index].message = rewrite(diagnostics[index].message)
  }

  public mutating func append(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  public mutating func append(contentsOf other: [Diagnostic]) {
    diagnostics.append(contentsOf: other)
  }
}
