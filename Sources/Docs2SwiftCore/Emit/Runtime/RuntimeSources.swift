/// The API-independent Swift of a generated package (client core, transports, errors, options,
/// pagination core, `Timestamp`, `JSONValue`, `Indirect`, the Connect server core, the
/// Hummingbird adapter, the tests' HTTP servers and clients): ordinary Swift files in the
/// repository's `Runtime/` package, compiled and tested there for a stand-in API, embedded in
/// the executable, and emitted with the API's names in place of the stand-in's.
///
/// The stand-in API is module `ExampleKit` with client `Example`; a runtime path is the
/// generated path with those names (`Sources/ExampleKit/Client/ExampleError.swift` becomes
/// `Sources/Gitpod/Client/GitpodError.swift`). Only whole names are replaced (see
/// `RuntimeNames`), and the declaration modifier `public` becomes the configured access level.
enum RuntimeSources {
  /// The runtime file at `path` (relative to `Runtime/`) with `names` substituted, at its
  /// generated path. Traps when docs2swift was built without the file: a build error, not an
  /// input error.
  ///
  /// `appending` is per-API text (rendered by a template) that follows the runtime's in the
  /// same file, after a blank line.
  static func file(_ path: String, _ names: RuntimeNames, appending: String = "") -> GeneratedFile {
    guard let text = EmbeddedResources.runtime[path] else {
      preconditionFailure("docs2swift was built without the runtime file '\(path)'")
    }
    var contents = sortingImports(names.substitute(in: text))
    if !appending.isEmpty { contents += "\n" + appending }
    return GeneratedFile(path: names.substitute(in: path), contents: contents)
  }

  /// Every runtime file that may be emitted: the `Runtime/` package's sources and test support,
  /// without the stand-in client type and the runtime's own tests.
  static var paths: [String] { EmbeddedResources.runtime.keys.sorted() }

  /// The names of the runtime's files in the models' module, without `.swift` (`Pagination`,
  /// `Timestamp`, the error's), which no model's file may take (`SwiftModel.fileNames`).
  static func modelsModuleFileNames(errorName: String) -> [String] {
    paths.filter { $0.hasPrefix("Sources/ExampleKit/") && $0.hasSuffix(".swift") }.map { path in
      let name = String(path.split(separator: "/").last?.dropLast(".swift".count) ?? "")
      return name == "ExampleError" ? errorName : name
    }
  }

  /// Sorts each run of consecutive `import X` lines and drops repeats, as the generated
  /// package's import lists are (swift-format's `OrderedImports`): the module names substituted
  /// into them need not sort where `ExampleKit` did.
  static func sortingImports(_ text: String) -> String {
    guard text.containsText("\nimport ") || text.hasPrefix("import ") else { return text }
    var lines = TextLines.split(text)
    var start = 0
    while start < lines.count {
      guard lines[start].hasPrefix("import ") else {
        start += 1
        continue
      }
      var end = start
      while end < lines.count, lines[end].hasPrefix("import ") { end += 1 }
      var seen: Set<String> = []
      let sorted = lines[start..<end].sorted().filter { seen.insert($0).inserted }
      lines.replaceSubrange(start..<end, with: sorted)
      start += sorted.count
    }
    return lines.joined(separator: "\n")
  }
}

/// The names substituted into runtime files: each stand-in name of the `Runtime/` package and
/// what replaces it. A name is replaced only where it stands whole: not preceded or followed by
/// a letter, digit or `_` (`Example` in `Example.version`, not in `ExampleKit` or `examples`;
/// `ExampleKit` in `"ExampleKit-Swift/"`). The replaced names:
///
/// | stand-in | replaced by |
/// | --- | --- |
/// | `ExampleKit`, `ExampleKitServer`, `ExampleKitHummingbird`, `ExampleKitAsyncHTTPClient`, `ExampleKitClientTests`, `ExampleKitServerTests` | the module names |
/// | `Example`, `ExampleError` | the client type (`GitpodClient`) and the error type (`GitpodError`) |
/// | `Example` + a capitalized name (`ExamplePage`, `ExampleRPCError`) | the API's type prefix + that name (`GitpodPage`): every generic runtime type carries the API's name, so none collides with a type of the packages an app or server imports (GRPCCore's `RPCError`) or with the API's own (`Principal`) |
/// | `examplekit` | the logger label: the module name in lower case |
/// | `example-kit-server` | the server executable's name |
/// | `public` | the access level (`public` or `package`), where the file takes it |
struct RuntimeNames: Sendable {
  /// Stand-in → replacement, for names made of letters, digits and `_`.
  private var identifiers: [String: String]
  /// Stand-in → replacement, for names with other characters (`example-kit-server`), tried first.
  private var phrases: [(String, String)]
  /// The first bytes of the stand-in names of `identifiers`.
  private var firstBytes: Set<UInt8>
  /// What replaces the stand-in prefix `Example` of the runtime's generic types (`Gitpod`).
  private var typePrefix: String

