import Foundation

/// How a reference spells field names on the wire.
public enum WireNameStyle: String, Sendable, Hashable {
  /// proto3 JSON: `created_at` travels as `createdAt` (Connect, gRPC-transcoded APIs).
  case camelCase
  /// As documented: `created_at` travels as `created_at` (REST APIs in Stainless's format).
  case asDocumented

  /// Decided from the JSON the reference shows: every key of its response examples (and of its
  /// request examples) that is a documented snake_case field name as written counts for
  /// `asDocumented`, every one that is its lowerCamelCase counts for `camelCase`. Without such
  /// evidence the protocol decides: Connect paths say proto3 JSON, any other path the names as
  /// documented; the caller warns then.
  static func detect(
    fieldNames: Set<String>, exampleKeys: Set<String>, connectPaths: Bool
  ) -> (style: WireNameStyle, snake: Int, camel: Int) {
    var snake = 0
    var camel = 0
    for name in fieldNames where name.contains("_") && name.first != "_" {
      if exampleKeys.contains(name) { snake += 1 }
      if exampleKeys.contains(Naming.camelCase(name)) { camel += 1 }
    }
    if snake == camel { return (connectPaths ? .camelCase : .asDocumented, snake, camel) }
    return (snake > camel ? .asDocumented : .camelCase, snake, camel)
  }

  /// The words the API's camelCase names write in capitals, from its examples' keys: a word
  /// after the first of a documented snake_case name that its camelCase key writes in capitals
  /// (`bucket_id` as `bucketID`, `entity_ids` as `entityIDs`) in at least three keys and three
  /// times as many as it is written capitalized (`folderId`). bem's API writes `ID` so, which
  /// its SDK's aliases send for fields no example shows (`transformationIDs`); most APIs write
  /// `Id` and have none.
  static func initialisms(fieldNames: Set<String>, exampleKeys: Set<String>) -> [String: (
    capitals: Int, capitalized: Int
  )] {
    var keysBySpelling: [String: [String]] = [:]
    for key in exampleKeys where !key.contains("_") && key.contains(where: \.isUppercase) {
      keysBySpelling[IRBuilder.spelling(key), default: []].append(key)
    }
    var capitals: [String: Set<String>] = [:]
    var capitalized: [String: Set<String>] = [:]
    for name in fieldNames where name.contains("_") && name.first != "_" {
      let words = name.split(separator: "_").map(String.init)
      guard words.count > 1, let keys = keysBySpelling[IRBuilder.spelling(name)] else { continue }
      for key in keys {
        // Each word after the first in order: capitalized, in capitals, or a plural in capitals.
        guard key.hasPrefix(words[0]) else { continue }
        var rest = key.dropFirst(words[0].count)
        for word in words.dropFirst() {
          let stem = word.count > 1 && word.hasSuffix("s") ? String(word.dropLast()) : word
          // (A word of one letter and digits, `p50` in `latencyP50`, reads the same either way.)
          let capitalizedWord = word.prefix(1).uppercased() + word.dropFirst()
          if rest.hasPrefix(word.uppercased()), word.uppercased() != capitalizedWord {
            capitals[word, default: []].insert(key)
            rest = rest.dropFirst(word.count)
          } else if stem != word, rest.hasPrefix(stem.uppercased() + "s") {
            capitals[stem, default: []].insert(key)
            rest = rest.dropFirst(word.count)
          } else if rest.hasPrefix(capitalizedWord) {
            capitalized[word, default: []].insert(key)
            if stem != word { capitalized[stem, default: []].insert(key) }
            rest = rest.dropFirst(word.count)
          } else {
            break
          }
        }
      }
    }
    var result: [String: (capitals: Int, capitalized: Int)] = [:]
    for (word, keys) in capitals where word.count > 1 {
      let other = capitalized[word]?.count ?? 0
      if keys.count >= 3, keys.count >= 3 * other { result[word] = (keys.count, other) }
    }
    return result
  }

