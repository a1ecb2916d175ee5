import Foundation
import Mustache

/// Loads the Mustache templates of a folder (`name.mustache`, usable as `{{> name}}` partials)
/// and renders view models with them.
///
/// Templates render plain text (no HTML escaping). The rendered text is normalized so templates
/// need not fight whitespace: trailing spaces are trimmed, runs of blank lines collapse to one,
/// blank lines right after `{` or before `}` are dropped, and the file ends with one newline.
public struct TemplateRenderer: Sendable {
  /// Templates every generation needs.
  public static let requiredTemplates = [
    "package", "model-file", "type", "struct", "enum", "client", "timestamp", "json-value",
    "round-trip-tests", "support-tests",
  ]

  public let directory: String
  private let library: MustacheLibrary

  /// The templates shipped with docs2swift (the repository's `templates/` folder).
  public static var defaultDirectory: String {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // Templates
      .deletingLastPathComponent()  // Emit
      .deletingLastPathComponent()  // Docs2SwiftCore
      .deletingLastPathComponent()  // Sources
      .deletingLastPathComponent()
      .appendingPathComponent("templates").path
  }

  /// Loads every `*.mustache` file of `directory`. A template that does not parse is an error
  /// located in the template (`path:line:column`); a missing required template is an error too.
  public init(directory: String) throws(DiagnosticError) {
    self.directory = directory
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw DiagnosticError("the templates folder '\(directory)' does not exist", at: nil)
    }
    let names = ((try? fileManager.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".mustache") }
      .sorted()
    var library = MustacheLibrary()
    var diagnostics: [Diagnostic] = []
    for fileName in names {
      let path = (directory as NSString).appendingPathComponent(fileName)
      guard let data = fileManager.contents(atPath: path) else {
        diagnostics.append(Diagnostic(.error, "cannot read the template", at: SourceLocation(file: path, line: 1, column: 1)))
        continue
      }
      let text = String(decoding: data, as: UTF8.self)
      do {
        // A standalone pragma line (removed by Mustache) selects plain-text rendering; it shifts
        // the template's lines by one, which error locations undo.
        let template = try MustacheTemplate(string: "{{%CONTENT_TYPE:TEXT}}\n" + text)
        library.register(template, named: String(fileName.dropLast(".mustache".count)))
      } catch let error as MustacheTemplate.ParserError {
        let location = SourceLocation(
          file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)
        diagnostics.append(Diagnostic(.error, Self.message(for: error.error), at: location))
      } catch {
        diagnostics.append(Diagnostic(.error, "\(error)", at: SourceLocation(file: path, line: 1, column: 1)))
      }
    }
    let loaded = Set(names.map { String($0.dropLast(".mustache".count)) })
    for required in Self.requiredTemplates where !loaded.contains(required) {
      diagnostics.append(
        Diagnostic(
          .error, "missing template '\(required).mustache'",
          at: SourceLocation(file: directory, line: 1, column: 1)))
    }
    if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    self.library = library
  }

  static func message(for error: any Error) -> String {
    guard let error = error as? MustacheTemplate.Error else { return "invalid template: \(error)" }
    switch error {
    case .sectionCloseNameIncorrect: return "section closed with the wrong name"
    case .unfinishedName: return "unfinished tag: expected '}}'"
    case .expectedSectionEnd: return "section is never closed"
    case .invalidSetDelimiter: return "invalid set-delimiter tag"
    case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
    case .illegalTokenInsideInheritSection: return "illegal tag inside an inheritance section"
    case .textInsideInheritSection: return "text inside an inheritance section"
    case .invalidConfigVariableSyntax: return "invalid pragma tag"
    case .unrecognisedConfigVariable: return "unknown pragma"
    }
  }

  /// Renders `value` with the template `name` and normalizes the whitespace.
  public func render(_ value: Any, template name: String) -> String {
    Self.normalizeWhitespace(library.render(value, withTemplate: name) ?? "")
  }

  /// Trims trailing spaces, collapses blank-line runs, drops blank lines after `{` and before
  /// `}`, and ends the text with exactly one newline (none when it is empty).
  public static func normalizeWhitespace(_ text: String) -> String {
    var lines: [String] = []
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = TextLayout.trimmingTrailingWhitespace(String(rawLine))
      if line.isEmpty {
        guard let previous = lines.last, !previous.isEmpty, !previous.hasSuffix("{") else { continue }
        lines.append(line)
        continue
      }
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("}") || trimmed.hasPrefix(")") || trimmed.hasPrefix("]"),
        lines.last?.isEmpty == true
      {
        lines.removeLast()
      }
      lines.append(line)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }
}
