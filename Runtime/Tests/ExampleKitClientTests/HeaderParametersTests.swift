import Testing

@testable import ExampleKit

@Suite("Header parameters")
struct HeaderParametersTests {
  struct Beta: RawRepresentable, Sendable {
    var rawValue: String
  }

  @Test("values as header text, lists joined by commas, nil left out, the caller's header first")
  func setHeader() {
    var options = ExampleRequestOptions(extraHeaders: ["x-mine": "kept"])
    options.setHeader("x-text", "a b")
    options.setHeader("x-int", 3)
    options.setHeader("x-double", 2.0)
    options.setHeader("x-fraction", 2.5)
    options.setHeader("x-bool", true)
    options.setHeader("x-beta", Beta(rawValue: "tools-1"))
    options.setHeader("x-list", ["a", "b"])
    options.setHeader("x-betas", [Beta(rawValue: "tools-1"), Beta(rawValue: "files-2")])
    options.setHeader("x-none", String?.none)
    options.setHeader("x-mine", "replaced")
    #expect(
      options.extraHeaders == [
        "x-mine": "kept", "x-text": "a b", "x-int": "3", "x-double": "2", "x-fraction": "2.5", "x-bool": "true",
        "x-beta": "tools-1", "x-list": "a,b", "x-betas": "tools-1,files-2",
      ])
  }
}
