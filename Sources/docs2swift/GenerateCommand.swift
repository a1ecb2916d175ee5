import ArgumentParser
import Docs2SwiftCore
import Foundation

struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Generate a Swift package (models and tests) from a Markdown API reference.",
    discussion: """
      Writes Package.swift, Sources/<Module>/ and Tests/<Module>Tests/ into the output folder. \
      Only files whose contents changed are written; files listed in the folder's \
      .docs2swift-manifest that are no longer generated are removed; other files are never touched.
      """)

  @Argument(help: "The Markdown API reference.") var spec: String

  @Option(name: .shortAndLong, help: "The folder to write the package into.") var output: String = "Generated"

  @Option(help: "A folder of Mustache templates, each used instead of the built-in template of its name.")
  var templates: String?

  @Option(help: "A 'key: value' file: moduleName, clientName, accessModifier, zeroValueDefaults.")
  var config: String?

  @Flag(help: "Write nothing; exit 1 and name the files that are not up to date.") var check = false

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

  func run() throws {
    let reference = try loadReference(spec)
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
        print("\(output): \(changes.unchanged.count) files up to date")
      } else {
        if !sourcesOnly { try printAPIChanges(reference, config: settings, files: files) }
        let changes = try OutputWriter.write(files, to: output)
        print(
          "\(output): \(changes.created.count) created, \(changes.updated.count) updated, "
            + "\(changes.removed.count) removed, \(changes.unchanged.count) unchanged")
      }
    } catch let error as DiagnosticError {
      report(error.diagnostics)
      throw ExitCode(1)
    }
  }
}