  /// A section's own style where its evidence clearly speaks against the API's: at least two
  /// of its keys spell the other way and three times as many as spell the API's way
  /// (fireworks.md's OpenAI- and Anthropic-compatible `chat.completions` and `messages` write
  /// `max_tokens` in an API whose other resources write `displayName`; m3ter's OAuth
  /// `grant_type` in a camelCase API). Nil where the section follows the API, shows too little,
  /// or shows both.
  static func sectionStyle(api: WireNameStyle, snake: Int, camel: Int) -> WireNameStyle? {
    let (other, contrary, supporting) =
      api == .asDocumented ? (WireNameStyle.camelCase, camel, snake) : (.asDocumented, snake, camel)
    return contrary >= 2 && contrary >= 3 * supporting ? other : nil
  }
}

/// The wire-name styles of one reference: the API's, and each section's where its own
/// evidence decides otherwise (`WireNameStyle.sectionStyle`).
struct WireNameStyles: Sendable, Hashable {
  var api: WireNameStyle
  /// By section index: the section's own style, nil where it follows the API's.
  var sections: [WireNameStyle?]
  /// The words the API's camelCase names write in capitals (`WireNameStyle.initialisms`).
  var initialisms: Set<String> = []

  func style(ofSection index: Int) -> WireNameStyle {
    index < sections.count ? sections[index] ?? api : api
  }
}

/// A method signature as the reference writes it:
/// `vector_stores.files.retrieve(strfile_id, FileRetrieveParams**kwargs) -> VectorStoreFile`.
struct SignatureSyntax {
  var accessor: [String]
  /// `FileRetrieveParams`; nil when the signature names none.
  var paramsType: String?
  /// Positional parameters as written: the Python type glued to the name (`strfile_id`).
  var positional: [String]
  var returns: String

