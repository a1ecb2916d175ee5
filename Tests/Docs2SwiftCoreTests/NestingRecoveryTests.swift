import Testing

@testable import Docs2SwiftCore

/// One test per piece of evidence the recovery weighs, on small flat lists.
@Suite struct NestingRecoveryTests {
  /// Flat items from `name: Type` codes (and `"VALUE"` / `class X: …`).
  func items(_ codes: [String]) -> [ItemSyntax] {
    codes.enumerated().map { index, code in
      ItemSyntax(
        kind: ItemSyntax.kind(ofCode: code), code: code, description: "",
        location: SourceLocation(file: "t.md", line: 1, column: index + 1))
    }
  }

  /// The tree as `name(child,child)` text.
  func shape(_ items: [ItemSyntax]) -> String {
    items.map { item in
      let name: String =
        switch item.kind {
        case .field(let name, _): name
        case .value(let value): value
        case .classHeader(let name): "class " + name
        case .type(let code): code
        }
      return item.children.isEmpty ? name : name + "(" + shape(item.children) + ")"
    }.joined(separator: ",")
  }

  @Test func orderingSendsAFieldThatBreaksTheOrderToTheEnclosingObject() {
    // Custom Security Agent: `name` after `secret_name` breaks env_mappings' order.
    var recovery = NestingRecovery()
    let tree = recovery.recover(
      items([
        "class CustomSecurityAgent: …", "id: Optional[str]", "description: Optional[str]", "enabled: Optional[bool]",
        "env_mappings: Optional[List[CustomAgentEnvMapping]]", "name: Optional[str]", "secret_name: Optional[str]",
        "name: Optional[str]", "start_command: Optional[str]",
      ]))
    #expect(
      shape(tree)
        == "class CustomSecurityAgent(id,description,enabled,env_mappings(name,secret_name),name,start_command)")
  }

  @Test func requiredFieldsComeBeforeOptionalOnesUnlessNullable() {
    var recovery = NestingRecovery()
    // `ac` is required and sorts before `avatar_url`: it cannot follow it in one object.
    let tree = recovery.recover(items(["ab: Member", "user_id: str", "avatar_url: Optional[str]", "ac: str"]))
    #expect(shape(tree) == "ab(user_id,avatar_url),ac")
    // `Optional[...]` may mark a required field that can be null (openai.md lists
    // `last_error: Optional[LastError]` among the required ones): `user_id` after it is in order.
    var fresh = NestingRecovery()
    let nullable = fresh.recover(items(["member: Member", "avatar_url: Optional[str]", "user_id: str", "zone: str"]))
    #expect(shape(nullable) == "member(avatar_url,user_id,zone)")
    // Not where that field would then be out of order among the required ones: a required
    // `avatar_url` would come before `user_id`, so `zone` cannot follow it in one object.
    var strict = NestingRecovery()
    let optional = strict.recover(items(["member: Member", "user_id: str", "avatar_url: Optional[str]", "zone: str"]))
    #expect(shape(optional) == "member(user_id,avatar_url),zone")
  }

  @Test func aClassNamedForItsPathPlacesItsField() {
    // gitpod-full.md's UserInputBlock: `text: Text` after `inputs[].text: InputText`. Nested
    // classes are named for their path (`Input` + `Text`), so `Text` is the top's.
    var recovery = NestingRecovery()
    let tree = recovery.recover(
      items([
        "class UserInputBlock: …", "id: Optional[str]", "inputs: Optional[List[Input]]",
        "image: Optional[InputImage]", "data: Optional[str]", "text: Optional[InputText]", "content: Optional[str]",
        "text: Optional[Text]", "content: Optional[str]",
      ]))
    #expect(shape(tree) == "class UserInputBlock(id,inputs(image(data),text(content)),text(content))")
    // A one-value literal sits beside the field its value names (`{"type": "static", "static": {…}}`).
    let discriminated = recovery.recover(
      items([
        "class ChunkingStrategy: …", "static: Static", "chunk_overlap_tokens: int", "max_chunk_size_tokens: int",
        "type: Literal[\"static\"]",
      ]))
    #expect(shape(discriminated) == "class ChunkingStrategy(static(chunk_overlap_tokens,max_chunk_size_tokens),type)")
  }

  @Test func aFieldNamedForAPathAroundAnObjectThatListsNothingIsNotItsFirst() {
    // increase's `exports.create`: `entity_csv: Optional[EntityCsv]` lists nothing, and the
    // `fee_csv: Optional[FeeCsv]` after it is a parameter: inside it, its class would be named
    // `EntityCsvFeeCsv`. A field whose class is named for the object's path is its first.
    var recovery = NestingRecovery()
    let exports = recovery.recover(
      items([
        "category: str", "entity_csv: Optional[EntityCsv]", "fee_csv: Optional[FeeCsv]",
        "created_at: Optional[FeeCsvCreatedAt]", "after: Optional[str]",
      ]))
    #expect(shape(exports) == "category,entity_csv,fee_csv(created_at(after))")
    var other = NestingRecovery()
    let nested = other.recover(
      items(["category: str", "entity_csv: Optional[EntityCsv]", "fee_csv: Optional[EntityCsvFeeCsv]"]))
    #expect(shape(nested) == "category,entity_csv(fee_csv)")
  }

  @Test func pagingFieldsComeFirstAndUnsorted() {
    var recovery = NestingRecovery()
    let tree = recovery.recover(
      items([
        "organization_id: str", "token: Optional[str]", "page_size: Optional[int]", "filter: Optional[Filter]",
        "search: Optional[str]",
      ]))
    #expect(shape(tree) == "organization_id,token,page_size,filter(search)")
  }

  @Test func aKnownSchemaClosesAnObject() {
    var recovery = NestingRecovery()
    // First list: the class's fields, learned.
    _ = recovery.recover(items(["class Pagination: …", "token: Optional[str]", "page_size: Optional[int]"]))
    // Ordering alone would put `sort` inside `pagination` (s > p); the schema says it is full.
    let tree = recovery.recover(
      items([
        "pagination: Optional[Pagination]", "token: Optional[str]", "page_size: Optional[int]", "sort: Optional[str]",
      ]))
    #expect(shape(tree) == "pagination(token,page_size),sort")
  }

  @Test func theMostCommonSchemaWins() {
    var recovery = NestingRecovery()
    _ = recovery.recover(items(["class P: …", "a: str", "b: str", "c: str"]))
    _ = recovery.recover(items(["class P: …", "a: str", "b: str"]))
    _ = recovery.recover(items(["class P: …", "a: str", "b: str"]))
    #expect(recovery.schema("P") == ["a", "b"])
  }

  @Test func theJSONExampleDecidesWhereOrderingCannot() throws {
    // `maximum_lifetime` sorts after `allowed_versions` inside the map's object and after
    // `editor_restrictions` outside it; the example shows it outside.
    let example = try JSONValue.parse(
      #"{"editorRestrictions": {"foo": {"allowedVersions": ["1"]}}, "maximumLifetime": "1s"}"#)
    var recovery = NestingRecovery()
    let list = items([
      "class Policies: …", "editor_restrictions: Optional[Dict[str, EditorRestrictions]]",
      "allowed_versions: Optional[List[str]]", "maximum_lifetime: Optional[str]",
    ])
    let tree = recovery.recover(list, hints: [.init(value: example, complete: true)])
    #expect(shape(tree) == "class Policies(editor_restrictions(allowed_versions),maximum_lifetime)")
    var blind = NestingRecovery()
    #expect(shape(blind.recover(list)) == "class Policies(editor_restrictions(allowed_versions,maximum_lifetime))")
  }

  /// retell-sdk's flows in small: a node member whose examples' transcripts list members of their
  /// own (the second member's fields given), then another node. The example shows a node's `name`.
  func recoverFlowNodes(secondMemberFields: [String]) throws -> String {
    let example = try JSONValue.parse(
      #"{"nodes": [{"id": "id", "finetune_examples": [{"transcript": [{"content": "content"}]}], "name": "name"}]}"#)
    let member = "NodeConversationNodeFinetuneExampleTranscriptUnionMember"
    var recovery = NestingRecovery()
    let tree = recovery.recover(
      items(
        [
          "nodes: Iterable[Node]", "class NodeConversationNode: …", "id: str",
          "finetune_examples: Iterable[NodeConversationNodeFinetuneExample]",
          "transcript: Iterable[NodeConversationNodeFinetuneExampleTranscript]", "class \(member)0: …", "content: str",
          "class \(member)1: …",
        ] + secondMemberFields + ["class \(member)2: …", "content: str", "class NodeEndNode: …", "id: str"]),
      hints: [.init(value: example, complete: true)])
    return shape(tree)
  }

  @Test func aMemberNamedForItsPathJoinsTheLongestClassItsNameContinues() throws {
    // `NodeEndNode`, whose name continues `nodes`' `Node` but not `transcript`'s `…Transcript`, is
    // the next member of `nodes`, though `transcript` is open and could hold any member (it was
    // read as one of `transcript`'s, and every later node of retell's flows nested one deeper).
    #expect(
      try recoverFlowNodes(secondMemberFields: ["arguments: str", "name: str"])
        == "nodes(class NodeConversationNode(id,finetune_examples(transcript("
        + "class NodeConversationNodeFinetuneExampleTranscriptUnionMember0(content),"
        + "class NodeConversationNodeFinetuneExampleTranscriptUnionMember1(arguments,name),"
        + "class NodeConversationNodeFinetuneExampleTranscriptUnionMember2(content)))),class NodeEndNode(id))")
  }

  @Test func aMemberAfterFieldsReadOutsideJoinsTheLongestClassItsNameContinues() throws {
    // The member's `name` breaks its field order and the example shows a node's `name`, so it is
    // read as the node's, which closes `transcript`. The next member, `…TranscriptUnionMember2`,
    // is still `transcript`'s (`…Transcript`, the longest class its name continues), not a member
    // of `nodes`, whose `Node` its name also begins with; and `name`, read outside since the
    // member before it, goes back under that member (the listing order).
    #expect(
      try recoverFlowNodes(secondMemberFields: ["arguments: str", "zeta: str", "name: str"])
        == "nodes(class NodeConversationNode(id,finetune_examples(transcript("
        + "class NodeConversationNodeFinetuneExampleTranscriptUnionMember0(content),"
        + "class NodeConversationNodeFinetuneExampleTranscriptUnionMember1(arguments,zeta,name),"
        + "class NodeConversationNodeFinetuneExampleTranscriptUnionMember2(content)))),class NodeEndNode(id))")
  }

  @Test func aResponseClassTellsTheParameterClassOfTheSameNameWhichFieldsItHas() {
    var recovery = NestingRecovery(memberships: ["InviteDomains": ["domains"]])
    // `name` sorts after `domains`: only the response class's field set says it is not one.
    let tree = recovery.recover(
      items([
        "organization_id: str", "invite_domains: Optional[InviteDomainsParam]", "domains: Optional[List[str]]",
        "name: Optional[str]",
      ]))
    #expect(shape(tree) == "organization_id,invite_domains(domains),name")
  }

  @Test func enumValuesBelongToTheFieldAboveThem() {
    var recovery = NestingRecovery()
    let tree = recovery.recover(
      items([
        "class Member: …", "role: OrganizationRole", "\"ROLE_ADMIN\"", "\"ROLE_MEMBER\"", "status: UserStatus",
        "\"ACTIVE\"", "user_id: str",
      ]))
    #expect(shape(tree) == "class Member(role(ROLE_ADMIN,ROLE_MEMBER),status(ACTIVE),user_id)")
  }

  @Test func conflictingEvidenceIsAWarningWithTheChoiceMade() {
    var recovery = NestingRecovery()
    _ = recovery.recover(items(["class Inner: …", "a: str", "b: str"]))
    let tree = recovery.recover(items(["x: Inner", "a: str", "z: str"]))
    #expect(shape(tree) == "x(a),z" || shape(tree) == "x(a,z)")
    #expect(
      recovery.diagnostics.diagnostics.contains {
        $0.severity == .warning && $0.message.contains("'z'") && $0.location?.column == 3
      })
  }

  @Test func pythonKeywordsComeLastInTheirGroup() {
    // `class` after `session` keeps the order (the SDK writes keyword fields last).
    var recovery = NestingRecovery()
    let tree = recovery.recover(
      items(["spec: Optional[Spec]", "machine: Optional[Machine]", "session: Optional[str]", "class: Optional[str]"]))
    #expect(shape(tree) == "spec(machine(session,class))")
  }

  @Test func aFieldTheKnownListLacksShowsAnotherClassOfTheSameName() {
    // A response class Pagination {next_token} says nothing of a parameter class Pagination.
    var recovery = NestingRecovery(memberships: ["Pagination": ["next_token"]])
    let tree = recovery.recover(
      items([
        "token: Optional[str]", "page_size: Optional[int]", "pagination: Optional[Pagination]",
        "token: Optional[str]", "page_size: Optional[int]",
      ]))
    #expect(shape(tree) == "token,page_size,pagination(token,page_size)")
  }

  @Test func aRequestExampleThatOpensAnObjectWithAKeyKeepsItOpen() {
    // Order and the schema of `Metadata` (seen elsewhere with two fields) would close
    // `metadata` before `role`; the example `metadata: triggeredBy: …` shows it holds
    // `triggered_by`, so it stays open until then.
    var recovery = NestingRecovery()
    _ = recovery.recover(
      items(["metadata: Optional[Metadata]", "description: Optional[str]", "name: Optional[str]", "other: str"]))
    recovery.exampleChildren = ["metadata/triggeredBy"]
    let tree = recovery.recover(
      items([
        "id: Optional[str]", "metadata: Optional[Metadata]", "description: Optional[str]", "name: Optional[str]",
        "role: Optional[str]", "triggered_by: Optional[str]", "spec: Optional[str]",
      ]))
    #expect(shape(tree) == "id,metadata(description,name,role,triggered_by),spec")
  }

  @Test func theFirstKeyOfARequestExampleIsATopLevelParameter() {
    let list = items([
      "token: Optional[str]", "page_size: Optional[int]", "filter: Optional[Filter]", "invite_id: Optional[str]",
      "pagination: Optional[PageOptions]", "page_size: Optional[int]",
    ])
    // (`PageOptions`, not `Pagination`: a class named for its field would place it by itself.)
    var blind = NestingRecovery()
    #expect(shape(blind.recover(list)) == "token,page_size,filter(invite_id,pagination(page_size))")
    var recovery = NestingRecovery()
    let hint = NestingRecovery.JSONHint(value: .object([("pagination", .null)]), complete: false)
    #expect(shape(recovery.recover(list, hints: [hint])) == "token,page_size,filter(invite_id),pagination(page_size)")
  }
  @Test func aParameterUnionMayNameItsMemberByTheResponseName() {
    // openai.md: `Union[str, List[ChatCompletionContentPartTextParam]]` lists the member
    // `List[ChatCompletionContentPartText]`; it is the union's member, not a stray item that
    // ends the list's nesting.
    var recovery = NestingRecovery(memberships: ["Part": ["text"]])
    let tree = recovery.recover(
      items([
        "prediction: Optional[Prediction]", "content: Union[str, List[PartParam]]", "str", "List[Part]",
        "text: str", "type: Literal[\"content\"]",
      ]))
    #expect(shape(tree) == "prediction(content(str,List[Part](text)),type)")
  }

  @Test func aClassAnExampleShowsAsAScalarMayStillListUnionMembers() throws {
    // lithic.md: `"provisioning_payload": "provisioning_payload"`, and the field lists the
    // members `str` and `class ProvisionResponse: …` with its fields.
    let example = try JSONValue.parse(#"{"payload": "payload"}"#)
    var recovery = NestingRecovery()
    let tree = recovery.recover(
      items([
        "class Response: …", "payload: Optional[Payload]", "str", "class Provision: …", "data: Optional[str]",
      ]), hints: [.init(value: example, complete: true)])
    #expect(shape(tree) == "class Response(payload(str,class Provision(data)))")
  }

  @Test func theExampleOfAUnionShowsOneMembersKeys() throws {
    // lithic.md's web_provision returns `Union[Apple…, Google…]` and shows the Apple member.
    let example = try JSONValue.parse(#"{"jws": {"header": {"kid": "k"}, "payload": "p"}, "state": "s"}"#)
    let list = items([
      "Union[Apple, Google]", "class Apple: …", "jws: AppleJws", "header: Optional[AppleJwsHeader]",
      "kid: Optional[str]", "payload: Optional[str]", "state: str", "class Google: …", "opc: Optional[str]",
    ])
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list, hints: [.init(value: example, complete: false)]))
        == "Union[Apple, Google](class Apple(jws(header(kid),payload),state),class Google(opc))")
  }
  @Test func literalValuesOfAnotherClassShowAClassThatOnlySharesTheName() {
    // openai.md: the response class ExpiresAfter {anchor: Literal["last_active_at"], days} of
    // vector stores is not files.create's ExpiresAfter {anchor: Literal["created_at"], seconds}.
    var responses = NestingRecovery()
    _ = responses.recover(
      items([
        "class Store: …", "expires_after: Optional[ExpiresAfter]", #"anchor: Literal["last_active_at"]"#, "days: int",
      ]))
    // (`blob` for files.create's `file`: a required `seconds` at the top, after the optional
    // `expires_after`, must sort after every field since the last required one.)
    let list = items([
      "blob: FileTypes", "expires_after: Optional[ExpiresAfter]", #"anchor: Literal["created_at"]"#, "seconds: int",
    ])
    var recovery = NestingRecovery(memberships: responses.schemas.mapValues(Set.init))
    recovery.membershipFieldLiterals = responses.fieldLiterals
    #expect(shape(recovery.recover(list)) == "blob,expires_after(anchor,seconds)")
    var sameValues = NestingRecovery(memberships: responses.schemas.mapValues(Set.init))
    sameValues.membershipFieldLiterals = ["ExpiresAfter": ["anchor": ["created_at"]]]
    #expect(shape(sameValues.recover(list)) == "blob,expires_after(anchor),seconds")
  }
  @Test func aUnionsArrayMemberIsNamedForItsField() {
    // openai.md's ChatCompletionAssistantMessageParam: `content` after `audio(id)` has the
    // class `ContentArrayOfContentPart`, named at the top; inside `Audio` it would begin `Audio`.
    let list = items([
      "class Message: …", #"role: Literal["assistant"]"#, "audio: Optional[Audio]", "id: str",
      "content: Optional[Union[str, Iterable[ContentArrayOfContentPart], None]]", "name: Optional[str]",
    ])
    var recovery = NestingRecovery()
    recovery.namedClasses = ["Message"]
    #expect(shape(recovery.recover(list)) == "class Message(role,audio(id),content,name)")
    #expect(PythonClassNaming.isNamedForPath("ContentArrayOfContentPart", prefix: "", field: "content"))
    #expect(!PythonClassNaming.isNamedForPath("ContentArrayOf", prefix: "", field: "content"))
  }
  @Test func aSharedClassWhoseOccurrencesBeginDifferentlyHasNoFields() {
    // openai.md's chat.completions.create: `parameters: Optional[FunctionParameters]` (an
    // undeclared alias of a dict) is followed by the top's `logit_bias` inside `Function`, by
    // `strict` inside `FunctionDefinition`. There `FunctionParameters` is not the name
    // `parameters` gets nested in a class: a shared class, one class wherever it stands, so its
    // two first fields show it has none.
    let params = items([
      "functions: Optional[Iterable[Function]]", "name: str", "parameters: Optional[FunctionParameters]",
      "logit_bias: Optional[Dict[str, int]]", "tools: Optional[Iterable[ToolParam]]",
      "function: FunctionDefinition", "name: str", "parameters: Optional[FunctionParameters]",
      "strict: Optional[bool]", #"type: Literal["function"]"#,
    ])
    var responses = NestingRecovery()
    var parameters = NestingRecovery()
    // Without that, the first field after an object-typed field is its child (not where the
    // class is open around it: a class is never written out inside itself).
    #expect(
      shape(parameters.recover(params))
        == "functions(name,parameters(logit_bias,tools(function(name,parameters,strict),type)))")
    #expect(NestingRecovery.fieldlessClasses(responses, parameters).isEmpty)
    // Another list has it first inside `FunctionDefinition`.
    let tools = Array(params[4...])
    #expect(shape(parameters.recover(tools)) == "tools(function(name,parameters(strict)),type)")
    #expect(NestingRecovery.fieldlessClasses(responses, parameters) == ["FunctionParameters"])
    // The next pass knows it, in both namespaces.
    responses.knownFieldless = ["FunctionParameters"]
    parameters.knownFieldless = ["FunctionParameters"]
    #expect(
      shape(parameters.recover(params))
        == "functions(name,parameters),logit_bias,tools(function(name,parameters,strict),type)")
    let tool = items([
      "class Tool: …", "function: FunctionDefinition", "name: str", "parameters: Optional[FunctionParameters]",
      "strict: Optional[bool]", #"type: Literal["function"]"#,
    ])
    #expect(shape(responses.recover(tool)) == "class Tool(function(name,parameters,strict),type)")
    // A class named for its path (`Function` for `functions`) is not shared: one name may
    // stand for different classes in different places.
    // Two occurrences that begin alike show a field of its own: the odd one was misplaced.
    var agreeing = NestingRecovery()
    agreeing.namedClasses = ["Tool"]
    for first in ["strict", "strict", "logit_bias"] {
      _ = agreeing.recover(
        items([
          "class Tool: …", "function: FunctionDefinition", "parameters: Optional[FunctionParameters]", first + ": bool",
        ]))
    }
    #expect(NestingRecovery.fieldlessClasses(agreeing, NestingRecovery()).isEmpty)
    // Unless the field they begin with follows the class's field in the order by name (the
    // object holding it may take it next): openai's `FunctionParameters`, followed 42 times by
    // `FunctionDefinition`'s optional `strict` and once by the parameter `logit_bias`.
    var inOrder = NestingRecovery()
    inOrder.namedClasses = ["Tool"]
    for first in ["strict", "strict", "logit_bias"] {
      _ = inOrder.recover(
        items([
          "class Tool: …", "function: FunctionDefinition", "parameters: Optional[FunctionParameters]",
          first + ": Optional[bool]",
        ]))
    }
    #expect(NestingRecovery.fieldlessClasses(inOrder, NestingRecovery()) == ["FunctionParameters"])
    var other = NestingRecovery()
    other.namedClasses = ["Project", "Runner"]
    _ = other.recover(items(["class Project: …", "metadata: Optional[Metadata]", "creator: str"]))
    _ = other.recover(items(["class Runner: …", "metadata: Optional[Metadata]", "name: str"]))
    #expect(NestingRecovery.fieldlessClasses(other, NestingRecovery()).isEmpty)
  }

  @Test func aStreamingMethodsSwitchIsItsLastTopLevelParameter() {
    // openai.md's chat.completions.create lists `stream` after `web_search_options`, out of
    // the order, because its response ChatCompletion streams ChatCompletionChunk events.
    let list = items([
      "model: str", "web_search_options: Optional[W]", "user_location: Optional[U]", #"type: Literal["approximate"]"#,
      "stream: Optional[bool]",
    ])
    var blind = NestingRecovery()
    #expect(shape(blind.recover(list)) == "model,web_search_options(user_location(type,stream))")
    var recovery = NestingRecovery()
    recovery.streamSwitch = "stream"
    #expect(shape(recovery.recover(list)) == "model,web_search_options(user_location(type)),stream")
  }
  @Test func aDescriptionsExampleShowsTheMemberItsDiscriminatorNames() {
    // openai.md's response_format: "Setting to `{ "type": "json_object" }` enables the older
    // JSON mode": that member holds `type` alone, so `seed` after it is the top's.
    func list(_ description: String) -> [ItemSyntax] {
      var list = items([
        "response_format: Optional[ResponseFormat]", "class FormatText: …", #"type: Literal["text"]"#,
        "class FormatObject: …", #"type: Literal["json_object"]"#, "seed: Optional[int]",
      ])
      list[0].description = description
      return list
    }
    var blind = NestingRecovery()
    #expect(
      shape(blind.recover(list("The format.")))
        == "response_format(class FormatText(type),class FormatObject(type,seed))")
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list(#"Setting to `{ "type": "json_object" }` enables JSON mode."#)))
        == "response_format(class FormatText(type),class FormatObject(type)),seed")
  }

  @Test func aReadingTheEvidenceDidNotSettleIsNoEvidenceForItself() {
    // openai.md's `moderation.policy.output`: `n` after its `mode` fits `output` and the top
    // alike. The first pass takes the inner one and warns; the list it learned there,
    // `ModerationPolicyOutput` = [mode, n], must not settle the same choice in the next pass
    // (it did, and the warning went).
    let params = items([
      "moderation: Optional[Moderation]", "policy: Optional[ModerationPolicy]",
      "output: Optional[ModerationPolicyOutput]", #"mode: Literal["score", "block"]"#, "n: Optional[int]",
    ])
    var recovery = NestingRecovery()
    for _ in 0..<2 {
      recovery.diagnostics = DiagnosticSink()
      #expect(shape(recovery.recover(params)) == "moderation(policy(output(mode,n)))")
      #expect(
        recovery.diagnostics.diagnostics.map(\.message) == [
          "nesting of 'n' is uncertain (it fits under 'output' and 'the top level' alike); placed under 'output'"
        ])
    }
    // A list the class was seen with elsewhere, on settled evidence, still is evidence.
    var informed = NestingRecovery()
    let other = items(["class Other: …", "output: ModerationPolicyOutput", #"mode: Literal["score", "block"]"#])
    let example = JSONValue.object([("output", .object([("mode", .string("score"))]))])
    _ = informed.recover(other, hints: [NestingRecovery.JSONHint(value: example, complete: true)])
    #expect(shape(informed.recover(params)) == "moderation(policy(output(mode))),n")
    #expect(informed.diagnostics.diagnostics.isEmpty)
  }

  @Test func aClassWhoseFieldsSoFarAreAnothersEndsWhereItEnds() {
    // openai.md's ChatCompletionChunk: `delta.function_call` (`ChoiceDeltaFunctionCall`) lists
    // `arguments` and `name` with the very descriptions of ChatCompletionMessage's
    // `FunctionCall`, whose extent the example shows: the same shape under another name (the
    // delta's fields optional), so `refusal` after `name` is the delta's.
    func field(_ code: String, _ description: String) -> ItemSyntax {
      var item = items([code])[0]
      item.description = description
      return item
    }
    let arguments = "The arguments to call the function with."
    let name = "The name of the function to call."
    let message = [
      items(["class ChatCompletionMessage: …", "content: Optional[str]", "function_call: Optional[FunctionCall]"])
        + [field("arguments: str", arguments), field("name: str", name)]
        + items(["refusal: Optional[str]"])
    ].flatMap { $0 }
    let chunk =
      items([
        "class ChatCompletionChunk: …", "delta: ChoiceDelta", "content: Optional[str]",
        "function_call: Optional[ChoiceDeltaFunctionCall]",
      ])
      + [field("arguments: Optional[str]", arguments), field("name: Optional[str]", name)]
      + items(["refusal: Optional[str]", "role: Optional[str]"])
    var blind = NestingRecovery()
    #expect(
      shape(blind.recover(chunk))
        == "class ChatCompletionChunk(delta(content,function_call(arguments,name,refusal,role)))")
    var recovery = NestingRecovery()
    let hint = NestingRecovery.JSONHint(
      value: .object([
        ("content", .string("c")),
        ("function_call", .object([("arguments", .string("a")), ("name", .string("n"))])),
        ("refusal", .null),
      ]), complete: true)
    #expect(
      shape(recovery.recover(message, hints: [hint]))
        == "class ChatCompletionMessage(content,function_call(arguments,name),refusal)")
    var unlike = recovery
    #expect(
      shape(recovery.recover(chunk))
        == "class ChatCompletionChunk(delta(content,function_call(arguments,name),refusal,role))")
    // Names alike but descriptions not: no twin.
    let other = chunk.map { item -> ItemSyntax in
      var item = item
      if item.fieldName == "name" { item.description = "Another name." }
      return item
    }
    #expect(
      shape(unlike.recover(other))
        == "class ChatCompletionChunk(delta(content,function_call(arguments,name,refusal,role)))")
  }

  @Test func anExampleWithMoreKeysShowsAClassThatOnlyBeginsLikeATwin() throws {
    // finch.md: the one-field `Manager` (`id` with its description) and `IndividualResponseBody`,
    // which begins with the same `id`; its example shows `dob` beside `id`.
    func field(_ code: String, _ description: String) -> ItemSyntax {
      var item = items([code])[0]
      item.description = description
      return item
    }
    let id = "A stable id for an individual."
    var recovery = NestingRecovery()
    let directory =
      items(["class Directory: …", "manager: Optional[Manager]"]) + [field("id: str", id)]
      + items(["middle_name: Optional[str]"])
    let shown = try JSONValue.parse(#"{"manager": {"id": "i"}, "middleName": "m"}"#)
    #expect(
      shape(recovery.recover(directory, hints: [.init(value: shown, complete: true)]))
        == "class Directory(manager(id),middle_name)")
    let response =
      items(["class Response: …", "body: Body"]) + [field("id: str", id)] + items(["dob: Optional[str]", "code: int"])
    var blind = recovery
    #expect(shape(blind.recover(response)) == "class Response(body(id),dob,code)")
    let example = try JSONValue.parse(#"{"body": {"id": "i", "dob": "d"}, "code": 0}"#)
    #expect(
      shape(recovery.recover(response, hints: [.init(value: example, complete: false)]))
        == "class Response(body(id,dob),code)")
  }

  @Test func oneFieldAlikeMakesTwinsOnlyWithinOneResource() throws {
    // openai: `decisions` declares `DecisionPromptCacheBreakpointParam` with only the `mode` that
    // begins `chat`'s `PromptCacheBreakpoint`, which has a `ttl` too: across resources one field
    // alike is too little, so `ttl` is placed on the order's tie (the innermost object), not
    // after the twin's end. Within one resource it still makes twins.
    var mode = items(["mode: Literal[\"explicit\"]"])[0]
    mode.description = "The breakpoint mode. Always `explicit`."
    let declaration = items(["class DecisionPromptCacheBreakpointParam: …"]) + [mode]
    let text =
      items([
        "class ChatCompletionContentPartText: …", "text: str",
        "prompt_cache_breakpoint: Optional[PromptCacheBreakpoint]",
      ])
      + [mode] + items(["ttl: Optional[str]"])
    var recovery = NestingRecovery()
    recovery.section = 0
    _ = recovery.recover(declaration, declares: true)
    var sameResource = recovery
    #expect(
      shape(sameResource.recover(text))
        == "class ChatCompletionContentPartText(text,prompt_cache_breakpoint(mode),ttl)")
    recovery.section = 1
    #expect(
      shape(recovery.recover(text))
        == "class ChatCompletionContentPartText(text,prompt_cache_breakpoint(mode,ttl))")
  }

  @Test(arguments: [
    "", "one", "two words", " leading", "trailing ", "two  spaces", "tab\there", "line\nbreak", "crlf\r\nend",
    "no\u{00A0}break", "next\u{0085}line", "em\u{2003}space", "ideographic\u{3000}space", "narrow\u{202F}nbsp",
    "ogham\u{1680}mark", "em\u{2014}dash stays", "“quoted” – text", "ä ö ü", "\u{2028}separator", " a \t b ",
  ])
  func descriptionsCompareWordForWord(text: String) {
    // The byte paths give what splitting on every whitespace character gives.
    #expect(text.collapsingWhitespace() == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
  }

  @Test func aFieldWrittenAsElsewhereLeansTowardTheFieldsItStoodBeside() {
    // openai's `ImageEditPartialImageEvent` has `safety_identifier` beside `created_at`, settled;
    // in `ImageEditCompletedEvent` it follows the `usage` object, whose fields it fits by the
    // order as well as the event's: it goes beside `created_at` again.
    func field(_ code: String, _ description: String) -> ItemSyntax {
      var item = items([code])[0]
      item.description = description
      return item
    }
    let created = field("created_at: int", "When the event was created.")
    let safety = field("safety_identifier: Optional[str]", "The effective safety identifier.")
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(items(["class Partial: …"]) + [created] + items(["partial_image_index: int"]) + [safety]))
        == "class Partial(created_at,partial_image_index,safety_identifier)")
    let completed =
      items(["class Completed: …"]) + [created]
      + items(["usage: Usage", "input_tokens: int", "total_tokens: int"]) + [safety]
    var blind = NestingRecovery()
    #expect(
      shape(blind.recover(completed))
        == "class Completed(created_at,usage(input_tokens,total_tokens,safety_identifier))")
    #expect(
      shape(recovery.recover(completed))
        == "class Completed(created_at,usage(input_tokens,total_tokens),safety_identifier)")
    // Without descriptions, a field says too little: `data: str` stands in a hundred objects.
    var bare = NestingRecovery()
    _ = bare.recover(
      items(["class Partial: …", "created_at: int", "partial_image_index: int", "safety_identifier: Optional[str]"]))
    #expect(
      shape(
        bare.recover(
          items([
            "class Completed: …", "created_at: int", "usage: Usage", "input_tokens: int", "total_tokens: int",
            "safety_identifier: Optional[str]",
          ])))
        == "class Completed(created_at,usage(input_tokens,total_tokens,safety_identifier))")
  }

  @Test func anExampleWritingAKeyRightAfterThePreviousFieldsKeepsTheirObjectsOrder() throws {
    // finch.md's IndividualResponseBody lists `emails` after `residence`, against the order;
    // its example writes them so too.
    let list = items([
      "class Response: …", "body: Body", "id: str", "residence: Optional[Location]", "city: Optional[str]",
      "emails: Optional[List[Email]]", "data: str", "ssn: Optional[str]", "code: int",
    ])
    let example = try JSONValue.parse(
      #"{"body": {"id": "i", "residence": {"city": "c"}, "emails": [{"data": "d"}], "ssn": "s"}, "code": 0}"#)
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list, hints: [.init(value: example, complete: true)]))
        == "class Response(body(id,residence(city),emails(data),ssn),code)")
    #expect(NestingRecovery.writesAdjacent([example], "body", "code"))
    #expect(!NestingRecovery.writesAdjacent([example], "code", "body"))
  }

  @Test func aUnionsExampleWithoutAMembersFieldShowsAnotherMember() throws {
    // modern-treasury.md: `ultimate_originating_account` lists the members VirtualAccount and
    // InternalAccount, and its example shows the VirtualAccount; InternalAccount's
    // `account_capabilities` is not in it, so its `created_at` says nothing of InternalAccount.
    let list = items([
      "class Order: …", "account: Account", "class Virtual: …", "id: str", "created_at: str", "name: str",
      "class Internal: …", "id: str", "capabilities: List[Capability]", "id: str", "created_at: str",
    ])
    let example = try JSONValue.parse(#"{"account": {"id": "i", "createdAt": "c", "name": "n"}}"#)
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list, hints: [.init(value: example, complete: true)]))
        == "class Order(account(class Virtual(id,created_at,name),class Internal(id,capabilities(id,created_at))))")
  }

  @Test func aCompleteExampleWritingAnotherKeyNextSaysTheFieldIsNotNext() throws {
    // modern-treasury.md's PaymentOrder example writes `ultimate_originating_account_id` right
    // after `ultimate_originating_account`, so the `updated_at` next in the list is the
    // account's (the example of its union shows one member, evidence only for); PaymentOrder's
    // own comes later.
    let list = items([
      "class Order: …", "id: str", "account: Account", "class Bank: …", "id: str", "kind: str", "updated_at: str",
      "account_type: str", "updated_at: str",
    ])
    let example = try JSONValue.parse(
      #"{"id": "o", "account": {"id": "a", "updatedAt": "u", "kind": "k"}, "accountType": "t", "updatedAt": "u"}"#)
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list, hints: [.init(value: example, complete: true)]))
        == "class Order(id,account(class Bank(id,kind,updated_at)),account_type,updated_at)")
  }

  @Test func aCompleteExampleWithoutTheKeyOverrulesTheFirstChildRule() throws {
    // modern-treasury.md: a ReturnObject's `current_return: Optional[ReturnObject]` is shown as
    // `{}`: the `date_of_death` after it is the outer object's.
    let list = items([
      "class Return: …", "id: str", "current_return: Optional[Return]", "date_of_death: Optional[str]",
      "discarded_at: Optional[str]",
    ])
    let example = try JSONValue.parse(#"{"id": "r", "currentReturn": {}, "dateOfDeath": "d", "discardedAt": "x"}"#)
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list, hints: [.init(value: example, complete: true)]))
        == "class Return(id,current_return,date_of_death,discarded_at)")
    // A map's example is the map: its keys are not its value class's fields.
    let map = items(["class Policy: …", "restrictions: Optional[Dict[str, Restriction]]", "versions: List[str]"])
    let mapExample = try JSONValue.parse(#"{"restrictions": {"foo": {"versions": ["1"]}}}"#)
    var maps = NestingRecovery()
    #expect(
      shape(maps.recover(map, hints: [.init(value: mapExample, complete: true)]))
        == "class Policy(restrictions(versions))")
  }

  @Test func aClassNamedForThePathThroughOneOpenObjectBelongsThere() {
    // finch.md: `income: Optional[AuthenticationMethodSupportedFieldsEmploymentIncome]` after
    // `income_history` breaks the order inside `employment`, but only there does the SDK name
    // the class so.
    let list = items([
      "class Provider: …", "methods: List[Method]", "fields: Optional[MethodFields]",
      "employment: Optional[MethodFieldsEmployment]", "income_history: Optional[bool]",
      "income: Optional[MethodFieldsEmploymentIncome]", "amount: Optional[bool]",
    ])
    var recovery = NestingRecovery()
    recovery.namedClasses = ["Provider"]
    #expect(
      shape(recovery.recover(list)) == "class Provider(methods(fields(employment(income_history,income(amount)))))")
  }

  @Test func aPageThatIsItsItemsArrayShowsItsFirstItem() throws {
    // finch.md's `SyncSinglePage[ProviderListResponse]`: the response example is `[…]`.
    let reference = """
      # Widgets

      ## List Plain

      `widgets.list_plain() -> SyncArrayPage[Widget]`

      **get** `/v1/widgets/plain`

      Lists widgets.

      ### Returns

      - `class Widget: …` A widget.
        - `id: str` The widget's identifier.
        - `part: Optional[Part]` Its part.
          - `size: Optional[int]` The part's size.
        - `weight: Optional[int]` The widget's weight.

      ### Example

      ```python
      from acme import Acme

      client = Acme()
      page = client.widgets.list_plain()
      page = page.items[0]
      print(page.id)
      ```

      #### Response

      ```json
      [
        {
          "id": "id",
          "part": {
            "size": 0
          },
          "weight": 0
        }
      ]
      ```

      """
    let structured = try Pipeline.parse(SourceFile(path: "plain.md", text: reference))
    let flat = FlattenedEquivalenceTests.words(reference) + "\n"
    let flattened = try Pipeline.parse(SourceFile(path: "plain.flattened.md", text: flat))
    #expect(flattened.reference.wasFlattened)
    let differences = FlattenedEquivalenceTests.differences(
      IRExport.value(structured.api), IRExport.value(flattened.api))
    #expect(differences.isEmpty, Comment(rawValue: differences.joined(separator: "\n")))
  }

  @Test func aMemberAfterFieldsReadOutsideItsFieldIsItsNextMember() throws {
    // anthropic.md: `content: List[ContentBlock]` lists `class TextBlock: …` and more; when
    // fields after a member were read outside `content`, a later `class …: …` is still its next
    // member, not a class at the top level.
    let list = items([
      "class Message: …", "content: List[Block]", "class Text: …", "text: str", "model: str", "class Image: …",
      "url: str",
    ])
    let example = try JSONValue.parse(#"{"content": [], "model": "m"}"#)
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list, hints: [.init(value: example, complete: true)]))
        == "class Message(content(class Text(text),class Image(url)),model)")
    #expect(
      recovery.diagnostics.diagnostics.map(\.message) == [
        "'class Image: …' follows fields read outside 'content'; placed as the next member of it, as 'class Text: …' is"
      ])
  }

  @Test func aClassesDeclarationOutweighsAListOnlySeen() {
    // anthropic.md: CitationsConfig declares `enabled` only, while DocumentBlock was seen (misread)
    // as `citations, type`: the `source` after `enabled` is DocumentBlock's.
    var recovery = NestingRecovery()
    _ = recovery.recover(items(["class CitationsConfig: …", "enabled: bool"]), declares: true)
    _ = recovery.recover(
      items(["class Block: …", "citations: Optional[CitationsConfig]", "enabled: bool", "type: str"]))
    let list = items([
      "class Block: …", "citations: Optional[CitationsConfig]", "enabled: bool", "source: str", "type: str",
    ])
    #expect(shape(recovery.recover(list)) == "class Block(citations(enabled),source,type)")
    // Not in the declaration itself, read again: BrowserHoverInput's first reading ([target],
    // seen so elsewhere too) is no declaration against `tab_id` after BrowserRefTarget's fields.
    var again = NestingRecovery()
    let hover = items([
      "class Hover: …", "target: Target", "class Ref: …", "ref: str", "type: str", "tab_id: Optional[str]",
    ])
    #expect(shape(again.recover(hover, declares: true)) == "class Hover(target(class Ref(ref,type,tab_id)))")
    _ = again.recover(items(["class Hover: …", "target: Target", "class Ref: …", "ref: str", "type: str"]))
    _ = again.recover(items(["class Ref: …", "ref: str", "type: str"]), declares: true)
    #expect(shape(again.recover(hover, declares: true)) == "class Hover(target(class Ref(ref,type)),tab_id)")
  }

  @Test func aDeclarationThatListsNothingHoldsNoFields() {
    // anthropic.md declares `class BrowserListTabsInput: …` with no fields under its heading:
    // the `name` after `input: BrowserListTabsInput` is the tool use block's.
    let list = items(["class Block: …", "id: str", "input: ListTabs", "name: str", "type: str"])
    var blind = NestingRecovery()
    #expect(shape(blind.recover(list)) == "class Block(id,input(name,type))")
    var recovery = NestingRecovery()
    _ = recovery.recover(items(["class ListTabs: …"]), declares: true)
    #expect(recovery.schema("ListTabs") == [])
    #expect(shape(recovery.recover(list)) == "class Block(id,input,name,type)")
  }

  @Test func aUnionThatNamesAMemberOutweighsAClassTypedField() {
    // imagekitio.md: `UpdateFileRequest = UpdateFileDetails | ChangePublicationStatus`, whose first
    // member ends with `extensions: Optional[Extensions]` and its members; the next
    // `class ChangePublicationStatus: …` is the union's, not one more member of `extensions`.
    let list = items([
      "UpdateFileRequest = UpdateFileDetails | ChangePublicationStatus", "class UpdateFileDetails: …",
      "description: Optional[str]", "extensions: Optional[Extensions]", "class RemoveBg: …", "name: str",
      "class ChangePublicationStatus: …", "publish: Optional[bool]",
    ])
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list, declares: true))
        == "UpdateFileRequest = UpdateFileDetails | ChangePublicationStatus(class UpdateFileDetails(description,"
        + "extensions(class RemoveBg(name))),class ChangePublicationStatus(publish))")
    // Named by no union: still the class-typed field's next member.
    let unnamed = items([
      "class Update: …", "extensions: Optional[Extensions]", "class RemoveBg: …", "name: str", "class Blur: …",
      "radius: int",
    ])
    var other = NestingRecovery()
    #expect(shape(other.recover(unnamed)) == "class Update(extensions(class RemoveBg(name),class Blur(radius)))")
  }

  /// anthropic: `betas: Optional[List[AnthropicBetaParam]]` lists `- str` and `- Literal[…]`
  /// under it where it is documented in full, and nothing where it is not: a union of scalars
  /// holds no fields, so the flattened `workspace_id` after it is a parameter, not a field of
  /// its items (it was placed there without a warning).
  @Test func aUnionOfScalarsHoldsNoFields() throws {
    let reference = """
      # Deployments

      ## List Deployments

      `beta.deployments.list(DeploymentListParams**kwargs) -> Deployment`

      **get** `/v1/deployments`

      List Deployments

      ### Parameters

      - `betas: Optional[List[AnthropicBetaParam]]` Optional header to specify the beta version(s) you want to use.
        - `str`
        - `Literal["message-batches-2024-09-24", "prompt-caching-2024-07-31"]`
          - `"message-batches-2024-09-24"`
          - `"prompt-caching-2024-07-31"`
      - `workspace_id: Optional[str]` Optional header to select the Workspace.

      ### Example

      ```python
      from anthropic import Anthropic

      client = Anthropic()
      deployment = client.beta.deployments.list()
      ```

      ### Returns

      - `class Deployment: …`
        - `id: str`

      ## Archive Deployment

      `beta.deployments.archive(strdeployment_id, DeploymentArchiveParams**kwargs) -> Deployment`

      **post** `/v1/deployments/{deployment_id}/archive`

      Archive Deployment

      ### Parameters

      - `deployment_id: str`
      - `betas: Optional[List[AnthropicBetaParam]]` This endpoint is in beta: requests must send `x` in this header.
      - `workspace_id: Optional[str]` Optional header to select the Workspace.

      ### Example

      ```python
      from anthropic import Anthropic

      client = Anthropic()
      deployment = client.beta.deployments.archive("deployment_id")
      ```

      ### Returns

      - `class Deployment: …`
        - `id: str`
      """
    let structured = try Pipeline.parse(SourceFile(path: "betas.md", text: reference))
    let flat = FlattenedEquivalenceTests.words(reference) + "\n"
    let flattened = try Pipeline.parse(SourceFile(path: "betas.flattened.md", text: flat))
    #expect(flattened.reference.wasFlattened)
    let archive = try #require(flattened.api.allMethods.first { $0.name == "archive" })
    #expect(archive.params.map(\.name) == ["deployment_id", "betas", "workspace_id"])
    let differences = FlattenedEquivalenceTests.differences(
      IRExport.value(structured.api), IRExport.value(flattened.api))
    #expect(differences.isEmpty, Comment(rawValue: differences.joined(separator: "\n")))
  }

  /// The IR of a structured reference and of its flattened form, compared.
  func flattenedDifferences(_ reference: String) throws -> [String] {
    let structured = try Pipeline.parse(SourceFile(path: "ref.md", text: reference))
    let flat = FlattenedEquivalenceTests.words(reference) + "\n"
    let flattened = try Pipeline.parse(SourceFile(path: "ref.flattened.md", text: flat))
    #expect(flattened.reference.wasFlattened)
    return FlattenedEquivalenceTests.differences(IRExport.value(structured.api), IRExport.value(flattened.api))
  }

  @Test func aReadingThatRestsOnClosingAnObjectSaysWhy() throws {
    // moonbase's `collections.items.create`: `type` after a member's `data` class fits under the
    // member, against the example's `data`, which shows an `id` (another member's) still to come.
    // The warning says so; it said "uncertain ()" before, naming no reason at all.
    // The member as the Domain Types declare it and the parameter writes it out again.
    let social = """
      - `class SocialValueParam: …`
        - `data: SocialProfileParam`
          - `url: Optional[str]`
          - `username: Optional[str]`
        - `type: Literal["value/social"]`
          - `"value/social"`
      """
    let reference = MoreStainlessShapesTests.reference(
      "widgets.create(WidgetCreateParams**kwargs) -> object", "post", "/widgets",
      """
      ### Parameters

      - `values: Dict[str, ValueParam]`
      \(social.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        - `class RelationValueParam: …`
          - `data: ItemPointerParam`
            - `id: str`
            - `type: Literal["item"]`
              - `"item"`
          - `type: Literal["value/relation"]`
            - `"value/relation"`

      ### Example

      ```python
      from acme import Acme

      client = Acme()
      client.widgets.create(
          values={"ceo": {"data": {"id": "1", "type": "item"}, "type": "value/relation"}},
      )
      ```

      """,
      types: """
        ### Social Profile Param

        - `class SocialProfileParam: …`
          - `url: Optional[str]`
          - `username: Optional[str]`

        ### Social Value Param

        \(social)

        """)
    let flattened = try Pipeline.parse(
      SourceFile(path: "ref.flattened.md", text: FlattenedEquivalenceTests.words(reference) + "\n"))
    let uncertain = flattened.warnings.map(\.message).filter { $0.contains("is uncertain") }
    #expect(!uncertain.isEmpty)
    #expect(!uncertain.contains { $0.contains("()") }, "\(uncertain)")
    #expect(
      uncertain.contains {
        $0
          == "nesting of 'type' is uncertain (the example of 'data' shows more of its fields); placed under 'SocialValueParam'"
      }, "\(uncertain)")
  }

  @Test func aClassIsNotWrittenOutInsideItself() throws {
    // courier's `FilterConfig`: its `filters` holds `FilterConfig` again, which the reference
    // does not write out (it would never end), so `path` is the outer one's field.
    var recovery = NestingRecovery()
    let filters = recovery.recover(
      items([
        "filters: Iterable[FilterConfig]", "operator: str", "filters: Optional[Iterable[FilterConfig]]",
        "path: Optional[str]", "value: Optional[str]",
      ]))
    #expect(shape(filters) == "filters(operator,filters,path,value)")
    // A class that only shares the name begins with its own first field: that may be the same
    // one, and then it is the inner object's.
    var shared = NestingRecovery()
    #expect(
      shape(shared.recover(items(["tool: Tool", "name: str", "tools: Optional[List[Tool]]", "name: str"])))
        == "tool(name,tools(name))")
    let reference = """
      # Audiences

      ## Update Audience

      `audiences.update(straudience_id, AudienceUpdateParams**kwargs) -> Audience`

      **put** `/audiences/{audience_id}`

      ### Parameters

      - `audience_id: str`
      - `filter: Optional[AudienceFilterConfig]` Filter configuration
        - `filters: Iterable[FilterConfig]` Array of filter rules
          - `operator: str` The operator for this filter.
          - `filters: Optional[Iterable[FilterConfig]]` Nested filter rules.
          - `path: Optional[str]` The attribute path.
          - `value: Optional[str]` The value to compare against.
        - `operator: Optional[Literal["AND", "OR"]]` The logical operator.
          - `"AND"`
          - `"OR"`
      - `name: Optional[str]` The name of the audience

      ### Returns

      - `class Audience: …`
        - `id: str`

      """
    let differences = try flattenedDifferences(reference)
    #expect(differences.isEmpty, Comment(rawValue: differences.joined(separator: "\n")))
  }

  @Test func aPythonExamplesDictsShowWhereAParametersFieldsEnd() throws {
    // prelude's `watch.send_events`: `target: Target` (a shared class, so named as at the top)
    // after `label` would be a parameter, but the Python example passes it inside each event.
    let reference = """
      # Watch

      ## Send Events Watch

      `watch.send_events(WatchSendEventsParams**kwargs) -> WatchSendEventsResponse`

      **post** `/v2/watch/event`

      ### Parameters

      - `events: Iterable[Event]` A list of events to dispatch.
        - `confidence: Literal["maximum", "neutral"]` How much to trust it.
          - `"maximum"`
          - `"neutral"`
        - `label: str` A label to describe what the event refers to.
        - `target: Target` The event target.
          - `type: Literal["phone_number", "email_address"]` The type of the target.
            - `"phone_number"`
            - `"email_address"`
          - `value: str` An E.164 formatted phone number or an email address.

      ### Returns

      - `class WatchSendEventsResponse: …`
        - `request_id: str`

      ### Example

      ```python
      from prelude_python_sdk import Prelude

      client = Prelude()
      response = client.watch.send_events(
          events=[
              {
                  "confidence": "maximum",
                  "label": "account.banned",
                  "target": {
                      "type": "phone_number",
                      "value": "+30123456789",
                  },
              }
          ],
      )
      print(response.request_id)
      ```

      """
    let differences = try flattenedDifferences(reference)
    #expect(differences.isEmpty, Comment(rawValue: differences.joined(separator: "\n")))
    #expect(
      IRBuilder.pythonArgumentKeyPairs(#"x = c.f(events=[{"label": "a", "target": {"type": "t"}}], n=1)"#)
        .map { "\($0.parent)/\($0.child)" } == ["events/label", "events/target", "target/type"])
  }

  @Test func aPythonExamplesKeywordArgumentsAreTheMethodsParameters() throws {
    // mixedbread's `extractions.content.create`: after the last member of `content`'s union,
    // `Iterable[ContentUnionMember2]`, `json_schema` could be a field of that member's class;
    // the Python example passes it to the method. Its API's examples order no keys by name, so
    // the order says nothing here.
    let reference = """
      # Content

      ## Create Content

      `extractions.content.create(ContentCreateParams**kwargs) -> ExtractionResult`

      **post** `/v1/extractions/content`

      ### Parameters

      - `content: Union[str, Sequence[str], Iterable[ContentUnionMember2]]` The content to extract from
        - `str`
        - `Sequence[str]`
        - `Iterable[ContentUnionMember2]`
      - `json_schema: Dict[str, object]` The JSON schema to use for extraction
      - `instructions: Optional[str]` Additional instructions for the extraction

      ### Returns

      - `class ExtractionResult: …`
        - `data: Dict[str, object]`
        - `warnings: List[str]`
        - `model: str`
        - `created: int`
        - `object: str`
        - `id: str`

      ### Example

      ```python
      from mixedbread import Mixedbread

      client = Mixedbread(
          api_key="My API Key",  # This is the default and can be omitted
      )
      extraction_result = client.extractions.content.create(
          content="string",
          json_schema={"foo": "bar"},
      )
      print(extraction_result.data)
      ```

      #### Response

      ```json
      {
        "data": {
          "u": 0, "t": 0, "s": 0, "r": 0, "q": 0, "p": 0, "o": 0, "n": 0, "m": 0, "l": 0, "k": 0,
          "j": 0, "i": 0, "h": 0, "g": 0, "f": 0, "e": 0, "d": 0, "c": 0, "b": 0, "a": 0
        },
        "warnings": ["string"],
        "model": "model",
        "created": 0,
        "object": "object",
        "id": "id"
      }
      ```

      """
    let differences = try flattenedDifferences(reference)
    #expect(differences.isEmpty, Comment(rawValue: differences.joined(separator: "\n")))
    #expect(
      IRBuilder.pythonCallKeywords(
        #"client = C(api_key="k") r = client.a.b(x="s", y={"z": f(w=1)}, v=[1]) print(r)"#, accessor: ["a", "b"])
        == ["x", "y", "v"])
    // Without the keywords nothing decides it: the member takes it on a tie, warned in every
    // pass, not only in the first (a later pass took the list read here on that tie as the
    // member's own, and placed the field silently). (An example passing `content` alone would
    // say `json_schema`, a required parameter, is none: a Stainless example passes them all.)
    let withoutKeyword = reference.replacingOccurrences(of: #"json_schema={"foo": "bar"},"#, with: "")
      .replacingOccurrences(of: #"content="string","#, with: "")
    let flat = try Pipeline.parse(
      SourceFile(path: "ref.flattened.md", text: FlattenedEquivalenceTests.words(withoutKeyword) + "\n"))
    #expect(
      flat.warnings.contains { $0.message.hasPrefix("nesting of 'json_schema' and 'instructions' is uncertain") },
      Comment(rawValue: flat.warnings.map(\.message).joined(separator: "\n")))
  }

  @Test func theFieldOrderIsEvidenceOnlyWhereTheExamplesOrderKeysByName() throws {
    // mixedbread's `SearchFilterCondition` lists `key`, `value`, `operator`: its API orders
    // properties as its server's code does, as its response examples show.
    let fields = ["filters: Iterable[SearchFilterCondition]", "key: str", "value: object", "operator: str"]
    var byName = NestingRecovery()
    #expect(shape(byName.recover(items(fields))) == "filters(key,value),operator")
    var unordered = NestingRecovery()
    unordered.ordersFieldsByName = false
    #expect(shape(unordered.recover(items(fields))) == "filters(key,value,operator)")

    func object(_ keys: [String]) -> JSONValue { .object(keys.map { ($0, .null) }) }
    let sorted = (0..<7).map { _ in object(["id", "created_at", "name", "object"]) }
    let unsorted = (0..<7).map { _ in object(["name", "id", "type", "created_at"]) }
    #expect(NestingRecovery.ordersFieldsByName(sorted))
    #expect(!NestingRecovery.ordersFieldsByName(unsorted))
    // Fewer than 20 pairs of keys say nothing: the order stays evidence.
    #expect(NestingRecovery.ordersFieldsByName(Array(unsorted.prefix(6))))
  }

  @Test func aListAliasOfNoClassHoldsNoFieldsInItsParameterFormToo() throws {
    // courier declares `JourneyConditionAtom = List[str]`; parameters name it
    // `JourneyConditionAtomParam`: `or_` is `and_`'s sibling, not its first field.
    let reference = """
      # Journeys

      ## Create Journey

      `journeys.create(JourneyCreateParams**kwargs) -> Journey`

      **post** `/journeys`

      ### Parameters

      - `conditions: Optional[JourneyConditionsFieldParam]` Condition spec for a journey node.
        - `JourneyConditionAtomParam`
        - `class JourneyConditionGroupParam: …`
          - `and_: Optional[Iterable[JourneyConditionAtomParam]]`
          - `or_: Optional[Iterable[JourneyConditionAtomParam]]`
        - `class JourneyConditionNestedGroupParam: …`
          - `and_: Optional[Iterable[JourneyConditionGroupParam]]`
            - `and_: Optional[Iterable[JourneyConditionAtomParam]]`
            - `or_: Optional[Iterable[JourneyConditionAtomParam]]`
          - `or_: Optional[Iterable[JourneyConditionGroupParam]]`
            - `and_: Optional[Iterable[JourneyConditionAtomParam]]`
            - `or_: Optional[Iterable[JourneyConditionAtomParam]]`
      - `name: Optional[str]` The journey's name.

      ### Example

      ```python
      from courier import Courier

      client = Courier()
      journey = client.journeys.create()
      ```

      ### Returns

      - `class Journey: …`
        - `id: str`

      ## Domain Types

      ### Journey Condition Atom

      - `JourneyConditionAtom = List[str]`

      """
    let differences = try flattenedDifferences(reference)
    #expect(differences.isEmpty, Comment(rawValue: differences.joined(separator: "\n")))
  }

  @Test func aResponseClassesFieldsCountInEverySectionsWireNameStyle() {
    // courier's `brands` section sends camelCase, the API snake_case: the response class
    // `EmailHeader` still tells that `text_color` is a field of `EmailHeaderParam`, not of
    // `logo`, whose order it fits as well.
    var recovery = Naming.$style.withValue(.asDocumented) {
      var recovery = NestingRecovery()
      recovery.memberships = ["EmailHeader": ["logo", "text_color"], "Logo": ["href", "image"]]
      return recovery
    }
    let tree = Naming.$style.withValue(.camelCase) {
      recovery.recover(
        items([
          "header: Optional[EmailHeaderParam]", "logo: LogoParam", "href: Optional[str]", "image: Optional[str]",
          "text_color: Optional[str]",
        ]))
    }
    #expect(shape(tree) == "header(logo(href,image),text_color)")
    #expect(recovery.diagnostics.diagnostics.isEmpty)
  }

  @Test func aSubclassListsItsOwnFieldsAfterItsBasesInTheirOwnOrder() {
    // courier's `TemplateOverride(BrandTemplate)`: `mjml` after the base's `width` breaks no
    // order, and the base, a twin that ends there, does not end the object: the response
    // class's fields decide.
    var recovery = NestingRecovery()
    _ = recovery.recover(
      items(["class BrandTemplate: …", "enabled: bool", "width: Optional[str]"]), declares: true)
    recovery.memberships = ["TemplateOverride": ["enabled", "width", "mjml"]]
    let list = items([
      "class Email: …", "layout: Optional[TemplateOverrideParam]", "enabled: bool", "width: Optional[str]",
      "mjml: Optional[str]",
    ])
    var withBase = recovery
    #expect(shape(withBase.recover(list)) == "class Email(layout(enabled,width,mjml))")
    // Without the base's list, the break outweighs the response class.
    var withoutBase = NestingRecovery()
    withoutBase.memberships = recovery.memberships
    #expect(shape(withoutBase.recover(list)) == "class Email(layout(enabled,width),mjml)")
  }

  @Test func anotherClassOfTheNameShownElsewhereDoesNotKeepAFieldFromItsObject() throws {
    // openai's `BetaResponseAudioDeltaEvent`: `agent: Optional[Agent]`, then `agent_name`, its
    // first field, while `beta.agents` declares another `Agent` (`id`, `name`) and shows it in
    // an example. Had the class been that one, `id` would come next.
    var recovery = NestingRecovery()
    _ = recovery.recover(items(["class Agent: …", "id: str", "name: str"]), declares: true)
    recovery.knownJSON = ["Agent": [try JSONValue.parse(#"{"id": "agent_1", "name": "writer"}"#)]]
    let event = items(["class Event: …", "delta: str", "agent: Optional[Agent]", "agent_name: Optional[str]"])
    let example = try JSONValue.parse(#"{"delta": "AAA="}"#)
    let hint = NestingRecovery.JSONHint(value: example, complete: true)
    var informed = recovery
    #expect(shape(informed.recover(event, hints: [hint])) == "class Event(delta,agent(agent_name))")
    // An example of the name that shows no fields still says the object holds none here.
    recovery.knownJSON = ["Agent": [.object([])]]
    #expect(shape(recovery.recover(event, hints: [hint])) == "class Event(delta,agent,agent_name)")
  }

  @Test func anExampleWritingTwoKeysAgainstTheOrderShowsTheAPIsOrderForThem() throws {
    // composio's `val` objects list `your_domain` after `your_server`, against the order by
    // name, and its response examples write `"your-domain"` right after `"your_server"` in
    // such objects: the pair is in order there, so `your_domain` stays in `val`.
    let list = items([
      "class Member: …", "auth_scheme: str", "val: Val", "access_token: str", "account_id: Optional[str]",
      "your_server: Optional[str]", "your_domain: Optional[str]",
    ])
    var unshown = NestingRecovery()
    #expect(
      shape(unshown.recover(list)) == "class Member(auth_scheme,val(access_token,account_id,your_server),your_domain)")
    let shown = try JSONValue.parse(
      #"{"id": "c", "val": {"status": "ACTIVE", "account_id": "a", "your_server": "s", "your-domain": "d"}}"#)
    var recovery = NestingRecovery()
    recovery.adjacentInExamples = NestingRecovery.adjacentKeyPairs([shown])
    #expect(
      shape(recovery.recover(list)) == "class Member(auth_scheme,val(access_token,account_id,your_server,your_domain))")
    // An object that shares no more than the pair with the fields so far says nothing of them.
    let unrelated = try JSONValue.parse(#"{"other": {"your_server": "s", "your-domain": "d", "zone": "z"}}"#)
    var elsewhere = NestingRecovery()
    elsewhere.adjacentInExamples = NestingRecovery.adjacentKeyPairs([unrelated])
    #expect(
      shape(elsewhere.recover(list)) == "class Member(auth_scheme,val(access_token,account_id,your_server),your_domain)"
    )
    // Pairs in order by name are not kept: the order says as much.
    #expect(NestingRecovery.adjacentKeyPairs([shown]).keys.sorted() == ["status accountid", "yourserver yourdomain"])
  }

  @Test func aUnionsMembersEachHaveTheLiteralThatTellsThemApart() {
    // composio's fourth `val` member lists `token: str` before `status: Literal["INACTIVE"]`,
    // against the order by name; the members before it each have a `status` of a value of its
    // own, so the member has one too.
    let list = items([
      "auth: Val", "class V0: …", "status: Literal[\"INITIALIZING\"]", "account_id: Optional[str]", "class V1: …",
      "status: Literal[\"ACTIVE\"]", "account_id: Optional[str]", "class V3: …", "token: str",
      "status: Literal[\"INACTIVE\"]", "account_id: Optional[str]",
    ])
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list))
        == "auth(class V0(status,account_id),class V1(status,account_id),class V3(token,status,account_id))")
    // A literal of a value another member has already is no discriminator of this one.
    let repeated = items([
      "auth: Val", "class V0: …", "status: Literal[\"ACTIVE\"]", "class V3: …", "token: str",
      "status: Literal[\"ACTIVE\"]",
    ])
    var other = NestingRecovery()
    #expect(shape(other.recover(repeated)) == "auth(class V0(status),class V3(token)),status")
  }

  @Test func theLastMemberEndsWhereTheOtherMembersAllEnd() {
    // composio's fourteen `state` members each list `auth_scheme` and `val`: the `user_id`
    // after the last member's `val` is the connection's, though the order fits the member too.
    let list = items([
      "connection: Connection", "state: Optional[ConnectionState]", "class S0: …", "auth_scheme: Literal[\"A\"]",
      "val: S0Val", "z: Optional[str]", "class S1: …", "auth_scheme: Literal[\"B\"]", "val: S1Val", "z: Optional[str]",
      "class S2: …", "auth_scheme: Literal[\"C\"]", "val: S2Val", "z: Optional[str]", "user_id: Optional[str]",
    ])
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list))
        == "connection(state(class S0(auth_scheme,val(z)),class S1(auth_scheme,val(z)),class S2(auth_scheme,val(z))),"
        + "user_id)")
  }

  @Test func anExampleWritingAnotherValueOfALiteralIsAnotherObjects() throws {
    // composio's account example writes `"status": "INITIALIZING"` right after its `state`: the
    // `status: Literal["ACTIVE"]` after the last member's `token` is that member's, not the
    // account's (whose own `status` comes later).
    let list = items([
      "class Account: …", "id: str", "state: State", "class S0: …", "status: Literal[\"INITIALIZING\"]",
      "class S1: …", "token: str", "status: Literal[\"ACTIVE\"]", "status: Literal[\"INITIALIZING\", \"ACTIVE\"]",
    ])
    let example = try JSONValue.parse(
      #"{"id": "a", "state": {"status": "INITIALIZING"}, "status": "INITIALIZING"}"#)
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(list, hints: [.init(value: example, complete: true)]))
        == "class Account(id,state(class S0(status),class S1(token,status)),status)")
  }

  @Test func aRequiredFieldTheExampleDoesNotPassFollowsTheLastMembersClass() {
    // cerebras' assistant message: `text: str` after its optional content union's last member,
    // `Iterable[…ContentUnionMember1]`. Required, it breaks the message's order after an
    // optional `content` (`Optional[Union[…, None]]`: a field a request may leave out), and the
    // method's example passes no `text`, so it is no parameter: it is the member's class's.
    let list = items([
      "messages: Iterable[Message]", "class Assistant: …",
      "content: Optional[Union[str, Iterable[AssistantContentUnionMember1], None]]", "str",
      "Iterable[AssistantContentUnionMember1]", "text: str", "type: Literal[\"text\"]", "model: str",
    ])
    var recovery = NestingRecovery()
    recovery.exampleKeywords = ["messages", "model"]
    #expect(
      shape(recovery.recover(list))
        == "messages(class Assistant(content(str,Iterable[AssistantContentUnionMember1](text,type)))),model")
    // Without the example, the top takes it (in order there).
    var unseen = NestingRecovery()
    #expect(
      shape(unseen.recover(list))
        == "messages(class Assistant(content(str,Iterable[AssistantContentUnionMember1]))),text,type,model")
  }

  @Test func aFieldEveryOtherMemberListsIsThisMembersToo() {
    // cerebras' messages each list `name: Optional[str]` after their content: the assistant's
    // `name` after its content member's fields is the message's, not the member's.
    var codes = ["messages: Iterable[Message]"]
    for member in ["System", "User"] {
      codes += [
        "class \(member): …", "content: Union[str, Iterable[\(member)ContentUnionMember1]]", "str",
        "Iterable[\(member)ContentUnionMember1]", "name: Optional[str]",
      ]
    }
    codes += [
      "class Assistant: …", "content: Optional[Union[str, Iterable[AssistantContentUnionMember1], None]]", "str",
      "Iterable[AssistantContentUnionMember1]", "text: str", "type: Literal[\"text\"]", "name: Optional[str]",
      "model: str",
    ]
    var recovery = NestingRecovery()
    recovery.exampleKeywords = ["messages", "model"]
    #expect(
      shape(recovery.recover(items(codes)))
        == "messages(class System(content(str,Iterable[SystemContentUnionMember1]),name),"
        + "class User(content(str,Iterable[UserContentUnionMember1]),name),"
        + "class Assistant(content(str,Iterable[AssistantContentUnionMember1](text,type)),name)),model")
  }

  @Test func fieldsThatKeepTheNextOneOutOfItsObjectAreTheLastMembers() {
    // cerebras' tool message: `text` and `type` after its content's last member fit the message
    // by the order, until its `tool_call_id`, which fits nowhere after them; and the
    // prediction's own `type` after its content member's `type`.
    let tool = items([
      "messages: Iterable[Message]", "class Tool: …", "content: Union[str, Iterable[ToolContentUnionMember1]]", "str",
      "Iterable[ToolContentUnionMember1]", "text: str", "type: Literal[\"text\"]", "tool_call_id: str",
      "name: Optional[str]", "model: str",
    ])
    var recovery = NestingRecovery()
    recovery.exampleKeywords = ["messages", "model"]
    #expect(
      shape(recovery.recover(tool))
        == "messages(class Tool(content(str,Iterable[ToolContentUnionMember1](text,type)),tool_call_id,name)),model")
    let prediction = items([
      "model: str", "prediction: Optional[Prediction]", "content: Union[str, Iterable[PredictionContentUnionMember1]]",
      "str", "Iterable[PredictionContentUnionMember1]", "text: str", "type: Literal[\"text\"]",
      "type: Literal[\"content\"]",
    ])
    var other = NestingRecovery()
    other.exampleKeywords = ["model"]
    #expect(
      shape(other.recover(prediction))
        == "model,prediction(content(str,Iterable[PredictionContentUnionMember1](text,type)),type)")
    // Not a field that fits elsewhere: the example passes `tool_call_id`, a parameter then.
    var passed = NestingRecovery()
    passed.exampleKeywords = ["messages", "model", "tool_call_id"]
    #expect(
      shape(passed.recover(tool))
        == "messages(class Tool(content(str,Iterable[ToolContentUnionMember1]),text,type)),tool_call_id,name,model")
  }

  @Test func aRequiredFieldAfterOptionalOnesFollowsThemOnlyWhereAllCouldBeRequired() {
    // cerebras' `ToolFunction` lists `name`, then `description` and `strict`: were those
    // required fields that may be null, the three would be in order by name in one group, and
    // they are not; so the required `type` after them is the tool's.
    let tool = items([
      "tools: Optional[Iterable[Tool]]", "function: ToolFunction", "name: str", "description: Optional[str]",
      "strict: Optional[bool]", "type: str",
    ])
    var recovery = NestingRecovery()
    #expect(shape(recovery.recover(tool)) == "tools(function(name,description,strict),type)")
    // A field that may be null itself (`Union[…, None]`) may be listed among the optional ones.
    let message = items([
      "messages: List[Message]", "role: str", "content_type: Optional[str]", "name: Union[str, None]",
    ])
    var other = NestingRecovery()
    #expect(shape(other.recover(message)) == "messages(role,content_type,name)")
  }

  @Test func aClassNamedForItsPathBelowAnAncestorFindsTheResponseClassOfThatPart() {
    // agility's `additional_messages` write out a message's `metadata` in place: the SDK names
    // its classes `AdditionalMessageMetadataScores` and `…ScoresLog`, where the response's
    // `Message` has `Metadata`, `MetadataScores`, `MetadataScoresLog`. Below the ancestor's
    // prefix the names agree two levels deep, so those response classes say which fields each
    // object has: `score` is the scores', `trustworthiness_score` the metadata's, and the
    // required `role` the message's.
    let list = items([
      "additional_messages: Optional[Iterable[AdditionalMessage]]", "content: str",
      "metadata: AdditionalMessageMetadata", "citations: Optional[List[str]]",
      "scores: Optional[Dict[str, AdditionalMessageMetadataScores]]", "is_bad: Optional[bool]",
      "log: Optional[AdditionalMessageMetadataScoresLog]", "explanation: Optional[str]", "score: Optional[float]",
      "triggered: Optional[bool]", "trustworthiness_score: Optional[float]", "role: Literal[\"user\", \"assistant\"]",
      "\"user\"", "\"assistant\"", "thread_id: str",
    ])
    var recovery = NestingRecovery(memberships: [
      "Metadata": ["citations", "scores", "trustworthiness_score"],
      "MetadataScores": ["is_bad", "log", "score", "triggered"],
      "MetadataScoresLog": ["explanation"],
    ])
    recovery.membershipFieldClasses = [
      "Metadata": ["scores": "MetadataScores"], "MetadataScores": ["log": "MetadataScoresLog"],
    ]
    #expect(
      shape(recovery.recover(list))
        == "additional_messages(content,metadata(citations,scores(is_bad,log(explanation),score,triggered),"
        + "trustworthiness_score),role(user,assistant),thread_id)")
    // The response form may lack fields only requests send (telnyx's `ActionParameters` lists
    // `display_text` and `url` of the request's eleven): one it lacks counts against the object
    // only once two of the object's fields are the response form's.
    let parameters = items([
      "interactive: Optional[Interactive]", "action: Optional[InteractiveAction]",
      "parameters: Optional[InteractiveActionParameters]", "display_text: Optional[str]", "flow_action: Optional[str]",
      "url: Optional[str]", "product_retailer_id: Optional[str]",
    ])
    var telnyx = NestingRecovery(memberships: ["ActionParameters": ["display_text", "url"], "Action": ["parameters"]])
    telnyx.membershipFieldClasses = ["Action": ["parameters": "ActionParameters"]]
    #expect(
      shape(telnyx.recover(parameters))
        == "interactive(action(parameters(display_text,flow_action,url),product_retailer_id))")
    // One level alike is no such evidence: a `BrowserSettingsContext` beside a response class
    // `Context` (a resource's) only shares the field's name.
    let settings = items([
      "browser_settings: Optional[BrowserSettings]", "context: Optional[BrowserSettingsContext]", "id: str",
      "persist: Optional[bool]",
    ])
    var other = NestingRecovery(memberships: ["Context": ["id", "created_at"]])
    #expect(shape(other.recover(settings)) == "browser_settings(context(id,persist))")
  }

  @Test func aLiteralOfSeveralValuesEveryOtherMemberListsIsThisMembersToo() {
    // agility's integrations: every member lists `integration_category: Optional[Literal["rbac",
    // "oauth"]]`; after the Notion member's token union, where the order fits its Slack member
    // as well, the category is the Notion member's. (A literal of one value may be a member's
    // discriminator, telling the members apart; one of several values they share is no such thing.)
    var codes = ["integration: Integration"]
    for member in ["S3V0Integration", "GcsV0Integration"] {
      codes += [
        "class \(member): …", "id: str", "integration_category: Optional[Literal[\"rbac\", \"oauth\"]]", "\"rbac\"",
        "\"oauth\"",
      ]
    }
    codes += [
      "class NotionV0Integration: …", "id: str", "token: NotionV0IntegrationToken",
      "class NotionV0IntegrationTokenNotionAccessToken: …", "access_token: str", "bot_id: str",
      "class NotionV0IntegrationTokenSlackAccessToken: …", "access_token: str",
      "integration_category: Optional[Literal[\"rbac\", \"oauth\"]]", "\"rbac\"", "\"oauth\"",
    ]
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(items(codes)))
        == "integration(class S3V0Integration(id,integration_category(rbac,oauth)),"
        + "class GcsV0Integration(id,integration_category(rbac,oauth)),"
        + "class NotionV0Integration(id,token(class NotionV0IntegrationTokenNotionAccessToken(access_token,bot_id),"
        + "class NotionV0IntegrationTokenSlackAccessToken(access_token)),"
        + "integration_category(rbac,oauth)))")
  }

  @Test func aFieldEveryOtherMemberListsOutOfTheOrderIsTheMembersNotAnInnerMembers() throws {
    // agility's `NotionV0Integration` lists its required `state` after `token`, out of the order
    // by name; the order alone puts it into the token's Slack member. Every other integration
    // lists it word for word, and the Notion token (the Slack member's one other member) does
    // not: it is the integration's, warned.
    let state = ["state: Literal[\"ready\", \"pending\", \"error\"]", "\"ready\"", "\"pending\"", "\"error\""]
    var codes = ["integration: Integration"]
    for member in ["S3V0Integration", "GcsV0Integration"] {
      codes += ["class \(member): …", "id: str", "principal_id: str"] + state
    }
    codes += [
      "class NotionV0Integration: …", "id: str", "token: NotionV0IntegrationToken",
      "class NotionV0IntegrationTokenNotionAccessToken: …", "access_token: str", "bot_id: str",
      "class NotionV0IntegrationTokenSlackAccessToken: …", "access_token: str",
    ]
    // (The example shows the S3 member: nothing at the top but the integration.)
    let hints = [
      NestingRecovery.JSONHint(
        value: try JSONValue.parse(#"{"integration": {"id": "id", "principal_id": "principal_id", "state": "ready"}}"#),
        complete: true)
    ]
    var recovery = NestingRecovery()
    #expect(
      shape(recovery.recover(items(codes + state), hints: hints))
        == "integration(class S3V0Integration(id,principal_id,state(ready,pending,error)),"
        + "class GcsV0Integration(id,principal_id,state(ready,pending,error)),"
        + "class NotionV0Integration(id,token(class NotionV0IntegrationTokenNotionAccessToken(access_token,bot_id),"
        + "class NotionV0IntegrationTokenSlackAccessToken(access_token)),state(ready,pending,error)))")
    #expect(
      recovery.diagnostics.diagnostics.map(\.message) == [
        "'state' placed under 'NotionV0Integration': every other member of its union lists it word for word; the "
          + "field order alone puts it under 'NotionV0IntegrationTokenSlackAccessToken', though no other member of "
          + "'token' lists it"
      ])
    // The Notion token listing it too, the order decides: the Slack member's.
    var listed = NestingRecovery()
    let notionToken = ["class NotionV0IntegrationTokenNotionAccessToken: …", "access_token: str", "bot_id: str"]
    let tokens = codes.firstIndex(of: "class NotionV0IntegrationTokenNotionAccessToken: …")!
    let withNotionState = Array(codes[..<tokens]) + notionToken + state + Array(codes[(tokens + 3)...]) + state
    #expect(
      shape(listed.recover(items(withNotionState), hints: hints)).hasSuffix(
        "class NotionV0IntegrationTokenSlackAccessToken(access_token,state(ready,pending,error)))))"))
  }
}
