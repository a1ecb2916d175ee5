import Foundation

/// Settings of one `generate` run that the reference does not decide, read from a small
/// `key: value` file (`--config`). Every key is optional; unset keys are derived from the IR.
///
/// ```
/// # docs2swift.yml
/// moduleName: Gitpod
/// clientName: GitpodClient
/// accessModifier: public
/// zeroValueDefaults: true
/// generate: models, client, server
/// ```
public struct GeneratorConfig: Sendable, Hashable {
  /// The library module (and product) name; default: from the Python examples' import.
  public var moduleName: String?
  /// The client type's name; default: the API's name (the class the Python examples import)
  /// followed by `Client`. One equal to the module's name gets `Client` appended.
  public var clientName: String?
  /// `public` (default) or `package`: the access level of every generated declaration.
  public var accessModifier: AccessModifier = .public
  /// Whether required fields decode their zero value when the server omits them (proto3 JSON).
  /// nil: on when the reference looks like a proto3 JSON API.
  public var zeroValueDefaults: Bool?
  /// The client's default base URL (`baseURL: https://app.gitpod.io/api`), used when neither the
  /// caller nor the environment sets one.
  public var baseURL: String?
  /// The SDK version the client sends in its `User-Agent`; default `0.1.0`.
  public var sdkVersion: String?
  /// Operations (`readOnlyOperations: VerifyDomain, …`) the client retries like reads although
  /// their names do not start with `Get`/`List`.
  public var readOnlyOperations: Set<String> = []
  /// Operations the client treats as writes although their names start with `Get`/`List`.
  public var writeOperations: Set<String> = []
  /// The header that carries the API key (`authHeader: X-API-Key`); default `Authorization`.
  public var authHeader: String?
  /// The header each header parameter travels in, by the parameter's documented name
  /// (`headerNames: betas=anthropic-beta`): the reference says a parameter is a header, not its
  /// name.
  public var headerNames: [String: String] = [:]
  /// What precedes the key in that header: `authScheme: Bearer` sends `Authorization: Bearer
  /// <key>`, `authScheme: none` the bare key (`Authorization: <key>`). Unset, the reference's
  /// evidence decides (`bearer_token=` in its Python examples says `Bearer`); without any,
  /// `Bearer` is assumed with a warning. Stored as `""` for `none`.
  public var authScheme: String?
  /// How arrays travel in the query (`queryArrayFormat: comma`): `brackets` (`name[]=a&name[]=b`),
  /// `comma` (`name=a,b`) or `repeat` (`name=a&name=b`), as the Python SDK's `array_format`.
  /// Unset, `brackets`, with a warning where the reference has an array query parameter.
  public var queryArrayFormat: String?
  /// What to generate (`generate: models, client, server`); the models are always generated.
  public var outputs: Set<Output> = Set(Output.allCases)

  /// One part of the generated package.
  public enum Output: String, Sendable, Hashable, CaseIterable {
    /// Models: Domain Types, parameters and responses (always generated).
    case models
    /// The HTTP client, its transports, documentation and examples.
    case client
    /// The Connect server, its Hummingbird adapter and executable.
    case server
  }

  public enum AccessModifier: String, Sendable, Hashable, CaseIterable {
    case `public`, package
  }

  public init(
    moduleName: String? = nil, clientName: String? = nil, accessModifier: AccessModifier = .public,
    zeroValueDefaults: Bool? = nil
  ) {
    self.moduleName = moduleName
    self.clientName = clientName
    self.accessModifier = accessModifier
    self.zeroValueDefaults = zeroValueDefaults
  }

  static let keys = [
    "moduleName", "clientName", "accessModifier", "zeroValueDefaults", "baseURL", "sdkVersion",
    "readOnlyOperations", "writeOperations", "generate", "authHeader", "authScheme",
    "queryArrayFormat", "headerNames",
  ]

  /// The config file of a reference when there is one beside it: `spec/api.md` →
  /// `spec/api.docs2swift.yml`; otherwise the defaults.
  public static func discovered(forReference path: String) throws(DiagnosticError) -> GeneratorConfig {
    let candidate = discoveredPath(forReference: path)
    guard FileManager.default.fileExists(atPath: candidate) else { return GeneratorConfig() }
    return try load(path: candidate)
  }

  /// Where `discovered(forReference:)` looks: `spec/openai.md` → `spec/openai.docs2swift.yml`.
  public static func discoveredPath(forReference path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().path + ".docs2swift.yml"
  }

