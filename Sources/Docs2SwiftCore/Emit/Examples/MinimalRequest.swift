/// The smallest request a method's parameter schema accepts, for the generated tests of a
/// method the reference gives no request example: every required field with a placeholder of
/// its type (a string its wire name, a number 7, an enum its first specified value, an object
/// its own required fields), optional fields left out.
struct MinimalRequest {
  let documentedTypes: [String: TypeDecl]

  init(_ model: SwiftModel) {
    documentedTypes = model.documentedTypes
  }

  /// The request for `method`'s body parameters.
  func request(_ method: Method) -> JSONValue {
    object(method.params.filter { ($0.location ?? .body) == .body }, depth: 0)
  }

  /// The smallest parameters of `method` wherever they travel (path, query and body): what its
  /// parameters type decodes from.
  func params(_ method: Method) -> JSONValue {
    object(method.params, depth: 0)
  }

  /// The smallest value of `type`: its required fields, each the smallest of its type.
  func value(of type: TypeRef) -> JSONValue {
    value(type, name: "value", depth: 0)
  }

  private func object(_ fields: [Field], depth: Int) -> JSONValue {
    .object(fields.filter(\.required).map { ($0.jsonName, value($0.type, name: $0.jsonName, depth: depth + 1)) })
  }

  /// The placeholder of a scalar type (nil for any other): a string its name, a number 7, a
  /// Bool true, a timestamp a fixed one.
  static func scalar(_ type: TypeRef, name: String) -> JSONValue? {
    switch type {
    case .string, .file: .string(name)
    case .integer, .number: .number("7")
    case .boolean: .bool(true)
    case .datetime: .string("2024-01-01T00:00:00Z")
    default: nil
    }
  }

  private func value(_ type: TypeRef, name: String, depth: Int) -> JSONValue {
    switch type {
    case .string, .integer, .number, .boolean, .datetime, .file: return Self.scalar(type, name: name) ?? .null
    case .any, .map: return .object([])
    case .array: return .array([])
    case .enum(_, let values):
      return .string(values.first { !$0.hasSuffix("_UNSPECIFIED") } ?? values.first ?? "")
    case .object(_, let fields):
      return depth > 16 ? .object([]) : object(fields, depth: depth)
    case .ref(let declared):
      guard let decl = documentedTypes[declared], depth <= 16 else { return .object([]) }
      return value(decl.shape, name: name, depth: depth)
    case .union(let members):
      return members.first.map { value($0, name: name, depth: depth) } ?? .object([])
    }
  }
}
