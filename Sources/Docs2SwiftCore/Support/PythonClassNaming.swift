/// How the Stainless Python SDKs name a class nested in a field: the name of the class the
/// field is in (nothing at the top of a named type), then the field's name, singular for a list
/// (`unmet_conditions` → `UnmetCondition`), or for the array member of a union the field's name,
/// `ArrayOf` and the item's (`content` → `ContentArrayOfContentPart`); letter case aside, since
/// the SDK spells acronyms its own way. The recovery of flattened lists weighs where a field
/// belongs by it; the Swift model tells a class shared between places from one named for its
/// path by it.
enum PythonClassNaming {
  /// Whether `className` is the name the SDK gives the class of `field` nested under a class
  /// whose nested names begin with `prefix`. `continued`: also a name that goes on after it (a
  /// union member's, `ContentInputText` for `content`).
  static func isNamedForPath(_ className: String, prefix: String, field: String, continued: Bool = false) -> Bool {
    let name = className.lowercased()
    let head = prefix.lowercased()
    guard name.hasPrefix(head) else { return false }
    let rest = String(name.dropFirst(head.count))
    let word = field.lowercased().replacingOccurrences(of: "_", with: "")
    guard !word.isEmpty else { return false }
    let singulars = SwiftNaming.singularForms(word)
    if continued { return ([word] + singulars).contains { rest.hasPrefix($0) } }
    if rest == word { return true }
    if rest.hasPrefix(word + "arrayof"), rest.count > word.count + 7 { return true }
    return singulars.contains(rest)
  }
}
