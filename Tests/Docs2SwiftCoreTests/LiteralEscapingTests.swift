import Foundation
import Testing

@testable import Docs2SwiftCore

/// Text from a reference is data: in the raw string literals the generator writes, no escape or
/// interpolation of the reference's text can be live (issue 19).
@Suite("Literal escaping")
struct LiteralEscapingTests {
  @Test(
    "a raw literal's delimiter is longer than every quote or backslash run followed by #",
    arguments: [
      (#"plain"#, "#"),
      (##"a "#quote"##, "##"),
      (##"x\#(fatalError())y"##, "##"),
      (##"x\\#(y)"##, "##"),
      (###"x\##(y) "## "###, "###"),
    ])
  func delimiter(text: String, expected: String) {
    #expect(PackageEmitter.rawDelimiter(for: text) == expected)
  }

  @Test("an interpolation written in a response example stays data in the generated package")
  func responseExampleInterpolation() throws {
    var api = sampleAPI()
    api.resources[0].methods[0].responseExample = try JSONValue.parse(##"{"widget": {"id": "x\\#(fatalError())y"}}"##)
    let files = try emitFiles(api)
    let mock = try #require(files["Packages/AcmeServer/Sources/AcmeMocks/AcmeMockExamples.swift"])
    let roundTrip = try #require(files["Tests/AcmeTests/ExamplesRoundTripTests.swift"])
    for text in [mock, roundTrip] {
      // The payload as JSON text (an escaped backslash, then `#(`), inside a `##"""` literal,
      // where only `\##(` would interpolate.
      #expect(text.contains(###"x\\#(fatalError())y"###))
      #expect(text.contains(###"##""""###))
      #expect(!text.contains(###"\##("###))
    }
  }
}
