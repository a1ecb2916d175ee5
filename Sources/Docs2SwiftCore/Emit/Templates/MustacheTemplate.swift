/// A Mustache template compiled once into a tree, and rendered by walking it: the subset of
/// Mustache docs2swift's templates use — variables (`{{name}}`, `{{a.b}}`, `{{.}}`), sections
/// (`{{#name}}`), inverted sections (`{{^name}}`), partials (`{{> name}}`) and comments — with
/// the specification's standalone-line rule and no HTML escaping (the output is Swift).
///
/// It replaces a general Mustache library for speed: that one parsed every template each run
/// in time quadratic in its length and reflected each object on the context stack for every
/// tag; this parses in one pass over UTF-8 and asks the view models for their members by name
/// (`TemplateView`), without reflection. The golden test holds the output to the byte.
struct CompiledTemplate: Sendable {
  indirect enum Node: Sendable {
    case text(String)
    case variable([String])
    case section([String], [Node], inverted: Bool)
    case partial(String)
  }

  struct ParseError: Error {
    var message: String
    var line: Int
    var column: Int
  }

  private(set) var nodes: [Node]

  init(_ text: String) throws(ParseError) {
    nodes = try Parser(Array(text.utf8)).parse()
  }

  // MARK: Parsing

  private struct Tag {
    enum Kind { case variable, sectionOpen, invertedOpen, close, partial, comment, pragma }
    var kind: Kind
    var name: String
    var start: Int  // offset of "{{"
    var end: Int  // offset after "}}"
    var nameOffset: Int
  }

  private struct Parser {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func location(_ offset: Int) -> (line: Int, column: Int) {
      var line = 1
      var lineStart = 0
      for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      }
      return (line, offset - lineStart + 1)
    }

    func error(_ message: String, at offset: Int) -> ParseError {
      let (line, column) = location(offset)
      return ParseError(message: message, line: line, column: column)
    }

    func parse() throws(ParseError) -> [Node] {
      // Tokens: text runs between tags, then tags; standalone tags take their line with them.
      var items: [(text: String?, tag: Tag?)] = []
      var index = 0
      var textStart = 0
      while index + 1 < bytes.count {
        guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
          index += 1
          continue
        }
        var tag = try readTag(at: index)
        var textEnd = index
        var resume = tag.end
        if tag.kind != .variable, let (lineStart, lineEnd) = standaloneLine(tagStart: index, tagEnd: tag.end) {
          textEnd = lineStart
          resume = lineEnd
        }
        if textEnd > textStart { items.append((String(decoding: bytes[textStart..<textEnd], as: UTF8.self), nil)) }
        tag.end = resume
        items.append((nil, tag))
        index = resume
        textStart = resume
      }
      if textStart < bytes.count { items.append((String(decoding: bytes[textStart...], as: UTF8.self), nil)) }

