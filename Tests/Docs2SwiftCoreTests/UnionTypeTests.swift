import Testing

@testable import Docs2SwiftCore

/// `Union[...]` in the IR: a union of its members, unless the wire form says one type.
@Suite struct UnionTypeTests {
  /// The API of one method, `things.get` on `path`, whose parameters are `parameters` (reference lines).
  func parsed(parameters: String, path: String = "/v1.ThingService/GetThing") throws -> Pipeline.Result {
    let reference = """
      # Things

      ## GetThing

      `things.get(ThingGetParams**kwargs) -> ThingGetResponse`

      **post** `\(path)`

      Gets a thing.

      ### Parameters

      \(parameters)

      ### Returns

      - `class ThingGetResponse: …`
        - `id: str`

      """
    return try parseReference(reference)
  }

  func params(_ types: [String]) throws -> [Field] {
    let fields = types.enumerated().map { "- `f\($0.offset): Optional[\($0.element)]`" }.joined(separator: "\n")
    return try #require(parsed(parameters: fields).api.method("things.get")).params
  }

  @Test func aTimestampOrItsStringIsATimestamp() throws {
    let fields = try params(["Union[str, datetime]", "Union[str, datetime, None]", "Union[datetime, str]"])
    #expect(fields.map(\.type) == [.datetime, .datetime, .datetime])
  }

  /// orb's `invoices.create(due_date:)`: its SDK sends `2025-09-22`, which is no timestamp.
  @Test func aDateOrATimestampIsText() throws {
    let fields = try params([
      "Union[Union[str, date], Union[str, datetime], None]", "Union[date, datetime]", "Union[str, date]",
      "Union[Union[str, datetime], None]",
    ])
    #expect(fields.map(\.type) == [.string, .string, .string, .datetime])
  }

  @Test func otherUnionsKeepTheirMembersInOrder() throws {
    let fields = try params(["Union[str, int]", "Union[str, float, bool]", "Union[str, List[str], None]"])
    #expect(fields[0].type == .union([.string, .integer]))
    #expect(fields[1].type == .union([.string, .number, .boolean]))
    #expect(fields[2].type == .union([.string, .array(.string)]))
    #expect(
      IRExport.value(fields[0].type)
        == (try JSONValue.parse(#"{"kind": "union", "members": [{"kind": "string"}, {"kind": "integer"}]}"#)))
  }

  @Test func anUndeclaredFieldlessMemberIsDroppedWithAWarning() throws {
    let result = try parsed(
      parameters: """
        - `data: Optional[Union[str, Base64FileInput]]`
        """)
    #expect(result.api.method("things.get")?.params.first?.type == .string)
    #expect(
      result.warnings.map(\.message) == [
        "'Base64FileInput' in a Union is never declared and lists no fields; the union is read as its other members"
      ])
  }

  @Test func aTimestampBesideAnUndeclaredClassStaysAUnion() throws {
    // The warning says the union keeps what the undeclared member sends: so it does, a
    // timestamp alone collapsing only where nothing was dropped beside it.
    let result = try parsed(
      parameters: """
        - `at: Optional[Union[datetime, Moment]]`
        - `since: Optional[Union[str, datetime]]`
        """, path: "/v1/things")
    #expect(result.api.method("things.get")?.params.map(\.type) == [.union([.datetime]), .datetime])
    #expect(
      result.warnings.map(\.message).contains(
        "'Moment' in a Union is never declared and lists no fields; the union is read as its other members, "
          + "and keeps a value that member does not read as it came"))
  }

  @Test func aListOfAnUndeclaredFieldlessClassIsAnArrayOfAnyJSON() throws {
    let result = try parsed(
      parameters: """
        - `content: Optional[Union[str, Iterable[ContentPart], None]]`
          - `str`
          - `Iterable[ContentPart]`
        - `parts: Optional[Union[List[str], Iterable[ContentPart]]]`
        """)
    let params = try #require(result.api.method("things.get")?.params)
    // Still an array on the wire, so the caller can send one; where another member is an array,
    // which is which could not be told apart: dropped, but the one member left stays a union,
    // whose `unknown` case keeps (and sends) a list of parts as it came.
    #expect(params.map(\.type) == [.union([.string, .array(.any)]), .union([.array(.string)])])
    #expect(
      result.warnings.map(\.message) == [
        "'ContentPart' in a Union is never declared and lists no fields; its list is read as an array of any JSON value",
        "'ContentPart' in a Union is never declared and lists no fields; the union is read as its other members, "
          + "and keeps a value that member does not read as it came",
      ])
    // Generated as a union of that one member and its `unknown` case.
    let files = try PackageEmitter.emit(result.api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let source = try #require(files.first { $0.path.hasSuffix("Params/ThingGetParams.swift") }).contents
    #expect(source.contains("case array([String])"))
    #expect(source.contains("case unknown("))
  }
}
