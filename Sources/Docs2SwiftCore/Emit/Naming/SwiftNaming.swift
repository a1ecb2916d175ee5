/// Turns names from the reference (`invite_accounts_with_matching_domain`,
/// `ORGANIZATION_ROLE_ADMIN`, `SSOConfiguration`) into Swift identifiers.
///
/// The rules follow swift-protobuf's protoc-gen-swift (NamingUtils): words are split at `_`,
/// non-alphanumerics and case changes; the abbreviations `id`, `url`, `http` and `https` are
/// upper-cased as a whole (`avatar_url` → `avatarURL`); Swift keywords are escaped with
/// backticks; names that cannot be escaped (or would shadow something the generated code
/// needs) get a deterministic suffix.
public enum SwiftNaming {
  /// Words written in capitals as a whole when they are not the first word of a lowerCamel name.
  static let abbreviations: Set<String> = ["id", "url", "http", "https"]

  /// Keywords that may be used as identifiers when escaped with backticks.
  static let quotableKeywords: Set<String> = [
    // declarations
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
    "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "static", "struct",
    "subscript", "typealias", "var", "package",
    // statements
    "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
    "guard", "if", "in", "repeat", "return", "switch", "throw", "where", "while",
    // expressions and types
    "as", "Any", "false", "is", "nil", "rethrows", "super", "throws", "true", "try", "await", "async",
    "consume", "copy", "discard", "each", "some", "any",
  ]

  /// Property names that backticks cannot rescue (or that clash with `Hashable`); they get the
  /// suffix `Value`.
  static let reservedPropertyNames: Set<String> = [
    "self", "Self", "init", "deinit", "subscript", "super", "Type", "Protocol", "hashValue",
  ]

  /// Names an enum's constants cannot take: the members every generated enum has.
  static let reservedEnumCaseNames = reservedPropertyNames.union(["rawValue", "knownValues"])

  /// Type names that would shadow the standard library, Foundation, Concurrency or protocols the
  /// generated code uses; they get the suffix `Model`.
  static let reservedTypeNames: Set<String> = [
    "Any", "AnyObject", "Array", "Bool", "Codable", "CodingKey", "CodingKeys", "Data", "Date",
    "Decodable", "Decoder", "Dictionary", "Double", "Encodable", "Encoder", "Equatable", "Error",
    "Float", "Foundation", "Hashable", "Int", "Int32", "Int64", "Optional", "Protocol",
    "RawRepresentable", "Self", "Sendable", "Set", "String", "Swift", "Type", "UInt", "UInt32",
    "UInt64", "URL", "Void",
    // Concurrency and Foundation names the generated runtime uses unqualified.
    "Task", "Result", "Duration", "Never", "Character", "Clock", "ContinuousClock", "UUID", "Decimal",
    "AsyncSequence", "AsyncStream", "AsyncThrowingStream", "CancellationError", "JSONDecoder", "JSONEncoder",
    "URLRequest", "URLSession",
  ]

  /// Type names the generated code uses unqualified, in a file that imports the models' module,
  /// from the frameworks it imports there (AsyncHTTPClient and SwiftNIO in the transport), and
  /// the modules' own names, with the module: a model of one of these names would make that
  /// code ambiguous. (The Hummingbird responder imports only the one client type it needs, and
  /// the tests write `Testing.Issue`, so `Request`, `Response` and `Issue` stay free.)
  /// `TypeNameShadowingTests` checks that the generated code uses no other.
  static let frameworkTypeNames: [String: String] = [
    "ByteBuffer": "NIOCore", "IOError": "NIOCore", "HTTPMethod": "NIOHTTP1", "HTTPClient": "AsyncHTTPClient",
    "HTTPClientError": "AsyncHTTPClient", "HTTPClientRequest": "AsyncHTTPClient",
    "Hummingbird": "Hummingbird", "HTTPTypes": "HTTPTypes", "NIOCore": "NIOCore", "NIOHTTP1": "NIOHTTP1",
    "NIOPosix": "NIOPosix", "AsyncHTTPClient": "AsyncHTTPClient", "Testing": "Testing", "Glibc": "Glibc",
    "POLLIN": "Glibc", "ECONNREFUSED": "Glibc",
    "Musl": "Musl", "Darwin": "Darwin",
  ]

