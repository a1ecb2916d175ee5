extension StringProtocol {
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
    guard needle.count <= haystack.count else { return false }
    var index = 0
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var offset = 1
        while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
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
    return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      String(Substring($0))
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
      var carriageReturn = false
      for byte in buffer {
        any |= byte
        carriageReturn = carriageReturn || byte == 0x0D
      }
      return any < 0x80 && !(withoutCarriageReturn && carriageReturn)
    }
    if let result = utf8.withContiguousStorageIfAvailable(check) { return result }
    var copy = String(self)
    return copy.withUTF8(check)
  }

  /// How many times `byte` occurs among the UTF-8 bytes.
  func count(ofByte byte: UInt8) -> Int {
    let count = { (buffer: UnsafeBufferPointer<UInt8>) -> Int in
      var count = 0
      for element in buffer where element == byte { count += 1 }
      return count
    }
    if let result = utf8.withContiguousStorageIfAvailable(count) { return result }
    var copy = String(self)
    return copy.withUTF8(count)
  }
}
