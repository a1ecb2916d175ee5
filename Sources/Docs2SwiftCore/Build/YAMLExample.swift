import Yams

/// Turns a YAML request example into JSON: libyaml (through Yams' node API, which keeps key
/// order and positions) parses it, and the parameter schema types its scalars and gives the
/// wire names of its keys.
///
/// A flattened example (the whole example on one line) first gets its lines back from the
/// schema (`FlatYAMLLayout`): a key belongs to the innermost open object that declares it,
/// `- ` starts an item of the innermost open sequence whose elements it fits, a comment ends
/// before the next key an open object declares. Only then is it parsed, like any other YAML.
struct YAMLExample {
  struct Failure: Error {
    var message: String
    /// Byte offset into the example's text as given.
    var offset: Int
  }

  /// The deepest nesting of mappings and sequences an example may have.
  static let maxDepth = 128

  /// The field a key names: by wire name, or by the documented name.
  static func field(_ key: String, in fields: [Field]) -> Field? {
    fields.first { $0.jsonName == key } ?? fields.first { $0.name == key }
  }

  let text: String
  let flattened: Bool
  let declarations: [String: TypeDecl]

  /// `flattened`: the reference was flattened; nil decides by the text (one line or several).
  init(text: String, declarations: [String: TypeDecl], flattened: Bool? = nil) throws(Failure) {
    self.text = text
    self.declarations = declarations
    var trimmed = text.utf8[...]
    while let last = trimmed.last, last == 0x0A || last == 0x0D || last == 0x20 { trimmed = trimmed.dropLast() }
    self.flattened = (flattened ?? true) && !trimmed.contains(0x0A)
  }

  /// The example as a JSON object, fields typed by `params`.
  func convert(params: [Field]) throws(Failure) -> JSONValue {
    var yaml = text
    var map: [OffsetSegment] = []
    if flattened {
      var layout = FlatYAMLLayout(bytes: Array(text.utf8), declarations: declarations)
      try layout.run(params: params)
      yaml = String(decoding: layout.out, as: UTF8.self)
      map = layout.segments
    } else if Self.firstIndentationTab(in: text) != nil {
      (yaml, map) = Self.expandingIndentationTabs(text)
    }
    let offsetInText = { (offset: Int) -> Int in
      guard !map.isEmpty else { return offset }
      let segment = map.last { $0.normalizedStart <= offset } ?? map[0]
      return segment.sourceStart + min(max(0, offset - segment.normalizedStart), segment.length)
    }
    try Self.checkDepthBound(yaml, offsetInText: offsetInText)
    let root: Node?
    do {
      // UTF-8 named, not `Parser.Encoding.default`: that getter copies the process's whole
      // environment on every call (30 % of the IR stage on the whole Gitpod API).
      root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
    } catch let error as YamlError {
      let (message, mark) = Self.describe(error)
      throw Failure(message: message, offset: offsetInText(mark.map { Self.offset(of: $0, in: yaml) } ?? 0))
    } catch {
      throw Failure(message: "\(error)", offset: 0)
    }
    guard let root else { return .object([]) }
    var converter = Converter(yaml: yaml, declarations: declarations, offsetInText: offsetInText)
    if case .scalar(let scalar) = root, scalar.style == .plain, scalar.string.isEmpty { return .object([]) }
    guard case .mapping = root else {
      throw Failure(
        message: "a request example is a YAML mapping of parameters, not a \(Self.kindName(root))",
        offset: offsetInText(root.mark.map { Self.offset(of: $0, in: yaml) } ?? 0))
    }
    return try converter.value(root, type: .object(name: nil, fields: params), fields: params)
  }

  /// The offset of the first tab in a line's indentation: YAML indents with spaces only.
  static func firstIndentationTab(in text: String) -> Int? {
    var lineStart = true
    for (offset, byte) in text.utf8.enumerated() {
      switch byte {
      case 0x0A: lineStart = true
      case 0x09 where lineStart: return offset
      case 0x20: break
      default: lineStart = false
      }
    }
    return nil
  }

