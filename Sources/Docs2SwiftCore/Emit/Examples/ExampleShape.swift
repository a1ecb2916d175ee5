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
  /// is left out where it is optional and `[]` where it is required; an empty object where the
  /// type cannot be one (where a renderer stopped at a recursive type of required fields:
  /// llama-cloud's `"valueItems": [{}]`, Modern Treasury's `"current_return": {}`) is left out of
  /// its list, or of its object where the field is optional. Every
  /// other member, documented or not, stays as written. The mock answers with this, so that what
  /// it sends decodes as the documented types (`IRBuilder` warns about the first kinds of value,
  /// `conformedLeavingOut` names the last).
  func conformed(_ json: JSONValue, as type: TypeRef) -> JSONValue {
    conformedLeavingOut(json, as: type).value
  }

  /// `conformed`, with the paths of the empty objects it leaves out (`$.forms.pages[0]…`).
  func conformedLeavingOut(_ json: JSONValue, as type: TypeRef) -> (value: JSONValue, emptyObjects: [String]) {
    var removed: [String] = []
    let value = conformed(json, as: type, path: "$", removed: &removed)
    return (value, removed)
  }

  private func conformed(_ json: JSONValue, as type: TypeRef, path: String, removed: inout [String]) -> JSONValue {
    switch (type, json) {
    case (.ref(let name), _):
      guard let resolved = resolve(name) else { return json }
      return conformed(json, as: resolved, path: path, removed: &removed)
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
        if !field.required, member.value == .object([]), !takesEmptyObject(field.type) {
          removed.append(path + "." + member.key)
          continue
        }
        kept.append(
          (member.key, conformed(member.value, as: field.type, path: path + "." + member.key, removed: &removed)))
      }
      return .object(kept)
    case (.array(let element), .array(let elements)):
      var kept: [JSONValue] = []
      for (index, item) in elements.enumerated() {
        if item == .object([]), !takesEmptyObject(element) {
          removed.append("\(path)[\(index)]")
          continue
        }
        kept.append(conformed(item, as: element, path: "\(path)[\(index)]", removed: &removed))
      }
      return .array(kept)
    case (.map(let valueType), .object(let members)):
      return .object(
        members.map { ($0.key, conformed($0.value, as: valueType, path: path + "." + $0.key, removed: &removed)) })
    case (.map, _) where json != .null:
      // A whole response typed as a map that its example writes as a string (letta's
      // `Dict[str, object]` shown as `"string"`): an empty map, as for a field.
      return .object([])
    case (.array, _) where json != .null:
      return .array([])
    case (.union(let members), _):
      guard let plan = UnionPlan(members, resolve: resolve) else { return json }
      if json.holdsEmptyObject, plan.discriminator == nil {
        // A value that is a member's only once its empty objects are left out (Modern
        // Treasury's bulk result `entity`, a PaymentOrder holding `"current_return": {}`, which
        // as written decodes only as the later `EntityBulkError`): the first member it is then.
        for member in plan.attempted {
          var left: [String] = []
          let candidate = conformed(json, as: member.type, path: path, removed: &left)
          if UnionPlan.decodes(candidate, as: member.type, resolve: resolve) {
            removed += left
            return candidate
          }
        }
      }
      guard let member = plan.member(for: json, resolve: resolve) else { return json }
      return conformed(json, as: member.type, path: path, removed: &removed)
    default:
      return json
    }
  }

  /// Whether `{}` is a value of `type`: any JSON, a map, an object without required fields, a
  /// union one of whose members is (Domain Types followed to `depth` 8: one holding itself ends).
  private func takesEmptyObject(_ type: TypeRef, depth: Int = 0) -> Bool {
    switch type {
    case .any, .map: return true
    case .object(_, let fields): return !fields.contains(where: \.required)
    case .ref(let name):
      guard depth < 8, let resolved = resolve(name) else { return true }
      return takesEmptyObject(resolved, depth: depth + 1)
    case .union(let members): return members.contains { takesEmptyObject($0, depth: depth + 1) }
    default: return false
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

extension JSONValue {
  /// Whether the value is or holds `{}`.
  fileprivate var holdsEmptyObject: Bool {
    switch self {
    case .object(let members): members.isEmpty || members.contains { $0.value.holdsEmptyObject }
    case .array(let elements): elements.contains { $0.holdsEmptyObject }
    default: false
    }
  }
}
