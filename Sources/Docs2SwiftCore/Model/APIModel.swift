/// The intermediate representation (IR) of one API reference: the single source of truth
/// every emitter reads. It is built from the reference by `IRBuilder` and exported as JSON
/// by `IRExport` (see docs/ir-export.md for that contract).
public struct APIDocument: Sendable, Hashable {
  public var title: String
  public var resources: [Resource]
  /// The reference's conventions, decided from its evidence (`APIConventions.detect`).
  public var conventions = APIConventions()

  public init(title: String, resources: [Resource]) {
    self.title = title
    self.resources = resources
  }

  /// Every resource, depth first, in document order.
  public var allResources: [Resource] {
    resources.flatMap { [$0] + $0.allDescendants }
  }
}

public struct Resource: Sendable, Hashable {
  /// Accessor segment as the docs spell it: `custom_domains`.
  public var name: String
  /// Accessor path from the client: `["organizations", "custom_domains"]`.
  public var path: [String]
  /// The section heading: `Custom Domains`.
  public var title: String
  public var methods: [Method]
  /// The section's Domain Types, in document order.
  public var types: [TypeDecl]
  public var resources: [Resource]
  /// How this resource's fields travel where its own evidence says otherwise than the API's
  /// (`APIConventions.wireNameStyle`); nil where it follows the API. Its fields' `jsonName`s
  /// already hold it.
  public var wireNameStyle: WireNameStyle?
  /// Whether its methods are the client's own (`.embed(…)`, Python's `client.embed()`), kept on
  /// a resource named for their section (`mixedbread`).
  public var holdsClientMethods = false

  /// A method of this resource as the reference calls it from the client, the name warnings and
  /// the config use: `organizations.custom_domains.create`.
  public func accessor(of method: Method) -> String {
    Method.accessor(method.name, under: path)
  }

  public init(
    name: String, path: [String], title: String, methods: [Method] = [], types: [TypeDecl] = [],
    resources: [Resource] = []
  ) {
    self.name = name
    self.path = path
    self.title = title
    self.methods = methods
    self.types = types
    self.resources = resources
  }

  public var allDescendants: [Resource] {
    resources.flatMap { [$0] + $0.allDescendants }
  }
}

public struct HTTPEndpoint: Sendable, Hashable {
  public var method: String
  public var path: String
  /// Query items every request of the method carries, as the reference writes them after the
  /// path (`/chat/completions?agent=true`, Stainless's `?stainless_overload=branchFrom` for two
  /// methods of one verb and path); in order, not percent-decoded.
  public var query: [QueryItem]

  public struct QueryItem: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  public init(method: String, path: String, query: [QueryItem] = []) {
    self.method = method
    self.path = path
    self.query = query
  }

  /// The path with its fixed query, as the reference writes it.
  public var pathAndQuery: String {
    query.isEmpty ? path : path + "?" + query.map { $0.name + "=" + $0.value }.joined(separator: "&")
  }

  /// `/chat/completions?agent=true` → the path and its query items; nil where what follows the
  /// `?` is not `name=value` pairs joined by `&`.
  public static func splitting(_ target: String) -> (path: String, query: [QueryItem])? {
    guard let mark = target.firstIndex(of: "?") else { return (target, []) }
    var items: [QueryItem] = []
    for pair in target[target.index(after: mark)...].split(separator: "&", omittingEmptySubsequences: false) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty else { return nil }
      items.append(QueryItem(name: String(parts[0]), value: String(parts[1])))
    }
    return (String(target[..<mark]), items)
  }

  /// Whether a request of this verb carries a body: Stainless's REST rule gives a `GET`, `HEAD`
  /// or `DELETE` none (their parameters are the path and the query); every other verb, and every
  /// Connect call (a `POST`), has one.
  public var sendsBody: Bool {
    !["GET", "HEAD", "DELETE"].contains(method.uppercased())
  }

  /// Whether a request of this verb can carry a body at all: a `DELETE` can, where an SDK sends
  /// one (the config's `parameterLocations` says so: the reference does not show it); a `GET` or
  /// `HEAD` cannot (URLSession refuses one).
  public var canSendBody: Bool {
    !["GET", "HEAD"].contains(method.uppercased())
  }
}

