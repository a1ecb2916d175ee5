/// The "decide" stage: from the API model (IR) and the generator's configuration, every Swift
/// decision of the generated package, made once (`SwiftModel`): the module, client and error
/// names, every model type (Domain Types, each method's parameters and response or page type,
/// the in-place objects and enums nested inside them) with its properties, the resource tree's
/// names (client types, server services), each operation's Swift method, arguments, query
/// parameters, paging and traits.
struct SwiftModelBuilder {
  /// A top-level declaration to generate, with the IR it comes from.
  struct TopLevel {
    enum Source {
      case decl(TypeDecl)
      case object(description: String, fields: [Field])
      /// A union a method returns (`-> Union[Widget, Gadget]`).
      case union(description: String, members: [TypeRef])
    }
    var swiftName: String
    /// Folder inside the module: `Models`, `Params`, `Responses`.
    var folder: String
    var source: Source
    /// Member names a protocol the type conforms to takes (a page's `pageItems` and
    /// `pageNextToken`): no property gets one.
    var takenMembers: Set<String> = []
    /// Its one field is the whole JSON value (a page whose response is its items array).
    var isWholeValue = false
    /// Where the reference documents it (its Domain Type, or the method it was made for).
    var documentedAt: SourceLocation?
  }

  /// The members `<Prefix>PaginatedResponse` requires of a page type.
  static let pageMembers: Set<String> = ["pageItems", "pageNextToken"]

  /// What the tests of one method need: the Swift types and the IR shapes of its JSON.
  struct MethodModel {
    var method: Method
    var resource: Resource
    var paramsTypeName: String
    /// The parameters sent in the JSON body, as an object type.
    var paramsShape: TypeRef
    /// `OrganizationCreateResponse`, `MembersPage`.
    var responseType: String
    var responseShape: TypeRef
  }

  let api: APIDocument
  let zeroValueDefaults: Bool
  var diagnostics = DiagnosticSink()

  /// Documented Domain Type name → its declaration (first wins).
  private(set) var decls: [String: TypeDecl] = [:]
  /// Documented (or synthetic) top-level name → Swift name.
  private(set) var swiftNames: [String: String] = [:]
  private(set) var topLevels: [TopLevel] = []
  /// Objects written in place where a method returns them, by documented name: referenced as
  /// `.ref(name)` like Domain Types.
  private(set) var methodObjects: [String: [Field]] = [:]
  private(set) var methods: [MethodModel] = []
  private var usedTopLevelNames: Set<String>
  /// The names the package's own code takes (the runtime's, the modules').
  private let reservedNames: Set<String>
  /// The API's resource paths by their last name (`scopedNames` tells resources of a name apart).
  private let resourcesByName: [String: [[String]]]
  /// The names the reference gives its Domain Types and parameters: a scoped name is none of
  /// them, which their own types take.
  private let documentedNames: Set<String>
  /// The claimed top-level names, lowercased: each is a file's name, and two that differ only in
  /// case (`IpRangeListParams`, `IPRangeListParams`) would be one file where file names ignore
  /// case, as they do on macOS by default.
  private var claimedFileNames: Set<String> = []
  /// Descriptions that document the timestamp type rather than a field.
  private var timestampBoilerplate: Set<String> = []
  /// Types that contain themselves, directly or through others (not through arrays or maps):
  /// a struct cannot, so such a field is stored as `Indirect<T>`.
  private(set) var recursiveTypes: Set<String> = []
  /// The documented name of the top-level type whose view is being built.
  private var currentTopLevel: String?
  /// Where the reference documents what is being decided (a Domain Type, a method): the
  /// location of the diagnostics said meanwhile.
  private var context: SourceLocation?
  /// Whether any field is stored as `Indirect<T>` (the package then needs that type).
  private(set) var usesIndirect = false
  /// Whether any union is declared (the package then needs the runtime's union support).
  private(set) var usesUnions = false
  private var warnedIndirect: Set<String> = []
  /// Union Domain Types declared as no type of their own (see `plan()`).
  private var undeclaredUnions: Set<String> = []
  /// Classes written in place that are one top-level type (`planSharedObjects()`).
  private var sharedObjects: Set<String> = []

  /// The shape a documented name stands for (a Domain Type or an object a method returns).
  func shape(of name: String) -> TypeRef? {
    if let decl = decls[name] { return decl.shape }
    return methodObjects[name].map { .object(name: name, fields: $0) }
  }

  /// What begins the runtime's generic type names (`GitpodTimestamp`).
  let typePrefix: String

  init(api: APIDocument, zeroValueDefaults: Bool, reservedNames: Set<String>, typePrefix: String) {
    self.api = api
    self.typePrefix = typePrefix
    self.zeroValueDefaults = zeroValueDefaults
    self.usedTopLevelNames = reservedNames
    self.reservedNames = reservedNames
    self.resourcesByName = Dictionary(grouping: api.allResources.map(\.path)) { $0.last ?? "" }
    self.documentedNames = Set(
      api.allResources.flatMap { resource in
        resource.types.map { SwiftNaming.typeName(String($0.name.split(separator: ".").last ?? "")) }
          + resource.methods.map { SwiftNaming.typeName($0.paramsType) }
      })
  }

  // MARK: - Planning

  /// Collects the top-level declarations and method models.
  mutating func plan() throws(DiagnosticError) {
    var documented: [(decl: TypeDecl, scope: [String])] = []
    for resource in api.allResources {
      for decl in resource.types {
        if let existing = decls[decl.name] {
          var (first, again) = (existing, decl)
          (first.documentedAt, again.documentedAt) = (nil, nil)  // (where each stands is no difference)
          if first != again {
            diagnostics.warn(
              "Domain Type '\(decl.name)' is declared twice with different contents; the first declaration is used",
              at: decl.documentedAt)
          }
          continue
        }
        decls[decl.name] = decl
        documented.append((decl, resource.path))
      }
    }
    // Names are claimed by shallower resources first (a name two resources want is the one
    // nearer the top's, the deeper one's is scoped by its parents), the declarations planned in
    // the reference's order.
    let declared = try inDepthOrder(documented.map(\.scope)) { builder, index throws(DiagnosticError) in
      builder.planDeclaration(documented[index].decl, scope: documented[index].scope)
    }
    topLevels += declared.compactMap { $0 }
    context = nil
    planSharedEnums()
    planSharedObjects()
    context = nil
    findTimestampBoilerplate()
    findRecursiveTypes()
    let methods = api.allResources.flatMap { resource in resource.methods.map { (method: $0, resource: resource) } }
    // (Each method's types stay planned while the next are, which may share them.)
    let start = topLevels.count
    let planned = try inDepthOrder(methods.map(\.resource.path)) { builder, index throws(DiagnosticError) in
      let before = builder.topLevels.count
      let model = try builder.planMethod(methods[index].method, in: methods[index].resource)
      return (before..<builder.topLevels.count, model)
    }
    let methodTopLevels = topLevels
    topLevels.removeSubrange(start...)
    for case (let range, let model)? in planned {
      topLevels += methodTopLevels[range]
      self.methods.append(model)
    }
    context = nil
  }

