import Testing

@testable import Docs2SwiftCore

/// Shapes found in references rendered from more Stainless SDKs (hyperspell, imagekitio,
/// onebusaway), each of which stopped or misread the reference before.
@Suite("More Stainless reference shapes")
struct MoreStainlessShapesTests {
  /// Every resource's Domain Types by name (`TypeRef.objectFields(in:)` reads them).
  static func declarations(_ api: APIDocument) -> [String: TypeDecl] {
    Dictionary(api.allResources.flatMap(\.types).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
  }

  static func parse(_ text: String, path: String = "ref.md") throws -> (api: APIDocument, warnings: [Diagnostic]) {
    let result = try Pipeline.parse(SourceFile(path: path, text: text))
    return (result.api, result.warnings)
  }

  /// The reference read as written and flattened, expecting one API model of both.
  static func bothForms(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (
    structured: APIDocument, flattened: APIDocument
  ) {
    let structured = try parse(text).api
    let flattened = try parse(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")).api
    let differences = FlattenedEquivalenceTests.differences(IRExport.value(structured), IRExport.value(flattened))
    #expect(differences.isEmpty, Comment(rawValue: differences.joined(separator: "\n")), sourceLocation: sourceLocation)
    return (structured, flattened)
  }

  /// An `### Example` of a call through a Python SDK's client: the evidence that a reference
  /// was rendered from a Python SDK.
  static func pythonExample(_ call: String) -> String {
    "### Example\n\n```python\nfrom acme import Acme\n\nclient = Acme()\n\(call)\n```\n"
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

  @Test func aResponseExampleSpellingAKeyOtherwiseStillPlacesItsField() throws {
    // terminal-shop's `Product`: `time_hidden` after `tags: Tags` fits under either (the order
    // of their names allows both), and its response example writes it `"timeHidden"` beside
    // `"tags"`, where `Tags`' keys are snake_case (`"market_eu"`). Read by wire name the example
    // said nothing (the flattened form placed it under `tags`, warned); by its spelling it is
    // `Product`'s.
    let text = Self.reference(
      "widgets.retrieve(strid) -> Product", "get", "/widgets/{id}",
      """
      ### Parameters

      - `id: str`

      ### Returns

      - `class Product: …`
        - `id: str`
        - `name: str`
        - `tags: Optional[Tags]`
          - `app: Optional[str]`
          - `market_eu: Optional[bool]`
        - `time_hidden: Optional[str]`

      ### Example

      ```python
      from acme import Acme

      client = Acme()
      product = client.widgets.retrieve("id")
      ```

      #### Response

      ```json
      {
        "id": "id",
        "name": "name",
        "tags": {
          "app": "app",
          "market_eu": true
        },
        "timeHidden": "timeHidden"
      }
      ```
      """)
    let (_, flattened) = try Self.bothForms(text)
    let product = try #require(flattened.resources.first?.methods.first?.returns)
    guard case .object(_, let fields) = product else {
      Issue.record("not an object: \(product)")
      return
    }
    #expect(fields.map(\.name) == ["id", "name", "tags", "time_hidden"])
    let warnings = try Self.parse(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")).warnings
    #expect(!warnings.contains { $0.message.contains("nesting of 'time_hidden'") }, "\(warnings.map(\.message))")
  }

  @Test func aMapsExampleShowsTheFieldsOfTheObjectsItHolds() throws {
    // trycourier's `preferences.notifications: Dict[str, Preference]`, whose example is
    // `{"foo": {"status": …, "channel_preferences": […], "source": …}}`: `source` after
    // `channel_preferences`' last field fits under either by the order of names. The example of
    // the map is its values' (`Preference` writes `source`, its channel preference does not);
    // read as the map itself it had no `source` and sent the field into the list.
    let text = Self.reference(
      "widgets.retrieve(strid) -> Widget", "get", "/widgets/{id}",
      """
      ### Parameters

      - `id: str`

      ### Returns

      - `class Widget: …`
        - `id: str`
        - `notifications: Dict[str, Preference]`
          - `status: str`
          - `channels: Optional[List[Channel]]`
            - `channel: str`
          - `source: Optional[str]`
        - `template_id: Optional[str]`

      ### Example

      ```python
      from acme import Acme

      client = Acme()
      widget = client.widgets.retrieve("id")
      ```

      #### Response

      ```json
      {
        "id": "id",
        "notifications": {
          "foo": {
            "status": "status",
            "channels": [
              {
                "channel": "channel"
              }
            ],
            "source": "source"
          }
        },
        "template_id": "template_id"
      }
      ```
      """)
    let (_, flattened) = try Self.bothForms(text)
    let widget = try #require(flattened.resources.first?.methods.first?.returns)
    guard case .object(_, let fields) = widget, let notifications = fields.first(where: { $0.name == "notifications" }),
      case .map(.object(_, let preference)) = notifications.type
    else {
      Issue.record("not an object with a map of objects: \(widget)")
      return
    }
    #expect(preference.map(\.name) == ["status", "channels", "source"])
    let warnings = try Self.parse(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")).warnings
    #expect(!warnings.contains { $0.message.contains("nesting of 'source'") }, "\(warnings.map(\.message))")
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

  @Test func aPathChosenByWhichParameterACallPassesIsReadAsItsFirstChoiceWarned() throws {
    // cloudflare's 114 methods on `/{accounts_or_zones}/{account_or_zone_id}/…`: its SDK fills
    // them with `accounts` and `account_id`, or `zones` and `zone_id`, whichever a call passes.
    // The whole reference stopped at the first ("no parameter documents").
    let text = Self.reference(
      "widgets.create(WidgetCreateParams**kwargs) -> Widget", "post",
      "/{accounts_or_zones}/{account_or_zone_id}/widgets",
      """
      ### Parameters

      - `account_id: Optional[str]` The Account ID to use for this endpoint. Mutually exclusive with the Zone ID.
      - `zone_id: Optional[str]` The Zone ID to use for this endpoint. Mutually exclusive with the Account ID.
      - `name: str`

      ### Returns

      - `class Widget: …`
        - `id: str`

      """)
    let (structured, flattened) = try Self.bothForms(text)
    let method = try #require(RESTReferenceTests.method(structured, "widgets.create"))
    #expect(method.http.path == "/accounts/{account_id}/widgets")
    #expect(method.params.map(\.name) == ["account_id", "name"])
    #expect(method.params.map(\.location) == [.path, .body])
    #expect(method.params.first?.required == true)
    #expect(RESTReferenceTests.method(flattened, "widgets.create")?.http.path == method.http.path)
    let warning = try #require(try Self.parse(text).warnings.first { $0.message.contains("is chosen by") })
    #expect(
      warning.message
        == "the HTTP path of 'Call Widgets', '/{accounts_or_zones}/{account_or_zone_id}/widgets', is chosen by which "
        + "of 'account_id' and 'zone_id' a call passes; docs2swift does not generate such a choice yet: the method "
        + "calls '/accounts/{account_id}/widgets', with 'account_id' required, and takes no 'zone_id'")
    // Alternatives that are not all parameters are a placeholder no parameter documents.
    let unknown = text.replacingOccurrences(of: "- `zone_id: Optional[str]`", with: "- `zone: Optional[str]`")
    #expect(
      parseError(unknown)?.message
        == "the HTTP path of 'Call Widgets' has the placeholder '{accounts_or_zones}', which no parameter documents")
    #expect(IRBuilder.alternativeParameters("account_or_zone_id", among: method.params) == nil)
    let both = [field("account_id", .string), field("zone_id", .string)]
    #expect(IRBuilder.alternativeParameters("account_or_zone_id", among: both)?.stems == ["account", "zone"])
    #expect(IRBuilder.alternativeParameters("account_or_", among: both) == nil)
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

  @Test func aUnionThatAdmitsNoneIsOptional() throws {
    // mixedbread's `files.create(file, multipart_upload: Union[bool, MultipartUploadOptions, None])`:
    // a parameter its SDK defaults to `None`, not a required one (the mock refused the SDK's call
    // without it).
    let options = TypeExpression.name("MultipartUploadOptions")
    #expect(
      TypeExpression.parse("Union[bool, MultipartUploadOptions, None]")
        == .generic("Optional", [.generic("Union", [.name("bool"), options])]))
    #expect(TypeExpression.parse("Union[str, None]") == .generic("Optional", [.name("str")]))
    #expect(
      TypeExpression.parse("Optional[Union[str, datetime, None]]")
        == .generic("Optional", [.generic("Union", [.name("str"), .name("datetime")])]))
    #expect(TypeExpression.parse("Union[str, int]") == .generic("Union", [.name("str"), .name("int")]))
  }

  @Test func aRequestFieldIsSpelledAsTheResponseExamplesSpellIt() throws {
    // beeper's `chats.create(account_id=…)` travels as `accountID`, as every response example
    // spells `account_id`; terminal-shop's `addressID` and trycourier's `recipientId` alike. A
    // name the examples spell two ways keeps the style's spelling.
    func reference(_ otherSpelling: String, requestExample: String = "") -> String {
      """
      # Chats

      ## Retrieve Chat

      `chats.retrieve(strchat_id) -> Chat`

      **get** `/v1/chats/{chat_id}`

      Retrieves a chat.

      ### Parameters

      - `chat_id: str`

      ### Returns

      - `class Chat: …`
        - `account_id: str`
        - `owner: Owner`
          - `account_id: str`

      ### Example

      ```python
      from beeper import Beeper

      client = Beeper()
      chat = client.chats.retrieve(
          "chat_id",
      )
      print(chat.account_id)
      ```

      #### Response

      ```json
      {
        "accountID": "accountID",
        "owner": {
          "\(otherSpelling)": "accountID"
        }
      }
      ```

      ## Create Chat

      `chats.create(ChatCreateParams**kwargs) -> Chat`

      **post** `/v1/chats`

      Creates a chat.
      \(requestExample)
      ### Parameters

      - `account_id: str`
      - `title: Optional[str]`

      ### Returns

      - `class Chat: …`
        - `account_id: str`
        - `owner: Owner`
          - `account_id: str`

      """
    }
    let (api, warnings) = try Self.parse(reference("accountID"))
    let create = try #require(RESTReferenceTests.method(api, "chats.create"))
    #expect(create.params.map(\.jsonName) == ["accountID", "title"])
    let warning = try #require(warnings.first { $0.message.contains("as the response examples spell it") })
    #expect(
      warning.message
        == "'account_id' is sent as 'accountID', as the response examples spell it (no request example shows it)")
    let lines = reference("accountID").split(separator: "\n", omittingEmptySubsequences: false)
    #expect(warning.location.map { lines[$0.line - 1] } == "## Create Chat")
    let (conflicting, _) = try Self.parse(reference("account_id_2"))
    #expect(RESTReferenceTests.method(conflicting, "chats.create")?.params.first?.jsonName == "accountID")
    let (twoWays, _) = try Self.parse(reference("AccountId"))
    #expect(RESTReferenceTests.method(twoWays, "chats.create")?.params.first?.jsonName == "account_id")
    // (writer.md's responses write `file_id` and `fileId`; its requests send `file_id`.)
    let (alsoAsDocumented, _) = try Self.parse(reference("account_id"))
    #expect(RESTReferenceTests.method(alsoAsDocumented, "chats.create")?.params.first?.jsonName == "account_id")
    // A request example that sends it as documented is the evidence of requests.
    let example = "\n### Examples\n\n- Create: A chat.\n\n  ```yaml\n  account_id: \"a\"\n  ```\n"
    let (requestShown, shownWarnings) = try Self.parse(reference("accountID", requestExample: example))
    #expect(RESTReferenceTests.method(requestShown, "chats.create")?.examples.count == 1)
    #expect(RESTReferenceTests.method(requestShown, "chats.create")?.params.first?.jsonName == "account_id")
    #expect(!shownWarnings.contains { $0.message.contains("as the response examples spell it") })
  }

  @Test func aLabelTheResponsesWriteIsNoSpellingOfARequestField() throws {
    // runwayml's audit log answers `previous_text` as `"Previous text"` among other labels (its
    // SDK's model aliases them); its text-to-speech requests send `previous_text` as
    // `previousText`, as the API spells its names (`estimatedCost`). The label was adopted for
    // the request.
    let text = """
      # Speech

      ## Create Speech

      `speech.create(SpeechCreateParams**kwargs) -> SpeechCreateResponse`

      **post** `/v1/speech`

      Creates speech.

      ### Parameters

      - `previous_text: Optional[str]` Text that comes before.
      - `prompt_text: str` The text.

      ### Returns

      - `class SpeechCreateResponse: …`
        - `id: str`
        - `estimated_cost: float`

      ### Example

      ```python
      from runwayml import RunwayML

      client = RunwayML()
      speech = client.speech.create(
          prompt_text="x",
      )
      ```

      #### Response

      ```json
      {
        "id": "id",
        "estimatedCost": 0
      }
      ```

      # Audit Log

      ## Retrieve Audit Log

      `audit_log.retrieve(strid) -> AuditLogRetrieveResponse`

      **get** `/v1/audit_log/{id}`

      Retrieves an entry.

      ### Parameters

      - `id: str`

      ### Returns

      - `class AuditLogRetrieveResponse: …`
        - `previous_text: Optional[str]`
        - `previous_role: Optional[str]`

      ### Example

      ```python
      from runwayml import RunwayML

      client = RunwayML()
      entry = client.audit_log.retrieve(
          "id",
      )
      ```

      #### Response

      ```json
      {
        "Previous text": "Previous text",
        "Previous role": "Previous role"
      }
      ```

      """
    let (api, warnings) = try Self.parse(text)
    let create = try #require(RESTReferenceTests.method(api, "speech.create"))
    #expect(create.params.map(\.jsonName) == ["previousText", "promptText"])
    #expect(!warnings.contains { $0.message.contains("'previous_text' is sent") })
    // The response keeps its own key.
    let retrieve = try #require(RESTReferenceTests.method(api, "audit_log.retrieve"))
    #expect(retrieve.returns?.objectFields(in: [:])?.map(\.jsonName) == ["Previous text", "Previous role"])
    #expect(IRBuilder.isWordForm("addressID", of: "address_id") && IRBuilder.isWordForm("from", of: "from_"))
    #expect(!IRBuilder.isWordForm("Previous text", of: "previous_text") && !IRBuilder.isWordForm("$ref", of: "ref"))
    // papr's `MemoryMetadata` writes one such key among others written as named: its requests
    // send it so.
    let named = text.replacingOccurrences(of: "\"Previous role\": \"Previous role\"", with: "\"previousRole\": \"x\"")
    let (papr, paprWarnings) = try Self.parse(named)
    #expect(RESTReferenceTests.method(papr, "speech.create")?.params.first?.jsonName == "Previous text")
    #expect(paprWarnings.contains { $0.message.contains("'previous_text' is sent as 'Previous text'") })
  }

  @Test func aPathParameterOfSeveralScalarTypes() throws {
    // gradient's `keys.retrieve(Union[int, str]ssh_key_identifier)`: the positional parameter is
    // no params type (its package did not compile: `UnionIntStrSshKeyIdentifier(rawValue: "")`),
    // and in Swift the path segment is its text.
    let text = """
      # Keys

      ## Retrieve Key

      `keys.retrieve(Union[int, str]ssh_key_identifier) -> Key`

      **get** `/v2/account/keys/{ssh_key_identifier}`

      Retrieves a key.

      ### Parameters

      - `ssh_key_identifier: Union[int, str]`

      ### Returns

      - `class Key: …`
        - `name: str`

      """
    let (api, _) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "keys.retrieve"))
    #expect(method.paramsType == "KeyRetrieveParams")
    #expect(method.params.map(\.location) == [.path])
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    let params = try #require(model.declaration(named: "KeyRetrieveParams"))
    #expect(params.properties.map(\.type) == [.named("String")])
    #expect(params.nested.isEmpty)
  }

  @Test func aMethodOfTheClientItself() throws {
    // mixedbread's `client.embed(…)`, written `.embed(…)` under the API's own heading: kept on a
    // resource named for that section (it stopped the reference: "names no resource"), and the
    // client's own method too, as in Python.
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
    #expect(api.resources.map(\.holdsClientMethods) == [true])
    #expect(!warnings.contains { $0.message.contains("client itself") }, "\(warnings.map(\.message))")
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let own = try #require(files.first { $0.path.hasSuffix("Client/MixedbreadClient+Methods.swift") }).contents
    #expect(own.contains("extension MixedbreadClient {"))
    #expect(own.contains("  public func embed(\n    model: String,"), "\(own)")
    #expect(own.contains("  public func embedWithResponse("))
    #expect(!own.contains("struct") && !own.contains("var mixedbread"))
    // The resource stays (`client.mixedbread.embed(…)`, where the server's service is).
    #expect(files.contains { $0.path.hasSuffix("Resources/MixedbreadResource.swift") })
    #expect(IRExport.json(api).contains(#""clientMethods""#))
    // The config names it by its resource; named as its signature writes it, it is told so.
    let config = try GeneratorConfig.parse(
      "publicMethods: embed\nparameterLocations: embed.model=query\n", path: "c.yml")
    let configWarnings = api.locating(by: config).1.map(\.message)
    #expect(
      configWarnings.contains(
        "the config names 'embed' public, which is no method or resource of the reference (a method of the "
          + "client itself is named with its resource: 'mixedbread.embed')"), "\(configWarnings)")
    #expect(configWarnings.contains { $0.hasSuffix("named with its resource: 'mixedbread.embed.model')") })
    let named = try GeneratorConfig.parse("publicMethods: mixedbread.embed\n", path: "c.yml")
    #expect(api.locating(by: named).1.isEmpty)

    // A name the client has already (`withOptions`) keeps them on the resource, warned.
    let taken = text.replacingOccurrences(of: ".embed(ClientEmbedParams", with: ".with_options(ClientEmbedParams")
    let (takenAPI, _) = try Self.parse(taken)
    let (_, warned) = try SwiftModel.decide(takenAPI, config: GeneratorConfig())
    #expect(
      warned.contains {
        $0.message == "the methods of the client itself are generated on 'client.mixedbread' only: "
          + "'withOptions' is a member of the client already" && $0.location?.line == 3
      }, "\(warned.map(\.message))")
    let kept = try PackageEmitter.emit(takenAPI, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    #expect(!kept.contains { $0.path.hasSuffix("+Methods.swift") })
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

      \(Self.pythonExample("widget = client.widgets.retrieve(\"widget_id\")"))

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

  @Test func aPathWithAFixedQuery() throws {
    // gradient's `POST /chat/completions?agent=true`, turbopuffer's two methods of one verb and
    // path told apart by `?stainless_overload=copyFrom` (it stopped the reference: "has the
    // character ?").
    let text = """
      # Namespaces

      ## Write

      `namespaces.write(strnamespace, NamespaceWriteParams**kwargs) -> None`

      **post** `/v2/namespaces/{namespace}`

      Writes.

      ### Parameters

      - `namespace: str`
      - `rows: Optional[List[str]]`

      ## Copy From

      `namespaces.copy_from(strnamespace, NamespaceCopyFromParams**kwargs) -> None`

      **post** `/v2/namespaces/{namespace}?stainless_overload=copyFrom`

      Copies.

      ### Parameters

      - `namespace: str`
      - `source_namespace: str`

      """
    let api = try Self.parse(text).api
    let copy = try #require(RESTReferenceTests.method(api, "namespaces.copy_from"))
    #expect(copy.http.path == "/v2/namespaces/{namespace}")
    #expect(copy.http.query == [HTTPEndpoint.QueryItem(name: "stainless_overload", value: "copyFrom")])
    #expect(copy.http.pathAndQuery == "/v2/namespaces/{namespace}?stainless_overload=copyFrom")
    #expect(copy.params.first?.location == .path)
    #expect(
      IRExport.value(copy)["http"]
        == .object([
          ("method", .string("POST")), ("path", .string("/v2/namespaces/{namespace}")),
          ("query", .array([.object([("name", .string("stainless_overload")), ("value", .string("copyFrom"))])])),
        ]))
    // The client sends the fixed query; the server registers the procedure under it; the tests
    // expect it; the OpenAPI document keeps the two operations apart.
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let client = try #require(files.first { $0.path.hasSuffix("NamespacesResource.swift") }).contents
    #expect(client.contains(#"query.append("stainless_overload", "copyFrom")"#))
    #expect(client.components(separatedBy: "query.append(\"stainless_overload\"").count == 2)
    let service = try #require(files.first { $0.path.hasSuffix("NamespacesService.swift") }).contents
    #expect(service.contains(#"path: "/v2/namespaces/{namespace}?stainless_overload=copyFrom","#))
    let openAPI = OpenAPIExporter.document(api)
    #expect(openAPI["paths"]?["/v2/namespaces/{namespace}?stainless_overload=copyFrom"]?["post"] != nil)
    #expect(openAPI["paths"]?["/v2/namespaces/{namespace}"]?["post"] != nil)
    // What follows `?` must be `name=value` pairs.
    let bad = text.replacingOccurrences(of: "?stainless_overload=copyFrom", with: "?copyFrom")
    #expect(parseError(bad)?.message.contains("has a query that is not `name=value` pairs joined by '&'") == true)
  }

