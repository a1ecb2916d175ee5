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

/// The config's `parameterLocations` as evidence of where parameters travel, for what an SDK
/// does that its reference does not show: Letta's `conversations.create` sends `agent_id` in the
/// query of its `POST`; Dodo Payments' `subscriptions.update_payment_method` sends its one
/// parameter `payment_method` as the whole body.
extension APIDocument {
  /// `self` with every parameter the config names placed where it says, and a warning at the
  /// config's entry for each entry that names no method's parameter or cannot be followed (a
  /// path parameter stays in the path; a whole body is one parameter, not a file).
  func locatingConfiguredParameters(
    _ configured: [String: GeneratorConfig.ConfiguredLocation], at places: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !configured.isEmpty else { return (self, []) }
    var applied: Set<String> = []
    var refusals: [String: String] = [:]
    func relocate(_ resource: Resource) -> Resource {
      var resource = resource
      // (A whole body is placed last: the body it is must hold no other parameter once the
      // others are placed.)
      for index in resource.methods.indices {
        for wholeBodies in [false, true] {
          let method = (resource.path + [resource.methods[index].name]).joined(separator: ".")
          for field in resource.methods[index].params.indices {
            let parameter = resource.methods[index].params[field]
            let key = method + "." + parameter.name
            guard let wanted = configured[key], (wanted == .wholeBody) == wholeBodies else { continue }
            if let refusal = Self.refusal(wanted, for: parameter, in: resource.methods[index]) {
              refusals[key] = refusal
              continue
            }
            applied.insert(key)
            resource.methods[index].params[field].location = wanted == .query ? .query : .body
            if wanted == .wholeBody { resource.methods[index].requestBody = .parameter }
          }
        }
      }
      resource.resources = resource.resources.map(relocate)
      return resource
    }
    var api = self
    api.resources = resources.map(relocate)
    let warnings = configured.keys.filter { !applied.contains($0) }.sorted().map { key in
      Diagnostic(
        .warning,
        refusals[key].map { "the config's location for '\(key)' is not followed: \($0)" }
          ?? "the config places '\(key)', which no method has as a parameter", at: places[key])
    }
    return (api, warnings)
  }

  /// Why a parameter cannot travel where the config says; nil where it can.
  private static func refusal(
    _ wanted: GeneratorConfig.ConfiguredLocation, for parameter: Field, in method: Method
  ) -> String? {
    if parameter.location == .path { return "a path parameter travels in the path" }
    switch wanted {
    case .query:
      return parameter.type == .file ? "a file cannot travel in the query" : nil
    case .body:
      return method.http.sendsBody ? nil : "a \(method.http.method.uppercased()) request has no body"
    case .wholeBody:
      guard method.http.sendsBody else { return "a \(method.http.method.uppercased()) request has no body" }
      let others = method.params.filter { ($0.location ?? .body) == .body && $0.name != parameter.name }
      if !others.isEmpty {
        return "the body also holds " + others.map { "'\($0.name)'" }.joined(separator: ", ")
      }
      return method.requestBody == .json ? nil : "the body is a form or a file"
    }
  }

  /// `self` with each parameter `wireNames` names (`<method>.<parameter>`) sent under that name,
  /// and a warning at the config's entry for each that names no method's parameter.
  func namingConfiguredParameters(
    _ wireNames: [String: String], at places: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !wireNames.isEmpty else { return (self, []) }
    var matched: Set<String> = []
    func rename(_ resource: Resource) -> Resource {
      var resource = resource
      for index in resource.methods.indices {
        let method = (resource.path + [resource.methods[index].name]).joined(separator: ".")
        for field in resource.methods[index].params.indices {
          let key = method + "." + resource.methods[index].params[field].name
          guard let wireName = wireNames[key] else { continue }
          matched.insert(key)
          resource.methods[index].params[field].jsonName = wireName
        }
      }
      resource.resources = resource.resources.map(rename)
      return resource
    }
    var api = self
    api.resources = resources.map(rename)
    let warnings = wireNames.keys.filter { !matched.contains($0) }.sorted().map { key in
      Diagnostic(
        .warning, "the config names the wire name of '\(key)', which no method has as a parameter", at: places[key])
    }
    return (api, warnings)
  }

  /// `self` with each method `publicMethods` names answered without credentials, and a warning
  /// at the config's entry for each name no method has.
  func openingConfiguredMethods(
    _ publicMethods: Set<String>, at places: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !publicMethods.isEmpty else { return (self, []) }
    var matched: Set<String> = []
    func open(_ resource: Resource) -> Resource {
      var resource = resource
      for index in resource.methods.indices {
        let method = (resource.path + [resource.methods[index].name]).joined(separator: ".")
        guard publicMethods.contains(method) else { continue }
        matched.insert(method)
        resource.methods[index].requiresCredentials = false
      }
      resource.resources = resource.resources.map(open)
      return resource
    }
    var api = self
    api.resources = resources.map(open)
    let warnings = publicMethods.subtracting(matched).sorted().map { name in
      Diagnostic(.warning, "the config names '\(name)' public, which is no method of the reference", at: places[name])
    }
    return (api, warnings)
  }

  /// `self` as a package generated with `config` sees it: the parameters the config places
  /// (`headerNames`, `parameterLocations`) where it says, names (`wireNames`) as it says, and
  /// opens the methods it names public (`publicMethods`), with the warnings about its entries.
  func locating(by config: GeneratorConfig) -> (APIDocument, [Diagnostic]) {
    let (withHeaders, headerWarnings) = locatingHeaders(config.headerNames, at: config.headerNameLocations)
    let (placed, parameterWarnings) = withHeaders.locatingConfiguredParameters(
      config.parameterLocations, at: config.parameterLocationPlaces)
    let (named, nameWarnings) = placed.namingConfiguredParameters(config.wireNames, at: config.wireNamePlaces)
    let (api, publicWarnings) = named.openingConfiguredMethods(config.publicMethods, at: config.publicMethodPlaces)
    return (api, headerWarnings + parameterWarnings + nameWarnings + publicWarnings)
  }
}
