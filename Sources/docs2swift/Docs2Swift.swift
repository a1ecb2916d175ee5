import ArgumentParser
import Docs2SwiftCore
import Foundation

@main
struct Docs2Swift: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "docs2swift",
    abstract: "Generate a Swift SDK from a Markdown API reference.",
    subcommands: [DumpIR.self, Format.self, OpenAPI.self, Generate.self, Diff.self]
  )
}

/// Prints diagnostics to stderr in `file:line:column: severity: message` form.
func report(_ diagnostics: [Diagnostic]) {
  for diagnostic in diagnostics {
    FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
  }
}

/// Loads a reference, printing warnings; on error prints the diagnostics and exits 1.
func loadReference(_ path: String) throws -> Pipeline.Result {
  do {
    let result = try Pipeline.load(path: path)
    report(result.warnings)
    return result
  } catch {
    report(error.diagnostics)
    throw ExitCode(1)
  }
}

struct DumpIR: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dump-ir", abstract: "Print the API model of a reference as JSON (docs/ir-export.md).")

  @Argument(help: "The Markdown API reference.") var spec: String

  func run() throws {
    let result = try loadReference(spec)
    FileHandle.standardOutput.write(Data((IRExport.json(result.api) + "\n").utf8))
  }
}

struct Format: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the reference as structured CommonMark (nested fields indented).")

  @Argument(help: "The Markdown API reference.") var spec: String

  func run() throws {
    let result = try loadReference(spec)
    FileHandle.standardOutput.write(Data(ReferenceFormatter.format(result.reference).utf8))
  }
}

extension OpenAPIExporter.Format: ExpressibleByArgument {}

struct OpenAPI: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "openapi", abstract: "Print the API as an OpenAPI 3.1 document.")

  @Argument(help: "The Markdown API reference.") var spec: String
  @Option(help: "yaml or json.") var format: OpenAPIExporter.Format = .yaml
  @Option(help: "Generator settings (default: the config file beside the reference), as generate reads them.")
  var config: String?

  func run() throws {
    let result = try loadReference(spec)
    // The API as `generate` sees it: where the config places parameters, which methods it opens.
    let settings: GeneratorConfig
    do {
      if let config {
        settings = try GeneratorConfig.load(path: config)
      } else {
        settings = try GeneratorConfig.discovered(forReference: spec)
      }
    } catch {
      report(error.diagnostics)
      throw ExitCode(1)
    }
    let (api, warnings) = result.api.locating(by: settings)
    report(warnings)
    FileHandle.standardOutput.write(
      Data(OpenAPIExporter.render(api, format: format).utf8))
  }
}
