/// The JSON projection of the IR that `docs2swift dump-ir` prints: the contract in
/// docs/ir-export.md (keys sorted, 2-space indent).
public enum IRExport {
  public static let version = 1

  public static func json(_ document: APIDocument) -> String {
    value(document).printed(.init(sortedKeys: true, indent: 2))
  }

  public static func value(_ document: APIDocument) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("irVersion", .number(String(version))),
      ("title", .string(document.title)),
      ("resources", .array(document.resources.map(value))),
    ]
    // Keys added for REST references are written only where they differ from what a
    // reader that predates them assumes (the seed's Connect conventions): absent = default.
    if document.conventions.wireNameStyle != .camelCase {
      members.append(("wireNameStyle", .string(document.conventions.wireNameStyle.rawValue)))
    }
    if !document.conventions.wireNameInitialisms.isEmpty {
      members.append(("wireNameInitialisms", .array(document.conventions.wireNameInitialisms.map { .string($0) })))
    }
    return .object(members)
  }

  static func value(_ resource: Resource) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("name", .string(resource.name)),
      ("path", .string(resource.path.joined(separator: "."))),
      ("title", .string(resource.title)),
    ]
    // Only where the resource's own evidence overrides the API's style (older exports lack it).
    if let style = resource.wireNameStyle { members.append(("wireNameStyle", .string(style.rawValue))) }
    if resource.holdsClientMethods { members.append(("clientMethods", .bool(true))) }
    members += [
      ("methods", .array(resource.methods.map(value))),
      ("types", .array(resource.types.map(value))),
      ("resources", .array(resource.resources.map(value))),
    ]
    return .object(members)
  }

  static func value(_ method: Method) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("name", .string(method.name)),
      ("operation", .string(method.operation)),
      ("http", http(method.http)),
      ("summary", .string(method.summary)),
      ("description", .string(method.description)),
      ("paramsType", .string(method.paramsType)),
      ("params", .array(method.params.map(value))),
      ("returns", method.returns.map(value) ?? .null),
      ("pagination", method.pagination.map(value) ?? .null),
      (
        "examples",
        .array(
          method.examples.map {
            .object([("title", .string($0.title)), ("description", .string($0.description)), ("request", $0.request)])
          })
      ),
      ("responseExample", method.responseExample ?? .null),
      ("pythonExample", method.pythonExample.map { .string($0) } ?? .null),
    ]
    if !method.positionalParams.isEmpty {
      members.append(("positionalParams", .array(method.positionalParams.map { .string($0) })))
    }
    if !method.paramsTypeDocumented { members.append(("paramsTypeDocumented", .bool(false))) }
    if method.requestBody != .json { members.append(("requestBody", .string(method.requestBody.rawValue))) }
    if !method.fileParts.isEmpty { members.append(("fileParts", .array(method.fileParts.map { .string($0) }))) }
    if method.response != .json { members.append(("response", .string(method.response.rawValue))) }
    if let streaming = method.eventStream {
      members.append(
        (
          "eventStream",
          .object([
            ("param", .string(streaming.param)), ("format", .string(streaming.format)),
            ("event", value(streaming.event)),
          ])
        ))
    }
    // Only on a streaming method, so that the export of a unary API is unchanged.
    if let streaming = method.streaming { members.append(("streaming", .string(streaming))) }
    return .object(members)
  }

  /// `method` and `path`; `query` only where the reference gives the path a fixed query.
  static func http(_ endpoint: HTTPEndpoint) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("method", .string(endpoint.method)), ("path", .string(endpoint.path)),
    ]
    if !endpoint.query.isEmpty {
      members.append(
        ("query", .array(endpoint.query.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })))
    }
    return .object(members)
  }

  static func value(_ pagination: Pagination) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("pageType", .string(pagination.pageType)),
      ("item", value(pagination.item)),
      ("itemsField", .string(pagination.itemsField)),
    ]
    // (Only a page whose items sit deeper than one field says the whole path.)
    if pagination.itemsPath.count > 1 {
      members.append(("itemsPath", .array(pagination.itemsPath.map { .string($0) })))
    }
    members += [
      ("nextTokenPath", .array(pagination.nextTokenPath.map { .string($0) })),
      ("tokenParam", .string(pagination.tokenParam)),
      ("pageSizeParam", .string(pagination.pageSizeParam)),
    ]
    if pagination.scheme != .token { members.append(("scheme", .string(pagination.scheme.rawValue))) }
    if let before = pagination.beforeParam { members.append(("beforeParam", .string(before))) }
    if let path = pagination.hasMorePath { members.append(("hasMorePath", .array(path.map { .string($0) }))) }
    if let field = pagination.cursorItemField { members.append(("cursorItemField", .string(field))) }
    return .object(members)
  }

  static func value(_ field: Field) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("name", .string(field.name)),
      ("jsonName", .string(field.jsonName)),
      ("required", .bool(field.required)),
      ("type", value(field.type)),
      ("description", .string(field.description)),
    ]
    if let location = field.location { members.append(("location", .string(location.rawValue))) }
    if let header = field.headerName { members.append(("headerName", .string(header))) }
    if field.isClientOption { members.append(("clientOption", .bool(true))) }
    return .object(members)
  }

  static func value(_ decl: TypeDecl) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("name", .string(decl.name)),
      ("kind", .string(decl.kind.rawValue)),
      ("description", .string(decl.description)),
    ]
    switch decl.kind {
    case .object: members.append(("fields", .array(decl.fields.map(value))))
    case .enum: members.append(("values", .array(decl.values.map { .string($0) })))
    case .union: members.append(("members", .array(decl.members.map(value))))
    }
    return .object(members)
  }

  static func value(_ type: TypeRef) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [("kind", .string(type.kindName))]
    switch type {
    case .array(let of), .map(let of): members.append(("of", value(of)))
    case .enum(let name, let values):
      if let name { members.append(("name", .string(name))) }
      members.append(("values", .array(values.map { .string($0) })))
    case .object(let name, let fields):
      if let name { members.append(("name", .string(name))) }
      members.append(("fields", .array(fields.map(value))))
    case .ref(let name): members.append(("name", .string(name)))
    case .union(let types): members.append(("members", .array(types.map(value))))
    default: break
    }
    return .object(members)
  }
}