  /// Runs `plan` for each of the items whose resource paths are `scopes`, shallower paths first
  /// (in the reference's order among equals), keeping each one's result, and what it warned, in
  /// the reference's order.
  private mutating func inDepthOrder<Planned>(
    _ scopes: [[String]], _ plan: (inout Self, Int) throws(DiagnosticError) -> Planned?
  ) throws(DiagnosticError) -> [Planned?] {
    var results: [Planned?] = Array(repeating: nil, count: scopes.count)
    var warned: [[Diagnostic]] = Array(repeating: [], count: scopes.count)
    let outer = diagnostics
    defer {
      diagnostics = outer
      diagnostics.append(contentsOf: warned.flatMap { $0 })
    }
    for index in scopes.indices.sorted(by: { (scopes[$0].count, $0) < (scopes[$1].count, $1) }) {
      diagnostics = DiagnosticSink()
      defer { warned[index] = diagnostics.diagnostics }
      results[index] = try plan(&self, index)
    }
    return results
  }

  /// A Domain Type's top-level declaration, or nil for a union declared as no type of its own.
  private mutating func planDeclaration(_ decl: TypeDecl, scope: [String]) -> TopLevel? {
    context = decl.documentedAt
    var declared = decl
    if decl.kind == .union, unionPlan(decl.members) == nil {
      // Values written in place beside `str` (`Model = Literal["a", "b"] | str`): an open enum
      // of that name, which keeps the values it does not list.
      if case .enum(nil, let values)? = openEnum(decl.members) {
        declared = TypeDecl(
          name: decl.name, title: decl.title, kind: .enum, description: decl.description, values: values)
      } else {
        // Otherwise, where it is used, it is what `unionType` makes it: the Domain Type enum
        // beside `str`, or any JSON value.
        undeclaredUnions.insert(decl.name)
        return nil
      }
    }
    // A declaration the IR qualified by its resource path (`runners.policies.X`, because an
    // earlier resource declares `X`) is named `X` where that is free, else scoped by its parents
    // (`RunnersX`), as a resource's other types are.
    // One the IR did not qualify, whose name the package itself takes, is numbered
    // (`WidgetsMock2`): that is no clash between resources, which their words tell apart.
    let plain = SwiftNaming.typeName(String(decl.name.split(separator: ".").last ?? Substring(decl.name)))
    let qualified = decl.name.contains(".") || !reservedNames.contains(plain)
    let swiftName = claimTopLevelName(plain, for: decl.name, scope: qualified ? scope : [])
    var topLevel = TopLevel(swiftName: swiftName, folder: "Models", source: .decl(declared))
    topLevel.documentedAt = context
    return topLevel
  }

  /// Every field of every declaration, method parameter and return type, depth first.
  private func allFields() -> [Field] {
    var fields: [Field] = []
    func collect(_ type: TypeRef) {
      switch type {
      case .array(let element), .map(let element): collect(element)
      case .object(_, let nested):
        fields += nested
        nested.forEach { collect($0.type) }
      default: break
      }
    }
    for resource in api.allResources {
      for decl in resource.types {
        fields += decl.fields
        decl.fields.forEach { collect($0.type) }
      }
      for method in resource.methods {
        fields += method.params
        method.params.forEach { collect($0.type) }
        method.returns.map(collect)
      }
    }
    return fields
  }

  /// A description repeated word for word on three or more timestamp fields documents the
  /// timestamp type (proto3's long `google.protobuf.Timestamp` text), not the field: the
  /// generated `Timestamp` type documents that, so such fields get no copy of it.
  private mutating func findTimestampBoilerplate() {
    var counts: [String: Int] = [:]
    for field in allFields() where field.type == .datetime && !field.description.isEmpty {
      counts[field.description, default: 0] += 1
    }
    timestampBoilerplate = Set(counts.filter { $0.value >= 3 }.keys)
  }

  /// Enums written in place under a documented name (`roles: List[OrganizationRole]` with its
  /// values listed) become one top-level type when every use lists the same values, so that
  /// `OrganizationMember.role` and `OrganizationSetRoleParams.role` share a type.
  private mutating func planSharedEnums() {
    var uses: [String: [[String]]] = [:]
    var order: [String] = []
    var firstUse: [String: SourceLocation] = [:]  // where the reference first writes it
    var at: SourceLocation?
    func collect(_ type: TypeRef) {
      switch type {
      case .array(let element), .map(let element): collect(element)
      case .object(_, let fields): fields.forEach { collect($0.type) }
      case .enum(let name?, let values) where decls[name] == nil:
        if uses[name] == nil { order.append(name) }
        if firstUse[name] == nil { firstUse[name] = at }
        uses[name, default: []].append(values)
      default: break
      }
    }
    for resource in api.allResources {
      for type in resource.types {
        at = type.documentedAt
        type.fields.forEach { collect($0.type) }
      }
      for method in resource.methods {
        at = method.documentedAt
        method.params.forEach { collect($0.type) }
        method.returns.map(collect)
        method.pagination.map { collect($0.item) }
      }
    }
    for name in order {
      guard let values = uses[name]?.first, uses[name]?.allSatisfy({ $0 == values }) == true else { continue }
      let decl = TypeDecl(name: name, title: name, kind: .enum, description: "", values: values)
      decls[name] = decl
      context = firstUse[name]
      let swiftName = claimTopLevelName(SwiftNaming.typeName(name), for: name)
      addTopLevel(TopLevel(swiftName: swiftName, folder: "Models", source: .decl(decl)))
    }
  }

