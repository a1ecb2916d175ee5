/// The documentation comments of an operation's three client methods, in Swift terms: the
/// description, the endpoint, `- Parameters:` from the reference's parameter descriptions,
/// `- Returns:` and `- Throws:`.
struct MethodDocs {
  /// The labelled method's Markdown.
  var labelled: String
  /// The method taking the parameters as one value.
  var params: String
  /// The `…WithResponse` method.
  var raw: String

  init(_ operation: SwiftOperation, errorName: String) {
    let method = operation.method
    let description = method.description.isEmpty ? method.summary : method.description
    let endpoint = "`\(method.http.method.uppercased()) \(method.http.path)`"
    let options = "  - \(operation.optionsLabel): Per-request options: headers, query items, timeout and retries."
    let returns: String
    if let page = operation.page {
      returns =
        "- Returns: The first page of `\(page.itemType.qualified)` items; `nextPage()` and `allItems` read the next ones."
    } else {
      returns = "- Returns: The decoded `\(operation.responseType)`."
    }
    let failure = "- Throws: `\(errorName)`, when the request cannot be sent or the server answers with an error."
    var arguments = operation.arguments.map { argument in
      "  - \(argument.label): " + Self.summary(argument.documentation, orElse: "Sent as `\(argument.documentedName)`.")
    }
    arguments.append(options)
    func join(_ blocks: [String]) -> String { blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") }
    labelled = join([
      description, endpoint, (["- Parameters:"] + arguments + [returns, failure]).joined(separator: "\n"),
    ])
    params = join([
      "`\(operation.swiftPath)` with its parameters as one value.",
      ["- Parameters:", "  - params: The parameters (`\(operation.paramsType)`).", options, returns, failure]
        .joined(separator: "\n"),
    ])
    raw = join([
      "`\(operation.swiftPath)`, returning the decoded value with the HTTP response (status, headers, body).",
      [
        "- Parameters:", "  - params: The parameters (`\(operation.paramsType)`).", options,
        "- Returns: The decoded `\(operation.responseType)` with the HTTP status, headers and body.", failure,
      ].joined(separator: "\n"),
    ])
  }

  /// The first paragraph of a description on one line, or `fallback` when there is none.
  static func summary(_ description: String, orElse fallback: String) -> String {
    if description.isASCII(withoutCarriageReturn: true) {
      // ASCII: the same on bytes (whitespace is tab, line feed, vertical tab, form feed, space).
      let bytes = Array(description.utf8)
      var end = bytes.count
      for index in bytes.indices.dropLast() where bytes[index] == 0x0A && bytes[index + 1] == 0x0A {
        end = index
        break
      }
      let words = bytes[..<end].split { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
      let line = words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
      return line.isEmpty ? fallback : line
    }
    let paragraph = description.components(separatedBy: "\n\n").first ?? ""
    let line = paragraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return line.isEmpty ? fallback : line
  }
}