  /// Tabs in indentation read as spaces up to the next multiple of 4 columns (CommonMark's tab
  /// stop), with the map back to the text as given.
  static func expandingIndentationTabs(_ text: String) -> (String, [OffsetSegment]) {
    var out: [UInt8] = []
    var segments: [OffsetSegment] = []
    var lineStart = true
    var column = 0
    for (offset, byte) in text.utf8.enumerated() {
      if byte == 0x09, lineStart {
        let width = 4 - column % 4
        segments.append(OffsetSegment(normalizedStart: out.count, sourceStart: offset, length: 0))
        out.append(contentsOf: repeatElement(0x20, count: width))
        column += width
        continue
      }
      if segments.last.map({ $0.length == 0 }) ?? true {
        segments.append(OffsetSegment(normalizedStart: out.count, sourceStart: offset, length: 0))
      }
      segments[segments.count - 1].length += 1
      out.append(byte)
      column += 1
      if byte == 0x0A {
        lineStart = true
        column = 0
      } else if byte != 0x20 {
        lineStart = false
      }
    }
    return (String(decoding: out, as: UTF8.self), segments)
  }

  static func kindName(_ node: Node) -> String {
    switch node {
    case .scalar: "scalar"
    case .sequence: "sequence"
    case .mapping: "mapping"
    case .alias: "alias"
    }
  }

  /// libyaml's message and where it points: where the construct that failed starts, when
  /// libyaml says (an unterminated string points at its quote), else the problem.
  static func describe(_ error: YamlError) -> (String, Mark?) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      if let context { return ("\(context.text), \(problem)", context.mark) }
      return (problem, mark)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return ("duplicate key \(keys) in a YAML mapping", context.mark)
    case .reader(let problem, _, _, _):
      return (problem, nil)
    default:
      return ("\(error)", nil)
    }
  }

  /// The UTF-8 offset of a libyaml mark (1-based line, column in Unicode scalars).
  static func offset(of mark: Mark, in text: String) -> Int {
    var line = 1
    var offset = 0
    var scalars = text.unicodeScalars[...]
    while line < mark.line, let scalar = scalars.first {
      scalars = scalars.dropFirst()
      offset += UTF8.width(scalar)
      if scalar == "\n" { line += 1 }
    }
    var column = 1
    while column < mark.column, let scalar = scalars.first, scalar != "\n" {
      scalars = scalars.dropFirst()
      offset += UTF8.width(scalar)
      column += 1
    }
    return offset
  }

  /// libyaml composes recursively: an example nested far deeper than `maxDepth` is refused
  /// before it is parsed (a bound from indentation, `- ` and brackets, at least the real depth;
  /// the exact depth is checked while converting).
  static func checkDepthBound(_ yaml: String, offsetInText: (Int) -> Int) throws(Failure) {
    var indents: [Int] = []
    var flow = 0
    var quote: UInt8?
    var lineStart = true
    var column = 0
    var dashes = 0
    for (offset, byte) in yaml.utf8.enumerated() {
      if byte == 0x0A {
        lineStart = true
        column = 0
        dashes = 0
        continue
      }
      if lineStart {
        if byte == 0x20 || byte == UInt8(ascii: "-") {
          if byte == UInt8(ascii: "-") { dashes += 1 }
          column += 1
          continue
        }
        lineStart = false
        while let last = indents.last, last >= column { indents.removeLast() }
        indents.append(column)
      }
      if let open = quote {
        if byte == open { quote = nil }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
      case UInt8(ascii: "["), UInt8(ascii: "{"): flow += 1
      case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
      default: break
      }
      if indents.count + dashes + flow > 4 * maxDepth {
        throw Failure(message: "a YAML example nested deeper than \(maxDepth) levels", offset: offsetInText(offset))
      }
    }
  }

  /// Node → JSON by the schema.
  struct Converter {
    let yaml: String
    let declarations: [String: TypeDecl]
    let offsetInText: (Int) -> Int
    var depth = 0

    func failure(_ message: String, at node: Node) -> Failure {
      Failure(message: message, offset: offsetInText(node.mark.map { YAMLExample.offset(of: $0, in: yaml) } ?? 0))
    }

    mutating func value(_ node: Node, type: TypeRef?, fields: [Field]? = nil) throws(Failure) -> JSONValue {
      switch node {
      case .scalar(let scalar):
        return YAMLExample.scalar(scalar.string, quoted: scalar.style != .plain, type: type)
      case .alias:
        throw failure("YAML aliases are not supported in a request example", at: node)
      case .sequence(let sequence):
        try enter(node)
        defer { depth -= 1 }
        let element: TypeRef? = if case .array(let of)? = type { of } else { nil }
        var elements: [JSONValue] = []
        for item in sequence { elements.append(try value(item, type: element)) }
        return .array(elements)
      case .mapping(let mapping):
        try enter(node)
        defer { depth -= 1 }
        var members: [(key: String, value: JSONValue)] = []
        let valueType: TypeRef? = if case .map(let of)? = type { of } else { nil }
        let known = fields ?? type?.objectFields(in: declarations)
        for (keyNode, valueNode) in mapping {
          guard case .scalar(let key) = keyNode else {
            throw failure("a key of a request example is a \(YAMLExample.kindName(keyNode)), not a name", at: keyNode)
          }
          if valueType != nil {
            members.append((key.string, try value(valueNode, type: valueType)))
            continue
          }
          let field = known.flatMap { YAMLExample.field(key.string, in: $0) }
          members.append((field?.jsonName ?? key.string, try value(valueNode, type: field?.type)))
        }
        return .object(members)
      }
    }

    mutating func enter(_ node: Node) throws(Failure) {
      depth += 1
      if depth > YAMLExample.maxDepth {
        throw failure("a YAML example nested deeper than \(YAMLExample.maxDepth) levels", at: node)
      }
    }
  }

  /// A scalar's JSON value: quoted → string; plain → string where the schema says string,
  /// timestamp or enum, else JSON's `true`/`false`/`null`/number when it is one, else string.
  static func scalar(_ text: String, quoted: Bool, type: TypeRef?) -> JSONValue {
    if quoted { return .string(text) }
    switch type {
    case .string?, .datetime?, .enum?: return .string(text)
    case .union(let members)? where !members.contains(where: \.holdsNonString):
      return .string(text)
    default: break
    }
    switch text {
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case "null", "~", "Null", "NULL", "": return .null
    default: break
    }
    if (try? JSONValue.parse(text)).map({ if case .number = $0 { true } else { false } }) == true {
      return .number(text)
    }
    return .string(text)
  }
}

