/// Compares a documented JSON example with the type the reference documents for it.
///
/// Examples can carry members the reference does not document (a page's `count`, say). A
/// generated model drops such members when it decodes, so a round trip gives back the example
/// without them: `documentedPart` is that expected JSON, and `undocumentedPaths` names what was
/// dropped (for a warning and a comment in the generated test).
struct ExampleShape {
  /// Resolves a `.ref` name to the shape it stands for (an object's fields or an enum).
  let resolve: (String) -> TypeRef?

  struct Result {
    var documentedPart: JSONValue
    var undocumentedPaths: [String]
  }

  func check(_ json: JSONValue, as type: TypeRef) -> Result {
    var dropped: [String] = []
    let kept = walk(json, type, path: "$", dropped: &dropped)
    return Result(documentedPart: kept, undocumentedPaths: dropped)
  }

  private func walk(_ json: JSONValue, _ type: TypeRef, path: String, dropped: inout [String]) -> JSONValue {
    switch (type, json) {
    case (.ref(let name), _):
      guard let resolved = resolve(name) else { return json }
      return walk(json, resolved, path: path, dropped: &dropped)
    case (.object(_, let fields), .object(let members)):
      var kept: [(key: String, value: JSONValue)] = []
      for member in members {
        let memberPath = path + "." + member.key
        guard let field = fields.first(where: { $0.jsonName == member.key }) else {
          dropped.append(memberPath)
          continue
        }
        kept.append((member.key, walk(member.value, field.type, path: memberPath, dropped: &dropped)))
      }
      return .object(kept)
    case (.array(let element), .array(let elements)):
      return .array(
        elements.enumerated().map { index, value in
          walk(value, element, path: "\(path)[\(index)]", dropped: &dropped)
        })
    case (.map(let valueType), .object(let members)):
      return .object(
        members.map { member in
          (member.key, walk(member.value, valueType, path: path + "." + member.key, dropped: &dropped))
        })
    case (.union(let members), _):
      // As the generated union decodes it: one member, or the value kept whole.
      guard let member = UnionPlan(members, resolve: resolve)?.member(for: json, resolve: resolve) else { return json }
      return walk(json, member.type, path: path, dropped: &dropped)
    default:
      return json
    }
  }
}

extension ExampleShape {
  /// `json` with the values that contradict their documented type taken out: a map or object
  /// field written as a string (the rendered references write `"metadata": "metadata"` for a
  /// `Dict[str, str]`) is left out where it is optional and `{}` where it is required; a list
  /// written as something else (`"children": {}` where a renderer stopped at a recursive type)
  /// is left out where it is optional and `[]` where it is required. Every
  /// other member, documented or not, stays as written. The mock answers with this, so that what
  /// it sends decodes as the documented types (`IRBuilder` warns about each such value).
  func conformed(_ json: JSONValue, as type: TypeRef) -> JSONValue {
    switch (type, json) {
    case (.ref(let name), _):
      guard let resolved = resolve(name) else { return json }
      return conformed(json, as: resolved)
    case (.object(_, let fields), .object(let members)):
      var kept: [(key: String, value: JSONValue)] = []
      for member in members {
        guard let field = fields.first(where: { $0.jsonName == member.key }) else {
          kept.append(member)
          continue
        }
        if isObjectLike(field.type), member.value.objectMembers == nil, member.value != .null {
          if field.required { kept.append((member.key, .object([]))) }
          continue
        }
        if case .array = field.type, member.value.arrayElements == nil, member.value != .null {
          if field.required { kept.append((member.key, .array([]))) }
          continue
        }
        kept.append((member.key, conformed(member.value, as: field.type)))
      }
      return .object(kept)
    case (.array(let element), .array(let elements)):
      return .array(elements.map { conformed($0, as: element) })
    case (.map(let valueType), .object(let members)):
      return .object(members.map { ($0.key, conformed($0.value, as: valueType)) })
    case (.map, _) where json != .null:
      // A whole response typed as a map that its example writes as a string (letta's
      // `Dict[str, object]` shown as `"string"`): an empty map, as for a field.
      return .object([])
    case (.array, _) where json != .null:
      return .array([])
    case (.union(let members), _):
      guard let member = UnionPlan(members, resolve: resolve)?.member(for: json, resolve: resolve) else { return json }
      return conformed(json, as: member.type)
    default:
      return json
    }
  }

  /// A map: a JSON object whatever its keys.
  private func isObjectLike(_ type: TypeRef) -> Bool {
    if case .map = type { return true }
    return false
  }

  /// The shapes of the Swift model's documented types.
  init(_ model: SwiftModel) {
    self.init { name in
      if let decl = model.documentedTypes[name] { return decl.shape }
      return model.methodObjects[name].map { .object(name: name, fields: $0) }
    }
  }
}
