/// The config as evidence of what an SDK does that its reference does not show: where a
/// parameter travels (`headerNames`: Conductor's `conductor_end_user_id` in the header
/// `Conductor-End-User-Id`; `parameterLocations`: Letta's `agent_id` in the query of a `POST`,
/// Dodo Payments' one `payment_method` as the whole body), the name it travels under
/// (`wireNames`: Metronome's `transactionIds`) and which methods need no credentials
/// (`publicMethods`: an SDK's `security={}`). The reference's own facts are unchanged otherwise;
/// each result is a new API model.
extension APIDocument {
  /// `self` as a package generated with `config` sees it: the parameters the config places
  /// (`headerNames`, `parameterLocations`) where it says, names (`wireNames`) as it says, and
  /// the methods it names public (`publicMethods`) open, with the warnings about its entries.
  public func locating(by config: GeneratorConfig) -> (APIDocument, [Diagnostic]) {
    let (withHeaders, headerWarnings) = locatingHeaders(config.headerNames, at: config.headerNameLocations)
    let (placed, parameterWarnings) = withHeaders.locatingConfiguredParameters(
      config.parameterLocations, at: config.parameterLocationPlaces)
    let (named, nameWarnings) = placed.namingConfiguredParameters(config.wireNames, at: config.wireNamePlaces)
    let (opened, publicWarnings) = named.openingConfiguredMethods(config.publicMethods, at: config.publicMethodPlaces)
    let (api, envelopeWarnings) = opened.envelopingConfiguredResponses(
      config.responseEnvelopes, at: config.responseEnvelopePlaces)
    return (
      api,
      headerWarnings + parameterWarnings + nameWarnings + publicWarnings + envelopeWarnings + api.loneBodyWarnings()
    )
  }

  /// A warning at each method whose JSON body holds one parameter only, as the config leaves it,
  /// where Stainless's SDKs send such a parameter both as the body's one member and as the whole
  /// body, and the reference does not say which:
  /// - a required list named `items`: an array body (scale-gp's `…/batch`, a petstore's
  ///   `user.create_with_list`: `body=items`) or an object's one member (openai's
  ///   `conversations.items.create`: `{"items": items}`);
  /// - a required object or union of objects: a request body that is a union or a model of its
  ///   own (moonbase's `inbox_messages.create(message=…)`, dodopayments' `payment_method`,
  ///   telnyx's `networks.create(network_create=…)`: `body=message`) or an object's one member
  ///   (openai's `graders.validate(grader=…)`, beeper's `reminder`: `{"grader": grader}`): in the
  ///   sources of 87 Stainless SDKs, 13 methods send the one and 17 the other. (Their 119 lone
  ///   required lists of other names are all the one member.)
  /// Sent as the object; `parameterLocations` can say otherwise.
  func loneBodyWarnings() -> [Diagnostic] {
    let declared = declarationsByName
    func isObject(_ type: TypeRef, seen: Set<String> = []) -> Bool {
      switch type {
      case .object: return true
      case .union(let members): return members.allSatisfy { isObject($0, seen: seen) }
      case .ref(let name):
        guard !seen.contains(name), let declaration = declared[name] else { return false }
        return declaration.kind != .enum && isObject(declaration.shape, seen: seen.union([name]))
      default: return false
      }
    }
    return allResources.flatMap { resource in
      resource.methods.compactMap { method -> Diagnostic? in
        let body = method.params.filter { ($0.location ?? .body) == .body }
        guard method.requestBody == .json, method.http.sendsBody, !OperationTraits.isConnectPath(method.http.path),
          body.count == 1, body[0].required
        else { return nil }
        let (parameter, name) = (body[0].name, resource.accessor(of: method))
        let (member, config) = (
          "{\"\(body[0].jsonName)\": …}", "'parameterLocations: \(name).\(parameter): whole-body'"
        )
        let because: String
        if parameter == "items", case .array = body[0].type {
          because =
            "a required list: Stainless's SDKs give that name to a JSON body that is itself an array and to the one "
            + "member of an object alike"
        } else if isObject(body[0].type) {
          because =
            "a required object: Stainless's SDKs send such a parameter as the whole JSON body (a body that is a union "
            + "or a model of its own) and as the one member of an object alike"
        } else {
          return nil
        }
        return Diagnostic(
          .warning,
          "'\(parameter)' is the only body parameter of '\(name)', \(because), and the reference does not say "
            + "which; it is sent as the object \(member): set \(config) in the config to send its value as the body",
          at: method.documentedAt)
      }
    }
  }

