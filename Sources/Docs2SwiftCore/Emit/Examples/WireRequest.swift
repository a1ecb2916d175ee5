/// The HTTP request one call of a method makes, from the call's parameters as a JSON object
/// (every parameter by wire name, wherever it travels): what the generated client tests expect
/// the client to send, and what the generated server tests send. Each parameter goes where the
/// API model says it travels: `{name}` placeholders of the path take their parameter's value as
/// one percent-encoded segment, query parameters become query items (objects as `name[key]`,
/// arrays of scalars in the API's `queryArrayFormat`, other arrays as repeated `name[]`, as the
/// client's `QueryItems` writes them), the rest is the JSON body. A `GET`, `HEAD` or `DELETE` has no body, as the client sends none,
/// but a `DELETE` the config gives body parameters (`Method.sendsBody`).
struct WireRequest: Sendable, Hashable {
  var method: String
  /// The path with every placeholder filled: `/v1/accounts/account_token`.
  var path: String
  /// The query items: the method's fixed ones, then the parameters' in order, decoded (the
  /// tests compare decoded values).
  var query: [QueryItem]
  /// The JSON body; nil when the request has none.
  var body: JSONValue?

  struct QueryItem: Sendable, Hashable {
    var name: String
    var value: String
  }

  /// The query percent-encoded, without `?` (empty: none).
  var queryString: String {
    query.map { Self.percentEncoded($0.name) + "=" + Self.percentEncoded($0.value) }.joined(separator: "&")
  }

  /// The request target: the path, and the query after `?`.
  var target: String {
    query.isEmpty ? path : path + "?" + queryString
  }

  /// The request of `method` called with `params`. A path parameter `params` lacks takes what the
  /// generated tests set: its name for text (`cardToken = "card_token"`), 7 for a number.
  init(_ method: Method, params: JSONValue, arrayFormat: String) {
    self.method = method.http.method.uppercased()
    let members = params.objectMembers ?? []
    func value(_ name: String) -> JSONValue? { members.first { $0.key == name }?.value }
    var path = ""
    var rest = Substring(method.http.path)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      path += rest[..<open]
      let name = String(rest[rest.index(after: open)..<close])
      let field = method.params.first { $0.location == .path && ($0.name == name || $0.jsonName == name) }
      let text: String
      switch field.flatMap({ value($0.jsonName) }) {
      case .string(let string)?: text = string
      case .number(let number)?: text = number
      case .bool(let flag)?: text = flag ? "true" : "false"
      default:
        // The smallest request's placeholder, as the generated tests set it.
        switch field.flatMap({ MinimalRequest.scalar($0.type, name: $0.name) }) {
        case .number(let number)?: text = number
        case .bool(let flag)?: text = flag ? "true" : "false"
        default: text = field?.name ?? name
        }
      }
      path += Self.percentEncoded(text)
      rest = rest[rest.index(after: close)...]
    }
    self.path = path + rest
    // The method's fixed query first, as the client sends it.
    var query = method.http.query.map { QueryItem(name: $0.name, value: $0.value) }
    var body: [(key: String, value: JSONValue)] = []
    for member in members {
      let location = method.params.first { $0.jsonName == member.key }?.location ?? .body
      switch location {
      case .query: Self.append(member.key, member.value, arrayFormat: arrayFormat, to: &query)
      case .body: body.append(member)
      case .path, .header: continue
      }
    }
    self.query = query
    if method.requestBody == .parameter {
      // The one parameter's value is the body (absent: no body).
      self.body = method.sendsBody ? body.first?.value : nil
    } else {
      self.body = method.sendsBody ? .object(body) : nil
    }
  }

  /// A JSON value as query items, as the client's `QueryItems.append(_:_:)` writes one.
  static func append(_ name: String, _ value: JSONValue, arrayFormat: String, to items: inout [QueryItem]) {
    switch value {
    case .null: return
    case .bool(let flag): items.append(QueryItem(name: name, value: flag ? "true" : "false"))
    case .number(let number): items.append(QueryItem(name: name, value: number))
    case .string(let text): items.append(QueryItem(name: name, value: text))
    case .array(let elements):
      let texts = elements.compactMap { element -> String? in
        switch element {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
      }
      guard texts.count == elements.count, !texts.isEmpty else {
        for element in elements { append(name + "[]", element, arrayFormat: arrayFormat, to: &items) }
        return
      }
      switch arrayFormat {
      case "comma": items.append(QueryItem(name: name, value: texts.joined(separator: ",")))
      case "repeat": items += texts.map { QueryItem(name: name, value: $0) }
      default: items += texts.map { QueryItem(name: name + "[]", value: $0) }
      }
    case .object(let members):
      for member in members.sorted(by: { $0.key < $1.key }) {
        append(name + "[" + member.key + "]", member.value, arrayFormat: arrayFormat, to: &items)
      }
    }
  }

  /// RFC 3986's unreserved characters kept, every other byte percent-encoded (as the client's
  /// `ClientCore.percentEncoded`).
  static func percentEncoded(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF".utf8)
        result += "%" + String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
      }
    }
    return result
  }
}
