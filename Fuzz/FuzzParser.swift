// libFuzzer entry point for the normalizer, libcmark reader and IR builder. Built by
// scripts/fuzz.sh with `swiftc -sanitize=fuzzer,address` over the parser's sources.
// Every input must end in an IR or a located error: no crash, no hang, no sanitizer report.

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
  } catch {
    precondition(!error.diagnostics.isEmpty, "an error without a diagnostic")
    for diagnostic in error.diagnostics where diagnostic.location != nil {
      precondition(diagnostic.location!.line >= 1 && diagnostic.location!.column >= 1, "a location before the file")
    }
  }
  return 0
}