      // Tree.
      var stack: [(tag: Tag, nodes: [Node])] = []
      var current: [Node] = []
      for item in items {
        if let text = item.text {
          current.append(.text(text))
          continue
        }
        guard let tag = item.tag else { continue }
        let path = tag.name == "." ? ["."] : tag.name.split(separator: ".").map(String.init)
        switch tag.kind {
        case .variable: current.append(.variable(path))
        case .partial: current.append(.partial(tag.name))
        case .comment, .pragma: break
        case .sectionOpen, .invertedOpen:
          stack.append((tag, current))
          current = []
        case .close:
          guard let open = stack.popLast() else {
            throw error("section closed that was never opened", at: tag.nameOffset)
          }
          guard open.tag.name == tag.name else {
            throw error("section closed with the wrong name", at: tag.nameOffset)
          }
          let openPath = open.tag.name.split(separator: ".").map(String.init)
          let section = Node.section(openPath, current, inverted: open.tag.kind == .invertedOpen)
          current = open.nodes + [section]
        }
      }
      if let open = stack.last {
        throw error("section is never closed", at: open.tag.nameOffset)
      }
      return current
    }

    func readTag(at start: Int) throws(ParseError) -> Tag {
      var index = start + 2
      var kind = Tag.Kind.variable
      var triple = false
      if index < bytes.count {
        switch bytes[index] {
        case UInt8(ascii: "#"): kind = .sectionOpen
        case UInt8(ascii: "^"): kind = .invertedOpen
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "%"): kind = .pragma
        case UInt8(ascii: "&"): kind = .variable
        case UInt8(ascii: "{"): triple = true
        case UInt8(ascii: "="): throw error("set-delimiter tags are not supported", at: index)
        default: index -= 1
        }
        index += 1
      }
      var nameStart = index
      while nameStart < bytes.count, bytes[nameStart] == UInt8(ascii: " ") { nameStart += 1 }
      let closer: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
      var end = nameStart
      while end + closer.count <= bytes.count, !bytes[end..<end + closer.count].elementsEqual(closer) {
        if kind != .comment, bytes[end] == UInt8(ascii: "\n") { break }
        end += 1
      }
      guard end + closer.count <= bytes.count, bytes[end..<end + closer.count].elementsEqual(closer) else {
        throw error("unfinished tag: expected '}}'", at: nameStart)
      }
      var nameEnd = end
      while nameEnd > nameStart, bytes[nameEnd - 1] == UInt8(ascii: " ") { nameEnd -= 1 }
      let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
      if kind != .comment, kind != .pragma, name.isEmpty { throw error("a tag without a name", at: nameStart) }
      return Tag(kind: kind, name: name, start: start, end: end + closer.count, nameOffset: nameStart)
    }

    /// The line a standalone tag stands on (only spaces and tabs beside it): where it starts
    /// and where the next line starts.
    func standaloneLine(tagStart: Int, tagEnd: Int) -> (Int, Int)? {
      var lineStart = tagStart
      while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") {
        guard bytes[lineStart - 1] == UInt8(ascii: " ") || bytes[lineStart - 1] == UInt8(ascii: "\t") else {
          return nil
        }
        lineStart -= 1
      }
      var lineEnd = tagEnd
      while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") {
        guard
          bytes[lineEnd] == UInt8(ascii: " ") || bytes[lineEnd] == UInt8(ascii: "\t")
            || bytes[lineEnd] == UInt8(ascii: "\r")
        else { return nil }
        lineEnd += 1
      }
      return (lineStart, min(lineEnd + 1, bytes.count))
    }
  }

  /// The template with `transform` applied to its literal text (not to what tags insert).
  func mappingText(_ transform: (String) -> String) -> CompiledTemplate {
    func map(_ nodes: [Node]) -> [Node] {
      nodes.map { node in
        switch node {
        case .text(let text): .text(transform(text))
        case .section(let name, let children, let inverted): .section(name, map(children), inverted: inverted)
        case .variable, .partial: node
        }
      }
    }
    var copy = self
    copy.nodes = map(nodes)
    return copy
  }

  // MARK: Rendering

  /// The rendered text as UTF-8 bytes (appending bytes is cheaper than appending to a `String`).
  func render(_ value: TemplateValue, partials: [String: CompiledTemplate]) -> [UInt8] {
    var out: [UInt8] = []
    var stack: [TemplateValue] = [value]
    Self.render(nodes, stack: &stack, partials: partials, into: &out)
    return out
  }

  private static func render(
    _ nodes: [Node], stack: inout [TemplateValue], partials: [String: CompiledTemplate], into out: inout [UInt8]
  ) {
    for node in nodes {
      switch node {
      case .text(let text):
        out.append(contentsOf: text.utf8)
      case .variable(let path):
        if let value = lookup(path, in: stack) { value.write(into: &out) }
      case .section(let path, let children, let inverted):
        let value = lookup(path, in: stack)
        if inverted {
          if !(value?.isTruthy ?? false) { render(children, stack: &stack, partials: partials, into: &out) }
          continue
        }
        switch value {
        case .none: break
        case .flag(let flag)?:
          if flag { render(children, stack: &stack, partials: partials, into: &out) }
        case .list(let elements)?:
          for element in elements {
            stack.append(element)
            render(children, stack: &stack, partials: partials, into: &out)
            stack.removeLast()
          }
        case .some(let object):
          stack.append(object)
          render(children, stack: &stack, partials: partials, into: &out)
          stack.removeLast()
        }
      case .partial(let name):
        if let partial = partials[name] { render(partial.nodes, stack: &stack, partials: partials, into: &out) }
      }
    }
  }

  /// A name on the context stack, innermost first; `a.b` finds `a`, then `b` inside it.
  private static func lookup(_ path: [String], in stack: [TemplateValue]) -> TemplateValue? {
    guard let first = path.first else { return nil }
    if first == "." { return stack.last }
    var found: TemplateValue?
    for object in stack.reversed() {
      if let child = object.member(first) {
        found = child
        break
      }
    }
    for name in path.dropFirst() {
      guard let object = found else { return nil }
      found = object.member(name)
    }
    return found
  }
}
