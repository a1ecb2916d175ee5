import Foundation
import Testing

@testable import ExampleKit

@Suite("ExampleTimestamp")
struct TimestampTests {
  @Test(
    "RFC 3339 text parses to seconds and nanoseconds, any offset",
    arguments: [
      ("1970-01-01T00:00:00Z", Int64(0), Int32(0)),
      ("2023-01-15T10:30:00Z", 1_673_778_600, 0),
      ("2023-01-15T10:30:00.123456789Z", 1_673_778_600, 123_456_789),
      ("2023-01-15T10:30:00.5Z", 1_673_778_600, 500_000_000),
      ("2023-01-15T12:30:00+02:00", 1_673_778_600, 0),
      ("2023-01-15t05:00:00-05:30", 1_673_778_600, 0),
      ("1969-12-31T23:59:59.999999999Z", -1, 999_999_999),
      ("2024-02-29T00:00:00Z", 1_709_164_800, 0),
    ])
  func parses(text: String, seconds: Int64, nanos: Int32) throws {
    let timestamp = try #require(ExampleTimestamp(rfc3339: text))
    #expect(timestamp.seconds == seconds)
    #expect(timestamp.nanos == nanos)
  }

  @Test(
    "malformed or impossible text does not parse",
    arguments: [
      "", "2023-01-15", "2023-01-15T10:30:00", "2023-13-01T00:00:00Z", "2023-02-29T00:00:00Z",
      "2023-01-15T24:00:00Z", "2023-01-15T10:30:00.Z", "2023-01-15T10:30:00.1234567891Z", "2023-01-15T10:30:00+2:00",
      "2023-01-15T10:30:00Z trailing", "２０２３-01-15T10:30:00Z",
    ])
  func rejects(text: String) {
    #expect(ExampleTimestamp(rfc3339: text) == nil)
  }

  @Test("prints UTC with the fewest fractional digits of 0, 3, 6 or 9")
  func prints() {
    #expect(ExampleTimestamp(seconds: 1_673_778_600).rfc3339 == "2023-01-15T10:30:00Z")
    #expect(ExampleTimestamp(seconds: 1_673_778_600, nanos: 500_000_000).rfc3339 == "2023-01-15T10:30:00.500Z")
    #expect(ExampleTimestamp(seconds: 1_673_778_600, nanos: 123_456_000).rfc3339 == "2023-01-15T10:30:00.123456Z")
    #expect(ExampleTimestamp(seconds: 1_673_778_600, nanos: 1).rfc3339 == "2023-01-15T10:30:00.000000001Z")
    #expect(ExampleTimestamp(seconds: -1, nanos: 999_999_999).description == "1969-12-31T23:59:59.999999999Z")
  }

  @Test("JSON coding is the RFC 3339 string, nanoseconds kept; a bad string is a decoding error")
  func coding() throws {
    let value = try JSONDecoder().decode(
      [ExampleTimestamp].self, from: Data(#"["2023-01-15T12:30:00.000000042+02:00"]"#.utf8))
    #expect(value == [ExampleTimestamp(seconds: 1_673_778_600, nanos: 42)])
    #expect(String(decoding: try JSONEncoder().encode(value), as: UTF8.self) == #"["2023-01-15T10:30:00.000000042Z"]"#)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([ExampleTimestamp].self, from: Data(#"["yesterday"]"#.utf8))
    }
  }

  @Test("orders by time and converts to and from Date")
  func orderAndDate() {
    #expect(ExampleTimestamp(seconds: 1, nanos: 5) < ExampleTimestamp(seconds: 1, nanos: 6))
    #expect(ExampleTimestamp(seconds: -1, nanos: 999_999_999) < ExampleTimestamp(seconds: 0))
    let date = Date(timeIntervalSince1970: 1_673_778_600.25)
    #expect(ExampleTimestamp(date) == ExampleTimestamp(seconds: 1_673_778_600, nanos: 250_000_000))
    #expect(ExampleTimestamp(seconds: 1_673_778_600, nanos: 250_000_000).date == date)
  }
}

@Suite("ExampleJSONValue and ExampleIndirect")
struct JSONValueTests {
  @Test("decodes every JSON kind and encodes it back")
  func roundTrip() throws {
    let text = #"{"a":null,"b":true,"c":1,"d":1.5,"e":"x","f":[1,"y",{"g":false}]}"#
    let value = try JSONDecoder().decode(ExampleJSONValue.self, from: Data(text.utf8))
    let expected: ExampleJSONValue = ["a": nil, "b": true, "c": 1, "d": 1.5, "e": "x", "f": [1, "y", ["g": false]]]
    #expect(value == expected)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let again = try JSONDecoder().decode(ExampleJSONValue.self, from: try encoder.encode(value))
    #expect(again == value)
    #expect(String(decoding: try encoder.encode(value), as: UTF8.self) == text)
  }

