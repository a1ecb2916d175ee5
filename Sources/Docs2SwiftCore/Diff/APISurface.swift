/// The public API of a generated package as a user of the SDK sees it, flattened from the Swift
/// model (`SwiftModel.decide`): one entry per declaration, stored property, enum constant,
/// resource accessor and client method. Two surfaces compare entry by entry; what an entry's
/// change does to code that uses the SDK is decided from these Swift facts, not from the IR.
struct APISurface {
  enum EntryKind: String, Sendable {
    case client, resource, method, type, property, enumValue
    /// A union's case (`case text(TextBlock)`): a Swift enum's, unlike an open enum's value.
    case unionCase
  }

  struct Entry: Sendable {
    var key: String
    var kind: EntryKind
    /// What must stay equal for code using the entry to keep compiling (Swift text).
    var signature: String
    /// Properties: whether the memberwise initializer gives it a default (`= nil`).
    var hasDefault = false
    /// Properties: the Swift type without the optional, and whether it is optional.
    var swiftType = ""
    var isOptional = false
    /// Types: the initializer's parameter labels, in order.
    var initLabels: [String] = []
    /// The entry that contains this one (a property's type, a method's resource).
    var owner: String?
    /// The reference's name for it: "parameter `name` of `organizations.create`".
    var subject: String
    /// The key of its place in the reference (`ReferenceLocations`).
    var locationKey: String
    /// The Swift declaration, for the report: `OrganizationCreateParams.name`.
    var swiftName: String
  }

  var entries: [String: Entry] = [:]
  /// Keys in the order they were made (document order).
  var order: [String] = []

  mutating func add(_ entry: Entry) {
    if entries[entry.key] == nil { order.append(entry.key) }
    entries[entry.key] = entry
  }

  /// Where a declaration comes from in the reference.
  struct Origin {
    /// `parameter`, `response field`, `field`.
    var role: String
    /// ` of `organizations.create``, ` of `Organization``.
    var owner: String
    /// The location key prefix: `param:organizations.create`, `type:Organization`.
    var locationKey: String
    /// Field names from the origin down to this declaration.
    var fieldPath: [String]
    /// The surface entry owning the declaration (a method for its parameters type).
    var ownerKey: String?
    var typeSubject: String
  }

