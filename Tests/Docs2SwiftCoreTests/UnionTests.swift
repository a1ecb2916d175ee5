import Foundation
import Testing

@testable import Docs2SwiftCore

/// Unions (`Union[A, B]`, `A | B`): one Swift enum each, a case per member, told apart as the
/// reference's evidence allows (`UnionPlan`); examples, round trips and the generated code agree.
@Suite("Unions")
struct UnionTests {
  static let text = TypeRef.object(
    name: "TextBlock",
    fields: [field("text", .string), field("type", .enum(name: nil, values: ["text"]), json: "type")])
  static let image = TypeRef.object(
    name: "ImageBlock",
    fields: [field("type", .enum(name: nil, values: ["image"]), json: "type"), field("url", .string, json: "url")])
  static let content = TypeRef.union([.string, .array(.union([text, image]))])

  /// The sample API with `widgets.compose(content:size:)`, whose examples are `examples`.
  static func api(examples: [JSONValue]) -> APIDocument {
    var api = sampleAPI()
    let compose = Method(
      name: "compose", operation: "Compose",
      http: HTTPEndpoint(method: "POST", path: "/acme.v1.WidgetService/Compose"),
      summary: "Composes.", description: "Composes.", paramsType: "WidgetComposeParams",
      params: [
        field("content", content, location: .body),
        field("size", .union([.number, .integer, .string]), required: false, location: .body),
        field("target", .union([.ref("Widget"), .string]), required: false, location: .body),
      ],
      returns: nil, returnsName: "object", pagination: nil,
      examples: examples.enumerated().map {
        RequestExample(title: "Example \($0.offset + 1)", description: "", request: $0.element)
      },
      responseExample: nil, pythonExample: nil)
    api.resources[0].methods.append(compose)
    return api
  }

  @Test("objects with a one-value literal under one field are told apart by it; the rest are tried in order")
  func plan() throws {
    let resolve: (String) -> TypeRef? = { _ in nil }
    let blocks = try #require(UnionPlan([Self.text, Self.image], resolve: resolve))
    #expect(blocks.discriminator == "type")
    #expect(blocks.members.map(\.discriminatorValue) == ["text", "image"])
    #expect(try blocks.member(for: .parse(#"{"type": "image", "url": "u"}"#), resolve: resolve)?.type == Self.image)
    // A value of no member is kept whole.
    #expect(try blocks.member(for: .parse(#"{"type": "video"}"#), resolve: resolve) == nil)
    let numbers = try #require(UnionPlan([.number, .integer, .string], resolve: resolve))
    #expect(numbers.discriminator == nil)
    // A JSON integer would also read as a Double: `Int` is tried first.
    #expect(numbers.attempted.map(\.type) == [.integer, .number, .string])
    #expect(try numbers.member(for: .parse("3"), resolve: resolve)?.type == .integer)
    #expect(try numbers.member(for: .parse("3.5"), resolve: resolve)?.type == .number)
    #expect(try numbers.member(for: .parse(#""big""#), resolve: resolve)?.type == .string)
    // An object without its required fields is not that member.
    let objects = try #require(UnionPlan([Self.image, .string], resolve: resolve))
    #expect(objects.discriminator == nil)
    #expect(try objects.member(for: .parse(#"{"type": "image"}"#), resolve: resolve) == nil)
    // A union holding `object` is any JSON value.
    #expect(UnionPlan([.string, .any], resolve: resolve) == nil)
  }