  /// Classes written in place under one name in several places, each listing the same fields,
  /// where some place does not name it for its path (orb's `UnitPrice`, a member of every
  /// `price: Price` union it stands in; gitpod's `TaskSpec`), are the SDK's one shared class:
  /// one top-level type, not a copy nested in each type that holds one. A class the SDK names
  /// for its path everywhere (`pagination: Pagination` in each list method's parameters) is a
  /// class of each module that only looks the same: it stays nested in each, so that one of
  /// them changing does not move the others.
  private mutating func planSharedObjects() {
    var uses: [String: [[Field]]] = [:]
    var namedElsewhere: Set<String> = []
    var order: [String] = []
    var firstUse: [String: SourceLocation] = [:]  // where the reference first writes it
    var at: SourceLocation?
    // `prefix`: the name of the class the field is in, "" at the top of a named type (the SDK
    // names a nested class for its path from there: `inputs: List[Input]`, `InputImage` in it).
    func collect(_ type: TypeRef, field: String?, prefix: String, counted: Bool = true) {
      switch type {
      case .array(let element), .map(let element): collect(element, field: field, prefix: prefix)
      case .union(let members): members.forEach { collect($0, field: field, prefix: prefix) }
      case .object(let name, let fields):
        if counted, let name, decls[name] == nil {
          if uses[name] == nil { order.append(name) }
          if firstUse[name] == nil { firstUse[name] = at }
          uses[name, default: []].append(fields)
          // (The SDK also names a nested class as at the top: gitpod's `docker: Docker` in `RunsOn`.)
          let namedForPath = field.map { field in
            [prefix, ""].contains { PythonClassNaming.isNamedForPath(name, prefix: $0, field: field, continued: true) }
          }
          if namedForPath != true { namedElsewhere.insert(name) }
        }
        fields.forEach { collect($0.type, field: $0.name, prefix: counted ? name ?? "" : "") }
      default: break
      }
    }
    for resource in api.allResources {
      for type in resource.types {
        at = type.documentedAt
        type.fields.forEach { collect($0.type, field: $0.name, prefix: "") }
      }
      for method in resource.methods {
        at = method.documentedAt
        method.params.forEach { collect($0.type, field: $0.name, prefix: "") }
        // (An object a method returns is planned as that method's response type.)
        method.returns.map { collect($0, field: nil, prefix: "", counted: false) }
      }
    }
    for name in order where namedElsewhere.contains(name) {
      guard let all = uses[name], all.count > 1, let fields = all.first, all.allSatisfy({ $0 == fields }) else {
        continue
      }
      let decl = TypeDecl(name: name, title: name, kind: .object, description: "", fields: fields)
      decls[name] = decl
      sharedObjects.insert(name)
      context = firstUse[name]
      let swiftName = claimTopLevelName(SwiftNaming.typeName(name), for: name)
      addTopLevel(TopLevel(swiftName: swiftName, folder: "Models", source: .decl(decl)))
    }
  }

  /// Whether an object written in place is one of `planSharedObjects()`'s types.
  private func isShared(_ type: TypeRef) -> String? {
    guard case .object(let name?, let fields) = type, sharedObjects.contains(name), decls[name]?.fields == fields
    else { return nil }
    return name
  }

  /// `wanted` scoped by words of the resource path `scope`'s parents, the ones that tell it best
  /// from the other resources of its name first (`otherResources`: the API's resource paths):
  /// the fewest resources ending as `scope` does whose paths hold those words too, then fewer
  /// words, then nearer ones; last the whole path. anthropic's four `members` resources, each
  /// with `MemberAddParams`: `organization.rbac_groups.members` takes `RbacGroupsMemberAddParams`,
  /// `beta.organization.workspaces.members` `BetaWorkspacesMemberAddParams` (not
  /// `WorkspacesMemberAddParams`, which `organization.workspaces.members` is as much);
  /// `runners.policies` `RunnersPolicyUpdateParams`; a top-level resource its own name
  /// (`WidgetsX`). The whole path where those are taken (`BetaAssistantsFileSearchTool` where
  /// `BetaFileSearchTool` is another type's).
  static func scopedNames(_ wanted: String, scope: [String], otherResources: [[String]] = []) -> [String] {
    guard let last = scope.last else { return [] }
    let parents = Array(scope.dropLast())
    func name(_ words: some Collection<String>) -> String {
      SwiftNaming.typeName(words.map(SwiftNaming.typeName).joined() + wanted)
    }
    let whole = name(scope)
    guard !parents.isEmpty, parents.count <= 8 else { return [whole] }
    // Resources of the same name, and how many of them each choice of words fits.
    let alike = otherResources.filter { $0.last == last && $0 != scope }.map { $0.dropLast() }
    func fits(_ words: [String], _ path: ArraySlice<String>) -> Bool {
      var rest = path[...]
      for word in words {
        guard let found = rest.firstIndex(of: word) else { return false }
        rest = rest[(found + 1)...]
      }
      return true
    }
    // Each nonempty choice of the parents, in order; by distance from the resource, nearest 1.
    let choices: [(words: [String], distances: [Int], shared: Int)] = (1..<(1 << parents.count)).map { mask in
      let indices = parents.indices.filter { mask & (1 << $0) != 0 }
      let words = indices.map { parents[$0] }
      return (words, indices.map { parents.count - $0 }.sorted(), alike.filter { fits(words, $0) }.count)
    }
    let ordered = choices.sorted { a, b in
      if a.shared != b.shared { return a.shared < b.shared }
      if a.words.count != b.words.count { return a.words.count < b.words.count }
      return a.distances.lexicographicallyPrecedes(b.distances)
    }
    var names: [String] = []
    for choice in ordered where !names.contains(name(choice.words)) { names.append(name(choice.words)) }
    return names + (names.contains(whole) ? [] : [whole])
  }

  /// `scopedNames` among this API's resources.
  private func scopedNames(_ wanted: String, scope: [String]) -> [String] {
    Self.scopedNames(wanted, scope: scope, otherResources: scope.last.flatMap { resourcesByName[$0] } ?? [])
  }

