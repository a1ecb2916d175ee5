#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension StringProtocol {
  /// The text on one line: each run of whitespace one space, none at the ends, as splitting on
  /// `Character.isWhitespace` and joining with spaces gives. Read on UTF-8 bytes: text already so
  /// (most descriptions) comes back as it is, ASCII text is rebuilt byte by byte, and only other
  /// text is split by characters (the recovery compares every field's description so, and the
  /// Swift model writes every summary so).
  func collapsingWhitespace() -> String {
    var previousIsSpace = true  // a leading space is a run to collapse too
    var before: (UInt8, UInt8) = (0, 0)  // the two bytes before, for multi-byte spaces
    var collapsed = true
    scan: for byte in utf8 {
      switch (before.0, before.1, byte) {
      case (_, _, 0x09...0x0D), (_, 0xC2, 0x85), (_, 0xC2, 0xA0), (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A),
        (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
        collapsed = false
        break scan
      case (_, _, 0x20):
        if previousIsSpace {
          collapsed = false
          break scan
        }
        previousIsSpace = true
      default:
        previousIsSpace = false
      }
      before = (before.1, byte)
    }
    if collapsed, !previousIsSpace || isEmpty { return String(self) }
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count)
    var pendingSpace = false
    for byte in utf8 {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(0x20) }
        pendingSpace = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `other` occurs in the text, comparing UTF-8 bytes. Foundation's `contains(_:)`
  /// goes through `NSString` and a copy of the text to UTF-16 on every call, which made it a
  /// tenth of `generate`'s instructions; the needles here are ASCII markers.
  func containsText(_ other: String) -> Bool {
    var other = other
    return other.withUTF8 { needle in
      guard let first = needle.first else { return true }
      let found = utf8.withContiguousStorageIfAvailable { haystack in
        Self.search(needle, first: first, in: haystack)
      }
      if let found { return found }
      var copy = String(self)
      return copy.withUTF8 { Self.search(needle, first: first, in: $0) }
    }
  }

  private static func search(
    _ needle: UnsafeBufferPointer<UInt8>, first: UInt8, in haystack: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
    // memchr finds each candidate first byte (vectorized), then the rest is compared.
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      guard let found = memchr(base + index, Int32(first), last - index + 1) else { return false }
      index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      var offset = 1
      while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
      if offset == needle.count { return true }
      index += 1
    }
    return false
  }
}

enum TextLines {
  /// The lines of `text`, empty ones kept: what `text.split(separator: "\n",
  /// omittingEmptySubsequences: false)` gives, found by splitting the UTF-8 bytes, which is
  /// several times faster. A line feed is a character of its own except after a carriage return
  /// (`"\r\n"` is one character, which a split at `"\n"` keeps whole): text with a carriage
  /// return is split by characters.
  static func split(_ text: String) -> [String] {
    guard text.count(ofByte: UInt8(ascii: "\r")) == 0 else {
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var start = 0
      while let base = bytes.baseAddress, start <= bytes.count {
        let end =
          memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start).map {
            base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
          } ?? bytes.count
        lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        start = end + 1
      }
      return lines.isEmpty ? [""] : lines
    }
  }
}

extension StringProtocol {
  /// Whether every UTF-8 byte is ASCII; with `withoutCarriageReturn`, also that none is a
  /// carriage return (then each byte is one `Character`: only `"\r\n"` joins two ASCII bytes).
  /// A loop over the contiguous bytes: several times faster than `utf8.allSatisfy`.
  func isASCII(withoutCarriageReturn: Bool = false) -> Bool {
    let check = { (buffer: UnsafeBufferPointer<UInt8>) -> Bool in
      var any: UInt8 = 0
      for byte in buffer { any |= byte }
      guard any < 0x80 else { return false }
      guard withoutCarriageReturn, let base = buffer.baseAddress else { return true }
      return memchr(base, 0x0D, buffer.count) == nil
    }
    if let result = utf8.withContiguousStorageIfAvailable(check) { return result }
    var copy = String(self)
    return copy.withUTF8(check)
  }

  /// How many times `byte` occurs among the UTF-8 bytes.
  func count(ofByte byte: UInt8) -> Int {
    let count = { (buffer: UnsafeBufferPointer<UInt8>) -> Int in
      var count = 0
      for element in buffer { count &+= element == byte ? 1 : 0 }
      return count
    }
    if let result = utf8.withContiguousStorageIfAvailable(count) { return result }
    var copy = String(self)
    return copy.withUTF8(count)
  }
}
