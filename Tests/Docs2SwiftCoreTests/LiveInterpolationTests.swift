import Foundation
import Testing

@testable import Docs2SwiftCore

/// No reference text becomes live code (issue 19): every live string interpolation of a
/// generated file is one the templates or the runtime wrote.
@Suite("Live interpolations")
struct LiveInterpolationTests {
  @Test("the scanner finds live interpolations and only those")
  func scanner() {
    let source = ###"""
      let a = "x \(one) y"  // "\(notLive)"
      let b = #"raw \(notLiveEither) \#(two)"#
      /* "\(commented)" /* nested */ "\(stillCommented)" */
      let c = """
        multi \(three("\(four)")) \\(escaped)
        """
      let d = ##"\#(notLive3) \##(five) "# "##
      """###
    #expect(SwiftSourceScanner.liveInterpolations(in: source) == ["one", "two", "four", #"three("\(four)")"#, "five"])
  }

  func unexpected(in files: [String: String]) -> [String] {
    LiteralSafety.foreignInterpolations(in: files.map { GeneratedFile(path: $0.key, contents: $0.value) })
  }

  @Test("the seed's package: every live interpolation comes from a template or the runtime")
  func seed() throws {
    let files = try emitFiles(try Pipeline.load(path: seedPath).api)
    #expect(unexpected(in: files) == [])
  }

  @Test("a hostile reference's payloads never become live interpolations")
  func hostile() throws {
    let path = repositoryRoot.appendingPathComponent("Tests/Hostile/hostile.md").path
    let files = try emitFiles(try Pipeline.load(path: path).api)
    #expect(files.values.contains { $0.contains("hostileJSONOne") })
    #expect(unexpected(in: files) == [])
    // No Swift file holds an invisible control that could make it read otherwise than it
    // compiles (the reference's bidirectional controls are escaped or shown as U+XXXX).
    let hidden = files.filter {
      $0.key.hasSuffix(".swift") && $0.value.unicodeScalars.contains(where: JSONValue.isInvisibleControl)
    }
    #expect(hidden.keys.sorted() == [])
    // And the check would see one: a raw literal with too short a delimiter.
    #expect(unexpected(in: ["x.swift": ##"let x = #"\#(hostileJSONOne)"#"##]) == [#"x.swift: \(hostileJSONOne)"#])
  }
}
