/// How a generated union (`Union[A, B]` of the reference) tells its members apart when it
/// decodes, decided once from the IR: the Swift model declares the union's cases from it, and
/// the example checks (`ExampleShape`) pick the member a documented value decodes as with it, so
/// that what a round trip expects is what the generated code does.
///
/// - Objects that each hold a one-value literal under one field (`type: Literal["text"]`,
///   `role: Literal["user"]`), all under the same field with different values, are told apart
///   by that field: the discriminator, read before anything else.
/// - Every other member is tried in the reference's order (integers before other numbers): the
///   first that decodes is taken.
/// - A value no member reads is kept whole (the union's `unknown` case): an API newer than its
///   reference may add members.
struct UnionPlan: Sendable, Hashable {
  struct Member: Sendable, Hashable {
    var type: TypeRef
    /// The discriminator's value for this member, when the union has a discriminator and the
    /// member is one of its objects.
    var discriminatorValue: String?
  }

  /// The members, in the reference's order.
  var members: [Member]
  /// The discriminator's wire name, when the objects have one.
  var discriminator: String?

  /// The members tried one after another (those the discriminator does not name), in order.
  var attempted: [Member] {
    let tried = members.filter { $0.discriminatorValue == nil }
    // `Int` first: a JSON integer also decodes as a `Double`.
    return tried.filter { $0.type == .integer } + tried.filter { $0.type != .integer }
  }

  /// The plan for `members`, or nil when the union is no more than any JSON value (a member is
  /// `object`).
  init?(_ members: [TypeRef], resolve: (String) -> TypeRef?) {
    guard !members.isEmpty, !members.contains(.any) else { return nil }
    let objects = members.enumerated().compactMap { index, member -> (Int, [Field])? in
      switch member {
      case .object(_, let fields): (index, fields)
      case .ref(let name):
        if case .object(_, let fields)? = resolve(name) { (index, fields) } else { nil }
      default: nil
      }
    }
    var values: [Int: String] = [:]
    var discriminator: String?
    if objects.count > 1 {
      // The first field (in the first object's order) each object holds as a one-value literal,
      // with a value no other object has.
      for candidate in objects[0].1 {
        var found: [Int: String] = [:]
        for (index, fields) in objects {
          guard let field = fields.first(where: { $0.jsonName == candidate.jsonName }),
            let value = Self.singleValue(field.type, resolve: resolve), !found.values.contains(value)
          else { break }
          found[index] = value
        }
        if found.count == objects.count {
          discriminator = candidate.jsonName
          values = found
          break
        }
      }
    }
    self.members = members.enumerated().map { Member(type: $1, discriminatorValue: values[$0]) }
    self.discriminator = discriminator
  }

  /// The one value of a one-value literal (`Literal["text"]`), else nil.
  static func singleValue(_ type: TypeRef, resolve: (String) -> TypeRef?) -> String? {
    switch type {
    case .enum(_, let values) where values.count == 1: values[0]
    case .ref(let name): resolve(name).flatMap { singleValue($0, resolve: resolve) }
    default: nil
    }
  }

  /// The member a JSON value decodes as, or nil (kept whole).
  func member(for json: JSONValue, resolve: (String) -> TypeRef?) -> Member? {
    if let discriminator, case .object(let pairs) = json,
      case .string(let value)? = pairs.first(where: { $0.key == discriminator })?.value,
      let member = members.first(where: { $0.discriminatorValue == value })
    {
      return member
    }
    return attempted.first { Self.decodes(json, as: $0.type, resolve: resolve) }
  }

  /// Whether the generated type of `type` decodes `json`: the JSON kind fits, an object has its
  /// required fields (members it does not document are ignored), a nested union always decodes.
  static func decodes(_ json: JSONValue, as type: TypeRef, resolve: (String) -> TypeRef?) -> Bool {
    switch (type, json) {
    case (.string, .string), (.datetime, .string), (.boolean, .bool), (.number, .number), (.any, _), (.union, _):
      return true
    case (.integer, .number(let text)): return Int(text) != nil
    case (.enum, .string): return true  // a generated enum keeps values it does not document
    case (.file, .string): return true
    case (.array(let element), .array(let elements)):
      return elements.allSatisfy { decodes($0, as: element, resolve: resolve) }
    case (.map(let value), .object(let pairs)):
      return pairs.allSatisfy { decodes($0.value, as: value, resolve: resolve) }
    case (.object(_, let fields), .object(let pairs)):
      return fields.allSatisfy { field in
        guard let value = pairs.first(where: { $0.key == field.jsonName })?.value, value != .null else {
          return !field.required
        }
        return decodes(value, as: field.type, resolve: resolve)
      }
    case (.ref(let name), _):
      guard let resolved = resolve(name) else { return false }
      return decodes(json, as: resolved, resolve: resolve)
    default:
      return false
    }
  }
}