  /// - Parameters:
  ///   - access: replaces the modifier `public`; nil for files whose declarations stay `public`
  ///     whatever the configured access (the server modules).
  init(
    modules: PackageModules, typePrefix: String, clientName: String? = nil, errorName: String? = nil,
    access: String?, executableName: String? = nil
  ) {
    self.typePrefix = typePrefix
    let clientName = clientName ?? modules.models + "Client"
    identifiers = [
      "ExampleKit": modules.models,
      "ExampleKitServer": modules.server,
      "ExampleKitHummingbird": modules.hummingbird,
      "ExampleKitAsyncHTTPClient": modules.asyncHTTPClient,
      "ExampleKitClientTests": modules.clientTests,
      "ExampleKitServerTests": modules.serverTests,
      "Example": clientName,
      "ExampleError": errorName ?? modules.models + "Error",
      "examplekit": modules.models.lowercased(),
    ]
    if let access { identifiers["public"] = access }
    firstBytes = Set(identifiers.keys.compactMap(\.utf8.first))
    // The executable's name (`SwiftModel.serverExecutableName`), in the files that name it.
    phrases = executableName.map { [("example-kit-server", $0)] } ?? []
  }

  /// Only the runtime's generic type names (`ExamplePage` → `GitpodPage`): what the templates'
  /// own text refers to (their per-API names come from the view models).
  init(typePrefix: String) {
    self.typePrefix = typePrefix
    identifiers = [:]
    firstBytes = []
    phrases = []
  }

  /// `text` with every whole stand-in name replaced.
  func substitute(in text: String) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 16)
    var index = 0
    var changed = false
    scan: while index < bytes.count {
      guard Self.isIdentifierByte(bytes[index]) else {
        out.append(bytes[index])
        index += 1
        continue
      }
      // A name starts here: `index` follows a byte that is not part of a name.
      for (phrase, replacement) in phrases
      where phrase.utf8.first == bytes[index] && Self.matches(phrase, in: bytes, at: index) {
        out.append(contentsOf: replacement.utf8)
        index += phrase.utf8.count
        changed = true
        continue scan
      }
      var end = index
      while end < bytes.count, Self.isIdentifierByte(bytes[end]) { end += 1 }
      // Only a name that starts like a stand-in is looked up (most words of the text are not).
      if firstBytes.contains(bytes[index]),
        let replacement = identifiers[String(decoding: bytes[index..<end], as: UTF8.self)]
      {
        out.append(contentsOf: replacement.utf8)
        changed = true
      } else if Self.startsWithTypePrefix(bytes[index..<end]) {
        // `ExamplePage` → `GitpodPage`: the API's prefix, then the rest as it is.
        out.append(contentsOf: typePrefix.utf8)
        out.append(contentsOf: bytes[(index + 7)..<end])
        changed = true
      } else {
        out.append(contentsOf: bytes[index..<end])
      }
      index = end
    }
    return changed ? String(decoding: out, as: UTF8.self) : text
  }

  /// Whether a name is `Example` followed by a capital letter (`ExamplePage`): a generic runtime
  /// type's stand-in. Checked on bytes: most names of a text are not.
  static func startsWithTypePrefix(_ name: some Collection<UInt8>) -> Bool {
    let prefix = "Example".utf8
    guard name.count > prefix.count, name.starts(with: prefix) else { return false }
    let next = name.dropFirst(prefix.count).first ?? 0
    return next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")
  }

  /// Whether `phrase` stands whole at `index`: the bytes match and the next is not a name's.
  private static func matches(_ phrase: String, in bytes: [UInt8], at index: Int) -> Bool {
    let phrase = Array(phrase.utf8)
    guard index + phrase.count <= bytes.count, bytes[index..<index + phrase.count].elementsEqual(phrase) else {
      return false
    }
    return index + phrase.count == bytes.count || !isIdentifierByte(bytes[index + phrase.count])
  }

  /// ASCII letters, digits and `_`, and every byte of a non-ASCII character (names may hold
  /// them; a stand-in never borders one).
  private static func isIdentifierByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"),
      UInt8(ascii: "_"), 0x80...:
      return true
    default: return false
    }
  }
}
