import Foundation

/// Cuts a flattened Stainless reference (every newline replaced by a space) back into
/// CommonMark blocks. It knows the shape of the format, not the API: headings of the
/// reference's sections, the signature and HTTP lines, fenced code, and list items whose code
/// span is a field (`` `name: Type` ``), an enum value (`` `"VALUE"` ``), a class or a type.
/// Field items all come out at the top level; their nesting is recovered later from evidence.
struct FlatReferenceRestorer {
  let bytes: [UInt8]
  private(set) var out: [UInt8] = []
  private(set) var segments: [OffsetSegment] = []
  private var index = 0

  private enum Section {
    case preamble
    /// After an operation heading: the signature, then the HTTP line, then the description.
    case operationHeader
    case operationDescription
    case examples
    case fields
    case code
    case domainTypes
  }

  private var section = Section.preamble
  /// A list item is open: blocks that belong to it are indented under it.
  private var inItem = false
  /// The last block written was a list item or inside one (so a new item needs no blank line).
  private var inList = false
  /// In the Examples section, a new item may start here (after a heading or a fence).
  private var exampleItemMayStart = false

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  mutating func run() {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    while true {
      skipSpaces()
      guard index < bytes.count else { break }
      if let heading = heading(at: index) {
        emitHeading(heading)
      } else if startsFence(at: index) {
        emitFence()
      } else if let itemEnd = itemStart(at: index) {
        emitItemStart(contentStart: itemEnd)
      } else {
        emitText(upTo: nextBoundary(after: index))
      }
    }
    if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
  }

  // MARK: Recognizers

  private struct Heading {
    var level: Int
    var titleStart: Int
    var titleEnd: Int
    var next: Section
  }

  private func isBoundaryPosition(_ position: Int) -> Bool {
    position == 0 || bytes[position - 1] == UInt8(ascii: " ")
      || (position == 3 && bytes.starts(with: [0xEF, 0xBB, 0xBF]))
  }

  private func matches(_ literal: String, at position: Int) -> Bool {
    let utf8 = literal.utf8
    guard bytes.count - position >= utf8.count else { return false }
    var p = position
    for byte in utf8 {
      if bytes[p] != byte { return false }
      p += 1
    }
    return true
  }

