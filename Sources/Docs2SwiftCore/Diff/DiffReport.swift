import Foundation

extension APIDiff.Side {
  /// A reference (either form) or a generated package folder (its recorded model and settings).
  /// A reference's settings are `config` when given, else the config file beside it.
  public static func load(_ path: String, config: GeneratorConfig?) throws(DiagnosticError) -> (
    side: APIDiff.Side, warnings: [Diagnostic]
  ) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      let record = try GenerationRecord.load(from: path)
      return (APIDiff.Side(api: record.api, config: record.config, locations: nil), [])
    }
    let result = try Pipeline.load(path: path)
    var settings: GeneratorConfig
    if let config { settings = config } else { settings = try GeneratorConfig.discovered(forReference: path) }
    return (
      APIDiff.Side(
        api: result.api, config: settings, locations: ReferenceLocations(reference: result.reference, file: path)),
      result.warnings
    )
  }
}

/// `docs2swift diff`'s output formats.
public enum DiffReport {
  public enum Format: String, Sendable, CaseIterable {
    case text, markdown, json
  }

  public static func render(
    _ result: APIDiff.Result, format: Format, old: String, new: String, currentVersion: String?
  ) -> String {
    switch format {
    case .text: text(result, old: old, new: new, currentVersion: currentVersion)
    case .markdown: markdown(result, currentVersion: currentVersion)
    case .json: json(result, old: old, new: new, currentVersion: currentVersion)
    }
  }

  static func versionLine(_ result: APIDiff.Result, currentVersion: String?) -> String {
    var line = "semantic version: \(result.bump.rawValue)"
    if result.bump == .none { line = "semantic version: no release needed" }
    if let currentVersion, let next = result.bump.next(after: currentVersion) {
      line += " (\(currentVersion) → \(next)\(currentVersion.hasPrefix("0.") ? ", pre-1.0 rules" : ""))"
    }
    return line
  }

  static func text(_ result: APIDiff.Result, old: String, new: String, currentVersion: String?) -> String {
    var out = ""
    for change in result.changes {
      let place = change.location.map { "\($0.file):\($0.line):\($0.column): " } ?? "\(new): "
      out += "\(place)\(change.impact.rawValue): \(change.message)\n"
      out += "    swift: \(change.swift)\n"
    }
    let counts = APIChange.Impact.allCases.reversed().map { "\(result.count($0)) \($0.rawValue)" }
    out += "\(old) → \(new): \(result.changes.count) changes (\(counts.joined(separator: ", ")))\n"
    out += versionLine(result, currentVersion: currentVersion) + "\n"
    return out
  }

  static func markdown(_ result: APIDiff.Result, currentVersion: String?) -> String {
    var heading = "## API changes"
    if let currentVersion, let next = result.bump.next(after: currentVersion) { heading = "## \(next)" }
    var out = heading + "\n\n"
    if result.changes.isEmpty { return out + "No API changes.\n" }
    let sections: [(APIChange.Impact, String)] = [
      (.breaking, "Breaking changes"), (.additive, "Additions"), (.none, "Other changes (no change to the Swift API)"),
    ]
    for (impact, title) in sections {
      let changes = result.changes.filter { $0.impact == impact }
      guard !changes.isEmpty else { continue }
      out += "### \(title)\n\n"
      for change in changes {
        out += "- \(capitalizedFirst(change.message)). \(capitalizedFirst(change.swift)).\n"
      }
      out += "\n"
    }
    out += "Semantic version: **\(result.bump.rawValue)**"
    if let currentVersion, let next = result.bump.next(after: currentVersion) {
      out += " (\(currentVersion.hasPrefix("0.") ? "pre-1.0: " : "")\(currentVersion) → \(next))"
    }
    return out + ".\n"
  }

  static func capitalizedFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  static func json(_ result: APIDiff.Result, old: String, new: String, currentVersion: String?) -> String {
    let changes: [JSONValue] = result.changes.map { change in
      var members: [(key: String, value: JSONValue)] = [
        ("kind", .string(change.kind)), ("impact", .string(change.impact.rawValue)),
        ("message", .string(change.message)), ("swift", .string(change.swift)),
      ]
      if let location = change.location {
        members.append(
          (
            "location",
            .object([
              ("file", .string(location.file)), ("line", .number(String(location.line))),
              ("column", .number(String(location.column))),
            ])
          ))
      } else {
        members.append(("location", .null))
      }
      return .object(members)
    }
    var members: [(key: String, value: JSONValue)] = [
      ("old", .string(old)), ("new", .string(new)), ("bump", .string(result.bump.rawValue)),
      (
        "counts",
        .object(APIChange.Impact.allCases.map { ($0.rawValue, .number(String(result.count($0)))) })
      ),
      ("changes", .array(changes)),
    ]
    if let currentVersion {
      members.append(("currentVersion", .string(currentVersion)))
      members.append(("nextVersion", result.bump.next(after: currentVersion).map { .string($0) } ?? .null))
    }
    return JSONValue.object(members).printed(.init(sortedKeys: true, indent: 2)) + "\n"
  }
}
