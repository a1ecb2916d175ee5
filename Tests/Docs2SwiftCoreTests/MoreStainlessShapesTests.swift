import Testing

@testable import Docs2SwiftCore

/// Shapes found in references rendered from more Stainless SDKs (hyperspell, imagekitio,
/// onebusaway), each of which stopped or misread the reference before.
@Suite("More Stainless reference shapes")
struct MoreStainlessShapesTests {
  static func parse(_ text: String, path: String = "ref.md") throws -> (api: APIDocument, warnings: [Diagnostic]) {
    let result = try Pipeline.parse(SourceFile(path: path, text: text))
    return (result.api, result.warnings)
  }

  /// A reference of one method, `widgets.<name>`, with the given Markdown after its HTTP path.
  static func reference(
    _ signature: String, _ verb: String = "get", _ path: String, _ rest: String, types: String = ""
  ) -> String {
    """
    # Widgets

    ## Call Widgets

    `\(signature)`

    **\(verb)** `\(path)`

    Does something with widgets.

    \(rest)
    \(types.isEmpty ? "" : "## Domain Types\n\n" + types)
    """
  }

  @Test func anIndentedCodeBlockShowingAFenceIsNoFence() throws {
    // hyperspell: a docstring's example indented by eight spaces is an indented code block whose
    // text begins with ```; it was taken for a fence never closed.
    let text = Self.reference(
      "widgets.add(WidgetAddParams**kwargs) -> Widget", "post", "/widgets",
      """
      Accepts traces in this format:

              ```json
              { "history": "[]" }
              ```

      ### Parameters

      - `history: str`

      ### Returns

      - `class Widget: …`
        - `id: str`

      """)
    let api = try Self.parse(text).api
    #expect(RESTReferenceTests.method(api, "widgets.add")?.description.contains("```json") == true)
    // A fence left open is still the located error, indented up to three spaces or by a tab in a list.
    let open = Self.reference(
      "widgets.add(WidgetAddParams**kwargs) -> Widget", "post", "/widgets", "Example:\n\n   ```json\n   {}\n")
    let error = parseError(open)
    #expect(error?.message == "unterminated code fence: no closing ```")
    #expect(error?.location?.line == 13)
  }

  @Test func aListOfAUnionWrittenInPlace() throws {
    // imagekitio's `assets.list() -> List[AssetListResponseItem]`, whose members `class File: …`
    // and `class Folder: …` are written in place: the element is a union type of its own.
    let text = Self.reference(
      "widgets.list(WidgetListParams**kwargs) -> WidgetListResponse", "get", "/widgets",
      """
      ### Returns

      - `List[WidgetListResponseItem]`
        - `class File: …`
          - `file_id: str`
          - `type: Literal["file"]`
            - `"file"`
        - `class Folder: …`
          - `folder_id: str`
          - `type: Literal["folder"]`
            - `"folder"`

      """,
      types: """
        ### Widget List Response

        - `WidgetListResponse = List[WidgetListResponseItem]`
          - `class File: …`
            - `file_id: str`
            - `type: Literal["file"]`
              - `"file"`
          - `class Folder: …`
            - `folder_id: str`
            - `type: Literal["folder"]`
              - `"folder"`

        """)
    let api = try Self.parse(text).api
    guard case .array(.union(let members))? = RESTReferenceTests.method(api, "widgets.list")?.returns else {
      Issue.record("not a list of a union")
      return
    }
    #expect(members.count == 2)
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    let operation = try #require(model.operations.first { $0.documentedPath == "widgets.list" })
    #expect(operation.responseType == "[WidgetListResponseItem]")
    let declaration = try #require(model.declaration(named: "WidgetListResponseItem"))
    guard case .union(let union) = declaration.kind else {
      Issue.record("WidgetListResponseItem is not a union")
      return
    }
    #expect(union.cases.map(\.name) == ["file", "folder"])
    #expect(union.discriminator == "type")
  }

