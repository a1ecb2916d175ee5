import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Templates")
struct EmitTemplateTests {
  @Test("a changed copy of the templates changes the output")
  func customTemplates() throws {
    let folder = try copyOfTemplates()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let structPath = folder + "/struct.mustache"
    var text = try String(contentsOfFile: structPath, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "{{access}} struct {{name}}: Codable, Sendable, Hashable {",
      with: "@frozen\n{{access}} struct {{name}}: Codable, Sendable, Hashable, Identifiable {")
    try text.write(toFile: structPath, atomically: true, encoding: .utf8)
    try "// custom header for {{moduleName}}\n".write(
      toFile: folder + "/package.mustache", atomically: true, encoding: .utf8)

    let standard = try emitFiles(sampleAPI())
    let custom = try emitFiles(sampleAPI(), templates: folder)
    #expect(custom["Package.swift"] == "// custom header for Acme\n")
    let widget = try #require(custom["Sources/Acme/Models/Widget.swift"])
    #expect(widget.contains("@frozen\npublic struct Widget: Codable, Sendable, Hashable, Identifiable {"))
    // Nested types use the same template, indented.
    #expect(widget.contains("  @frozen\n  public struct Owner: Codable, Sendable, Hashable, Identifiable {"))
    // Only what the templates changed differs.
    #expect(custom["Sources/Acme/Models/WidgetRole.swift"] == standard["Sources/Acme/Models/WidgetRole.swift"])
    let undone = widget.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0.trimmingCharacters(in: .whitespaces) != "@frozen" }
      .joined(separator: "\n")
      .replacingOccurrences(of: ", Identifiable", with: "")
    #expect(undone == standard["Sources/Acme/Models/Widget.swift"])
  }

  @Test("a broken template of an overlay is an error located in the template")
  func brokenTemplate() throws {
    let folder = try makeTemporaryFolder("templates")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "line one\n{{#isObject}}\n  struct {{name}}\n{{/isEnum}}\n".write(
      toFile: folder + "/type.mustache", atomically: true, encoding: .utf8)
    do {
      _ = try TemplateRenderer(directory: folder)
      Issue.record("a broken template loaded")
    } catch {
      #expect(error.diagnostics.count == 1)
      #expect(error.description == "\(folder)/type.mustache:4:4: error: section closed with the wrong name")
    }
  }

  @Test("errors on the first line keep their column; an unclosed section is reported")
  func firstLineError() throws {
    let folder = try makeTemporaryFolder("templates")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "ab {{name".write(toFile: folder + "/enum.mustache", atomically: true, encoding: .utf8)
    do {
      _ = try TemplateRenderer(directory: folder)
      Issue.record("a broken template loaded")
    } catch {
      #expect(error.description.hasPrefix("\(folder)/enum.mustache:1:"))
    }
  }

  @Test("an overlay replaces only the templates it holds: one overridden template changes only its file")
  func overlayOfOneTemplate() throws {
    let folder = try makeTemporaryFolder("templates")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "// {{executableName}}: my own main\n".write(
      toFile: folder + "/server-main.mustache", atomically: true, encoding: .utf8)
    let standard = try emitFiles(sampleAPI())
    let custom = try emitFiles(sampleAPI(), templates: folder)
    #expect(custom.keys.sorted() == standard.keys.sorted())
    let changed = custom.keys.filter { custom[$0] != standard[$0] }
    #expect(changed == ["Packages/AcmeServer/Sources/acme-server/main.swift"])
    #expect(custom["Packages/AcmeServer/Sources/acme-server/main.swift"] == "// acme-server: my own main\n")
  }

  @Test("an empty overlay folder gives the built-in output; a missing one is an error")
  func emptyOverlay() throws {
    let folder = try makeTemporaryFolder("templates")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try emitFiles(sampleAPI(), templates: folder) == emitFiles(sampleAPI()))
    #expect(try TemplateRenderer(directory: folder).warnings.isEmpty)
    do {
      _ = try TemplateRenderer(directory: folder + "/absent")
      Issue.record("a missing folder loaded")
    } catch {
      #expect(error.description.contains("the templates folder '\(folder)/absent' does not exist"))
    }
  }

  @Test("a file named for no built-in template is a warning, and usable as a partial")
  func unknownTemplate() throws {
    let folder = try makeTemporaryFolder("templates")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "// built with care\n".write(toFile: folder + "/my-banner.mustache", atomically: true, encoding: .utf8)
    try "{{> my-banner}}\n// {{moduleName}}\n".write(
      toFile: folder + "/package.mustache", atomically: true, encoding: .utf8)
    let renderer = try TemplateRenderer(directory: folder)
    #expect(renderer.warnings.count == 1)
    #expect(
      renderer.warnings.first?.description.hasPrefix(
        "\(folder)/my-banner.mustache:1:1: warning: 'my-banner.mustache' replaces no built-in template") == true)
    let files = try emitFiles(sampleAPI(), templates: folder)
    #expect(files["Package.swift"] == "// built with care\n// Acme\n")
  }

  @Test("the built-in templates are the repository's templates/ folder, embedded")
  func builtInsAreTheRepositorys() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: templatesPath)
      .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
    #expect(TemplateRenderer.builtInNames == names, "run scripts/embed-resources.sh")
    for name in names {
      let text = try String(contentsOfFile: templatesPath + "/\(name).mustache", encoding: .utf8)
      #expect(EmbeddedResources.templates[name] == text, "\(name).mustache changed: run scripts/embed-resources.sh")
    }
  }

  @Test("rendered text is normalized: no trailing spaces, no blank-line runs, one final newline")
  func whitespace() {
    #expect(
      TemplateRenderer.normalizeWhitespace("a {  \n\n  b  \n\n\n\n  c\n\n}\n\n\n") == "a {\n  b\n\n  c\n}\n")
    #expect(TemplateRenderer.normalizeWhitespace("\n\n") == "")
  }
}
