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
}
