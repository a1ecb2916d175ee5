/// Renders parsed CommonMark back to Markdown text for descriptions: the same meaning, one
/// paragraph per line, escaping only what would otherwise turn into markup.
enum MarkdownRenderer {
  static func render(blocks: [MarkdownNode]) -> String {
    blocks.map { render(block: $0) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
  }

  static func render(block: MarkdownNode) -> String {
    switch block.kind {
    case .paragraph:
      return escapeLineStart(render(inlines: block.children))
    case .heading(let level):
      return String(repeating: "#", count: level) + " " + render(inlines: block.children)
    case .codeBlock(let info):
      var content = block.literal
      if content.hasSuffix("\n") { content.removeLast() }
      let fence = String(repeating: "`", count: max(3, longestRun(of: "`", in: content) + 1))
      return fence + info + "\n" + content + "\n" + fence
    case .htmlBlock:
      return block.literal.trimmingTrailingNewlines()
    case .thematicBreak:
      return "---"
    case .blockQuote:
      return render(blocks: block.children).split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
    case .list(let ordered, let start, let tight):
      var lines: [String] = []
      for (number, item) in block.children.enumerated() {
        let marker = ordered ? "\(start + number). " : "- "
        let body = item.children.map { render(block: $0) }.joined(separator: tight ? "\n" : "\n\n")
        let pad = String(repeating: " ", count: marker.count)
        let itemLines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in itemLines.enumerated() {
          lines.append(index == 0 ? marker + line : (line.isEmpty ? "" : pad + line))
        }
        if !tight, number < block.children.count - 1 { lines.append("") }
      }
      return lines.joined(separator: "\n")
    default:
      return render(inlines: [block])
    }
  }

  static func render(inlines: [MarkdownNode]) -> String {
    var out = ""
    for node in inlines {
      switch node.kind {
      case .text: out += escape(node.literal)
      case .softBreak: out += " "
      case .lineBreak: out += "\\\n"
      case .code:
        let ticks = String(repeating: "`", count: longestRun(of: "`", in: node.literal) + 1)
        let pad = node.literal.hasPrefix("`") || node.literal.hasSuffix("`") ? " " : ""
        out += ticks + pad + node.literal + pad + ticks
      case .htmlInline: out += node.literal
      case .emphasis: out += "*" + render(inlines: node.children) + "*"
      case .strong: out += "**" + render(inlines: node.children) + "**"
      case .link(let url, let title):
        out += "[" + render(inlines: node.children) + "](" + destination(url, title) + ")"
      case .image(let url, let title):
        out += "![" + render(inlines: node.children) + "](" + destination(url, title) + ")"
      default: out += render(inlines: node.children)
      }
    }
    return out
  }

  /// Plain text of inlines: code spans keep their text, markup goes.
  static func plainText(_ inlines: [MarkdownNode]) -> String {
    var out = ""
    for node in inlines {
      switch node.kind {
      case .text, .code, .htmlInline: out += node.literal
      case .softBreak, .lineBreak: out += " "
      default: out += plainText(node.children)
      }
    }
    return out
  }

  private static func destination(_ url: String, _ title: String) -> String {
    let target = url.containsText(" ") || url.containsText("(") || url.containsText(")") ? "<" + url + ">" : url
    return title.isEmpty ? target : target + " \"" + title.replacingAll("\"", with: "\\\"") + "\""
  }

  private static func longestRun(of character: Character, in text: String) -> Int {
    var longest = 0
    var current = 0
    for c in text {
      if c == character {
        current += 1
        longest = max(longest, current)
      } else {
        current = 0
      }
    }
    return longest
  }

  /// Escapes characters that would start markup: `\`, `` ` ``, `*`, `[`, `]`, `<`, and `_` at
  /// a word boundary (an intraword `_` as in `organization_id` stays as it is).
  static func escape(_ text: String) -> String {
    // \ ` * [ ] < _ (a switch: a set's lookup per byte was most of the reader's time)
    let special = text.utf8.contains { byte in
      switch byte {
      case 0x5C, 0x60, 0x2A, 0x5B, 0x5D, 0x3C, 0x5F: true
      default: false
      }
    }
    guard special else { return text }
    let bytes = Array(text.utf8)
    /// Letters and digits, by byte: any non-ASCII byte belongs to a word (as letters of other
    /// scripts do).
    func isWordByte(_ byte: UInt8) -> Bool {
      byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 8)
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case 0x5C, 0x60, 0x2A, 0x5B, 0x5D:
        out.append(0x5C)
        out.append(byte)
      case 0x3C:  // `<` before a letter, `/`, `!` or `?` could open HTML
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
        let opensTag =
          (next >= 0x41 && next <= 0x5A) || (next >= 0x61 && next <= 0x7A) || next >= 0x80
          || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
        if opensTag { out.append(0x5C) }
        out.append(byte)
      case 0x5F:  // `_` inside a word (`organization_id`) stays as it is
        let previous = index > 0 ? bytes[index - 1] : 0x20
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
        if !(isWordByte(previous) && (isWordByte(next) || next == 0x5F)) { out.append(0x5C) }
        out.append(byte)
      default:
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A paragraph must not read as another block when it stands at the start of a line.
  static func escapeLineStart(_ text: String) -> String {
    guard let first = text.first else { return text }
    if first == "#" || first == ">" || first == "=" || ((first == "-" || first == "+") && text.dropFirst().first == " ")
    {
      return "\\" + text
    }
    if first.isNumber {
      let digits = text.prefix { $0.isNumber }
      let rest = text.dropFirst(digits.count)
      if digits.count <= 9, rest.hasPrefix(". ") || rest.hasPrefix(") ") || rest == "." || rest == ")" {
        return digits + "\\" + rest
      }
    }
    return text
  }
}

extension String {
  func trimmingTrailingNewlines() -> String {
    var s = self
    while s.hasSuffix("\n") { s.removeLast() }
    return s
  }

  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }

  var trimmed: String {
    // ASCII text: trimmed by bytes. Its whitespace characters are tab, line feed, vertical tab,
    // form feed, carriage return and space, and "\r\n" (one character) is made of two of them.
    if isASCII() {
      func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
      var bytes = utf8[...]
      while let first = bytes.first, isSpace(first) { bytes = bytes.dropFirst() }
      while let last = bytes.last, isSpace(last) { bytes = bytes.dropLast() }
      return bytes.count == utf8.count ? self : String(Substring(bytes))
    }
    var s = self[...]
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