  /// `self` with `change` applied to every method, given its name as the reference writes it
  /// (`conversations.create`).
  private func changingMethods(_ change: (String, inout Method) -> Void) -> APIDocument {
    func changed(_ resource: Resource) -> Resource {
      var resource = resource
      for index in resource.methods.indices {
        change(resource.accessor(of: resource.methods[index]), &resource.methods[index])
      }
      resource.resources = resource.resources.map(changed)
      return resource
    }
    var api = self
    api.resources = resources.map(changed)
    return api
  }

  /// Warnings, at the config's entries, for the keys of `entries` not in `matched`; one that
  /// names a method of the client itself as its signature writes it (`pdf` for `.pdf(…)`) is
  /// told the name it has (`steel.pdf`).
  private func unmatched(
    _ entries: some Sequence<String>, matched: Set<String>, at places: [String: SourceLocation],
    _ message: (String) -> String
  ) -> [Diagnostic] {
    var clientMethods: [String: String] = [:]
    for resource in allResources where resource.holdsClientMethods {
      for method in resource.methods {
        clientMethods[method.name] = resource.accessor(of: method)
      }
    }
    return entries.filter { !matched.contains($0) }.sorted().map { entry in
      let first = String(entry.prefix { $0 != "." })
      let hint = clientMethods[first].map {
        " (a method of the client itself is named with its resource: '\($0 + entry.dropFirst(first.count))')"
      }
      return Diagnostic(.warning, message(entry) + (hint ?? ""), at: places[entry])
    }
  }

  /// `self` with every parameter `headerNames` names (by its documented name) in the header, but
  /// path parameters, which stay where the path template puts them; and a warning, at the
  /// config's entry, for each name no method's parameter has.
  func locatingHeaders(
    _ headerNames: [String: String], at locations: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !headerNames.isEmpty else { return (self, []) }
    var matched: Set<String> = []
    let api = changingMethods { _, method in
      for field in method.params.indices where headerNames[method.params[field].name] != nil {
        matched.insert(method.params[field].name)
        if method.params[field].location != .path {
          method.params[field].location = .header
          method.params[field].headerName = headerNames[method.params[field].name]
        }
      }
    }
    return (
      api,
      unmatched(headerNames.keys, matched: matched, at: locations) {
        "the config names a header for '\($0)', which no method has as a parameter"
      }
    )
  }

  /// `self` with every parameter `parameterLocations` names placed where it says, and a warning
  /// at the config's entry for each entry that names no method's parameter or cannot be followed
  /// (a path parameter stays in the path; a whole body is one parameter, not a file; a form is
  /// no whole body).
  func locatingConfiguredParameters(
    _ configured: [String: GeneratorConfig.ConfiguredLocation], at places: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !configured.isEmpty else { return (self, []) }
    var applied: Set<String> = []
    var refusals: [String: String] = [:]
    let api = changingMethods { name, method in
      // (A whole body is placed last: the body it is must hold no other parameter once the
      // others are placed.)
      for wholeBodies in [false, true] {
        for field in method.params.indices {
          let parameter = method.params[field]
          let key = name + "." + parameter.name
          guard let wanted = configured[key], (wanted == .wholeBody) == wholeBodies else { continue }
          if let refusal = Self.refusal(wanted, for: parameter, in: method) {
            refusals[key] = refusal
            continue
          }
          applied.insert(key)
          method.params[field].location = wanted == .query ? .query : .body
          if wanted == .wholeBody { method.requestBody = .parameter }
          if wanted == .form { method.requestBody = .multipart }
        }
      }
    }
    return (
      api,
      unmatched(configured.keys, matched: applied, at: places) { key in
        refusals[key].map { "the config's location for '\(key)' is not followed: \($0)" }
          ?? "the config places '\(key)', which no method has as a parameter"
      }
    )
  }

