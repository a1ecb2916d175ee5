import ArgumentParser
import Docs2SwiftCore
import Foundation

extension DiffReport.Format: ExpressibleByArgument {}

struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the API changes between two references or generated packages, as the Swift SDK sees them.",
    discussion: """
      OLD and NEW are API references (flattened or structured) or folders of packages docs2swift \
      generated (their recorded model, .docs2swift/api.json). Every change is located in NEW and \
      classified as breaking, additive or none (no change to the Swift API) by comparing the two \
      generated Swift APIs; the semantic-version bump follows (docs/api-diff.md).
      """)

  @Argument(help: "The old reference or generated package.") var old: String
  @Argument(help: "The new reference or generated package.") var new: String

  @Option(help: "text, markdown (a changelog section) or json.") var format: DiffReport.Format = .text

  @Option(help: "Exit 1 when a change is at least this severe: breaking, additive or any.")
  var failOn: FailOn?

  @Option(help: "Generator settings for the references (default: the config file beside each reference).")
  var config: String?

  @Option(help: "The SDK's current version, to print the next one (default: the old side's sdkVersion setting).")
  var currentVersion: String?

  enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case breaking, additive, any
  }

  func run() throws {
    do {
      let settings = try config.map { path throws(DiagnosticError) in try GeneratorConfig.load(path: path) }
      // The references' own warnings are `generate`'s to print; the diff prints changes.
      let (oldSide, _) = try APIDiff.Side.load(old, config: settings)
      let (newSide, _) = try APIDiff.Side.load(new, config: settings)
      let result = try APIDiff.compare(old: oldSide, new: newSide)
      let version = currentVersion ?? oldSide.config.sdkVersion
      FileHandle.standardOutput.write(
        Data(DiffReport.render(result, format: format, old: old, new: new, currentVersion: version).utf8))
      if let failOn {
        let worst = result.changes.map(\.impact).max()
        let fails: Bool
        switch failOn {
        case .breaking: fails = worst == .breaking
        case .additive: fails = worst.map { $0 >= .additive } ?? false
        case .any: fails = worst != nil
        }
        if fails {
          FileHandle.standardError.write(
            Data(
              "error: the API has \(failOn == .any ? "changes" : "\(failOn.rawValue) changes") (--fail-on \(failOn.rawValue))\n"
                .utf8))
          throw ExitCode(1)
        }
      }
    } catch let error as DiagnosticError {
      report(error.diagnostics)
      throw ExitCode(1)
    }
  }
}

extension Generate {
  /// The one-line summary of the API changes since the generation recorded in the output folder
  /// (nothing when there is no record or no change; a record that cannot be read is a warning).
  /// `files` are the files about to be written: when the record among them is byte for byte the
  /// one in the folder, the API model and the settings are those of the last generation, and no
  /// comparison is needed.
  func printAPIChanges(
    _ reference: Pipeline.Result, config: GeneratorConfig?, files: [GeneratedFile]
  ) throws(DiagnosticError) {
    guard GenerationRecord.exists(in: output) else { return }
    if GenerationRecord.isRecorded(in: files, at: output) { return }
    var settings = GeneratorConfig()
    if let config { settings = config } else { settings = try GeneratorConfig.discovered(forReference: spec) }
    do throws(DiagnosticError) {
      let previous = try GenerationRecord.load(from: output)
      let result = try APIDiff.compare(
        old: APIDiff.Side(api: previous.api, config: previous.config, locations: nil),
        new: APIDiff.Side(
          api: reference.api, config: settings,
          locations: ReferenceLocations(reference: reference.reference, file: spec)))
      if !result.changes.isEmpty { print("\(output): API changes since the last generation: \(result.summary)") }
    } catch {
      report(
        error.diagnostics.map {
          Diagnostic(.warning, "the previous generation's record: \($0.message)", at: $0.location)
        })
    }
  }
}
