import Foundation

/// The front half of the pipeline: file → normalize → libcmark → read → recover → build → IR.
public enum Pipeline {
  /// What reading one reference gives: the IR, the recovered reference (for `format`), and
  /// the warnings made on the way.
  public struct Result: Sendable {
    public var api: APIDocument
    public var reference: ReferenceSyntax
    public var warnings: [Diagnostic]
  }

  /// Reads and parses the reference at `path`. Errors carry `file:line:column` diagnostics.
  public static func load(path: String) throws(DiagnosticError) -> Result {
    let source = try readSource(path: path)
    return try parse(source)
  }

  public static func readSource(path: String) throws(DiagnosticError) -> SourceFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticError("cannot read '\(path)'", at: nil)
    }
    guard let text = String(validatingUTF8Data: data) else {
      let offset = firstInvalidUTF8Offset(Array(data)) ?? 0
      let prefix = SourceFile(path: path, text: String(decoding: data.prefix(offset), as: UTF8.self))
      throw DiagnosticError("the file is not valid UTF-8", at: prefix.location(ofOffset: offset))
    }
    return SourceFile(path: path, text: text)
  }

  public static func parse(_ source: SourceFile) throws(DiagnosticError) -> Result {
    var timings = StageTimings()
    return try parse(source, timings: &timings)
  }

  /// How long each stage took (for the benchmarks): wall time, and the process's CPU time.
  public struct StageTimings: Sendable {
    public var stages: [(name: String, duration: Duration, cpu: Duration)] = []
    public init() {}

    mutating func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
      let start = ContinuousClock.now
      let cpuStart = Self.processCPUTime()
      defer { stages.append((name, ContinuousClock.now - start, Self.processCPUTime() - cpuStart)) }
      return try body()
    }

    /// The CPU time (user and system) the process has used so far.
    public static func processCPUTime() -> Duration {
      var time = timespec()
      clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
      return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
  }

  /// `parse(_:)`, recording each stage's duration.
  public static func parse(_ source: SourceFile, timings: inout StageTimings) throws(DiagnosticError) -> Result {
    if source.text.allSatisfy(\.isWhitespace) {
      throw DiagnosticError("the reference is empty", at: SourceLocation(file: source.path, line: 1, column: 1))
    }
    let normalized = timings.measure("normalize") { Normalizer.normalize(source) }
    let tree = timings.measure("libcmark") { MarkdownParser.parse(normalized.text) }
    let map = SourceMap(original: source, normalized: normalized)
    let syntax = try timings.measure("read") { () throws(DiagnosticError) in try ReferenceReader(map: map).read(tree) }
    let recovered = try timings.measure("recover") { () throws(DiagnosticError) in
      try RecoveredReference.recover(syntax)
    }
    var builder = IRBuilder(recovered: recovered, file: source.path)
    let api = try timings.measure("build IR") { () throws(DiagnosticError) in try builder.build() }
    // In the reference's order, as a reader meets them (the stages find them in theirs); those
    // without a place first.
    let warnings = (recovered.warnings + builder.diagnostics.diagnostics).enumerated().sorted { a, b in
      switch (a.element.location, b.element.location) {
      case (let x?, let y?) where x != y: x < y
      case (nil, _?): true
      case (_?, nil): false
      default: a.offset < b.offset
      }
    }.map(\.element)
    return Result(api: api, reference: builder.reference, warnings: warnings)
  }

  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return nil
      case .error:
        return offset
      }
    }
  }
}

extension String {
  init?(validatingUTF8Data data: Data) {
    guard let text = String(validating: data, as: UTF8.self) else { return nil }
    self = text
  }
}