public struct Method: Sendable, Hashable {
  /// The accessor of the method `name` on the resource at `resourcePath`:
  /// `organizations.custom_domains.create`.
  public static func accessor(_ name: String, under resourcePath: [String]) -> String {
    (resourcePath + [name]).joined(separator: ".")
  }

  /// SDK method name as documented: `list_members`.
  public var name: String
  /// The operation heading: `ListMembers`.
  public var operation: String
  public var http: HTTPEndpoint
  /// First paragraph of the description, plain text.
  public var summary: String
  /// The whole description, Markdown.
  public var description: String
  /// `OrganizationListMembersParams`.
  public var paramsType: String
  /// Parameters; each has a `location`.
  public var params: [Field]
  /// The documented return type; nil where the docs say `object`. For a paginated method this
  /// is the item type the Returns section documents; `pagination` describes the page.
  public var returns: TypeRef?
  /// The return type's name as written in the signature: `OrganizationCreateResponse`,
  /// `SyncMembersPage[OrganizationMember]`, `object`.
  public var returnsName: String
  public var pagination: Pagination?
  public var examples: [RequestExample]
  /// The documented response, as JSON.
  public var responseExample: JSONValue?
  /// The documented Python example, as source code.
  public var pythonExample: String?
  /// What the operation does (read-only), decided from the reference's evidence.
  public var traits = OperationTraits()
  /// Parameters the signature takes positionally, in order (`models.retrieve(strmodel)` →
  /// `["model"]`): path parameters of REST references.
  public var positionalParams: [String] = []
  /// Whether `paramsType` is written in the signature (false: named by docs2swift).
  public var paramsTypeDocumented = true
  /// Where the reference documents the method (its heading), for the diagnostics of later
  /// stages; not part of the exported model.
  public var documentedAt: SourceLocation?
  /// How the body parameters travel.
  public var requestBody = RequestBodyKind.json
  /// Whether requests carry a body: as the verb says (`HTTPEndpoint.sendsBody`), and a `DELETE`
  /// with parameters placed in the body (sentdm's `sandbox`, by the config's
  /// `parameterLocations`; the reference's own rule gives a `DELETE` none).
  public var sendsBody: Bool {
    http.sendsBody || (http.canSendBody && params.contains { $0.location == .body })
  }
  /// Whether requests carry the API's credentials; false for a method the API answers without
  /// them (an SDK's `security={}`), which the config's `publicMethods` names: the reference
  /// shows no sign of it.
  public var requiresCredentials = true
  /// The member of the response object that holds what the method returns (`result`), for an
  /// envelope the SDK unwraps, which the config's `responseEnvelopes` names: the reference shows
  /// the unwrapped value. Nil: the response is the value.
  public var responseEnvelope: String?
  /// `response` as the API sends it: inside `responseEnvelope` (`{"data": …}`) when there is one.
  public func enveloped(_ response: JSONValue) -> JSONValue {
    responseEnvelope.map { .object([($0, response)]) } ?? response
  }
  /// The parameter that is the whole body, for a `binary` or `parameter` request body.
  public var wholeBodyParameter: Field? {
    switch requestBody {
    case .binary: params.first { ($0.location ?? .body) == .body && $0.type == .file }
    case .parameter: params.first { ($0.location ?? .body) == .body }
    case .json, .multipart: nil
    }
  }
  /// The parts of a `multipart` body that are files, named as the request's form names them
  /// (`file`, a list's `files[]`, a member of a list's objects `files[][file]`); empty for any
  /// other body. The one place that says where a request's files are: the builder makes a body
  /// with a file part multipart, the client sends these parts as files.
  public var fileParts: [String] {
    guard requestBody == .multipart else { return [] }
    return Self.fileParts(of: params)
  }
  /// The file parts of `params`' body parameters, whatever the request body is.
  static func fileParts(of params: [Field]) -> [String] {
    params.filter { ($0.location ?? .body) == .body }.flatMap { $0.type.fileParts(named: $0.jsonName) }
  }
  /// What a successful response holds.
  public var response = ResponseKind.json
  /// A parameter that switches the response to a stream of server-sent events (`stream: true`).
  public var eventStream: Streaming?
  /// How the response streams, when it does: `"jsonl"` for a body of JSON lines, one
  /// `returns` value per line (`JSONLDecoder[EventWatchResponse]`); nil for one JSON document.
  public var streaming: String?

