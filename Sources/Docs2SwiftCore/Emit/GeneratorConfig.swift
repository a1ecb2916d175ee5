import Foundation
import Yams

/// Settings of one `generate` run that the reference does not decide, read from a small YAML
/// file of `key: value` settings (`--config`). Every key is optional; unset keys are derived
/// from the IR.
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
  /// name. A parameter named here is a header even where the reference does not say so.
  public var headerNames: [String: String] = [:]
  /// Where the config file names each of `headerNames` (for the warnings about them).
  var headerNameLocations: [String: SourceLocation] {
    get { locations.headerNames }
    set { locations.headerNames = newValue }
  }
  /// Where a method's parameter travels, by `<method>.<parameter>` as the reference writes them
  /// (`parameterLocations: {conversations.create.agent_id: query}`), for what the SDK does and
  /// its reference does not show: a `POST`'s parameter sent in the query, one parameter sent
  /// as the whole body (`whole-body`), or a body sent as a form (`form`).
  public var parameterLocations: [String: ConfiguredLocation] = [:]
  /// Where the config file names each of `parameterLocations` (for the warnings about them).
  var parameterLocationPlaces: [String: SourceLocation] {
    get { locations.parameterLocations }
    set { locations.parameterLocations = newValue }
  }
  /// The name a method's parameter travels under, by `<method>.<parameter>` as the reference
  /// writes them (`wireNames: {usage.search.transaction_ids: transactionIds}`), or a class's
  /// field, by `<Class>.<field>` (`FeedbackData.feedback_type: feedbackType`, in every place the
  /// class stands), for an alias only the SDK knows (`PropertyInfo(alias="transactionIds")`):
  /// the reference shows neither it nor an example that spells it.
  public var wireNames: [String: String] = [:]
  /// Where the config file names each of `wireNames` (for the warnings about them).
  var wireNamePlaces: [String: SourceLocation] {
    get { locations.wireNames }
    set { locations.wireNames = newValue }
  }
  /// The member of the response object that holds what a method returns, by the method's name
  /// as the reference writes it or a resource's path for every method under it
  /// (`responseEnvelopes: {models.list: data, zones: result}`): an envelope the SDK unwraps
  /// (`_unwrapper`, Cloudflare's `result`) and the reference does not show. The client reads the
  /// member, the server answers inside it.
  public var responseEnvelopes: [String: String] = [:]
  /// Where the config file names each of `responseEnvelopes` (for the warnings about them).
  var responseEnvelopePlaces: [String: SourceLocation] {
    get { locations.responseEnvelopes }
    set { locations.responseEnvelopes = newValue }
  }
  /// Methods the API answers without credentials (`publicMethods: providers.list`), by their
  /// names as the reference writes them, or a resource's path for every method under it (`app`):
  /// the client sends them no key, and the server takes them without one. An SDK says so
  /// (`security={}`, or a client without credentials); its reference does not.
  public var publicMethods: Set<String> = []
  /// Where the config file names each of `publicMethods` (for the warnings about them).
  var publicMethodPlaces: [String: SourceLocation] {
    get { locations.publicMethods }
    set { locations.publicMethods = newValue }
  }
  private var locations = Locations()

  /// Where a `parameterLocations` entry sends its parameter.
  public enum ConfiguredLocation: String, Sendable, Hashable, CaseIterable {
    case query, body
    /// The parameter's value is the request body (`body=maybe_transform(payment_method, …)`).
    case wholeBody = "whole-body"
    /// The parameter travels in a `multipart/form-data` body, with the method's other body
    /// parameters: deeprails' `files.upload(files: Sequence[str])`, which its SDK posts as a form
    /// (`"Content-Type": "multipart/form-data"`) though nothing in its reference shows one.
    case form
  }

  /// Where the file says things: no setting, so two configs that say the same are equal
  /// wherever they say it (a config and its record).
  private struct Locations: Sendable, Hashable {
    var headerNames: [String: SourceLocation] = [:]
    var parameterLocations: [String: SourceLocation] = [:]
    var wireNames: [String: SourceLocation] = [:]
    var publicMethods: [String: SourceLocation] = [:]
    var responseEnvelopes: [String: SourceLocation] = [:]
    static func == (_: Self, _: Self) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
  }
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
    "queryArrayFormat", "headerNames", "parameterLocations", "wireNames",
    "publicMethods", "responseEnvelopes",
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

  /// Parses the config file: a YAML mapping (libyaml, through Yams' node API, which keeps each
  /// node's position for the errors). A list (`generate`, `readOnlyOperations`,
  /// `writeOperations`) is a YAML sequence or one comma-separated value; `headerNames` is a
  /// mapping (`betas: anthropic-beta`) or `name=Header` pairs separated by commas, and
  /// `parameterLocations` and `wireNames` mappings (`conversations.create.agent_id: query`) or
  /// such pairs; `publicMethods` a list.
  public static func parse(_ text: String, path: String) throws(DiagnosticError) -> GeneratorConfig {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .default, .default, .utf8)
    } catch let error as YamlError {
      let (message, mark) = YAMLExample.describe(error)
      throw DiagnosticError("invalid YAML: \(message)", at: location(mark, path: path))
    } catch {
      throw DiagnosticError("invalid YAML: \(error)", at: SourceLocation(file: path, line: 1, column: 1))
    }
    guard let root, !isEmpty(root) else { return GeneratorConfig() }
    guard case .mapping(let mapping) = root else {
      throw DiagnosticError(
        "expected 'key: value' settings, not a \(YAMLExample.kindName(root))", at: location(root.mark, path: path))
    }
    var config = GeneratorConfig()
    for (keyNode, valueNode) in mapping {
      func fail(_ message: String, at node: Node = valueNode) -> DiagnosticError {
        DiagnosticError(message, at: location(node.mark, path: path))
      }
      guard case .scalar(let keyScalar) = keyNode else { throw fail("a setting's name is a word", at: keyNode) }
      let key = keyScalar.string
      guard keys.contains(key) else {
        throw fail("unknown config key '\(key)'; expected one of \(keys.joined(separator: ", "))", at: keyNode)
      }
      guard !isEmpty(valueNode) else { throw fail("missing value for '\(key)'", at: keyNode) }
      /// The setting's one value.
      func scalar() throws(DiagnosticError) -> String {
        guard case .scalar(let value) = valueNode else {
          throw fail("'\(key)' takes one value, not a \(YAMLExample.kindName(valueNode))")
        }
        return value.string
      }
      /// The setting's values: a sequence of them, or one value separated by commas.
      func list() throws(DiagnosticError) -> [String] {
        switch valueNode {
        case .sequence(let sequence):
          var values: [String] = []
          for element in sequence {
            guard case .scalar(let value) = element else {
              throw fail("'\(key)' lists values, not a \(YAMLExample.kindName(element))", at: element)
            }
            values.append(value.string)
          }
          return values
        default:
          return try scalar().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
          }
        }
      }
      /// The setting's `name: value` pairs: a mapping, or `name=value` pairs separated by commas;
      /// each with the node that writes its value.
      func pairs(example: String) throws(DiagnosticError) -> [(String, String, Node)] {
        var pairs: [(String, String, Node)] = []
        if case .mapping(let entries) = valueNode {
          for (name, value) in entries {
            guard case .scalar(let nameScalar) = name, case .scalar(let valueScalar) = value else {
              throw fail("'\(key)' maps names to values ('\(example)')", at: name)
            }
            pairs.append((nameScalar.string, valueScalar.string, value))
          }
        } else {
          for pair in try list() {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
              throw fail("'\(key)' lists 'name=value' pairs, not '\(pair)'")
            }
            pairs.append((parts[0], parts[1], valueNode))
          }
        }
        return pairs
      }
      /// `pairs` whose names are `<method>.<parameter>`.
      func methodParameterPairs(example: String, orClassField: Bool = false) throws(DiagnosticError) -> [(
        String, String, Node
      )] {
        let pairs = try pairs(example: example)
        if let (parameter, _, node) = pairs.first(where: { !Self.isMethodParameter($0.0) }) {
          throw fail(
            orClassField
              ? "'\(parameter)' names no method's parameter or class's field: write '<method>.<parameter>' or "
                + "'<Class>.<field>', as the reference writes them"
              : "'\(parameter)' names no method's parameter: write '<method>.<parameter>', as the reference writes them",
            at: node)
        }
        return pairs
      }
      let value = valueNode.scalar?.string ?? ""
      switch key {
      case "moduleName", "clientName":
        let name = try scalar()
        guard SwiftNaming.isIdentifier(name) else { throw fail("'\(name)' is not a Swift identifier") }
        if key == "moduleName" { config.moduleName = name } else { config.clientName = name }
      case "accessModifier":
        guard let modifier = AccessModifier(rawValue: try scalar()) else {
          throw fail("accessModifier must be 'public' or 'package', not '\(value)'")
        }
        config.accessModifier = modifier
      case "baseURL":
        let text = try scalar()
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil
        else {
          throw fail("baseURL must be an http or https URL, not '\(text)'")
        }
        config.baseURL = text
      case "sdkVersion":
        config.sdkVersion = try scalar()
      case "authHeader":
        let header = try scalar()
        guard Self.isHeaderName(header) else { throw fail("authHeader must be an HTTP header name, not '\(header)'") }
        config.authHeader = header
      case "authScheme":
        let scheme = try scalar()
        guard scheme == "none" || SwiftNaming.isIdentifier(scheme) else {
          throw fail("authScheme must be a scheme word ('Bearer') or 'none', not '\(scheme)'")
        }
        config.authScheme = scheme == "none" ? "" : scheme
      case "headerNames":
        let pairs = try pairs(example: "betas: anthropic-beta")
        for (parameter, header, node) in pairs {
          guard Self.isHeaderName(header) else {
            throw fail("'\(header)' (for '\(parameter)') is not an HTTP header name", at: node)
          }
          config.headerNames[parameter] = header
          config.headerNameLocations[parameter] = location(node.mark, path: path)
        }
      case "parameterLocations":
        for (parameter, place, node) in try methodParameterPairs(example: "conversations.create.agent_id: query") {
          guard let configured = ConfiguredLocation(rawValue: place) else {
            let choices = ConfiguredLocation.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw fail("'\(parameter)' travels in one of \(choices), not '\(place)'", at: node)
          }
          config.parameterLocations[parameter] = configured
          config.parameterLocationPlaces[parameter] = location(node.mark, path: path)
        }
      case "publicMethods":
        let names = try list()
        if let bad = names.first(where: { !Self.isMethodOrResourceName($0) }) {
          throw fail("'\(bad)' is not a method's name as the reference writes it ('providers.list')")
        }
        config.publicMethods = Set(names)
        // (Each where its value stands: a sequence's element, or the one line that lists them.)
        let nodes: [Node] = if case .sequence(let sequence) = valueNode { Array(sequence) } else { [] }
        for (index, name) in names.enumerated() {
          config.publicMethodPlaces[name] = location((index < nodes.count ? nodes[index] : valueNode).mark, path: path)
        }
      case "wireNames":
        for (parameter, wireName, node) in try methodParameterPairs(
          example: "usage.search.transaction_ids: transactionIds", orClassField: true)
        {
          guard Self.isOneLineName(wireName) else {
            throw fail("the wire name of '\(parameter)' is text on one line, not '\(wireName)'", at: node)
          }
          config.wireNames[parameter] = wireName
          config.wireNamePlaces[parameter] = location(node.mark, path: path)
        }
      case "responseEnvelopes":
        for (name, member, node) in try pairs(example: "models.list: data") {
          guard Self.isMethodOrResourceName(name) else {
            throw fail("'\(name)' is not a method's name or a resource's path as the reference writes it", at: node)
          }
          guard Self.isOneLineName(member) else {
            throw fail("the envelope of '\(name)' is a member's name on one line, not '\(member)'", at: node)
          }
          config.responseEnvelopes[name] = member
          config.responseEnvelopePlaces[name] = location(node.mark, path: path)
        }
      case "queryArrayFormat":
        let format = try scalar()
        guard ["brackets", "comma", "repeat"].contains(format) else {
          throw fail("queryArrayFormat is 'brackets', 'comma' or 'repeat', not '\(format)'")
        }
        config.queryArrayFormat = format
      case "generate":
        var outputs: Set<Output> = [.models]
        for name in try list() {
          guard let output = Output(rawValue: name) else {
            throw fail("generate lists 'models', 'client' and 'server', not '\(name)'")
          }
          outputs.insert(output)
        }
        config.outputs = outputs
      case "readOnlyOperations", "writeOperations":
        let names = try list()
        if let bad = names.first(where: { !SwiftNaming.isIdentifier($0) }) {
          throw fail("'\(bad)' is not an operation name")
        }
        if key == "readOnlyOperations" {
          config.readOnlyOperations = Set(names)
        } else {
          config.writeOperations = Set(names)
        }
      default:
        switch try scalar() {
        case "true", "yes", "on": config.zeroValueDefaults = true
        case "false", "no", "off": config.zeroValueDefaults = false
        default: throw fail("zeroValueDefaults must be true or false, not '\(value)'")
        }
      }
    }
    return config
  }

  /// A null or empty value (`key:`, `key: ~`, an empty document).
  private static func isEmpty(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// Where a libyaml mark points in the config file (1-based line and column).
  private static func location(_ mark: Mark?, path: String) -> SourceLocation {
    SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }
}

extension GeneratorConfig {
  /// A method's name or a resource's path as the reference writes them (`providers.list`, `app`).
  static func isMethodOrResourceName(_ text: String) -> Bool {
    !text.isEmpty && !text.contains(where: \.isWhitespace) && !text.contains("..")
  }

  /// A name a value travels under (a wire name, an envelope's member): text on one line, not empty.
  static func isOneLineName(_ text: String) -> Bool {
    !text.isEmpty && !text.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }

  /// `<method>.<parameter>`: `conversations.create.agent_id` (words joined by dots).
  static func isMethodParameter(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && !$0.contains(where: \.isWhitespace) }
  }

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
