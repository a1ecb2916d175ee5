import Foundation

/// The check behind the guarantee that reference text stays data (issue 19): a live string
/// interpolation in a generated Swift file that no template and no runtime file wrote can only
/// have come from the reference. The tests run it on the seed and the hostile reference; the
/// fuzz target runs it on every input that generates.
enum LiteralSafety {
  /// The interpolations of the templates and the runtime, as whole-match patterns in which the
  /// runtime's stand-in names stand for any name.
  static let allowedPatterns: [String] = {
    let texts = Array(EmbeddedResources.templates.values) + Array(EmbeddedResources.runtime.values)
    var expressions = Set<String>()
    for text in texts { expressions.formUnion(SwiftSourceScanner.liveInterpolations(in: text)) }
    return expressions.sorted().map { expression in
      let pattern = NSRegularExpression.escapedPattern(for: expression).replacingOccurrences(
        of: #"Example[A-Za-z]*|examplekit|example-kit-server"#, with: "[A-Za-z0-9_-]+", options: .regularExpression)
      return "^" + pattern + "$"
    }
  }()

  /// `path: \(expression)` for every live interpolation of `files`' Swift sources that no
  /// template or runtime file wrote; empty when the reference's text stayed data.
  static func foreignInterpolations(in files: [GeneratedFile]) -> [String] {
    let allowed = allowedPatterns.compactMap { try? NSRegularExpression(pattern: $0) }
    var found: [String] = []
    for file in files where file.path.hasSuffix(".swift") {
      for expression in SwiftSourceScanner.liveInterpolations(in: file.contents) {
        let range = NSRange(expression.startIndex..., in: expression)
        if !allowed.contains(where: { $0.firstMatch(in: expression, range: range) != nil }) {
          found.append("\(file.path): \\(\(expression))")
        }
      }
    }
    return found.sorted()
  }
}
