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
    Field(
      name: "items", jsonName: "items", required: false,
      type: .array(
        .object(
          name: "Item",
          fields: [
            Field(name: "widget_id", jsonName: "widgetId", required: false, type: .string, description: ""),
            Field(name: "name", jsonName: "name", required: false, type: .string, description: ""),
            Field(name: "tags", jsonName: "tags", required: false, type: .array(.string), description: ""),
          ])), description: ""),
    Field(name: "labels", jsonName: "labels", required: false, type: .map(.string), description: ""),
    Field(name: "size", jsonName: "size", required: false, type: .integer, description: ""),
  ]

  func convert(_ text: String) throws -> JSONValue {
    let converter = try YAMLExample(text: text, declarations: [:])
    return try converter.convert(params: params)
  }

  @Test func flattenedNestingFollowsTheSchema() throws {
    let json = try convert(
      #"organizationId: "o" pagination: pageSize: 20 token: "t" ids: - "a" - "b" role: A count: 5"#)
    #expect(
      json
        == (try JSONValue.parse(
          #"{"organizationId": "o", "pagination": {"pageSize": 20, "token": "t"}, "ids": ["a", "b"], "role": "A", "count": "5"}"#
        )))
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
    let json = try JSONValue.parse(
      #"{"organizationId": "o", "pagination": {"pageSize": 20}, "ids": ["a", "b"], "role": "A"}"#)
    #expect(try convert(YAMLRenderer.render(json)) == json)
  }

  func json(_ text: String) throws -> JSONValue { try JSONValue.parse(text) }

  @Test func flowCollectionsAndPlainScalarsStructured() throws {
    let yaml = """
      ids: ["a", "b", c]
      pagination: {pageSize: 20, token: "t"}
      labels: {}
      count: two words here
      items: []
      """
    #expect(
      try convert(yaml)
        == json(
          #"{"ids": ["a", "b", "c"], "pagination": {"pageSize": 20, "token": "t"}, "labels": {}, "count": "two words here", "items": []}"#
        ))
  }

  @Test func anEmptyFlowMappingIsAnEmptyRequest() throws {
    #expect(try convert("{}") == .object([]))
    #expect(try convert("{}\n") == .object([]))
  }

  @Test func keysKeepTheOrderTheExampleWrites() throws {
    let value = try convert("size: 3\norganizationId: \"o\"\nids: []\n")
    #expect(value.objectMembers?.map(\.key) == ["size", "organizationId", "ids"])
  }

  @Test func flattenedSequenceOfMappings() throws {
    let value = try convert(
      #"items: - widgetId: "a" name: "A" tags: - x - y - widgetId: "b" name: Two words size: 2"#)
    #expect(
      value
        == (try json(
          #"{"items": [{"widgetId": "a", "name": "A", "tags": ["x", "y"]}, {"widgetId": "b", "name": "Two words"}], "size": 2}"#
        )))
  }

  @Test func flattenedFlowCollectionsAndComments() throws {
    let value = try convert(
      #"ids: ["a", "b"] pagination: { pageSize: 20 } # twenty a page, see notes: below size: 3 # the size"#)
    #expect(value == (try json(#"{"ids": ["a", "b"], "pagination": {"pageSize": 20}, "size": 3}"#)))
  }

  @Test func flattenedMapTakesKeysNoEnclosingObjectDeclares() throws {
    let value = try convert(#"labels: team: "core" env: prod size: 1"#)
    #expect(value == (try json(#"{"labels": {"team": "core", "env": "prod"}, "size": 1}"#)))
  }

  @Test func invalidYAMLIsLocatedInTheTextAsGiven() throws {
    do {
      _ = try convert("ids:\n  - \"a\n")
      Issue.record("expected an error")
    } catch let error as YAMLExample.Failure {
      #expect(error.offset == 9)  // the unterminated quote
      #expect(error.message.contains("quoted scalar"))
    }
    do {
      _ = try convert(#"organizationId: "o" size: [1, 2"#)
      Issue.record("expected an error")
    } catch let error as YAMLExample.Failure {
      #expect(error.offset >= 26)  // inside the unclosed flow sequence, on the one line as given
    }
  }

  @Test func tabsInIndentationReadAsSpaces() throws {
    #expect(YAMLExample.firstIndentationTab(in: "pagination:\n\tpageSize: 20\n") == 12)
    #expect(try convert("pagination:\n\tpageSize: 20\n") == (try json(#"{"pagination": {"pageSize": 20}}"#)))
  }

  @Test func aNestedSequenceTakesOnlyItemsItsElementsDeclare() throws {
    // `- name:` after the inner `tags` items: Item declares `name`, so it is the next item of
    // `items`, not of `tags` (strings) — and `size` closes both.
    let value = try convert(#"items: - name: "A" tags: - x - name: "B" size: 1"#)
    #expect(value == (try json(#"{"items": [{"name": "A", "tags": ["x"]}, {"name": "B"}], "size": 1}"#)))
  }
}
