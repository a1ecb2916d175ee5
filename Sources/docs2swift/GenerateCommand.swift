import ArgumentParser
import Docs2SwiftCore
import Foundation

struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Generate a Swift package (models and tests) from a Markdown API reference.",
    discussion: """
      Writes Package.swift, Sources/<Module>/ and Tests/<Module>Tests/ into the output folder. \
      Only files whose contents changed are written; files listed in the folder's \
      .docs2swift-manifest that are no longer generated are removed; other files are never touched. \
      A run whose inputs (the reference, the config, the templates, the options and the docs2swift \
      executable) and outputs are as the last run left them is answered from .docs2swift-cache.
      """)

  @Argument(help: "The Markdown API reference.") var spec: String

  @Option(name: .shortAndLong, help: "The folder to write the package into.") var output: String = "Generated"

  @Option(help: "A folder of Mustache templates, each used instead of the built-in template of its name.")
  var templates: String?

  @Option(help: "A 'key: value' file: moduleName, clientName, accessModifier, zeroValueDefaults.")
  var config: String?

  @Flag(help: "Write nothing; exit 1 and name the files that are not up to date.") var check = false

  @Flag(
    help: """
      Run the whole generation even when nothing it follows from changed since the last run \
      (which is otherwise answered from the folder's .docs2swift-cache).
      """)
  var noCache = false

  @Flag(help: "Write only the library module's sources into the output folder (no Package.swift, no tests).")
  var sourcesOnly = false

  @Option(help: "Write the library module's sources as this one Swift file (build-tool plugins); no --output needed.")
  var singleFile: String?

  @Option(
    help: """
      Also write a starter server implementation here: one file per service with the handler \
      signatures and TODO bodies, only where that file does not exist yet (never overwritten).
      """)
  var serverStubs: String?

  /// Everything the output follows from, for the up-to-date cache; nil when it is not used
  /// (`--server-stubs` writes files it does not track).
  func fingerprint() -> String? {
    guard serverStubs == nil, !noCache else { return nil }
    var inputs = [spec, config ?? GeneratorConfig.discoveredPath(forReference: spec)]
    var options = [
      FileManager.default.currentDirectoryPath, spec, output, config ?? "-", templates ?? "-",
      sourcesOnly ? "sources-only" : "-", singleFile ?? "-",
    ]
    if let templates {
      let names = ((try? FileManager.default.contentsOfDirectory(atPath: templates)) ?? []).sorted()
      options += names
      inputs += names.map { (templates as NSString).appendingPathComponent($0) }
    }
    return UpToDateCache.fingerprint(options: options, inputs: inputs)
  }

  func run() throws {
    // Beside the single file (hidden: SwiftPM leaves dot files in a target's folder alone), or
    // in the output folder.
    let cache =
      singleFile.map { path in
        let name = (path as NSString).lastPathComponent
        return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
          "." + name + UpToDateCache.fileName)
      } ?? (output as NSString).appendingPathComponent(UpToDateCache.fileName)
    let fingerprint = fingerprint()
    if let fingerprint,
      let entry = UpToDateCache.lookup(
        fingerprint: fingerprint, cache: cache, directory: singleFile == nil ? output : nil)
    {
      // Nothing the output follows from changed, and the output is as written: the run's answer again.
      for line in entry.diagnostics { FileHandle.standardError.write(Data((line + "\n").utf8)) }
      if let singleFile {
        print("\(singleFile): unchanged")
      } else if check {
        print("\(output): \(entry.fileCount) files up to date")
      } else {
        print("\(output): 0 created, 0 updated, 0 removed, \(entry.fileCount) unchanged")
      }
      return
    }
    var reported: [Diagnostic] = []
    func report(_ diagnostics: [Diagnostic]) {
      reported += diagnostics
      docs2swift.report(diagnostics)
    }
    func remember(outputs: [String], count: Int) {
      guard let fingerprint else { return }
      UpToDateCache.record(
        fingerprint: fingerprint, cache: cache, outputs: outputs, fileCount: count,
        diagnostics: reported.map(\.description))
    }
    let reference: Pipeline.Result
    do {
      reference = try Pipeline.load(path: spec)
      report(reference.warnings)
    } catch {
      docs2swift.report(error.diagnostics)
      throw ExitCode(1)
    }
    do {
      let settings = try config.map { path throws(DiagnosticError) in try GeneratorConfig.load(path: path) }
      let renderer = try TemplateRenderer(directory: templates)
      report(renderer.warnings)
      let result = try PackageEmitter.emit(
        reference.api, config: try settings ?? GeneratorConfig.discovered(forReference: spec), renderer: renderer,
        serverStubs: serverStubs != nil)
      report(result.warnings)
      if let serverStubs, !check {
        let written = try ServerStubWriter.write(result.serverStubs, to: serverStubs)
        print("\(serverStubs): \(written.created.count) stubs created, \(written.kept.count) existing kept")
      }
      if let singleFile {
        let text = SourceLayout.singleFile(result.files, moduleName: result.moduleName)
        let changed = try OutputWriter.writeFile(text, to: singleFile, check: check)
        if check, changed { throw ExitCode(1) }
        remember(outputs: [singleFile], count: 1)
        print("\(singleFile): \(changed ? (check ? "out of date" : "written") : "unchanged")")
        return
      }
      let files = sourcesOnly ? SourceLayout.librarySources(result.files, moduleName: result.moduleName) : result.files
      if check {
        let changes = try OutputWriter.changes(for: files, in: output)
        if !changes.isEmpty {
          for line in changes.staleDescriptions {
            FileHandle.standardError.write(Data("\(output)/\(line)\n".utf8))
          }
          FileHandle.standardError.write(
            Data("error: \(changes.staleDescriptions.count) generated file(s) are stale; run generate\n".utf8))
          throw ExitCode(1)
        }
        remember(outputs: outputPaths(files), count: changes.unchanged.count)
        print("\(output): \(changes.unchanged.count) files up to date")
      } else {
        if !sourcesOnly { try printAPIChanges(reference, config: settings, files: files) }
        let changes = try OutputWriter.write(files, to: output)
        remember(outputs: outputPaths(files), count: files.count + 1)
        print(
          "\(output): \(changes.created.count) created, \(changes.updated.count) updated, "
            + "\(changes.removed.count) removed, \(changes.unchanged.count) unchanged")
      }
    } catch let error as DiagnosticError {
      report(error.diagnostics)
      throw ExitCode(1)
    }
  }

  /// The paths of the generated files and their manifest in the output folder.
  func outputPaths(_ files: [GeneratedFile]) -> [String] {
    (files.map(\.path) + [OutputWriter.manifestName]).map { (output as NSString).appendingPathComponent($0) }
  }
}