  static func parse(_ signature: String) -> SignatureSyntax? {
    guard let open = signature.firstIndex(of: "("), let close = signature.lastIndex(of: ")"), open < close else {
      return nil
    }
    let accessor = signature[..<open].split(separator: ".").map(String.init)
    var paramsType: String?
    var positional: [String] = []
    for argument in topLevelArguments(signature[signature.index(after: open)..<close]) {
      let argument = argument.trimmingCharacters(in: .whitespaces)
      if argument.isEmpty { continue }
      if let stars = argument.range(of: "**") {
        paramsType = String(argument[..<stars.lowerBound]).trimmingCharacters(in: .whitespaces)
      } else if argument.hasPrefix("*") {
        continue
      } else {
        positional.append(argument)
      }
    }
    // The seed writes its params class without `**kwargs` in places: one argument that is a
    // class name (an identifier, upper-case first letter) is the params type; a positional
    // parameter of a generic type is not (`Union[int, str]ssh_key_identifier`, gradient.md).
    if paramsType == nil, positional.count == 1, positional[0].first?.isUppercase == true,
      positional[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    {
      paramsType = positional.removeFirst()
    }
    let afterClose = signature[signature.index(after: close)...]
    let returns =
      afterClose.range(of: "->").map { afterClose[$0.upperBound...].trimmingCharacters(in: .whitespaces) } ?? "object"
    return SignatureSyntax(accessor: accessor, paramsType: paramsType, positional: positional, returns: returns)
  }

  /// The arguments between a signature's or a call's parentheses: split at the commas outside
  /// brackets, braces and quotes (`Literal["seen", "read"]status` is one, and so is
  /// `filters={"a": 1, "b": 2}`).
  static func topLevelArguments(_ text: Substring) -> [Substring] {
    var arguments: [Substring] = []
    var depth = 0
    var start = text.startIndex
    scanOutsideStrings(text) { index, character in
      if "[({".contains(character) {
        depth += 1
      } else if "])}".contains(character) {
        depth -= 1
      } else if character == ",", depth == 0 {
        arguments.append(text[start..<index])
        start = text.index(after: index)
      }
      return true
    }
    arguments.append(text[start...])
    return arguments
  }

  /// The text from just after an opening parenthesis to the one that closes it (to the end
  /// where none does), parentheses inside strings not counted.
  static func parenthesized(_ text: Substring) -> Substring {
    var depth = 1
    var end = text.endIndex
    scanOutsideStrings(text) { index, character in
      if character == "(" { depth += 1 }
      if character == ")" { depth -= 1 }
      if depth == 0 { end = index }
      return depth > 0
    }
    return text[text.startIndex..<end]
  }

  /// Calls `visit` with each character of `text` outside a string literal (`"…"` or `'…'`, in
  /// which a backslash escapes the next character) until it returns false.
  private static func scanOutsideStrings(_ text: Substring, _ visit: (String.Index, Character) -> Bool) {
    var quote: Character?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if let open = quote {
        if character == "\\", text.index(after: index) < text.endIndex {
          index = text.index(after: index)
        } else if character == open {
          quote = nil
        }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if !visit(index, character) {
        return
      }
      index = text.index(after: index)
    }
  }

  /// The parameter a positional argument names: `strfile_id` with `file_id` documented →
  /// `file_id` (the longest documented name it ends with, after a Python type: `str`, a class,
  /// `Literal["seen", "read"]`).
  static func parameterName(_ argument: String, among names: [String]) -> String? {
    let parts = argument.split(separator: " ")
    if parts.count == 2, names.contains(String(parts[1])) { return String(parts[1]) }
    if let colon = argument.firstIndex(of: ":") {
      let name = argument[..<colon].trimmingCharacters(in: .whitespaces)
      if names.contains(name) { return name }
    }
    let candidates = names.filter { name in
      guard argument.hasSuffix(name) else { return false }
      let type = String(argument.dropLast(name.count))
      return type.isEmpty || TypeExpression.parse(type) != nil
    }
    return candidates.max { $0.count < $1.count }
  }
}

extension IRBuilder {
  /// A Python name's words as the Stainless SDKs join them in a class name (`list_members` →
  /// `ListMembers`).
  static func pascal(_ text: String) -> String {
    text.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// The params type a signature does not name: `{Resource}{Method}Params` after the other
  /// params classes of its resource (`FileCreateParams` → `File…`), else after the resource's
  /// name without its plural `s`.
  static func inventedParamsType(accessor: [String], method: String, siblings: [String]) -> String {
    let methodPart = pascal(method)
    for sibling in siblings where sibling.hasSuffix("Params") {
      // `FileCreateParams` of `files.create`: the prefix before its method's name.
      let stem = sibling.dropLast("Params".count)
      for other in ["Create", "List", "Retrieve", "Update", "Delete", "Cancel", "Search"] where stem.hasSuffix(other) {
        let prefix = stem.dropLast(other.count)
        if !prefix.isEmpty { return prefix + methodPart + "Params" }
      }
    }
    var resource = accessor.last ?? "Resource"
    if resource.hasSuffix("ies") {
      resource = String(resource.dropLast(3)) + "y"
    } else if resource.hasSuffix("s") && !resource.hasSuffix("ss") {
      resource = String(resource.dropLast())
    }
    return pascal(resource) + methodPart + "Params"
  }

  /// Every key of every object in `value`.
  static func collectKeys(_ value: JSONValue, into keys: inout Set<String>) {
    if let members = value.objectMembers {
      for member in members {
        keys.insert(member.key)
        collectKeys(member.value, into: &keys)
      }
    } else if let elements = value.arrayElements {
      for element in elements { collectKeys(element, into: &keys) }
    }
  }

  /// Every field name of an item list, at any depth.
  static func collectFieldNames(_ items: [ItemSyntax], into names: inout Set<String>) {
    for item in items {
      if let name = item.fieldName { names.insert(name) }
      collectFieldNames(item.children, into: &names)
    }
  }

  /// The keyword arguments of a Python example: `metadata={…}` → `metadata`.
  static func pythonKeywords(_ code: String) -> Set<String> {
    // ASCII (nearly every example): the same scan on bytes; an ASCII scalar is alphabetic when
    // it is a letter.
    if code.isASCII() {
      func isStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
          || byte == UInt8(ascii: "_")
      }
      let bytes = Array(code.utf8)
      var result: Set<String> = []
      var index = 0
      while index < bytes.count {
        guard isStart(bytes[index]) else {
          index += 1
          continue
        }
        let start = index
        while index < bytes.count,
          isStart(bytes[index]) || (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9"))
        {
          index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "="), index + 1 < bytes.count,
          bytes[index + 1] != UInt8(ascii: "="), start == 0 || bytes[start - 1] != UInt8(ascii: ".")
        {
          result.insert(String(decoding: bytes[start..<index], as: UTF8.self))
        }
      }
      return result
    }
    var result: Set<String> = []
    let scalars = Array(code.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index].properties.isAlphabetic || scalars[index] == "_" else {
        index += 1
        continue
      }
      let start = index
      while index < scalars.count,
        scalars[index].properties.isAlphabetic || scalars[index] == "_"
          || ("0"..."9").contains(scalars[index])
      {
        index += 1
      }
      if index < scalars.count, scalars[index] == "=", index + 1 < scalars.count, scalars[index + 1] != "=",
        start == 0 || scalars[start - 1] != "."
      {
        result.insert(String(String.UnicodeScalarView(scalars[start..<index])))
      }
    }
    return result
  }

