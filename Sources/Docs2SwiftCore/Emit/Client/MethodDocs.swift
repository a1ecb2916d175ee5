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
    let endpoint = Self.endpoint(method)
    let options = Self.options(label: operation.optionsLabel)
    // The overloads taking the parameters as one value label their options `options` always.
    let valueOptions = Self.options(label: "options")
    let returns: String
    if let page = operation.page {
      returns =
        "- Returns: A page of `\(page.itemType.qualified)` items; `nextPage()` and `allItems` read the next ones."
    } else {
      returns = "- Returns: The decoded `\(operation.responseType)`."
    }
    let failure = Self.failure(errorName)
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

  /// The documentation of an operation's event-stream method (`createStream`): its own opening,
  /// the endpoint, and the same `- Parameters:`/`- Throws:` lines as the other methods.
  static func eventStream(_ operation: SwiftOperation, _ stream: SwiftEventStream, errorName: String) -> String {
    [
      "`\(operation.swiftPath)` with `\(stream.parameterProperty)` set: the response streams as server-sent events, "
        + "each a `\(stream.eventType)`, as they arrive (`for try await event in …`). An error status throws from "
        + "this call; stopping the loop or cancelling the task closes the connection.",
      endpoint(operation.method),
      [
        "- Parameters:",
        "  - params: The parameters (`\(operation.paramsType)`); `\(stream.parameterProperty)` is set here.",
        options(label: "options"),
        "- Returns: The events, each a decoded `\(stream.eventType)`, until the server ends the stream.",
        failure(errorName),
      ].joined(separator: "\n"),
    ].joined(separator: "\n\n")
  }

  /// `` `POST /path` ``.
  static func endpoint(_ method: Method) -> String {
    "`\(method.http.method.uppercased()) \(method.http.pathAndQuery)`"
  }

  /// The parameter entry of the per-request options.
  static func options(label: String) -> String {
    "  - \(label): Per-request options: headers, query items, timeout and retries."
  }

  static func failure(_ errorName: String) -> String {
    "- Throws: `\(errorName)`, when the request cannot be sent or the server answers with an error."
  }
}
