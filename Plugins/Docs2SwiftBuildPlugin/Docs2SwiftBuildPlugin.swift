import Foundation
import PackagePlugin

/// Build-tool plugin: a target that holds an API reference (`*.md`) and a
/// `docs2swift-config.yaml` gets the generated Swift compiled into it. The command runs only
/// when the reference, the config or docs2swift itself (which holds the templates) change.
@main
struct Docs2SwiftBuildPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let inputs = try Docs2SwiftInputs(files: target.sourceFiles.map(\.url), targetName: target.name)
    let output = context.pluginWorkDirectoryURL.appending(path: "\(target.name).docs2swift.swift")
    // The templates and the runtime are compiled into docs2swift: a change to them is a change
    // to the tool, which reruns the command.
    let arguments = ["generate", inputs.reference.path, "--config", inputs.config.path, "--single-file", output.path]
    let inputFiles = [inputs.reference, inputs.config]
    return [
      .buildCommand(
        displayName: "docs2swift: generating \(target.name) from \(inputs.reference.lastPathComponent)",
        executable: try context.tool(named: "docs2swift").url,
        arguments: arguments,
        inputFiles: inputFiles,
        outputFiles: [output])
    ]
  }
}

/// The reference and config a target holds.
struct Docs2SwiftInputs {
  static let configName = "docs2swift-config.yaml"

  var reference: URL
  var config: URL

  init(files: [URL], targetName: String) throws {
    guard let config = files.first(where: { $0.lastPathComponent == Self.configName }) else {
      throw PluginError("target '\(targetName)' has no \(Self.configName) beside its API reference")
    }
    let references = files.filter { $0.pathExtension.lowercased() == "md" }
    guard references.count == 1, let reference = references.first else {
      throw PluginError(
        "target '\(targetName)' must hold exactly one API reference (*.md); it holds \(references.count)")
    }
    self.reference = reference
    self.config = config
  }
}

struct PluginError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
