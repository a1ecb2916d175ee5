/// The text of one input file with its line table, to turn byte offsets into line:column.
public struct SourceFile: Sendable {
  public let path: String
  public let text: String
  let utf8: [UInt8]
  /// Byte offset at which each line starts.
  let lineStarts: [Int]

  public init(path: String, text: String) {
    self.path = path
    self.text = text
    self.utf8 = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  /// The location of a byte offset (clamped into the file).
  public func location(ofOffset offset: Int) -> SourceLocation {
    let offset = max(0, min(offset, utf8.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return SourceLocation(file: path, line: low + 1, column: offset - lineStarts[low] + 1)
  }

  /// The byte offset of a 1-based line and column (clamped).
  public func offset(line: Int, column: Int) -> Int {
    let lineIndex = max(0, min(line - 1, lineStarts.count - 1))
    return min(lineStarts[lineIndex] + max(0, column - 1), utf8.count)
  }
}