  /// The module that declares the type (or is the module) a top-level type named `name` would
  /// shadow, if any: Swift, Foundation, Concurrency, Logging, or a framework the generated
  /// server, transport or tests use beside the models.
  static func shadowedModule(_ name: String) -> String? {
    importedTypeNames[name] ?? frameworkTypeNames[name]
  }

  // MARK: - Words

  /// Splits a name into lowercase words: `inviteAccounts_with-URL2` → `invite accounts with url2`.
  /// A run of capitals is one word (`SSOConfiguration` → `sso configuration`).
  static func words(_ name: String) -> [String] {
    var words: [String] = []
    var current = ""
    let scalars = Array(name.unicodeScalars)
    func flush() {
      if !current.isEmpty { words.append(current.lowercased()) }
      current = ""
    }
    // ASCII answers without Unicode property tables (most names are ASCII).
    func isUpper(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }
    func isLower(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
    }
    for (index, scalar) in scalars.enumerated() {
      // Letters of any script are identifier characters in Swift (`größe`, `名前`).
      let isAlnum =
        scalar.isASCII
        ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        : scalar.properties.isAlphabetic
      guard isAlnum else {
        flush()
        continue
      }
      if isUpper(scalar), let last = current.unicodeScalars.last {
        let lastIsUpper = isUpper(last)
        let nextIsLower = index + 1 < scalars.count && isLower(scalars[index + 1])
        // `fooBar` splits before B; `SSOConfig` splits before C (end of a capital run).
        if !lastIsUpper || nextIsLower { flush() }
      }
      current.unicodeScalars.append(scalar)
    }
    flush()
    return words
  }

  /// A word in UpperCamelCase: abbreviations all capitals (`url` → `URL`, `ids` → `IDs`).
  static func camelWord(_ word: String) -> String {
    if abbreviations.contains(word) { return word.uppercased() }
    if word.hasSuffix("s"), abbreviations.contains(String(word.dropLast())) {
      return word.dropLast().uppercased() + "s"
    }
    return capitalized(word)
  }