  @Test("the Swift model declares an enum per union, a case per member, named by the evidence")
  func swiftModel() throws {
    let (model, _) = try SwiftModel.decide(Self.api(examples: []), config: GeneratorConfig())
    let params = try #require(model.declaration(named: "WidgetComposeParams"))
    #expect(
      params.properties.map(\.type.qualified) == [
        "WidgetComposeParams.Content", "WidgetComposeParams.Size", "WidgetComposeParams.Target",
      ])
    let content = try #require(params.nested.first { $0.name == "Content" })
    guard case .union(let union) = content.kind else { Issue.record("not a union"); return }
    #expect(union.cases.map(\.name) == ["string", "array"])
    #expect(union.cases.map(\.payload.local) == ["String", "[Item]"])
    let item = try #require(content.nested.first { $0.name == "Item" })
    guard case .union(let blocks) = item.kind else { Issue.record("not a union"); return }
    #expect(blocks.discriminator == "type")
    #expect(blocks.cases.map(\.name) == ["text", "image"])
    #expect(blocks.attempted.isEmpty)
    let size = try #require(params.nested.first { $0.name == "Size" })
    guard case .union(let sizes) = size.kind else { Issue.record("not a union"); return }
    #expect(sizes.cases.map(\.name) == ["double", "int", "string"])
    #expect(sizes.attempted == ["int", "double", "string"])
    // A Domain Type member's case is documented with the type's description.
    let target = try #require(params.nested.first { $0.name == "Target" })
    guard case .union(let targets) = target.kind else { Issue.record("not a union"); return }
    #expect(targets.cases.map(\.name) == ["widget", "string"])
    #expect(targets.cases.first?.documentation == "A `Widget`.\n\nA widget.")
    #expect(model.usesUnions)
  }

  @Test("the generated enum decodes by discriminator, then by trial, and keeps what no member reads")
  func generatedCode() throws {
    let files = try emitFiles(Self.api(examples: []))
    let params = try #require(files["Sources/Acme/Params/WidgetComposeParams.swift"])
    #expect(params.contains("public enum Content: Codable, Sendable, Hashable {"))
    #expect(params.contains("    case string(String)\n"))
    #expect(params.contains("    case array([Item])\n"))
    #expect(params.contains("    case unknown(AcmeJSONValue)\n"))
    #expect(params.contains(#"switch AcmeUnion.discriminator("type", in: decoder) {"#))
    #expect(
      params.contains(
        "case \"image\":\n          self = try .image(container.decode(ImageBlock.self))\n          return"))
    #expect(params.contains("if let value = try? container.decode(Int.self) {\n        self = .int(value)"))
    #expect(files["Sources/Acme/Support/Union.swift"]?.contains("\nenum AcmeUnion {") == true)
    // A member's discriminator can hold one value only: its initializer supplies it.
    #expect(params.contains("public init(\n          text: String,\n          type: TypeModel = .text\n        ) {"))
    // A package without unions does not carry the support.
    #expect(try emitFiles(sampleAPI())["Sources/Acme/Support/Union.swift"] == nil)
  }

  @Test("an example becomes the case its value decodes as")
  func examples() throws {
    let examples = try [
      JSONValue.parse(#"{"content": "hi", "size": 12}"#),
      JSONValue.parse(
        #"{"content": [{"type": "image", "url": "u"}, {"text": "t", "type": "text"}, {"type": "video"}], "size": "big"}"#
      ),
    ]
    let files = try emitFiles(Self.api(examples: examples))
    let text = try #require(files["Sources/AcmeExamples/WidgetsExamples.swift"])
    #expect(text.contains(#"content: .string("hi"),"#))
    #expect(text.contains("size: .int(12)"))
    #expect(text.contains(#".image(WidgetComposeParams.Content.Item.ImageBlock(type: .image, url: "u")),"#))
    #expect(text.contains(#".text(WidgetComposeParams.Content.Item.TextBlock(text: "t", type: .text)),"#))
    #expect(text.contains(#".unknown(["type": "video"]),"#))
    #expect(text.contains(#"size: .string("big")"#))
  }

  /// A REST reference whose Domain Types include union aliases, each used by name.
  static let aliases = """
    # Messages

    ## Compose Message

    `messages.compose(MessageComposeParams**kwargs) -> Composition`

    **post** `/v1/messages/compose`

    Composes a message.

    ### Parameters

    - `blocks: Iterable[ContentBlock]` The blocks.
    - `either: Optional[Block]` A block or text.
    - `model: Optional[ModelParam]` The model.
    - `extra: Optional[Anything]` Anything at all.
    - `tier: Optional[Tier]` The tier.

    ### Returns

    - `class Composition: …`
      - `blocks: List[ContentBlock]` The blocks composed.

    ## Domain Types

    ### Text Block

    - `class TextBlock: …` Text.
      - `text: str`
      - `type: Literal["text"]`

    ### Image Block

    - `class ImageBlock: …` An image.
      - `type: Literal["image"]`
      - `url: str`

    ### Content Block

    - `ContentBlock = TextBlock | ImageBlock` One block of content.

    ### Block

    - `Block = ContentBlock | str`

    ### Chat Model

    - `ChatModel = Literal["small", "large"]`

    ### Model Param

    - `ModelParam = str | ChatModel`

    ### Anything

    - `Anything = object | str`

    ### Tier

    - `Tier = Literal["free", "pro"] | str`

    """

  @Test("a union alias is a Domain Type, referenced by name where used, and a Swift enum of that name")
  func unionAliases() throws {
    let result = try parseReference(Self.aliases)
    let api = result.api
    let compose = try #require(api.method("messages.compose"))
    #expect(compose.params[named: "blocks"]?.type == .array(.ref("ContentBlock")))
    #expect(compose.params[named: "either"]?.type == .ref("Block"))
    #expect(
      compose.returns
        == .object(
          name: "Composition",
          fields: [
            Field(
              name: "blocks", jsonName: "blocks", required: true, type: .array(.ref("ContentBlock")),
              description: "The blocks composed.")
          ]))
    let content = try #require(api.type("ContentBlock"))
    #expect(content.kind == .union && content.members == [.ref("TextBlock"), .ref("ImageBlock")])
    #expect(content.description == "One block of content.")
    // A union naming a union among its members holds that union's members.
    #expect(api.type("Block")?.members == [.ref("TextBlock"), .ref("ImageBlock"), .string])
    #expect(IRExport.json(api).contains("\"kind\": \"union\""))
    let schemas = OpenAPIExporter.document(api)["components"]?["schemas"]
    #expect(schemas?["ContentBlock"]?["oneOf"]?.arrayElements?.count == 2)

    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    #expect(model.swiftNames["ContentBlock"] == "ContentBlock")
    let declaration = try #require(model.declaration(named: "ContentBlock"))
    guard case .union(let union) = declaration.kind else { Issue.record("not a union"); return }
    #expect(union.discriminator == "type" && union.cases.map(\.name) == ["text", "image"])
    let params = try #require(model.declaration(named: "MessageComposeParams"))
    // `str` beside one enum is that enum, any member `object` makes any JSON value: neither is
    // declared, and each field has the type the union stands for.
    #expect(
      params.properties.map(\.type.qualified) == [
        "[ContentBlock]", "Block", "ChatModel", model.typePrefix + "JSONValue", "Tier",
      ])
    #expect(params.nested.isEmpty)
    #expect(model.swiftNames["ModelParam"] == nil && model.swiftNames["Anything"] == nil)
    // Values written in place beside `str` are an open enum of the alias's name.
    let tier = try #require(model.declaration(named: "Tier"))
    guard case .enumeration(let constants) = tier.kind else { Issue.record("not an enum"); return }
    #expect(constants.map(\.rawValue) == ["free", "pro"])
    #expect(model.declaration(named: "Composition")?.properties.first?.type.qualified == "[ContentBlock]")
    // Documented as the reference describes it, else by what it holds.
    #expect(declaration.documentation == "One block of content.")
    #expect(model.declaration(named: "Block")?.documentation == "One of `TextBlock`, `ImageBlock` or `String`.")
  }

  /// A union alias one of whose members holds it again (through a list and directly).
  static let recursive = """
    # Searches

    ## Search

    `searches.run(SearchRunParams**kwargs) -> SearchResult`

    **post** `/v1/searches`

    Runs a search.

    ### Parameters

    - `filter: Filter` The filter.
    - `fallback: Optional[Filter]` Another filter.

    ### Returns

    - `class SearchResult: …`
      - `count: int`

    ### Example

    ```python
    from acme import Acme

    client = Acme()
    result = client.searches.run(
        filter={"key": "a", "type": "eq"},
    )
    print(result.count)
    ```

    #### Response

    ```json
    {
      "count": 0
    }
    ```

    ## Domain Types

    ### Filter

    - `Filter = ComparisonFilter | CompoundFilter`
      - `class ComparisonFilter: …`
        - `key: str`
        - `type: Literal["eq", "ne"]`
          - `"eq"`
          - `"ne"`
      - `class CompoundFilter: …`
        - `filters: List[Filter]`
        - `negated: Optional[Filter]`
        - `type: Literal["and", "or"]`
          - `"and"`
          - `"or"`

    """

  @Test("a union alias whose member holds it again is referenced by name; directly held, it is stored indirectly")
  func recursiveUnionAliases() throws {
    let api = try parseReference(Self.recursive).api
    let filter = try #require(api.type("Filter"))
    #expect(filter.kind == .union)
    guard case .object("CompoundFilter", let fields)? = filter.members.last else {
      Issue.record("no in-place CompoundFilter")
      return
    }
    #expect(fields[named: "filters"]?.type == .array(.ref("Filter")))
    #expect(fields[named: "negated"]?.type == .ref("Filter"))
    let (model, warnings) = try SwiftModel.decide(api, config: GeneratorConfig())
    let declaration = try #require(model.declaration(named: "Filter"))
    let compound = try #require(declaration.nested.first { $0.name == "CompoundFilter" })
    // Through a list no indirection is needed; held directly, a struct cannot contain itself.
    #expect(
      compound.properties.map(\.type.qualified) == [
        "[Filter]", "AcmeIndirect<Filter>", "Filter.CompoundFilter.TypeModel",
      ])
    #expect(warnings.filter { $0.message.contains("stored as AcmeIndirect<Filter>") }.count == 1)
    // The parameters holding a Filter hold it as a value.
    #expect(model.declaration(named: "SearchRunParams")?.properties.first?.type.qualified == "Filter")
    // A union that is its own member directly is no type.
    let direct = Self.recursive.replacingOccurrences(
      of: "- `Filter = ComparisonFilter | CompoundFilter`",
      with: "- `Filter = ComparisonFilter | CompoundFilter | Filter`")
    #expect(parseError(direct)?.message == "the alias 'Filter' is defined by itself")
  }

  @Test("a union alias is read once: a warning inside it is given once, however often it is used")
  func aliasWarningsOnce() throws {
    let structured = try RESTReferenceTests.parse("openai").structured
    // `ChatCompletionAssistantMessageParam` lists `Iterable[ContentArrayOfContentPart]`, a class
    // the reference never declares; `ChatCompletionMessageParam`'s assistant member lists the
    // same fields again (so it names the Domain Type, and its listing is not read), and
    // `chat.completions.create` uses the alias.
    let said = structured.warnings.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "") \($0.message)" }
    #expect(
      said.filter { $0.contains("'ContentArrayOfContentPart' in a Union") } == [
        "1923:3 'ContentArrayOfContentPart' in a Union is never declared and lists no fields; its list is read as an "
          + "array of any JSON value"
      ])
    #expect(Set(said).count == said.count, "a warning is given twice")
  }
}
