import Foundation
import PackagePlugin

/// Build-tool plugin: a target that holds an API reference (`*.md`) and a
/// `docs2swift-config.yaml` gets the generated Swift compiled into it. The command runs only
/// when the reference, the config, the templates or docs2swift itself change.
@main
struct Docs2SwiftBuildPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let inputs = try Docs2SwiftInputs(files: target.sourceFiles.map(\.url), targetName: target.name)
    let templates = Docs2SwiftInputs.templatesDirectory(in: context.package)
    let output = context.pluginWorkDirectoryURL.appending(path: "\(target.name).docs2swift.swift")
    var arguments = ["generate", inputs.reference.path, "--config", inputs.config.path, "--single-file", output.path]
    var inputFiles = [inputs.reference, inputs.config]
    if let templates {
      arguments += ["--templates", templates.path]
      inputFiles += Docs2SwiftInputs.files(in: templates)
    }
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

  /// The built-in templates: the `templates/` folder of the docs2swift package, wherever the
  /// package graph has it (this package itself or a dependency).
  static func templatesDirectory(in package: Package) -> URL? {
    var queue = [package]
    var seen: Set<String> = []
    while let current = queue.first {
      queue.removeFirst()
      guard seen.insert(current.directoryURL.path).inserted else { continue }
      if current.products.contains(where: { $0.name == "docs2swift" }) {
        let templates = current.directoryURL.appending(path: "templates")
        if FileManager.default.fileExists(atPath: templates.path) { return templates }
      }
      queue += current.dependencies.map(\.package)
    }
    return nil
  }

  static func files(in directory: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().map { directory.appending(path: $0) }
  }
}

struct PluginError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