  /// Why a parameter cannot travel where the config says; nil where it can.
  private static func refusal(
    _ wanted: GeneratorConfig.ConfiguredLocation, for parameter: Field, in method: Method
  ) -> String? {
    if parameter.location == .path { return "a path parameter travels in the path" }
    if wanted != .query, !method.http.canSendBody {
      return "a \(method.http.method.uppercased()) request has no body"
    }
    switch wanted {
    case .query:
      return parameter.type == .file ? "a file cannot travel in the query" : nil
    case .body:
      return nil
    case .form:
      return [.json, .multipart].contains(method.requestBody) ? nil : "the body is a file or one parameter's value"
    case .wholeBody:
      guard method.requestBody == .json else { return "the body is a form or a file" }
      let others = method.params.filter { ($0.location ?? .body) == .body && $0.name != parameter.name }
      return others.isEmpty ? nil : "the body also holds " + others.map { "'\($0.name)'" }.joined(separator: ", ")
    }
  }

  /// `self` with each parameter `wireNames` names (`<method>.<parameter>`) and each field of a
  /// class it names (`<Class>.<field>`: the class as the reference writes it, a Domain Type or a
  /// class written in place, `FeedbackData.feedback_type`, in every place it stands) sent under
  /// that name; the request and response examples spell them so too. A warning at the config's
  /// entry for each that names no method's parameter and no class's field.
  func namingConfiguredParameters(
    _ wireNames: [String: String], at places: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !wireNames.isEmpty else { return (self, []) }
    var matched: Set<String> = []
    // The fields of the parameters of a method (`scope` its name) or of a class (its name).
    func named(_ scope: String?, _ fields: [Field]) -> [Field] {
      guard let scope else { return fields }
      return fields.map { field in
        let key = scope + "." + field.name
        guard let wireName = wireNames[key] else { return field }
        matched.insert(key)
        var field = field
        field.jsonName = wireName
        return field
      }
    }
    func naming(_ type: TypeRef) -> TypeRef { type.mappingObjects(named) }
    // The fields of the object `scope` names (a method's parameters, a class), and of the
    // objects written in their types.
    func naming(_ fields: [Field], of scope: String) -> [Field] {
      if case .object(_, let named) = naming(.object(name: scope, fields: fields)) { return named }
      return fields
    }
    let respeller = ExampleRespeller(declarations: declarationsByName, wireNames: wireNames)
    var api = changingMethods { name, method in
      method.examples = method.examples.map {
        var example = $0
        example.request = respeller.respelling(example.request, as: .object(name: name, fields: method.params))
        return example
      }
      if let example = method.responseExample {
        method.responseExample = respeller.respelling(example, returnedBy: method)
      }
      method.params = naming(method.params, of: name)
      method.returns = method.returns.map(naming)
      if let item = method.pagination?.item { method.pagination?.item = naming(item) }
      if let event = method.eventStream?.event { method.eventStream?.event = naming(event) }
    }
    func namingTypes(_ resource: Resource) -> Resource {
      var resource = resource
      for index in resource.types.indices {
        let decl = resource.types[index]
        switch decl.kind {
        case .object: resource.types[index].fields = naming(decl.fields, of: decl.name)
        case .union: resource.types[index].members = decl.members.map(naming)
        case .enum: break
        }
      }
      resource.resources = resource.resources.map(namingTypes)
      return resource
    }
    api.resources = api.resources.map(namingTypes)
    return (
      api,
      unmatched(wireNames.keys, matched: matched, at: places) {
        "the config names the wire name of '\($0)', which no method has as a parameter and no class as a field"
      }
    )
  }

