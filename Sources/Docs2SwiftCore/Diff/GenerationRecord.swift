import Foundation

/// What a generated package records about its own generation, so that a later run (or
/// `docs2swift diff`) can tell what changed without the reference it came from:
///
/// - `.docs2swift/api.json`: the API model, exactly what `docs2swift dump-ir` prints
///   (docs/ir-export.md);
/// - `.docs2swift/generator.json`: the docs2swift version, the IR and record versions, and the
///   generator settings that decide the Swift model (docs/generation-record.md).
public struct GenerationRecord: Sendable {
  /// The version of docs2swift that writes records (and the generated code).
  public static let generatorVersion = "0.1.0"
  /// The version of this record's format.
  public static let formatVersion = 1
  public static let folder = ".docs2swift"
  public static let apiPath = folder + "/api.json"
  public static let generatorPath = folder + "/generator.json"

  public var api: APIDocument
  public var config: GeneratorConfig
  public var generatorVersion: String

  public init(api: APIDocument, config: GeneratorConfig, generatorVersion: String = Self.generatorVersion) {
    self.api = api
    self.config = config
    self.generatorVersion = generatorVersion
  }

  /// The record's files, paths relative to the package folder.
  public func files() -> [GeneratedFile] {
    [
      GeneratedFile(path: Self.apiPath, contents: IRExport.json(api) + "\n"),
      GeneratedFile(
        path: Self.generatorPath,
        contents: Self.generatorValue(config, version: generatorVersion).printed(.init(sortedKeys: true, indent: 2))
          + "\n"),
    ]
  }

