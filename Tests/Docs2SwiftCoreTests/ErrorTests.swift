import Foundation
import Testing

@testable import Docs2SwiftCore

/// Each kind of bad input gives one located error, never a crash or a hang.
@Suite struct ErrorTests {
  let header = "# A ## Op `a.b.c(P**kwargs) -> object` **post** `/x` "

  @Test func emptyFile() {
    let error = parseError("")
    #expect(error?.description == "test.md:1:1: error: the reference is empty")
  }

  @Test func notUTF8() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("docs2swift-not-utf8.md")
    try Data("# A\nok \u{e9}".utf8 + [0xFF, 0xFE]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
      _ = try Pipeline.load(path: url.path)
      Issue.record("a non-UTF-8 file parsed")
    } catch {
      let location = try #require(error.diagnostics.first?.location)
      #expect((location.line, location.column) == (2, 6))
      #expect(error.diagnostics.first?.message == "the file is not valid UTF-8")
    }
  }

  @Test func noMethods() {
    let error = parseError("# Title\n\nJust prose.\n")
    #expect(error?.message.hasPrefix("the reference documents no methods") == true)
    #expect(error?.location?.line == 1)
  }

  @Test func methodWithoutHTTPPath() {
    let error = parseError("# A ## Op `a.b.c(P**kwargs) -> object` Description. ### Parameters - `x: str`")
    #expect(error?.message == "method 'Op' has no HTTP method and path (`**post** `/path``)")
    #expect((error?.location?.line, error?.location?.column) == (1, 5))
  }

  @Test(
    "a documented path that is not a URL path is a located error (it would become code and routes)",
    arguments: [
      (#"/x")+y"#, #"has the character ", which a URL path cannot hold"#),
      (#"/a\\b"#, #"has the character \, which a URL path cannot hold"#),
      ("x/y", "does not start with '/'"),
    ])
  func pathIsStructure(path: String, message: String) {
    let error = parseError("# A\n\n## Op\n\n`a.b.c(P**kwargs) -> object`\n\n**post** `\(path)`\n\nText.\n")
    #expect(error?.message.hasPrefix("method 'Op': the HTTP path") == true)
    #expect(error?.message.hasSuffix(message) == true, "\(error?.message ?? "no error")")
    #expect(error?.location?.line == 3)
  }

  @Test func unterminatedCodeFence() {
    let text = header + "### Example ```python print(1)"
    let error = parseError(text)
    #expect(error?.message == "unterminated code fence: no closing ```")
    #expect(error?.location?.column == text.utf8.count - "```python print(1)".utf8.count + 1)
  }

  @Test func unterminatedCodeFenceInStructuredInput() {
    let error = parseError(
      "# A\n\n## Op\n\n`a.b.c(P**kwargs) -> object`\n\n**post** `/x`\n\n### Example\n\n```python\nprint(1)\n")
    #expect((error?.location?.line, error?.location?.column) == (11, 1))
  }

  @Test func undeclaredType() {
    let text = header + "### Parameters - `x: Foo` ### Returns - `object`"
    let error = parseError(text)
    #expect(error?.message == "the type 'Foo' is referenced but never declared")
    #expect(error?.location?.column == text.utf8.count - "- `x: Foo` ### Returns - `object`".utf8.count + 1)
  }

  @Test func invalidJSONInAResponseExample() {
    let text = header + "### Parameters - `x: str` ### Returns - `object` #### Response ```json { \"a\": 1, } ```"
    let error = parseError(text)
    #expect(error?.message == "invalid JSON in the response example of 'Op': expected a string key in a JSON object")
    let column = text.utf8.count - "} ```".utf8.count + 1
    #expect((error?.location?.line, error?.location?.column) == (1, column))
  }

  @Test func emptyLiteralIsAnError() {
    let text = header + "### Parameters - `x: Literal[]` ### Returns - `object`"
    #expect(parseError(text)?.message == "`Literal[]` has no values")
  }

  @Test func garbageNeverCrashes() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<50 {
      let bytes = (0..<2000).map { _ in UInt8.random(in: 0...127, using: &generator) }
      _ = parseError(String(decoding: bytes, as: UTF8.self))
      _ = parseError(header + String(decoding: bytes, as: UTF8.self))
    }
  }
}
