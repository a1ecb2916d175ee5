import Foundation
import PackagePlugin

/// `swift package generate-sdk [--target NAME] [--check]`: writes the generated SDK sources
/// into `Generated/` of a target that holds an API reference and a `docs2swift-config.yaml`, for
/// teams that check their SDK in. `--target` creates it the first time; without it, every target
/// that already has one is refreshed. `--check` writes nothing and fails when it is stale. Runs
/// the same `docs2swift generate` as the CLI and the build-tool plugin.
@main
struct GenerateSDKCommand: CommandPlugin {
  func performCommand(context: PluginContext, arguments: [String]) async throws {
    var extractor = ArgumentExtractor(arguments)
    let selected = Set(extractor.extractOption(named: "target"))
    let check = extractor.extractFlag(named: "check") > 0
    let tool = try context.tool(named: "docs2swift")
    var generated = 0
    for case let target as SourceModuleTarget in context.package.targets {
      guard selected.isEmpty || selected.contains(target.name) else { continue }
      // A target without the build-tool plugin does not list a .md or .yaml among its source
      // files: look in its folder.
      let names = (try? FileManager.default.contentsOfDirectory(atPath: target.directoryURL.path)) ?? []
      let files = names.sorted().map { target.directoryURL.appending(path: $0) }
      guard let config = files.first(where: { $0.lastPathComponent == "docs2swift-config.yaml" }) else { continue }
      let references = files.filter { $0.pathExtension.lowercased() == "md" }
      guard references.count == 1, let reference = references.first else {
        Diagnostics.error("target '\(target.name)' must hold exactly one API reference (*.md)")
        continue
      }
      // Without --target, only targets that already check in a generated SDK are refreshed:
      // a target that generates at build time (Docs2SwiftBuildPlugin) must not get a copy.
      let output = target.directoryURL.appending(path: "Generated")
      let checkedIn = FileManager.default.fileExists(atPath: output.appending(path: ".docs2swift-manifest").path)
      if selected.isEmpty, !checkedIn {
        Diagnostics.remark(
          "target '\(target.name)' has no checked-in SDK yet; run with --target \(target.name) to create one")
        continue
      }
      var arguments = [
        "generate", reference.path, "--config", config.path, "--sources-only",
        "--output", output.path,
      ]
      if check { arguments.append("--check") }
      let process = Process()
      process.executableURL = tool.url
      process.arguments = arguments
      try process.run()
      process.waitUntilExit()
      guard process.terminationStatus == 0 else {
        Diagnostics.error("docs2swift failed for target '\(target.name)' (exit \(process.terminationStatus))")
        throw ExitError()
      }
      generated += 1
    }
    if generated == 0 {
      Diagnostics.warning("no target was generated (a target needs an API reference *.md and docs2swift-config.yaml)")
    }
  }
}

struct ExitError: Error, CustomStringConvertible {
  var description: String { "docs2swift failed" }
}
