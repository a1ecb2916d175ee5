import Foundation

/// Turns a description (Markdown) into `///` documentation comment lines, wrapped to a width.
///
/// Paragraphs are re-flowed; list items keep their marker and get a hanging indent; fenced code
/// blocks, headings and tables are kept line by line. Blank lines between blocks become `///`.
public enum DocComment {
  /// The comment lines for `markdown`, each starting with `///`, none longer than `width`
  /// columns (a single word longer than the width stays whole).
  public static func lines(_ markdown: String, width: Int) -> [String] {
    let textWidth = max(20, width - 4)
    var out: [String] = []
    var paragraph: [String] = []
    var paragraphIndent = ""
    /// The indentation of a list item's marker (nested lists keep theirs).
    var itemIndent = ""
    var inFence = false

    /// `paragraph`'s words in lines of at most `textWidth` characters: the first line indented
    /// by `itemIndent`, the others by `paragraphIndent` (both are spaces).
    func wrapASCII(_ text: String) {
      let space = UInt8(ascii: " ")
      let bytes = Array(text.utf8)
      var line: [UInt8] = []
      var start = 0
      while start < bytes.count {
        guard bytes[start] != space else {
          start += 1
          continue
        }
        var end = start + 1
        while end < bytes.count, bytes[end] != space { end += 1 }
        if line.isEmpty {
          line.append(contentsOf: itemIndent.utf8)
        } else if line.count + 1 + (end - start) <= textWidth {
          line.append(space)
        } else {
          out.append(String(decoding: line, as: UTF8.self))
          line.removeAll(keepingCapacity: true)
          line.append(contentsOf: paragraphIndent.utf8)
        }
        line.append(contentsOf: bytes[start..<end])
        start = end
      }
      if !line.isEmpty { out.append(String(decoding: line, as: UTF8.self)) }
    }

    func wrapCharacters(_ text: String) {
      let words = text.split(separator: " ").map(String.init)
      let hanging = paragraphIndent
      let hangingLength = hanging.count
      var line = ""
      var lineLength = 0  // line.count, kept as the line grows (counting it each time was quadratic)
      for word in words {
        let wordLength = word.count
        if line.isEmpty {
          line = itemIndent + word
          lineLength = itemIndent.count + wordLength
        } else if lineLength + 1 + wordLength <= textWidth {
          line += " " + word
          lineLength += 1 + wordLength
        } else {
          out.append(line)
          line = hanging + word
          lineLength = hangingLength + wordLength
        }
      }
      if !line.isEmpty { out.append(line) }
    }

    func flushParagraph() {
      guard !paragraph.isEmpty else { return }
      let joined = paragraph.joined(separator: " ")
      // ASCII text (nearly all of it) is wrapped on bytes, each one a character; other text by
      // characters (a space followed by a combining mark is one character).
      if joined.isASCII() {
        wrapASCII(joined)
      } else {
        wrapCharacters(joined)
      }
      paragraph = []
      paragraphIndent = ""
      itemIndent = ""
    }

    // A line feed is a character of its own, so splitting the bytes splits the characters.
    for rawLine in inert(asides(visible(markdown))).utf8.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    {
      // Foundation's replace is slow; most lines have no tab.
      let text = String(Substring(rawLine))
      let line =
        rawLine.contains(UInt8(ascii: "\t")) ? text.replacingOccurrences(of: "\t", with: "    ") : text
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        flushParagraph()
        inFence.toggle()
        out.append(line)
        continue
      }
      if inFence {
        out.append(line)
        continue
      }
      if trimmed.isEmpty {
        flushParagraph()
        if out.last.map({ !$0.isEmpty }) ?? false { out.append("") }
        continue
      }
      if trimmed.hasPrefix("#") || trimmed.hasPrefix("|") {
        flushParagraph()
        out.append(line)
        continue
      }
      if let marker = listMarker(line) {
        flushParagraph()
        paragraphIndent = String(repeating: " ", count: marker)
        itemIndent = String(line.prefix { $0 == " " })
        paragraph.append(line)
        continue
      }
      if paragraph.isEmpty { paragraphIndent = String(line.prefix { $0 == " " }) }
      paragraph.append(paragraph.isEmpty ? line : String(trimmed))
    }
    flushParagraph()
    while out.last == "" { out.removeLast() }
    return out.map { $0.isEmpty ? "///" : "/// " + TextLayout.trimmingTrailingWhitespace($0) }
  }

  /// `markdown` with DocC's own link syntax made plain text, so that the reference's text never
  /// links into the catalog (an unresolved link is a DocC error): a `[label](doc:…)` link is its
  /// label, a `<doc:…>` link a code span, a ``` ``symbol`` ``` link a code span. Code blocks are
  /// left alone.
  public static func inert(_ markdown: String) -> String {
    // (Byte searches: Foundation's `contains` costs more than the rest of a comment's layout.)
    guard markdown.containsText("doc:") || markdown.containsText("``") else { return markdown }
    var lines: [String] = []
    var inFence = false
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        lines.append(line)
        continue
      }
      guard !inFence else {
        lines.append(line)
        continue
      }
      var text = line
      if text.containsText("doc:") {
        text = text.replacingOccurrences(
          of: #"\[([^\]]*)\]\(doc:[^)]*\)"#, with: "$1", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<(doc:[^>]*)>"#, with: "`$1`", options: .regularExpression)
      }
      if text.containsText("``") {
        text = text.replacingOccurrences(of: #"(?<!`)``([^`]+)``(?!`)"#, with: "`$1`", options: .regularExpression)
      }
      lines.append(text)
    }
    return lines.joined(separator: "\n")
  }

  /// The words that open a DocC aside when a paragraph starts with them.
  static let asideWords = ["Note:", "Important:", "Warning:", "Tip:", "Experiment:"]

  /// `markdown` with each paragraph that starts with `Note:` (or another aside word) written as a
  /// DocC aside, `> Note: …`; the paragraph's other lines continue the quote (CommonMark's lazy
  /// continuation), so re-flowing it keeps it whole. Code blocks are left as they are.
  public static func asides(_ markdown: String) -> String {
    guard asideWords.contains(where: { markdown.containsText($0) }) else { return markdown }
    var lines: [String] = []
    var inFence = false
    var previousBlank = true
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let indent = line.prefix { $0 == " " }.count
      let trimmed = line.dropFirst(indent)
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
      if !inFence, previousBlank, indent < 4, asideWords.contains(where: { trimmed.hasPrefix($0) }) {
        lines.append(String(repeating: " ", count: indent) + "> " + trimmed)
      } else {
        lines.append(line)
      }
      previousBlank = trimmed.isEmpty
    }
    return lines.joined(separator: "\n")
  }

  /// `markdown` with what a comment must not hide written visibly: a carriage return ends a
  /// `//` comment in Swift, so it becomes a line break (each line gets its `///`); control
  /// characters and the invisible controls that reorder text become `U+XXXX`.
  static func visible(_ markdown: String) -> String {
    // Only these bytes can start what changes: a control other than a line feed or a tab, DEL,
    // and the lead bytes of the invisible controls (U+061C is D8 9C; the others start with E2).
    let changes = markdown.utf8.contains { byte in
      (byte < 0x20 && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t")) || byte == 0x7F || byte == 0xD8
        || byte == 0xE2
    }
    guard changes else { return markdown }
    var out = String.UnicodeScalarView()
    for scalar in markdown.unicodeScalars {
      if scalar == "\r" {
        out.append("\n")
      } else if (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
        || JSONValue.isInvisibleControl(scalar)
      {
        out.append(contentsOf: "U+\(String(scalar.value, radix: 16, uppercase: true))".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// The width of a list item's marker and its indentation (`- `, `  * `, `12. `), or nil.
  static func listMarker(_ line: String) -> Int? {
    let indent = line.prefix { $0 == " " }.count
    let rest = line.dropFirst(indent)
    if rest.hasPrefix("- ") || rest.hasPrefix("* ") || rest.hasPrefix("+ ") { return indent + 2 }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, digits.count < 10 {
      let after = rest.dropFirst(digits.count)
      if after.hasPrefix(". ") || after.hasPrefix(") ") { return indent + digits.count + 2 }
    }
    return nil
  }
}