  /// Reads a config file; errors are located (`path:line:column`).
  public static func load(path: String) throws(DiagnosticError) -> GeneratorConfig {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticError("cannot read the config file '\(path)'", at: nil)
    }
    return try parse(String(decoding: data, as: UTF8.self), path: path)
  }

  /// Parses `key: value` lines. `#` starts a comment line; values may be quoted.
  public static func parse(_ text: String, path: String) throws(DiagnosticError) -> GeneratorConfig {
    var config = GeneratorConfig()
    var seen: Set<String> = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      func fail(_ message: String, column: Int = indent + 1) -> DiagnosticError {
        DiagnosticError(message, at: SourceLocation(file: path, line: index + 1, column: column))
      }
      guard let colon = trimmed.firstIndex(of: ":") else {
        throw fail("expected 'key: value'")
      }
      let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
      var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      let valueColumn = indent + 1 + trimmed.distance(from: trimmed.startIndex, to: colon) + 2
      if let hash = value.range(of: " #") { value = value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces) }
      if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
        value = String(value.dropFirst().dropLast())
      }
      guard keys.contains(key) else {
        throw fail("unknown config key '\(key)'; expected one of \(keys.joined(separator: ", "))")
      }
      guard seen.insert(key).inserted else { throw fail("duplicate config key '\(key)'") }
      guard !value.isEmpty else { throw fail("missing value for '\(key)'", column: valueColumn) }
      switch key {
      case "moduleName", "clientName":
        guard SwiftNaming.isIdentifier(value) else {
          throw fail("'\(value)' is not a Swift identifier", column: valueColumn)
        }
        if key == "moduleName" { config.moduleName = value } else { config.clientName = value }
      case "accessModifier":
        guard let modifier = AccessModifier(rawValue: value) else {
          throw fail("accessModifier must be 'public' or 'package', not '\(value)'", column: valueColumn)
        }
        config.accessModifier = modifier
      case "baseURL":
        guard let url = URL(string: value), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil
        else {
          throw fail("baseURL must be an http or https URL, not '\(value)'", column: valueColumn)
        }
        config.baseURL = value
      case "sdkVersion":
        config.sdkVersion = value
      case "authHeader":
        guard Self.isHeaderName(value) else {
          throw fail("authHeader must be an HTTP header name, not '\(value)'", column: valueColumn)
        }
        config.authHeader = value
      case "authScheme":
        guard value == "none" || SwiftNaming.isIdentifier(value) else {
          throw fail("authScheme must be a scheme word ('Bearer') or 'none', not '\(value)'", column: valueColumn)
        }
        config.authScheme = value == "none" ? "" : value
      case "headerNames":
        for pair in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
          let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
          guard parts.count == 2, !parts[0].isEmpty, Self.isHeaderName(parts[1]) else {
            throw fail("headerNames lists 'parameter=Header-Name' pairs, not '\(pair)'", column: valueColumn)
          }
          config.headerNames[parts[0]] = parts[1]
        }
      case "queryArrayFormat":
        guard ["brackets", "comma", "repeat"].contains(value) else {
          throw fail("queryArrayFormat is 'brackets', 'comma' or 'repeat', not '\(value)'", column: valueColumn)
        }
        config.queryArrayFormat = value
      case "generate":
        var outputs: Set<Output> = [.models]
        for name in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
          guard let output = Output(rawValue: name) else {
            throw fail("generate lists 'models', 'client' and 'server', not '\(name)'", column: valueColumn)
          }
          outputs.insert(output)
        }
        config.outputs = outputs
      case "readOnlyOperations", "writeOperations":
        let names = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let bad = names.first(where: { !SwiftNaming.isIdentifier($0) }) else {
          if key == "readOnlyOperations" {
            config.readOnlyOperations = Set(names)
          } else {
            config.writeOperations = Set(names)
          }
          continue
        }
        throw fail("'\(bad)' is not an operation name", column: valueColumn)
      default:
        switch value {
        case "true", "yes", "on": config.zeroValueDefaults = true
        case "false", "no", "off": config.zeroValueDefaults = false
        default: throw fail("zeroValueDefaults must be true or false, not '\(value)'", column: valueColumn)
        }
      }
    }
    return config
  }
}

extension GeneratorConfig {
  /// Letters, digits and `-`: an HTTP header name as APIs spell them.
  static func isHeaderName(_ text: String) -> Bool {
    !text.isEmpty
      && text.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
      }
  }
}

extension SwiftNaming {
  /// An ASCII identifier: a letter or `_`, then letters, digits or `_`, not a keyword.
  public static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.isASCII,
      first.properties.isAlphabetic || first == "_"
    else { return false }
    let valid = text.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
    }
    return valid && !quotableKeywords.contains(text)
  }
}
