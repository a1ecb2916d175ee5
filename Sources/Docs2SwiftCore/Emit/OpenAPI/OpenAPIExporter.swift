/// The API as an OpenAPI 3.1 document, from the IR: one operation per method (operationId is
/// the operation heading, qualified by the resource path where another operation has it), request bodies and query parameters, responses with the documented
/// example, Domain Types as component schemas, in-place objects and enums inline.
public enum OpenAPIExporter {
  public enum Format: String, Sendable, CaseIterable {
    case json, yaml
  }

  /// A header parameter is named by its `headerName` (the reference's, or the config's once
  /// `APIDocument.locating(by:)` applied it), else by its wire name.
  public static func render(_ api: APIDocument, format: Format) -> String {
    let document = self.document(api)
    switch format {
    case .json: return document.printed(.init(sortedKeys: false, indent: 2)) + "\n"
    case .yaml: return YAMLRenderer.render(document) + "\n"
    }
  }

  public static func document(_ api: APIDocument) -> JSONValue {
    var paths: [(key: String, value: JSONValue)] = []
    var schemas: [(key: String, value: JSONValue)] = []
    var tags: [JSONValue] = []
    // OpenAPI requires unique operationIds; two services may name an operation alike (the whole
    // Gitpod API has two `ListEnvironmentClasses`): the second is qualified by its resource path.
    var operationIDs: Set<String> = []
    for resource in api.allResources {
      tags.append(
        .object([("name", .string(resource.path.joined(separator: "."))), ("description", .string(resource.title))]))
      // A Domain Type declared again in another section is one schema (keys must be unique).
      for type in resource.types where !schemas.contains(where: { $0.key == type.name }) {
        schemas.append((type.name, schema(type)))
      }
      for method in resource.methods {
        let verb = method.http.method.lowercased()
        var id = method.operation
        if operationIDs.contains(id) { id = (resource.path + [method.operation]).joined(separator: ".") }
        operationIDs.insert(id)
        // One path item per path: a REST path has an operation per verb. A path with a fixed
        // query (`/v2/ns/{ns}?stainless_overload=copyFrom`) is a path item of its own, keyed with
        // its query as the reference writes it: OpenAPI has no other way to tell two operations
        // of one verb and path apart.
        let key = method.http.pathAndQuery
        if let index = paths.firstIndex(where: { $0.key == key }),
          var item = paths[index].value.objectMembers
        {
          if !item.contains(where: { $0.key == verb }) {
            item.append((verb, operation(method, in: resource, id: id)))
          }
          paths[index].value = .object(item)
        } else {
          paths.append((key, .object([(verb, operation(method, in: resource, id: id))])))
        }
      }
    }
    return .object([
      ("openapi", .string("3.1.0")),
      ("info", .object([("title", .string(api.title + " API")), ("version", .string("1.0.0"))])),
      ("tags", .array(tags)),
      ("paths", .object(paths)),
      (
        "components",
        .object([
          ("schemas", .object(schemas)),
          (
            "securitySchemes",
            .object([("bearerAuth", .object([("type", .string("http")), ("scheme", .string("bearer"))]))])
          ),
        ])
      ),
      ("security", .array([.object([("bearerAuth", .array([]))])])),
    ])
  }