  @Test("reads a cursor from an object's string or whole-number member, and nothing else")
  func cursorText() {
    let item: ExampleJSONValue = ["id": "fn_1", "version": 3, "score": 1.5, "flag": true, "nested": ["id": "x"]]
    #expect(item.cursorText("id") == "fn_1")
    #expect(item.cursorText("version") == "3")
    #expect(item.cursorText("score") == nil)
    #expect(item.cursorText("flag") == nil)
    #expect(item.cursorText("nested") == nil)
    #expect(item.cursorText("missing") == nil)
    #expect(ExampleJSONValue.array(["id"]).cursorText("id") == nil)
    #expect(ExampleJSONValue.number(1e300).cursorText("id") == nil)
  }

  @Test("ExampleIndirect encodes as the value itself")
  func indirect() throws {
    struct Node: Codable, Sendable, Hashable {
      var name: String
      var parent: ExampleIndirect<Node>?
    }
    let node = Node(name: "child", parent: ExampleIndirect(Node(name: "root", parent: nil)))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let text = String(decoding: try encoder.encode(node), as: UTF8.self)
    #expect(text == #"{"name":"child","parent":{"name":"root"}}"#)
    #expect(try JSONDecoder().decode(Node.self, from: Data(text.utf8)) == node)
  }
}

@Suite("ExampleUnion")
struct UnionTests {
  struct Box: Decodable {
    var type: String?
    init(from decoder: any Decoder) throws {
      type = ExampleUnion.discriminator("type", in: decoder)
    }
  }

  func discriminator(_ json: String) throws -> String? {
    try JSONDecoder().decode(Box.self, from: Data(json.utf8)).type
  }

  @Test("reads the discriminator of an object, and nothing from any other value")
  func discriminator() throws {
    #expect(try discriminator(#"{"type": "text", "text": "hi"}"#) == "text")
    #expect(try discriminator(#"{"kind": "text"}"#) == nil)
    #expect(try discriminator(#"{"type": 1}"#) == nil)
    #expect(try discriminator(#"{"type": null}"#) == nil)
    #expect(try discriminator(#""text""#) == nil)
    #expect(try discriminator("[1]") == nil)
    #expect(try discriminator("12") == nil)
  }

  @Test("a union decodes by discriminator, then by trying its members, else keeps the value")
  func union() throws {
    // The shape the `union` template generates.
    enum Part: Codable, Sendable, Hashable {
      struct Text: Codable, Sendable, Hashable { var type: String, text: String }
      struct Image: Codable, Sendable, Hashable { var type: String, url: String }
      case text(Text)
      case image(Image)
      case string(String)
      case unknown(ExampleJSONValue)

      init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        switch ExampleUnion.discriminator("type", in: decoder) {
        case "text":
          self = try .text(container.decode(Text.self))
          return
        case "image":
          self = try .image(container.decode(Image.self))
          return
        default: break
        }
        if let value = try? container.decode(String.self) {
          self = .string(value)
          return
        }
        self = try .unknown(container.decode(ExampleJSONValue.self))
      }

      func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let value): try container.encode(value)
        case .image(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .unknown(let value): try container.encode(value)
        }
      }
    }
    func decode(_ json: String) throws -> Part { try JSONDecoder().decode(Part.self, from: Data(json.utf8)) }
    #expect(try decode(#"{"type": "image", "url": "u"}"#) == .image(.init(type: "image", url: "u")))
    #expect(try decode(#""hello""#) == .string("hello"))
    #expect(try decode(#"{"type": "audio", "data": 1}"#) == .unknown(["type": "audio", "data": 1]))
    // The discriminator names a member the value does not fit: an error, not another member.
    #expect(throws: DecodingError.self) { try decode(#"{"type": "text"}"#) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let text = #"{"data":1,"type":"audio"}"#
    #expect(String(decoding: try encoder.encode(try decode(text)), as: UTF8.self) == text)
    #expect(
      String(decoding: try encoder.encode(Part.text(.init(type: "text", text: "t"))), as: UTF8.self)
        == #"{"text":"t","type":"text"}"#)
  }
}