  @Test func pathAndBodyParametersOfOneName() throws {
    // gradient: Stainless calls the path's `agent_uuid` `path_agent_uuid` and the body's
    // `body_agent_uuid`, which travels as `agent_uuid`.
    let text = Self.reference(
      "widgets.update(strpath_widget_id, WidgetUpdateParams**kwargs) -> None", "put", "/widgets/{widget_id}",
      "### Parameters\n\n- `path_widget_id: str`\n- `body_widget_id: Optional[str]` Widget id\n- `name: Optional[str]`\n"
    )
    let method = try #require(RESTReferenceTests.method(try Self.parse(text).api, "widgets.update"))
    #expect(method.http.path == "/widgets/{path_widget_id}")
    #expect(method.params.map(\.jsonName) == ["path_widget_id", "widget_id", "name"])
    #expect(method.params.map(\.location) == [.path, .body, .body])
    // bem: the path spells it `{functionName}`, the body's is `function_name` (no `body_`).
    let camel = Self.reference(
      "functions.update(strpath_function_name, FunctionUpdateParams**kwargs) -> None", "patch",
      "/functions/{functionName}",
      "### Parameters\n\n- `path_function_name: str`\n- `function_name: Optional[str]`\n"
    )
    let update = try #require(RESTReferenceTests.method(try Self.parse(camel).api, "functions.update"))
    #expect(update.http.path == "/functions/{path_function_name}")
    #expect(update.params.map(\.name) == ["path_function_name", "function_name"])
    #expect(update.params.map(\.location) == [.path, .body])
    // The same in a camelCase API, where the body's `function_name` travels as `functionName`,
    // the placeholder's spelling.
    let camelCased = Self.reference(
      "functions.update(strpath_function_name, FunctionUpdateParams**kwargs) -> Function", "patch",
      "/functions/{functionName}",
      "### Parameters\n\n- `path_function_name: str`\n- `function_name: Optional[str]`\n\n"
        + "### Returns\n\n- `class Function: …`\n  - `function_name: str`\n  - `display_name: str`\n\n"
        + "#### Response\n\n```json\n{\"functionName\": \"a\", \"displayName\": \"b\"}\n```\n"
    )
    let camelUpdate = try #require(RESTReferenceTests.method(try Self.parse(camelCased).api, "functions.update"))
    #expect(camelUpdate.params.last?.jsonName == "functionName")
    #expect(camelUpdate.http.path == "/functions/{path_function_name}")
    #expect(camelUpdate.params.map(\.location) == [.path, .body])
    // codex: a parent's placeholder passed by keyword beside the `path_` one passed by position.
    let nested = Self.reference(
      "projects.evals.update(strpath_eval_key, EvalUpdateParams**kwargs) -> None", "put",
      "/projects/{project_id}/evals/{eval_key}",
      "### Parameters\n\n- `project_id: str`\n- `path_eval_key: str`\n- `body_eval_key: str`\n"
    )
    let evals = try #require(RESTReferenceTests.method(try Self.parse(nested).api, "projects.evals.update"))
    #expect(evals.http.path == "/projects/{project_id}/evals/{path_eval_key}")
    #expect(evals.params.map(\.jsonName) == ["project_id", "path_eval_key", "eval_key"])
    #expect(evals.params.map(\.location) == [.path, .path, .body])
  }