  public init(
    name: String, operation: String, http: HTTPEndpoint, summary: String, description: String,
    paramsType: String, params: [Field], returns: TypeRef?, returnsName: String,
    pagination: Pagination?, examples: [RequestExample], responseExample: JSONValue?,
    pythonExample: String?
  ) {
    self.name = name
    self.operation = operation
    self.http = http
    self.summary = summary
    self.description = description
    self.paramsType = paramsType
    self.params = params
    self.returns = returns
    self.returnsName = returnsName
    self.pagination = pagination
    self.examples = examples
    self.responseExample = responseExample
    self.pythonExample = pythonExample
  }
}

public struct RequestExample: Sendable, Hashable {
  public var title: String
  public var description: String
  public var request: JSONValue

  public init(title: String, description: String, request: JSONValue) {
    self.title = title
    self.description = description
    self.request = request
  }
}

public struct Pagination: Sendable, Hashable {
  /// As documented: `SyncMembersPage`.
  public var pageType: String
  public var item: TypeRef
  /// JSON path of the array in each page: `["members"]`; `["data", "contacts"]` where the items
  /// sit in an object of the page (sentdm's `SyncContactsPage`); empty where the response is the
  /// array itself (`[…]`).
  public var itemsPath: [String]
  /// JSON name of the array in the object holding it (`members`, `contacts`); empty where the
  /// response is the array itself.
  public var itemsField: String { itemsPath.last ?? "" }
  /// JSON path of the next-page token: `["pagination", "nextToken"]`.
  public var nextTokenPath: [String]
  /// The request parameter carrying the cursor, offset or page number (`token`, `after`,
  /// `starting_after`, `cursor`, `offset`, `page`); empty for `single`.
  public var tokenParam: String
  /// The request parameter carrying the page size (`page_size`, `limit`); empty if none.
  public var pageSizeParam: String
  public var scheme = PaginationScheme.token
  /// `cursor`: the parameter paging backwards (`before`, `ending_before`), if documented.
  public var beforeParam: String?
  /// JSON path of the "has more" flag: `["has_more"]`.
  public var hasMorePath: [String]?
  /// `cursor`: the item field whose value of the last item is the next cursor (`id`, `token`).
  public var cursorItemField: String?

  public init(
    pageType: String, item: TypeRef, itemsPath: [String], nextTokenPath: [String],
    tokenParam: String, pageSizeParam: String
  ) {
    self.pageType = pageType
    self.item = item
    self.itemsPath = itemsPath
    self.nextTokenPath = nextTokenPath
    self.tokenParam = tokenParam
    self.pageSizeParam = pageSizeParam
  }

  /// A page whose items are one field of the response (`members`), or the response itself
  /// (empty).
  public init(
    pageType: String, item: TypeRef, itemsField: String, nextTokenPath: [String],
    tokenParam: String, pageSizeParam: String
  ) {
    self.init(
      pageType: pageType, item: item, itemsPath: itemsField.isEmpty ? [] : [itemsField],
      nextTokenPath: nextTokenPath, tokenParam: tokenParam, pageSizeParam: pageSizeParam)
  }
}

/// How a method's body parameters are sent.
public enum RequestBodyKind: String, Sendable, Hashable {
  /// A JSON object of the body parameters (none: no body).
  case json
  /// `multipart/form-data`: a parameter is a file (`FileTypes`).
  case multipart
  /// `application/octet-stream`: the one body parameter's bytes are the body (`FileContent`,
  /// `BinaryTypes`); the other parameters travel in the path, the query or headers.
  case binary
  /// The JSON body is one parameter's value, not an object of the parameters: Stainless names
  /// it `body` (a string, a list, any JSON value: trycourier's `translations.update(locale, *,
  /// domain, body: str)`).
  case parameter
}