  /// Claims a top-level Swift name. A name already taken by another resource's type is tried
  /// with its resource's parents before it (`scopedNames`: `PolicyUpdateParams` of
  /// `runners.policies` becomes `RunnersPolicyUpdateParams`, as Domain Types are), then numbered.
  /// Shallower resources claim first (`plan()`), so the plain name is the shallowest one's.
  private mutating func claimTopLevelName(
    _ wanted: String, for documented: String, scope: [String] = [], alternatives: [String] = []
  ) -> String {
    // A name Swift, Foundation or a framework the package uses declares would be ambiguous
    // where the user's code or the generated code sees both.
    let shadowed = SwiftNaming.shadowedModule(wanted).map { (name: wanted, module: $0) }
    var wanted = shadowed.map { $0.name + "Model" } ?? wanted
    func isTaken(_ name: String) -> Bool {
      usedTopLevelNames.contains(name) || claimedFileNames.contains(name.lowercased())
    }
    if isTaken(wanted) {
      // Then the names the caller knows another reason for (a page named for its items).
      // None another type is documented as (`BetaFileSearchTool`, declared in `beta.responses`,
      // is not `FileSearchTool` of `beta.assistants`, which is `BetaAssistantsFileSearchTool`).
      let scoped = scopedNames(wanted, scope: scope)
      if let free = (scoped.prefix(1) + alternatives + scoped.dropFirst()).first(where: {
        !isTaken($0) && !documentedNames.contains($0)
      }) {
        wanted = free
      }
    }
    var name = wanted
    var counter = 2
    while isTaken(name) {
      name = wanted + String(counter)
      counter += 1
    }
    if SwiftNaming.reservedTypeNames.contains(documented) {
      diagnostics.warn("type '\(documented)' is generated as '\(name)': '\(documented)' is a Swift name", at: context)
    } else if let shadowed {
      let what =
        shadowed.module == shadowed.name ? "a module's name" : "a name \(shadowed.module) declares"
      diagnostics.warn(
        "type '\(documented)' is generated as '\(name)': '\(shadowed.name)' is \(what)", at: context)
    } else if name != wanted {
      diagnostics.warn("type '\(documented)' is generated as '\(name)': '\(wanted)' is already taken", at: context)
    }
    usedTopLevelNames.insert(name)
    claimedFileNames.insert(name.lowercased())
    // The first claim keeps the documented name: a synthetic type named like a Domain Type
    // (an `object` response `PolicyUpdateResponse`) must not take the Domain Type's references.
    if swiftNames[documented] == nil { swiftNames[documented] = name }
    return name
  }

  /// The name for a synthetic top-level object, shared when the same name was already planned
  /// with the same fields (a page item returned by two methods).
  private mutating func planObject(
    name documented: String, description: String, fields: [Field], scope: [String] = [], alternatives: [String] = [],
    takenMembers: Set<String> = [], isWholeValue: Bool = false
  ) -> String {
    // One of the names it would get, with the same fields: the same type (a page of the same
    // items, returned by two methods).
    let names = Set(
      [swiftNames[documented]].compactMap { $0 } + alternatives
        + scopedNames(SwiftNaming.typeName(documented), scope: scope))
    if let existing = topLevels.first(where: {
      if case .object(_, let existingFields) = $0.source {
        return names.contains($0.swiftName) && existingFields == fields
      }
      return false
    }) {
      return existing.swiftName
    }
    let swiftName = claimTopLevelName(
      SwiftNaming.typeName(documented), for: documented, scope: scope, alternatives: alternatives)
    addTopLevel(
      TopLevel(
        swiftName: swiftName, folder: "Responses", source: .object(description: description, fields: fields),
        takenMembers: takenMembers, isWholeValue: isWholeValue))
    return swiftName
  }

  private mutating func planMethod(_ method: Method, in resource: Resource) throws(DiagnosticError) -> MethodModel {
    context = method.documentedAt
    let bodyParams = method.params.filter { ($0.location ?? .body) == .body }
    let paramsName = claimTopLevelName(
      SwiftNaming.typeName(method.paramsType), for: method.paramsType, scope: resource.path)
    let paramsDoc = "The parameters of `\(swiftPath(resource, method))`.\n\n\(method.summary)"
    addTopLevel(
      TopLevel(swiftName: paramsName, folder: "Params", source: .object(description: paramsDoc, fields: method.params)))

    let baseName = method.paramsType.hasSuffix("Params") ? String(method.paramsType.dropLast(6)) : method.paramsType
    let responseType: String
    let responseShape: TypeRef
    if let pagination = method.pagination {
      let item = responseElement(pagination.item, named: baseName + "Item", description: "", scope: resource.path)
      let pageFields = pageFields(pagination, item: item)
      let pageName = pageTypeName(pagination.pageType)
      // A page type of one name for several item types (openai's `SyncCursorPage[…]`): after its
      // resource's name, its items' (`VectorStoreFileCursorPage`).
      var itemPage: [String] = []
      if case .ref(let itemName) = item {
        itemPage = [
          SwiftNaming.typeName(
            SwiftNaming.typeName(itemName.split(separator: ".").last.map(String.init) ?? itemName) + pageName)
        ]
      }
      responseType = planObject(
        name: pageName, description: "A page of `\(swiftPath(resource, method))` results.", fields: pageFields,
        scope: resource.path, alternatives: itemPage, takenMembers: Self.pageMembers,
        isWholeValue: pagination.itemsField.isEmpty)
      // (A page that is its items array is written as one.)
      responseShape = pagination.itemsField.isEmpty ? .array(item) : .object(name: responseType, fields: pageFields)
    } else if method.response == .binary || method.response == .text {
      // Bytes or text as received, not JSON.
      responseType = method.response == .binary ? "Data" : "String"
      responseShape = method.response == .binary ? .file : .string
    } else {
      switch method.returns {
      case nil:
        let name = planObject(
          name: baseName + "Response", description: "The (empty) response of `\(swiftPath(resource, method))`.",
          fields: [], scope: resource.path)
        responseType = name
        responseShape = .object(name: name, fields: [])
      case .object(let name, let fields)? where method.returns.flatMap(isShared) == nil:
        let documented =
          name ?? (SwiftNaming.isIdentifier(method.returnsName) ? method.returnsName : baseName + "Response")
        let swiftName = planObject(
          name: documented, description: "The response of `\(swiftPath(resource, method))`.", fields: fields,
          scope: resource.path)
        responseType = swiftName
        responseShape = .object(name: swiftName, fields: fields)
      case .union(let members)? where unionPlan(members) != nil:
        // A union of its own, named for the method's response.
        let swiftName = claimTopLevelName(
          SwiftNaming.typeName(baseName + "Response"), for: baseName + "Response", scope: resource.path)
        addTopLevel(
          TopLevel(
            swiftName: swiftName, folder: "Responses",
            source: .union(description: "The response of `\(swiftPath(resource, method))`.", members: members)))
        responseType = swiftName
        responseShape = .union(members)
      case var returns?:
        // A shared class (`planSharedObjects()`) is that type, referenced by name.
        returns = isShared(returns).map(TypeRef.ref) ?? returns
        // A list (or map) of objects written in place (`-> List[UsageSearchResponseItem]` with its
        // fields): the element is a response type of its own, as a page's items are.
        let description = "An element of the response of `\(swiftPath(resource, method))`."
        let elementName = baseName + "ResponseItem"
        switch returns {
        case .array(let element):
          returns = .array(responseElement(element, named: elementName, description: description, scope: resource.path))
        case .map(let element):
          returns = .map(responseElement(element, named: elementName, description: description, scope: resource.path))
        default: break
        }
        var nested: [SwiftDeclaration] = []
        var nestedNames: Set<String> = []
        responseType = try swiftType(
          returns, fieldName: "response", parents: [], depth: 0, nested: &nested, nestedNames: &nestedNames
        ).local
        guard nested.isEmpty else {
          throw DiagnosticError(
            "\(resource.accessor(of: method)) returns an in-place type inside a \(returns.kindName); not supported",
            at: context)
        }
        responseShape = returns
      }
    }
    return MethodModel(
      method: method, resource: resource, paramsTypeName: paramsName,
      paramsShape: .object(name: paramsName, fields: bodyParams), responseType: responseType,
      responseShape: responseShape)
  }

