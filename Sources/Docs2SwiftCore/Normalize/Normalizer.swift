/// The reference as CommonMark with one block per line, ready for libcmark, plus the map from
/// each of its byte offsets back to the file as given (so diagnostics point into the input).
public struct NormalizedDocument: Sendable {
  public var text: String
  /// True when the input was a flattened reference (every newline replaced by a space). Its
  /// field lists come out flat (nesting unknown); the builder recovers the nesting.
  public var wasFlattened: Bool
  let segments: [OffsetSegment]

  /// The byte offset in the original file for a byte offset of `text`.
  public func sourceOffset(ofNormalizedOffset offset: Int) -> Int {
    guard !segments.isEmpty else { return offset }
    var low = 0
    var high = segments.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if segments[mid].normalizedStart <= offset { low = mid } else { high = mid - 1 }
    }
    let segment = segments[low]
    let delta = min(max(0, offset - segment.normalizedStart), segment.length)
    return segment.sourceStart + delta
  }
}

/// A run of `length` bytes copied from `sourceStart` in the input to `normalizedStart`.
struct OffsetSegment: Sendable {
  var normalizedStart: Int
  var sourceStart: Int
  var length: Int
}

/// Stage 1: restores the block structure of a reference. A reference that already has its
/// lines passes through (line endings unified to LF, a BOM dropped); a flattened one is cut
/// back into blocks at the boundaries the Stainless reference format makes recognizable.
public enum Normalizer {
  public static func normalize(_ source: SourceFile) -> NormalizedDocument {
    let bytes = source.utf8
    if isFlattened(bytes) {
      var restorer = FlatReferenceRestorer(bytes: bytes)
      restorer.run()
      return NormalizedDocument(
        text: String(decoding: restorer.out, as: UTF8.self), wasFlattened: true,
        segments: restorer.segments)
    }
    return unifyLineEndings(bytes)
  }

  /// A flattened reference is one line holding several structural headings.
  static func isFlattened(_ bytes: [UInt8]) -> Bool {
    var end = bytes.count
    while end > 0, [0x0A, 0x0D, 0x20, 0x09].contains(bytes[end - 1]) { end -= 1 }
    if bytes[0..<end].contains(0x0A) || bytes[0..<end].contains(0x0D) { return false }
    return bytes.starts(with: Array("# ".utf8)) || bytes.starts(with: Array("\u{FEFF}# ".utf8))
  }

  static func unifyLineEndings(_ bytes: [UInt8]) -> NormalizedDocument {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var segments: [OffsetSegment] = []
    var index = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    var runStart = index
    func flush(_ end: Int) {
      if end > runStart {
        segments.append(OffsetSegment(normalizedStart: out.count, sourceStart: runStart, length: end - runStart))
        out.append(contentsOf: bytes[runStart..<end])
      }
    }
    while index < bytes.count {
      if bytes[index] == 0x0D {
        flush(index)
        segments.append(OffsetSegment(normalizedStart: out.count, sourceStart: index, length: 1))
        out.append(0x0A)
        index += (index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
        runStart = index
      } else {
        index += 1
      }
    }
    flush(index)
    return NormalizedDocument(text: String(decoding: out, as: UTF8.self), wasFlattened: false, segments: segments)
  }
}
