/// Values at JSON paths gathered into the objects that hold them: a page's items at
/// `data.contacts` and its "has more" flag at `data.pagination.has_more` share the object `data`.
enum PathTree {
  /// The members of the top object, in the order their keys first appear: a value whose path
  /// ends at the key as `leaf` makes it, else the object of the values below it as `object`
  /// makes it from its key and members. (A later value at one path replaces an earlier one.)
  static func members<Value, Node>(
    _ values: [(path: [String], value: Value)], leaf: (String, Value) -> Node,
    object: (String, [Node]) -> Node
  ) -> [Node] {
    var keys: [String] = []
    var direct: [String: Value] = [:]
    var below: [String: [(path: [String], value: Value)]] = [:]
    for entry in values {
      guard let key = entry.path.first else { continue }
      if direct[key] == nil && below[key] == nil { keys.append(key) }
      if entry.path.count == 1 {
        direct[key] = entry.value
      } else {
        below[key, default: []].append((Array(entry.path.dropFirst()), entry.value))
      }
    }
    return keys.map { key in
      if let value = direct[key] { return leaf(key, value) }
      return object(key, members(below[key] ?? [], leaf: leaf, object: object))
    }
  }
}