  /// The types a type holds inline: refs reached without passing an array or a map.
  private func inlineReferences(_ type: TypeRef) -> [String] {
    switch type {
    case .ref(let name): [name]
    case .object(_, let fields): isShared(type).map { [$0] } ?? fields.flatMap { inlineReferences($0.type) }
    case .union(let members): members.flatMap(inlineReferences)  // an enum holds its payload inline
    default: []
    }
  }

  /// The types the type named `name` holds inline: an object's fields', a union's members'.
  private func inlineReferences(of name: String) -> [String] {
    if let decl = decls[name] {
      switch decl.kind {
      case .enum: return []
      case .object: return decl.fields.flatMap { inlineReferences($0.type) }
      case .union: return inlineReferences(decl.shape)
      }
    }
    return (methodObjects[name] ?? []).flatMap { inlineReferences($0.type) }
  }

  /// Whether `target` is held inline, at any depth, by `start`.
  private func reaches(from start: String, to target: String) -> Bool {
    var seen: Set<String> = []
    var stack = inlineReferences(of: start)
    while let name = stack.popLast() {
      if name == target { return true }
      guard seen.insert(name).inserted else { continue }
      stack += inlineReferences(of: name)
    }
    return false
  }

  private mutating func findRecursiveTypes() {
    for name in decls.keys.sorted() + methodObjects.keys.sorted() where reaches(from: name, to: name) {
      recursiveTypes.insert(name)
    }
  }

  /// An element a method returns inside a list, map or page: an object or a union written in
  /// place is a response type of its own (named as documented, else `fallback`), referenced by
  /// name; any other element is itself.
  private mutating func responseElement(
    _ element: TypeRef, named fallback: String, description: String, scope: [String]
  ) -> TypeRef {
    if let shared = isShared(element) { return .ref(shared) }
    switch element {
    case .object(let name, let fields):
      let documented = name ?? fallback
      _ = planObject(name: documented, description: description, fields: fields, scope: scope)
      methodObjects[documented] = fields
      return .ref(documented)
    case .array(let inner):
      // (cloudflare's `-> Dict[str, List[AvailableAlertListResponseItem]]`, the item's fields in place.)
      return .array(responseElement(inner, named: fallback, description: description, scope: scope))
    case .map(let inner):
      return .map(responseElement(inner, named: fallback, description: description, scope: scope))
    case .union(let members) where unionPlan(members) != nil:
      // (`-> List[AssetListResponseItem]` whose members, `class File: …`, are written in place;
      // under another name where another resource's method of the name took it: cloudflare's
      // `workers.scripts.secrets.bulk_update` and `workers_for_platforms.…secrets.bulk_update`.)
      var key = fallback
      if decls[key] != nil {
        key = scopedNames(fallback, scope: scope).first { decls[$0] == nil } ?? key
        var counter = 2
        while decls[key] != nil {
          key = fallback + String(counter)
          counter += 1
        }
      }
      let decl = TypeDecl(name: key, title: key, kind: .union, description: description, members: members)
      decls[key] = decl
      let swiftName = claimTopLevelName(SwiftNaming.typeName(fallback), for: key, scope: scope)
      addTopLevel(TopLevel(swiftName: swiftName, folder: "Responses", source: .decl(decl)))
      return .ref(key)
    default:
      return element
    }
  }

  /// `SyncMembersPage` → `MembersPage` (Sync/Async is the Python SDK's flavour, not the page's).
  private func pageTypeName(_ documented: String) -> String {
    for prefix in ["Sync", "Async"] where documented.hasPrefix(prefix) {
      let rest = documented.dropFirst(prefix.count)
      if let first = rest.first, first.isUppercase { return String(rest) }
    }
    return documented
  }

  /// The fields of a page: the items array, and the object paths down to the next-page token
  /// and the "has more" flag. Objects on the way are optional, and so are items below the top
  /// (sentdm's `data.contacts`: a page without them has none).
  private func pageFields(_ pagination: Pagination, item: TypeRef) -> [Field] {
    // (No items field: the response is the items array itself.)
    let itemsPath = pagination.itemsPath.isEmpty ? ["items"] : pagination.itemsPath
    var leaves: [(path: [String], value: Field)] = [
      (
        itemsPath,
        Field(
          name: itemsPath.last ?? "items", jsonName: pagination.itemsField, required: itemsPath.count == 1,
          type: .array(item), description: "The items on this page.")
      )
    ]
    if let key = pagination.nextTokenPath.last {
      leaves.append(
        (
          pagination.nextTokenPath,
          Field(
            name: key, jsonName: key, required: false, type: .string,
            description: "The token of the next page; nil or empty on the last page.")
        ))
    }
    if let path = pagination.hasMorePath, let key = path.last {
      leaves.append(
        (
          path,
          Field(
            name: key, jsonName: key, required: false, type: .boolean,
            description: "Whether more items follow this page.")
        ))
    }
    return Self.envelope(leaves)
  }

  /// Fields holding each leaf at its path; the objects on the way are optional, one per key.
  private static func envelope(_ leaves: [(path: [String], value: Field)]) -> [Field] {
    PathTree.members(
      leaves, leaf: { $1 },
      object: { key, fields in
        Field(name: key, jsonName: key, required: false, type: .object(name: nil, fields: fields), description: "")
      })
  }

  /// `organizations.listMembers`: the operation as a Swift caller reaches it (for documentation).
  func swiftPath(_ resource: Resource, _ method: Method) -> String {
    let index = resource.methods.firstIndex(of: method) ?? 0
    return (SwiftModel.resourcePropertyNames(resource.path) + [SwiftModel.functionNames(of: resource)[index]])
      .joined(separator: ".")
  }

