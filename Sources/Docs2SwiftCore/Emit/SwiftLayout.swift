/// The one line-length rule of the generated Swift: a statement whose one-line form is longer
/// than the checked-in swift-format configuration's line length (`.swift-format`: 120) is laid
/// out broken, where swift-format breaks it. View builders write the one-line form (its
/// indentation included) and ask; templates lay out both forms.
enum SwiftLayout {
  static let lineLength = 120

  /// Whether `line` (indentation included) is longer than a line.
  static func overflows(_ line: String) -> Bool {
    (line.isASCII() ? line.utf8.count : line.count) > lineLength
  }

  /// `level` indentation steps of two spaces.
  static func indent(_ level: Int) -> String {
    String(repeating: " ", count: 2 * level)
  }

  /// The contents of the string literal of `@Test("…")` at one indentation step: `text`,
  /// shortened at a word with `…` when the line would be too long (a string literal is never
  /// broken, so swift-format would report it).
  static func testDisplayName(_ text: String) -> String {
    func line(_ contents: String) -> String { indent(1) + "@Test(\"" + contents + "\")" }
    var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var contents = SwiftNaming.stringLiteralContents(text)
    while overflows(line(contents)), words.count > 1 {
      words.removeLast()
      contents = SwiftNaming.stringLiteralContents(words.joined(separator: " ") + "…")
    }
    return contents
  }
}