extension TypeRef {
  /// A plain YAML scalar in this type's place may be read as something other than a string.
  fileprivate var holdsNonString: Bool {
    switch self {
    case .string, .datetime, .enum: false
    default: true
    }
  }
}

/// Gives a flattened YAML example (one line) its lines back, by the parameter schema. It
/// writes block YAML, two spaces a level, and a map from each written byte to the input.
struct FlatYAMLLayout {
  let bytes: [UInt8]
  let declarations: [String: TypeDecl]
  private(set) var out: [UInt8] = []
  private(set) var segments: [OffsetSegment] = []
  private var index = 0
  /// The open mappings, outermost first: their documented fields (nil: not documented).
  private var open: [[Field]?] = []
  /// The open sequences' element types, outermost first.
  private var sequences: [TypeRef?] = []

  init(bytes: [UInt8], declarations: [String: TypeDecl]) {
    self.bytes = bytes
    self.declarations = declarations
  }

  enum Token: Equatable {
    /// `name:` (a plain or quoted key); `end` is past the colon.
    case key(String, end: Int)
    case dash
    /// `# …`: how far it runs is decided by the schema.
    case comment
    /// A quoted scalar or a flow collection, `end` past its close.
    case atom(end: Int)
    /// A word of a plain scalar.
    case word(end: Int)
  }

  func isSpace(_ position: Int) -> Bool {
    position >= bytes.count || bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A
      || bytes[position] == 0x0D
  }

  private mutating func skipSpaces() {
    while index < bytes.count, isSpace(index) { index += 1 }
  }

  /// The key a flattened example starts with: certainly a parameter at the top level,
  /// whatever the nesting of the rest.
  static func firstKey(of text: String) -> String? {
    let layout = FlatYAMLLayout(bytes: Array(text.utf8), declarations: [:])
    var position = 0
    while position < layout.bytes.count, layout.isSpace(position) { position += 1 }
    if case .key(let key, _)? = layout.token(at: position) { return key }
    return nil
  }

  /// Keys written right after a key with no value between (`metadata: triggeredBy: …`, or
  /// `items: - name: …`): the second is a field of the first's object (or of its elements),
  /// since a request example does not send an object as null beside its own fields.
  static func keysOpeningObjects(of text: String) -> [(parent: String, child: String)] {
    let layout = FlatYAMLLayout(bytes: Array(text.utf8), declarations: [:])
    var pairs: [(parent: String, child: String)] = []
    var position = 0
    var openKey: String?
    while true {
      while position < layout.bytes.count, layout.isSpace(position) { position += 1 }
      guard let token = layout.token(at: position) else { break }
      switch token {
      case .key(let key, let end):
        if let openKey { pairs.append((openKey, key)) }
        openKey = key
        position = end
      case .dash:
        position += 1
      case .atom(let end), .word(let end):
        openKey = nil
        position = end
      case .comment:
        openKey = nil
        while position < layout.bytes.count, !layout.isSpace(position) { position += 1 }
      }
    }
    return pairs
  }