  @Test func tuplesAreLists() throws {
    // turbopuffer's filters: `Tuple[str, Literal["Eq"], object]`.
    let text = Self.reference(
      "widgets.query(WidgetQueryParams**kwargs) -> None", "post", "/widgets/query",
      "### Parameters\n\n- `point: Tuple[float, float]`\n- `filter: Tuple[str, Literal[\"Eq\"], object]`\n")
    let (api, warnings) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "widgets.query"))
    #expect(method.params.map(\.type) == [.array(.number), .array(.any)])
    #expect(
      warnings.map(\.message).contains(
        "'filter' is a tuple of values of several types; read as a list of any JSON value"))
  }

  @Test func aUnionOfUndeclaredTypesOnly() throws {
    // turbopuffer's `delete_by_filter: Optional[Union[Filter, Omit]]`, neither declared: any JSON
    // value in a reference of a Python SDK (warned); still the error in a Connect reference.
    let text = Self.reference(
      "widgets.delete(WidgetDeleteParams**kwargs) -> None", "post", "/widgets/delete",
      """
      ### Parameters

      - `delete_by_filter: Optional[Union[Filter, Omit]]`
        - `Filter`
        - `class Omit: …`

      \(Self.pythonExample("client.widgets.delete()"))

      """)
    let (api, warnings) = try Self.parse(text)
    #expect(RESTReferenceTests.method(api, "widgets.delete")?.params.first?.type == .any)
    #expect(
      warnings.map(\.message).contains(
        "'Filter', 'Omit' in a Union are never declared and list no fields; read as any JSON value"))
  }

  @Test func resourceTypeNamesDifferInMoreThanCase() throws {
    // gradient: `agents.evaluation_metrics.openai` ("Openai") and `models.providers.openai`
    // ("Open AI"): `OpenaiResource` and `OpenAIResource` would be one DocC file on macOS.
    func section(_ title: String, _ accessor: String, _ path: String) -> String {
      """
      # \(title)

      ## List

      `\(accessor).list() -> None`

      **get** `\(path)`

      Lists.

      """
    }
    let text =
      section("Openai", "agents.openai", "/agents/openai") + "\n"
      + section("Open AI", "models.openai", "/models/openai")
    let (model, _) = try SwiftModel.decide(try Self.parse(text).api, config: GeneratorConfig())
    let names = model.resources.map(\.typeName)
    #expect(Set(names.map { $0.lowercased() }).count == names.count)
  }

  @Test func literalValuesWithEscapes() throws {
    // nimble's key names: `Literal["\r", "\n", "\\", "\"", "'", "`"]` (the item written in a
    // double-backtick code span, as it holds a backtick).
    #expect(
      TypeExpression.parse(#"Literal["\r", "\n", "\\", "\"", '\'', "`", "a\qb"]"#)
        == .literal(["\r", "\n", "\\", "\"", "'", "`", "a\\qb"]))
    let text = Self.reference(
      "widgets.press(WidgetPressParams**kwargs) -> None", "post", "/widgets/press",
      "### Parameters\n\n- `` key: Literal[\"Enter\", \"\\r\", \"\\\"\", \"`\"] ``\n")
    let api = try Self.parse(text).api
    #expect(
      RESTReferenceTests.method(api, "widgets.press")?.params.first?.type
        == .enum(name: nil, values: ["Enter", "\r", "\"", "`"]))
    #expect(SwiftDocumentation.enumConstant("\r") == #"The value `"\r"`."#)
  }

  @Test func aPathParameterIsPassedByPositionAndRequired() throws {
    // orb's `customers.update_by_external_id(id, external_customer_id=…)` on
    // `/customers/external_customer_id/{external_customer_id}`: the path takes `id` (the SDK's
    // `path_template("…/{id}", id=id)`); `external_customer_id`, passed by keyword, is the new id
    // in the body. It was read the other way round, silently.
    let text = Self.reference(
      "widgets.update_by_external_id(strid, WidgetUpdateParams**kwargs) -> None", "put",
      "/widgets/external_id/{external_id}",
      "### Parameters\n\n- `id: str`\n- `external_id: Optional[str]` The new external id.\n")
    let (api, warnings) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "widgets.update_by_external_id"))
    #expect(method.http.path == "/widgets/external_id/{id}")
    #expect(method.params.map(\.location) == [.path, .body])
    #expect(
      warnings.contains {
        $0.message.contains("'{external_id}', which names a parameter the signature does not pass by position")
      })
    // browserbase's `functions.secrets.detach(secret_id, *, id)` on
    // `/v1/functions/{id}/secrets/{secretId}`, its wire names camelCase: `secret_id` is named by
    // its placeholder through its wire name, so no positional argument is left and the keyword
    // `id` is the path's (it was read as `secret_id`'s, and the client declared it twice).
    var params = [
      Field(name: "id", jsonName: "id", required: true, type: .string, description: ""),
      Field(name: "secret_id", jsonName: "secretId", required: true, type: .string, description: ""),
    ]
    var sink = DiagnosticSink()
    #expect(
      try IRBuilder.pathNamingParameters(
        "/v1/functions/{id}/secrets/{secretId}", params: &params, positional: ["secret_id"], heading: "Detach",
        at: nil, diagnostics: &sink) == "/v1/functions/{id}/secrets/{secretId}")
    #expect(sink.diagnostics.isEmpty)
    // trycourier's `notifications.put_element(element_id, *, id)` on
    // `/notifications/{id}/elements/{elementId}`, no example showing `element_id`'s wire name:
    // the placeholder spells the positional argument, so again the keyword `id` is the path's
    // (it stopped with "'{id}', which no parameter documents").
    params[1].jsonName = "secret_id"
    #expect(
      try IRBuilder.pathNamingParameters(
        "/v1/functions/{id}/secrets/{secretId}", params: &params, positional: ["secret_id"], heading: "Detach",
        at: nil, diagnostics: &sink) == "/v1/functions/{id}/secrets/{secret_id}")
    #expect(sink.diagnostics.isEmpty)
    // turbopuffer's `namespace: Optional[str]`, keyword-only (its SDK falls back to the client's
    // namespace): a path cannot leave it out, so it is required (warned).
    let optional = Self.reference(
      "widgets.write(WidgetWriteParams**kwargs) -> None", "post", "/widgets/{namespace}",
      "### Parameters\n\n- `namespace: Optional[str]`\n- `rows: List[str]`\n")
    let (optionalAPI, optionalWarnings) = try Self.parse(optional)
    let write = try #require(RESTReferenceTests.method(optionalAPI, "widgets.write"))
    #expect(write.params.first.map { ($0.location, $0.required) } ?? (nil, false) == (.path, true))
    #expect(
      optionalWarnings.contains {
        $0.message == "the path parameter 'namespace' of 'Call Widgets' is documented as optional; a path cannot "
          + "leave it out: it is required"
      })
    // Said once per name, at its first method, with how many more have one (gcore's client-level
    // `project_id: Optional[int]` stands in 288 paths).
    let more = (1...2).map { number in
      "## Delete Widgets \(number)\n\n`widgets.delete\(number)(WidgetDelete\(number)Params**kwargs) -> None`\n\n"
        + "**delete** `/widgets/{namespace}/\(number)`\n\nDeletes.\n\n### Parameters\n\n- `namespace: Optional[str]`\n"
    }
    let several = Self.reference(
      "widgets.write(WidgetWriteParams**kwargs) -> None", "post", "/widgets/{namespace}",
      "### Parameters\n\n- `namespace: Optional[str]`\n- `rows: List[str]`\n\n" + more.joined(separator: "\n"))
    let (severalAPI, severalWarnings) = try Self.parse(several)
    #expect(severalAPI.allResources.flatMap(\.methods).map { $0.params.first?.required } == [true, true, true])
    #expect(
      severalWarnings.filter { $0.message.contains("documented as optional") }.map(\.message) == [
        "the path parameter 'namespace' of 'Call Widgets' is documented as optional; a path cannot leave it out: "
          + "it is required (the same in 2 more methods)"
      ])
  }

  @Test func aPathParameterOfAnUndeclaredTypeIsAString() throws {
    // Modern Treasury's `accounts_type: AccountsType`, a shared `Literal[…]` its reference never
    // declares: read as any JSON value, its client did not compile (`PathParameters.segment`
    // takes text). A path segment is text.
    let text = Self.reference(
      "widgets.retrieve(strid, WidgetRetrieveParams**kwargs) -> None", "get", "/{accounts_type}/widgets/{id}",
      "### Parameters\n\n- `accounts_type: AccountsType`\n- `id: str`\n\n"
        + "### Example\n\n```python\nclient.widgets.retrieve(\n    id=\"id\",\n"
        + "    accounts_type=\"external_accounts\",\n)\n```\n")
    let (api, warnings) = try Self.parse(text)
    let retrieve = try #require(RESTReferenceTests.method(api, "widgets.retrieve"))
    let accountsType = try #require(retrieve.params.first { $0.name == "accounts_type" })
    #expect(accountsType.location == .path && accountsType.type == .string)
    #expect(
      warnings.contains {
        $0.message == "the path parameter 'accounts_type' of 'Call Widgets' has a type the reference never declares; "
          + "a path segment is text: read as a string"
      })
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let params = try #require(files.first { $0.path.hasSuffix("/WidgetRetrieveParams.swift") }).contents
    #expect(params.contains("public var accountsType: String"))
  }

  @Test func aPathParameterTheClientHolds() throws {
    // m3ter's `org_id: Optional[str]` in every path, and `M3ter(api_key=…, org_id="My Org ID")`:
    // Stainless's client-level path parameter, which its SDK takes from the client when a call
    // leaves it out. It was warned as optional and made required in every one of 285 methods.
    let text = Self.reference(
      "widgets.list(WidgetListParams**kwargs) -> None", "get", "/orgs/{orgId}/widgets",
      "### Parameters\n\n- `org_id: Optional[str]`\n- `limit: Optional[int]`\n\n"
        + "### Example\n\n```python\nfrom acme import Acme\n\nclient = Acme(\n    api_key=\"My API Key\",\n"
        + "    org_id=\"My Org ID\",\n)\nclient.widgets.list()\n```\n")
    let api = try Self.bothForms(text).structured
    let method = try #require(RESTReferenceTests.method(api, "widgets.list"))
    let orgID = try #require(method.params.first)
    #expect(orgID.location == .path && orgID.isClientOption && !orgID.required)
    #expect(method.params[1].isClientOption == false)
    #expect(!(try Self.parse(text).warnings).contains { $0.message.contains("documented as optional") })
    #expect(IRExport.value(orgID)["clientOption"] == .bool(true))
    // The client's initializer takes it and keeps it; a call's own wins, else the client's.
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    func file(_ suffix: String) throws -> String { try #require(files.first { $0.path.hasSuffix(suffix) }).contents }
    let client = try file("/AcmeClient.swift")
    #expect(client.contains("    orgID: String? = nil,\n    environment: [String: String]"))
    #expect(client.contains("    pathParameters[\"org_id\"] = orgID\n"))
    #expect(client.contains("        pathParameters: pathParameters))"))
    let resource = try file("/WidgetsResource.swift")
    #expect(resource.contains("  public func list(\n    orgID: String? = nil,"))
    #expect(
      resource.contains(
        "let pathOrgID = try PathParameters.segment(\n      params.orgID, parameter: \"org_id\", options: core.options,\n"
          + "      documentedName: \"org_id\", clientOption: \"orgID\")"))
    // The landing page's client is made as the reference makes it.
    let landing = try file("GettingStartedExamples.swift")
    #expect(landing.contains("AcmeClient(apiKey: \"My API Key\", orgID: \"My Org ID\")"), Comment(rawValue: landing))
    // Without the construction passing it, the optional path parameter stays required (warned).
    let plain = try Self.parse(text.replacingOccurrences(of: "    org_id=\"My Org ID\",\n", with: ""))
    let required = try #require(RESTReferenceTests.method(plain.api, "widgets.list")?.params.first)
    #expect(required.required && !required.isClientOption)
    #expect(plain.warnings.contains { $0.message.contains("'org_id' of 'Call Widgets' is documented as optional") })
  }

  @Test func aDomainTypeNamedParametersInTheFlattenedForm() throws {
    // prompt-foundry declares a Domain Type `Parameters`: flattened, its `### Parameters` was read
    // as a method's Parameters heading and every later Domain Type was lost.
    let text = Self.reference(
      "widgets.list() -> WidgetListResponse", "get", "/widgets",
      "### Returns\n\n- `List[Widget]`\n  - `id: str`\n",
      types: """
        ### Parameters

        - `class Parameters: …`
          - `temperature: float`

        ### Widget List Response

        - `WidgetListResponse = List[Widget]`
          - `id: str`

        """)
    let structured = try Self.parse(text).api
    let flattened = try Self.parse(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")).api
    #expect(structured.allResources.flatMap(\.types).map(\.name) == ["Parameters"])
    #expect(IRExport.value(flattened) == IRExport.value(structured))
  }

  @Test func anUploadThatMayBeText() throws {
    // spitch's `content: Union[FileTypes, str]` (bytes, a URL or a file id): the request is a
    // form, and the client sends the value as a file part when it is bytes (it sent JSON).
    let text = Self.reference(
      "speech.transcribe(SpeechTranscribeParams**kwargs) -> None", "post", "/v1/transcriptions",
      """
      ### Parameters

      - `content: Union[FileTypes, str]` The audio file, its URL or its id.
        - `FileTypes`
        - `str`
      - `language: Optional[str]`

      """
    ).replacingOccurrences(of: "# Widgets", with: "# Speech")
    let api = try Self.parse(text).api
    #expect(RESTReferenceTests.method(api, "speech.transcribe")?.requestBody == .multipart)
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let client = try #require(files.first { $0.path.hasSuffix("SpeechResource.swift") }).contents
    #expect(client.contains(#"fileFields: ["content"]"#))
  }

  @Test func filesInsideAListOfObjects() throws {
    // kernel's `browsers.fs.upload(files: Iterable[File])`, each `file: FileTypes`: the request is
    // a form (it was JSON, which its server refuses), and each file a part of its own, named as
    // the SDKs name it (`files[][file]`); a list of files' parts are `attachments[]`.
    let text = Self.reference(
      "browsers.upload(strid, BrowserUploadParams**kwargs) -> None", "post", "/browsers/{id}/upload",
      """
      ### Parameters

      - `id: str`
      - `files: Iterable[File]`
        - `dest_path: str` Where the file goes.
        - `file: FileTypes` The file.
      - `attachments: Optional[List[FileTypes]]`
      - `source: Optional[Source]`
        - `str`
        - `class SourceUpload: …`
          - `upload: FileTypes`

      """
    ).replacingOccurrences(of: "# Widgets", with: "# Browsers")
    let api = try Self.parse(text).api
    let method = try #require(RESTReferenceTests.method(api, "browsers.upload"))
    #expect(method.requestBody == .multipart)
    // Where the files are is decided once, in the model: the body is a form because it has file
    // parts, and the client sends those parts as files (a union's object member holding a file
    // was a form whose file went as base64 text).
    #expect(method.fileParts == ["files[][file]", "attachments[]", "source[upload]"])
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let client = try #require(files.first { $0.path.hasSuffix("BrowsersResource.swift") }).contents
    #expect(client.contains(#"fileFields: ["files[][file]", "attachments[]", "source[upload]"]"#), "\(client)")
    #expect(
      IRExport.value(method)["fileParts"]
        == .array(["files[][file]", "attachments[]", "source[upload]"].map { .string($0) }))
  }

  @Test func aRequiredFieldTheExamplesDictLacksIsNotItsObjects() throws {
    // cartesia's `tts.generate_sse`: `output_format`'s fields, then `transcript` and `voice`,
    // fit under it and at the top alike by the order, and a Domain Type of an `OutputFormat`
    // read on that tie took them under it (the server then asked for
    // `output_format.transcript`). A Stainless example writes every required field of a dict it
    // passes (598 of 599 dicts of plain objects in 60 references), and the example's
    // `output_format` has no `transcript`.
    let outputFormat = """
      - `container: Literal["raw"]`
        - `"raw"`
      - `encoding: str`
      - `sample_rate: Literal[8000, 16000]`
        - `8000`
        - `16000`
      """
    func indented(_ text: String, by spaces: Int) -> String {
      text.split(separator: "\n").map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
    }
    let text = Self.reference(
      "widgets.generate(WidgetGenerateParams**kwargs) -> Widget", "post", "/widgets",
      """
      ### Parameters

      - `model_id: str`
      - `output_format: OutputFormat`
      \(indented(outputFormat, by: 2))
      - `transcript: str`
      - `voice: str`
      - `context_id: Optional[str]` Optional context ID for this request.

      ### Returns

      - `class Widget: …`
        - `id: str`

      \(Self.pythonExample("""
        widget = client.widgets.generate(
            model_id="sonic-3.5",
            output_format={
                "container": "raw",
                "encoding": "pcm_f32le",
                "sample_rate": 8000,
            },
            transcript="transcript",
            voice="e07c00bc",
        )
        """))
      """,
      types: """
        ### Generation Request

        - `class GenerationRequest: …`
          - `context_id: str` A unique identifier.
          - `output_format: OutputFormat`
        \(indented(outputFormat, by: 4))
          - `transcript: str` The transcript.
          - `voice: str`

        """)
    let flat = try Self.parse(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    let structured = try Self.parse(text).api
    let method = try #require(RESTReferenceTests.method(flat.api, "widgets.generate"))
    let written = try #require(RESTReferenceTests.method(structured, "widgets.generate"))
    let differences = FlattenedEquivalenceTests.differences(IRExport.value(written), IRExport.value(method))
    #expect(differences.isEmpty, "\(differences)")
    // The Domain Type has no example: its reading stays a tie, warned.
    #expect(
      flat.warnings.contains { $0.message.hasPrefix("nesting of 'sample_rate', 'transcript' and 'voice' is uncertain") }
    )
  }

  @Test func theKeysOfAMapsDictAreNotItsValuesFields() throws {
    // The keys of a dict the example passes for a map are the map's (`"foo"`), not the fields
    // of its values: `value`, a required field of each label, is not refused by them.
    let text = Self.reference(
      "widgets.create(WidgetCreateParams**kwargs) -> Widget", "post", "/widgets",
      """
      ### Parameters

      - `labels: Dict[str, Labels]`
        - `key: str`
        - `value: str`
      - `zone: str`

      ### Returns

      - `class Widget: …`
        - `id: str`

      \(Self.pythonExample("widget = client.widgets.create(labels={\"foo\": {\"key\": \"k\", \"value\": \"v\"}}, zone=\"z\")"))
      """)
    _ = try Self.bothForms(text)
  }

  @Test func aSharedUnionsMemberClassHoldsOnlyTheFieldsEveryReadingGivesIt() throws {
    // cartesia's `voice: VoiceSpecifierParam`, `str` or a `TTSRequestVoiceObject` of an `id`,
    // the last required parameter of two methods: each method's optional parameters after it
    // fit under the member and at the top alike, and each reading, on that tie, gave the class
    // that method's parameters. One class lists the same fields wherever it is written out: it
    // holds the fields the readings share.
    func method(_ name: String, optional: [String]) -> String {
      """
      ## \(name.capitalized) Widgets

      `widgets.\(name)(Widget\(name.capitalized)Params**kwargs) -> Widget`

      **post** `/widgets/\(name)`

      ### Parameters

      - `transcript: str`
      - `voice: VoiceSpecifierParam` The voice to use.
        - `str`
        - `class TTSRequestVoiceObject: …`
          - `id: str` The ID of the voice.
      \(optional.map { "- `\($0): Optional[str]` The \($0)." }.joined(separator: "\n"))

      ### Returns

      - `class Widget: …`
        - `id: str`

      \(Self.pythonExample("widget = client.widgets.\(name)(transcript=\"transcript\", voice=\"e07c00bc\")"))

      """
    }
    let text =
      "# Widgets\n\n" + method("generate", optional: ["language", "save"])
      + method("stream", optional: ["add_timestamps", "context_id", "language"])
    _ = try Self.bothForms(text)
  }

  @Test func numericLiteralValuesAreTheFieldsListInBothForms() throws {
    // A `Literal[8000, 16000]` lists its values unquoted (`- `8000``); flattened, they were read
    // as prose (`\- `8000` - `16000``, not the structured form's list). An undeclared alias
    // listing such values (gcore's `ip_version: IPVersion`, `4`, `6`) is the number's type: it
    // was any JSON value, and a list of them a string enum would have refused the number 4.
    let text = Self.reference(
      "widgets.create(WidgetCreateParams**kwargs) -> Widget", "post", "/widgets",
      """
      ### Parameters

      - `sample_rate: Literal[8000, 16000]` The rate.
        - `8000`
        - `16000`
      - `ip_version: IPVersion` IP version
        - `4`
        - `6`

      ### Returns

      - `class Widget: …`
        - `id: str`

      """)
    let api = try Self.bothForms(text).flattened
    let params = try #require(RESTReferenceTests.method(api, "widgets.create")).params
    #expect(params.map(\.type) == [.integer, .integer])
    #expect(params.map(\.description) == ["The rate.\n\n- `8000`\n- `16000`", "IP version\n\n- `4`\n- `6`"])
  }

  @Test func aStreamSwitchWithoutEventsIsAParameter() throws {
    // Contextual's and Arcade's `stream: bool`, whose SDKs read the response as JSON whatever it
    // is: no Domain Type names events, so the method does not stream (the mock streamed and
    // their suites failed).
    let text = Self.reference(
      "widgets.chat(WidgetChatParams**kwargs) -> Widget", "post", "/widgets/chat",
      """
      ### Parameters

      - `message: str`
      - `stream: Optional[bool]` Set to true to stream the response.

      ### Returns

      - `class Widget: …`
        - `id: str`

      """)
    let (api, warnings) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "widgets.chat"))
    #expect(method.eventStream == nil)
    #expect(method.params.map(\.name) == ["message", "stream"])
    #expect(warnings.contains { $0.message.hasSuffix("the response read as 'Widget', not as a stream") })
  }

  @Test func aUnionInsideAUnionKeepsItsMembers() throws {
    // runwayml's `references: Optional[Union[Union[str, Iterable[Undeclared]], Iterable[Ref]]]`:
    // the inner union was dropped whole for its undeclared class, `str` with it, and a request
    // sending a URL was refused ("must be an array").
    let text = Self.reference(
      "widgets.create(WidgetCreateParams**kwargs) -> None", "post", "/widgets",
      """
      ### Parameters

      - `references: Optional[Union[Union[str, Iterable[PromptImage]], Iterable[Reference]]]`
        - `Union[str, Iterable[PromptImage]]`
        - `Iterable[Reference]`
          - `uri: str`

      \(Self.pythonExample("client.widgets.create()"))

      """)
    let method = try #require(RESTReferenceTests.method(try Self.parse(text).api, "widgets.create"))
    guard case .union(let members)? = method.params.first?.type else {
      Issue.record("references is not a union")
      return
    }
    #expect(members.first == .string)
    #expect(members.count == 3)
  }

  @Test func aClassWrittenInPlaceNamedAsALaterDomainType() throws {
    // conductor's `Account.currency: Optional[Currency]` lists `id` and `full_name`, the fields
    // of the account module's own `Currency`; the Domain Type `Currency`, declared later by the
    // currencies resource, has others. It was read as that Domain Type (186 warnings of
    // response-example keys no field has, and a client decoding the wrong object).
    let text = """
      # Accounts

      ## Retrieve Account

      `accounts.retrieve(strid) -> Account`

      **get** `/accounts/{id}`

      ### Parameters

      - `id: str`

      ### Returns

      - `class Account: …`

      \(Self.pythonExample("account = client.accounts.retrieve(\"id\")"))
      #### Response

      ```json
      {
        "id": "id",
        "currency": {
          "id": "id",
          "full_name": "full_name"
        },
        "home_currency": {
          "id": "id",
          "code": "code"
        }
      }
      ```

      ## Domain Types

      ### Account

      - `class Account: …`
        - `id: str`
        - `currency: Optional[Currency]`
          - `id: Optional[str]`
          - `full_name: Optional[str]`
        - `home_currency: Currency`
          - `id: str`
          - `code: str`

      # Currencies

      ## Domain Types

      ### Currency

      - `class Currency: …`
        - `id: str`
        - `code: str`

      """
    // (Flattened, the response example tells where `currency`'s fields end.)
    for form in [text, text.split(whereSeparator: \.isWhitespace).joined(separator: " ")] {
      let api = try Self.parse(form).api
      let account = try #require(api.allResources.flatMap(\.types).first { $0.name == "Account" })
      guard case .object(let name, let fields)? = account.fields.first(where: { $0.name == "currency" })?.type else {
        Issue.record("currency is not a class written in place")
        return
      }
      #expect(name == "Currency")
      #expect(fields.map(\.name) == ["id", "full_name"])
      // Listing the Domain Type's own fields is naming it.
      #expect(account.fields.first { $0.name == "home_currency" }?.type == .ref("Currency"))
    }
    // Flattened, the fields under a field are recovered: some, or all and more, of a later Domain
    // Type's fields may be its fields recovered to the wrong end, so they name the Domain Type.
    // The same fields, all optional, are a parameter class's, written in place.
    let declared = [["id", "true"], ["code", "true"], ["rate", "false"]]
    #expect(IRBuilder.mayBeRecovered([["id", "true"], ["code", "true"]], as: declared))
    #expect(IRBuilder.mayBeRecovered(declared + [["title", "true"]], as: declared))
    #expect(!IRBuilder.mayBeRecovered([["id", "false"], ["full_name", "false"]], as: declared))
    #expect(!IRBuilder.mayBeRecovered(declared.map { [$0[0], "false"] }, as: declared))
    // Some of its fields, wherever the others went (into a field of it), may be recovered; all of
    // them among others only beginning as it does: recovery never puts a field before an
    // object's first.
    #expect(IRBuilder.mayBeRecovered([["id", "true"], ["rate", "false"]], as: declared))
    #expect(IRBuilder.mayBeRecovered([declared[0], ["title", "true"]] + declared.dropFirst(), as: declared))
    #expect(!IRBuilder.mayBeRecovered([["created_at", "true"]] + declared, as: declared))
  }

  @Test func aRawRequestBody() throws {
    // kernel's `browsers.fs.write_file(id_or_name, contents, *, path, mode)`: the SDK sends
    // `contents` (`Union[FileContent, BinaryTypes]`) as the body, `application/octet-stream`, and
    // `path` and `mode` in the query. It was read as a JSON body holding any JSON value (warned).
    let text = Self.reference(
      "widgets.write_file(strid, Union[FileContent, BinaryTypes]contents, WidgetWriteFileParams**kwargs) -> None",
      "put", "/widgets/{id}/write_file",
      """
      ### Parameters

      - `id: str`
      - `contents: Union[FileContent, BinaryTypes]`
      - `path: str` Destination absolute file path.
      - `mode: Optional[str]`

      \(Self.pythonExample(#"client.widgets.write_file(id="id", contents=b"Example data", path="/a")"#))
      """)
    let (api, warnings) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "widgets.write_file"))
    #expect(method.requestBody == .binary)
    #expect(method.params.map(\.location) == [.path, .body, .query, .query])
    #expect(method.params[1].type == .file)
    #expect(!warnings.contains { $0.message.contains("FileContent") || $0.message.contains("BinaryTypes") })
    #expect(
      IRExport.value(api).printed().replacingOccurrences(of: " ", with: "").contains(#""requestBody":"binary""#))
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let client = try #require(files.first { $0.path.hasSuffix("WidgetsResource.swift") }).contents
    #expect(client.contains(#"bodyField: "contents""#))
    #expect(client.contains(#"query.append("path", params.path)"#))
    let service = try #require(files.first { $0.path.hasSuffix("WidgetsService.swift") }).contents
    #expect(service.contains(#"bodyField: "contents")"#))
    let operation = OpenAPIExporter.document(api)["paths"]?["/widgets/{id}/write_file"]?["put"]
    #expect(operation?["requestBody"]?["content"]?["application/octet-stream"] != nil)
    // Two parameters cannot both be the whole body.
    let two = text.replacingOccurrences(of: "- `mode: Optional[str]`", with: "- `more: BinaryTypes`")
    #expect(
      parseError(two)?.message
        == "'Call Widgets' has 2 parameters that are each the whole request body ('contents', 'more')")
  }

  @Test func aRawRequestBodyPassedByPosition() throws {
    // telnyx's `storage.kvs.keys.update(key, body, *, id, ttl_secs)` on
    // `/storage/kvs/{id}/keys/{key}`: the bytes come by position after the key, `id` by keyword.
    // The one positional argument no placeholder names was `body`, so `{id}` was read as it
    // (warned) and `id` went to the query.
    let text = Self.reference(
      "widgets.put_value(strkey, Union[FileContent, BinaryTypes]body, WidgetPutValueParams**kwargs) -> None",
      "put", "/stores/{id}/keys/{key}",
      """
      ### Parameters

      - `id: str`
      - `key: str`
      - `body: Union[FileContent, BinaryTypes]`
      - `ttl_secs: Optional[int]`

      \(Self.pythonExample(#"client.widgets.put_value(key="key", body=b"Example data", id="id")"#))
      """)
    for form in [text, text.split(whereSeparator: \.isWhitespace).joined(separator: " ")] {
      let (api, warnings) = try Self.parse(form)
      let method = try #require(RESTReferenceTests.method(api, "widgets.put_value"))
      #expect(method.http.path == "/stores/{id}/keys/{key}")
      #expect(method.requestBody == .binary)
      #expect(method.params.map(\.location) == [.path, .path, .body, .query])
      #expect(!warnings.contains { $0.message.contains("placeholder") })
      let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
      let params = try #require(files.first { $0.path.hasSuffix("WidgetPutValueParams.swift") }).contents
      #expect(params.contains("self.body = try container.decode(Data.self, forKey: .body)"))
      #expect(!params.contains("rawValue"))
    }
  }

  @Test func aLiteralOfNumbersDeclaredAsADomainType() throws {
    // telnyx's `StreamBidirectionalSamplingRate` is `Literal[8000, 16000, 22050, 24000, 48000]`:
    // it was skipped (warned), and a field of it stopped generation ("referenced but not
    // declared"). It is an alias of `int`, as the same Literal written in place is.
    let text = Self.reference(
      "widgets.stream(WidgetStreamParams**kwargs) -> None", "post", "/widgets/stream",
      """
      ### Parameters

      - `rate: Optional[SamplingRate]` Audio sampling rate.
      - `strict: Optional[Strictness]`

      """,
      types: """
        ### Sampling Rate

        - `Literal[8000, 16000, 22050]`
          - `8000`
          - `16000`
          - `22050`

        ### Strictness

        - `Literal[True, False]`

        """)
    for form in [text, text.split(whereSeparator: \.isWhitespace).joined(separator: " ")] {
      let (api, warnings) = try Self.parse(form)
      let method = try #require(RESTReferenceTests.method(api, "widgets.stream"))
      #expect(method.params.map(\.type) == [.integer, .boolean])
      #expect(api.allResources.flatMap(\.types).isEmpty)
      #expect(!warnings.contains { $0.message.contains("Domain Type") }, "\(warnings.map(\.message))")
    }
  }

  @Test func streamEventsNamedForTheResponsesStem() {
    // Writer's `applications.generate_content(…) -> ApplicationGenerateContentResponse` streams
    // `ApplicationGenerateContentChunk`; its `graphs.question(…) -> Question` streams
    // `QuestionResponseChunk` (the SDK's `stream_cls`). Both were read as no stream (warned).
    let declared: Set<String> = ["ApplicationGenerateContentChunk", "QuestionResponseChunk", "Chunk"]
    func event(_ response: String) -> String? {
      IRBuilder.streamEventType(response: response, description: "", isDeclared: declared.contains)
    }
    #expect(event("ApplicationGenerateContentResponse") == "ApplicationGenerateContentChunk")
    #expect(event("Question") == "QuestionResponseChunk")
    #expect(event("ToolWebSearchResponse") == nil)
    #expect(event("Response") == nil)
  }

  @Test func streamEventsTheSectionDeclaresAsStreamed() throws {
    // Fireworks' `chat.completions.create(…) -> CompletionCreateResponse` streams the
    // `ChatCompletionChunk` its section declares ("The streamed response message …"), a name
    // not made from the response's; it was read as no stream (warned).
    func reference(_ chunks: String) -> String {
      Self.reference(
        "widgets.create(WidgetCreateParams**kwargs) -> WidgetCreateResponse", "post", "/widgets",
        """
        ### Parameters

        - `prompt: str`
        - `stream: Optional[bool]` Whether to stream the response using server-sent events.

        ### Returns

        - `class WidgetCreateResponse: …`
          - `id: str`

        """,
        types: chunks)
    }
    let streamed =
      "### Widget Chunk\n\n- `class WidgetChunk: …` The streamed response message of a widget.\n  - `id: str`\n\n"
    for form in [reference(streamed), reference(streamed).split(whereSeparator: \.isWhitespace).joined(separator: " ")]
    {
      let (api, warnings) = try Self.parse(form)
      let method = try #require(RESTReferenceTests.method(api, "widgets.create"))
      #expect(method.eventStream?.event == .ref("WidgetChunk"))
      #expect(!warnings.contains { $0.message.contains("'stream' parameter") }, "\(warnings.map(\.message))")
    }
    // Not where the section declares two such types, nor one whose description says no stream.
    let two = streamed + "### Part Chunk\n\n- `class PartChunk: …` A streamed part.\n  - `id: str`\n\n"
    let unsaid = "### Widget Chunk\n\n- `class WidgetChunk: …` A piece of a widget.\n  - `id: str`\n\n"
    for chunks in [two, unsaid] {
      let (api, warnings) = try Self.parse(reference(chunks))
      #expect(RESTReferenceTests.method(api, "widgets.create")?.eventStream == nil)
      #expect(warnings.contains { $0.message.contains("'stream' parameter") })
    }
  }

  @Test func streamEventsNamedAsSambaNovaNamesThem() throws {
    // sambanova: `messages.create` says "…a sequence of Server-Sent Events whose payloads
    // conform to `MessageStreamEvent`"; `chat.completions.create` streams the section's
    // `ChatCompletionStreamResponse` ("streamed chunk of a chat completion response");
    // `responses.create -> ResponseCreateResponse` its `ResponseStreamEvent`, undescribed. Each
    // was read as no stream (warned).
    func reference(_ saying: String, _ types: String) -> String {
      Self.reference(
        "widgets.create(WidgetCreateParams**kwargs) -> WidgetCreateResponse", "post", "/widgets",
        """
        \(saying)

        ### Parameters

        - `prompt: str`
        - `stream: Optional[bool]` Whether to stream.

        ### Returns

        - `class WidgetCreateResponse: …`
          - `id: str`

        """,
        types: types + "### Widget\n\n- `class Widget: …`\n  - `id: str`\n\n")
    }
    let union = """
      ### Widget Stream Event

      - `WidgetStreamEvent = WidgetStartEvent | WidgetStopEvent`
        - `class WidgetStartEvent: …`
          - `type: Literal["start"]`
            - `"start"`
        - `class WidgetStopEvent: …`
          - `type: Literal["stop"]`
            - `"stop"`


      """
    let said =
      "When `stream: true` is set, the response is a sequence of Server-Sent Events whose payloads "
      + "conform to `WidgetStreamEvent`; otherwise a `Widget`."
    let described =
      "### Widget Stream Response\n\n- `class WidgetStreamResponse: …` streamed chunk of a widget\n  - `id: str`\n\n"
    for (saying, types, event) in [
      (said, union, "WidgetStreamEvent"), ("", described, "WidgetStreamResponse"), ("", union, "WidgetStreamEvent"),
    ] {
      let (structured, flattened) = try Self.bothForms(reference(saying, types))
      for api in [structured, flattened] {
        let method = try #require(RESTReferenceTests.method(api, "widgets.create"))
        #expect(method.eventStream?.event == .ref(event))
      }
      #expect(
        !(try Self.parse(reference(saying, types)).warnings.contains { $0.message.contains("'stream' parameter") }))
    }
    // Not a type another section declares, nor a description naming two.
    let elsewhere = reference("", "") + "\n# Gadgets\n\n## Domain Types\n\n" + union
    #expect(try RESTReferenceTests.method(Self.parse(elsewhere).api, "widgets.create")?.eventStream == nil)
    // (Two named: the section's described one decides.)
    let two = "The response is a stream of `WidgetStreamEvent` or `WidgetStreamResponse` objects."
    let api = try Self.parse(reference(two, union + described)).api
    #expect(RESTReferenceTests.method(api, "widgets.create")?.eventStream?.event == .ref("WidgetStreamResponse"))
  }

  @Test func anUploadWhoseFileIsOptionalHasNoLabelledJSONCase() throws {
    // fireworks' `datasets.upload(strdataset_id, …)`, `file: Optional[FileTypes]`: called with
    // its required arguments only, the client sends an empty form, as its SDK does; the
    // generated case compared the body as JSON `{}` and failed.
    let text = Self.reference(
      "widgets.upload(strwidget_id, WidgetUploadParams**kwargs) -> Widget", "post", "/widgets/{widget_id}:upload",
      """
      ### Parameters

      - `widget_id: str`
      - `file: Optional[FileTypes]`

      ### Returns

      - `class Widget: …`
        - `id: str`

      ### Example

      ```python
      widget = client.widgets.upload(
          widget_id="widget_id",
      )
      ```

      #### Response

      ```json
      {
        "id": "id"
      }
      ```

      """)
    let api = try Self.parse(text).api
    #expect(RESTReferenceTests.method(api, "widgets.upload")?.requestBody == .multipart)
    let output = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer(directory: nil))
    let tests = try #require(output.files.first { $0.path.hasSuffix("/ClientRequestTests.swift") }).contents
    #expect(!tests.contains("widgets.upload with labelled arguments"))
    // The call against the mock stays.
    let mock = try #require(output.files.first { $0.path.hasSuffix("/ClientMockServerTests.swift") }).contents
    #expect(mock.contains("client.widgets.upload("))
  }

  @Test func aBodyThatIsOneParametersValue() throws {
    // trycourier's `translations.update(locale, *, domain, body: str)`: the SDK sends `body`'s
    // value as the JSON body (`body=maybe_transform(body, …)`), not `{"body": …}` (15 tests got
    // 400 "the body must be an object").
    let text = Self.reference(
      "widgets.update(strlocale, WidgetUpdateParams**kwargs) -> None", "put", "/widgets/{domain}/{locale}",
      "### Parameters\n\n- `domain: str`\n- `locale: str`\n- `body: str`\n")
    let api = try Self.parse(text).api
    let method = try #require(RESTReferenceTests.method(api, "widgets.update"))
    #expect(method.requestBody == .parameter)
    let wire = WireRequest(
      method, params: .object([("domain", .string("d")), ("locale", .string("fr")), ("body", .string("bonjour"))]),
      arrayFormat: "brackets")
    #expect(wire.body == .string("bonjour"))
    #expect(wire.path == "/widgets/d/fr")
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let client = try #require(files.first { $0.path.hasSuffix("WidgetsResource.swift") }).contents
    #expect(client.contains(#"jsonBodyField: "body""#))
    let service = try #require(files.first { $0.path.hasSuffix("WidgetsService.swift") }).contents
    #expect(service.contains(#"jsonBodyField: "body")"#))
    let operation = OpenAPIExporter.document(api)["paths"]?["/widgets/{domain}/{locale}"]?["put"]
    #expect(operation?["requestBody"]?["content"]?["application/json"]?["schema"]?["type"] == .string("string"))
    // A `body` beside other body parameters is a member like any other (kernel's `browsers.curl`).
    let member = text.replacingOccurrences(of: "- `body: str`", with: "- `body: str`\n- `url: str`")
    let curl = try #require(RESTReferenceTests.method(try Self.parse(member).api, "widgets.update"))
    #expect(curl.requestBody == .json)
    // So is an optional one (telnyx's `porting_orders.comments.create(id, body=…)` sends
    // `{"body": …}`; its tests got 400 "field 'body' must be a string").
    let optional = text.replacingOccurrences(of: "- `body: str`", with: "- `body: Optional[str]`")
    let comment = try #require(RESTReferenceTests.method(try Self.parse(optional).api, "widgets.update"))
    #expect(comment.requestBody == .json)
    // An optional object is the body still (telnyx's `create_presigned_url(…, body: Optional[Body])`).
    let object = text.replacingOccurrences(of: "- `body: str`", with: "- `body: Optional[Dict[str, object]]`")
    let presigned = try #require(RESTReferenceTests.method(try Self.parse(object).api, "widgets.update"))
    #expect(presigned.requestBody == .parameter)
  }

  @Test func aBodyThatIsAListSendsTheOtherParametersInTheQuery() throws {
    // llama-cloud's `pipelines.files.create(pipeline_id, body: Iterable[Body], project_id=…)`: its
    // SDK sends the list as the JSON body and `project_id` in the query; a JSON array has no
    // members (80 tests got 400 "the body must be an object").
    let text = Self.reference(
      "widgets.files.create(strwidget_id, FileCreateParams**kwargs) -> None", "put", "/widgets/{widget_id}/files",
      """
      ### Parameters

      - `widget_id: str`
      - `body: Iterable[Body]`
        - `file_id: str`
      - `project_id: Optional[str]`

      """)
    // (Structured only: flattened, `project_id` after the list's item's last field may be either's.)
    do {
      let (api, warnings) = try Self.parse(text)
      let method = try #require(RESTReferenceTests.method(api, "widgets.files.create"))
      #expect(method.requestBody == .parameter)
      #expect(method.params.map(\.location) == [.path, .body, .query])
      #expect(warnings.contains { $0.message.contains("'project_id' of 'Call Widgets' is sent in the query") })
      let wire = WireRequest(
        method,
        params: .object([
          ("widget_id", .string("w")), ("body", .array([.object([("file_id", .string("f"))])])),
          ("project_id", .string("p")),
        ]),
        arrayFormat: "brackets")
      #expect(wire.body == .array([.object([("file_id", .string("f"))])]))
      #expect(wire.query.contains { $0.name == "project_id" && $0.value == "p" })
    }
    // A `body` that is an object may have members beside it: they stay in the body.
    let object = text.replacingOccurrences(of: "- `body: Iterable[Body]`", with: "- `body: Body`")
    let member = try #require(RESTReferenceTests.method(try Self.parse(object).api, "widgets.files.create"))
    #expect(member.params.map(\.location) == [.path, .body, .body])
  }

  /// Four methods of an API of three resources, the first three taking `key` as `declarations`
  /// writes it; `lister` is the verb of the second (`get`: the query has no choice; `post`: it
  /// might be a body). The widgets' methods take `name` alike too, half of the API's methods.
  static func fourMethods(_ declarations: [String], lister: String = "get") -> String {
    let methods = [
      ("Create Widget", "widgets.create(WidgetCreateParams**kwargs) -> Widget", "post", "/widgets"),
      ("List Widgets", "widgets.list(WidgetListParams**kwargs) -> Widget", lister, "/widgets/all"),
      (
        "Update Gadget", "gadgets.update(strgadget_id, GadgetUpdateParams**kwargs) -> Widget", "patch",
        "/gadgets/{gadget_id}"
      ),
      ("Retrieve Thing", "things.retrieve(strthing_id) -> Widget", "get", "/things/{thing_id}"),
    ]
    var text = ""
    var section = ""
    for (index, method) in methods.enumerated() {
      let resource = String(method.1.prefix { $0 != "." })
      if resource != section {
        text += "# \(resource.capitalized)\n\n"
        section = resource
      }
      var parameters = method.3.hasSuffix("_id}") ? "- `\(resource.dropLast())_id: str`\n" : ""
      if resource == "widgets" { parameters += "- `name: Optional[str]` The widget's name.\n" }
      if index < declarations.count { parameters += declarations[index] + "\n" }
      text += """
        ## \(method.0)

        `\(method.1)`

        **\(method.2)** `\(method.3)`

        ### Parameters

        \(parameters)
        ### Returns

        - `class Widget: …`
          - `id: str`


        """
    }
    return text
  }

  @Test func aParameterTheWholeAPITakesInTheQueryIsSentInTheQueryOfEveryMethod() throws {
    // nextbillion's `key` ("A key is a unique identifier that is required to authenticate a
    // request to the API."), llama-cloud's `project_id`: their SDKs send it in the query of
    // every `POST` too, which the reference does not say; sent as a body member, a real API
    // would not see it, and nextbillion's mock answered 685 of its tests "field 'key' is required".
    let key = "- `key: str` A key that authenticates the request."
    let (api, warnings) = try Self.parse(Self.fourMethods([key, key, key + " Keys of another project fail."]))
    for name in ["widgets.create", "widgets.list", "gadgets.update"] {
      let method = try #require(RESTReferenceTests.method(api, name))
      #expect(method.params.first { $0.name == "key" }?.location == .query, "\(name)")
      // (`name`, one resource's, stays where each verb puts it.)
      if name.hasPrefix("widgets") {
        #expect(method.params.first { $0.name == "name" }?.location == (name == "widgets.list" ? .query : .body))
      }
    }
    let warning = try #require(warnings.first { $0.message.contains("'key' is a parameter of 3 of the API's 4") })
    #expect(warning.message.contains("in the query in the 1 that are GET requests"))
    #expect(warning.location?.line == 12)  // at `key` of the first method with a body
    #expect(!warnings.contains { $0.message.contains("'name' is a parameter") })
    let sameKeys = try Self.bothForms(Self.fourMethods([key, key, key]))
    #expect(
      sameKeys.structured.allMethods.map { $0.params.map(\.location) }
        == api.allMethods.map { $0.params.map(\.location) })
    // Not where one method documents it otherwise, nor where half of the methods take it (one
    // resource's), nor where no GET request shows it in the query (a `POST` may send it in its
    // body).
    let otherwise = try Self.parse(Self.fourMethods([key, key, "- `key: Optional[str]` A key."])).api
    let few = try Self.parse(Self.fourMethods([key, key])).api
    let noGet = try Self.parse(Self.fourMethods([key, key, key], lister: "post")).api
    for api in [otherwise, few, noGet] {
      let create = try #require(RESTReferenceTests.method(api, "widgets.create"))
      #expect(create.params.first { $0.name == "key" }?.location == .body)
    }
  }

  @Test func aUnionWrittenInPlaceUnderAClasssName() throws {
    // dedalus's `chat.completions.create(model: Model, …)` lists the members of its module's own
    // `Model` union (`str`, `class DedalusModel: …`); the Domain Type `Model` is the models
    // resource's class. It was read as that class: 30 tests sending `model="…"` got 400.
    let text = Self.reference(
      "widgets.create(WidgetCreateParams**kwargs) -> None", "post", "/widgets",
      """
      ### Parameters

      - `model: Model`
        - `str`
        - `class CustomModel: …`
          - `name: str`
      - `fallback: Optional[Model]`

      """,
      types: """
        ### Model

        - `class Model: …`
          - `id: str`
          - `owned_by: str`

        """)
    let method = try #require(RESTReferenceTests.method(try Self.parse(text).api, "widgets.create"))
    guard case .union(let members)? = method.params.first?.type else {
      Issue.record("model is not a union")
      return
    }
    #expect(members.first == .string)
    #expect(members.count == 2)
    // Named without members, it is the Domain Type.
    #expect(method.params.last?.type == .ref("Model"))
  }

  /// trycourier's condition union's members as its reference lists them, each line indented by
  /// `indent` spaces: parameter classes (`…Param`, `Iterable`) or response classes (`List`).
  static func conditionMembers(indent: Int, parameters: Bool) -> [String] {
    let (suffix, list) = parameters ? ("Param", "Iterable") : ("", "List")
    return [
      "- `ConditionAtom\(suffix)`",
      "- `class ConditionGroup\(suffix): …`",
      "  - `and_: Optional[\(list)[ConditionAtom\(suffix)]]`",
      "  - `or_: Optional[\(list)[ConditionAtom\(suffix)]]`",
      "- `class ConditionNestedGroup\(suffix): …`",
      "  - `and_: Optional[\(list)[ConditionGroup\(suffix)]]`",
      "    - `and_: Optional[\(list)[ConditionAtom\(suffix)]]`",
      "    - `or_: Optional[\(list)[ConditionAtom\(suffix)]]`",
      "  - `or_: Optional[\(list)[ConditionGroup\(suffix)]]`",
      "    - `and_: Optional[\(list)[ConditionAtom\(suffix)]]`",
      "    - `or_: Optional[\(list)[ConditionAtom\(suffix)]]`",
    ].map { String(repeating: " ", count: indent) + $0 }
  }

  /// trycourier's journey nodes, each with its `conditions`, as `conditionMembers` lists them.
  static func journeyNodes(indent: Int, parameters: Bool) -> String {
    let suffix = parameters ? "Param" : ""
    let nodes: [(name: String, required: String?, type: String)] = [
      ("TriggerNode", nil, "trigger"), ("DelayNode", "duration", "delay"), ("SendNode", "template", "send"),
    ]
    var lines: [String] = []
    for node in nodes {
      lines.append("- `class \(node.name)\(suffix): …`")
      if let required = node.required { lines.append("  - `\(required): str`") }
      lines.append("  - `type: Literal[\"\(node.type)\"]`")
      lines.append("    - `\"\(node.type)\"`")
      lines.append("  - `conditions: Optional[ConditionsField\(suffix)]`")
      lines += conditionMembers(indent: 4, parameters: parameters)
    }
    return lines.map { String(repeating: " ", count: indent) + $0 }.joined(separator: "\n")
  }

  @Test func recursiveConditionUnionsInTheFlattenedForm() throws {
    // trycourier's journeys: a union alias with a bare `List[str]` member and groups of groups,
    // the same field names at every level, as the last field of union members. Flattened, every
    // `and_`/`or_` after an atom list was read as a field of the atom list (fields nested deeper
    // than 64 objects), and the next node was taken as one more member of `conditions`. (A
    // scalar field after the groups, trycourier's `schema`, fits inside the last group and
    // beside `conditions` alike, with nothing to tell them apart: it is placed inside, warned.)
    let text = Self.reference(
      "journeys.create(JourneyCreateParams**kwargs) -> Journey", "post", "/journeys",
      """
      ### Parameters

      - `name: str`
      - `nodes: Iterable[JourneyNodeParam]`
      \(Self.journeyNodes(indent: 2, parameters: true))

      ### Returns

      - `class Journey: …`
        - `id: str`
        - `nodes: List[JourneyNode]`
      \(Self.journeyNodes(indent: 4, parameters: false))

      \(Self.pythonExample("journey = client.journeys.create(name=\"name\", nodes=[{\"type\": \"trigger\"}])"))
      """,
      types: """
        ### Condition Atom

        - `ConditionAtom = List[str]`

        ### Journey Node

        - `JourneyNode = TriggerNode | DelayNode | SendNode`
        \(Self.journeyNodes(indent: 2, parameters: false))

        ### Conditions Field

        - `ConditionsField = ConditionAtom | ConditionGroup | ConditionNestedGroup`
        \(Self.conditionMembers(indent: 2, parameters: false).joined(separator: "\n"))

        """)
    let structured = try Self.bothForms(text).structured
    let create = try #require(structured.allMethods.first)
    #expect(create.params.map(\.name) == ["name", "nodes"])
  }

  @Test func aReturnTypeDeclaredOnlyByItsReturnsListing() throws {
    // openai's `beta.chatkit.threads.list_items(…) -> SyncConversationCursorPage[Data]` and orb's
    // `prices.create(…) -> Price` name a union alias no Domain Type declares; their Returns write
    // it out (`Union[…]`, each member's class under it). That listing is the type: it stopped
    // both references ("referenced but never declared").
    let members = """
        - `class Gadget: …`
          - `id: str`
          - `type: Literal["gadget"]`
            - `"gadget"`
        - `class Gizmo: …`
          - `id: str`
          - `size: int`
          - `type: Literal["gizmo"]`
            - `"gizmo"`
      """
    let text = """
      # Widgets

      ## List Items Widget

      `widgets.list_items(strwidget_id, WidgetListItemsParams**kwargs) -> SyncCursorPage[Data]`

      **get** `/widgets/{widget_id}/items`

      Lists a widget's items.

      ### Parameters

      - `widget_id: str`
      - `after: Optional[str]` An item ID to list after.
      - `limit: Optional[int]` How many items to return.

      ### Returns

      - `Union[Gadget, Gizmo]`
      \(members)

      \(Self.pythonExample("page = client.widgets.list_items(widget_id=\"widget_id\")"))

      ## Create Part

      `widgets.create_part(WidgetCreatePartParams**kwargs) -> Part`

      **post** `/parts`

      Creates a part.

      ### Parameters

      - `name: str`

      ### Returns

      - `Union[Gadget, Gizmo]`
      \(members)

      \(Self.pythonExample("part = client.widgets.create_part(name=\"name\")"))
      """
    let structured = try Self.bothForms(text).structured
    for (method, isPage) in [("widgets.list_items", true), ("widgets.create_part", false)] {
      let operation = RESTReferenceTests.method(structured, method)
      guard case .union(let union)? = operation?.returns else {
        Issue.record("\(method) does not return the union its Returns lists")
        continue
      }
      let names = union.compactMap { member -> String? in
        if case .object(let name, _) = member { return name }
        if case .ref(let name) = member { return name }
        return nil
      }
      #expect(names == ["Gadget", "Gizmo"], "\(method)")
      #expect((operation?.pagination != nil) == isPage, "\(method)")
    }
    let page = RESTReferenceTests.method(structured, "widgets.list_items")
    #expect(page?.pagination?.item == page?.returns)
  }

  @Test func pathParametersOfAnUndeclaredTypeInTheFlattenedForm() throws {
    // modern-treasury's `account_details.retrieve`: `accounts_type: AccountsType`, a type its
    // reference never declares, leads `/api/{accounts_type}/{account_id}/…`. Flattened, the
    // next parameter was read as its first field, and the path's `{account_id}` as documented by
    // no parameter (an error).
    let text = Self.reference(
      "widgets.retrieve(strid, WidgetRetrieveParams**kwargs) -> Widget", "get",
      "/api/{owner_type}/{owner_id}/widgets/{id}",
      """
      ### Parameters

      - `owner_type: OwnerType`
      - `owner_id: str`
      - `id: str`

      ### Returns

      - `class Widget: …`
        - `id: str`
        - `name: str`

      \(Self.pythonExample("widget = client.widgets.retrieve(\"id\", owner_type=\"external_accounts\", owner_id=\"owner_id\")"))
      """)
    let flattened = try Self.bothForms(text).flattened
    let retrieve = try #require(RESTReferenceTests.method(flattened, "widgets.retrieve"))
    #expect(retrieve.params.map(\.name) == ["owner_type", "owner_id", "id"])
    #expect(retrieve.params.allSatisfy { $0.location == .path })
  }

  @Test func classesNestedInUnionMembersInTheFlattenedForm() throws {
    // retell-sdk's conversation flows, flattened, stopped with "fields nest deeper than 64
    // objects": a node member holds examples whose transcripts list members of their own. A
    // field after them whose class is named for the node member's path
    // (`NodeConversationNodeGlobalNodeSetting`) is that member's, as the SDK names the classes
    // nested in a member for it (before, the flattened form read `nodes` as a list of one object).
    let text =
      """
      # Flows

      ## Create Flow

      `flows.create(FlowCreateParams**kwargs) -> Flow`

      **post** `/flows`

      Creates a flow.

      ### Parameters

      - `nodes: Iterable[Node]` The nodes.
        - `class NodeConversationNode: …`
          - `id: str` The node's ID.
          - `finetune_examples: Optional[Iterable[NodeConversationNodeFinetuneExample]]` Examples to tune by.
            - `transcript: Iterable[NodeConversationNodeFinetuneExampleTranscript]` The transcript.
              - `class NodeConversationNodeFinetuneExampleTranscriptUnionMember0: …`
                - `content: str`
                - `role: Literal["agent", "user"]`
                  - `"agent"`
                  - `"user"`
              - `class NodeConversationNodeFinetuneExampleTranscriptUnionMember1: …`
                - `arguments: str`
                - `name: str`
                - `role: Literal["tool_call_invocation"]`
                  - `"tool_call_invocation"`
              - `class NodeConversationNodeFinetuneExampleTranscriptUnionMember2: …`
                - `content: str`
                - `role: Literal["tool_call_result"]`
                  - `"tool_call_result"`
          - `finetune_transition_examples: Optional[Iterable[NodeConversationNodeFinetuneTransitionExample]]` Examples to tune transitions by.
            - `id: str` The example's ID.
            - `transcript: Iterable[NodeConversationNodeFinetuneTransitionExampleTranscript]` The transcript.
              - `class NodeConversationNodeFinetuneTransitionExampleTranscriptUnionMember0: …`
                - `content: str`
                - `role: Literal["agent", "user"]`
                  - `"agent"`
                  - `"user"`
              - `class NodeConversationNodeFinetuneTransitionExampleTranscriptUnionMember1: …`
                - `arguments: str`
                - `name: str`
                - `role: Literal["tool_call_invocation"]`
                  - `"tool_call_invocation"`
          - `global_node_setting: Optional[NodeConversationNodeGlobalNodeSetting]` When the node is global.
            - `condition: str` The condition.
        - `class NodeEndNode: …`
          - `id: str` The node's ID.
          - `type: Literal["end"]`
            - `"end"`

      ### Returns

      - `class Flow: …`
        - `id: str` The flow's ID.

      \(Self.pythonExample("flow = client.flows.create(nodes=[{\"id\": \"id\", \"type\": \"end\"}])"))
      """
    let flattened = try Self.bothForms(text).flattened
    let create = try #require(RESTReferenceTests.method(flattened, "flows.create"))
    guard case .array(.union(let members))? = create.params.first?.type else {
      Issue.record("nodes is not a list of a union: \(String(describing: create.params.first?.type))")
      return
    }
    guard case .object(_, let fields)? = members.first else {
      Issue.record("the first node member is not an object")
      return
    }
    #expect(fields.map(\.name) == ["id", "finetune_examples", "finetune_transition_examples", "global_node_setting"])
  }

  @Test func aRequiredQueryParameterIsRequiredInSwiftAndOnTheServer() throws {
    // onebusaway's `search_for_route.list(input=…)`: the Python SDK requires `input`, and so does
    // Swift, where the server can tell it is missing; a list may be empty; a type the server
    // reads no value of (an object) stays optional.
    let text = Self.reference(
      "widgets.list(WidgetListParams**kwargs) -> Widget", "get", "/widgets",
      """
      ### Parameters

      - `input: str` What to search for.
      - `since: datetime`
      - `order: Literal["asc", "desc"]`
        - `"asc"`
        - `"desc"`
      - `ids: List[str]`
      - `flags: List[bool]`
      - `filter: Filter`
        - `level: Optional[int]`
      - `limit: Optional[int]`

      ### Returns

      - `class Widget: …`
        - `id: str`

      """ + Self.pythonExample("widget = client.widgets.list(input=\"input\")"))
    let files = try emitFiles(try Self.parse(text).api)
    let params = try #require(files.first { $0.key.hasSuffix("Params/WidgetListParams.swift") }?.value)
    for declaration in [
      "public var input: String\n", "public var since: AcmeTimestamp\n", "public var order: Order\n",
      "public var ids: [String]\n", "public var flags: [Bool]?\n", "public var filter: Filter?\n",
      "public var limit: Int?\n",
    ] {
      #expect(params.contains(declaration), "\(declaration)")
    }
    // What the decoder holds until the server reads the query.
    for value in [
      "self.input = \"\"", "self.since = AcmeTimestamp(seconds: 0)", "self.order = Order(rawValue: \"\")",
      "self.ids = []", "self.flags = nil", "self.limit = nil",
    ] {
      #expect(params.contains(value), "\(value)")
    }
    let resource = try #require(files.first { $0.key.hasSuffix("Resources/WidgetsResource.swift") }?.value)
    #expect(resource.contains("    input: String,\n    since: AcmeTimestamp,\n    order: WidgetListParams.Order,\n"))
    #expect(resource.contains("    limit: Int? = nil,\n"))
    // The server answers invalid_argument for a required parameter the request lacks (the
    // runtime's tests send one without it); a list the request lacks is empty.
    let service = try #require(files.first { $0.key.hasSuffix("Services/AcmeWidgetsService.swift") }?.value)
    for line in [
      #"params.input = try query.string("input") ?? query.missing("input")"#,
      #"params.since = try query.timestamp("since") ?? query.missing("since")"#,
      #"?? query.missing("order")"#,
      #"params.ids = query.strings("ids", commaSeparated: false) ?? params.ids"#,
      #"params.limit = try query.int("limit") ?? params.limit"#,
    ] {
      #expect(service.contains(line), "\(line)")
    }
  }

  @Test func aMethodWhoseExampleSpellsNamesAsDocumentedSendsItsParametersSo() throws {
    // casedev's `connectors.v1.sync_link` in a camelCase API: its example passes
    // `connection_id="connection_id"` and `remote={"folder_id": "folder_id"}`, the names its SDK
    // sends (no alias), so a dict's key travels as its value spells it, and the method's other
    // parameters, in place classes too, travel as documented (`export_destination.folder_id`,
    // which its suite sends and the server requires).
    func reference(_ arguments: String) -> String {
      Self.reference(
        "links.sync(LinkSyncParams**kwargs) -> LinkSyncResponse", "post", "/links/sync",
        """
        ### Parameters

        - `connection_id: str`
        - `remote: Remote`
          - `folder_id: str`
          - `site_id: Optional[str]`
        - `export_destination: Optional[ExportDestination]`
          - `folder_id: str`
        - `matter_id: Optional[str]`

        ### Returns

        - `class LinkSyncResponse: …`
          - `link_count: int`

        ### Example

        ```python
        from acme import Acme

        client = Acme()
        response = client.links.sync(
        \(arguments)
        )
        ```

        #### Response

        ```json
        { "linkCount": 0 }
        ```
        """)
    }
    func wireNames(_ fields: [Field], under prefix: String = "") -> [String: String] {
      var names: [String: String] = [:]
      for field in fields {
        names[prefix + field.name] = field.jsonName
        if case .object(_, let nested) = field.type {
          names.merge(wireNames(nested, under: prefix + field.name + "."), uniquingKeysWith: { a, _ in a })
        }
      }
      return names
    }
    let documented = try Self.parse(reference(#"connection_id="connection_id", remote={"folder_id": "folder_id"},"#))
      .api
    #expect(
      wireNames(documented.resources[0].methods[0].params) == [
        "connection_id": "connection_id", "remote": "remote", "remote.folder_id": "folder_id",
        "remote.site_id": "site_id", "export_destination": "export_destination",
        "export_destination.folder_id": "folder_id", "matter_id": "matter_id",
      ])
    let warnings = try Self.parse(reference(#"connection_id="c", remote={"folder_id": "folder_id"},"#)).warnings
    #expect(
      warnings.map(\.message).contains(
        "'links.sync.remote.folder_id' is sent as 'folder_id', the name its Python example passes as its value "
          + "(the API's other names would make it 'folderId')"))
    #expect(
      warnings.map(\.message).contains(
        "links.sync: its Python example passes names as documented, not as the API's other names spell them; "
          + "its other parameters are sent as documented too: 'connection_id', 'site_id', 'export_destination', "
          + "'folder_id', 'matter_id'"))
    // An example that also spells a name as the style does decides only the names it shows.
    let mixed = try Self.parse(reference(#"connection_id="connection_id", remote={"folder_id": "folderId"},"#)).api
    #expect(
      wireNames(mixed.resources[0].methods[0].params) == [
        "connection_id": "connection_id", "remote": "remote", "remote.folder_id": "folderId",
        "remote.site_id": "siteId", "export_destination": "exportDestination",
        "export_destination.folder_id": "folderId", "matter_id": "matterId",
      ])
  }

  @Test func anObjectOfTheResponseFormWritesTheOrderAfterOneField() throws {
    // post-for-me's `account_configurations[].configuration`: `localizations` first, then
    // `allow_comment`, … against the order by name; at the top `allow_comment` after
    // `account_configurations` is in order, so flattened it and every field after it went
    // there. The response example's `Configuration` (every key a field of the class's response
    // form) writes `allow_comment` right after `localizations`: that is the API's order.
    let text = Self.reference(
      "posts.create(PostCreateParams**kwargs) -> Post", "post", "/posts",
      """
      ### Parameters

      - `caption: str` Caption text.
      - `account_configurations: Optional[Iterable[AccountConfiguration]]` Per account.
        - `configuration: Configuration` Configuration for the account.
          - `localizations: Optional[Dict[str, str]]` Per language.
          - `allow_comment: Optional[bool]` Allow comments.
          - `board_ids: Optional[Sequence[str]]` Boards.
        - `social_account_id: str` The account.
      - `is_draft: Optional[bool]` Draft.

      ### Returns

      - `class Post: …`
        - `id: str`
        - `account_configurations: Optional[List[AccountConfiguration]]` Per account.
          - `configuration: Configuration` Configuration for the account.
            - `localizations: Optional[Dict[str, str]]` Per language.
            - `allow_comment: Optional[bool]` Allow comments.
            - `board_ids: Optional[List[str]]` Boards.
          - `social_account_id: str` The account.

      ### Example

      ```python
      from acme import Acme

      client = Acme()
      post = client.posts.create(
          caption="caption",
      )
      ```

      #### Response

      ```json
      {
        "id": "id",
        "account_configurations": [
          {
            "configuration": {
              "localizations": { "foo": "string" },
              "allow_comment": true,
              "board_ids": ["string"]
            },
            "social_account_id": "social_account_id"
          }
        ]
      }
      ```
      """)
    let (_, flattened) = try Self.bothForms(text)
    #expect(flattened.resources[0].methods[0].params.map(\.name) == ["caption", "account_configurations", "is_draft"])
  }

  @Test func aParameterClassDomainTypeListsItsNestedClassesFields() throws {
    // dodopayments' `checkout_sessions.create`: `product_cart: Iterable[ProductItemReqParam]`,
    // whose last field's class `CreditEntitlement` lists `credit_entitlement_id` and
    // `credits_amount`; the next parameter fits under it and at the top alike by the order, and a
    // response Domain Type `CreditEntitlement` lists other fields. The Domain Type
    // `ProductItemReqParam` shows where its nested class ends: flattened, the parameters after it
    // were read into it (warned), one parameter left.
    let text = Self.reference(
      "checkouts.create(CheckoutCreateParams**kwargs) -> Checkout", "post", "/checkouts",
      """
      ### Parameters

      - `product_cart: Iterable[ProductItemReqParam]` The products.
        - `product_id: str` unique id of the product
        - `amount: Optional[int]` Amount.
        - `credit_entitlements: Optional[Iterable[CreditEntitlement]]` Overrides.
          - `credit_entitlement_id: str` ID.
          - `credits_amount: str` Number.
      - `allowed_payment_method_types: Optional[List[str]]` Methods.
      - `billing_currency: Optional[str]` Currency.

      ### Returns

      - `class Checkout: …`
        - `session_id: str`

      ### Example

      ```python
      from acme import Acme

      client = Acme()
      checkout = client.checkouts.create(
          product_cart=[{"product_id": "product_id"}],
      )
      ```

      #### Response

      ```json
      { "session_id": "session_id" }
      ```

      """,
      types: """
        ### Product Item Req

        - `class ProductItemReqParam: …`
          - `product_id: str` unique id of the product
          - `amount: Optional[int]` Amount.
          - `credit_entitlements: Optional[Iterable[CreditEntitlement]]` Overrides.
            - `credit_entitlement_id: str` ID.
            - `credits_amount: str` Number.

        ### Credit Entitlement

        - `class CreditEntitlement: …`
          - `id: str`
          - `business_id: str`
        """)
    let (_, flattened) = try Self.bothForms(text)
    #expect(
      flattened.resources[0].methods[0].params.map(\.name) == [
        "product_cart", "allowed_payment_method_types", "billing_currency",
      ])
    let warnings = try Self.parse(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")).warnings
    #expect(!warnings.contains { $0.message.contains("nesting of") }, "\(warnings.map(\.message))")
  }

  @Test func aStringParameterItsExamplePassesItsOwnNameTravelsUnderThatName() throws {
    // Stainless fills a string without an example of its own with the name it travels under:
    // brainbase's `campaign_id="campaign_id"` in a camelCase API, together's `model_id="modelId"`
    // in a snake_case one; both are the SDKs' aliases. Another value says nothing.
    func reference(_ style: String, _ arguments: String) -> String {
      Self.reference(
        "widgets.stop(WidgetStopParams**kwargs) -> WidgetStopResponse", "post", "/widgets/stop",
        """
        ### Parameters

        - `campaign_id: str` The campaign.
        - `model_id: str` The model.
        - `note_text: Optional[str]`
        - `from_: Optional[str]`

        ### Returns

        - `class WidgetStopResponse: …`
          - `removed_count: int`

        ### Example

        ```python
        from acme import Acme

        client = Acme()
        response = client.widgets.stop(
        \(arguments)
        )
        ```

        #### Response

        ```json
        { "\(style)": 0 }
        ```
        """)
    }
    func wireNames(_ api: APIDocument) -> [String: String] {
      Dictionary(uniqueKeysWithValues: api.resources[0].methods[0].params.map { ($0.name, $0.jsonName) })
    }
    // (Not a name of one word: telnyx's `from_="From"` is pydantic's title of `from`, which its
    // SDK sends.)
    let camel = try Self.bothForms(
      reference("removedCount", #"campaign_id="campaign_id", model_id="modelId", note_text="a note", from_="From","#)
    ).structured
    #expect(
      wireNames(camel) == [
        "campaign_id": "campaign_id", "model_id": "modelId", "note_text": "noteText", "from_": "from",
      ])
    let snake = try Self.bothForms(
      reference("removed_count", #"campaign_id="campaign_id", model_id="modelId", note_text="noteText","#)
    ).structured
    #expect(
      wireNames(snake) == [
        "campaign_id": "campaign_id", "model_id": "modelId", "note_text": "noteText", "from_": "from",
      ])
    let warnings = try Self.parse(reference("removedCount", #"campaign_id="campaign_id","#)).warnings
    let warning = try #require(warnings.first { $0.message.contains("Python example") })
    #expect(
      warning.message
        == "'campaign_id' of widgets.stop is sent as 'campaign_id', the name its Python example passes as its "
        + "value (the API's other names would make it 'campaignId')")
    #expect(warning.location?.line == 3)
    // Without such values the style decides.
    let plain = try Self.parse(reference("removedCount", #"campaign_id="c_123","#)).api
    #expect(wireNames(plain)["campaign_id"] == "campaignId")
    // Any spelling of its letters (opencode's `model_id="modelID"`), not another word.
    let acronym = try Self.parse(reference("removedCount", #"campaign_id="campaignID", model_id="model","#)).api
    #expect(wireNames(acronym)["campaign_id"] == "campaignID")
    #expect(wireNames(acronym)["model_id"] == "modelId")
    #expect(IRBuilder.spellsTheSameName("modelID", "model_id"))
    #expect(!IRBuilder.spellsTheSameName("model id", "model_id"))
    #expect(IRBuilder.spellsTheSameName("ipV4Address", "ip_v4_address"))
    // Nor the words run together where the name parts them: telnyx's `evp_id="Evpid"`, which
    // its SDK sends as `evpId` (pydantic's title of `evpId`).
    #expect(!IRBuilder.spellsTheSameName("Evpid", "evp_id"))
    #expect(!IRBuilder.spellsTheSameName("modelid", "model_id"))
    // A slug is an example's value (imagekit's `new_folder_name="new-folder-name"`, sent as
    // `newFolderName`), a header's name is no body member's.
    #expect(!IRBuilder.spellsTheSameName("new-folder-name", "new_folder_name"))
    #expect(!IRBuilder.spellsTheSameName("Idempotency-Key", "idempotency_key"))
    #expect(
      IRBuilder.pythonStringArguments(#"f(a_b="x", c='y', d=Foo(e="z"), g == "h", i.j="k", l="m\"n")"#)
        == ["a_b": "x", "c": "y", "e": "z"])
  }

  @Test func aParameterItsExamplePassesAHeadersNameTravelsInThatHeader() throws {
    // telnyx's `storage.cloudfs.create(name=…, idempotency_key="Idempotency-Key")` and together's
    // alike: the SDK sends `Idempotency-Key: …`. Stainless fills a header that has no example
    // with its name. It was sent in the JSON body (400 "field 'idempotency_key' is required").
    let text = Self.reference(
      "widgets.create(WidgetCreateParams**kwargs) -> None", "post", "/widgets",
      """
      ### Parameters

      - `name: str`
      - `idempotency_key: str`
      - `trace_id: Optional[str]`

      \(Self.pythonExample(#"client.widgets.create(name="agent-fs", idempotency_key="Idempotency-Key")"#))
      """)
    let api = try Self.bothForms(text).structured
    let method = try #require(RESTReferenceTests.method(api, "widgets.create"))
    #expect(method.params.map(\.location) == [.body, .header, .body])
    #expect(method.params.map(\.headerName) == [nil, "Idempotency-Key", nil])
    #expect(IRExport.value(api).printed().contains(#""headerName": "Idempotency-Key""#))
    let files = try PackageEmitter.emit(api, config: GeneratorConfig(), renderer: TemplateRenderer()).files
    let client = try #require(files.first { $0.path.hasSuffix("WidgetsResource.swift") }).contents
    #expect(client.contains(#"options.setHeader("Idempotency-Key", params.idempotencyKey)"#))
    let service = try #require(files.first { $0.path.hasSuffix("WidgetsService.swift") }).contents
    #expect(service.contains(#"headers.parameter("Idempotency-Key", as: String.self)"#))
    let operation = OpenAPIExporter.document(api)["paths"]?["/widgets"]?["post"]
    #expect(operation?["parameters"]?.arrayElements?.first?["name"] == .string("Idempotency-Key"))
    // The config's name wins.
    var config = GeneratorConfig()
    config.headerNames = ["idempotency_key": "X-Idempotency"]
    let renamed = try PackageEmitter.emit(api, config: config, renderer: TemplateRenderer()).files
    #expect(
      try #require(renamed.first { $0.path.hasSuffix("WidgetsResource.swift") }).contents.contains(
        #"options.setHeader("X-Idempotency", params.idempotencyKey)"#))
    // Only words capitalised and joined by hyphens, spelling the parameter's name.
    #expect(IRBuilder.isHeaderName("X-Trace-Id", of: "x_trace_id"))
    #expect(!IRBuilder.isHeaderName("new-folder-name", of: "new_folder_name"))
    #expect(!IRBuilder.isHeaderName("Idempotency", of: "idempotency"))
    #expect(!IRBuilder.isHeaderName("Idempotency-Key", of: "request_key"))
    #expect(!IRBuilder.isHeaderName("Idempotency--Key", of: "idempotency__key"))
  }

  @Test func aPagingParameterAfterAFilterIsAtTheTopWhenFlattened() throws {
    // telnyx's `porting_orders.list(filter=…, page_number=…, page_size=…)`: flattened,
    // `page_number` fits the filter's innermost object by the field order as well as the top; it
    // went there, and the method lost its paging (a single page).
    let text = Self.reference(
      "widgets.list(WidgetListParams**kwargs) -> SyncDefaultFlatPagination[Widget]", "get", "/widgets",
      """
      ### Parameters

      - `filter: Optional[Filter]` Consolidated filter.
        - `name: Optional[FilterName]`
          - `contains: Optional[str]`
      - `page_number: Optional[int]`
      - `page_size: Optional[int]`

      ### Returns

      - `class Widget: …`
        - `id: str`
      """)
    let flattened = try Self.bothForms(text).flattened
    let method = try #require(RESTReferenceTests.method(flattened, "widgets.list"))
    #expect(method.params.map(\.name) == ["filter", "page_number", "page_size"])
    #expect(method.pagination?.scheme == .pageNumber)
    // An object's first field is its own still (a `pagination` object holding `page_size`).
    let nested = text.replacingOccurrences(
      of: "  - `name: Optional[FilterName]`\n    - `contains: Optional[str]`", with: "  - `page_size: Optional[int]`")
    let filter = try #require(RESTReferenceTests.method(try Self.bothForms(nested).flattened, "widgets.list"))
    guard case .object(_, let fields)? = filter.params.first?.type else {
      Issue.record("filter is no object")
      return
    }
    #expect(fields.map(\.name) == ["page_size"])
  }

  @Test func aListMemberOfAUnionListsItsClasssFieldsWhenMoreMembersFollow() throws {
    // telnyx's transfer tool: `targets: Union[Iterable[TransferTargetsTargetsList], str]` lists
    // `Iterable[TransferTargetsTargetsList]` with the fields of a target under it, then `str`.
    // Flattened, `to` was read as the method's second `to` and `str` as a stray item (warned),
    // and the tools after it lost their place.
    let text = Self.reference(
      "widgets.create(WidgetCreateParams**kwargs) -> None", "post", "/widgets",
      """
      ### Parameters

      - `name: str`
      - `to: str`
      - `transfer: Optional[Transfer]`
        - `from_number: Optional[str]`
        - `targets: Union[Iterable[TransferTargetsTargetsList], str]` Targets, or a variable.
          - `Iterable[TransferTargetsTargetsList]`
            - `to: str` The destination.
            - `label: Optional[str]` The name of the target.
          - `str`

      """)
    let (structured, _) = try Self.bothForms(text)
    let method = try #require(RESTReferenceTests.method(structured, "widgets.create"))
    #expect(method.params.map(\.name) == ["name", "to", "transfer"])
    // Listed last, the list member may hold no fields (anthropic's `Union[str, Iterable[Content]]`,
    // `Content` never declared): the next field is its union's field's sibling.
    let last = text.replacingOccurrences(
      of: """
            - `Iterable[TransferTargetsTargetsList]`
              - `to: str` The destination.
              - `label: Optional[str]` The name of the target.
            - `str`
        """,
      with: """
            - `str`
            - `Iterable[TransferTargetsTargetsList]`
          - `via: Optional[str]`
        """)
    #expect(last != text)
    let transfer = try #require(RESTReferenceTests.method(try Self.bothForms(last).flattened, "widgets.create"))
    guard case .object(_, let fields)? = transfer.params.first(where: { $0.name == "transfer" })?.type else {
      Issue.record("transfer is no object")
      return
    }
    #expect(fields.map(\.name) == ["from_number", "targets", "via"])
  }

  @Test func aResponseFieldInPydanticsModelNamespace() throws {
    // Stainless's Python models rename a field `model_…` to `api_model_…` (pydantic reserves the
    // namespace): hanzoai's and notdiamond's `api_model_name` is `model_name` on the wire, as the
    // response example writes it. It was decoded from `api_model_name` (warned: "the response
    // example has the key 'model_name', which no documented field has").
    let text = Self.reference(
      "widgets.retrieve(strid) -> Widget", "get", "/widgets/{id}",
      """
      ### Parameters

      - `id: str`

      ### Returns

      - `class Widget: …`
        - `id: str`
        - `api_model_name: Optional[str]`
        - `api_version: Optional[str]`

      ### Example

      ```python
      from acme import Acme

      client = Acme()
      widget = client.widgets.retrieve("id")
      ```

      #### Response

      ```json
      { "id": "id", "model_name": "gpt", "version": "v1" }
      ```
      """)
    let (api, warnings) = try Self.parse(text)
    let widget = try #require(RESTReferenceTests.method(api, "widgets.retrieve")?.returns)
    let fields = try #require(
      widget.objectFields(in: Dictionary(uniqueKeysWithValues: api.allResources.flatMap(\.types).map { ($0.name, $0) }))
    )
    #expect(fields.map(\.jsonName) == ["id", "model_name", "api_version"])
    #expect(!warnings.contains { $0.message.contains("'model_name'") })
    // Only that namespace: `version` stays a key no field documents.
    #expect(warnings.contains { $0.message.contains("'version'") })

    // Another response's `api_model_spend`, which no example shows, is `model_spend` once one
    // example has shown the rename (hanzoai's `KeyListResponse`); a parameter keeps its name (the
    // SDK's request classes are not renamed). Without the example, nothing is renamed.
    let more =
      text + "\n"
      + Self.reference(
        "gadgets.update(GadgetUpdateParams**kwargs) -> Gadget", "post", "/gadgets",
        "### Parameters\n\n- `api_model_limit: Optional[int]`\n\n### Returns\n\n- `class Gadget: …`\n"
          + "  - `api_model_spend: Optional[float]`\n  - `usage: Optional[Usage]`\n"
          + "    - `api_model_tokens: Optional[int]`\n"
      ).replacingOccurrences(of: "# Widgets\n", with: "# Gadgets\n")
    for (form, shown) in [(more, true), (more.replacingOccurrences(of: "\"model_name\": \"gpt\", ", with: ""), false)] {
      let (api, warnings) = try Self.parse(form)
      let gadgets = try #require(RESTReferenceTests.method(api, "gadgets.update"))
      let declarations = Dictionary(uniqueKeysWithValues: api.allResources.flatMap(\.types).map { ($0.name, $0) })
      let gadget = try #require(gadgets.returns?.objectFields(in: declarations))
      #expect(gadget.first?.jsonName == (shown ? "model_spend" : "api_model_spend"))
      guard case .object(_, let usage)? = gadget.last?.type else {
        Issue.record("usage is no object")
        continue
      }
      #expect(usage.map(\.jsonName) == [shown ? "model_tokens" : "api_model_tokens"])
      #expect(gadgets.params.map(\.jsonName) == ["api_model_limit"])
      let renames = warnings.filter { $0.message.contains("pydantic's 'model_' namespace") }
      #expect(renames.count == (shown ? 2 : 0), "\(renames.map(\.message))")
    }
  }

  @Test func aParameterUnionThatOnlySharesADomainTypesNameIsItsOwn() throws {
    // opencode's `session.chat(parts=…)`: `Iterable[Part]` lists the input classes of its
    // parameters module, while the Domain Type `Part` is the responses' union of other classes.
    let text = Self.reference(
      "widgets.chat(WidgetChatParams**kwargs) -> Part", "post", "/widgets/chat",
      """
      ### Parameters

      - `parts: Iterable[Part]`
        - `class TextPartInputParam: …`
          - `text: str`
          - `type: Literal["text"]`
            - `"text"`
        - `class FilePartInputParam: …`
          - `type: Literal["file"]`
            - `"file"`
          - `url: str`

      ### Returns

      - `Part`

      """ + Self.pythonExample(#"part = client.widgets.chat(parts=[{"text": "text", "type": "text"}])"#),
      types: """
        ### Part

        - `Part = TextPart | FilePart`
          - `class TextPart: …`
            - `id: str`
            - `text: str`
            - `type: Literal["text"]`
              - `"text"`
          - `class FilePart: …`
            - `id: str`
            - `type: Literal["file"]`
              - `"file"`
            - `url: str`
        """)
    let api = try Self.bothForms(text).structured
    let method = try #require(api.allResources.flatMap(\.methods).first { $0.name == "chat" })
    guard case .array(.union(let members)) = method.params[0].type else {
      Issue.record("parts is \(method.params[0].type)")
      return
    }
    let names = members.compactMap { member -> String? in
      if case .object(let name, _) = member { return name }
      return nil
    }
    #expect(names == ["TextPartInputParam", "FilePartInputParam"])
    // The response keeps the Domain Type.
    #expect(method.returns == .ref("Part"))
  }

  @Test func aCursorPageWhoseItemsHaveNoID() throws {
    // bem's pages start after the last item's `function_id` (a union of function kinds, each with
    // it), and a workflow's versions after its integer `version_num` (`starting_after: int`):
    // the field is the one named after the item type or the items field, of the cursor's type.
    let text = """
      # Functions

      ## List Functions

      `functions.list(FunctionListParams**kwargs) -> SyncFunctionsPage[Function]`

      **get** `/v3/functions`

      Lists functions.

      ### Parameters

      - `limit: Optional[int]`
      - `starting_after: Optional[str]`

      ### Returns

      - `Union[TransformFunction, RouteFunction]`
        - `class TransformFunction: …`
          - `function_id: str`
          - `type: Literal["transform"]`
            - `"transform"`
        - `class RouteFunction: …`
          - `function_id: str`
          - `type: Literal["route"]`
            - `"route"`

      #### Response

      ```json
      {
        "functions": [
          {
            "functionID": "functionID",
            "type": "transform"
          }
        ]
      }
      ```

      ## Domain Types

      ### Function

      - `Function = TransformFunction | RouteFunction`
        - `class TransformFunction: …`
          - `function_id: str`
          - `type: Literal["transform"]`
            - `"transform"`
        - `class RouteFunction: …`
          - `function_id: str`
          - `type: Literal["route"]`
            - `"route"`

      # Workflows

      ## List Versions

      `workflows.versions.list(strworkflow_name, VersionListParams**kwargs) -> SyncWorkflowVersionsPage[Workflow]`

      **get** `/v3/workflows/{workflowName}/versions`

      Lists a workflow's versions.

      ### Parameters

      - `workflow_name: str`
      - `limit: Optional[int]`
      - `starting_after: Optional[int]`

      ### Returns

      - `class Workflow: …`
        - `id: str`
        - `name: str`
        - `version_num: int`

      #### Response

      ```json
      {
        "versions": [
          {
            "id": "id",
            "name": "name",
            "versionNum": 0
          }
        ]
      }
      ```

      """
    let (api, warnings) = try Self.parse(text)
    let functions = try #require(RESTReferenceTests.method(api, "functions.list")?.pagination)
    #expect(functions.scheme == .cursor)
    // (Its wire name, as the example shows it in one kind, is every kind's.)
    #expect(functions.cursorItemField == "functionID")
    let versions = try #require(RESTReferenceTests.method(api, "workflows.versions.list")?.pagination)
    #expect(versions.cursorItemField == "versionNum")
    #expect(
      warnings.map(\.message).filter { $0.contains("the next cursor") } == [
        "'List Functions' pages by 'starting_after', but its items have no string 'id' or 'token' field; the "
          + "next cursor is the last item's 'function_id' (named after the item type 'Function')",
        "'List Versions' pages by 'starting_after', but its items have no integer 'id' or 'token' field; the "
          + "next cursor is the last item's 'version_num' (named after the items field 'versions')",
      ])
    let files = try emitFiles(api)
    let function = try #require(files.first { $0.key.hasSuffix("Models/Function.swift") }?.value)
    #expect(function.contains("case functionID = \"functionID\"") || function.contains("case functionID\n"))
    let pagination = try #require(files.first { $0.key.hasSuffix("Client/Pagination.swift") }?.value)
    #expect(
      pagination.contains(
        """
          public var pageNextToken: String? {
            guard let item = functions.last else { return nil }
            switch item {
            case .transform(let value): return value.functionID
            case .route(let value): return value.functionID
            case .unknown(let value): return value.cursorText("functionID")
            }
          }
        """))
    #expect(pagination.contains("public var pageNextToken: String? { versions.last.map { String($0.versionNum) } }"))
    let resource = try #require(files.first { $0.key.hasSuffix("Resources/WorkflowsVersionsResource.swift") }?.value)
    #expect(resource.contains("next.startingAfter = Int(token)"))
    // The mock asks for a later page by the integer's text.
    let mock = try #require(files.first { $0.key.hasSuffix("Mock.swift") && $0.value.contains("hasPageToken") }?.value)
    #expect(mock.contains("params.startingAfter.map { String($0) }"))
  }

  @Test func aPageWhoseItemsSitInAnObjectOfThePage() throws {
    // sentdm's pages hold their items and "has more" in their `data` object
    // (`SyncContactsPage`: `data.contacts`, `data.pagination.has_more`), asked for by page number.
    let text = """
      # Contacts

      ## List Contacts

      `contacts.list(ContactListParams**kwargs) -> SyncContactsPage[ContactResponse]`

      **get** `/v3/contacts`

      Lists contacts.

      ### Parameters

      - `page: Optional[int]`
      - `page_size: Optional[int]`

      ### Returns

      - `class ContactResponse: …`
        - `id: Optional[str]`
        - `phone_number: Optional[str]`

      #### Response

      ```json
      {
        "data": {
          "pagination": {
            "has_more": true,
            "tags": ["a"]
          },
          "contacts": [
            {
              "id": "id",
              "phoneNumber": "phoneNumber"
            }
          ]
        }
      }
      ```

      """
    let (api, warnings) = try Self.parse(text)
    #expect(warnings.isEmpty, "\(warnings.map(\.message))")
    let pagination = try #require(RESTReferenceTests.method(api, "contacts.list")?.pagination)
    #expect(pagination.scheme == .pageNumber && pagination.tokenParam == "page")
    // (Not the first array one object down, `tags`: the one whose items show an item's field.)
    #expect(pagination.itemsPath == ["data", "contacts"] && pagination.itemsField == "contacts")
    #expect(pagination.hasMorePath == ["data", "pagination", "has_more"])
    // The items the example shows name the wire names.
    let declarations = Self.declarations(api)
    let item = try #require(pagination.item.commonObjectFields(in: declarations))
    #expect(item.first { $0.name == "phone_number" }?.jsonName == "phoneNumber")
    let export = IRExport.value(pagination)
    #expect(export["itemsField"] == .string("contacts"))
    #expect(export["itemsPath"] == .array([.string("data"), .string("contacts")]))
    // The OpenAPI export's page envelope holds both in the one `data` object.
    let schema = OpenAPIExporter.responseSchema(try #require(RESTReferenceTests.method(api, "contacts.list")))
    let data = schema["properties"]?["data"]?["properties"]
    #expect(data?["contacts"]?["type"] == .string("array"))
    #expect(data?["pagination"]?["properties"]?["has_more"]?["type"] == .string("boolean"))

    let files = try emitFiles(api)
    let page = try #require(files.first { $0.key.hasSuffix("ContactsPage.swift") }?.value)
    #expect(page.contains("public var data: DataModel?"), "\(page)")
    #expect(page.contains("public var contacts: [ContactResponse]?"))
    #expect(page.contains("public var hasMore: Bool?"))
    let swiftPagination = try #require(files.first { $0.key.hasSuffix("Client/Pagination.swift") }?.value)
    #expect(swiftPagination.contains("public var pageItems: [ContactResponse] { data?.contacts ?? [] }"))
    // A page that says it is the last ends there, though it has items.
    #expect(
      swiftPagination.contains(
        "data?.pagination?.hasMore == false || pageItems.isEmpty ? nil : String((requestToken.flatMap { Int($0) } ?? 1) + 1)"
      ))
  }

  @Test func aMethodWhoseResponseSpellsItsFieldsAsDocumentedIsSentAsDocumented() throws {
    // m3ter's API sends `billEpoch` for `bill_epoch`, but its OAuth token endpoint answers
    // `access_token` and takes `grant_type`, as documented.
    let text = """
      # Authentication

      ## Get Bearer Token Authentication

      `authentication.get_bearer_token(AuthenticationGetBearerTokenParams**kwargs) -> AuthenticationGetBearerTokenResponse`

      **post** `/oauth/token`

      Gets a token.

      ### Parameters

      - `grant_type: Literal["client_credentials"]`
        - `"client_credentials"`
      - `scope: Optional[str]`

      ### Returns

      - `class AuthenticationGetBearerTokenResponse: …`
        - `access_token: str`
        - `expires_in: int`
        - `scope: Optional[str]`

      #### Response

      ```json
      {
        "access_token": "access_token",
        "expires_in": 0,
        "scope": "scope"
      }
      ```

      # Accounts

      ## Create Account

      `accounts.create(AccountCreateParams**kwargs) -> Account`

      **post** `/accounts`

      Creates an account.

      ### Parameters

      - `bill_epoch: Optional[str]`
      - `email_address: str`

      ### Returns

      - `class Account: …`
        - `bill_epoch: Optional[str]`
        - `created_by: Optional[str]`
        - `dt_created: Optional[str]`
        - `email_address: Optional[str]`
        - `last_modified_by: Optional[str]`

      #### Response

      ```json
      {
        "billEpoch": "billEpoch",
        "createdBy": "createdBy",
        "dtCreated": "dtCreated",
        "emailAddress": "emailAddress",
        "lastModifiedBy": "lastModifiedBy"
      }
      ```

      """
    // The section's examples alone decide its style: it travels as documented.
    let (api, warnings) = try Self.parse(text)
    let token = try #require(RESTReferenceTests.method(api, "authentication.get_bearer_token"))
    #expect(token.params.map(\.jsonName) == ["grant_type", "scope"])
    let declarations = Self.declarations(api)
    #expect(token.returns?.objectFields(in: declarations)?.map(\.jsonName) == ["access_token", "expires_in", "scope"])
    let account = try #require(RESTReferenceTests.method(api, "accounts.create"))
    #expect(account.params.map(\.jsonName) == ["billEpoch", "emailAddress"])
    #expect(
      warnings.map(\.message).contains(
        "'Authentication' spells field names as documented (2 keys of its examples as documented, 0 camelCased), "
          + "unlike the API (2 and 5): its fields travel so"))
    #expect(api.resources.first { $0.name == "authentication" }?.wireNameStyle == .asDocumented)
    #expect(api.resources.first { $0.name == "accounts" }?.wireNameStyle == nil)
    #expect(!warnings.contains { $0.message.contains("the response example uses") }, "\(warnings.map(\.message))")

    // A section that also shows the API's style does not decide: the method's own response
    // example then says its parameters travel as documented.
    let session = """
      ## Get Session Authentication

      `authentication.get_session(AuthenticationGetSessionParams**kwargs) -> AuthenticationGetSessionResponse`

      **post** `/oauth/session`

      Gets a session.

      ### Parameters

      - `session_kind: str`
      - `session_options: Optional[SessionOptions]`
        - `max_age: int`

      ### Returns

      - `class AuthenticationGetSessionResponse: …`
        - `session_id: str`

      #### Response

      ```json
      {
        "sessionId": "sessionId"
      }
      ```

      # Accounts
      """
    // So do the fields of the classes written in place in them, at any depth (brand-dev's
    // `ai_query`: `data_to_extract[].datapoint_description`); not another method's.
    let client = """
      - `scope: Optional[str]`
      - `client_info: Optional[Iterable[ClientInfo]]`
        - `client_name: str`
        - `redirect_uris: Optional[RedirectUris]`
          - `login_uri: str`
      """
    let (mixed, mixedWarnings) = try Self.parse(
      text.replacingOccurrences(of: "# Accounts", with: session)
        .replacingOccurrences(of: "- `scope: Optional[str]`\n\n### Returns", with: client + "\n\n### Returns"))
    let mixedToken = try #require(RESTReferenceTests.method(mixed, "authentication.get_bearer_token"))
    #expect(mixedToken.params.map(\.jsonName) == ["grant_type", "scope", "client_info"])
    guard case .array(.object(_, let clientFields)) = mixedToken.params.last?.type,
      case .object(_, let uriFields) = clientFields.last?.type
    else {
      Issue.record("client_info: \(String(describing: mixedToken.params.last?.type))")
      return
    }
    #expect(clientFields.map(\.jsonName) == ["client_name", "redirect_uris"])
    #expect(uriFields.map(\.jsonName) == ["login_uri"])
    let mixedSession = try #require(RESTReferenceTests.method(mixed, "authentication.get_session"))
    #expect(mixedSession.params.map(\.jsonName) == ["sessionKind", "sessionOptions"])
    guard case .object(_, let optionFields) = mixedSession.params.last?.type else {
      Issue.record("session_options: \(String(describing: mixedSession.params.last?.type))")
      return
    }
    #expect(optionFields.map(\.jsonName) == ["maxAge"])
    #expect(mixed.resources.first { $0.name == "authentication" }?.wireNameStyle == nil)
    #expect(
      mixedWarnings.map(\.message).contains(
        "'Get Bearer Token Authentication' answers with its fields as documented (its response example), not as "
          + "the API's other examples spell them; its parameters are sent as documented too: 'grant_type', "
          + "'client_info', 'client_name', 'redirect_uris', 'login_uri'"), "\(mixedWarnings.map(\.message))")
  }

  @Test func aSectionWhoseExamplesSpellNamesAsDocumentedSendsThemSoInACamelCaseAPI() throws {
    // fireworks.md: its own resources travel in camelCase (`displayName`), its Anthropic-
    // compatible `messages` as documented, the nested `thinking.budget_tokens` too, though no
    // example shows it (it was sent as `budgetTokens`, which the server rejects).
    let text = """
      # Deployments

      ## Get Deployment

      `deployments.get(strdeployment_id) -> Deployment`

      **get** `/deployments/{deployment_id}`

      Gets a deployment.

      ### Parameters

      - `deployment_id: str`

      ### Returns

      - `class Deployment: …`
        - `create_time: Optional[str]`
        - `display_name: Optional[str]`
        - `min_replica_count: Optional[int]`

      #### Response

      ```json
      {
        "createTime": "createTime",
        "displayName": "displayName",
        "minReplicaCount": 0
      }
      ```

      ## Create Deployment

      `deployments.create(DeploymentCreateParams**kwargs) -> Deployment`

      **post** `/deployments`

      Creates a deployment.

      ### Parameters

      - `display_name: str`
      - `autoscaling_policy: Optional[AutoscalingPolicy]`
        - `scale_up_window: Optional[str]`

      ### Returns

      - `class Deployment: …`

      # Messages

      ## Create Message

      `messages.create(MessageCreateParams**kwargs) -> MessageCreateResponse`

      **post** `/messages`

      Creates a message.

      ### Parameters

      - `max_tokens: int`
      - `thinking: Optional[Thinking]`
        - `budget_tokens: int`
        - `type: Literal["enabled"]`
          - `"enabled"`

      ### Returns

      - `class MessageCreateResponse: …`
        - `id: str`
        - `stop_reason: Optional[str]`
        - `stop_sequence: Optional[str]`

      #### Response

      ```json
      {
        "id": "id",
        "stop_reason": "end_turn",
        "stop_sequence": "stop_sequence"
      }
      ```

      """
    let (api, warnings) = try Self.parse(text)
    let create = try #require(RESTReferenceTests.method(api, "messages.create"))
    #expect(create.params.map(\.jsonName) == ["max_tokens", "thinking"])
    let thinking = try #require(create.params.last?.type.objectFields(in: Self.declarations(api)))
    #expect(thinking.map(\.jsonName) == ["budget_tokens", "type"])
    #expect(api.conventions.wireNameStyle == .camelCase)
    #expect(api.resources.first { $0.name == "messages" }?.wireNameStyle == .asDocumented)
    // The API's own resources keep its style, where no example shows a name too.
    let deployment = try #require(RESTReferenceTests.method(api, "deployments.create"))
    #expect(deployment.params.map(\.jsonName) == ["displayName", "autoscalingPolicy"])
    #expect(
      deployment.params.last?.type.objectFields(in: Self.declarations(api))?.map(\.jsonName) == ["scaleUpWindow"])
    #expect(
      warnings.map(\.message).contains(
        "'Messages' spells field names as documented (2 keys of its examples as documented, 0 camelCased), "
          + "unlike the API (2 and 3): its fields travel so"), "\(warnings.map(\.message))")
    // The export says so, and reads back.
    let export = IRExport.value(api)
    let messages = export["resources"]?.arrayElements?.first { $0["name"]?.stringValue == "messages" }
    #expect(messages?["wireNameStyle"]?.stringValue == "asDocumented")
    #expect(try IRImport.document(export).resources.map(\.wireNameStyle) == [nil, .asDocumented])
    _ = try Self.bothForms(text)
  }

  @Test func aDomainTypeOnlyRequestsSendIsSpelledAsTheResponsesSpellIt() throws {
    // sentdm's `campaign: CampaignDataParam` sends `use_cases` as `useCases`, as the responses
    // spell the field (the API's other names travel as documented).
    let text = """
      # Campaigns

      ## Create Campaign

      `campaigns.create(CampaignCreateParams**kwargs) -> Campaign`

      **post** `/v3/campaigns`

      Creates a campaign.

      ### Parameters

      - `campaign: CampaignDataParam`
        - `use_cases: List[str]`

      ### Returns

      - `class Campaign: …`
        - `created_at: str`
        - `updated_at: str`
        - `use_cases: Optional[List[str]]`

      #### Response

      ```json
      {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "useCases": [
          "string"
        ]
      }
      ```

      ## Domain Types

      ### Campaign Data Param

      - `class CampaignDataParam: …`
        - `use_cases: List[str]`

      """
    let (api, warnings) = try Self.parse(text)
    let param = try #require(api.allResources.flatMap(\.types).first { $0.name == "CampaignDataParam" })
    #expect(param.fields.map(\.jsonName) == ["useCases"])
    #expect(warnings.contains { $0.message.hasPrefix("'use_cases' is sent as 'useCases'") })
  }

  @Test func aNamePythonReservesTravelsWithoutTheSDKsUnderscore() throws {
    // gcore's `from_: Annotated[str, PropertyInfo(alias="from")]` and
    // `schema_: str = FieldInfo(alias="schema")`: its SDK sends `from` and `schema`. A name that
    // merely ends in an underscore (`ends_`) travels as documented.
    let text = """
      # Statistics

      ## Get Series

      `statistics.get_series(StatisticGetSeriesParams**kwargs) -> Series`

      **get** `/v1/statistics/series`

      Gets a series.

      ### Parameters

      - `from_: str`
      - `to: str`
      - `ends_: Optional[str]`

      ### Returns

      - `class Series: …`
        - `probe_schema: Optional[Probe]`
          - `schema_: str`

      ### Example

      ```python
      series = client.statistics.get_series(
          from_=parse_datetime("2024-12-14T12:00:00Z"),
          to="to",
      )
      ```

      #### Response

      ```json
      {
        "probe_schema": {
          "schema": "https"
        }
      }
      ```

      """
    let (api, warnings) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "statistics.get_series"))
    #expect(method.params.map(\.jsonName) == ["from", "to", "ends_"])
    #expect(method.params.map(\.location) == [.query, .query, .query])
    #expect(warnings.contains { $0.message.hasPrefix("'from_' is sent as 'from'") })
    // The response example shows `schema`: no warning for it.
    #expect(!warnings.contains { $0.message.hasPrefix("'schema_'") }, "\(warnings.map(\.message))")
    var responseWireNames: [String: String] = [:]
    api.forEachResponseField { responseWireNames[$0.name] = $0.jsonName }
    #expect(responseWireNames["schema_"] == "schema")
  }

  @Test func aRequestFieldTheSDKPrefixedWithAPITravelsAsTheResponsesDocumentIt() throws {
    // gcore's health monitors: `api_timeout: Annotated[int, PropertyInfo(alias="timeout")]` in
    // the request, `timeout: int` in what it returns, in the same words. Its `api_type` is
    // another field than the returned `type`.
    let text = """
      # Health Monitors

      ## Create Health Monitor

      `health_monitors.create(HealthMonitorCreateParams**kwargs) -> HealthMonitor`

      **post** `/v1/health_monitors`

      Creates a health monitor.

      ### Parameters

      - `api_timeout: int` The maximum time to connect. Must be less than the delay value
      - `api_type: str` The API the monitor probes
      - `settings: Optional[Settings]`
        - `api_timeout: Optional[int]` The maximum time to connect. Must be less than the delay value. Omit to leave unchanged.

      ### Returns

      - `class HealthMonitor: …`
        - `id: str`
        - `timeout: int` The maximum time to connect. Must be less than the delay value
        - `type: str` The monitor's type

      """
    let (api, warnings) = try Self.parse(text)
    let method = try #require(RESTReferenceTests.method(api, "health_monitors.create"))
    #expect(method.params.map(\.jsonName) == ["timeout", "api_type", "settings"])
    guard case .object(_, let settings)? = method.params.last?.type.unionMembers.first else {
      Issue.record("settings is not an object: \(String(describing: method.params.last?.type))")
      return
    }
    #expect(settings.map(\.jsonName) == ["timeout"])
    #expect(warnings.filter { $0.message.hasPrefix("'api_timeout' is sent as 'timeout'") }.count == 1)
    #expect(!warnings.contains { $0.message.hasPrefix("'api_type'") })
  }

  @Test func aResourceNamedByAKeywordIsRegisteredByAPlainLabel() throws {
    // bem's `functions.copy`: a call's label needs no backticks (`register(copy:)`; escaped, Swift
    // warns), a member after a dot neither.
    let text = """
      # Copy

      ## Create Copy

      `copy.create(CopyCreateParams**kwargs) -> Widget`

      **post** `/v3/copy`

      Copies.

      ### Parameters

      - `name: str`

      ### Returns

      - `class Widget: …`
        - `id: str`

      """
    let files = try emitFiles(try Self.parse(text).api)
    let services = try #require(
      files.first { $0.key.hasSuffix("Services.swift") && $0.value.contains("register(all") }?.value)
    #expect(services.contains("    register(copy: services)\n"))
    #expect(!files.values.contains { $0.contains("(`copy`:") })
  }

  @Test func aResourceNamedAllIsNotRegisteredAsEveryService() throws {
    // anchorbrowser's `sessions.all`: `register(all:)` registers every service, and a resource's
    // own `register(all:)` called itself for ever (a compile error). Qualified by its path; a
    // top-level `all` by its kind.
    func text(_ path: String) -> String {
      """
      # All

      ## Delete All

      `\(path).delete() -> Widget`

      **delete** `/v1/\(path.replacingOccurrences(of: ".", with: "/"))`

      ### Returns

      - `class Widget: …`
        - `id: str`

      """
    }
    for (path, label) in [("sessions.all", "sessionsAll"), ("all", "allResource")] {
      let files = try emitFiles(try Self.parse(text(path)).api)
      let services = try #require(
        files.first { $0.key.hasSuffix("Services.swift") && $0.value.contains("register(all") }?.value)
      #expect(services.contains("    register(\(label): services)\n"), "\(services)")
      #expect(files.values.contains { $0.contains("func register(\(label) service:") })
      #expect(!services.contains("register(all: services)"))
    }
  }

  @Test func aWordTheExamplesWriteInCapitalsIsWrittenSoInTheWireNamesTheyDoNotShow() throws {
    // bem: a camelCase API whose examples write `bucketID`, `callID`, `eventIDs` sends the
    // parameters no example shows so too (`transformationIDs`, its SDK's alias), not
    // `transformationIds`.
    func text(_ keys: [String]) -> String {
      let fields = ["bucket_id", "call_id", "event_ids", "folder_id", "display_name"]
      return Self.reference(
        "evals.trigger(EvalTriggerParams**kwargs) -> Eval", "post", "/evals",
        "### Parameters\n\n- `transformation_ids: Sequence[str]`\n- `function_name: str`\n\n"
          + "### Returns\n\n- `class Eval: …`\n" + fields.map { "  - `\($0): str`\n" }.joined()
          + "\n#### Response\n\n```json\n{" + keys.map { "\"\($0)\": \"x\"" }.joined(separator: ", ") + "}\n```\n")
    }
    let (api, warnings) = try Self.parse(
      text(["bucketID", "callID", "eventIDs", "folderId", "displayName"]))
    let trigger = try #require(RESTReferenceTests.method(api, "evals.trigger"))
    #expect(trigger.params.map(\.jsonName) == ["transformationIDs", "functionName"])
    #expect(api.conventions.wireNameInitialisms == ["id"])
    #expect(
      warnings.contains { $0.message.contains("write 'id' in capitals in camelCase names (3 keys, 1 capitalized)") })
    // The examples' own keys stay as written.
    let eval = try #require(api.allResources.flatMap(\.methods).first?.returns)
    guard case .object(_, let fields) = eval else {
      Issue.record("Eval is not written in place")
      return
    }
    #expect(fields.map(\.jsonName) == ["bucketID", "callID", "eventIDs", "folderId", "displayName"])
    // As many keys capitalized as in capitals (or only two in capitals): `Id` as camelCase writes it.
    for keys in [
      ["bucketID", "callID", "eventIDs", "folderId", "displayName"].map {
        $0.replacingOccurrences(of: "callID", with: "callId")
      },
      ["bucketID", "callID", "displayName"],
    ] {
      let (other, _) = try Self.parse(text(keys))
      #expect(
        try #require(RESTReferenceTests.method(other, "evals.trigger")).params.first?.jsonName == "transformationIds")
      #expect(other.conventions.wireNameInitialisms.isEmpty)
    }
    // together: `latencyP50` says nothing of `p50`: capitalized, it reads the same.
    let percentiles = Self.reference(
      "stats.get() -> Stats", "get", "/stats",
      "### Returns\n\n- `class Stats: …`\n  - `latency_p50: float`\n  - `cost_p50: float`\n"
        + "  - `time_p50: float`\n\n#### Response\n\n```json\n"
        + "{\"latencyP50\": 1, \"costP50\": 2, \"timeP50\": 3}\n```\n")
    #expect(try Self.parse(percentiles).api.conventions.wireNameInitialisms.isEmpty)
  }

  @Test func aResourceSendsANameAsItsOwnResponsesSpellItWhereTheAPIsDisagree() throws {
    // trycourier: `lists.subscriptions` answers `recipientId`, `audiences` answers
    // `recipient_id` (a snake_case API): `lists` sends its `recipient_id` as `recipientId`,
    // `audiences` as documented.
    let text = """
      # Lists

      ## Add Subscription

      `lists.add(strlist_id, ListAddParams**kwargs) -> None`

      **post** `/lists/{list_id}/subscriptions`

      ### Parameters

      - `list_id: str`
      - `recipients: Iterable[Recipient]`
        - `recipient_id: str`
        - `created_at: Optional[str]`

      ## List Subscriptions

      `lists.list_subscriptions(strlist_id) -> Subscription`

      **get** `/lists/{list_id}/subscriptions`

      ### Parameters

      - `list_id: str`

      ### Returns

      - `class Subscription: …`
        - `recipient_id: str`
        - `created_at: str`

      #### Response

      ```json
      {"recipientId": "r", "created_at": "c"}
      ```

      # Audiences

      ## Add Member

      `audiences.add(straudience_id, AudienceAddParams**kwargs) -> Member`

      **post** `/audiences/{audience_id}/members`

      ### Parameters

      - `audience_id: str`
      - `recipient_id: str`
      - `member_count: Optional[int]`

      ### Returns

      - `class Member: …`
        - `recipient_id: str`
        - `member_count: int`

      #### Response

      ```json
      {"recipient_id": "r", "member_count": 1}
      ```

      """
    let (api, warnings) = try Self.parse(text)
    let add = try #require(RESTReferenceTests.method(api, "lists.add"))
    guard case .array(.object(_, let fields)) = try #require(add.params.last?.type) else {
      Issue.record("recipients is not a list of objects")
      return
    }
    #expect(fields.map(\.jsonName) == ["recipientId", "created_at"])
    let member = try #require(RESTReferenceTests.method(api, "audiences.add"))
    #expect(member.params.map(\.jsonName) == ["audience_id", "recipient_id", "member_count"])
    #expect(
      warnings.contains {
        $0.message.hasPrefix("'recipient_id' is sent as 'recipientId' in 'lists', as its own response examples")
      })
  }

  @Test func anObjectIsSentAsTheResponsesSpellTheSameObject() throws {
    // composio: a connected account's `state` (`auth_scheme`, `val`) answers `authScheme`, its
    // `auth_config` answers `auth_scheme` (a snake_case API, so no rule of one name decides):
    // the `state` a request sends travels with `authScheme`, as its SDK sends it; an object of
    // other fields keeps the documented name.
    let text = """
      # Accounts

      ## Retrieve Account

      `accounts.retrieve(strnanoid) -> Account`

      **get** `/accounts/{nanoid}`

      ### Parameters

      - `nanoid: str`

      ### Returns

      - `class Account: …`
        - `id: str`
        - `auth_config: AuthConfig`
          - `id: str`
          - `auth_scheme: str`
        - `state: State`
          - `auth_scheme: str`
          - `val: str`

      #### Response

      ```json
      {"id": "a", "auth_config": {"id": "c", "auth_scheme": "OAUTH2"}, "state": {"authScheme": "OAUTH2", "val": "v"}}
      ```

      ## Update Account

      `accounts.update(strnanoid, AccountUpdateParams**kwargs) -> None`

      **patch** `/accounts/{nanoid}`

      ### Parameters

      - `nanoid: str`
      - `connection: Optional[Connection]`
        - `state: ConnectionState`
          - `auth_scheme: str`
          - `val: str`
        - `options: ConnectionOptions`
          - `auth_scheme: str`
          - `label: str`

      """
    let (api, warnings) = try Self.parse(text)
    let update = try #require(RESTReferenceTests.method(api, "accounts.update"))
    guard case .object(_, let connection) = try #require(update.params.last?.type),
      case .object(_, let state) = try #require(connection.first?.type),
      case .object(_, let options) = try #require(connection.last?.type)
    else {
      Issue.record("connection is not an object of two objects")
      return
    }
    #expect(state.map(\.jsonName) == ["authScheme", "val"])
    #expect(options.map(\.jsonName) == ["auth_scheme", "label"])
    #expect(
      warnings.contains {
        $0.message.hasPrefix("'auth_scheme' of an object of 'auth_scheme', 'val' is sent as 'authScheme'")
      })
  }

  @Test func aParameterTheMethodsCurlCallUploadsAsAFormFileIsAFile() throws {
    // bem: `infer_schema.create(file: object)`, whose description shows
    // `curl … -F "file=@invoice.pdf"`: its SDK sends a multipart body.
    func text(_ curl: String) -> String {
      Self.reference(
        "documents.analyze(DocumentAnalyzeParams**kwargs) -> None", "post", "/documents/analyze",
        "Analyzes a document.\n\n```bash\ncurl -X POST https://api.example.com/documents/analyze \\\n"
          + "  -H \"x-api-key: KEY\" \\\n  \(curl)\n```\n\n### Parameters\n\n- `file: object` The file.\n")
    }
    let (api, warnings) = try Self.parse(text("-F \"file=@invoice.pdf\""))
    let analyze = try #require(RESTReferenceTests.method(api, "documents.analyze"))
    #expect(analyze.params.map(\.type) == [.file])
    #expect(analyze.requestBody == .multipart)
    #expect(warnings.contains { $0.message.contains("uploads it as a form file (`-F file=@…`)") })
    // A form field that is no file (`-F "file=invoice"`) says nothing: JSON, as documented.
    let (plain, _) = try Self.parse(text("-F \"file=invoice\""))
    let other = try #require(RESTReferenceTests.method(plain, "documents.analyze"))
    #expect(other.params.map(\.type) == [.any])
    #expect(other.requestBody == .json)
  }

  @Test func aParameterNamedXIsTheHeaderItsNameSpells() throws {
    // sentdm's `x_profile_id`, gradient's `x_dangerous`: Stainless's Python SDKs send them as the
    // headers `x-profile-id` and `X-Dangerous`, which the reference does not show.
    let text = Self.reference(
      "widgets.move(strwidget_id, WidgetMoveParams**kwargs) -> None", "post", "/widgets/{widget_id}/move",
      """
      ### Parameters

      - `widget_id: str`
      - `x_offset: float`
      - `y_offset: float`
      - `x_meta: Dict[str, str]`
      - `x_profile_id: Optional[str]`
      - `x_dangerous: bool`

      """)
    let (api, warnings) = try Self.parse(text)
    let move = try #require(RESTReferenceTests.method(api, "widgets.move"))
    #expect(move.params.map(\.location) == [.path, .body, .body, .body, .header, .header])
    #expect(move.params.map(\.headerName) == [nil, nil, nil, nil, "X-Profile-Id", "X-Dangerous"])
    #expect(warnings.contains { $0.message.hasPrefix("'x_profile_id' is sent as the header 'X-Profile-Id'") })
  }
}
