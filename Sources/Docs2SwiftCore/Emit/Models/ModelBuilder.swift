/// Decides every model type the generated package declares and turns the IR into `TypeView`s:
/// Domain Types, each method's parameters and response (and page) types, and the in-place
/// objects and enums nested inside them.
struct ModelBuilder {
  /// A top-level declaration to generate, with the IR it comes from.
  struct TopLevel {
    enum Source {
      case decl(TypeDecl)
      case object(description: String, fields: [Field])
    }
    var swiftName: String
    /// Folder inside the module: `Models`, `Params`, `Responses`.
    var folder: String
    var source: Source
  }

  /// What the tests of one method need: the Swift types and the IR shapes of its JSON.
  struct MethodModel {
    var method: Method
    var resource: Resource
    var paramsTypeName: String
    /// The parameters sent in the JSON body, as an object type.
    var paramsShape: TypeRef
    /// A Swift type expression: `OrganizationCreateResponse`, `MembersPage`.
    var responseType: String
    var responseShape: TypeRef
  }

  let api: APIDocument
  let access: String
  let zeroValueDefaults: Bool
  let lineLength = 120
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
  /// Descriptions that document the timestamp type rather than a field.
  private var timestampBoilerplate: Set<String> = []
  /// Types that contain themselves, directly or through others (not through arrays or maps):
  /// a struct cannot, so such a field is stored as `Indirect<T>`.
  private(set) var recursiveTypes: Set<String> = []
  /// The documented name of the top-level type whose view is being built.
  private var currentTopLevel: String?
  /// Whether any field is stored as `Indirect<T>` (the package then needs that type).
  private(set) var usesIndirect = false
  private var warnedIndirect: Set<String> = []

  init(api: APIDocument, access: String, zeroValueDefaults: Bool, reservedNames: Set<String>) {
    self.api = api
    self.access = access
    self.zeroValueDefaults = zeroValueDefaults
    self.usedTopLevelNames = reservedNames
  }

  // MARK: - Planning

  /// Collects the top-level declarations and method models.
  mutating func plan() throws(DiagnosticError) {
    for resource in api.allResources {
      for decl in resource.types {
        if let existing = decls[decl.name] {
          if existing != decl {
            diagnostics.warn(
              "Domain Type '\(decl.name)' is declared twice with different contents; the first declaration is used",
              at: nil)
          }
          continue
        }
        decls[decl.name] = decl
        let swiftName = claimTopLevelName(SwiftNaming.typeName(decl.name), for: decl.name)
        topLevels.append(TopLevel(swiftName: swiftName, folder: "Models", source: .decl(decl)))
      }
    }
    planSharedEnums()
    findTimestampBoilerplate()
    findRecursiveTypes()
    for resource in api.allResources {
      for method in resource.methods {
        try planMethod(method, in: resource)
      }
    }
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
    func collect(_ type: TypeRef) {
      switch type {
      case .array(let element), .map(let element): collect(element)
      case .object(_, let fields): fields.forEach { collect($0.type) }
      case .enum(let name?, let values) where decls[name] == nil:
        if uses[name] == nil { order.append(name) }
        uses[name, default: []].append(values)
      default: break
      }
    }
    for resource in api.allResources {
      resource.types.forEach { $0.fields.forEach { collect($0.type) } }
      for method in resource.methods {
        method.params.forEach { collect($0.type) }
        method.returns.map(collect)
        method.pagination.map { collect($0.item) }
      }
    }
    for name in order {
      guard let values = uses[name]?.first, uses[name]?.allSatisfy({ $0 == values }) == true else { continue }
      let decl = TypeDecl(name: name, title: name, kind: .enum, description: "", values: values)
      decls[name] = decl
      let swiftName = claimTopLevelName(SwiftNaming.typeName(name), for: name)
      topLevels.append(TopLevel(swiftName: swiftName, folder: "Models", source: .decl(decl)))
    }
  }

  private mutating func claimTopLevelName(_ wanted: String, for documented: String) -> String {
    let name = SwiftNaming.uniqued([wanted], taken: usedTopLevelNames)[0]
    if name != wanted {
      diagnostics.warn("type '\(documented)' is generated as '\(name)': '\(wanted)' is already taken", at: nil)
    }
    usedTopLevelNames.insert(name)
    swiftNames[documented] = name
    return name
  }