  /// The token at `position` (no spaces before it).
  func token(at position: Int) -> Token? {
    guard position < bytes.count else { return nil }
    let b = bytes[position]
    if b == UInt8(ascii: "-"), isSpace(position + 1) { return .dash }
    if b == UInt8(ascii: "#") { return .comment }
    var end = position
    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
      end = quotedEnd(from: position)
      if end < bytes.count, bytes[end] == UInt8(ascii: ":"), isSpace(end + 1) {
        let key =
          (try? Yams.compose(yaml: String(decoding: bytes[position..<end], as: UTF8.self), .default, .default, .utf8))??
          .string
        return .key(key ?? String(decoding: bytes[(position + 1)..<(end - 1)], as: UTF8.self), end: end + 1)
      }
      return .atom(end: end)
    }
    if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { return .atom(end: flowEnd(from: position)) }
    while end < bytes.count, !isSpace(end) { end += 1 }
    if bytes[end - 1] == UInt8(ascii: ":"), end - 1 > position {
      return .key(String(decoding: bytes[position..<(end - 1)], as: UTF8.self), end: end)
    }
    return .word(end: end)
  }

  private func quotedEnd(from start: Int) -> Int {
    let quote = bytes[start]
    var p = start + 1
    while p < bytes.count {
      if bytes[p] == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
        p += 2
        continue
      }
      if bytes[p] == quote {
        if quote == UInt8(ascii: "'"), p + 1 < bytes.count, bytes[p + 1] == quote {
          p += 2
          continue
        }
        return p + 1
      }
      p += 1
    }
    return bytes.count
  }

  private func flowEnd(from start: Int) -> Int {
    var depth = 0
    var p = start
    while p < bytes.count {
      let b = bytes[p]
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        p = quotedEnd(from: p)
        continue
      }
      if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { depth += 1 }
      if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
        depth -= 1
        if depth == 0 { return p + 1 }
      }
      p += 1
    }
    return bytes.count
  }

  private mutating func peek() -> Token? {
    skipSpaces()
    return token(at: index)
  }

  // MARK: Writing

  private mutating func copy(_ start: Int, _ end: Int) {
    guard end > start else { return }
    segments.append(OffsetSegment(normalizedStart: out.count, sourceStart: start, length: end - start))
    out.append(contentsOf: bytes[start..<end])
  }

  private mutating func newLine(_ indent: Int) {
    if !out.isEmpty { out.append(0x0A) }
    out.append(contentsOf: repeatElement(0x20, count: indent))
  }

  private mutating func space() {
    if let last = out.last, last != 0x20, last != 0x0A { out.append(0x20) }
  }

  // MARK: Layout

  mutating func run(params: [Field]) throws(YAMLExample.Failure) {
    switch peek() {
    case .key?:
      try mapping(fields: params, indent: 0, onLine: false, isRoot: true)
    case nil:
      return
    default:
      try value(type: .object(name: nil, fields: params), indent: 0)
    }
    if index < bytes.count {
      // What no open collection takes: left on a line of its own for libyaml to reject.
      newLine(0)
      copy(index, bytes.count)
      index = bytes.count
    }
    out.append(0x0A)
  }

  private func fields(of type: TypeRef?) -> [Field]? {
    type?.objectFields(in: declarations)
  }

  /// Whether an open mapping with documented fields declares `key` (they take it first).
  private func declaredByOpen(_ key: String) -> Bool {
    open.contains { $0.map { YAMLExample.field(key, in: $0) != nil } ?? false }
  }

  /// Whether a mapping of `fields` (nil: undocumented), nested in the open ones, takes `key`:
  /// a documented object takes the keys it declares; an undocumented one (or a map) the keys
  /// no open documented object declares.
  private func takes(_ key: String, fields: [Field]?) -> Bool {
    if let fields { return YAMLExample.field(key, in: fields) != nil }
    return !declaredByOpen(key)
  }

  private mutating func enter(at position: Int) throws(YAMLExample.Failure) {
    if open.count + sequences.count >= YAMLExample.maxDepth {
      throw YAMLExample.Failure(
        message: "a YAML example nested deeper than \(YAMLExample.maxDepth) levels", offset: position)
    }
  }

  /// Keys and their values. `onLine`: the first key goes on the current line (after `- `).
  private mutating func mapping(
    fields: [Field]?, mapValue: TypeRef? = nil, indent: Int, onLine: Bool, isRoot: Bool
  ) throws(YAMLExample.Failure) {
    try enter(at: index)
    var seen: Set<String> = []
    var first = true
    while case .key(let key, let end)? = peek() {
      if !isRoot {
        if seen.contains(key) { break }
        if !(first && onLine), !takes(key, fields: fields) { break }
      }
      seen.insert(key)
      if !(first && onLine) { newLine(indent) }
      first = false
      copy(index, end)
      index = end
      let type: TypeRef? = mapValue ?? fields.flatMap { YAMLExample.field(key, in: $0)?.type }
      open.append(fields)
      defer { open.removeLast() }
      try value(type: type, indent: indent)
    }
  }

  /// The value of a key at `indent` (or of a sequence item).
  private mutating func value(type: TypeRef?, indent: Int) throws(YAMLExample.Failure) {
    switch peek() {
    case nil:
      return
    case .comment?:
      comment()
      try value(type: type, indent: indent)
    case .key(let key, _)?:
      let nested = fields(of: type)
      if case .map(let valueType)? = type {
        guard takes(key, fields: nil) else { return }
        try mapping(fields: nil, mapValue: valueType, indent: indent + 2, onLine: false, isRoot: false)
      } else if takes(key, fields: nested) {
        try mapping(fields: nested, indent: indent + 2, onLine: false, isRoot: false)
      }
    case .dash?:
      let element: TypeRef? = if case .array(let of)? = type { of } else { nil }
      try sequence(element: element, indent: indent + 2)
    case .atom(let end)?:
      space()
      copy(index, end)
      index = end
      if case .comment? = peek() { comment() }
    case .word?:
      plainScalar()
    }
  }

  /// Words up to a key, a comment, or (inside a sequence) an item's `- `.
  private mutating func plainScalar() {
    space()
    let start = index
    var end = index
    while true {
      switch peek() {
      case .word(let wordEnd)?, .atom(let wordEnd)?:
        end = wordEnd
        index = wordEnd
        continue
      case .dash? where sequences.isEmpty:
        end = index + 1
        index += 1
        continue
      default:
        break
      }
      break
    }
    copy(start, end)
    if case .comment? = peek() { comment() }
  }

  /// `# …` up to the next key an open mapping declares (or the end), on the current line.
  private mutating func comment() {
    space()
    let start = index
    var end = index
    var p = index
    while p < bytes.count {
      while p < bytes.count, isSpace(p) { p += 1 }
      guard p < bytes.count else { break }
      if p > start, case .key(let key, _)? = token(at: p), declaredByOpen(key) { break }
      while p < bytes.count, !isSpace(p) { p += 1 }
      end = p
    }
    copy(start, end)
    index = end
  }

  /// `- ` items while the next `- ` fits this sequence's elements.
  private mutating func sequence(element: TypeRef?, indent: Int) throws(YAMLExample.Failure) {
    try enter(at: index)
    sequences.append(element)
    defer { sequences.removeLast() }
    var first = true
    while case .dash? = peek() {
      if !first, !fits(afterDash: index + 1, element: element) { break }
      first = false
      newLine(indent)
      copy(index, index + 1)
      index += 1
      switch peek() {
      case .key?:
        out.append(0x20)
        try mapping(fields: fields(of: element), indent: indent + 2, onLine: true, isRoot: false)
      case .dash?:
        let inner: TypeRef? = if case .array(let of)? = element { of } else { nil }
        try sequence(element: inner, indent: indent + 2)
      default:
        try value(type: element, indent: indent)
      }
    }
  }

  /// Whether the item after a `- ` fits elements of `element`: a mapping item does not fit a
  /// sequence of scalars nor objects that do not declare its first key, a scalar item not a
  /// sequence of objects; unknown elements take all.
  private func fits(afterDash position: Int, element: TypeRef?) -> Bool {
    var p = position
    while p < bytes.count, isSpace(p) { p += 1 }
    guard let element else { return true }
    let isObject = fields(of: element) != nil || { if case .map = element { true } else { false } }()
    let isArray = { if case .array = element { true } else { false } }()
    switch token(at: p) {
    case .key(let key, _)?:
      // An item's first key fits elements that declare it (or undocumented ones).
      if let declared = fields(of: element) { return YAMLExample.field(key, in: declared) != nil }
      return isObject || element == .any
    case .dash?: return isArray || element == .any
    case .word?, .atom?: return !isObject || bytes[p] == UInt8(ascii: "{")
    default: return true
    }
  }
}
