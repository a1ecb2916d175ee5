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

  /// `example`: the title and Swift lines of the reference's first request example, shown
  /// after the endpoint.
  init(_ operation: SwiftOperation, errorName: String, example: (title: String, lines: [String])? = nil) {
    let method = operation.method
    let description = operation.documentation
    let endpoint = "`\(method.http.method.uppercased()) \(method.http.path)`"
    let options = "  - \(operation.optionsLabel): Per-request options: headers, query items, timeout and retries."
    // The overloads taking the parameters as one value label their options `options` always.
    let valueOptions = "  - options: Per-request options: headers, query items, timeout and retries."
    let returns: String
    if let page = operation.page {
      returns =
        "- Returns: A page of `\(page.itemType.qualified)` items; `nextPage()` and `allItems` read the next ones."
    } else {
      returns = "- Returns: The decoded `\(operation.responseType)`."
    }
    let failure = "- Throws: `\(errorName)`, when the request cannot be sent or the server answers with an error."
    // One story of pagination: the arguments that carry a page token are left out for the
    // first page, and the page fills them in for the next ones.
    var tokenNotes: [String: String] = [:]
    for path in operation.page?.tokenPaths ?? [] {
      guard let first = path.first, let last = path.last else { continue }
      tokenNotes[first.name] =
        path.count == 1
        ? "Leave it out for the first page; `nextPage()` and `allItems` send each next page's token."
        : "`nextPage()` and `allItems` set its `\(last.name)` for each next page."
    }
    var arguments = operation.arguments.map { argument in
      let summary = SwiftDocumentation.parameterSummary(argument.documentation)
      guard let note = tokenNotes[argument.label.replacingOccurrences(of: "`", with: "")] else {
        return "  - \(argument.label): " + summary
      }
      let sentence = summary.last.map { ".!?".contains($0) } ?? true ? summary : summary + "."
      return "  - \(argument.label): " + sentence + " " + note
    }
    arguments.append(options)
    func join(_ blocks: [String]) -> String { blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") }
    let exampleBlock = example.map { "\($0.title):\n\n```swift\n" + $0.lines.joined(separator: "\n") + "\n```" } ?? ""
    labelled = join([
      description, endpoint, exampleBlock,
      (["- Parameters:"] + arguments + [returns, failure]).joined(separator: "\n"),
    ])
    params = join([
      "`\(operation.swiftPath)` with its parameters as one value.",
      ["- Parameters:", "  - params: The parameters (`\(operation.paramsType)`).", valueOptions, returns, failure]
        .joined(separator: "\n"),
    ])
    raw = join([
      "`\(operation.swiftPath)`, returning the decoded value with the HTTP response (status, headers, body).",
      [
        "- Parameters:", "  - params: The parameters (`\(operation.paramsType)`).", valueOptions,
        "- Returns: The decoded `\(operation.responseType)` with the HTTP status, headers and body.", failure,
      ].joined(separator: "\n"),
    ])
  }
}
