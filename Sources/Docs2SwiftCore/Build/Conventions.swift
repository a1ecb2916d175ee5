/// The reference format's conventions, decided once from the evidence in the reference and kept
/// in the IR, so that no emitter guesses them: the client's name and API-key variable (from the
/// documented Python examples), whether the API speaks proto3 JSON (Connect paths, `_UNSPECIFIED`
/// enum zeros), and each operation's traits.
public struct APIConventions: Sendable, Hashable {
  /// The class the Python examples import: `from gitpod import Gitpod` → `Gitpod`.
  public var clientName: String?
  /// The variable the Python examples read the key from: `os.environ.get("GITPOD_API_KEY")`.
  public var apiKeyEnvironmentVariable: String?
  /// Whether servers omit fields holding zero values (proto3 JSON: Connect or gRPC-transcoded
  /// APIs), so a missing required scalar decodes as its zero value.
  public var omitsZeroValues: Bool
  /// How field names travel on the wire (`WireNameStyle.detect`).
  public var wireNameStyle = WireNameStyle.camelCase
  /// The words camelCase wire names write in capitals (`WireNameStyle.initialisms`), sorted.
  public var wireNameInitialisms: [String] = []
  /// The scheme of the `Authorization` header the documented Python client sends:
  /// `Bearer` (`bearer_token=`), empty for a bare key in the header a credential argument
  /// names (`x_api_key=`: `apiKeyHeader`), nil where the reference does not show it (`api_key=`).
  public var authorizationScheme: String?
  /// The header the documented client construction's key argument names (`x_api_key=` →
  /// `X-Api-Key`); nil where it names none (`api_key=`).
  public var apiKeyHeader: String?
  /// The `Authorization` schemes the `curl` calls in the methods' descriptions send, each with
  /// the heading of the first method that shows it (`shownAuthorizations`); the scheme where
  /// they agree on one.
  public var shownAuthorizations: [ShownAuthorization] = []
  /// Where the documented client construction passes the key (`api_key=`, `auth_token=`), or
  /// constructs the client without one (`client = Steel()`): the place a warning points to when
  /// the scheme must be assumed.
  public var apiKeyArgumentLocation: SourceLocation?
  /// The keywords that pass credentials there, the key first (`api_key`; Dinari's `api_key_id`
  /// and `api_secret_key`); empty where the construction passes none.
  public var credentialArguments: [String] = []
  /// The Python package the examples import the client from (`openai`): how the API's own
  /// tooling spells its name in lower case.
  public var pythonPackage: String?
  /// The first method with an array query parameter, whose format the reference does not give:
  /// the place a warning points to when the format must be assumed.
  public var arrayQueryParameterLocation: SourceLocation?
  /// For each path parameter the client holds (`Field.isClientOption`), the value the documented
  /// client construction passes (`org_id` → `My Org ID`): examples and tests construct the client
  /// so.
  public var clientOptionExamples: [String: String] = [:]

  public init(
    clientName: String? = nil, apiKeyEnvironmentVariable: String? = nil, omitsZeroValues: Bool = false,
    pythonPackage: String? = nil
  ) {
    self.clientName = clientName
    self.apiKeyEnvironmentVariable = apiKeyEnvironmentVariable
    self.omitsZeroValues = omitsZeroValues
    self.pythonPackage = pythonPackage
  }

  /// The conventions `api`'s evidence shows.
  static func detect(in api: APIDocument) -> APIConventions {
    let methods = api.allResources.flatMap(\.methods)
    var conventions = APIConventions(
      clientName: methods.lazy.compactMap { importedClientName($0.pythonExample) }.first,
      apiKeyEnvironmentVariable: methods.lazy.compactMap { apiKeyVariable($0.pythonExample) }.first,
      omitsZeroValues: api.looksLikeProto3JSON,
      pythonPackage: methods.lazy.compactMap { importedPackage($0.pythonExample) }.first)
    for method in methods {
      for field in method.params where field.isClientOption && conventions.clientOptionExamples[field.name] == nil {
        conventions.clientOptionExamples[field.name] = method.pythonExample.flatMap {
          IRBuilder.clientConstructionArguments($0)[field.name]
        }
      }
    }
    return conventions
  }

  /// `bearer_token=` in the documented client construction says `Authorization: Bearer`;
  /// else the requests the methods' descriptions show, where they agree on one scheme
  /// (`curl … -H 'Authorization: APIKey 1234_abcd...'`).
  static func authorizationScheme(_ methods: [Method], shown: [ShownAuthorization]) -> String? {
    if methods.contains(where: { $0.pythonExample?.contains("bearer_token=") ?? false }) { return "Bearer" }
    return shown.count == 1 ? shown.first?.scheme : nil
  }

  /// The schemes of the `Authorization` headers the methods' descriptions show a `curl` call
  /// sending (`curl … -H 'Authorization: APIKey 1234_abcd...'`), each with the first method
  /// that shows it, in the reference's order. Not a header a description names otherwise (a
  /// webhook's, sent to the user's server), nor a field's description (gcore's
  /// `origin_http_headers`: another server's header).
  static func shownAuthorizations(_ methods: [Method]) -> [ShownAuthorization] {
    var found: [ShownAuthorization] = []
    for method in methods {
      for scheme in CurlCall(in: method.description)?.authorizationSchemes ?? []
      where !found.contains(where: { $0.scheme == scheme }) {
        found.append(ShownAuthorization(scheme: String(scheme), operation: method.operation))
      }
    }
    return found
  }