  static func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }

  /// `organization_create_params` → `OrganizationCreateParams`; abbreviations are upper-cased
  /// as a whole (`avatar_url` → `AvatarURL`).
  public static func upperCamelCase(_ name: String) -> String {
    let parts = words(name).map(camelWord)
    return prefixedIfNeeded(parts.joined(), prefix: "T")
  }

  /// `invite_accounts_with_matching_domain` → `inviteAccountsWithMatchingDomain`,
  /// `organization_id` → `organizationID`, `id` → `id`.
  public static func lowerCamelCase(_ name: String) -> String {
    let parts = words(name)
    guard let first = parts.first else { return "field" }
    let rest = parts.dropFirst().map(camelWord)
    return prefixedIfNeeded(first + rest.joined(), prefix: "v")
  }

  /// Identifiers cannot start with a digit.
  static func prefixedIfNeeded(_ name: String, prefix: String) -> String {
    guard let first = name.unicodeScalars.first else { return prefix }
    return ("0"..."9").contains(first) ? prefix + name : name
  }

  // MARK: - Declarations

  /// A type name for a documented name (kept as written when it is already UpperCamelCase, so
  /// `SSOConfiguration` stays as it is), renamed when it is reserved.
  public static func typeName(_ documented: String) -> String {
    let isIdentifier = documented.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
    }
    let base: String
    if isIdentifier, let first = documented.first, first.isUppercase {
      base = documented
    } else {
      base = upperCamelCase(documented)
    }
    return reservedTypeNames.contains(base) || quotableKeywords.contains(base) ? base + "Model" : base
  }

  /// The singular of an English plural field name, as far as its ending says (`blocks` →
  /// `block`, `entries` → `entry`, `classes` → `class`); other names as they are.
  static func singular(_ name: String) -> String {
    let forms = singularForms(name)
    if name.hasSuffix("ies"), name.count > 4 { return forms[0] }
    if ["sses", "shes", "ches", "xes"].contains(where: name.hasSuffix) { return forms[0] }
    if name.hasSuffix("s"), name.count > 3, !["ss", "us", "is"].contains(String(name.suffix(2))) {
      return forms[forms.count - 1]
    }
    return name
  }

  /// What an English plural may be the plural of, each ending it may have dropped (`entries` →
  /// `entry`, `entri`, `entrie`; `classes` → `class`, `classe`): the SDKs name a list's class for
  /// one of them (`unmet_conditions` → `UnmetCondition`).
  static func singularForms(_ word: String) -> [String] {
    var forms: [String] = []
    if word.hasSuffix("ies") { forms.append(word.dropLast(3) + "y") }
    if word.hasSuffix("es") { forms.append(String(word.dropLast(2))) }
    if word.hasSuffix("s") { forms.append(String(word.dropLast())) }
    return forms
  }

  /// A property name for a documented field name, unescaped (see `escaped(_:)`).
  public static func propertyName(_ documented: String) -> String {
    let base = lowerCamelCase(documented)
    return reservedPropertyNames.contains(base) ? base + "Value" : base
  }

  /// An argument label, in a declaration or a call: backticks are needed there only for
  /// `inout`, `var` and `let` (a call's escaped `copy:` or `default:` is warned).
  public static func argumentLabel(_ identifier: String) -> String {
    ["inout", "var", "let"].contains(identifier) ? escaped(identifier) : identifier
  }

  /// `default` → `` `default` ``; other identifiers unchanged.
  public static func escaped(_ identifier: String) -> String {
    quotableKeywords.contains(identifier) ? "`\(identifier)`" : identifier
  }

  /// Names for the documented values of an enum: the longest common `_`-separated prefix of all
  /// values is dropped, the rest lowerCamelCased (`ORGANIZATION_ROLE_ADMIN` → `admin`,
  /// `ORGANIZATION_ROLE_UNSPECIFIED` → `unspecified`). Clashes get numeric suffixes.
  public static func enumCaseNames(_ values: [String]) -> [String] {
    let split = values.map { $0.split(separator: "_", omittingEmptySubsequences: false).map(String.init) }
    var common = 0
    if values.count > 1, let shortest = split.map(\.count).min() {
      // Keep at least one word of every value.
      while common < shortest - 1, Set(split.map { $0[common] }).count == 1 { common += 1 }
    }
    var names: [String] = []
    for parts in split {
      var name = lowerCamelCase(parts.dropFirst(common).joined(separator: "_"))
      if name == "_" { name = "empty" }
      if reservedEnumCaseNames.contains(name) { name += "Value" }
      names.append(name)
    }
    return uniqued(names)
  }

  /// Makes names unique by appending 2, 3, … to later duplicates, in order.
  public static func uniqued(_ names: [String], taken: Set<String> = []) -> [String] {
    // `taken` is only read: copying it for every call made naming quadratic in the API's size.
    var added: Set<String> = []
    return names.map { name in
      var candidate = name
      var counter = 2
      while taken.contains(candidate) || added.contains(candidate) {
        candidate = name + String(counter)
        counter += 1
      }
      added.insert(candidate)
      return candidate
    }
  }

  // MARK: - Literals

  /// The contents of a Swift string literal for `text` (without the quotes): see
  /// `SwiftLiteral.stringContents`.
  public static func stringLiteralContents(_ text: String) -> String {
    SwiftLiteral.stringContents(text)
  }

}