  /// The name for a synthetic top-level object, shared when the same name was already planned
  /// with the same fields (a page item returned by two methods).
  private mutating func planObject(name documented: String, description: String, fields: [Field]) -> String {
    if let existing = topLevels.first(where: {
      if case .object(_, let existingFields) = $0.source { return $0.swiftName == swiftNames[documented] && existingFields == fields }
      return false
    }) {
      return existing.swiftName
    }
    let swiftName = claimTopLevelName(SwiftNaming.typeName(documented), for: documented)
    topLevels.append(
      TopLevel(swiftName: swiftName, folder: "Responses", source: .object(description: description, fields: fields)))
    return swiftName
  }

  private mutating func planMethod(_ method: Method, in resource: Resource) throws(DiagnosticError) {
    let bodyParams = method.params.filter { ($0.location ?? .body) == .body }
    let paramsName = claimTopLevelName(SwiftNaming.typeName(method.paramsType), for: method.paramsType)
    let paramsDoc = "The parameters of `\(clientPath(resource, method))`.\n\n\(method.summary)"
    topLevels.append(
      TopLevel(swiftName: paramsName, folder: "Params", source: .object(description: paramsDoc, fields: method.params)))

    let baseName = method.paramsType.hasSuffix("Params") ? String(method.paramsType.dropLast(6)) : method.paramsType
    let responseType: String
    let responseShape: TypeRef
    if let pagination = method.pagination {
      var item = pagination.item
      if case .object(let name, let fields) = item {
        let itemName = name ?? baseName + "Item"
        _ = planObject(name: itemName, description: "", fields: fields)
        methodObjects[itemName] = fields
        item = .ref(itemName)
      }
      let pageFields = pageFields(pagination, item: item)
      let pageName = pageTypeName(pagination.pageType)
      responseType = planObject(
        name: pageName, description: "A page of `\(clientPath(resource, method))` results.", fields: pageFields)
      responseShape = .object(name: responseType, fields: pageFields)
    } else {
      switch method.returns {
      case nil:
        let name = planObject(
          name: baseName + "Response", description: "The (empty) response of `\(clientPath(resource, method))`.",
          fields: [])
        responseType = name
        responseShape = .object(name: name, fields: [])
      case .object(let name, let fields)?:
        let documented = name ?? (SwiftNaming.isIdentifier(method.returnsName) ? method.returnsName : baseName + "Response")
        let swiftName = planObject(
          name: documented, description: "The response of `\(clientPath(resource, method))`.", fields: fields)
        responseType = swiftName
        responseShape = .object(name: swiftName, fields: fields)
      case let returns?:
        var nested: [TypeView] = []
        var nestedNames: Set<String> = []
        responseType = try swiftType(
          returns, fieldName: "response", depth: 0, nested: &nested, nestedNames: &nestedNames)
        guard nested.isEmpty else {
          throw DiagnosticError(
            "\(clientPath(resource, method)) returns an in-place type inside a \(returns.kindName); not supported",
            at: nil)
        }
        responseShape = returns
      }
    }
    methods.append(
      MethodModel(
        method: method, resource: resource, paramsTypeName: paramsName,
        paramsShape: .object(name: paramsName, fields: bodyParams), responseType: responseType,
        responseShape: responseShape))
  }

  /// The types a type holds inline: refs reached without passing an array or a map.
  private func inlineReferences(_ fields: [Field]) -> [String] {
    func walk(_ type: TypeRef) -> [String] {
      switch type {
      case .ref(let name): [name]
      case .object(_, let fields): fields.flatMap { walk($0.type) }
      default: []
      }
    }
    return fields.flatMap { walk($0.type) }
  }

  private func inlineFields(of name: String) -> [Field] {
    if let decl = decls[name] { return decl.kind == .object ? decl.fields : [] }
    return methodObjects[name] ?? []
  }

  /// Whether `target` is held inline, at any depth, by `start`.
  private func reaches(from start: String, to target: String) -> Bool {
    var seen: Set<String> = []
    var stack = inlineReferences(inlineFields(of: start))
    while let name = stack.popLast() {
      if name == target { return true }
      guard seen.insert(name).inserted else { continue }
      stack += inlineReferences(inlineFields(of: name))
    }
    return false
  }

