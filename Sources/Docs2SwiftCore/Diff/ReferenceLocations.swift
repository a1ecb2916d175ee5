/// A side table from the places of an API (resources, methods, parameters, response fields,
/// Domain Types, their fields and enum values) to where the reference writes them, built from
/// the recovered reference. The IR carries no locations; `diff` locates its changes here.
///
/// Keys: `resource:organizations.custom_domains`, `method:organizations.create`,
/// `param:organizations.create:organization_id`, `response:organizations.create:organization.id`,
/// `type:Organization`, `type:Organization:members.role`, and any of those + `:value:ADMIN`.
public struct ReferenceLocations: Sendable {
  public var file: String
  var table: [String: SourceLocation] = [:]

  public init(file: String) {
    self.file = file
  }

  public init(reference: ReferenceSyntax, file: String) {
    self.file = file
    for section in reference.sections {
      for operation in section.operations {
        guard let signature = operation.signature, let open = signature.firstIndex(of: "(") else { continue }
        let accessor = signature[..<open].split(separator: ".").map(String.init)
        guard accessor.count >= 2 else { continue }
        let methodPath = accessor.joined(separator: ".")
        let resourcePath = accessor.dropLast().joined(separator: ".")
        set("resource:" + resourcePath, section.location)
        set("method:" + methodPath, operation.location)
        walk(operation.parameters, prefix: "param:" + methodPath, path: [])
        if let header = operation.returns.first {
          set("response:" + methodPath, operation.returnsLocation ?? header.location)
          walk(header.children, prefix: "response:" + methodPath, path: [])
          if case .classHeader(let name) = header.kind {
            walk(header.children, prefix: "type:" + name, path: [])
          }
        }
      }
      for type in section.domainTypes {
        var name = type.title.split(separator: " ").joined()
        if let first = type.items.first, case .classHeader(let className) = first.kind { name = className }
        table["type:" + name] = type.location
        for item in type.items {
          if case .value = item.kind {
            walk([item], prefix: "type:" + name, path: [])
          } else {
            walk(item.children, prefix: "type:" + name, path: [])
          }
        }
      }
    }
  }

  private mutating func set(_ key: String, _ location: SourceLocation) {
    if table[key] == nil { table[key] = location }
  }

  private mutating func walk(_ items: [ItemSyntax], prefix: String, path: [String]) {
    for item in items {
      switch item.kind {
      case .field(let name, let type):
        let childPath = path + [name]
        set(prefix + ":" + childPath.joined(separator: "."), item.location)
        walk(item.children, prefix: prefix, path: childPath)
        // A named enum written in place (`role: OrganizationRole` with its values) is also the
        // place of that shared type: its first use.
        if item.children.contains(where: { if case .value = $0.kind { return true } else { return false } }),
          let enumName = Self.namedType(type)
        {
          set("type:" + enumName, item.location)
          walk(item.children, prefix: "type:" + enumName, path: [])
        }
      case .value(let value):
        set(prefix + (path.isEmpty ? "" : ":" + path.joined(separator: ".")) + ":value:" + value, item.location)
      case .classHeader, .type:
        walk(item.children, prefix: prefix, path: path)
      }
    }
  }

  /// The class a field's type names, inside `Optional[…]`, `List[…]`, `Sequence[…]`, `Dict[str, …]`.
  static func namedType(_ type: String) -> String? {
    let wrappers: Set<String> = ["Optional", "List", "Sequence", "Dict", "str", "Literal"]
    let names = type.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    guard let name = names.last(where: { !wrappers.contains($0) }), name.first?.isUppercase == true else { return nil }
    return name
  }

  /// The location of `key`, else of the nearest place that holds it (a removed parameter is
  /// located at its method, a removed method at its resource); nil when the table has none.
  public func location(_ key: String) -> SourceLocation? {
    var key = key
    while true {
      if let location = table[key] { return location }
      guard let parent = Self.parent(of: key) else { return nil }
      key = parent
    }
  }

  static func parent(of key: String) -> String? {
    if let value = key.range(of: ":value:", options: .backwards) { return String(key[..<value.lowerBound]) }
    let parts = key.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    guard parts.count >= 2 else { return nil }
    let (prefix, name) = (parts[0], parts[1])
    if parts.count == 3 {
      let fields = parts[2].split(separator: ".").dropLast()
      return fields.isEmpty ? "\(prefix):\(name)" : "\(prefix):\(name):\(fields.joined(separator: "."))"
    }
    switch prefix {
    case "param", "response": return "method:" + name
    case "method", "resource":
      let segments = name.split(separator: ".").dropLast()
      return segments.isEmpty ? nil : "resource:" + segments.joined(separator: ".")
    default: return nil
    }
  }
}