  /// The package the Python examples import the client from: `from openai import OpenAI` →
  /// `openai`.
  static func importedPackage(_ example: String?) -> String? {
    guard let example else { return nil }
    let words = example.split(whereSeparator: \.isWhitespace).map(String.init)
    for index in words.indices.dropLast(3)
    where words[index] == "from" && words[index + 2] == "import" && isIdentifier(words[index + 1]) {
      return words[index + 1]
    }
    return nil
  }

  static func importedClientName(_ example: String?) -> String? {
    guard let example else { return nil }
    // Token-wise: the example's line breaks may be lost.
    let words = example.split(whereSeparator: \.isWhitespace).map(String.init)
    for index in words.indices.dropLast(3)
    where words[index] == "from" && words[index + 2] == "import" && isIdentifier(words[index + 3]) {
      return words[index + 3]
    }
    return nil
  }

  /// A Python class name: ASCII letters, digits and `_`, not starting with a digit.
  static func isIdentifier(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
    return word.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
    }
  }

  static func apiKeyVariable(_ example: String?) -> String? {
    guard let example, let start = example.range(of: "os.environ.get(\"") else { return nil }
    let name = example[start.upperBound...].prefix { $0 != "\"" }
    guard !name.isEmpty, name.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else { return nil }
    return String(name)
  }
}

/// An `Authorization` header a `curl` call in a method's description sends: its scheme and the
/// method's heading (`APIKey`, `Create AI Task`).
public struct ShownAuthorization: Sendable, Hashable {
  public var scheme: String
  public var operation: String
}

/// What an operation does, as far as a client's retries care.
public struct OperationTraits: Sendable, Hashable {
  /// Has no side effects: safe to retry on any transient failure.
  public var isReadOnly: Bool
  /// A Connect unary call: `POST` to a Connect path (`/package.v1.Service/Method`) with a JSON
  /// body. Its requests carry `Connect-Protocol-Version: 1`.
  public var isConnect: Bool

  public init(isReadOnly: Bool = false, isConnect: Bool = false) {
    self.isReadOnly = isReadOnly
    self.isConnect = isConnect
  }

  /// HTTP says it for REST methods (`GET`, `HEAD`, `OPTIONS` are safe). A Connect API sends
  /// every call as `POST`; there the operation's verb is the evidence: `Get…` and `List…`.
  static func detect(_ method: Method) -> OperationTraits {
    let verb = method.http.method.uppercased()
    if ["GET", "HEAD", "OPTIONS"].contains(verb) { return OperationTraits(isReadOnly: true) }
    guard verb == "POST" else { return OperationTraits(isReadOnly: false) }
    let isConnect = isConnectPath(method.http.path)
    for prefix in ["Get", "List"] where method.operation.hasPrefix(prefix) {
      let rest = method.operation.dropFirst(prefix.count)
      if rest.first.map({ $0.isUppercase }) ?? true { return OperationTraits(isReadOnly: true, isConnect: isConnect) }
    }
    return OperationTraits(isReadOnly: false, isConnect: isConnect)
  }

  /// Whether `path` is a Connect procedure path: `/package.v1.Service/Method` (a dotted,
  /// fully-qualified service name, then the method).
  static func isConnectPath(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 3 && parts[0].isEmpty && parts[1].contains(".") && !parts[2].isEmpty
      && parts[1].split(separator: ".").count >= 2 && parts[1].last?.isLetter == true
  }
}

extension APIDocument {
  /// Whether the reference describes a proto3 JSON (Connect/gRPC-transcoded) API, whose servers
  /// omit fields holding zero values: Connect paths `/pkg.v1.Service/Method`, or enums with a
  /// `_UNSPECIFIED` zero value.
  public var looksLikeProto3JSON: Bool {
    let resources = allResources
    let connectPaths = resources.flatMap(\.methods).contains { OperationTraits.isConnectPath($0.http.path) }
    let unspecifiedEnums = resources.flatMap(\.types).contains { decl in
      decl.kind == .enum && decl.values.contains { $0.hasSuffix("_UNSPECIFIED") }
    }
    return connectPaths || unspecifiedEnums
  }

  /// The document with its conventions and every method's traits decided from its evidence.
  func withConventions() -> APIDocument {
    var api = self
    func decide(_ resource: Resource) -> Resource {
      var resource = resource
      resource.methods = resource.methods.map { method in
        var method = method
        method.traits = OperationTraits.detect(method)
        return method
      }
      resource.resources = resource.resources.map(decide)
      return resource
    }
    api.resources = api.resources.map(decide)
    let (style, initialisms) = (api.conventions.wireNameStyle, api.conventions.wireNameInitialisms)
    api.conventions = APIConventions.detect(in: api)
    api.conventions.wireNameStyle = style
    api.conventions.wireNameInitialisms = initialisms
    let methods = api.allResources.flatMap(\.methods)
    api.conventions.shownAuthorizations = APIConventions.shownAuthorizations(methods)
    api.conventions.authorizationScheme = APIConventions.authorizationScheme(
      methods, shown: api.conventions.shownAuthorizations)
    return api
  }
}