  private static func isIdentifierByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
      || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
  }

  /// A short title: no markup, no sentence punctuation, at most 80 bytes, ending where
  /// `terminator` starts. Returns the title's end.
  private func title(from start: Int, until terminator: String) -> Int? {
    var p = start
    while p < bytes.count, p - start <= 80 {
      if matches(terminator, at: p) { return p > start ? p : nil }
      let b = bytes[p]
      if b == UInt8(ascii: "#") || b == UInt8(ascii: "`") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
        || b == UInt8(ascii: "*")
      {
        return nil
      }
      p += 1
    }
    return nil
  }

  private func heading(at position: Int) -> Heading? {
    guard isBoundaryPosition(position), position < bytes.count, bytes[position] == UInt8(ascii: "#") else {
      return nil
    }
    if matches("#### Response", at: position), followedByBoundary(position + 13) {
      return Heading(level: 4, titleStart: position + 5, titleEnd: position + 13, next: .code)
    }
    if matches("### ", at: position) {
      let start = position + 4
      // Under Domain Types a heading is a type's, whatever its words (a type named `Parameters`).
      if section == .domainTypes, let end = title(from: start, until: " - `") {
        return Heading(level: 3, titleStart: start, titleEnd: end, next: .domainTypes)
      }
      for (word, next) in [
        ("Examples", Section.examples), ("Parameters", .fields), ("Returns", .fields), ("Example", .code),
        ("Authorization", .operationDescription),
      ]
      where matches(word, at: start) && followedByBoundary(start + word.utf8.count) {
        return Heading(level: 3, titleStart: start, titleEnd: start + word.utf8.count, next: next)
      }
      return nil
    }
    if matches("## ", at: position) {
      let start = position + 3
      if matches("Domain Types", at: start), followedByBoundary(start + 12) {
        return Heading(level: 2, titleStart: start, titleEnd: start + 12, next: .domainTypes)
      }
      var p = start
      while p < bytes.count, Self.isIdentifierByte(bytes[p]) { p += 1 }
      if p > start, matches(" `", at: p) {
        return Heading(level: 2, titleStart: start, titleEnd: p, next: .operationHeader)
      }
      // A heading of several words (`## Retrieve Widget`, as REST references write them):
      // words up to the signature's code span `resource.method(`.
      if let end = title(from: start, until: " `"), isSignatureSpan(at: end + 1) {
        return Heading(level: 2, titleStart: start, titleEnd: end, next: .operationHeader)
      }
      return nil
    }
    if matches("# ", at: position) {
      let start = position + 2
      if let end = title(from: start, until: " ## ") {
        return Heading(level: 1, titleStart: start, titleEnd: end, next: .preamble)
      }
      if let end = title(from: start, until: ""), end == bytes.count || trimmedEnd(end) == bytes.count {
        return Heading(level: 1, titleStart: start, titleEnd: trimmedEnd(end), next: .preamble)
      }
    }
    return nil
  }

  /// `` `a.b.c( `` at `position`: the code span of a method signature.
  private func isSignatureSpan(at position: Int) -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "`") else { return false }
    var p = position + 1
    var dots = 0
    while p < bytes.count, Self.isIdentifierByte(bytes[p]) || bytes[p] == UInt8(ascii: ".") {
      if bytes[p] == UInt8(ascii: ".") { dots += 1 }
      p += 1
    }
    return dots >= 1 && p < bytes.count && bytes[p] == UInt8(ascii: "(")
  }

  private func trimmedEnd(_ end: Int) -> Int {
    var e = bytes.count
    while e > end, bytes[e - 1] == UInt8(ascii: " ") { e -= 1 }
    return e
  }

  /// After a heading word: a space, or the end.
  private func followedByBoundary(_ position: Int) -> Bool {
    position >= bytes.count || bytes[position] == UInt8(ascii: " ")
  }

  private func startsFence(at position: Int) -> Bool {
    isBoundaryPosition(position) && matches("```", at: position)
  }

  /// A list item starting at `position`; returns where its content starts.
  private func itemStart(at position: Int) -> Int? {
    guard isBoundaryPosition(position), matches("- ", at: position) else { return nil }
    switch section {
    case .examples:
      return exampleItemMayStart ? position + 2 : nil
    case .fields, .domainTypes:
      return isItemCodeSpan(at: position + 2) ? position + 2 : nil
    default:
      return nil
    }
  }

  /// `` `name: Type` ``, `` `"VALUE"` ``, `` `class Name: …` `` or `` `Type[...]` ``.
  private func isItemCodeSpan(at position: Int) -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: "`") else { return false }
    var end = position + 1
    while end < bytes.count, bytes[end] != UInt8(ascii: "`") { end += 1 }
    guard end < bytes.count, end > position + 1 else { return false }
    let code = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
    guard ItemCode.isItemCode(code) else { return false }
    // A bare type item (`- `str``, `- `Iterable[Part]``) and an enum value item (`- `"eq"``)
    // have no description: a code span in prose (`` - `ACTIVE` - Account is… ``, `` - `eq`:
    // equals ``, `` - `"PREPAYMENT"`. Only draw-down… ``) is followed by text.
    let kind = ItemSyntax.kind(ofCode: code)
    if kind.isBareType || kind.isValue {
      let after = end + 1
      return after >= bytes.count || matches(" - `", at: after) || matches(" #", at: after)
        || matches(" ```", at: after) || after == trimmedEnd(after)
    }
    return true
  }

  private func nextBoundary(after start: Int) -> Int {
    var p = start + 1
    while p < bytes.count {
      if bytes[p - 1] == UInt8(ascii: " ") {
        let b = bytes[p]
        if b == UInt8(ascii: "#"), heading(at: p) != nil { return p }
        if b == UInt8(ascii: "`"), startsFence(at: p) { return p }
        if b == UInt8(ascii: "-"), itemStart(at: p) != nil { return p }
      }
      p += 1
    }
    return bytes.count
  }

  // MARK: Writers

  private mutating func skipSpaces() {
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
  }

  private mutating func write(_ literal: String) {
    out.append(contentsOf: literal.utf8)
  }

  private mutating func copy(_ start: Int, _ end: Int) {
    var end = end
    while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end > start else { return }
    segments.append(OffsetSegment(normalizedStart: out.count, sourceStart: start, length: end - start))
    out.append(contentsOf: bytes[start..<end])
  }

  /// Ends the current line and leaves one blank line, unless at the start.
  private mutating func separateBlock() {
    guard !out.isEmpty else { return }
    write("\n\n")
  }

  private var indent: String { inItem ? "  " : "" }

  private mutating func emitHeading(_ heading: Heading) {
    separateBlock()
    // The heading stands in the input as written: `## Title`.
    copy(heading.titleStart - heading.level - 1, heading.titleEnd)
    index = heading.titleEnd
    section = heading.next
    inItem = false
    inList = false
    exampleItemMayStart = section == .examples
  }

  private mutating func emitFence() {
    let open = index
    var p = index + 3
    while p < bytes.count, Self.isIdentifierByte(bytes[p]) { p += 1 }
    let infoEnd = p
    // The content runs to the next ``` (an unterminated fence runs to the end; the parser
    // reports it).
    var close = p
    while close < bytes.count, !matches("```", at: close) { close += 1 }
    let contentStart = min(p + 1, close)
    let contentEnd = close

    if inItem {
      write("\n")
    } else {
      separateBlock()
    }
    write(indent)
    copy(open, infoEnd)
    write("\n" + indent)
    copy(contentStart, contentEnd)
    if close < bytes.count {
      write("\n" + indent)
      copy(close, close + 3)
      index = close + 3
    } else {
      index = bytes.count
    }
    exampleItemMayStart = section == .examples
    if !inItem { inList = false }
  }

  private mutating func emitItemStart(contentStart: Int) {
    if inList {
      write("\n")
    } else {
      separateBlock()
    }
    inItem = true
    inList = true
    exampleItemMayStart = false
    index = contentStart
    let end = nextBoundary(after: index)
    copy(contentStart - 2, end)  // `- ` and the item's first line, as written
    index = end
  }

  private mutating func emitText(upTo end: Int) {
    let start = index
    index = end
    switch section {
    case .operationHeader:
      emitOperationHeader(start, end)
    case .operationDescription, .preamble:
      emitDescription(start, end)
    default:
      if inItem {
        // More of the open item after a fence inside it: a paragraph of the item.
        write("\n" + indent)
        copy(start, end)
      } else {
        separateBlock()
        copy(start, end)
      }
    }
  }

  /// `` `signature` `` then `**post** `/path`` then the description, each its own paragraph.
  private mutating func emitOperationHeader(_ start: Int, _ end: Int) {
    var p = start
    /// Writes `p..<(the backtick closing the code span at or after from)` as a paragraph.
    func paragraph(endingWithCodeSpanAt from: Int) {
      guard from < end, bytes[from] == UInt8(ascii: "`") else { return }
      var close = from + 1
      while close < end, bytes[close] != UInt8(ascii: "`") { close += 1 }
      guard close < end else { return }
      separateBlock()
      copy(p, close + 1)
      p = close + 1
      while p < end, bytes[p] == UInt8(ascii: " ") { p += 1 }
    }
    paragraph(endingWithCodeSpanAt: p)
    if matches("**", at: p) {
      var q = p + 2
      while q < end, bytes[q] != UInt8(ascii: "*") { q += 1 }
      if matches("** `", at: q) { paragraph(endingWithCodeSpanAt: q + 3) }
    }
    section = .operationDescription
    if p < end { emitDescription(p, end) }
  }

  /// Prose: a lead-in ending in `:` followed by ` - ` items becomes its own paragraph and a
  /// bullet list; a ` - ` elsewhere is an ordinary dash.
  private mutating func emitDescription(_ start: Int, _ end: Int) {
    var listStart: Int?
    var p = start
    while p + 3 < end {
      if bytes[p] == UInt8(ascii: ":"), matches(" - ", at: p + 1) {
        listStart = p + 1
        break
      }
      p += 1
    }
    guard let listStart else {
      separateBlock()
      copy(start, end)
      inList = false
      return
    }
    // Lead-in sentence as its own paragraph.
    var leadIn = start
    var q = listStart
    while q > start + 1 {
      if bytes[q - 1] == UInt8(ascii: " "), bytes[q - 2] == UInt8(ascii: ".") {
        leadIn = q
        break
      }
      q -= 1
    }
    if leadIn > start {
      separateBlock()
      copy(start, leadIn)
    }
    separateBlock()
    copy(leadIn, listStart)
    separateBlock()
    // Items: split at every " - ".
    var itemStart = listStart + 3
    var r = itemStart
    var first = true
    while r <= end {
      if r == end || matches(" - ", at: r) {
        if !first { write("\n") }
        first = false
        write("- ")
        copy(itemStart, r)
        itemStart = r + 3
        r += 3
        continue
      }
      r += 1
    }
    inList = false
  }
}

