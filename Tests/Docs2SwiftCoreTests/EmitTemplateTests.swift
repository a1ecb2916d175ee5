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
    #expect(custom["Package.swift"] == "// custom header for AcmeClient\n")
    let widget = try #require(custom["Sources/AcmeClient/Models/Widget.swift"])
    #expect(widget.contains("@frozen\npublic struct Widget: Codable, Sendable, Hashable, Identifiable {"))
    // Nested types use the same template, indented.
    #expect(widget.contains("  @frozen\n  public struct Owner: Codable, Sendable, Hashable, Identifiable {"))
    // Only what the templates changed differs.
    #expect(custom["Sources/AcmeClient/Models/WidgetRole.swift"] == standard["Sources/AcmeClient/Models/WidgetRole.swift"])
    let undone = widget.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { $0.trimmingCharacters(in: .whitespaces) != "@frozen" }
      .joined(separator: "\n")
      .replacingOccurrences(of: ", Identifiable", with: "")
    #expect(undone == standard["Sources/AcmeClient/Models/Widget.swift"])
  }

  @Test("a broken template is an error located in the template")
  func brokenTemplate() throws {
    let folder = try copyOfTemplates()
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
    let folder = try copyOfTemplates()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "ab {{name".write(toFile: folder + "/enum.mustache", atomically: true, encoding: .utf8)
    #expect(throws: DiagnosticError.self) { try TemplateRenderer(directory: folder) }
    do {
      _ = try TemplateRenderer(directory: folder)
    } catch {
      #expect(error.description.hasPrefix("\(folder)/enum.mustache:1:"))
    }
  }

  @Test("a missing template is an error")
  func missingTemplate() throws {
    let folder = try copyOfTemplates()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.removeItem(atPath: folder + "/timestamp.mustache")
    do {
      _ = try TemplateRenderer(directory: folder)
      Issue.record("loaded without timestamp.mustache")
    } catch {
      #expect(error.description.contains("error: missing template 'timestamp.mustache'"))
    }
  }

  @Test("rendered text is normalized: no trailing spaces, no blank-line runs, one final newline")
  func whitespace() {
    #expect(
      TemplateRenderer.normalizeWhitespace("a {  \n\n  b  \n\n\n\n  c\n\n}\n\n\n") == "a {\n  b\n\n  c\n}\n")
    #expect(TemplateRenderer.normalizeWhitespace("\n\n") == "")
  }
}
