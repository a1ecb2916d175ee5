#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The two kinds of file write the writer needs, in POSIX terms (Foundation's `Data.write`
/// flushes every file to disk on Linux: 166 `fsync` calls for the seed's package, which made a
/// fresh generation's wall time follow the disk).
enum FileWrites {
  struct Failure: Error {
    var path: String
    var code: Int32
    var message: String { "cannot write '\(path)': \(String(cString: strerror(code)))" }
  }

  /// Writes `bytes` to `path` (created or truncated) without flushing them to disk. Generated
  /// files need no flush: the journal is the commit point, and a file that a power loss left
  /// torn differs from what `generate` produces, so the next run writes it again.
  static func write(_ bytes: some Collection<UInt8>, to path: String) throws(Failure) {
    try write(bytes, to: path, flush: false)
  }

  /// Writes `bytes` to `path` durably: written, flushed, then renamed over `path` from a
  /// temporary file beside it, and the folder flushed so the rename is durable too.
  static func writeDurably(_ bytes: some Collection<UInt8>, to path: String) throws(Failure) {
    let temporary = path + ".tmp"
    try write(bytes, to: temporary, flush: true)
    guard rename(temporary, path) == 0 else { throw Failure(path: path, code: errno) }
    let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY)
    if descriptor >= 0 {
      _ = fsync(descriptor)
      _ = close(descriptor)
    }
  }

  private static func write(_ bytes: some Collection<UInt8>, to path: String, flush: Bool) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
    var failure: Int32 = 0
    let array = Array(bytes)
    array.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        #if canImport(Glibc)
          let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        #else
          let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        #endif
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == 0, flush, fsync(descriptor) != 0 { failure = errno }
    if close(descriptor) != 0, failure == 0 { failure = errno }
    if failure != 0 { throw Failure(path: path, code: failure) }
  }
}
