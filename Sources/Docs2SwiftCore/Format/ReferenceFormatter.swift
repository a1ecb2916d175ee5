import Foundation

/// Writes a reference as structured CommonMark: one block per line, nested items indented two
/// spaces under their parent, code fences on their own lines, YAML examples indented. Parsing
/// the result gives the same IR as parsing the input.
public enum ReferenceFormatter {
  public static func format(_ reference: ReferenceSyntax) -> String {
    var blocks: [String] = []
    for section in reference.sections {
      if !section.title.isEmpty { blocks.append("# " + section.title) }
      if !section.description.isEmpty { blocks.append(section.description) }
      for operation in section.operations {
        blocks.append("## " + operation.heading)
        if let signature = operation.signature { blocks.append(codeSpan(signature)) }
        if let method = operation.httpMethod, let path = operation.httpPath {
          blocks.append("**" + method.lowercased() + "** " + codeSpan(path))
        }
        let description = MarkdownRenderer.render(blocks: operation.description)
        if !description.isEmpty { blocks.append(description) }
        if !operation.examples.isEmpty {
          blocks.append("### Examples")
          blocks.append(operation.examples.map(example).joined(separator: "\n"))
        }
        blocks.append("### Parameters")
        if !operation.parameters.isEmpty { blocks.append(items(operation.parameters)) }
        blocks.append("### Returns")
        if !operation.returns.isEmpty { blocks.append(items(operation.returns)) }
        if let code = operation.codeExample {
          blocks.append("### Example")
          blocks.append(fence(code.info, code.formattedContent))
        }
        if let code = operation.responseExample {
          blocks.append("#### Response")
          blocks.append(fence(code.info, code.formattedContent))
        }
      }
      if !section.domainTypes.isEmpty {
        blocks.append("## Domain Types")
        for type in section.domainTypes {
          blocks.append("### " + type.title)
          if !type.items.isEmpty { blocks.append(items(type.items)) }
        }
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  static func codeSpan(_ code: String) -> String {
    var ticks = "`"
    while code.contains(ticks) { ticks += "`" }
    let pad = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
    return ticks + pad + code + pad + ticks
  }

  static func fence(_ info: String, _ content: String) -> String {
    var ticks = "```"
    while content.contains(ticks) { ticks += "`" }
    return ticks + info + "\n" + content + "\n" + ticks
  }

  private static func indented(_ text: String, by pad: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
  }

  private static func example(_ example: ExampleSyntax) -> String {
    var lines = "- " + indented(example.text, by: "  ").dropFirst(2)
    if let code = example.code {
      lines += "\n" + indented(fence(code.info, code.formattedContent), by: "  ")
    }
    return lines
  }

  static func items(_ items: [ItemSyntax], depth: Int = 0) -> String {
    let pad = String(repeating: "  ", count: depth)
    var lines: [String] = []
    for item in items {
      var head = pad + "- " + codeSpan(item.code)
      let parts = item.description.components(separatedBy: "\n\n")
      var rest = parts[...]
      if let first = parts.first, !first.isEmpty, !first.contains("\n"), startsParagraph(first) {
        head += " " + first
        rest = parts.dropFirst()
      }
      lines.append(head)
      for block in rest where !block.isEmpty {
        lines.append("")
        lines.append(indented(block, by: pad + "  "))
      }
      if !item.children.isEmpty {
        if !rest.filter({ !$0.isEmpty }).isEmpty { lines.append("") }
        lines.append(self.items(item.children, depth: depth + 1))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Text that reads as a paragraph's continuation after a code span.
  private static func startsParagraph(_ block: String) -> Bool {
    !(block.hasPrefix("```") || block.hasPrefix("~~~") || block.hasPrefix("    ") || block.hasPrefix("#")
      || block.hasPrefix("- ") || block.hasPrefix("> "))
  }
}
