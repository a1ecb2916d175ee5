/// Documentation in Swift terms: the reference's sentences keep their meaning, not their
/// Python spelling. A field's description that starts with the field's documented name
/// (`organization_id is the ID of…`) names the Swift property instead, and snake_case names of
/// sibling fields become their Swift names (`use cloud_account_id` → ``use `cloudAccountID` ``).
enum SwiftDocumentation {
  /// `description` with `names` (documented name → Swift name) written in Swift. The leading
  /// word is replaced when it is `own`; elsewhere only names with an underscore, as whole words.
  static func swiftNamed(_ description: String, own: (documented: String, swift: String), names: [String: String])
    -> String
  {
    guard !description.isEmpty else { return description }
    var text = Substring(description)
    var out = ""
    if text.hasPrefix(own.documented + " ") {
      out = "`\(own.swift)`"
      text = text.dropFirst(own.documented.count)
    }
    guard names.keys.contains(where: { $0.containsText("_") }) else { return out + text }
    // Whole words only: a name is a run of letters, digits and underscores, outside code spans
    // and code blocks it is written as a code span, inside code spans as is.
    if text.isASCII(withoutCarriageReturn: true) {
      return out + swiftNamedASCII(text, names: names)
    }
    var word = ""
    var inCode = false
    func flush() {
      guard !word.isEmpty else { return }
      if word.containsText("_"), let swift = names[word] {
        out += inCode ? swift : "`\(swift)`"
      } else {
        out += word
      }
      word = ""
    }
    for character in text {
      if character.isLetter || character.isNumber || character == "_" {
        word.append(character)
        continue
      }
      flush()
      if character == "`" { inCode.toggle() }
      out.append(character)
    }
    flush()
    return out
  }

  /// The loop of `swiftNamed` on the bytes of ASCII text (each byte a character).
  private static func swiftNamedASCII(_ text: Substring, names: [String: String]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    var wordStart: Int?
    var inCode = false
    let bytes = Array(text.utf8)
    func flush(_ end: Int) {
      guard let start = wordStart else { return }
      wordStart = nil
      let word = bytes[start..<end]
      if word.contains(UInt8(ascii: "_")), let swift = names[String(decoding: word, as: UTF8.self)] {
        if !inCode { out.append(UInt8(ascii: "`")) }
        out.append(contentsOf: swift.utf8)
        if !inCode { out.append(UInt8(ascii: "`")) }
      } else {
        out.append(contentsOf: word)
      }
    }
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
        if wordStart == nil { wordStart = index }
      default:
        flush(index)
        if byte == UInt8(ascii: "`") { inCode.toggle() }
        out.append(byte)
      }
    }
    flush(bytes.count)
    return String(decoding: out, as: UTF8.self)
  }
}