/// What a list item's leading code span says.
enum ItemCode {
  /// `name: Type`, `"VALUE"`, `class Name: …`, or a bare type (`object`, `Literal["A", "B"]`).
  static func isItemCode(_ code: String) -> Bool {
    // A value of a `Literal[8000, 16000]` or `Literal[True]` field, listed as `8000`, `True`.
    if ItemSyntax.isUnquotedLiteral(code) { return true }
    let bytes = Array(code.utf8)
    // ASCII without a carriage return (each byte a character): the same rules on bytes.
    if bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return isASCIIItemCode(bytes) }
    if code.hasPrefix("\""), code.hasSuffix("\""), code.count >= 2 { return true }
    if code.hasPrefix("class ") { return true }
    let utf8 = bytes
    guard let first = utf8.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
    if let colon = code.firstIndex(of: ":") {
      let name = code[..<colon]
      return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && code[colon...].hasPrefix(": ")
    }
    return !code.replacingOccurrences(of: ", ", with: ",").contains(" ")
  }

  private static func isASCIIItemCode(_ bytes: [UInt8]) -> Bool {
    if bytes.count >= 2, bytes[0] == UInt8(ascii: "\""), bytes[bytes.count - 1] == UInt8(ascii: "\"") { return true }
    if bytes.starts(with: "class ".utf8) { return true }
    guard let first = bytes.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
    if let colon = bytes.firstIndex(of: UInt8(ascii: ":")) {
      let isName = bytes[..<colon].allSatisfy {
        isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_")
      }
      return isName && colon + 1 < bytes.count && bytes[colon + 1] == UInt8(ascii: " ")
    }
    // No space but those right after a comma (`Dict[str, Foo]`).
    for index in bytes.indices where bytes[index] == UInt8(ascii: " ") {
      if index == 0 || bytes[index - 1] != UInt8(ascii: ",") { return false }
    }
    return true
  }

  private static func isLetter(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
  }
}
