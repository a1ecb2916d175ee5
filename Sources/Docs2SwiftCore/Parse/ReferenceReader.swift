/// Maps locations in the normalized text back to the file as given.
struct SourceMap {
  let original: SourceFile
  let normalized: NormalizedDocument
  let normalizedFile: SourceFile

  init(original: SourceFile, normalized: NormalizedDocument) {
    self.original = original
    self.normalized = normalized
    self.normalizedFile = SourceFile(path: original.path, text: normalized.text)
  }

  func location(line: Int, column: Int) -> SourceLocation {
    let offset = normalizedFile.offset(line: line, column: column)
    return original.location(ofOffset: normalized.sourceOffset(ofNormalizedOffset: offset))
  }

  func location(of node: MarkdownNode) -> SourceLocation {
    location(line: max(1, node.line), column: max(1, node.column))
  }

  /// The normalized text's line, without its newline.
  func line(_ number: Int) -> Substring {
    guard number >= 1, number <= normalizedFile.lineStarts.count else { return "" }
    let start = normalizedFile.lineStarts[number - 1]
    var end =
      number < normalizedFile.lineStarts.count ? normalizedFile.lineStarts[number] - 1 : normalizedFile.utf8.count
    end = max(start, end)
    let utf8 = normalizedFile.text.utf8
    return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
  }
}

/// Stage 2b: walks the libcmark tree into the reference's sections, operations and items.
struct ReferenceReader {
  let map: SourceMap

  private enum Part { case description, examples, parameters, returns, codeExample, response, other }

  func read(_ document: MarkdownNode) throws(DiagnosticError) -> ReferenceSyntax {
    try checkFences(document)
    var sections: [SectionSyntax] = []
    var operation: OperationSyntax?
    var part = Part.other
    var inDomainTypes = false

    func finishOperation() {
      if let done = operation, !sections.isEmpty { sections[sections.count - 1].operations.append(done) }
      operation = nil
    }

    for block in document.children {
      let location = map.location(of: block)
      switch block.kind {
      case .heading(let level):
        let title = MarkdownRenderer.plainText(block.children).trimmed
        switch level {
        case 1:
          finishOperation()
          sections.append(
            SectionSyntax(title: title, location: location, description: "", operations: [], domainTypes: []))
          inDomainTypes = false
          part = .description
        case 2 where title == "Domain Types":
          finishOperation()
          inDomainTypes = true
          part = .other
        case 2:
          finishOperation()
          inDomainTypes = false
          if sections.isEmpty {
            sections.append(
              SectionSyntax(title: "", location: location, description: "", operations: [], domainTypes: []))
          }
          operation = OperationSyntax(
            heading: title, location: location, description: [], examples: [], parameters: [], returns: [])
          part = .description
        case 3 where inDomainTypes:
          if !sections.isEmpty {
            sections[sections.count - 1].domainTypes.append(
              DomainTypeSyntax(title: title, location: location, items: []))
          }
        case 3:
          switch title {
          case "Examples": part = .examples
          case "Parameters":
            part = .parameters
            operation?.parametersLocation = location
          case "Returns":
            part = .returns
            operation?.returnsLocation = location
          case "Example": part = .codeExample
          default: part = .other
          }
        case 4 where title == "Response":
          part = .response
        default:
          appendDescription(block, to: &operation, part: part, sections: &sections)
        }
      case .list:
        if inDomainTypes {
          if !sections.isEmpty, !sections[sections.count - 1].domainTypes.isEmpty {
            let last = sections[sections.count - 1].domainTypes.count - 1
            sections[sections.count - 1].domainTypes[last].items += items(of: block)
          }
          continue
        }
        switch part {
        case .examples: operation?.examples += examples(of: block)
        case .parameters: operation?.parameters += items(of: block)
        case .returns: operation?.returns += items(of: block)
        default: appendDescription(block, to: &operation, part: part, sections: &sections)
        }
      case .codeBlock(let info):
        switch part {
        case .codeExample where ["yaml", "yml"].contains(info.trimmed.lowercased()):
          // `### Example` holding one request example in YAML (usage.list_environment_runtime_records
          // in gitpod-full.md): an example without a title, not the Python example.
          operation?.examples.append(
            ExampleSyntax(text: "", location: map.location(of: block), code: code(block, info: info)))
        case .codeExample where operation?.codeExample == nil: operation?.codeExample = code(block, info: info)
        case .response where operation?.responseExample == nil: operation?.responseExample = code(block, info: info)
        default: appendDescription(block, to: &operation, part: part, sections: &sections)
        }
      case .paragraph where part == .examples && operation?.examples.isEmpty == false:
        // Prose after the examples' list: a flattened reference cannot tell it from prose
        // after the last example's code inside its item, so both forms keep it there.
        let last = operation!.examples.count - 1
        operation?.examples[last].text += "\n\n" + MarkdownRenderer.render(block: block)
      case .paragraph:
        if var current = operation, part == .description, current.httpMethod == nil {
          let inlines = block.children.filter { $0.kind != .softBreak }
          if current.signature == nil, inlines.count == 1, inlines[0].kind == .code {
            current.signature = inlines[0].literal
            current.signatureLocation = location
            operation = current
            continue
          }
          if inlines.count >= 2, inlines[0].kind == .strong, inlines.last?.kind == .code {
            current.httpMethod = MarkdownRenderer.plainText(inlines[0].children).trimmed.uppercased()
            current.httpPath = inlines.last?.literal.trimmed
            operation = current
            continue
          }
        }
        appendDescription(block, to: &operation, part: part, sections: &sections)
      default:
        appendDescription(block, to: &operation, part: part, sections: &sections)
      }
    }
    finishOperation()
    return ReferenceSyntax(sections: sections, wasFlattened: map.normalized.wasFlattened)
  }