  private mutating func findRecursiveTypes() {
    for name in decls.keys.sorted() + methodObjects.keys.sorted() where reaches(from: name, to: name) {
      recursiveTypes.insert(name)
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

  /// The fields of a page: the items array and the object path down to the next-page token.
  private func pageFields(_ pagination: Pagination, item: TypeRef) -> [Field] {
    let items = Field(
      name: pagination.itemsField, jsonName: pagination.itemsField, required: true, type: .array(item),
      description: "The items on this page.")
    var token = TypeRef.string
    var tokenField: Field?
    for (index, key) in pagination.nextTokenPath.enumerated().reversed() {
      let isLast = index == pagination.nextTokenPath.count - 1
      let field = Field(
        name: key, jsonName: key, required: false, type: token,
        description: isLast ? "The token of the next page; nil or empty on the last page." : "")
      tokenField = field
      token = .object(name: nil, fields: [field])
    }
    return [items] + (tokenField.map { [$0] } ?? [])
  }

  func clientPath(_ resource: Resource, _ method: Method) -> String {
    (resource.path + [method.name]).joined(separator: ".")
  }

  // MARK: - Views

  /// The view of every top-level declaration, with its folder.
  mutating func views() throws(DiagnosticError) -> [(folder: String, type: TypeView)] {
    var result: [(folder: String, type: TypeView)] = []
    for topLevel in topLevels {
      let view: TypeView
      switch topLevel.source {
      case .decl(let decl):
        currentTopLevel = decl.name
        switch decl.kind {
        case .enum:
          view = enumView(name: topLevel.swiftName, description: decl.description, values: decl.values, depth: 0)
        case .object:
          view = try objectView(
            name: topLevel.swiftName, description: decl.description, fields: decl.fields, depth: 0)
        }
      case .object(let description, let fields):
        view = try objectView(name: topLevel.swiftName, description: description, fields: fields, depth: 0)
      }
      result.append((topLevel.folder, view))
    }
    return result
  }

  /// Documentation is wrapped at 100 columns (less deep inside nested types), well inside the
  /// line length.
  func docLines(_ description: String, depth: Int) -> [String] {
    DocComment.lines(description, width: max(60, 100 - 2 * depth))
  }

  mutating func objectView(name: String, description: String, fields: [Field], depth: Int) throws(DiagnosticError)
    -> TypeView
  {
    let plainNames = fields.map { SwiftNaming.propertyName($0.name) }
    let names = SwiftNaming.uniqued(plainNames)
    for index in names.indices where names[index] != plainNames[index] {
      let first = fields[plainNames.firstIndex(of: plainNames[index]) ?? index].name
      diagnostics.warn(
        "fields '\(first)' and '\(fields[index].name)' of '\(name)' have the same Swift name '\(plainNames[index])'; "
          + "'\(fields[index].name)' is '\(names[index])'",
        at: nil)
    }
    var nested: [TypeView] = []
    var nestedNames: Set<String> = ["CodingKeys"]
    var properties: [PropertyView] = []
    for (field, plainName) in zip(fields, names) {
      let baseType = try swiftType(
        field.type, fieldName: field.name, depth: depth + 1, nested: &nested, nestedNames: &nestedNames)
      let isCoded = (field.location ?? .body) == .body
      let isOptional = !field.required || !isCoded
      let zero = field.required && zeroValueDefaults ? zeroValue(field.type) : nil
      var description = timestampBoilerplate.contains(field.description) ? "" : field.description
      if let location = field.location, location != .body {
        description += (description.isEmpty ? "" : "\n\n") + "Sent as a \(location.rawValue) parameter, not in the JSON body."
      }
      let name = SwiftNaming.escaped(plainName)
      let decodeMethod = isOptional || zero != nil ? "decodeIfPresent" : "decode"
      let oneLine =
        "self.\(name) = try container.\(decodeMethod)(\(baseType).self, forKey: .\(name))"
        + (zero.map { " ?? \($0)" } ?? "")
      properties.append(
        PropertyView(
          name: name, label: ["inout", "var", "let"].contains(plainName) ? name : plainName,
          type: baseType + (isOptional ? "?" : ""), baseType: baseType, caseName: name,
          wireName: SwiftNaming.stringLiteralContents(field.jsonName), needsRawValue: plainName != field.jsonName,
          docLines: docLines(description, depth: depth + 1), isOptional: isOptional, isCoded: isCoded,
          zeroValue: zero ?? "", hasZeroValue: zero != nil, decodeMethod: decodeMethod,
          wrapsDecode: 2 * (depth + 2) + oneLine.count > lineLength))
    }
    return .object(
      name: name, access: access, docLines: docLines(description, depth: depth), properties: properties,
      nestedTypes: nested)
  }

  func enumView(name: String, description: String, values: [String], depth: Int) -> TypeView {
    let names = SwiftNaming.enumCaseNames(values)
    let enumValues = zip(names, values).enumerated().map { index, pair in
      EnumValueView(
        name: SwiftNaming.escaped(pair.0), rawValue: SwiftNaming.stringLiteralContents(pair.1),
        isLast: index == values.count - 1)
    }
    return .enumeration(
      name: name, access: access, docLines: docLines(description, depth: depth), values: enumValues)
  }

  /// The Swift type of a field; in-place objects and enums become nested types of the parent.
  mutating func swiftType(
    _ type: TypeRef, fieldName: String, depth: Int, nested: inout [TypeView], nestedNames: inout Set<String>
  ) throws(DiagnosticError) -> String {
    switch type {
    case .string: return "String"
    case .integer: return "Int"
    case .number: return "Double"
    case .boolean: return "Bool"
    case .datetime: return "Timestamp"
    case .any, .union: return "JSONValue"  // a union: any JSON value, for now
    case .array(let element):
      return "[" + (try swiftType(element, fieldName: fieldName, depth: depth, nested: &nested, nestedNames: &nestedNames)) + "]"
    case .map(let value):
      return "[String: "
        + (try swiftType(value, fieldName: fieldName, depth: depth, nested: &nested, nestedNames: &nestedNames)) + "]"
    case .ref(let name):
      guard let swiftName = swiftNames[name], decls[name] != nil || methodObjects[name] != nil else {
        throw DiagnosticError("type '\(name)' is referenced but not declared under any Domain Types", at: nil)
      }
      if let current = currentTopLevel, recursiveTypes.contains(name), name == current || reaches(from: name, to: current) {
        usesIndirect = true
        if warnedIndirect.insert("\(current).\(fieldName)").inserted {
          diagnostics.warn(
            "'\(current).\(fieldName)' holds '\(name)', which holds '\(current)' again: stored as Indirect<\(swiftName)>, "
              + "since a struct cannot contain itself",
            at: nil)
        }
        return "Indirect<\(swiftName)>"
      }
      return swiftName
    case .enum(let name, let values):
      if let name, let decl = decls[name], decl.kind == .enum, let swiftName = swiftNames[name] {
        return swiftName
      }
      let nestedName = claimNestedName(name ?? fieldName, kindSuffix: "Enum", taken: &nestedNames)
      nested.append(enumView(name: nestedName, description: "", values: values, depth: depth))
      return nestedName
    case .object(let name, let fields):
      let nestedName = claimNestedName(name ?? fieldName, kindSuffix: "Object", taken: &nestedNames)
      nested.append(try objectView(name: nestedName, description: "", fields: fields, depth: depth))
      return nestedName
    }
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

  /// The Swift expression of a type's proto3 zero value, or nil for types without one (objects,
  /// timestamps and `any` have presence: a missing value stays an error).
  func zeroValue(_ type: TypeRef) -> String? {
    switch type {
    case .string: return "\"\""
    case .integer, .number: return "0"
    case .boolean: return "false"
    case .array: return "[]"
    case .map: return "[:]"
    case .datetime, .any, .object, .union: return nil
    case .enum(let name, let values):
      if let name, let decl = decls[name], decl.kind == .enum { return enumZero(decl.values) }
      return enumZero(values)
    case .ref(let name):
      guard let decl = decls[name], decl.kind == .enum else { return nil }
      return enumZero(decl.values)
    }
  }

  /// The `_UNSPECIFIED` value (proto3's number 0), else the first documented value.
  func enumZero(_ values: [String]) -> String? {
    guard !values.isEmpty else { return nil }
    let names = SwiftNaming.enumCaseNames(values)
    let index = values.firstIndex { $0.hasSuffix("_UNSPECIFIED") || $0 == "UNSPECIFIED" } ?? 0
    return "." + SwiftNaming.escaped(names[index])
  }
}

extension APIDocument {
  /// Whether the reference describes a proto3 JSON (Connect/gRPC-transcoded) API, whose servers
  /// omit fields holding zero values: Connect paths `/pkg.v1.Service/Method`, or enums with a
  /// `_UNSPECIFIED` zero value.
  public var looksLikeProto3JSON: Bool {
    let resources = allResources
    let connectPaths = resources.flatMap(\.methods).contains { method in
      let parts = method.http.path.split(separator: "/", omittingEmptySubsequences: false)
      return parts.count == 3 && parts[0].isEmpty && parts[1].contains(".") && !parts[2].isEmpty
        && parts[1].split(separator: ".").count >= 2 && parts[1].last?.isLetter == true
    }
    let unspecifiedEnums = resources.flatMap(\.types).contains { decl in
      decl.kind == .enum && decl.values.contains { $0.hasSuffix("_UNSPECIFIED") }
    }
    return connectPaths || unspecifiedEnums
  }
}