/// What a method's successful response holds.
public enum ResponseKind: String, Sendable, Hashable {
  /// A JSON document of `returns` (or any JSON value where `returns` is nil).
  case json
  /// No body (`-> None`).
  case none
  /// Bytes (`-> BinaryResponseContent`).
  case binary
  /// Text (`-> str`).
  case text
}

/// A method whose response becomes a stream of events when a parameter says so.
public struct Streaming: Sendable, Hashable {
  /// The boolean parameter that asks for the stream: `stream`.
  public var param: String
  /// `sse`: server-sent events, each `data:` a JSON event, ending with `data: [DONE]`.
  public var format: String
  /// The type of each event: `ChatCompletionChunk`, or a union Domain Type
  /// (`RawMessageStreamEvent = RawMessageStartEvent | …`).
  public var event: TypeRef

  public init(param: String, format: String, event: TypeRef) {
    self.param = param
    self.format = format
    self.event = event
  }
}

/// How a list method pages.
public enum PaginationScheme: String, Sendable, Hashable {
  /// Connect (the seed): `token`/`page_size` in, `pagination.nextToken` out.
  case token
  /// An item's id as the cursor: `after`/`before` + `limit` (OpenAI), or
  /// `starting_after`/`ending_before` + `page_size` (Lithic); `has_more` says whether to go on.
  case cursor
  /// The response names the next cursor (`next_cursor`), sent back as `cursor`.
  case nextCursor
  /// `offset`/`limit`: the next offset is this one plus the items received.
  case offset
  /// `page`/`page_size`: the next page number is this one plus one.
  case pageNumber
  /// One page holds everything (`SyncPage`, `SyncSinglePage`): there is no next page.
  case single
}

public enum ParameterLocation: String, Sendable, Hashable {
  case body, query, path, header
}

public struct Field: Sendable, Hashable {
  /// As documented: `invite_accounts_with_matching_domain`.
  public var name: String
  /// On the wire: `inviteAccountsWithMatchingDomain`.
  public var jsonName: String
  public var required: Bool
  public var type: TypeRef
  public var description: String
  /// Only for method parameters.
  public var location: ParameterLocation?
  /// Only for header parameters: the header's name, where the reference shows it
  /// (`Idempotency-Key`, the value a Stainless example passes for `idempotency_key`).
  public var headerName: String?
  /// Only for path parameters: the client holds a value for it, sent where a call leaves it out
  /// (Stainless's client-level path parameters: m3ter's `org_id`, documented as optional in
  /// every method's path and passed to the documented client's construction).
  public var isClientOption = false

  public init(
    name: String, jsonName: String, required: Bool, type: TypeRef, description: String,
    location: ParameterLocation? = nil, headerName: String? = nil
  ) {
    self.name = name
    self.jsonName = jsonName
    self.required = required
    self.type = type
    self.description = description
    self.location = location
    self.headerName = headerName
  }
}

public struct TypeDecl: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable {
    case object, `enum`
    /// A Domain Type alias of a union (`ChatCompletionMessageParam = A | B | …`): `members`.
    case union
  }

  public var name: String
  /// The Domain Types heading: `Announcement Banner`.
  public var title: String
  public var kind: Kind
  public var description: String
  public var fields: [Field]
  public var values: [String]
  /// A union's members (at least two, none a union).
  public var members: [TypeRef]
  /// Where the reference declares it, for the diagnostics of later stages; not exported.
  public var documentedAt: SourceLocation?

  public init(
    name: String, title: String, kind: Kind, description: String, fields: [Field] = [],
    values: [String] = [], members: [TypeRef] = []
  ) {
    self.name = name
    self.title = title
    self.kind = kind
    self.description = description
    self.fields = fields
    self.values = values
    self.members = members
  }

  /// The type the declaration names, written out: its object, enum or union.
  public var shape: TypeRef {
    switch kind {
    case .object: .object(name: name, fields: fields)
    case .enum: .enum(name: name, values: values)
    case .union: .union(members)
    }
  }
}