  /// `self` with each method `envelopes` names, or a resource above it (the innermost named
  /// wins), answering in the envelope named for it: its value in that member of the response
  /// object. A method whose response is no single JSON value (a page, a stream, bytes, text or
  /// none) keeps its response, warned at the config's entry when the entry names it; a name
  /// that is no method or resource is warned there too.
  func envelopingConfiguredResponses(
    _ envelopes: [String: String], at places: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !envelopes.isEmpty else { return (self, []) }
    var matched: Set<String> = []
    var warnings: [Diagnostic] = []
    let api = changingMethods { name, method in
      let parts = name.split(separator: ".")
      let named = (1...parts.count).map { parts.prefix($0).joined(separator: ".") }.filter { envelopes[$0] != nil }
      guard let innermost = named.last, let member = envelopes[innermost] else { return }
      matched.formUnion(named)
      let unwrapped =
        method.pagination != nil
        ? "a page"
        : method.streaming != nil || method.eventStream != nil
          ? "a stream"
          : method.response != .json ? "no JSON value" : nil
      if let unwrapped {
        if innermost == name {
          warnings.append(
            Diagnostic(
              .warning,
              "the config names an envelope ('\(member)') for '\(name)', whose response is \(unwrapped): "
                + "it is read as the reference shows it",
              at: places[name]))
        }
        return
      }
      method.responseEnvelope = member
    }
    return (
      api,
      warnings
        + unmatched(Set(envelopes.keys), matched: matched, at: places) {
          "the config names an envelope for '\($0)', which is no method or resource of the reference"
        }
    )
  }

  /// `self` with each method `publicMethods` names answered without credentials (a resource's
  /// path names each method under it: `app` every method of `app` and of its sub-resources,
  /// for an API no method of which takes credentials), and a warning at the config's entry for
  /// each name that is no method or resource.
  func openingConfiguredMethods(
    _ publicMethods: Set<String>, at places: [String: SourceLocation]
  ) -> (APIDocument, [Diagnostic]) {
    guard !publicMethods.isEmpty else { return (self, []) }
    var matched: Set<String> = []
    let api = changingMethods { name, method in
      // The method itself, or a resource it is under.
      let parts = name.split(separator: ".")
      let named = (1...parts.count).map { parts.prefix($0).joined(separator: ".") }.filter(publicMethods.contains)
      guard !named.isEmpty else { return }
      matched.formUnion(named)
      method.requiresCredentials = false
    }
    return (
      api,
      unmatched(publicMethods, matched: matched, at: places) {
        "the config names '\($0)' public, which is no method or resource of the reference"
      }
    )
  }
}

/// Spells the keys of an example as `wireNames` names them: the example is read as a value of
/// the type it is an example of, each object's keys looked up among its class's fields (by the
/// wire names they had), so a key is respelled only where it stands for a field the config names.
private struct ExampleRespeller {
  let declarations: [String: TypeDecl]
  let wireNames: [String: String]

  /// A response example: a page's items where the method pages, what it returns otherwise.
  func respelling(_ example: JSONValue, returnedBy method: Method) -> JSONValue {
    guard let pagination = method.pagination else {
      return method.returns.map { respelling(example, as: $0) } ?? example
    }
    guard let items = example.value(at: pagination.itemsPath) else { return example }
    return example.setting(path: pagination.itemsPath, to: respelling(items, as: .array(pagination.item)))
  }

  func respelling(_ value: JSONValue, as type: TypeRef, depth: Int = 0) -> JSONValue {
    guard depth < 64 else { return value }
    switch (type, value) {
    case (.array(let element), .array(let items)):
      return .array(items.map { respelling($0, as: element, depth: depth + 1) })
    case (.map(let element), .object(let members)):
      return .object(members.map { ($0.key, respelling($0.value, as: element, depth: depth + 1)) })
    case (.ref(let name), _):
      guard let decl = declarations[name], decl.kind != .enum else { return value }
      return respelling(value, as: decl.shape, depth: depth + 1)
    case (.union(let members), .object(let object)):
      // The member whose fields hold every key the value writes.
      let keys = Set(object.map(\.key))
      let member = members.first { member in
        guard case .object(_, let fields) = resolved(member) else { return false }
        return keys.isSubset(of: fields.map(\.jsonName))
      }
      return member.map { respelling(value, as: $0, depth: depth + 1) } ?? value
    case (.object(let name, let fields), .object(let members)):
      return .object(
        members.map { member in
          guard let field = fields.first(where: { $0.jsonName == member.key }) else { return member }
          let key = name.flatMap { wireNames[$0 + "." + field.name] } ?? member.key
          return (key, respelling(member.value, as: field.type, depth: depth + 1))
        })
    default:
      return value
    }
  }

  private func resolved(_ type: TypeRef) -> TypeRef {
    if case .ref(let name) = type, let decl = declarations[name] { return decl.shape }
    return type
  }
}
