/// The config's `headerNames` as evidence of where parameters travel: a parameter the config
/// names travels in that header even where the reference's description does not say "header"
/// (Conductor's `conductor_end_user_id`, which its SDK sends as `Conductor-End-User-Id` and its
/// reference documents as a plain parameter). The reference's own facts are unchanged otherwise;
/// the result is a new API model.
extension APIDocument {
  /// `self` with every parameter `headerNames` names (by its documented name) in the header, but
  /// path parameters, which stay where the path template puts them; and a warning, at the
  /// config's entry, for each name no method's parameter has.
  func locatingHeaders(
    _ headerNames: [String: String], at locations: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !headerNames.isEmpty else { return (self, []) }
    var matched: Set<String> = []
    func relocate(_ resource: Resource) -> Resource {
      var resource = resource
      for index in resource.methods.indices {
        for field in resource.methods[index].params.indices {
          let name = resource.methods[index].params[field].name
          guard headerNames[name] != nil else { continue }
          matched.insert(name)
          if resource.methods[index].params[field].location != .path {
            resource.methods[index].params[field].location = .header
          }
        }
      }
      resource.resources = resource.resources.map(relocate)
      return resource
    }
    var api = self
    api.resources = resources.map(relocate)
    let unmatched = headerNames.keys.filter { !matched.contains($0) }.sorted()
    let warnings = unmatched.map { name in
      Diagnostic(
        .warning, "the config names a header for '\(name)', which no method has as a parameter", at: locations[name])
    }
    return (api, warnings)
  }
}