/// A type as the reference writes it, mapped from its Python notation.
public indirect enum TypeRef: Sendable, Hashable {
  case string
  case integer
  case number
  case boolean
  case datetime
  /// `object`: any JSON value.
  case any
  case array(TypeRef)
  /// `Dict[str, X]`.
  case map(TypeRef)
  /// A named enum or a `Literal[...]` written in place (name nil).
  case `enum`(name: String?, values: [String])
  /// A class written in place (not a Domain Type).
  case object(name: String?, fields: [Field])
  /// A Domain Type, by name.
  case ref(String)
  /// A file to upload (`FileTypes`): bytes with a file name, sent as a multipart part.
  case file
  /// `Union[A, B, …]`: a value of one of the member types (at least two, none a union).
  case union([TypeRef])

  /// The form parts a value of this type named `name` sends as files: a file is one
  /// (`file`), a list's elements are `name[]`, an object's members written in place
  /// `name[member]` (kernel's `files: Iterable[File]`, each `file: FileTypes`, is
  /// `files[][file]`); a union's members' parts, which its value may send (spitch's
  /// `content: Union[FileTypes, str]` is a file part when it holds a file, text when a string).
  /// A Domain Type's fields are not followed: a declared type holding a file is sent as JSON.
  public func fileParts(named name: String) -> [String] {
    switch self {
    case .file: [name]
    case .array(let element): element.fileParts(named: name + "[]")
    case .union(let members):
      members.flatMap { $0.fileParts(named: name) }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    case .object(_, let fields): fields.flatMap { $0.type.fileParts(named: name + "[" + $0.jsonName + "]") }
    default: []
    }
  }

  public var kindName: String {
    switch self {
    case .string: "string"
    case .integer: "integer"
    case .number: "number"
    case .boolean: "boolean"
    case .datetime: "datetime"
    case .any: "any"
    case .array: "array"
    case .map: "map"
    case .enum: "enum"
    case .object: "object"
    case .ref: "ref"
    case .union: "union"
    case .file: "file"
    }
  }

  /// A union's members; any other type is its one member.
  public var unionMembers: [TypeRef] {
    if case .union(let members) = self { return members }
    return [self]
  }

  /// Calls `body` with every field of the objects written in place in the type, a field's own
  /// type's fields after it.
  func forEachField(_ body: (Field) -> Void) {
    switch self {
    case .array(let element), .map(let element): element.forEachField(body)
    case .union(let members): members.forEach { $0.forEachField(body) }
    case .object(_, let fields): fields.forEach { $0.forEachField(body) }
    default: break
    }
  }

  /// Calls `body` with the fields of every object written in place in the type, an object's
  /// before those written in its fields' types.
  func forEachObject(_ body: ([Field]) -> Void) {
    switch self {
    case .array(let element), .map(let element): element.forEachObject(body)
    case .union(let members): members.forEach { $0.forEachObject(body) }
    case .object(_, let fields):
      body(fields)
      fields.forEach { $0.type.forEachObject(body) }
    default: break
    }
  }

  /// The type with `transform` applied to the fields of every object written in place in it,
  /// given the object's class name where the reference writes one, then to the objects written
  /// in those fields' types.
  func mappingObjects(_ transform: (_ name: String?, [Field]) -> [Field]) -> TypeRef {
    switch self {
    case .array(let element): .array(element.mappingObjects(transform))
    case .map(let element): .map(element.mappingObjects(transform))
    case .union(let members): .union(members.map { $0.mappingObjects(transform) })
    case .object(let name, let fields):
      .object(
        name: name,
        fields: transform(name, fields).map {
          var field = $0
          field.type = field.type.mappingObjects(transform)
          return field
        })
    default: self
    }
  }

  /// The type with `transform` applied to every field of the objects written in place in it,
  /// then to the fields of that field's type.
  func mappingFields(_ transform: (Field) -> Field) -> TypeRef {
    switch self {
    case .array(let element): .array(element.mappingFields(transform))
    case .map(let element): .map(element.mappingFields(transform))
    case .union(let members): .union(members.map { $0.mappingFields(transform) })
    case .object(let name, let fields): .object(name: name, fields: fields.map { $0.mappingFields(transform) })
    default: self
    }
  }

  /// Calls `body` with the name of every Domain Type the type names, in place or in the fields
  /// of the objects written in it (not through those Domain Types' own fields).
  func forEachReference(_ body: (String) -> Void) {
    switch self {
    case .ref(let name): body(name)
    case .array(let element), .map(let element): element.forEachReference(body)
    case .union(let members): members.forEach { $0.forEachReference(body) }
    case .object(_, let fields): fields.forEach { $0.type.forEachReference(body) }
    default: break
    }
  }

  /// Whether the type is an enum: in place, or a Domain Type `declarations` declares as one.
  public func isEnum(in declarations: [String: TypeDecl]) -> Bool {
    switch self {
    case .enum: true
    case .ref(let name): declarations[name]?.kind == .enum
    default: false
    }
  }
}

