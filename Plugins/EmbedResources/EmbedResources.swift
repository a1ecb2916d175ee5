import Foundation
import PackagePlugin

/// Build-tool plugin of `Docs2SwiftCore`: compiles the templates (`templates/*.mustache`) and the
/// runtime (`Runtime/Sources`, `Runtime/Tests`) into the module as `EmbeddedResources`, so that a
/// docs2swift binary works without the source tree. Reruns when any of those files changes.
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    let root = context.package.directoryURL
    let templates = root.appending(path: "templates")
    let runtime = root.appending(path: "Runtime")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
    let inputs =
      files(under: templates, suffix: ".mustache") + files(under: runtime.appending(path: "Sources"), suffix: ".swift")
      + files(under: runtime.appending(path: "Tests"), suffix: ".swift")
    return [
      .buildCommand(
        displayName: "Embedding templates and runtime in \(target.name)",
        executable: try context.tool(named: "docs2swift-embed").url,
        arguments: [output.path, templates.path, runtime.path],
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }

  private func files(under directory: URL, suffix: String) -> [URL] {
    guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
      return []
    }
    return enumerator.compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasSuffix(suffix) }
      .sorted { $0.path < $1.path }
  }
}
