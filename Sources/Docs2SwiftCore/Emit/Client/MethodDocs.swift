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
    let description = operation.documentation
    let endpoint = "`\(method.http.method.uppercased()) \(method.http.path)`"
    let options = "  - \(operation.optionsLabel): Per-request options: headers, query items, timeout and retries."
    // The overloads taking the parameters as one value label their options `options` always.
    let valueOptions = "  - options: Per-request options: headers, query items, timeout and retries."
    let returns: String
    if let page = operation.page {
      returns =
        "- Returns: The first page of `\(page.itemType.qualified)` items; `nextPage()` and `allItems` read the next ones."
    } else {
      returns = "- Returns: The decoded `\(operation.responseType)`."
    }
    let failure = "- Throws: `\(errorName)`, when the request cannot be sent or the server answers with an error."
    var arguments = operation.arguments.map { argument in
      "  - \(argument.label): " + SwiftDocumentation.parameterSummary(argument.documentation)
    }
    arguments.append(options)
    func join(_ blocks: [String]) -> String { blocks.filter { !$0.isEmpty }.joined(separator: "\n\n") }
    labelled = join([
      description, endpoint, (["- Parameters:"] + arguments + [returns, failure]).joined(separator: "\n"),
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
