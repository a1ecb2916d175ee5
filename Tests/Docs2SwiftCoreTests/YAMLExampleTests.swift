import Testing

@testable import Docs2SwiftCore

@Suite struct YAMLExampleTests {
  let params: [Field] = [
    Field(name: "organization_id", jsonName: "organizationId", required: true, type: .string, description: ""),
    Field(name: "token", jsonName: "token", required: false, type: .string, description: ""),
    Field(
      name: "pagination", jsonName: "pagination", required: false,
      type: .object(
        name: "Pagination",
        fields: [
          Field(name: "token", jsonName: "token", required: false, type: .string, description: ""),
          Field(name: "page_size", jsonName: "pageSize", required: false, type: .integer, description: ""),
        ]), description: ""),
    Field(name: "ids", jsonName: "ids", required: false, type: .array(.string), description: ""),
    Field(name: "role", jsonName: "role", required: false, type: .enum(name: "Role", values: ["A"]), description: ""),
    Field(name: "count", jsonName: "count", required: false, type: .string, description: ""),
  ]

  func convert(_ text: String) throws -> JSONValue {
    var converter = try YAMLExample(text: text, declarations: [:])
    return try converter.convert(params: params)
  }

  @Test func flattenedNestingFollowsTheSchema() throws {
    let json = try convert(#"organizationId: "o" pagination: pageSize: 20 token: "t" ids: - "a" - "b" role: A count: 5"#)
    #expect(
      json == (try JSONValue.parse(#"{"organizationId": "o", "pagination": {"pageSize": 20, "token": "t"}, "ids": ["a", "b"], "role": "A", "count": "5"}"#)))
  }

  @Test func aKeyTheNestedObjectLacksClosesIt() throws {
    let json = try convert(#"pagination: pageSize: 20 organizationId: "o""#)
    #expect(json == (try JSONValue.parse(#"{"pagination": {"pageSize": 20}, "organizationId": "o"}"#)))
  }

  @Test func structuredNestingFollowsIndentation() throws {
    let json = try convert("pagination:\n  pageSize: 20\ntoken: \"top\"\nids: []\n")
    #expect(json == (try JSONValue.parse(#"{"pagination": {"pageSize": 20}, "token": "top", "ids": []}"#)))
  }

  @Test func renderThenParseIsTheSame() throws {
    let json = try JSONValue.parse(#"{"organizationId": "o", "pagination": {"pageSize": 20}, "ids": ["a", "b"], "role": "A"}"#)
    #expect(try convert(YAMLRenderer.render(json)) == json)
  }
}