  // MARK: - Declarations

  /// Plans a top-level type, documented where the current decision is.
  private mutating func addTopLevel(_ topLevel: TopLevel) {
    var topLevel = topLevel
    topLevel.documentedAt = context
    topLevels.append(topLevel)
  }

  /// Every top-level declaration, with its properties and nested declarations.
  mutating func declarations() throws(DiagnosticError) -> [SwiftDeclaration] {
    var result: [SwiftDeclaration] = []
    defer { context = nil }
    for topLevel in topLevels {
      var declaration: SwiftDeclaration
      context = topLevel.documentedAt
      switch topLevel.source {
      case .decl(let decl):
        currentTopLevel = decl.name
        switch decl.kind {
        case .enum:
          declaration = enumDeclaration(
            name: topLevel.swiftName, description: decl.description, values: decl.values, depth: 0)
        case .object:
          declaration = try objectDeclaration(
            name: topLevel.swiftName, parents: [], description: decl.description, fields: decl.fields, depth: 0)
        case .union:
          guard let plan = unionPlan(decl.members) else { continue }
          declaration = try unionDeclaration(
            name: topLevel.swiftName, description: decl.description, plan: plan, parents: [], depth: 0,
            isRequest: false)
        }
      case .object(let description, let fields):
        // (No Domain Type: a parameters or response type holds a recursive one as a value.)
        currentTopLevel = nil
        declaration = try objectDeclaration(
          name: topLevel.swiftName, parents: [], description: description, fields: fields, depth: 0,
          isRequest: topLevel.folder == "Params", takenMembers: topLevel.takenMembers)
        if topLevel.isWholeValue { declaration.wholeValueProperty = declaration.properties.first?.name }
      case .union(let description, let members):
        currentTopLevel = nil
        // (Planned only where `unionPlan` gives one.)
        guard let plan = unionPlan(members) else { continue }
        declaration = try unionDeclaration(
          name: topLevel.swiftName, description: description, plan: plan, parents: [], depth: 0, isRequest: false)
      }
      declaration.folder = topLevel.folder
      result.append(declaration)
    }
    return result
  }

  /// `isRequest`: the parameters of a method and the objects nested in them, which the client
  /// sends.
  mutating func objectDeclaration(
    name: String, parents: [String], description: String, fields: [Field], depth: Int, isRequest: Bool = false,
    takenMembers: Set<String> = []
  ) throws(DiagnosticError) -> SwiftDeclaration {
    var plainNames = fields.map { SwiftNaming.propertyName($0.name) }
    for index in plainNames.indices where takenMembers.contains(plainNames[index]) {
      // A page's `page_items` would be the `pageItems` its protocol requires.
      diagnostics.warn(
        "field '\(fields[index].name)' of '\(name)' would be '\(plainNames[index])', which the page protocol "
          + "requires; it is '\(plainNames[index])Value'",
        at: context)
      plainNames[index] += "Value"
    }
    let names = SwiftNaming.uniqued(plainNames, taken: takenMembers)
    for index in names.indices where names[index] != plainNames[index] {
      let first = fields[plainNames.firstIndex(of: plainNames[index]) ?? index].name
      diagnostics.warn(
        "fields '\(first)' and '\(fields[index].name)' of '\(name)' have the same Swift name '\(plainNames[index])'; "
          + "'\(fields[index].name)' is '\(names[index])'",
        at: context)
    }
    var nested: [SwiftDeclaration] = []
    var nestedNames: Set<String> = ["CodingKeys"]
    var properties: [SwiftProperty] = []
    let swiftNames = Dictionary(zip(fields.map(\.name), names), uniquingKeysWith: { first, _ in first })
    for (field, propertyName) in zip(fields, names) {
      let location = field.location ?? .body
      // A path parameter of several scalar types (`ssh_key_identifier: Union[int, str]`,
      // gradient.md) is one path segment: its text.
      let type =
        location == .path && Self.isScalarUnion(field.type)
        ? .named("String")
        : try swiftType(
          field.type, fieldName: field.name, parents: parents + [name], depth: depth + 1, nested: &nested,
          nestedNames: &nestedNames, isRequest: isRequest)
      let isCoded = location == .body
      var description =
        timestampBoilerplate.contains(field.description)
        ? ""
        : SwiftDocumentation.swiftNamed(field.description, own: (field.name, propertyName), names: swiftNames)
      if location != .body {
        description +=
          (description.isEmpty ? "" : "\n\n") + "Sent as a \(location.rawValue) parameter, not in the JSON body."
        if field.isClientOption { description += " Nil sends the client's." }
      }
      // proto3 JSON omits an unset message field (an object, a timestamp, a JSON value): what
      // the server sends decodes with it absent, so such a field is optional in what is received.
      // What the caller sends keeps the reference's required-ness.
      let isUnsetMessage = !isRequest && zeroValueDefaults && field.required && zeroValue(field.type) == nil
      // A required parameter sent outside the body stays required where the server can tell it
      // is missing and the decoder has a value to hold until it is read (`uncodedValue`).
      let uncodedValue = isCoded || !field.required ? nil : placeholder(field.type, swiftType: type, at: location)
      var property = SwiftProperty(
        documentedName: field.name, name: propertyName, type: type,
        isOptional: !field.required || (!isCoded && uncodedValue == nil) || isUnsetMessage,
        isCoded: isCoded, wireName: field.jsonName,
        zeroValue: field.required && zeroValueDefaults ? zeroValue(field.type) : nil, documentation: description,
        location: location, uncodedValue: uncodedValue)
      if isCoded, let value = UnionPlan.singleValue(field.type, resolve: { shape(of: $0) }) {
        // The constant the enum's declaration names it (one value: `enumCaseNames` of it).
        property.onlyValue = "." + SwiftNaming.escaped(SwiftNaming.enumCaseNames([value])[0])
      }
      properties.append(property)
    }
    return SwiftDeclaration(
      name: name, folder: "", documentation: description, depth: depth, kind: .structure(properties), nested: nested)
  }