  static func generatorValue(_ config: GeneratorConfig, version: String) -> JSONValue {
    func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    func names(_ set: Set<String>) -> JSONValue { .array(set.sorted().map { .string($0) }) }
    var members: [(String, JSONValue)] = [
      ("moduleName", optional(config.moduleName)),
      ("clientName", optional(config.clientName)),
      ("accessModifier", .string(config.accessModifier.rawValue)),
      ("zeroValueDefaults", config.zeroValueDefaults.map { .bool($0) } ?? .null),
      ("generate", names(Set(config.outputs.map(\.rawValue)))),
      ("baseURL", optional(config.baseURL)),
      ("sdkVersion", optional(config.sdkVersion)),
      ("readOnlyOperations", names(config.readOnlyOperations)),
      ("writeOperations", names(config.writeOperations)),
    ]
    // Recorded only when set, so that the records of packages generated without them stay as
    // they were.
    if let header = config.authHeader { members.append(("authHeader", .string(header))) }
    if let scheme = config.authScheme { members.append(("authScheme", .string(scheme.isEmpty ? "none" : scheme))) }
    if let format = config.queryArrayFormat { members.append(("queryArrayFormat", .string(format))) }
    if !config.headerNames.isEmpty {
      members.append(
        ("headerNames", .object(config.headerNames.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
    }
    if !config.parameterLocations.isEmpty {
      let entries = config.parameterLocations.sorted { $0.key < $1.key }.map {
        ($0.key, JSONValue.string($0.value.rawValue))
      }
      members.append(("parameterLocations", .object(entries)))
    }
    if !config.publicMethods.isEmpty { members.append(("publicMethods", names(config.publicMethods))) }
    if !config.wireNames.isEmpty {
      members.append(
        ("wireNames", .object(config.wireNames.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
    }
    if !config.responseEnvelopes.isEmpty {
      let entries = config.responseEnvelopes.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) }
      members.append(("responseEnvelopes", .object(entries)))
    }
    let settings: JSONValue = .object(members)
    return .object([
      ("recordVersion", .number(String(formatVersion))),
      ("docs2swiftVersion", .string(version)),
      ("irVersion", .number(String(IRExport.version))),
      ("config", settings),
    ])
  }

  /// Whether the record among `files` (its API model and settings) is the one `directory`
  /// already holds, byte for byte: then nothing about the API changed since that generation.
  public static func isRecorded(in files: [GeneratedFile], at directory: String) -> Bool {
    let paths = [apiPath, generatorPath]
    let record = files.filter { paths.contains($0.path) }
    guard record.count == paths.count else { return false }
    return record.allSatisfy { file in
      FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(file.path))
        == Data(file.contents.utf8)
    }
  }

  /// Whether `directory` holds a record.
  public static func exists(in directory: String) -> Bool {
    FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(apiPath))
  }

  /// Reads the record of the package in `directory`. Errors are located in the record's files.
  public static func load(from directory: String) throws(DiagnosticError) -> GenerationRecord {
    let apiFile = (directory as NSString).appendingPathComponent(apiPath)
    let generatorFile = (directory as NSString).appendingPathComponent(generatorPath)
    guard FileManager.default.fileExists(atPath: apiFile) else {
      throw DiagnosticError(
        "'\(directory)' holds no docs2swift record (\(apiPath)); generate it with docs2swift 0.1.0 or later",
        at: nil)
    }
    let api = try IRImport.document(try readJSON(apiFile))
    var config = GeneratorConfig()
    var version = "unknown"
    if FileManager.default.fileExists(atPath: generatorFile) {
      let value = try readJSON(generatorFile)
      version = value["docs2swiftVersion"]?.stringValue ?? version
      config = try Self.config(value["config"] ?? .object([]), file: generatorFile)
    }
    return GenerationRecord(api: api, config: config, generatorVersion: version)
  }

  static func readJSON(_ path: String) throws(DiagnosticError) -> JSONValue {
    let source = try Pipeline.readSource(path: path)
    do {
      return try JSONValue.parse(source.text)
    } catch {
      throw DiagnosticError("invalid JSON: \(error.message)", at: source.location(ofOffset: error.offset))
    }
  }

  static func config(_ value: JSONValue, file: String) throws(DiagnosticError) -> GeneratorConfig {
    var config = GeneratorConfig()
    config.moduleName = value["moduleName"]?.stringValue
    config.clientName = value["clientName"]?.stringValue
    if let access = value["accessModifier"]?.stringValue {
      guard let modifier = GeneratorConfig.AccessModifier(rawValue: access) else {
        throw DiagnosticError(
          "accessModifier must be 'public' or 'package', not '\(access)'", at: .init(file: file, line: 1, column: 1))
      }
      config.accessModifier = modifier
    }
    if case .bool(let zero)? = value["zeroValueDefaults"] { config.zeroValueDefaults = zero }
    if let outputs = value["generate"]?.arrayElements {
      config.outputs = Set(outputs.compactMap { $0.stringValue.flatMap(GeneratorConfig.Output.init(rawValue:)) })
        .union([.models])
    }
    config.baseURL = value["baseURL"]?.stringValue
    config.sdkVersion = value["sdkVersion"]?.stringValue
    config.readOnlyOperations = Set(value["readOnlyOperations"]?.arrayElements?.compactMap(\.stringValue) ?? [])
    config.writeOperations = Set(value["writeOperations"]?.arrayElements?.compactMap(\.stringValue) ?? [])
    config.authHeader = value["authHeader"]?.stringValue
    config.authScheme = value["authScheme"]?.stringValue.map { $0 == "none" ? "" : $0 }
    config.queryArrayFormat = value["queryArrayFormat"]?.stringValue
    if case .object(let names)? = value["headerNames"] {
      for (parameter, header) in names { config.headerNames[parameter] = header.stringValue }
    }
    if case .object(let entries)? = value["parameterLocations"] {
      for (parameter, place) in entries {
        config.parameterLocations[parameter] = place.stringValue.flatMap(GeneratorConfig.ConfiguredLocation.init)
      }
    }
    config.publicMethods = Set(value["publicMethods"]?.arrayElements?.compactMap(\.stringValue) ?? [])
    if case .object(let entries)? = value["wireNames"] {
      for (parameter, wireName) in entries { config.wireNames[parameter] = wireName.stringValue }
    }
    if case .object(let entries)? = value["responseEnvelopes"] {
      for (name, member) in entries { config.responseEnvelopes[name] = member.stringValue }
    }
    return config
  }
}

extension JSONValue {
  var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}

/// Reads the JSON of `dump-ir` (docs/ir-export.md) back into the API model. Facts the export
/// leaves out are derived as the builder derives them: conventions and traits from the model's
/// evidence, a Domain Type's heading from its name, the return type's spelling from `returns`.
public enum IRImport {
  public struct Failure: Error {
    var message: String
  }

  public static func document(_ value: JSONValue) throws(DiagnosticError) -> APIDocument {
    do {
      guard case .number(let version)? = value["irVersion"], version == String(IRExport.version) else {
        throw Failure(message: "unsupported irVersion (expected \(IRExport.version))")
      }
      var api = APIDocument(
        title: try string(value, "title"), resources: try array(value, "resources").map(resource))
      if let style = value["wireNameStyle"]?.stringValue {
        guard let decoded = WireNameStyle(rawValue: style) else {
          throw Failure(message: "unknown wireNameStyle '\(style)'")
        }
        api.conventions.wireNameStyle = decoded
      }
      if let words = value["wireNameInitialisms"]?.arrayElements {
        api.conventions.wireNameInitialisms = try words.map { word in
          guard let text = word.stringValue else { throw Failure(message: "'wireNameInitialisms' holds a non-string") }
          return text
        }
      }
      return api.withConventions()
    } catch let failure as Failure {
      throw DiagnosticError("the recorded API model cannot be read: \(failure.message)", at: nil)
    } catch {
      throw DiagnosticError("the recorded API model cannot be read", at: nil)
    }
  }

  static func string(_ value: JSONValue, _ key: String) throws -> String {
    guard let text = value[key]?.stringValue else { throw Failure(message: "'\(key)' is missing or not a string") }
    return text
  }

  static func array(_ value: JSONValue, _ key: String) throws -> [JSONValue] {
    guard let elements = value[key]?.arrayElements else {
      throw Failure(message: "'\(key)' is missing or not an array")
    }
    return elements
  }

  static func resource(_ value: JSONValue) throws -> Resource {
    var resource = Resource(
      name: try string(value, "name"), path: try string(value, "path").split(separator: ".").map(String.init),
      title: try string(value, "title"), methods: try array(value, "methods").map(method),
      types: try array(value, "types").map(typeDecl), resources: try array(value, "resources").map(resource))
    if let style = value["wireNameStyle"]?.stringValue {
      guard let decoded = WireNameStyle(rawValue: style) else {
        throw Failure(message: "unknown wireNameStyle '\(style)'")
      }
      resource.wireNameStyle = decoded
    }
    if case .bool(let holds)? = value["clientMethods"] { resource.holdsClientMethods = holds }
    return resource
  }

  static func method(_ value: JSONValue) throws -> Method {
    guard let http = value["http"] else { throw Failure(message: "'http' is missing") }
    let returns = try value["returns"].flatMap { $0 == .null ? nil : try typeRef($0) }
    let pagination = try value["pagination"].flatMap { $0 == .null ? nil : try self.pagination($0) }
    var returnsName = "object"
    switch returns {
    case .ref(let name)?, .object(let name?, _)?, .enum(let name?, _)?: returnsName = name
    default: break
    }
    if let pagination, case .ref(let item) = pagination.item { returnsName = "\(pagination.pageType)[\(item)]" }
    let examples = try array(value, "examples").map { example throws -> RequestExample in
      RequestExample(
        title: try string(example, "title"), description: try string(example, "description"),
        request: example["request"] ?? .object([]))
    }
    let response = value["responseExample"].flatMap { $0 == .null ? nil : $0 }
    let streaming = value["streaming"]?.stringValue
    if streaming == "jsonl" { returnsName = "JSONLDecoder[\(returnsName)]" }
    var method = Method(
      name: try string(value, "name"), operation: try string(value, "operation"),
      http: HTTPEndpoint(
        method: try string(http, "method"), path: try string(http, "path"),
        query: try (http["query"]?.arrayElements ?? []).map {
          HTTPEndpoint.QueryItem(name: try string($0, "name"), value: try string($0, "value"))
        }),
      summary: try string(value, "summary"), description: try string(value, "description"),
      paramsType: try string(value, "paramsType"), params: try array(value, "params").map(field), returns: returns,
      returnsName: returnsName, pagination: pagination, examples: examples, responseExample: response,
      pythonExample: value["pythonExample"]?.stringValue)
    method.streaming = streaming
    // The keys REST references added (absent: the Connect default).
    method.positionalParams = value["positionalParams"]?.arrayElements?.compactMap(\.stringValue) ?? []
    if case .bool(let documented)? = value["paramsTypeDocumented"] { method.paramsTypeDocumented = documented }
    if let body = value["requestBody"]?.stringValue {
      guard let kind = RequestBodyKind(rawValue: body) else { throw Failure(message: "unknown requestBody '\(body)'") }
      method.requestBody = kind
    }
    if let response = value["response"]?.stringValue {
      guard let kind = ResponseKind(rawValue: response) else {
        throw Failure(message: "unknown response '\(response)'")
      }
      method.response = kind
    }
    if let stream = value["eventStream"], stream != .null {
      guard let event = stream["event"] else { throw Failure(message: "'event' is missing in an eventStream") }
      method.eventStream = Streaming(
        param: try string(stream, "param"), format: try string(stream, "format"), event: try typeRef(event))
    }
    return method
  }

  static func pagination(_ value: JSONValue) throws -> Pagination {
    guard let item = value["item"] else { throw Failure(message: "'item' is missing") }
    var pagination = Pagination(
      pageType: try string(value, "pageType"), item: try typeRef(item), itemsField: try string(value, "itemsField"),
      nextTokenPath: try array(value, "nextTokenPath").compactMap(\.stringValue),
      tokenParam: try string(value, "tokenParam"), pageSizeParam: try string(value, "pageSizeParam"))
    if let scheme = value["scheme"]?.stringValue {
      guard let decoded = PaginationScheme(rawValue: scheme) else {
        throw Failure(message: "unknown pagination scheme '\(scheme)'")
      }
      pagination.scheme = decoded
    }
    pagination.beforeParam = value["beforeParam"]?.stringValue
    pagination.hasMorePath = value["hasMorePath"]?.arrayElements?.compactMap(\.stringValue)
    pagination.cursorItemField = value["cursorItemField"]?.stringValue
    if let path = value["itemsPath"]?.arrayElements?.compactMap(\.stringValue) { pagination.itemsPath = path }
    return pagination
  }

  static func field(_ value: JSONValue) throws -> Field {
    guard let type = value["type"] else { throw Failure(message: "'type' is missing") }
    guard case .bool(let required)? = value["required"] else { throw Failure(message: "'required' is missing") }
    var field = Field(
      name: try string(value, "name"), jsonName: try string(value, "jsonName"), required: required,
      type: try typeRef(type), description: try string(value, "description"),
      location: value["location"]?.stringValue.flatMap(ParameterLocation.init(rawValue:)),
      headerName: value["headerName"]?.stringValue)
    field.isClientOption = value["clientOption"] == .bool(true)
    return field
  }

  static func typeDecl(_ value: JSONValue) throws -> TypeDecl {
    let name = try string(value, "name")
    guard let kind = TypeDecl.Kind(rawValue: try string(value, "kind")) else {
      throw Failure(message: "unknown type kind of '\(name)'")
    }
    return TypeDecl(
      name: name, title: name, kind: kind, description: try string(value, "description"),
      fields: try value["fields"]?.arrayElements?.map(field) ?? [],
      values: value["values"]?.arrayElements?.compactMap(\.stringValue) ?? [],
      members: try value["members"]?.arrayElements?.map(typeRef) ?? [])
  }

  static func typeRef(_ value: JSONValue) throws -> TypeRef {
    let kind = try string(value, "kind")
    func of() throws -> TypeRef {
      guard let element = value["of"] else { throw Failure(message: "'of' is missing in a \(kind) type") }
      return try typeRef(element)
    }
    switch kind {
    case "string": return .string
    case "integer": return .integer
    case "number": return .number
    case "boolean": return .boolean
    case "datetime": return .datetime
    case "any": return .any
    case "array": return .array(try of())
    case "map": return .map(try of())
    case "enum":
      return .enum(name: value["name"]?.stringValue, values: try array(value, "values").compactMap(\.stringValue))
    case "object": return .object(name: value["name"]?.stringValue, fields: try array(value, "fields").map(field))
    case "ref": return .ref(try string(value, "name"))
    case "union": return .union(try array(value, "members").map(typeRef))
    case "file": return .file
    default: throw Failure(message: "unknown type kind '\(kind)'")
    }
  }
}
