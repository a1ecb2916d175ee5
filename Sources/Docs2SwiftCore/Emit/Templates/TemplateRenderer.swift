import Foundation

/// The Mustache templates of the per-API files (built in, `name.mustache`, usable as `{{> name}}`
/// partials), optionally overlaid by a folder of the user's, and renders view models with them.
///
/// Templates render plain text (no HTML escaping). The rendered text is normalized so templates
/// need not fight whitespace: trailing spaces are trimmed, runs of blank lines collapse to one,
/// blank lines right after `{` or before `}` are dropped, and the file ends with one newline.
public struct TemplateRenderer: Sendable {
  /// The names of the built-in templates (the repository's `templates/` folder, compiled into
  /// docs2swift: `EmbeddedResources`).
  public static var builtInNames: [String] { EmbeddedResources.templates.keys.sorted() }

  /// The overlay folder, if any.
  public let directory: String?
  /// Files of the overlay folder that replace no built-in template (loaded all the same: they
  /// can serve as partials of the user's templates).
  public let warnings: [Diagnostic]
  private var templates: [String: CompiledTemplate]

  /// The built-in templates, compiled once per process.
  private static let builtIns: [String: CompiledTemplate] = {
    var compiled: [String: CompiledTemplate] = [:]
    for (name, text) in EmbeddedResources.templates {
      do {
        compiled[name] = try CompiledTemplate(text)
      } catch {
        preconditionFailure("the built-in template '\(name).mustache' does not parse: \(error)")
      }
    }
    return compiled
  }()

  /// The built-in templates.
  public init() {
    self.init(directory: nil, templates: Self.builtIns, warnings: [])
  }

  private init(directory: String?, templates: [String: CompiledTemplate], warnings: [Diagnostic]) {
    self.directory = directory
    self.templates = templates
    self.warnings = warnings
  }

  /// The built-in templates, each `name.mustache` of `directory` (when given) in place of the
  /// built-in of that name. A template that does not parse is an error located in the template
  /// (`path:line:column`); a file named for no built-in template is a warning.
  public init(directory: String?) throws(DiagnosticError) {
    guard let directory else {
      self.init()
      return
    }
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw DiagnosticError("the templates folder '\(directory)' does not exist", at: nil)
    }
    let names = ((try? fileManager.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".mustache") }
      .sorted()
    var templates = Self.builtIns
    var diagnostics: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    for fileName in names {
      let path = (directory as NSString).appendingPathComponent(fileName)
      let name = String(fileName.dropLast(".mustache".count))
      guard let data = fileManager.contents(atPath: path) else {
        diagnostics.append(
          Diagnostic(.error, "cannot read the template", at: SourceLocation(file: path, line: 1, column: 1)))
        continue
      }
      if Self.builtIns[name] == nil {
        warnings.append(
          Diagnostic(
            .warning,
            "'\(fileName)' replaces no built-in template (it is loaded as a partial only); the built-in ones are: "
              + Self.builtInNames.joined(separator: ", "),
            at: SourceLocation(file: path, line: 1, column: 1)))
      }
      let text = String(decoding: data, as: UTF8.self)
      do {
        templates[name] = try CompiledTemplate(text)
      } catch {
        diagnostics.append(
          Diagnostic(.error, error.message, at: SourceLocation(file: path, line: error.line, column: error.column)))
      }
    }
    if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    self.init(directory: directory, templates: templates, warnings: warnings)
  }

  /// The same templates with the runtime's generic type names in their own text named for one
  /// API (`ExamplePage` → `GitpodPage`, see `RuntimeNames`); what the views insert is untouched.
  func naming(_ names: RuntimeNames) -> TemplateRenderer {
    var copy = self
    copy.templates = templates.mapValues { $0.mappingText(names.substitute(in:)) }
    return copy
  }

  /// Renders `value` with the template `name` and normalizes the whitespace.
  func render(_ value: some TemplateView, template name: String) -> String {
    guard let template = templates[name] else { return "" }
    return Self.normalizeWhitespace(bytes: template.render(.view(value), partials: templates))
  }

  /// Trims trailing spaces, collapses blank-line runs, drops blank lines after `{` and before
  /// `}`, and ends the text with exactly one newline (none when it is empty). Works on UTF-8
  /// bytes: every byte it looks at is ASCII.
  public static func normalizeWhitespace(_ text: String) -> String {
    normalizeWhitespace(bytes: Array(text.utf8))
  }

  static func normalizeWhitespace(bytes: [UInt8]) -> String {
    let space = UInt8(ascii: " ")
    let newline = UInt8(ascii: "\n")
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var lastLineEmpty = true  // at the start, as after a blank line: leading blank lines go
    var lastLineOpensBrace = false
    var pendingBlank = false
    var hasLines = false
    var start = 0
    while start <= bytes.count {
      let stop = bytes[start...].firstIndex(of: newline) ?? bytes.count
      // The line is bytes[start..<stop]; trailing spaces, tabs and CRs go.
      var end = stop
      while end > start,
        bytes[end - 1] == space || bytes[end - 1] == UInt8(ascii: "\t") || bytes[end - 1] == UInt8(ascii: "\r")
      {
        end -= 1
      }
      if end == start {
        if hasLines, !lastLineEmpty, !lastLineOpensBrace { pendingBlank = true }
        lastLineEmpty = true
      } else {
        var first = start
        while first < end, bytes[first] == space { first += 1 }
        let closes =
          bytes[first] == UInt8(ascii: "}") || bytes[first] == UInt8(ascii: ")") || bytes[first] == UInt8(ascii: "]")
        if pendingBlank, !closes { out.append(newline) }
        pendingBlank = false
        out.append(contentsOf: bytes[start..<end])
        out.append(newline)
        hasLines = true
        lastLineEmpty = false
        lastLineOpensBrace = bytes[end - 1] == UInt8(ascii: "{")
      }
      start = stop + 1
    }
    return String(decoding: out, as: UTF8.self)
  }

}