  /// What the decoder gives a required parameter sent in the path, the query or a header until
  /// the server reads it there: a value of its type. Nil for a type the server reads no value of
  /// (an object, a map, a union, a list of Bools or timestamps, a list of objects): such a
  /// parameter is optional in Swift.
  func placeholder(_ type: TypeRef, swiftType: SwiftType, at location: ParameterLocation) -> String? {
    switch type {
    case _ where location == .path && Self.isScalarUnion(type): return "\"\""
    case .string: return "\"\""
    case .integer, .number: return "0"
    case .boolean: return "false"
    case .datetime: return "\(swiftType.local)(seconds: 0)"
    case .file: return "Data()"
    case let type where type.isEnum(in: decls): return "\(swiftType.local)(rawValue: \"\")"
    case .array(let element) where location != .path:
      return [.string, .integer, .number].contains(element) || element.isEnum(in: decls) ? "[]" : nil
    // (A path parameter is always there: the route matched it.)
    default: return location == .path ? "\(swiftType.local)(rawValue: \"\")" : nil
    }
  }

  /// Whether `type` is a union of strings and numbers only.
  static func isScalarUnion(_ type: TypeRef) -> Bool {
    guard case .union(let members) = type else { return false }
    return members.allSatisfy { [.string, .integer, .number].contains($0) }
  }

  func enumDeclaration(name: String, description: String, values: [String], depth: Int) -> SwiftDeclaration {
    let constants = zip(SwiftNaming.enumCaseNames(values), values).map { SwiftEnumConstant(name: $0, rawValue: $1) }
    return SwiftDeclaration(
      name: name, folder: "", documentation: description, depth: depth, kind: .enumeration(constants), nested: [])
  }

  /// The Swift type of a field; in-place objects and enums become nested types of the parent.
  mutating func swiftType(
    _ type: TypeRef, fieldName: String, parents: [String], depth: Int, nested: inout [SwiftDeclaration],
    nestedNames: inout Set<String>, isRequest: Bool = false, inCollection: Bool = false
  ) throws(DiagnosticError) -> SwiftType {
    switch type {
    case .string: return .named("String")
    case .integer: return .named("Int")
    case .number: return .named("Double")
    case .boolean: return .named("Bool")
    case .datetime: return .named(typePrefix + "Timestamp")
    case .any: return .named(typePrefix + "JSONValue")
    case .union(let members):
      return try unionType(
        members, fieldName: fieldName, parents: parents, depth: depth, nested: &nested, nestedNames: &nestedNames,
        isRequest: isRequest)
    case .file: return .named("Data")  // an upload's bytes
    case .array(let element):
      // A union declared for a list's elements is named for one of them (`blocks` → `Block`);
      // so is one for a map's values.
      var elementName = fieldName
      if case .union = element { elementName = SwiftNaming.singular(fieldName) }
      return .array(
        try swiftType(
          element, fieldName: elementName, parents: parents, depth: depth, nested: &nested,
          nestedNames: &nestedNames, isRequest: isRequest, inCollection: true))
    case .map(let value):
      var valueName = fieldName
      if case .union = value { valueName = SwiftNaming.singular(fieldName) }
      return .dictionary(
        try swiftType(
          value, fieldName: valueName, parents: parents, depth: depth, nested: &nested, nestedNames: &nestedNames,
          isRequest: isRequest, inCollection: true))
    case .ref(let name):
      if undeclaredUnions.contains(name), let decl = decls[name] {
        return try unionType(
          decl.members, fieldName: fieldName, parents: parents, depth: depth, nested: &nested,
          nestedNames: &nestedNames, isRequest: isRequest)
      }
      guard let swiftName = swiftNames[name], decls[name] != nil || methodObjects[name] != nil else {
        throw DiagnosticError("type '\(name)' is referenced but not declared under any Domain Types", at: context)
      }
      // (An array or a dictionary stores its elements apart: no indirection there.)
      if !inCollection, let current = currentTopLevel, recursiveTypes.contains(name),
        name == current || reaches(from: name, to: current)
      {
        usesIndirect = true
        if warnedIndirect.insert("\(current).\(fieldName)").inserted {
          diagnostics.warn(
            "'\(current).\(fieldName)' holds '\(name)', which holds '\(current)' again: stored as \(typePrefix)Indirect<\(swiftName)>, "
              + "since a struct cannot contain itself",
            at: context)
        }
        return .indirect(wrapper: typePrefix + "Indirect", .named(swiftName))
      }
      return .named(swiftName)
    case .enum(let name, let values):
      if let name, let decl = decls[name], decl.kind == .enum, let swiftName = swiftNames[name] {
        return .named(swiftName)
      }
      let nestedName = claimNestedName(name ?? fieldName, kindSuffix: "Enum", taken: &nestedNames)
      nested.append(enumDeclaration(name: nestedName, description: "", values: values, depth: depth))
      return .nested(parents: parents, name: nestedName)
    case .object(let name, let fields):
      if let shared = isShared(type) {
        return try swiftType(
          .ref(shared), fieldName: fieldName, parents: parents, depth: depth, nested: &nested,
          nestedNames: &nestedNames, isRequest: isRequest, inCollection: inCollection)
      }
      let nestedName = claimNestedName(name ?? fieldName, kindSuffix: "Object", taken: &nestedNames)
      nested.append(
        try objectDeclaration(
          name: nestedName, parents: parents, description: "", fields: fields, depth: depth, isRequest: isRequest))
      return .nested(parents: parents, name: nestedName)
    }
  }

  /// The union's `UnionPlan` when it is an enum of its own: not when a member is `object` (any
  /// JSON value), nor when it is `str` beside one enum (`openEnum(_:)`).
  private func unionPlan(_ members: [TypeRef]) -> UnionPlan? {
    openEnum(members) == nil ? UnionPlan(members, resolve: { shape(of: $0) }) : nil
  }

  /// The enum of a union of `str` and that one enum (`Union[str, ChatModel]`): the enum's type
  /// keeps values it does not document, so it stands for the whole union.
  private func openEnum(_ members: [TypeRef]) -> TypeRef? {
    let enums = members.filter { member in
      switch member {
      case .enum: true
      case .ref(let name): decls[name]?.kind == .enum
      default: false
      }
    }
    return enums.count == 1 && members.allSatisfy({ $0 == .string || $0 == enums[0] }) ? enums[0] : nil
  }

  /// A union's Swift type: an enum nested in the parent, a case per member (`UnionPlan`), or
  /// what `openEnum(_:)` and `unionPlan(_:)` say it is instead.
  private mutating func unionType(
    _ members: [TypeRef], fieldName: String, parents: [String], depth: Int, nested: inout [SwiftDeclaration],
    nestedNames: inout Set<String>, isRequest: Bool
  ) throws(DiagnosticError) -> SwiftType {
    if let open = openEnum(members) {
      return try swiftType(
        open, fieldName: fieldName, parents: parents, depth: depth, nested: &nested, nestedNames: &nestedNames,
        isRequest: isRequest)
    }
    guard let plan = unionPlan(members) else { return .named(typePrefix + "JSONValue") }
    let name = claimNestedName(fieldName, kindSuffix: "Union", taken: &nestedNames)
    nested.append(
      try unionDeclaration(
        name: name, description: "", plan: plan, parents: parents, depth: depth, isRequest: isRequest))
    return .nested(parents: parents, name: name)
  }

