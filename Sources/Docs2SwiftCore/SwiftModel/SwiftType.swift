/// A Swift type as the generated code spells it, kept as structure so that no emitter has to
/// take rendered Swift text apart again (element of an array, the parent of a nested type).
indirect enum SwiftType: Sendable, Hashable {
  /// A type the module or the runtime declares at the top level, or a standard type:
  /// `String`, `Timestamp`, `Organization`.
  case named(String)
  /// A type declared inside another: `OrganizationListMembersParams.Filter` is
  /// `.nested(parents: ["OrganizationListMembersParams"], name: "Filter")`.
  case nested(parents: [String], name: String)
  case array(SwiftType)
  /// `[String: Value]`: JSON objects have string keys.
  case dictionary(SwiftType)
  /// `GitpodIndirect<T>` (the runtime's `Indirect`, named `wrapper`): a struct that holds itself
  /// through this field.
  case indirect(wrapper: String, SwiftType)

  /// The spelling inside the declaration that nests it (nested types by their own name).
  var local: String {
    switch self {
    case .named(let name): name
    case .nested(_, let name): name
    case .array(let element): "[\(element.local)]"
    case .dictionary(let value): "[String: \(value.local)]"
    case .indirect(let wrapper, let wrapped): "\(wrapper)<\(wrapped.local)>"
    }
  }

  /// The spelling anywhere in the module: nested types with their parents.
  var qualified: String {
    switch self {
    case .named(let name): name
    case .nested(let parents, let name): (parents + [name]).joined(separator: ".")
    case .array(let element): "[\(element.qualified)]"
    case .dictionary(let value): "[String: \(value.qualified)]"
    case .indirect(let wrapper, let wrapped): "\(wrapper)<\(wrapped.qualified)>"
    }
  }

  /// Whether the type is, or holds, the named type (`Data` in `[Data]?`).
  func mentions(_ name: String) -> Bool {
    switch self {
    case .named(let named): named == name
    case .nested: false
    case .array(let element): element.mentions(name)
    case .dictionary(let value): value.mentions(name)
    case .indirect(_, let wrapped): wrapped.mentions(name)
    }
  }

  /// The top-level type it is or holds (`Price` in `[Price]`), if any; nil for a nested type.
  var namedType: String? {
    switch self {
    case .named(let name): name
    case .nested: nil
    case .array(let element), .dictionary(let element), .indirect(_, let element): element.namedType
    }
  }

  /// The element type of an array.
  var arrayElement: SwiftType? {
    if case .array(let element) = self { return element }
    return nil
  }
}

/// The zero value of a proto3 JSON field, decoded when the field is missing.
enum SwiftZeroValue: Sendable, Hashable {
  case emptyString, zero, `false`, emptyArray, emptyDictionary
  /// A constant of a generated enum, by its (escaped) Swift name.
  case enumConstant(String)

  var expression: String {
    switch self {
    case .emptyString: "\"\""
    case .zero: "0"
    case .false: "false"
    case .emptyArray: "[]"
    case .emptyDictionary: "[:]"
    case .enumConstant(let name): "." + name
    }
  }
}