  static func operation(
    _ method: Method, in resource: Resource, id: String
  ) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("operationId", .string(id)),
      ("tags", .array([.string(resource.path.joined(separator: "."))])),
    ]
    if !method.summary.isEmpty { members.append(("summary", .string(method.summary))) }
    if !method.description.isEmpty { members.append(("description", .string(method.description))) }
    // A method the API answers without credentials (the config's `publicMethods`).
    if !method.requiresCredentials { members.append(("security", .array([]))) }
    let query = method.params.filter { $0.location == .query || $0.location == .path || $0.location == .header }
    // The fixed query's items: required, of the one value.
    let fixed = method.http.query.map { item -> JSONValue in
      .object([
        ("name", .string(item.name)), ("in", .string("query")), ("required", .bool(true)),
        ("schema", .object([("type", .string("string")), ("const", .string(item.value))])),
      ])
    }
    if !query.isEmpty || !fixed.isEmpty {
      members.append(
        (
          "parameters",
          .array(
            fixed
              + query.map { field in
                let name = field.location == .header ? field.headerName ?? field.jsonName : field.jsonName
                var parameter: [(key: String, value: JSONValue)] = [
                  ("name", .string(name)), ("in", .string((field.location ?? .query).rawValue)),
                  ("required", .bool(field.required || field.location == .path)),
                  ("schema", schema(field.type)),
                ]
                if !field.description.isEmpty { parameter.append(("description", .string(field.description))) }
                return .object(parameter)
              })
        ))
    }
    let body = method.params.filter { $0.location == .body || $0.location == nil }
    var content: [(key: String, value: JSONValue)] = [
      ("schema", method.requestBody == .parameter && body.count == 1 ? schema(body[0].type) : objectSchema(body))
    ]
    if !method.examples.isEmpty {
      content.append(
        (
          "examples",
          .object(
            method.examples.enumerated().map { index, example in
              var members: [(key: String, value: JSONValue)] = [("summary", .string(example.title))]
              if !example.description.isEmpty { members.append(("description", .string(example.description))) }
              members.append(("value", example.request))
              return ("example\(index + 1)", .object(members))
            })
        ))
    }
    // A GET or DELETE without body parameters has no body (REST); every Connect call has one.
    if method.requestBody == .binary {
      // The bytes are the body (OpenAPI 3.1: a binary body has no schema beyond its media type).
      members.append(
        (
          "requestBody",
          .object([("required", .bool(true)), ("content", .object([("application/octet-stream", .object([]))]))])
        ))
    } else if !body.isEmpty || method.sendsBody {
      let mediaType = method.requestBody == .multipart ? "multipart/form-data" : "application/json"
      members.append(
        ("requestBody", .object([("required", .bool(true)), ("content", .object([(mediaType, .object(content))]))])))
    }

    var response: [(key: String, value: JSONValue)] = [("schema", responseSchema(method))]
    if let example = method.responseExample { response.append(("example", method.enveloped(example))) }
    members.append(
      (
        "responses",
        .object([
          ("200", success(method, json: .object(response))),
          (
            "default",
            .object([
              ("description", .string("A Connect error")),
              ("content", .object([("application/json", .object([("schema", connectError)]))])),
            ])
          ),
        ])
      ))
    return .object(members)
  }

  /// The success response: JSON (and server-sent events where the method streams), bytes,
  /// text, or nothing.
  static func success(_ method: Method, json: JSONValue) -> JSONValue {
    var content: [(key: String, value: JSONValue)]
    switch method.response {
    case .json:
      content = [("application/json", json)]
      if let streaming = method.eventStream {
        content.append(
          (
            "text/event-stream",
            .object([
              ("schema", .object([("type", .string("string"))])),
              ("x-event-schema", schema(streaming.event)),
            ])
          ))
      }
    case .binary:
      content = [
        (
          "application/octet-stream",
          .object([("schema", .object([("type", .string("string")), ("format", .string("binary"))]))])
        )
      ]
    case .text: content = [("text/plain", .object([("schema", .object([("type", .string("string"))]))]))]
    case .none: return .object([("description", .string("No content"))])
    }
    return .object([("description", .string("OK")), ("content", .object(content))])
  }

  static let connectError: JSONValue = .object([
    ("type", .string("object")),
    (
      "properties",
      .object([("code", .object([("type", .string("string"))])), ("message", .object([("type", .string("string"))]))])
    ),
  ])

  static func responseSchema(_ method: Method) -> JSONValue {
    // The config's `responseEnvelopes` (never a page's): `{"result": <the value>}`.
    guard let member = method.responseEnvelope else { return valueSchema(method) }
    return .object([
      ("type", .string("object")), ("properties", .object([(member, valueSchema(method))])),
      ("required", .array([.string(member)])),
    ])
  }

  /// The schema of what `method` returns: its type, or its page.
  static func valueSchema(_ method: Method) -> JSONValue {
    guard let returns = method.returns else { return .object([("type", .string("object"))]) }
    guard let pagination = method.pagination else { return schema(returns) }
    let items: JSONValue = .object([("type", .string("array")), ("items", schema(pagination.item))])
    // (A page that is its items array.)
    if pagination.itemsPath.isEmpty { return items }
    // The page envelope: the items array, the next-page token and the "has more" flag, each at
    // its path (`data.contacts`, `pagination.nextToken`, `data.pagination.has_more`).
    var leaves: [(path: [String], value: JSONValue)] = [(pagination.itemsPath, items)]
    if !pagination.nextTokenPath.isEmpty {
      leaves.append((pagination.nextTokenPath, .object([("type", .string("string"))])))
    }
    if let hasMore = pagination.hasMorePath, !hasMore.isEmpty {
      leaves.append((hasMore, .object([("type", .string("boolean"))])))
    }
    return envelope(leaves)
  }

  /// An object schema holding each leaf at its path, objects of one key merged.
  static func envelope(_ leaves: [(path: [String], value: JSONValue)]) -> JSONValue {
    func object(_ properties: [(key: String, value: JSONValue)]) -> JSONValue {
      .object([("type", .string("object")), ("properties", .object(properties))])
    }
    return object(
      PathTree.members(leaves, leaf: { (key: $0, value: $1) }, object: { (key: $0, value: object($1)) }))
  }

  static func schema(_ decl: TypeDecl) -> JSONValue {
    var members: [(key: String, value: JSONValue)]
    switch decl.kind {
    case .object: members = objectSchema(decl.fields).objectMembers ?? []
    case .enum: members = [("type", .string("string")), ("enum", .array(decl.values.map { .string($0) }))]
    case .union: members = schema(decl.shape).objectMembers ?? []
    }
    if !decl.description.isEmpty { members.append(("description", .string(decl.description))) }
    return .object(members)
  }

  static func objectSchema(_ fields: [Field]) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [("type", .string("object"))]
    members.append(
      (
        "properties",
        .object(
          fields.map { field in
            var property = schema(field.type)
            if !field.description.isEmpty, case .object(var propertyMembers) = property, field.type.kindName != "ref" {
              propertyMembers.append(("description", .string(field.description)))
              property = .object(propertyMembers)
            }
            return (field.jsonName, property)
          })
      ))
    let required = fields.filter(\.required).map { JSONValue.string($0.jsonName) }
    if !required.isEmpty { members.append(("required", .array(required))) }
    return .object(members)
  }

  static func schema(_ type: TypeRef) -> JSONValue {
    switch type {
    case .string: .object([("type", .string("string"))])
    case .integer: .object([("type", .string("integer"))])
    case .number: .object([("type", .string("number"))])
    case .boolean: .object([("type", .string("boolean"))])
    case .datetime: .object([("type", .string("string")), ("format", .string("date-time"))])
    case .any: .object([])
    case .array(let of): .object([("type", .string("array")), ("items", schema(of))])
    case .map(let of): .object([("type", .string("object")), ("additionalProperties", schema(of))])
    case .enum(_, let values): .object([("type", .string("string")), ("enum", .array(values.map { .string($0) }))])
    case .object(_, let fields): objectSchema(fields)
    case .ref(let name): .object([("$ref", .string("#/components/schemas/" + name))])
    case .union(let types): .object([("oneOf", .array(types.map(schema)))])
    case .file: .object([("type", .string("string")), ("format", .string("binary"))])
    }
  }
}