  /// The enum of a union named `name` (under `parents`), a case per member of `plan`.
  private mutating func unionDeclaration(
    name: String, description: String, plan: UnionPlan, parents: [String], depth: Int, isRequest: Bool
  ) throws(DiagnosticError) -> SwiftDeclaration {
    var inner: [SwiftDeclaration] = []
    var innerNames: Set<String> = []
    var cases: [SwiftUnion.Case] = []
    let caseNames = unionCaseNames(plan)
    for (member, caseName) in zip(plan.members, caseNames) {
      // A list's elements declared here are its `Item`s.
      var itemName = caseName
      if case .array = member.type { itemName = "item" }
      let payload = try swiftType(
        member.type, fieldName: itemName, parents: parents + [name], depth: depth + 1, nested: &inner,
        nestedNames: &innerNames, isRequest: isRequest)
      // The member's own description, after what selects it.
      var described = ""
      if case .ref(let memberName) = member.type, let text = decls[memberName]?.description { described = text }
      let selector =
        member.discriminatorValue.map {
          // The value as it travels, a string (not a name to put in Swift terms: `"image_url"`).
          "`\(plan.discriminator ?? "")` is `\"\($0)\"`."
        } ?? "A `\(payload.local)`."
      let documentation = described.isEmpty ? selector : selector + "\n\n" + described
      cases.append(
        SwiftUnion.Case(
          name: caseName, payload: payload, discriminatorValue: member.discriminatorValue,
          documentation: documentation))
    }
    let attempted = plan.attempted.compactMap { member in
      plan.members.firstIndex(of: member).map { caseNames[$0] }
    }
    usesUnions = true
    return SwiftDeclaration(
      name: name, folder: "", documentation: description, depth: depth,
      kind: .union(
        SwiftUnion(
          cases: cases, attempted: attempted, discriminator: plan.discriminator, unknownCase: "unknown",
          jsonValueType: typePrefix + "JSONValue", supportType: typePrefix + "Union")),
      nested: inner)
  }

  /// A case name per member: the discriminator's value (`text`), else the member's class name
  /// without the words every member's name shares (`ChatCompletionUserMessageParam` → `user`
  /// among the other `ChatCompletion…MessageParam`s), else its kind (`string`, `int`, `value`
  /// for a literal); the one list is `array`, several are their elements' names and `Array`;
  /// numbered when two meet.
  private func unionCaseNames(_ plan: UnionPlan) -> [String] {
    func className(_ type: TypeRef) -> String? {
      switch type {
      case .ref(let name): name
      case .object(let name?, _), .enum(let name?, _): name
      default: nil
      }
    }
    let classNames = plan.members.compactMap { className($0.type) }.map(SwiftNaming.words)
    var shared = (prefix: 0, suffix: 0)
    if classNames.count > 1, let shortest = classNames.map(\.count).min() {
      while shared.prefix < shortest - 1, Set(classNames.map { $0[shared.prefix] }).count == 1 { shared.prefix += 1 }
      while shared.suffix < shortest - 1 - shared.prefix,
        Set(classNames.map { $0[$0.count - 1 - shared.suffix] }).count == 1
      {
        shared.suffix += 1
      }
    }
    // One list among the members is the `array`.
    let arrays = plan.members.filter { if case .array = $0.type { true } else { false } }.count
    func base(_ type: TypeRef) -> String {
      switch type {
      case .string: return "string"
      case .integer: return "int"
      case .number: return "double"
      case .boolean: return "bool"
      case .datetime: return "timestamp"
      case .file: return "file"
      case .any: return "json"
      case .map(let value): return base(value) + "Dictionary"
      case .array(let element): return arrays > 1 ? base(element) + "Array" : "array"
      case .union: return "union"
      case .enum(nil, _): return "value"
      case .object(nil, _): return "object"
      default:
        let words = SwiftNaming.words(className(type) ?? "value")
        let trimmed =
          classNames.count > 1 && words.count > shared.prefix + shared.suffix
          ? Array(words[shared.prefix..<(words.count - shared.suffix)]) : words
        return SwiftNaming.lowerCamelCase(trimmed.joined(separator: "_"))
      }
    }
    let names = plan.members.map { member in
      member.discriminatorValue.map { SwiftNaming.lowerCamelCase($0) } ?? base(member.type)
    }
    return SwiftNaming.uniqued(
      names.map { SwiftNaming.reservedEnumCaseNames.contains($0) ? $0 + "Value" : $0 }, taken: ["unknown"])
  }

  /// A nested type's name: its documented name or the field's name in UpperCamelCase; a name
  /// that would shadow a top-level type gets `kindSuffix`, a sibling's name a number.
  private func claimNestedName(_ documented: String, kindSuffix: String, taken: inout Set<String>) -> String {
    var name = SwiftNaming.typeName(documented)
    if usedTopLevelNames.contains(name) { name += kindSuffix }
    name = SwiftNaming.uniqued([name], taken: taken)[0]
    taken.insert(name)
    return name
  }

  /// A type's proto3 zero value, or nil for types without one (objects, timestamps and `any`
  /// have presence: a missing value stays an error).
  func zeroValue(_ type: TypeRef) -> SwiftZeroValue? {
    switch type {
    case .string: return .emptyString
    case .integer, .number: return .zero
    case .boolean: return .false
    case .array: return .emptyArray
    case .map: return .emptyDictionary
    case .datetime, .any, .object, .union, .file: return nil
    case .enum(let name, let values):
      if let name, let decl = decls[name], decl.kind == .enum { return enumZero(decl.values) }
      return enumZero(values)
    case .ref(let name):
      guard let decl = decls[name], decl.kind == .enum else { return nil }
      return enumZero(decl.values)
    }
  }

  /// The `_UNSPECIFIED` value (proto3's number 0), else the first documented value.
  func enumZero(_ values: [String]) -> SwiftZeroValue? {
    guard !values.isEmpty else { return nil }
    let names = SwiftNaming.enumCaseNames(values)
    let index = values.firstIndex { $0.hasSuffix("_UNSPECIFIED") || $0 == "UNSPECIFIED" } ?? 0
    return .enumConstant(SwiftNaming.escaped(names[index]))
  }
}