  /// The string literals a Python example passes as keyword arguments (`campaign_id="campaignId"`
  /// → `campaign_id: campaignId`); a keyword passed twice (two calls) keeps its first value.
  static func pythonStringArguments(_ code: String) -> [String: String] {
    var result: [String: String] = [:]
    let scalars = Array(code.unicodeScalars)
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      scalar.properties.isAlphabetic || scalar == "_" || ("0"..."9").contains(scalar)
    }
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "=", index > 0, index + 2 < scalars.count, scalars[index - 1] != "=",
        scalars[index + 1] == "\"" || scalars[index + 1] == "'"
      else {
        index += 1
        continue
      }
      var start = index
      while start > 0, isWordScalar(scalars[start - 1]) { start -= 1 }
      let quote = scalars[index + 1]
      var end = index + 2
      while end < scalars.count, scalars[end] != quote, scalars[end] != "\\", scalars[end] != "\n" { end += 1 }
      defer { index = end }
      guard start < index, end < scalars.count, scalars[end] == quote,
        !("0"..."9").contains(scalars[start]), start == 0 || scalars[start - 1] != "."
      else { continue }
      let name = String(String.UnicodeScalarView(scalars[start..<index]))
      if result[name] == nil { result[name] = String(String.UnicodeScalarView(scalars[(index + 2)..<end])) }
    }
    return result
  }

  /// The string literals the documented client construction passes as keyword arguments
  /// (`client = M3ter(api_key="My API Key", org_id="My Org ID")` → `org_id: My Org ID`, …): the
  /// arguments of the first call of the class the example imports (`from m3ter import M3ter`).
  static func clientConstructionArguments(_ code: String) -> [String: String] {
    guard let call = clientConstruction(code) else { return [:] }
    return pythonStringArguments(String(call.arguments))
  }

  /// The documented client construction: the first call of the class the example imports
  /// (`from acme import Acme` … `client = Acme(api_key="My API Key")`), its start and the text
  /// between its parentheses. Nil where the example constructs none.
  static func clientConstruction(_ code: String) -> (start: String.Index, arguments: Substring)? {
    guard let client = APIConventions.importedClientName(code) else { return nil }
    let afterImport = code.range(of: "import " + client)?.upperBound ?? code.startIndex
    guard let call = code.range(of: client + "(", range: afterImport..<code.endIndex) else { return nil }
    return (call.lowerBound, SignatureSyntax.parenthesized(code[call.upperBound...]))
  }

  /// The keyword arguments of the documented client construction that pass a credential: those
  /// named for a key, a token, a secret or a password (`api_key=`, `auth_token=`, `bearer_token=`,
  /// `private_key=`, `token=`, Dinari's `api_key_id=` and `api_secret_key=`), not a client option
  /// (`organization_id=`, `base_url=`); each with its start in `code`, in the construction's order.
  /// A comment before an argument (`# This is the default and can be omitted`, after the one
  /// before it) is not part of its name.
  static func clientCredentialArguments(_ code: String) -> [(name: String, start: String.Index)] {
    guard let call = clientConstruction(code) else { return [] }
    var credentials: [(name: String, start: String.Index)] = []
    for argument in SignatureSyntax.topLevelArguments(call.arguments) {
      var trimmed = argument.drop { $0.isWhitespace }
      while trimmed.first == "#" {
        trimmed = trimmed.drop { $0 != "\n" }.drop { $0.isWhitespace }
      }
      guard let equals = trimmed.firstIndex(of: "=") else { continue }
      let name = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
      guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
        name.split(separator: "_").contains(where: { ["key", "token", "secret", "password"].contains($0) })
      else { continue }
      credentials.append((name, trimmed.startIndex))
    }
    return credentials
  }

  /// The header a credential argument names, as Stainless's Python clients name one that travels
  /// in a header of its own (`x_api_key=` → `X-Api-Key`, as `x_…` method parameters are headers);
  /// nil for any other (`api_key=`).
  static func credentialHeader(_ argument: String) -> String? {
    argument.hasPrefix("x_") ? headerName(spelling: argument) : nil
  }

  /// The dict literals a Python example passes as keyword arguments (`metadata={"foo": "string"}`
  /// → `metadata: {"foo": "string"}`), and with `lists` its list literals, read as JSON
  /// (`True`/`False`/`None` as JSON's literals); a literal that is not JSON then is left out.
  static func pythonDictArguments(_ code: String, lists: Bool = false) -> [(name: String, value: JSONValue)] {
    var result: [(name: String, value: JSONValue)] = []
    let scalars = Array(code.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index] == "=", index + 1 < scalars.count,
        scalars[index + 1] == "{" || (lists && scalars[index + 1] == "["), index > 0
      else {
        index += 1
        continue
      }
      var nameStart = index
      while nameStart > 0,
        scalars[nameStart - 1].properties.isAlphabetic || scalars[nameStart - 1] == "_"
          || ("0"..."9").contains(scalars[nameStart - 1])
      {
        nameStart -= 1
      }
      let name = String(String.UnicodeScalarView(scalars[nameStart..<index]))
      // The literal: to the matching brace, outside strings.
      var depth = 0
      var end = index + 1
      var quote: Unicode.Scalar?
      var literal = ""
      while end < scalars.count {
        let scalar = scalars[end]
        if let open = quote {
          if scalar == "\\", end + 1 < scalars.count {
            literal.unicodeScalars.append(scalar)
            literal.unicodeScalars.append(scalars[end + 1])
            end += 2
            continue
          }
          if scalar == open { quote = nil }
          literal.unicodeScalars.append(scalar == "'" ? "\"" : scalar)
        } else if scalar == "\"" || scalar == "'" {
          quote = scalar
          literal.unicodeScalars.append("\"")
        } else {
          if scalar == "{" || scalar == "[" { depth += 1 }
          if scalar == "}" || scalar == "]" { depth -= 1 }
          literal.unicodeScalars.append(scalar)
          if depth == 0 { break }
        }
        end += 1
      }
      index = end
      guard !name.isEmpty, depth == 0 else { continue }
      let json = pythonLiterals(literal)
      if let value = try? JSONValue.parse(json) { result.append((name, value)) }
    }
    return result
  }

  /// The keyword arguments a Python example passes to the method itself (`client.extractions
  /// .content.create(content="string", json_schema={…})` → `content`, `json_schema`): the
  /// method's parameters, not fields of one (the keys of the dicts it passes are not among them).
  static func pythonCallKeywords(_ code: String, accessor: [String]) -> [String] {
    guard !accessor.isEmpty, let call = code.range(of: "." + accessor.joined(separator: ".") + "(") else {
      return []
    }
    return SignatureSyntax.topLevelArguments(SignatureSyntax.parenthesized(code[call.upperBound...])).compactMap {
      argument in
      let argument = argument.drop { $0.isWhitespace }
      let name = argument.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      let rest = argument[name.endIndex...].drop { $0 == " " }
      guard let first = name.first, !first.isNumber, rest.hasPrefix("="), !rest.hasPrefix("==") else {
        return nil
      }
      return String(name)
    }
  }

  /// The keys a Python example writes inside the dicts it passes as keyword arguments, each with
  /// the keyword or key it is written under (`events=[{"label": …, "target": {"type": …}}]` →
  /// `events/label`, `events/target`, `target/type`): the nesting the example shows, which a
  /// flattened reference keeps.
  static func pythonArgumentKeyPairs(_ code: String) -> [(parent: String, child: String)] {
    var pairs: [(parent: String, child: String)] = []
    func walk(_ value: JSONValue, under parent: String) {
      if let members = value.objectMembers {
        for member in members {
          pairs.append((parent, member.key))
          walk(member.value, under: member.key)
        }
      } else if let elements = value.arrayElements {
        for element in elements { walk(element, under: parent) }
      }
    }
    for argument in pythonDictArguments(code, lists: true) { walk(argument.value, under: argument.name) }
    return pairs
  }

  /// `True`, `False` and `None` outside strings as `true`, `false` and `null`, without the
  /// commas Python allows before a closing bracket.
  private static func pythonLiterals(_ text: String) -> String {
    var out = ""
    var inString = false
    var escaped = false
    var word = ""
    func flush() {
      out += ["True": "true", "False": "false", "None": "null"][word] ?? word
      word = ""
    }
    for character in text {
      if inString {
        out.append(character)
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
        }
      } else if character.isLetter || character == "_" {
        word.append(character)
      } else {
        flush()
        if character == "\"" { inString = true }
        if character == "}" || character == "]", let comma = out.lastIndex(where: { !$0.isWhitespace }),
          out[comma] == ","
        {
          // Python allows a comma before the closing bracket (every multi-line example has one).
          out.remove(at: comma)
        }
        out.append(character)
      }
    }
    flush()
    return out
  }

  /// The parameters the Stainless pages are asked for by, by what each carries.
  static let pageSizeParameters = ["limit", "page_size", "per_page"]
  static let afterParameters = ["after", "starting_after", "after_id"]
  static let beforeParameters = ["before", "ending_before", "before_id"]
  static let cursorParameters = ["cursor", "page_token"]
  static let pageNumberParameters = ["page", "page_number"]
  /// Every parameter a page may be asked for by (`pagination(…)` reads them).
  static let pagingParameters = Set(
    ["token", "offset"] + pageSizeParameters + afterParameters + beforeParameters + cursorParameters
      + pageNumberParameters)

  /// How a list method pages, from its parameters and its response example.
  static func pagination(
    pageType: String, item: TypeRef, params: [Field], response: JSONValue?, itemFields: [Field]?,
    isConnect: Bool
  ) -> (Pagination, warning: String?) {
    let names = Set(params.map(\.name))
    // A response that is an array is the items themselves (Finch's `SyncSinglePage`, Modern
    // Treasury's pages): no items field.
    let itemsPath = response.flatMap { Self.itemsPath(in: $0, itemFields: itemFields) }
    let itemsField = itemsPath.map { $0.last ?? "" }
    func path(_ key: String) -> [String]? { response.flatMap { Self.pathTo(key, in: $0) } }
    var warning: String?
    var result: Pagination
    if isConnect || (names.contains("token") && names.contains("page_size")) {
      result = Pagination(
        pageType: pageType, item: item, itemsPath: itemsPath ?? ["items"],
        nextTokenPath: path("nextToken") ?? ["pagination", "nextToken"], tokenParam: "token", pageSizeParam: "page_size"
      )
      return (result, response == nil ? "returns a page but has no response example; assuming items in 'items'" : nil)
    }
    let sizeParam = Self.pageSizeParameters.first { names.contains($0) } ?? ""
    // The Stainless SDKs' cursor pages: the next page starts after the last item (`after`:
    // OpenAI, `starting_after`: Lithic, Stripe, `after_id`: Anthropic), or at the cursor the
    // page gives (`cursor` → `next_cursor`, `page_token` → `next_page_token`).
    let afterParam = Self.afterParameters.first(where: names.contains)
    // A page that gives back the cursor under that parameter's own name (Knock's
    // `page_info.after`): the next page starts at that cursor, not after the last item.
    let givenBack = afterParam.flatMap(path)
    let nextCursorParam = givenBack != nil ? afterParam : Self.cursorParameters.first(where: names.contains)
    if let after = afterParam, givenBack == nil {
      result = Pagination(
        pageType: pageType, item: item, itemsPath: itemsPath ?? ["data"], nextTokenPath: [], tokenParam: after,
        pageSizeParam: sizeParam)
      result.scheme = .cursor
      result.beforeParam = Self.beforeParameters.first(where: names.contains)
      result.hasMorePath = path("has_more") ?? path("hasMore")
      let cursorType = params.first { $0.name == after }?.type
      if let (field, why) = Self.cursorItemField(
        itemFields ?? [], cursorType: cursorType, item: item, itemsField: itemsField ?? "")
      {
        // (The documented name: the caller reads its wire name once the examples have spoken.)
        result.cursorItemField = field.name
        if let why {
          warning =
            "pages by '\(after)', but its items have no \(Self.describe(cursorType))'id' or 'token' field; "
            + "the next cursor is the last item's '\(field.name)' (\(why))"
        }
      } else {
        warning =
          "pages by '\(after)', but none of its items' \(Self.describe(cursorType))fields is 'id', 'token' or one "
          + "named after the item type to take the next cursor from; 'id' is assumed"
        result.cursorItemField = "id"
      }
    } else if let cursor = nextCursorParam {
      let next = "next_" + cursor
      result = Pagination(
        pageType: pageType, item: item, itemsPath: itemsPath ?? ["data"],
        nextTokenPath: givenBack ?? path(next) ?? path(Naming.camelCase(next)) ?? [next], tokenParam: cursor,
        pageSizeParam: sizeParam)
      result.scheme = .nextCursor
      // A page that also says whether there is more ends there, whatever cursor it holds.
      result.hasMorePath = path("has_more") ?? path("hasMore")
    } else if names.contains("offset") {
      result = Pagination(
        pageType: pageType, item: item, itemsPath: itemsPath ?? ["data"], nextTokenPath: [], tokenParam: "offset",
        pageSizeParam: sizeParam)
      result.scheme = .offset
      // (A page that says whether more follow ends there, before an empty one.)
      result.hasMorePath = path("has_more") ?? path("hasMore")
    } else if let page = Self.pageNumberParameters.first(where: names.contains),
      params.first(where: { $0.name == page })?.type == .string
    {
      // A page "number" that is a string is an opaque cursor (OpenAI's `SyncTokenPage`: `page`
      // in, `next` out): the next page starts at the cursor the page gives.
      let keys = ["next_" + page, Naming.camelCase("next_" + page), "next", "next_cursor", "next_token"]
      let given = keys.lazy.compactMap(path).first
      result = Pagination(
        pageType: pageType, item: item, itemsPath: itemsPath ?? ["data"], nextTokenPath: given ?? ["next"],
        tokenParam: page, pageSizeParam: sizeParam)
      result.scheme = .nextCursor
      if given == nil {
        warning =
          "pages by the string '\(page)', a cursor, but its response example shows none of "
          + keys.map { "'\($0)'" }.joined(separator: ", ") + " to take the next one from; 'next' is assumed"
      }
      result.hasMorePath = path("has_more") ?? path("hasMore")
    } else if let page = Self.pageNumberParameters.first(where: names.contains) {
      result = Pagination(
        pageType: pageType, item: item, itemsPath: itemsPath ?? ["data"], nextTokenPath: [], tokenParam: page,
        pageSizeParam: sizeParam)
      result.scheme = .pageNumber
      result.hasMorePath = path("has_more") ?? path("hasMore")
    } else {
      result = Pagination(
        pageType: pageType, item: item, itemsPath: itemsPath ?? ["data"], nextTokenPath: [], tokenParam: "",
        pageSizeParam: sizeParam)
      result.scheme = .single
      // A cursor parameter no scheme above reads (Modern Treasury's `after_cursor`, whose next
      // value its SDK takes from a response header): the pages after the first are out of reach.
      if let cursor = params.map(\.name).first(where: { $0.contains("cursor") || $0.hasPrefix("after") }) {
        warning =
          "returns a page and takes '\(cursor)', but its response example carries no next cursor for it"
          + (itemsField == "" ? " (the response is the items array; its SDK may read the cursor from a header)" : "")
          + "; read as a single page: the client does not fetch the pages after the first"
      }
    }
    if itemsField == nil {
      warning = "returns a page but its response example shows no array; assuming items in '\(result.itemsField)'"
    }
    return (result, warning)
  }

  /// The item field whose value on the last item is the next cursor of a page that starts after
  /// an item (`starting_after`): `id` or `token` when the items have one of the cursor
  /// parameter's type. Else, as the Stainless SDKs name the field their page reads (bem's
  /// `function_id` of a `Function`, `event_id` of an `ErrorEvent`, `bucket_id` of a `BucketV3`,
  /// `version_num` of the `versions`): a `<stem>_id`, then the one other `<stem>_…` field, where
  /// a stem is the item type's name or a part of it at its start or end, or the singular of the
  /// items field; then the one `…_id` field. With `why` (for the warning) when not `id` or `token`.
  static func cursorItemField(
    _ fields: [Field], cursorType: TypeRef?, item: TypeRef, itemsField: String
  ) -> (field: Field, why: String?)? {
    // (An integer travels as its text where the cursor is a string.)
    let fitting = fields.filter {
      cursorType == nil || $0.type == cursorType || ($0.type == .integer && cursorType == .string)
    }
    if let field = fitting.first(where: { ["id", "token"].contains($0.name) }) { return (field, nil) }
    var words: [String] = []
    if case .ref(let name) = item {
      for character in name {
        if character.isUppercase || words.isEmpty { words.append("") }
        words[words.count - 1].append(character.lowercased())
      }
    }
    var stems: [(stem: String, source: String)] = []
    let typeName = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    for count in stride(from: words.count, through: 1, by: -1) {
      stems.append((words.suffix(count).joined(separator: "_"), "named after the item type '\(typeName)'"))
      if count < words.count {
        stems.append((words.prefix(count).joined(separator: "_"), "named after the item type '\(typeName)'"))
      }
    }
    if !itemsField.isEmpty {
      var singular = itemsField
      if singular.hasSuffix("ies") {
        singular = singular.dropLast(3) + "y"
      } else if singular.hasSuffix("s") {
        singular.removeLast()
      }
      stems.append((singular, "named after the items field '\(itemsField)'"))
    }
    for (stem, source) in stems {
      if let field = fitting.first(where: { $0.name == stem + "_id" }) { return (field, source) }
    }
    for (stem, source) in stems {
      let named = fitting.filter { $0.name.hasPrefix(stem + "_") }
      if named.count == 1 { return (named[0], source) }
    }
    let identifiers = fitting.filter { $0.name.hasSuffix("_id") }
    if identifiers.count == 1 { return (identifiers[0], "the items' one identifier field") }
    return nil
  }

  /// `string `, `integer ` (with the space) for the warnings about a cursor parameter's type.
  static func describe(_ type: TypeRef?) -> String {
    switch type {
    case .string?: "string "
    case .integer?: "integer "
    default: ""
    }
  }

  /// Where a page's items are in its response example: `[]` for an array, the object's first
  /// array field (`["data"]`), else an array one object down whose items show a field of the
  /// item type (sentdm's `{"data": {"contacts": […], "pagination": {…}}}`), else the first
  /// such array; nil where the example shows none.
  static func itemsPath(in response: JSONValue, itemFields: [Field]?) -> [String]? {
    if response.arrayElements != nil { return [] }
    guard let members = response.objectMembers else { return nil }
    if let top = members.first(where: { $0.value.arrayElements != nil }) { return [top.key] }
    let names = Set((itemFields ?? []).flatMap { [$0.name, $0.jsonName] })
    var candidates: [(path: [String], showsItem: Bool)] = []
    for member in members {
      for inner in member.value.objectMembers ?? [] {
        guard let elements = inner.value.arrayElements else { continue }
        let showsItem = elements.first?.objectMembers?.contains { names.contains($0.key) } ?? false
        candidates.append(([member.key, inner.key], showsItem))
      }
    }
    return (candidates.first(where: \.showsItem) ?? candidates.first)?.path
  }

  static func pathTo(_ key: String, in value: JSONValue) -> [String]? {
    guard let members = value.objectMembers else { return nil }
    if members.contains(where: { $0.key == key }) { return [key] }
    for member in members {
      if let rest = pathTo(key, in: member.value) { return [member.key] + rest }
    }
    return nil
  }
}
