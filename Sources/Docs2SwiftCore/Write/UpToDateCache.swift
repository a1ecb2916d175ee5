import Foundation

/// Skips a regeneration whose result is already on disk, as a build system's up-to-date check
/// does: the build-tool plugin runs `generate` on every build, and almost every time nothing
/// changed.
///
/// After a run that wrote (or checked) its output, `record` stores beside the output (in
/// `.docs2swift-cache`, which is not a generated file: no manifest lists it, `--check` ignores
/// it, deleting it only costs the next run its shortcut) a fingerprint of everything the output
/// follows from, and each output file's size, modification time and inode. The next run computes
/// the fingerprint again and, when it matches and every output file is still the one written
/// (same size, time and inode: an edit, a deletion or a rename changes one of them), answers
/// from the cache: the same diagnostics and summary, no file read but the inputs.
///
/// The fingerprint covers the running docs2swift executable (its path, size, modification time
/// and inode: a rebuilt or replaced binary is another generator), the command line, the bytes of
/// every input file (the reference, the config, each template of `--templates`), and the boot
/// of the machine (the outputs are not flushed, so after a power loss one may be torn). Any
/// doubt (no cache, a torn one, an interrupted write's staging folder, a file that moved) runs
/// the whole generation, which compares every file's bytes.
public enum UpToDateCache {
  public static let fileName = ".docs2swift-cache"
  static let header = "docs2swift up-to-date cache 1"

  /// What a cached run printed.
  public struct Entry: Sendable, Equatable {
    /// The diagnostics, one `file:line:column: severity: message` line each.
    public var diagnostics: [String]
    /// How many output files the run left up to date.
    public var fileCount: Int
  }

  /// The fingerprint of a run: `options` (its command line) and the bytes of `inputs` (paths;
  /// a missing file counts as absent), with the executable's identity. Nil when the executable
  /// cannot be found (then nothing is cached).
  public static func fingerprint(options: [String], inputs: [String]) -> String? {
    guard let executable = executablePath(), let identity = identity(of: executable) else { return nil }
    var hash = FNV1a()
    hash.add("executable \(executable) \(identity)\n")
    // The output files are not flushed: after a power loss one may be torn while its size,
    // time and inode look as recorded. A cache is only trusted within the boot that wrote it.
    hash.add("boot \(bootIdentity())\n")
    for option in options { hash.add("option \(option)\n") }
    for input in inputs {
      hash.add("input \(input) ")
      if let data = FileManager.default.contents(atPath: input) {
        hash.add("\(data.count) ")
        hash.add(data)
      } else {
        hash.add("absent")
      }
      hash.add("\n")
    }
    return hash.hex
  }

  /// The cached run for `fingerprint` when the outputs it recorded are all still in place.
  /// `directory`: the output folder (its staging folder must not exist), or nil for one file.
  public static func lookup(fingerprint: String, cache: String, directory: String?) -> Entry? {
    if let directory {
      var status = stat()
      if lstat((directory as NSString).appendingPathComponent(OutputWriter.stagingName), &status) == 0 { return nil }
    }
    guard let data = FileManager.default.contents(atPath: cache) else { return nil }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    guard lines.count >= 3, lines[0] == header, lines[1] == "fingerprint \(fingerprint)" else { return nil }
    var diagnostics: [String] = []
    var fileCount = 0
    var index = 2
    while index < lines.count {
      let line = lines[index]
      index += 1
      if line.hasPrefix("file ") {
        // `file <size> <seconds> <nanoseconds> <inode> <path>`
        let parts = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, identity(of: String(parts[5])) == parts[1...4].joined(separator: " ") else {
          return nil
        }
      } else if line.hasPrefix("count "), let count = Int(line.dropFirst(6)) {
        fileCount = count
      } else if line.hasPrefix("diagnostic ") {
        diagnostics.append(String(line.dropFirst(11)))
      } else if line == "end" {
        return Entry(diagnostics: diagnostics, fileCount: fileCount)
      } else {
        return nil
      }
    }
    return nil  // torn: no `end`
  }

  /// Records a run: its fingerprint, the output files (absolute or relative to the working
  /// folder), what it printed. A failure to write only loses the shortcut.
  public static func record(
    fingerprint: String, cache: String, outputs: [String], fileCount: Int, diagnostics: [String]
  ) {
    var text = header + "\nfingerprint \(fingerprint)\n"
    for output in outputs {
      guard let identity = identity(of: output) else {
        try? FileManager.default.removeItem(atPath: cache)
        return
      }
      text += "file \(identity) \(output)\n"
    }
    text += "count \(fileCount)\n"
    for line in diagnostics {
      for part in line.split(separator: "\n", omittingEmptySubsequences: false) { text += "diagnostic \(part)\n" }
    }
    text += "end\n"
    do {
      try FileWrites.write(text.utf8, to: cache)
    } catch {
      try? FileManager.default.removeItem(atPath: cache)
    }
  }

  /// `size seconds nanoseconds inode` of a regular file, or nil.
  static func identity(of path: String) -> String? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    #if canImport(Darwin)
      let time = status.st_mtimespec
    #else
      let time = status.st_mtim
    #endif
    return "\(status.st_size) \(time.tv_sec) \(time.tv_nsec) \(status.st_ino)"
  }

  /// What tells this boot of the machine from the last.
  static func bootIdentity() -> String {
    #if os(Linux)
      let data = FileManager.default.contents(atPath: "/proc/sys/kernel/random/boot_id") ?? Data()
      return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    #elseif canImport(Darwin)
      var time = timeval()
      var size = MemoryLayout<timeval>.size
      guard sysctlbyname("kern.boottime", &time, &size, nil, 0) == 0 else { return "" }
      return "\(time.tv_sec).\(time.tv_usec)"
    #else
      return ""
    #endif
  }

  static func executablePath() -> String? {
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: 4096)
      let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      guard count > 0 else { return nil }
      return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    #else
      return Bundle.main.executablePath
    #endif
  }
}

/// 64-bit FNV-1a: a fingerprint, not a defence against someone crafting collisions (the cache
/// only ever skips work whose inputs the same user controls).
struct FNV1a {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ text: String) {
    var text = text
    text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
  }

  mutating func add(_ data: Data) {
    data.withUnsafeBytes { add($0) }
  }

  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    var state = self.state
    for byte in bytes {
      state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    self.state = state
  }

  var hex: String {
    let digits = String(state, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