  private func appendDescription(
    _ block: MarkdownNode, to operation: inout OperationSyntax?, part: Part, sections: inout [SectionSyntax]
  ) {
    guard part == .description else { return }
    if operation != nil {
      operation?.description.append(block)
    } else if !sections.isEmpty {
      let text = MarkdownRenderer.render(block: block)
      let existing = sections[sections.count - 1].description
      sections[sections.count - 1].description = existing.isEmpty ? text : existing + "\n\n" + text
    }
  }

  // MARK: Items

  func items(of list: MarkdownNode) -> [ItemSyntax] {
    list.children.compactMap { item(of: $0) }
  }

  private func item(of node: MarkdownNode) -> ItemSyntax? {
    guard let paragraph = node.children.first, paragraph.kind == .paragraph,
      let first = paragraph.children.first, first.kind == .code
    else { return nil }
    var descriptionBlocks: [String] = []
    let rest = MarkdownRenderer.render(inlines: Array(paragraph.children.dropFirst())).trimmed
    if !rest.isEmpty { descriptionBlocks.append(MarkdownRenderer.escapeLineStart(rest)) }
    var children: [ItemSyntax] = []
    for block in node.children.dropFirst() {
      if case .list = block.kind, isItemList(block) {
        children += items(of: block)
      } else {
        descriptionBlocks.append(MarkdownRenderer.render(block: block))
      }
    }
    let code = first.literal
    return ItemSyntax(
      kind: ItemSyntax.kind(ofCode: code), code: code, description: descriptionBlocks.joined(separator: "\n\n"),
      location: map.location(of: node), children: children)
  }

  private func isItemList(_ list: MarkdownNode) -> Bool {
    list.children.contains { item in
      guard let paragraph = item.children.first, paragraph.kind == .paragraph,
        let first = paragraph.children.first, first.kind == .code
      else { return false }
      return ItemCode.isItemCode(first.literal)
    }
  }

  private func examples(of list: MarkdownNode) -> [ExampleSyntax] {
    list.children.map { item in
      var text: [String] = []
      var code: CodeSyntax?
      for block in item.children {
        if case .codeBlock(let info) = block.kind, code == nil {
          code = self.code(block, info: info)
        } else {
          text.append(MarkdownRenderer.render(block: block))
        }
      }
      return ExampleSyntax(text: text.joined(separator: "\n\n"), location: map.location(of: item), code: code)
    }
  }

  private func code(_ block: MarkdownNode, info: String) -> CodeSyntax {
    var content = block.literal
    if content.hasSuffix("\n") { content.removeLast() }
    // Lines counted by bytes unless a "\r\n" (one character) could hide a line feed.
    let lineCount =
      content.count(ofByte: UInt8(ascii: "\r")) == 0
      ? content.count(ofByte: UInt8(ascii: "\n")) + 1
      : content.split(separator: "\n", omittingEmptySubsequences: false).count
    let lineLocations = (0..<lineCount).map { map.location(line: block.line + 1 + $0, column: block.column) }
    return CodeSyntax(info: info, content: content, location: map.location(of: block), lineLocations: lineLocations)
  }

  // MARK: Checks

  /// A fenced code block that runs to the end of its container was never closed; structure
  /// nested deeper than the parser keeps is an error, not a silent cut.
  private func checkFences(_ node: MarkdownNode) throws(DiagnosticError) {
    if node.childrenCut {
      throw DiagnosticError(
        "the reference nests deeper than \(MarkdownParser.maxDepth) levels here; docs2swift reads no deeper",
        at: map.location(of: node))
    }
    if case .codeBlock = node.kind, let opener = fenceOpener(node) {
      if let fenceCharacter = opener.first, fenceCharacter == "`" || fenceCharacter == "~" {
        let width = opener.prefix { $0 == fenceCharacter }.count
        let closer = map.line(node.endLine).drop { $0 == " " || $0 == "\t" }
        let closed =
          node.endLine > node.line && closer.prefix { $0 == fenceCharacter }.count >= width
          && closer.drop { $0 == fenceCharacter }.allSatisfy { $0 == " " || $0 == "\t" }
        if width >= 3, !closed {
          throw DiagnosticError(
            "unterminated code fence: no closing \(String(repeating: fenceCharacter, count: width))",
            at: map.location(of: node))
        }
      }
    }
    for child in node.children where child.isBlock {
      try checkFences(child)
    }
  }

  /// A fenced code block's opening line from its fence on; nil for an indented code block
  /// (libcmark reports both as code blocks, and an indented one may show fence characters as
  /// text: a docstring's example indented by eight spaces). libcmark's start column is where an
  /// indented block's text begins and where a fenced block's fence is, whose text begins on the
  /// next line.
  private func fenceOpener(_ block: MarkdownNode) -> Substring? {
    let utf8 = map.line(block.line).utf8
    let fromColumn = Substring(utf8.dropFirst(max(block.column - 1, 0)))
    let firstLine = block.literal.utf8.prefix { $0 != UInt8(ascii: "\n") }
    return fromColumn.utf8.elementsEqual(firstLine) ? nil : fromColumn
  }
}
