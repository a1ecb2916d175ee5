// libFuzzer entry point for the normalizer, libcmark reader, IR builder and generator. Built by
// scripts/fuzz.sh with `swiftc -sanitize=fuzzer,address` over the core's sources.
// Every input must end in an IR or a located error: no crash, no hang, no sanitizer report.
// An input that parses is generated too: an error is fine, a package with a live string
// interpolation that no template or runtime file wrote is a failure (reference text is data).

let renderer = TemplateRenderer()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  _ = Pipeline.firstInvalidUTF8Offset(Array(bytes))
  let text = String(decoding: bytes, as: UTF8.self)
  do {
    let result = try Pipeline.parse(SourceFile(path: "fuzz.md", text: text))
    // What parses must format, and the formatted text must parse again.
    let formatted = ReferenceFormatter.format(result.reference)
    _ = try? Pipeline.parse(SourceFile(path: "formatted.md", text: formatted))
    _ = IRExport.json(result.api)
    if let output = try? PackageEmitter.emit(result.api, renderer: renderer) {
      let foreign = LiteralSafety.foreignInterpolations(in: output.files)
      precondition(foreign.isEmpty, "reference text became a live interpolation: \(foreign)")
    }
  } catch {
    precondition(!error.diagnostics.isEmpty, "an error without a diagnostic")
    for diagnostic in error.diagnostics where diagnostic.location != nil {
      precondition(diagnostic.location!.line >= 1 && diagnostic.location!.column >= 1, "a location before the file")
    }
  }
  return 0
}