  @Test func aPathPlaceholderSpelledAsTheAPISpellsIt() throws {
    // onebusaway: `/api/where/agency/{agencyID}.json` for the SDK's `agency_id`.
    let text = Self.reference(
      "widgets.retrieve(stragency_id) -> Widget", "get", "/api/where/agency/{agencyID}.json",
      """
      ### Parameters

      - `agency_id: str`

      ### Returns

      - `class Widget: …`
        - `id: str`

      """)
    let (api, warnings) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "widgets.retrieve"))
    #expect(method.http.path == "/api/where/agency/{agency_id}.json")
    #expect(method.params.first?.location == .path)
    #expect(!warnings.contains { $0.message.contains("placeholder") })
    // Other letters: the one positional argument the path does not name, warned.
    let other = Self.reference(
      "widgets.retrieve(strid) -> None", "get", "/widgets/{widgetKey}",
      "### Parameters\n\n- `id: str`\n- `limit: Optional[int]`\n")
    let (otherAPI, otherWarnings) = try Self.parse(other)
    #expect(RESTReferenceTests.method(otherAPI, "widgets.retrieve")?.http.path == "/widgets/{id}")
    #expect(
      otherWarnings.contains {
        $0.message.contains(
          "placeholder '{widgetKey}', which no parameter is named; it is read as the signature's argument 'id'")
      })
    // No argument to stand for it: the located error.
    let none = Self.reference(
      "widgets.retrieve(WidgetRetrieveParams**kwargs) -> None", "get", "/widgets/{widgetKey}",
      "### Parameters\n\n- `limit: Optional[int]`\n")
    #expect(
      parseError(none)?.message
        == "the HTTP path of 'Call Widgets' has the placeholder '{widgetKey}', which no parameter documents")
  }

  @Test func wireNamesTheResponseExampleShows() throws {
    // imagekitio: the SDK's `ai_tags` travels as `AITags`, `ai_auto_description` as
    // `ai-auto-description` (Pydantic aliases); only the response example shows them.
    let text = Self.reference(
      "widgets.retrieve(strwidget_id) -> Widget", "get", "/widgets/{widget_id}",
      """
      ### Parameters

      - `widget_id: str`

      ### Returns

      - `class Widget: …`

      ### Example

      ```python
      widget = client.widgets.retrieve("widget_id")
      ```

      #### Response

      ```json
      {
        "AITags": [{"tag_name": "car"}],
        "ai-auto-description": "a car",
        "created_at": "2024-01-01T00:00:00Z",
        "owner": {"user_id": "u"}
      }
      ```

      """,
      types: """
        ### Widget

        - `class Widget: …`
          - `ai_tags: Optional[List[AITag]]`
            - `tag_name: str`
          - `ai_auto_description: Optional[str]`
          - `created_at: str`
          - `owner: Optional[Owner]`
            - `user_id: str`

        """)
    let (api, warnings) = try Self.parse(text)
    let widget = try #require(api.allResources.flatMap(\.types).first { $0.name == "Widget" })
    #expect(widget.fields.map(\.jsonName) == ["AITags", "ai-auto-description", "created_at", "owner"])
    #expect(!warnings.contains { $0.message.contains("which no documented field has") })
    // Nested objects written in place, too (`tag_name` stays: the example spells it so).
    guard case .array(.object(_, let tagFields))? = widget.fields.first?.type else {
      Issue.record("ai_tags is not a list of objects")
      return
    }
    #expect(tagFields.map(\.jsonName) == ["tag_name"])
  }

  @Test func theDocumentedNameInAnExampleIsNoAlias() throws {
    // A Connect reference's example in snake_case where the wire names are camelCase (as the
    // other keys show): the documented name is not an alias; it stays the warned conflict.
    let text = """
      # Widgets

      ## Get Widget

      `widgets.get_widget(WidgetGetWidgetParams**kwargs) -> WidgetGetWidgetResponse`

      **post** `/example.v1.WidgetService/GetWidget`

      Gets a widget.

      ### Parameters

      - `widget_id: str`

      ### Returns

      - `class WidgetGetWidgetResponse: …`
        - `created_at: str`
        - `updated_at: str`
        - `owner_id: str`

      ### Example

      ```python
      response = client.widgets.get_widget(widget_id="w")
      ```

      #### Response

      ```json
      {"created_at": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z", "ownerId": "o"}
      ```

      """
    let (api, warnings) = try Self.parse(text)
    guard case .object(_, let fields)? = RESTReferenceTests.method(api, "widgets.get_widget")?.returns else {
      Issue.record("no object response")
      return
    }
    #expect(fields.map(\.jsonName) == ["createdAt", "updatedAt", "ownerId"])
    #expect(warnings.contains { $0.message.contains("uses 'created_at' where the wire name is 'createdAt'") })
  }

  @Test func typingListIsList() throws {
    // hyperspell: a module declaring a class `List` imports `typing.List as TypingList`.
    #expect(
      TypeExpression.parse("Optional[TypingList[Child]]") == .generic("Optional", [.generic("List", [.name("Child")])]))
    #expect(TypeExpression.parse("TypingDict[str, int]") == .generic("Dict", [.name("str"), .name("int")]))
    #expect(TypeExpression.parse("TypingLiteral[\"a\"]") == .literal(["a"]))
    #expect(TypeExpression.parse("TypingFoo[int]") == .generic("TypingFoo", [.name("int")]))
  }

  @Test func aMethodOfTheClientItself() throws {
    // mixedbread's `client.embed(…)`, written `.embed(…)` under the API's own heading: generated
    // on a resource named for that section (it stopped the reference: "names no resource").
    let text = """
      # Mixedbread

      ## Embed

      `.embed(ClientEmbedParams**kwargs) -> None`

      **post** `/v1/embeddings`

      Creates embeddings.

      ### Parameters

      - `model: str`

      """
    let (api, warnings) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "mixedbread.embed"))
    #expect(method.paramsType == "ClientEmbedParams")
    #expect(
      warnings.contains {
        $0.message
          == "'embed' is a method of the client itself; it is generated on a resource named for its section "
          + "'Mixedbread': `mixedbread.embed`" && $0.location?.line == 5
      })
  }

  @Test func aUnionMemberNamingAnUndeclaredType() throws {
    // julep's `content: Content` lists `List[ContentUnionMember0]`, a union alias of the SDK's
    // own module that the reference never declares: any JSON value there, warned (it stopped
    // the reference), as an undeclared field type already is in a reference of a Python SDK.
    let text = Self.reference(
      "widgets.retrieve(strwidget_id) -> Widget", "get", "/widgets/{widget_id}",
      """
      ### Parameters

      - `widget_id: str`

      ### Returns

      - `class Widget: …`
        - `content: Content`
          - `List[ContentUnionMember0]`
          - `class ContentTool: …`
            - `name: str`

      ### Example

      ```python
      from acme import Acme

      client = Acme()
      widget = client.widgets.retrieve("widget_id")
      ```

      """)
    let (api, warnings) = try Self.parse(text)
    guard case .object(_, let fields)? = RESTReferenceTests.method(api, "widgets.retrieve")?.returns,
      case .union(let members)? = fields.first?.type
    else {
      Issue.record("content is not a union")
      return
    }
    #expect(members.first == .array(.any))
    #expect(
      warnings.contains {
        $0.message.hasPrefix(
          "the type 'ContentUnionMember0' of the union member 'List[ContentUnionMember0]' is never declared")
      })
  }

  @Test func aListTheResponseExampleWritesAsAnObject() throws {
    // hyperspell.md's examples write `"children": {}` for `Optional[List[Child]]` (its renderer
    // stopped at the recursive type): warned, and the mock leaves it out, so that what it sends
    // decodes as documented.
    let text = Self.reference(
      "widgets.retrieve(strwidget_id) -> Widget", "get", "/widgets/{widget_id}",
      """
      ### Parameters

      - `widget_id: str`

      ### Returns

      - `class Widget: …`
        - `children: Optional[List[str]]`
        - `tags: List[str]`
        - `id: str`

      ### Example

      ```python
      widget = client.widgets.retrieve("widget_id")
      ```

      #### Response

      ```json
      {"children": {}, "tags": "tag", "id": "w"}
      ```

      """)
    let (api, warnings) = try Self.parse(text)
    #expect(
      warnings.map(\.message).filter { $0.contains("documented type is a list") } == [
        "the response example writes 'children' as an object, but its documented type is a list: the mock leaves "
          + "the value out",
        "the response example writes 'tags' as a string, but its documented type is a list: the mock leaves the "
          + "value out (sends [])",
      ])
    let method = try #require(RESTReferenceTests.method(api, "widgets.retrieve"))
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    let shape = ExampleShape(model)
    let sent = shape.conformed(try #require(method.responseExample), as: try #require(method.returns))
    #expect(sent == .object([("tags", .array([])), ("id", .string("w"))]))
  }
}