extension Field {
  /// Calls `body` with the field, then with every field of its type.
  func forEachField(_ body: (Field) -> Void) {
    body(self)
    type.forEachField(body)
  }

  /// The field `transform` gives, its type's fields transformed too.
  func mappingFields(_ transform: (Field) -> Field) -> Field {
    var field = transform(self)
    field.type = field.type.mappingFields(transform)
    return field
  }
}

extension Resource {
  /// Calls `body` with every field of what the resource's own methods return and of its
  /// Domain Types (not its sub-resources'), but those of the Domain Types named in `excluded`.
  func forEachResponseField(excluding excluded: Set<String> = [], _ body: (Field) -> Void) {
    for type in types where !excluded.contains(type.name) { type.fields.forEach { $0.forEachField(body) } }
    for method in methods {
      method.returns?.forEachField(body)
      method.pagination?.item.forEachField(body)
    }
  }

  /// Calls `body` with the fields of every object written in what the resource's own methods
  /// return and in its Domain Types (`TypeRef.forEachObject`), but those named in `excluded`.
  func forEachResponseObject(excluding excluded: Set<String> = [], _ body: ([Field]) -> Void) {
    for type in types where !excluded.contains(type.name) { type.shape.forEachObject(body) }
    for method in methods {
      method.returns?.forEachObject(body)
      method.pagination?.item.forEachObject(body)
    }
  }
}

extension APIDocument {
  /// Calls `body` with every field of what the API returns: its Domain Types, each method's
  /// returns and page items, and the objects written in place in them.
  func forEachResponseField(_ body: (Field) -> Void) {
    for resource in allResources { resource.forEachResponseField(body) }
  }

  /// Each Domain Type by its name (the first where two sections declare one name alike).
  var declarationsByName: [String: TypeDecl] {
    var declarations: [String: TypeDecl] = [:]
    for resource in allResources {
      for decl in resource.types where declarations[decl.name] == nil { declarations[decl.name] = decl }
    }
    return declarations
  }

  /// The names of the Domain Types `roots` reach: those they name, and those their fields and
  /// members name in turn.
  func typesReached(from roots: [TypeRef]) -> Set<String> {
    let declarations = declarationsByName
    var reached: Set<String> = []
    var pending: [String] = []
    let visit: (TypeRef) -> Void = { root in root.forEachReference { pending.append($0) } }
    roots.forEach(visit)
    while let name = pending.popLast() {
      guard reached.insert(name).inserted, let decl = declarations[name] else { continue }
      visit(decl.shape)
    }
    return reached
  }

  /// The document with `transform` applied to every field `forEachResponseField` visits, given
  /// the heading of the Domain Type or method it is in.
  func mappingResponseFields(_ transform: (Field, SourceLocation?) -> Field) -> APIDocument {
    func mapping(_ resource: Resource) -> Resource {
      var resource = resource
      for index in resource.types.indices {
        let location = resource.types[index].documentedAt
        resource.types[index].fields = resource.types[index].fields.map {
          $0.mappingFields { transform($0, location) }
        }
      }
      for index in resource.methods.indices {
        let location = resource.methods[index].documentedAt
        resource.methods[index].returns = resource.methods[index].returns?.mappingFields { transform($0, location) }
        if let item = resource.methods[index].pagination?.item {
          resource.methods[index].pagination?.item = item.mappingFields { transform($0, location) }
        }
      }
      resource.resources = resource.resources.map(mapping)
      return resource
    }
    var document = self
    document.resources = resources.map(mapping)
    return document
  }
}