  init(model: SwiftModel, api: APIDocument, includesClient: Bool) {
    var origins: [String: Origin] = [:]
    var methodKeys: [String: String] = [:]
    for operation in model.operations {
      let path = operation.documentedPath
      let methodKey = "method:" + path
      origins[operation.paramsType] = Origin(
        role: "parameter", owner: " of `\(path)`", locationKey: "param:" + path, fieldPath: [],
        ownerKey: methodKey, typeSubject: "the parameters of `\(path)`")
      methodKeys[operation.paramsType] = methodKey
      if origins[operation.responseType] == nil, model.documentedTypes[operation.method.returnsName] == nil {
        origins[operation.responseType] = Origin(
          role: operation.page == nil ? "response field" : "page field", owner: " of `\(path)`",
          locationKey: "response:" + path, fieldPath: [], ownerKey: methodKey,
          typeSubject: operation.page == nil ? "the response of `\(path)`" : "the page type of `\(path)`")
      }
    }
    // Objects returned by a paginated method in place (its page items) keep the method as their place.
    let methodObjectNames = Set(model.methodObjects.keys.compactMap { model.swiftNames[$0] })
    for operation in model.operations {
      guard let page = operation.page, case .named(let item) = page.itemType, methodObjectNames.contains(item),
        origins[item] == nil
      else { continue }
      origins[item] = Origin(
        role: "item field", owner: " of `\(operation.documentedPath)`",
        locationKey: "response:" + operation.documentedPath, fieldPath: [], ownerKey: nil,
        typeSubject: "the items of `\(operation.documentedPath)`")
    }
    for (documented, swiftName) in model.swiftNames.sorted(by: { $0.key < $1.key }) where origins[swiftName] == nil {
      let isEnum = model.documentedTypes[documented]?.kind == .enum
      origins[swiftName] = Origin(
        role: isEnum ? "value" : "field", owner: " of `\(documented)`", locationKey: "type:" + documented,
        fieldPath: [], ownerKey: nil, typeSubject: "type `\(documented)`")
    }

    if includesClient {
      add(
        Entry(
          key: "client", kind: .client,
          signature: "module \(model.moduleName), struct \(model.clientName), enum \(model.errorName)",
          subject: "the client `\(model.clientName)`", locationKey: "document", swiftName: model.clientName))
      let parents = Dictionary(
        model.resources.flatMap { resource in resource.children.map { ($0, resource.typeName) } },
        uniquingKeysWith: { first, _ in first })
      for resource in model.resources {
        let path = resource.path.joined(separator: ".")
        let parent = parents[resource.path] ?? model.clientName
        add(
          Entry(
            key: "resource:" + path, kind: .resource,
            signature: "\(parent).\(resource.propertyName): \(resource.typeName)",
            owner: resource.path.count > 1 ? "resource:" + resource.path.dropLast().joined(separator: ".") : nil,
            subject: "resource `\(path)`", locationKey: "resource:" + path,
            swiftName: "\(parent).\(resource.propertyName)"))
        for index in resource.operations {
          let operation = model.operations[index]
          let returns =
            operation.page == nil ? operation.responseType : "\(model.runtimeType("Page"))<\(operation.responseType)>"
          let labels = operation.arguments.map(\.label) + [operation.optionsLabel]
          let function = "\(resource.typeName).\(operation.functionName)"
          add(
            Entry(
              key: "method:" + operation.documentedPath, kind: .method,
              signature:
                "\(operation.functionName)(_:\(operation.optionsLabel == "options" ? "options:" : "requestOptions:")) -> \(returns)",
              initLabels: labels, owner: "resource:" + path, subject: "method `\(operation.documentedPath)`",
              locationKey: "method:" + operation.documentedPath,
              swiftName: "\(function)(\(labels.map { $0 + ":" }.joined()))"))
          // A method of the client itself is the client's own too (`client.embed(…)`): whether it
          // is (a member of the client may take its name) is an entry of its own; the method's
          // entry reports its signature.
          if resource.extendsClient {
            add(
              Entry(
                key: "method:" + operation.documentedPath + ":client", kind: .method, signature: "the client's own",
                owner: "method:" + operation.documentedPath,
                subject: "method `\(operation.documentedPath)` as the client's own",
                locationKey: "method:" + operation.documentedPath,
                swiftName: "\(model.clientName).\(operation.functionName)(\(labels.map { $0 + ":" }.joined()))"))
          }
          // The streaming form (`createStream(_:options:)`) is a method of its own.
          if let stream = operation.eventStream {
            add(
              Entry(
                key: "method:" + operation.documentedPath + ":stream", kind: .method,
                signature:
                  "\(stream.functionName)(_:options:) -> \(model.runtimeType("ServerSentEventStream"))<\(stream.eventType)>",
                owner: "resource:" + path, subject: "the streaming form of `\(operation.documentedPath)`",
                locationKey: "method:" + operation.documentedPath,
                swiftName: "\(resource.typeName).\(stream.functionName)(_:options:)"))
          }
        }
      }
    }

    func visit(_ declaration: SwiftDeclaration, qualifiedName: String, origin: Origin?, owner: String?) {
      let typeKey = "type:" + qualifiedName
      let fieldPath = origin?.fieldPath ?? []
      let subject: String
      if let origin, !fieldPath.isEmpty {
        subject = "the type of \(origin.role) `\(fieldPath.joined(separator: "."))`\(origin.owner)"
      } else {
        subject = origin?.typeSubject ?? "type `\(qualifiedName)`"
      }
      let locationKey =
        (origin?.locationKey ?? "document") + (fieldPath.isEmpty ? "" : ":" + fieldPath.joined(separator: "."))
      switch declaration.kind {
      case .structure(let properties):
        add(
          Entry(
            key: typeKey, kind: .type, signature: "struct", initLabels: properties.map(\.label), owner: owner,
            subject: subject, locationKey: locationKey, swiftName: qualifiedName))
        for property in properties {
          let path = fieldPath + [property.documentedName]
          let role = origin?.role ?? "field"
          add(
            Entry(
              key: typeKey + "." + property.name, kind: .property,
              signature: property.type.qualified + (property.isOptional ? "?" : ""),
              hasDefault: property.initDefault != nil,
              swiftType: property.type.qualified, isOptional: property.isOptional, owner: typeKey,
              subject: "\(role) `\(path.joined(separator: "."))`\(origin?.owner ?? " of `\(qualifiedName)`")",
              locationKey: (origin?.locationKey ?? "document") + ":" + path.joined(separator: "."),
              swiftName: qualifiedName + "." + property.name))
          for nestedName in property.type.nestedNames {
            guard let nested = declaration.nested.first(where: { $0.name == nestedName }) else { continue }
            var nestedOrigin =
              origin
              ?? Origin(
                role: "field", owner: " of `\(qualifiedName)`", locationKey: "document", fieldPath: [], ownerKey: nil,
                typeSubject: "type `\(qualifiedName)`")
            nestedOrigin.fieldPath = path
            visit(
              nested, qualifiedName: qualifiedName + "." + nested.name, origin: nestedOrigin,
              owner: typeKey + "." + property.name)
          }
        }
      case .enumeration(let constants):
        add(
          Entry(
            key: typeKey, kind: .type, signature: "enum", owner: owner, subject: subject, locationKey: locationKey,
            swiftName: qualifiedName))
        for constant in constants {
          let valueSubject: String
          if let origin, !fieldPath.isEmpty {
            valueSubject =
              "value `\(constant.rawValue)` of \(origin.role) `\(fieldPath.joined(separator: "."))`\(origin.owner)"
          } else {
            valueSubject = "value `\(constant.rawValue)`\(origin?.owner ?? " of `\(qualifiedName)`")"
          }
          add(
            Entry(
              key: typeKey + "." + constant.name, kind: .enumValue, signature: "static let \(constant.name)",
              owner: typeKey, subject: valueSubject, locationKey: locationKey + ":value:" + constant.rawValue,
              swiftName: qualifiedName + "." + constant.name))
        }
      case .union(let union):
        add(
          Entry(
            key: typeKey, kind: .type, signature: "union", owner: owner, subject: subject, locationKey: locationKey,
            swiftName: qualifiedName))
        for unionCase in union.cases {
          let caseSubject = "member `\(unionCase.payload.local)`\(origin?.owner ?? " of `\(qualifiedName)`")"
          add(
            Entry(
              key: typeKey + "." + unionCase.name, kind: .unionCase,
              signature: "case \(unionCase.name)(\(unionCase.payload.qualified))", owner: typeKey, subject: caseSubject,
              locationKey: locationKey + ":member:" + unionCase.name, swiftName: qualifiedName + "." + unionCase.name))
          for nestedName in unionCase.payload.nestedNames {
            guard let nested = declaration.nested.first(where: { $0.name == nestedName }) else { continue }
            visit(
              nested, qualifiedName: qualifiedName + "." + nested.name, origin: origin,
              owner: typeKey + "." + unionCase.name)
          }
        }
      }
    }
    for declaration in model.declarations {
      let origin = origins[declaration.name]
      visit(
        declaration, qualifiedName: declaration.name, origin: origin, owner: includesClient ? origin?.ownerKey : nil)
    }
  }
}

extension SwiftType {
  /// The nested types this type names (for a property whose type is declared inside its parent).
  var nestedNames: [String] {
    switch self {
    case .named: []
    case .nested(_, let name): [name]
    case .array(let element), .dictionary(let element), .indirect(_, let element): element.nestedNames
    }
  }
}
