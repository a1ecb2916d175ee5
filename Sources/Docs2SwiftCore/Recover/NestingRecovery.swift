/// Rebuilds the nesting of a flattened item list from the evidence the reference gives:
/// - known schemas: a field typed `AgentPolicy` has exactly AgentPolicy's fields as children
///   (from Domain Types, and from other lists already recovered; of the lists one class name
///   has, those the object's fields so far begin; a field the list lacks, or a `Literal[...]`
///   field with none of the known field's values, shows another class of the same name; a
///   class's declaration outweighs a list only seen elsewhere, and one that lists nothing says
///   the class holds no fields);
/// - for parameters, the response class of the same name (`memberships`), or of the part of
///   its name below an ancestor's where the parent's part agrees (`AdditionalMessageMetadataScores`
///   and `MetadataScores`, the `scores` of `Metadata`): which fields the object can have; but a
///   field it lacks right before one it has, in an object whose fields so far (two or more) are
///   all its, is the object's, warned (a field only requests send);
/// - a JSON example for the object: which keys each object really has (a class it shows as a
///   scalar holds no fields, though it may list union members; the example of a union shows one
///   member, evidence for its keys only); a union field's description may write one member's
///   value whole (`{ "type": "json_object" }`), which its discriminator value picks out; for
///   parameters, the request examples' first keys and the keys they write right after another
///   key's colon, the keys of the dicts a Python example passes, under the keyword or key they
///   are written in, and the keyword arguments it passes to the method (parameters), which
///   are every required one: a required field it does not pass is no parameter
///   (`exampleKeywords`);
///   an example writes an object's keys in its order: a key right after the previous field's is
///   that field's neighbour, even against the reference's order, and a complete example that
///   writes the fields so far one after another and then another key says this one is not next;
///   a complete example without the key overrules "the first field after an object-typed field
///   is its first child" (`"current_return": {}`), but not one borrowed from another object of
///   the class's name that shows other fields (its first field would come next); the example of
///   a union shows one member, so one without a member's field is no evidence for that member;
///   a literal field none of whose values a complete example writes under its key is another
///   object's (`exampleWritesOtherValue`);
/// - the reference's ordering inside one object: required fields, paging fields (`token`,
///   `page_size`), optional fields; in each group `id` first, Python keywords last, the rest
///   by wire name, case-insensitive; at the top of a method's parameters, its path parameters
///   first (one of them, while only they stand there, is at the top) and a streaming method's
///   `stream` switch (its response has a `…Chunk` Domain Type for the events) last; a REST
///   method that returns a page has its paging parameters (`page_number`, `limit`, `cursor`, …;
///   an integer or a string) at the top, unless one is an object's first field; an object whose
///   fields so far are another class's whole list extends it, and lists its own fields after
///   the base's in their own order (`TemplateOverride(BrandTemplate)`); the order by name is
///   evidence only where the response examples write keys so (`ordersFieldsByName`), and not
///   for two keys an example writes one right after the other against it in an object with
///   most of the fields so far (`examplesWriteNext`), nor for a union member's discriminator
///   (`isDiscriminator`); a union member whose fields so far are the list every other member of
///   its union shares ends there (`endsAsTheOtherMembers`), and a field every other member
///   lists word for word is this member's too (`sharedByTheOtherMembers`); a required field
///   follows optional ones (which may be required fields that can be null) only where all of
///   them since the last required one could be, in order by name in one group with it
///   (`readAsRequired`), or where it may be null itself, and never an `Optional[Union[…, None]]`
///   (`isOptionalNullableUnion`);
/// - a field of a Domain Type that is no class (a `Literal[...]`, an alias of a primitive or of
///   a list or map of no class, and its `…Param` form) holds no fields; nor does a class listed
///   elsewhere with union members that name no class (`AnthropicBetaParam`: `- str`,
///   `- Literal[…]`); nor a field whose class is open around it: the reference never writes a
///   class out inside itself (`FilterConfig`'s `filters: Optional[Iterable[FilterConfig]]`);
/// - a one-value literal discriminator (`type: Literal["function"]`) sits beside the payload
///   field its value names (`function`);
/// - the SDK's names for nested classes: a field's class is named for its path from the
///   nearest named type (`inputs: List[Input]` then `image: InputImage` inside it), so a field
///   `text: Text` belongs where `Text` is the name its path gives (the top of its type), not
///   inside `Input`, where it would be `InputText` (a union's array member is named
///   `ContentArrayOfContentPart` for its field `content`);
///   when the field's class is the name the path through exactly one open nested class gives,
///   every other open object is where the SDK would have named it otherwise; a union member's
///   class (not one named at the top) names the classes nested in it the same way;
/// - enum value items belong to the field above them; a union member item belongs to the field
///   whose `Union[...]` names it (a parameter's union may name the member's `…Param` form);
///   a `class Y: …` whose field was closed by fields read outside it is the next member of the
///   latest field that lists a `class X: …` member and takes it (warned); a field that fits no
///   open object, kept out of one only by the fields after its last union field, sends them
///   into that union's last member, a list of a class that lists nothing
///   (`fieldsOfTheLastMember`: warned, though a later pass reads the member's list so, as the
///   order settled it).
/// - twins: a class whose fields so far are, name, type and description alike, those of
///   another class whose whole list was read on settled evidence is the same shape under
///   another name (`ChoiceDeltaFunctionCall` and `FunctionCall`), and ends where that one ends;
///   not when an example of the object shows a key the twin lacks, nor on one field alike but
///   within one resource, nor where its class's response form has the next field (a base);
/// - companions: a field written word for word (name, type, description) as in an object read on
///   settled evidence leans toward the open object holding a described field it stood beside
///   there (weighs as the order does: it decides only ties).
/// - the reference's listing order: a member's fields are listed under it and the next member of
///   the same field only after them, so a field of no class right before a `class Y: …` that an
///   open field's union names (or a Domain Type's `Name = A | B` declares) is inside that field's
///   current member, and fields read outside since a member whose next member then arrives are
///   moved under it (not against a complete example); a member named for its path
///   (`…TransitionConditionUnionMember2`) belongs to the field of the class its name continues
///   (`…TransitionCondition`, the longest such), closed or not, and over a deeper open field
///   that only could hold any member (no `Union[...]` of it names the member);
/// - a class listed by name alone as a union member, the next member right after it
///   (`- JourneyConditionAtom`, an alias of `List[str]`), holds nothing: a field of it is not
///   opened (not a union, nor a class a declaration or a complete example shows fields of); a
///   Domain Type's union lacking a member keeps that member from a field of its type.
/// Each field goes to the open object the evidence favours; ties go to the innermost, warned.
/// A list read on such a tie is no evidence for the field's object it was read from in a later
/// pass (it would only confirm the guess, and silence its warning). A union member keeps such a
/// list as evidence (measured on 54 references: dropping it reads worse more often than better,
/// openai.md's `ChatCompletionCustomToolParam` among them), but a field that only it places is
/// warned as the tie it was. So is a field that only such readings elsewhere place: a class
/// written out in many places (reductoai's `SettingsParam` in every method and a declaration)
/// is read on the same tie in each, and the first guess, taken as the class's list (or as its
/// declaration, its response form's fields, or its fields' companions), placed the field
/// silently everywhere after; the choice stays, and one warning says it with how many places
/// it stands for (`repeatedTies`).
struct NestingRecovery {
  /// Field lists seen for each class name, with how often each was seen.
  /// `unsettled` holds where each list was read only on a reading the evidence did not settle;
  /// `firstReadOnTie` is the one place a list was ever read, when it was first read there on
  /// such a reading (a later pass that reads it again from itself settles nothing).
  private var observed:
    [String: [(fields: [String], count: Int, unsettled: Set<SourceLocation>?, firstReadOnTie: SourceLocation?)]] =
      [:]
  /// Field names by class name from another namespace (a response type seen from the
  /// parameters, whose classes of the same name list the same fields in another order).
  var memberships: [String: Set<String>] {
    didSet { membershipNames = memberships.mapValues { Set($0.map(Self.memberKey)) } }
  }
  /// `memberships` by `memberKey`: the two namespaces describe one wire object, and the SDK
  /// spells a Python keyword field `class` in parameters but `class_` in responses (and a
  /// name its response models reserve, `schema`, as `schema_`). Compared as documented, not by
  /// wire name: a section's wire-name style may differ from the API's, in which these are set.
  private var membershipNames: [String: Set<String>] = [:]
  /// A documented field name without a trailing `_`, as `membershipNames` holds it.
  static func memberKey(_ name: String) -> String {
    name.count > 1 && name.hasSuffix("_") ? String(name.dropLast()) : name
  }
  /// For the classes of `memberships`: the class of each of their fields, so a nested
  /// parameter class (`SecurityAgentPolicyCrowdstrike`) finds its response counterpart
  /// (`CrowdStrikeConfig`) through its parent.
  var membershipFieldClasses: [String: [String: String]] = [:]
  /// The class of each field of each class recovered here.
  private(set) var fieldClasses: [String: [String: String]] = [:]
  /// The values of each `Literal[...]` field of each class recovered here.
  private(set) var fieldLiterals: [String: [String: Set<String>]] = [:]
  /// Companions: for each field as the reference writes it (name, type and description), the
  /// fields (by `signatureIDs`) it stood beside in objects whose every field was placed on
  /// settled evidence. A field written word for word as elsewhere sits beside the fields it sat
  /// beside there (openai's `safety_identifier` after the `usage` of `ImageEditCompletedEvent`
  /// is a field of the event, as in `ImageEditPartialImageEvent`, not of its `Usage`).
  private var companions: [Int: Set<Int>] = [:]
  /// `companions` of objects none of whose fields was placed only on what was read on a tie
  /// elsewhere (`Node.restsOnTie`): what the weighing without such readings goes by.
  private var companionsOffTies: [Int: Set<Int>] = [:]
  private var signatureIDs: [FieldSignature: Int] = [:]
  /// `fieldLiterals` of the classes of `memberships`: a field of the same name whose literal
  /// values are all others (`anchor: Literal["created_at"]` against `Literal["last_active_at"]`)
  /// shows a class that only shares the name.
  var membershipFieldLiterals: [String: [String: Set<String>]] = [:]
  var diagnostics = DiagnosticSink()
  /// Whether the reference lists an object's fields by name (required, then optional; see
  /// `orderKey`), as Stainless does for an API whose schemas order their properties so: decided
  /// from its response examples (`ordersFieldsByName(_:)`). Otherwise the order is no evidence.
  var ordersFieldsByName = true
  /// The pairs of keys the API's response examples write one right after the other in one
  /// object against the order by name, with the objects that do (`adjacentKeyPairs(_:)`).
  var adjacentInExamples: [String: [Set<String>]] = [:]
  /// `parent/child` wire names a request example shows nested for certain (see
  /// `FlatYAMLLayout.keysOpeningObjects`), for the list being recovered.
  var exampleChildren: Set<String> = []
  /// The keys of the dicts a Python example passes, by the wire name of the keyword or key they
  /// are written under (`output_format` → `container`, `encoding`, `sample_rate`), for the list
  /// being recovered. A Stainless example writes every required field of such a dict (598 of the
  /// 599 dicts of plain objects in 60 structured references), so a required field none of them
  /// writes is not the object's (cartesia's `transcript` after `output_format`'s fields).
  var exampleDictKeys: [String: Set<String>] = [:]
  /// The keyword arguments (Python names) a Python example passes to the method whose parameters
  /// are being recovered, when it passes some. A Stainless example passes every required
  /// parameter (all but 20 of 3,430 in 36 structured references, the 20 hand-written ones
  /// beside their SDK's generated code), so a required field none of them names is no parameter
  /// (cerebras' `text: str` after an assistant message's content union).
  var exampleKeywords: Set<String>?
  /// Classes a complete JSON example shows as a scalar (`"metadata": "metadata"`): they hold
  /// no fields, so the field after one is not its child.
  var leafClasses: Set<String> = []
  /// Classes a field names that are not the name its path gives them (`function:
  /// FunctionDefinition` where a nested class would be `Function`): classes the SDK shares
  /// between places, each one class wherever it stands, nesting its own classes from its top.
  private(set) var sharedClasses: Set<String> = []
  /// The first fields each class was seen with, in every list, with how often each was.
  private(set) var firstFieldsSeen: [String: [String: Int]] = [:]
  /// Of those, the first fields that broke the order by name (`orderKey`) after the class's
  /// own field at least once: the object holding it could not have taken them next.
  private(set) var firstFieldsOutOfOrder: [String: Set<String>] = [:]
  /// Classes whose fields a declaration or a complete example shows.
  var shownClasses: Set<String> { Set(declared.keys).union(jsonByClass.keys) }
  /// Shared classes that hold no fields, as the previous pass found them
  /// (`fieldlessClasses(_:_:)`): what follows one is its parent's. The field lists seen for
  /// them and for the classes holding them are forgotten: they were read with those fields.
  var knownFieldless: Set<String> = [] {
    didSet {
      let holders = fieldClasses.filter { !$0.value.values.allSatisfy { !knownFieldless.contains($0) } }.keys
      for name in knownFieldless.union(holders) { observed[name] = nil }
    }
  }

  /// Shared classes whose occurrences begin with different fields, in either namespace (a
  /// parameter class and a response class of one name describe one wire object): one class
  /// lists its fields wherever it stands, so such a class has none (an undeclared alias, as
  /// `FunctionParameters = Dict[str, object]`). Not a class a declaration or a complete
  /// example shows, nor one two occurrences begin with the same field that breaks the order by
  /// name after the class's own field: two placements that agree show a field of its own, and
  /// the odd one out was misplaced. A field in that order may as well be the next field of the
  /// object holding the class's field, which the first-field rule gives the class wherever it
  /// stands: the full openai reference's 43 `FunctionParameters` are followed 42 times by
  /// `FunctionDefinition`'s `strict`, after its `parameters`, and once by `logit_bias`, the
  /// parameter after `functions`.
  static func fieldlessClasses(_ a: NestingRecovery, _ b: NestingRecovery) -> Set<String> {
    let shown = a.shownClasses.union(b.shownClasses)
    return a.sharedClasses.union(b.sharedClasses).filter { name in
      !shown.contains(name)
        && [a, b].contains { recovery in
          let firsts = recovery.firstFieldsSeen[name] ?? [:]
          let outOfOrder = recovery.firstFieldsOutOfOrder[name] ?? []
          return firsts.count > 1 && firsts.allSatisfy { $0.value == 1 || !outOfOrder.contains($0.key) }
        }
    }
  }
  /// Classes seen listing union members whose every member names no class (`AnthropicBetaParam`:
  /// `- str`, `- Literal["…"]`): unions of scalars, which hold no fields, so the field after
  /// one is its parent's. Not a class a declaration or a complete example shows fields of.
  static func scalarUnions(_ a: NestingRecovery, _ b: NestingRecovery) -> Set<String> {
    let seen = a.scalarMemberUnions.merging(b.scalarMemberUnions) { $0 && $1 }
    return Set(
      seen.filter { name, scalar in
        scalar && [a, b].allSatisfy { recovery in !recovery.showsFields(name) }
      }.keys)
  }

  /// Whether a declaration or a complete example shows fields of the class.
  private func showsFields(_ name: String) -> Bool {
    if let fields = declared[name], !fields.isEmpty { return true }
    return jsonByClass[name]?.contains(where: { $0.objectMembers != nil }) == true
  }
  /// For each class seen listing union members: whether every member it was seen with names no
  /// class.
  private(set) var scalarMemberUnions: [String: Bool] = [:]
  /// Classes named by a bare union member item that the next member of the same field
  /// followed directly (`- JourneyConditionAtomParam`, an alias of `List[str]`): the reference
  /// lists a member's fields under it.
  private(set) var membersListedBare: Set<String> = []
  /// Of those, the ones no declaration or complete example shows fields of: they hold neither
  /// fields nor members (the reference lists neither under them), so nothing after a field of
  /// one is inside it.
  /// (Not a union: a member of another union is listed by name alone, its members only under a
  /// field of its type.)
  static func emptyClasses(_ a: NestingRecovery, _ b: NestingRecovery) -> Set<String> {
    a.membersListedBare.union(b.membersListedBare).filter { name in
      [a, b].allSatisfy { recovery in recovery.mayBeEmpty(name) }
    }
  }

  private func mayBeEmpty(_ name: String) -> Bool {
    if showsFields(name) || memberClasses[name] != nil { return false }
    return declaredUnions[name] == nil && declaredUnions[Self.withoutParamSuffix(name)] == nil
  }
  /// `emptyClasses(_:_:)` as the previous pass found them. The previous pass read a field of
  /// one as an object, so what it learned of the classes holding one, at any depth, is
  /// forgotten, declarations too.
  var knownEmpty: Set<String> = [] {
    didSet {
      for name in holding(knownEmpty.subtracting(oldValue)) {
        observed[name] = nil
        declared[name] = nil
        listsReadOffTies[name] = nil
        declaredOnTie.remove(name)
      }
    }
  }

  /// Forgets the field lists read here for the classes given (and their `…Param` forms) and for
  /// the classes holding one: they were read with declarations of them that a later pass reads
  /// otherwise (its first reading comes before the lists it learns from).
  mutating func forgetLists(readWith declarations: Set<String>) {
    for name in holding(declarations.union(declarations.map { $0 + "Param" })) {
      observed[name] = nil
      listsReadOffTies[name] = nil
    }
  }

  /// The classes given and those holding one, at any depth, as a field's class or a member of
  /// its union, as recovered here.
  private func holding(_ classes: Set<String>) -> Set<String> {
    var result = classes
    while true {
      let holders = Set(fieldClasses.filter { !$0.value.values.allSatisfy { !result.contains($0) } }.keys)
        .union(memberClasses.filter { !$0.value.isDisjoint(with: result) }.keys)
      if result.isSuperset(of: holders) { return result }
      result.formUnion(holders)
    }
  }
  /// The classes of the union members each class was seen with (a field typed by a union
  /// alias, its members listed under it).
  private(set) var memberClasses: [String: Set<String>] = [:]
  /// The member classes of each union a Domain Type declares (`Name = A | B`).
  var declaredUnions: [String: Set<String>] = [:]

  /// Whether the union a Domain Type declares as `union` (or as the union without `Param`)
  /// holds `member` (or `member` without `Param`); nil when no Domain Type declares it.
  private func declaredUnion(_ union: String, holds member: String) -> Bool? {
    guard let members = declaredUnions[union] ?? declaredUnions[Self.withoutParamSuffix(union)] else { return nil }
    return members.contains(member) || members.contains(Self.withoutParamSuffix(member))
  }

  /// `Name = A | B`, a Domain Type alias of a union: its name and members; nil for other text.
  static func unionAlias(_ text: String) -> (name: String, members: [TypeExpression])? {
    guard text.containsText(" = "), let equals = text.range(of: " = ") else { return nil }
    let members = text[equals.upperBound...].components(separatedBy: " | ").compactMap {
      TypeExpression.parse($0.trimmingCharacters(in: .whitespaces))
    }
    return (text[..<equals.lowerBound].trimmingCharacters(in: .whitespaces), members)
  }

  static func withoutParamSuffix(_ name: String) -> String {
    name.hasSuffix("Param") && name.count > 5 ? String(name.dropLast(5)) : name
  }
  /// The JSON that complete examples showed for each class, learned in a list (`jsonByClass`)
  /// and given to the next passes (`knownJSON`): an object with no example of its own above it
  /// takes its class's.
  private(set) var jsonByClass: [String: [JSONValue]] = [:]
  var knownJSON: [String: [JSONValue]] = [:]
  /// The class each type expression names (parsed once per distinct expression).
  private var classNames: [String: String?] = [:]
  /// Classes that are named types of their own (Domain Types, and for parameters their
  /// `…Param` forms): their names say nothing about where a field is, and the classes nested
  /// in them are named afresh from their own top.
  var namedClasses: Set<String> = []
  /// Domain Types that are no class: a `Literal[...]` (`### Runner Kind`), or an alias of one,
  /// of a primitive, or of a list or map of no class. A field of one (or of its `…Param` form)
  /// holds no fields; what follows it is its parent's.
  var fieldlessAliases: Set<String> = []
  /// Those of `fieldlessAliases` that are a list or map of a union of no class (`Metadata =
  /// Dict[str, Union[str, float, bool]]`): a field of one holds no fields, but lists the
  /// union's members (`- str`, `- float`, `- bool`) under it.
  var memberListingAliases: Set<String> = []
  /// The path parameters of the method whose parameters are being recovered (`{id}` in its
  /// path), which the reference lists first.
  var pathParameters: [String] = []
  /// Whether the method whose parameters are being recovered returns a page: its paging
  /// parameters (`pagingParameters`) are at the top.
  var pages = false
  /// The parameters a Stainless page is asked for by, but `after` and `before`, which a date
  /// range's fields are named too.
  static let pagingParameters = IRBuilder.pagingParameters.subtracting(["after", "before"])
  /// The event-stream switch of the method whose parameters are being recovered (`stream`, when
  /// the Domain Types hold its events' type): the reference lists it last, at the top.
  var streamSwitch: String?
  /// How many items the list being recovered has.
  private var itemCount = 0
  /// The list being recovered.
  private var items: [ItemSyntax] = []
  /// How many fields of the list being recovered have each class.
  private var classCounts: [String: Int] = [:]
  /// Objects nest at most this deep; the first field past it is reported by the builder.
  static let maxDepth = 64
  var tooDeep: SourceLocation?

  init(memberships: [String: Set<String>] = [:]) {
    self.memberships = memberships
    self.membershipNames = memberships.mapValues { Set($0.map(Self.memberKey)) }
  }

  /// One field as the reference writes it: name, type and description, word for word; whether
  /// the field may be missing aside (a streamed delta's class makes every field of the class it
  /// is a part of optional).
  struct FieldSignature: Hashable {
    var name: String
    var type: String
    var description: String

    init?(_ item: ItemSyntax) {
      guard case .field(let name, let type) = item.kind else { return nil }
      self.name = name
      self.type = type.hasPrefix("Optional[") && type.hasSuffix("]") ? String(type.dropFirst(9).dropLast()) : type
      self.description = item.description.collapsingWhitespace()
    }
  }

  /// Whole objects whose every field was placed on settled evidence, by the signature of their
  /// first field, with their class. Another class whose fields so far are one of these, name,
  /// type and description alike, is the same shape the SDK generated twice under two names
  /// (`ChoiceDeltaFunctionCall` and `FunctionCall`, `ModerationPolicyOutput` and
  /// `ModerationPolicyInput`), so it ends where its twin ends.
  private var twins: [FieldSignature: [(className: String, fields: [FieldSignature], section: Int)]] = [:]
  /// The reference section (resource) the list being recovered is in: one field alike makes
  /// twins only there (see `twinLists(of:)`).
  var section = 0

  /// The field lists of the settled objects of other classes whose fields begin as `node`'s
  /// do so far; nil when there are none, or when what they share says too little (one field
  /// without a description or a literal type). One field alike makes twins only within one
  /// resource, where the SDK writes one schema out again (`ModerationPolicyInput` and
  /// `…Output`); across resources it is too little (openai's `decisions` declares a
  /// `DecisionPromptCacheBreakpointParam` of only the `mode` that begins `chat`'s
  /// `PromptCacheBreakpoint`, which has a `ttl` too).
  private func twinLists(of node: Node) -> [[String]]? {
    let sofar = node.fieldChildren.compactMap(\.signature)
    guard let first = sofar.first, sofar.count == node.fieldChildCount,
      sofar.count > 1 || !first.description.isEmpty || first.type.containsText("Literal[")
    else { return nil }
    // An example of this object (every field so far among its keys) with a key the twin lacks
    // shows a larger object: a class that only begins like the twin (finch.md's
    // `IndividualResponseBody` begins with the `id` of the one-field `Manager`).
    let shown = node.json.compactMap { value -> Set<String>? in
      guard let keys = value.objectMembers.map({ Set($0.map(\.key)) }),
        sofar.allSatisfy({ keys.contains(Naming.jsonName($0.name)) })
      else { return nil }
      return keys
    }
    let lists = (twins[first] ?? []).filter { twin in
      let twinKeys = Set(twin.fields.map { Naming.jsonName($0.name) })
      return twin.className != node.className && twin.fields.count >= sofar.count
        && (sofar.count > 1 || twin.section == section)
        && zip(sofar, twin.fields).allSatisfy { $0 == $1 } && !shown.contains { !$0.isSubset(of: twinKeys) }
    }
    return lists.isEmpty ? nil : lists.map { $0.fields.map(\.name) }
  }

  /// Field lists of Domain Types as their declarations read (the latest reading): they come
  /// before every list the class was seen with elsewhere.
  private var declared: [String: [String]] = [:]
  /// The Domain Types whose latest reading placed a field on a tie, or only on what was read on one.
  private var declaredOnTie: Set<String> = []
  /// For each class, the field lists read at least once where no field was placed on a tie nor
  /// only on what was read on one (`Node.restsOnTie`). Where a list was only ever read so, the
  /// same guess repeated in places of the same shape is all that stands behind it: it still
  /// decides (as it did), but not silently.
  private var listsReadOffTies: [String: Set<[String]>] = [:]
  /// The classes whose most common field list (`schema(_:)`) was read only on ties.
  var schemasReadOnTies: Set<String> {
    Set(observed.keys).union(declared.keys).filter { name in
      if declared[name] != nil { return declaredOnTie.contains(name) }
      guard let fields = schema(name) else { return false }
      return listsReadOffTies[name]?.contains(fields) != true
    }
  }
  /// Of `memberships`' classes, those `schemasReadOnTies` names on the other side.
  var membershipsReadOnTies: Set<String> = []

  /// Whether a field's or a class header's `members` come from a class whose field list was
  /// read only on ties (a member's are left as they were).
  private func membersRestOnTie(_ node: Node) -> Bool {
    !node.isMember && node.counterpart.map(membershipsReadOnTies.contains) == true
  }

  /// Whether the object's schema, or the response form its fields are checked against, rests
  /// on a reading made on a tie.
  private func restsOnUnsettled(_ node: Node) -> Bool {
    node.schemaIsUnsettled || (node.members != nil && membersRestOnTie(node))
  }
  /// The classes each field list was declared or read for on settled evidence (two fields or more).
  private var listOwners: [[String]: Set<String>] = [:]
  /// The field lists of Domain Types as their latest reading gave them.
  var declarations: [String: [String]] { declared }

  /// The field list seen most often for a class (the first seen, on a tie); a declaration first.
  func schema(_ className: String) -> [String]? {
    if let fields = declared[className] { return fields }
    guard let lists = observed[className] else { return nil }
    return lists.enumerated().max { a, b in
      a.element.count < b.element.count || (a.element.count == b.element.count && a.offset > b.offset)
    }?.element.fields
  }

  /// Every class's most common field list.
  var schemas: [String: [String]] {
    Set(observed.keys).union(declared.keys).reduce(into: [:]) { result, name in result[name] = schema(name) }
  }

  /// Every field list seen for a class name, the most common first (one name may stand for
  /// several classes: `Metadata`, `Spec`, `Status` for a dozen each in gitpod-full.md).
  /// A list read only at `location`, on a reading the evidence did not settle, is no evidence
  /// for the object there: it would confirm itself in the next pass, and silence its warning.
  /// `firstReadOnTie` also leaves out a list only ever read at `location`, first on such a reading.
  /// `tieFree` leaves out every list read only on ties, and a declaration read on one.
  func schemaLists(
    _ className: String, declared includesDeclaration: Bool = true, at location: SourceLocation? = nil,
    firstReadOnTie: Bool = false, tieFree: Bool = false
  ) -> [[String]]? {
    let declaration =
      includesDeclaration && !(tieFree && declaredOnTie.contains(className))
      ? declared[className].map { [$0] } ?? [] : []
    let lists = (observed[className] ?? []).filter { list in
      if tieFree, listsReadOffTies[className]?.contains(list.fields) != true { return false }
      guard let location else { return true }
      if firstReadOnTie, list.firstReadOnTie == location { return false }
      guard let unsettled = list.unsettled else { return true }
      return unsettled != [location]
    }
    guard !lists.isEmpty else { return declaration.isEmpty ? nil : declaration }
    return declaration
      + lists.enumerated().sorted { a, b in
        a.element.count > b.element.count || (a.element.count == b.element.count && a.offset < b.offset)
      }.map(\.element.fields).filter { $0 != declaration.first }
  }

  /// For a union member's class read in two places or more, with fields that part after a
  /// common beginning, where every reading that goes beyond it was made on a tie (cartesia's
  /// `TTSRequestVoiceObject`: `id`, then `generation_config`, … in one method, `add_timestamps`,
  /// … in another, each the parameters after it): that beginning. One member class lists the
  /// same fields wherever it is written out, so the fields only a tie gave it in one place are
  /// that method's own, not the class's; a reading the evidence settled is not overridden.
  func commonFieldsOfDisagreeingReadings(_ className: String) -> [String]? {
    guard declared[className] == nil, let lists = observed[className], lists.count > 1,
      Set(lists.flatMap { $0.unsettled ?? [] } + lists.compactMap(\.firstReadOnTie)).count > 1
    else { return nil }
    var common = lists[0].fields
    for list in lists.dropFirst() {
      common = Array(zip(common, list.fields).prefix { $0 == $1 }.map(\.0))
    }
    let beyond = lists.filter { $0.fields.count > common.count }
    guard !common.isEmpty, !beyond.isEmpty,
      beyond.allSatisfy({ $0.unsettled != nil || $0.firstReadOnTie != nil })
    else { return nil }
    return common
  }

  /// The class of `memberships` that stands for a class here: the same name, the name
  /// without a `Param` suffix, or the class its parent's counterpart gives the field.
  private func counterpart(of className: String?, field: String?, parent: Node?) -> String? {
    guard let className else { return nil }
    if memberships[className] != nil { return className }
    for suffix in ["Param", "Params"] where className.hasSuffix(suffix) {
      let base = String(className.dropLast(suffix.count))
      if memberships[base] != nil { return base }
    }
    if let field, let parentClass = parent?.counterpart, let viaParent = membershipFieldClasses[parentClass]?[field],
      memberships[viaParent] != nil
    {
      return viaParent
    }
    return nil
  }

  /// The response class that stands for a class the SDK named for its path
  /// (`AdditionalMessageMetadataScores` for `scores` in `metadata: AdditionalMessageMetadata`, in
  /// `additional_messages: …[AdditionalMessage]`): the part of its name below an ancestor's prefix
  /// (`MetadataScores`), where the response class of its parent's part (`Metadata`) names it for
  /// the same field; the schema written out in place again under another prefix, two levels deep
  /// alike. (One level, a `BrowserSettingsContext` beside a response class `Context`, only shares
  /// a field name.) Its list is that of the schema's response form, which may lack fields only
  /// requests send (telnyx's `ActionParameters` has two of the request's eleven).
  private func analogCounterpart(of className: String?, field: String, parent: Node) -> String? {
    guard let className, let parentClass = parent.className else { return nil }
    var ancestor = parent.parent
    while let holder = ancestor {
      if let prefix = holder.namePrefix, !prefix.isEmpty, parentClass.count > prefix.count,
        className.hasPrefix(prefix), parentClass.hasPrefix(prefix)
      {
        let own = String(className.dropFirst(prefix.count))
        let parentOwn = String(parentClass.dropFirst(prefix.count))
        if memberships[own] != nil, membershipFieldClasses[parentOwn]?[field] == own { return own }
      }
      ancestor = holder.parent
    }
    return nil
  }

  /// Evidence from a JSON example of the list's root object.
  struct JSONHint {
    var value: JSONValue
    /// True when the example shows every field (a response); false when it shows a selection
    /// (a request example): then a missing key says nothing.
    var complete: Bool
  }

  private final class Node {
    var item: ItemSyntax
    var children: [Node] = []
    let className: String?
    /// The field lists seen for its class name that its fields so far begin, the most common
    /// first; nil when none does or none is known.
    var lists: [[String]]?
    var schema: [String]? { lists?.first }
    /// For a union member: `lists` without the one its class was read with only here, first on a
    /// tie in an earlier pass. A member keeps that reading (measured on the corpus, it is right
    /// more often than not), but a field only it places is warned.
    var settledLists: [[String]]?
    var isMember = false
    /// For a field or a class header: `lists` without those only ever read on ties (wherever)
    /// and without a declaration read on one: a guess repeated in another place is no evidence
    /// for it. `lists` still decide as they did; a field only they place is warned.
    var tieFreeLists: [[String]]?
    /// The schema to weigh: when `settled`, `settledLists`' for a member, `tieFreeLists`' otherwise.
    func schema(settled: Bool) -> [String]? {
      guard settled, !listsAreTwins else { return lists?.first }
      return isMember ? settledLists?.first : tieFreeLists?.first
    }
    /// Whether its schema rests on a reading made on a tie: here in an earlier pass (a member),
    /// or anywhere (`tieFreeLists`).
    var schemaIsUnsettled: Bool { schema(settled: true) != schema }
    /// A field was placed in or beside it only on what was read on a tie elsewhere: its list is
    /// not `listsReadOffTies`', nor are its fields companions off ties.
    var restsOnTie = false
    var counterpart: String?
    /// `counterpart` is the response form of a schema the SDK wrote out again under another
    /// prefix (`analogCounterpart`), or a class that one names: a field it lacks counts against
    /// the object only once two fields or more of the object are the response form's.
    var counterpartIsAnalog = false
    /// The key its class's field lists are kept under (`scopedListKey`), where not its class's name.
    var listKey: String?
    /// What the SDK puts before the name of a class nested here (`Input` for `inputs:
    /// List[Input]`, "" at the top of a named type); nil when unknown.
    var namePrefix: String?
    /// The counterpart's fields, by wire name.
    var members: Set<String>?
    var json: [JSONValue] { didSet { jsonKeys = nil } }
    /// The keys of each object `json` shows, as `lettersOf(_:)` spells them; made when first asked.
    private var jsonKeys: [[String]]?
    var keysOfJSON: [[String]] {
      if let jsonKeys { return jsonKeys }
      let keys = json.compactMap { $0.objectMembers?.map { NestingRecovery.lettersOf($0.key) } }
      jsonKeys = keys
      return keys
    }
    /// Its field name as `lettersOf(_:)` spells it.
    lazy var nameLetters: String? = item.fieldName.map(NestingRecovery.lettersOf)
    var jsonComplete: Bool
    /// `json` is what examples showed elsewhere of a class of its name (`knownJSON`), not of it.
    var jsonIsBorrowed = false
    /// `NestingRecovery.extendsAnotherClass` for its first `fields` fields (asked again for every
    /// field it might take).
    var extendsAnotherClass: (fields: Int, result: Bool)?
    /// Its type as `memberOwner` reads it (an alias's union, or the type), parsed once; nil
    /// until read, `.some(nil)` when it does not parse.
    var ownerType: TypeExpression??
    var fieldChildCount: Int { fieldChildren.count }
    /// The field children, in order (children also holds enum values).
    private(set) var fieldChildren: [Node] = []
    var isEnum = false
    /// Its class is one member of a `Union[...]`: the field may hold another member and list
    /// no fields (`Union[str, Base64FileInput]`), so the next field is not surely its child.
    var isUnion = false
    /// It lists union members (`- str`, `- class X: …`): its fields are theirs, not its own.
    var hasMembers = false
    /// For a union member: the JSON objects its field's description writes
    /// (`{ "type": "json_object" }`), each an example of one member whole.
    var describedMembers: [JSONValue] = []
    /// For a union member: `json` is its field's example, which shows one member of the union,
    /// perhaps another one.
    var jsonShowsSomeMember = false
    /// A union of no class: it may list members but holds no fields.
    var takesMembersOnly = false
    /// The class's own declaration (a Domain Type's `class X: …`): its field list outweighs
    /// every list the class was seen with elsewhere.
    var isDeclaration = false
    /// `lists` are those of its twins (`twinLists(of:)`), not of its class.
    var listsAreTwins = false
    /// A field of it (or of an object inside it) was placed where the evidence did not settle.
    var isUncertain = false
    /// Where the field stands in the reference's order inside its object (set when placed).
    var orderKey = OrderKey(group: 9, index: 0, name: "")

    /// The node it was placed under.
    weak var parent: Node?

    /// Places a member or an enum value under it.
    func adopt(_ child: Node) {
      child.parent = self
      children.append(child)
    }

    func append(_ child: Node) {
      child.parent = self
      children.append(child)
      guard let name = child.item.fieldName else { return }
      fieldChildren.append(child)
      // A field the class's known list lacks: this class only shares the name (a parameter
      // class `Pagination` {token, page_size} beside a response class `Pagination`
      // {next_token}); that list says nothing about it.
      if lists != nil { lists = Self.consistent(lists, with: fieldChildren) }
      if settledLists != nil { settledLists = Self.consistent(settledLists, with: fieldChildren) }
      if tieFreeLists != nil { tieFreeLists = Self.consistent(tieFreeLists, with: fieldChildren) }
      if let members, !members.contains(NestingRecovery.memberKey(name)) { self.members = nil }
    }

    /// The lists the fields so far begin, or nil.
    static func consistent(_ lists: [[String]]?, with fields: [Node]) -> [[String]]? {
      guard let lists else { return nil }
      let names = fields.compactMap(\.item.fieldName)
      let consistent = lists.filter { $0.count >= names.count && zip(names, $0).allSatisfy { $0 == $1 } }
      return consistent.isEmpty ? nil : consistent
    }

    /// Takes out the children that match.
    func remove(where shouldRemove: (Node) -> Bool) {
      children.removeAll(where: shouldRemove)
      fieldChildren.removeAll(where: shouldRemove)
    }

    /// The field as the reference writes it (for `twins` and `companions`), read once.
    let signature: FieldSignature?
    /// Its signature's number in `signatureIDs` when the node was made (only objects already
    /// recovered number signatures, so it stays right for the list being recovered).
    var signatureID: Int?

    init(item: ItemSyntax, className: String?, lists: [[String]]?, json: [JSONValue], jsonComplete: Bool) {
      self.item = item
      self.signature = FieldSignature(item)
      self.className = className
      self.lists = lists
      self.json = json
      self.jsonComplete = jsonComplete
    }

    func freeze() -> ItemSyntax {
      var item = self.item
      item.children = children.map { $0.freeze() }
      return item
    }
  }

  /// Recovers the tree of a flat list. `hints` are JSON examples of the root object.
  mutating func recover(_ items: [ItemSyntax], hints: [JSONHint] = [], declares: Bool = false) -> [ItemSyntax] {
    let root = Node(
      item: ItemSyntax(
        kind: .type(""), code: "", description: "",
        location: items.first?.location ?? SourceLocation(file: "", line: 0, column: 0)),
      className: nil, lists: nil, json: hints.map(\.value), jsonComplete: hints.contains { $0.complete })
    root.namePrefix = ""
    lastIndexOfExampleChild = [:]
    itemCount = items.count
    self.items = items
    memberHolders = []
    classCounts = [:]
    for item in items {
      if case .field(_, let type) = item.kind, let name = TypeExpression.parse(type)?.innerClassName {
        classCounts[name, default: 0] += 1
      }
    }
    if !exampleChildren.isEmpty {
      let children = Set(exampleChildren.compactMap { $0.split(separator: "/").last.map(String.init) })
      for (position, item) in items.enumerated() {
        if let name = item.fieldName, children.contains(Naming.jsonName(name)) {
          lastIndexOfExampleChild[Naming.jsonName(name)] = position
        }
      }
    }
    var stack = [root]
    var floor = 0  // fields never go above a leading class header
    var last: Node?
    var index = 0
    // A leading `class X: …` or bare type holds the rest of the list.
    if let first = items.first {
      switch first.kind {
      case .classHeader(let name):
        // A declaration is not evidence for itself: only the other lists of its class are.
        let header = Node(
          item: first, className: name, lists: schemaLists(name, declared: !declares), json: root.json,
          jsonComplete: root.jsonComplete)
        header.counterpart = counterpart(of: name, field: nil, parent: nil)
        header.tieFreeLists = schemaLists(name, declared: !declares, tieFree: true)
        header.members = header.counterpart.flatMap { membershipNames[$0] }
        header.namePrefix = ""
        header.isDeclaration = declares
        root.json = []
        root.adopt(header)
        stack.append(header)
        floor = 1
        last = header
        index = 1
      case .type:
        // A union's example (`Union[A, B]`) shows one member's shape: evidence for its keys,
        // never against a key it lacks.
        let header = Node(item: first, className: nil, lists: nil, json: root.json, jsonComplete: false)
        root.json = []
        root.adopt(header)
        stack.append(header)
        floor = 1
        last = header
        index = 1
      default: break
      }
    }
    while index < items.count {
      let item = items[index]
      index += 1
      switch item.kind {
      case .value:
        guard let owner = last, owner.item.fieldName != nil || owner.item.kind.isBareType || owner.isEnum else {
          flushTie()
          diagnostics.warn("enum value \(item.code) follows no field; kept at the top level", at: item.location)
          root.adopt(Node(item: item, className: nil, lists: nil, json: [], jsonComplete: false))
          continue
        }
        owner.isEnum = true
        owner.adopt(Node(item: item, className: nil, lists: nil, json: [], jsonComplete: false))
        // A field whose type looked like a class is an enum: it holds no fields.
        if let top = stack.last, top === owner, top.fieldChildCount == 0, stack.count > 1, owner.item.fieldName != nil {
          stack.removeLast()
        }
      case .field(let name, let type):
        // An enum (values follow) is named by its own schema, not by its path.
        var enumFollows = false
        if index < items.count, case .value = items[index].kind { enumFollows = true }
        placedOnTie = false
        let parentIndex = chooseParent(
          for: item, name: name, stack: stack, floor: floor, at: index - 1, isEnum: enumFollows)
        if !placedOnTie { flushTie() }
        if let conflict = sharedFieldConflicts[item.location], stack[parentIndex].className == conflict.owner {
          diagnostics.warn(conflict.message, at: item.location)
        }
        stack.removeLast(stack.count - 1 - parentIndex)
        let parent = stack[parentIndex]
        let className =
          classNames[type]
          ?? {
            let name = TypeExpression.parse(type)?.innerClassName
            classNames[type] = .some(name)
            return name
          }()
        var json = parent.json.compactMap { Self.unwrap($0[Naming.jsonName(name)]) }
        if Self.holdsMapOfObjects(type) {
          // A map's example is the map: its fields are those of the objects it holds (courier's
          // `notifications: Dict[str, Preference]` with `{"foo": {"status": …}}`).
          json = json.flatMap { $0.objectMembers?.compactMap { Self.unwrap($0.value) } ?? [] }
        }
        var complete = parent.jsonComplete
        var borrowed = false
        if json.isEmpty, let className, let known = knownJSON[className] {
          json = known
          complete = true
          borrowed = true
        }
        let listKey = className.flatMap { scopedListKey($0, in: stack[...parentIndex]) }
        let node = Node(
          item: item, className: className,
          lists: className.flatMap { schemaLists(listKey ?? $0, declared: listKey == nil, at: item.location) },
          json: json, jsonComplete: complete)
        node.listKey = listKey
        node.tieFreeLists = className.flatMap {
          schemaLists(listKey ?? $0, declared: listKey == nil, at: item.location, tieFree: true)
        }
        node.signatureID = node.signature.flatMap { signatureIDs[$0] }
        node.jsonIsBorrowed = borrowed
        node.isUnion = className != nil && type.containsText("Union[")
        if let className, parent.jsonComplete {
          let shown = parent.json.compactMap { $0[Naming.jsonName(name)] }
          if !shown.isEmpty, shown.allSatisfy({ $0.objectMembers == nil && $0.arrayElements == nil }) {
            leafClasses.insert(className)
          }
        }
        node.counterpart = counterpart(of: className, field: name, parent: parent)
        if node.counterpart != nil {
          node.counterpartIsAnalog = parent.counterpartIsAnalog && node.counterpart != className
        } else if let analog = analogCounterpart(of: className, field: name, parent: parent) {
          node.counterpart = analog
          node.counterpartIsAnalog = true
        }
        node.members = node.counterpart.flatMap { membershipNames[$0] }
        if let className {
          if isNamed(className) {
            node.namePrefix = ""
          } else if let prefix = parent.namePrefix {
            if PythonClassNaming.isNamedForPath(className, prefix: prefix, field: name) {
              node.namePrefix = className
            } else if !enumFollows, !parent.isMember {
              // (A member's class may itself be one the SDK shares, named from its own top: a
              // class in it named otherwise says nothing.)
              sharedClasses.insert(className)
              node.namePrefix = ""
            }
          }
        }
        node.orderKey = Self.orderKey(item, pathParameters: parentIndex == 0 ? pathParameters : [])
        parent.append(node)
        if parent.jsonShowsSomeMember {
          // An example without one of the member's fields shows another member: no evidence here.
          let key = Naming.jsonName(name)
          parent.json = parent.json.filter { $0[key] != nil }
        }
        if parent.lists == nil || parent.listsAreTwins, parent !== root, parent.className != nil, !parent.isUnion,
          !parent.hasMembers
        {
          // Twins agree field by field, descriptions too, not only by name.
          parent.lists = twinLists(of: parent)
          parent.listsAreTwins = parent.lists != nil
        }
        if !parent.describedMembers.isEmpty, !parent.jsonComplete,
          let values = TypeExpression.parse(type)?.literalValues,
          values.count == 1
        {
          // The description's example with this member's discriminator value shows this member.
          let key = Naming.jsonName(name)
          let shown = parent.describedMembers.filter { $0[key] == .string(values[0]) }
          if !shown.isEmpty {
            parent.json = shown
            parent.jsonComplete = true
          }
        }
        if parent.members != nil, let counterpart = parent.counterpart,
          let theirs = membershipFieldLiterals[counterpart]?[name],
          let ours = TypeExpression.parse(type)?.literalValues, theirs.isDisjoint(with: ours)
        {
          parent.members = nil
        }
        last = node
        // A union of no class (`Union[str, float, bool]`) stays open for its member items only;
        // so does a class an example shows as a scalar: it holds no fields, but may be a union
        // that lists its members (`str`, then `class ProvisionResponse: …`), the scalar one of them.
        let isLeaf = className.map { leafClasses.contains($0) || knownFieldless.contains($0) } ?? false
        let listsAliasMembers = className.map(listsUnionMembers) ?? false
        node.takesMembersOnly = (className == nil && type.containsText("Union[")) || isLeaf || listsAliasMembers
        if let className,
          knownEmpty.contains(className)
            || (holdsNoFields(className) && !type.containsText("Union[") && !listsAliasMembers)
        {
          // Holds nothing: not opened.
        } else if className != nil || node.takesMembersOnly {
          if stack.count > Self.maxDepth {
            if tooDeep == nil { tooDeep = item.location }
          } else {
            stack.append(node)
          }
        }
      case .classHeader, .type:
        // A union member listed under its field (`- str`, `- class VoiceID: …`,
        // `- Iterable[Part]` with Part's fields): owned by the innermost open field whose
        // `Union[...]` names it, or whose type names a class it lists members of.
        var ownerIndex = memberOwner(of: item, stack: stack, floor: floor)
        let foundIsCertain = ownerIndex != nil && certainMemberOwner(of: item, stack: stack, floor: floor) == ownerIndex
        if let (path, owner) = namedMemberOwner(
          of: item, stack: stack, found: ownerIndex, foundIsCertain: foundIsCertain)
        {
          // A member named for its path (`…TransitionConditionUnionMember2`) is the next member of
          // the field whose class that name continues (`…TransitionCondition`), though fields
          // read since closed it.
          flushTie()
          let moved = adoptFieldsReadSinceLastMember(of: owner, path: path)
          if !moved.isEmpty {
            diagnostics.warn(
              "'\(item.code)' follows fields read outside '\(owner.item.fieldName ?? "")', the field its name "
                + "continues; \(moved.map { "'\($0)'" }.joined(separator: ", ")) read since its last member placed "
                + "under that member", at: item.location)
          }
          stack = path + [owner]
          ownerIndex = stack.count - 1
        } else if ownerIndex == nil, let (parentIndex, owner) = closedMemberOwner(of: item, stack: stack, floor: floor)
        {
          // Its field was closed by fields read outside it: a field whose items began with a
          // `class X: …` member holds members, and this one is its next.
          flushTie()
          let first = owner.children.first { !$0.item.kind.isField }?.item.code ?? ""
          let moved = adoptFieldsReadSinceLastMember(of: owner, path: Array(stack[...parentIndex]))
          diagnostics.warn(
            "'\(item.code)' follows fields read outside '\(owner.item.fieldName ?? "")'; placed as the next member "
              + "of it, as '\(first)' is"
              + (moved.isEmpty
                ? ""
                : ", and \(moved.map { "'\($0)'" }.joined(separator: ", ")) read since its last member placed there"),
            at: item.location)
          stack.removeLast(stack.count - 1 - parentIndex)
          stack.append(owner)
          ownerIndex = stack.count - 1
        }
        if let ownerIndex {
          stack.removeLast(stack.count - 1 - ownerIndex)
          let owner = stack[ownerIndex]
          owner.hasMembers = true
          var className: String?
          switch item.kind {
          case .classHeader(let name): className = name
          case .type(let code): className = TypeExpression.parse(code)?.innerClassName
          default: break
          }
          let known = className.flatMap { knownJSON[$0] } ?? []
          let node = Node(
            item: item, className: className, lists: className.flatMap { schemaLists($0) },
            json: known.isEmpty ? owner.json : known,
            // The owner's example shows one member's shape: evidence for, never against.
            jsonComplete: !known.isEmpty)
          node.counterpart = counterpart(of: className, field: nil, parent: nil)
          node.settledLists = className.flatMap { schemaLists($0, at: item.location, firstReadOnTie: true) }
          // (Only for a member of a module-level union the SDK shares, `voice: VoiceSpecifierParam`:
          // the classes of a union written in place are named for their path, and one name may
          // stand for several, julep's `PromptUnionMember0`.)
          if let className, case .field(_, let type) = owner.item.kind,
            case .name(let union)? = TypeExpression.parse(type)?.withoutOptional, isNamed(union),
            let common = commonFieldsOfDisagreeingReadings(className)
          {
            node.lists = [common]
            node.settledLists = [common]
          }
          node.isMember = true
          // The SDK names a class nested in a member class for the member's (`ComponentNodeConversationNode`
          // holds `finetune_transition_examples: …[ComponentNodeConversationNodeFinetuneTransitionExample]`).
          // (A member the SDK names at the top, a `…Param`, is left alone: what it holds may be
          // classes it shares under names of their own.)
          if let className, !isNamed(className) { node.namePrefix = className }
          node.members = node.counterpart.flatMap { membershipNames[$0] }
          node.describedMembers = Self.describedObjects(owner.item.description)
          node.jsonShowsSomeMember = known.isEmpty
          if let previous = owner.children.last, previous.item.kind.isBareType, previous.children.isEmpty,
            let name = previous.className
          {
            membersListedBare.insert(name)
          }
          if !owner.children.contains(where: { $0.item.kind.isClassHeader }), case .classHeader = item.kind {
            memberHolders.append(owner)
          }
          owner.adopt(node)
          last = node
          if className != nil, stack.count <= Self.maxDepth { stack.append(node) }
          continue
        }
        flushTie()
        diagnostics.warn("'\(item.code)' inside a field list; kept at the top level", at: item.location)
        stack.removeLast(stack.count - 1)
        floor = 0
        let node = Node(item: item, className: nil, lists: nil, json: [], jsonComplete: false)
        root.adopt(node)
        last = node
      }
    }
    flushTie()
    learnSchemas(root)
    return root.children.map { $0.freeze() }
  }

  /// The JSON objects a description writes in code spans (`{ "type": "json_object" }`).
  static func describedObjects(_ description: String) -> [JSONValue] {
    guard description.contains("`{") else { return [] }
    var result: [JSONValue] = []
    for (index, part) in description.split(separator: "`", omittingEmptySubsequences: false).enumerated()
    where index % 2 == 1 && part.hasPrefix("{") && part.hasSuffix("}") {
      if let value = try? JSONValue.parse(String(part)), value.objectMembers != nil { result.append(value) }
    }
    return result
  }

  /// Whether a field's type is a map of objects of a class (`TypeExpression.isMapOfClass`).
  private static func holdsMapOfObjects(_ type: String) -> Bool {
    (type.containsText("Dict[") || type.containsText("Mapping[")) && TypeExpression.parse(type)?.isMapOfClass == true
  }

  /// Arrays and maps in an example: the first element stands for all.
  private static func unwrap(_ value: JSONValue?) -> JSONValue? {
    switch value {
    case .array(let elements): return elements.first.flatMap { unwrap($0) } ?? nil
    case .object: return value
    default: return nil
    }
  }

  /// How much each kind of evidence weighs. The field order is a weak reason to stay but a
  /// strong reason to leave: the structured gitpod-full.md keeps it in 6,080 of 6,083 places.
  private enum Strength: Int {
    case ordering = 1, topName = 2, example = 3, json = 5, naming = 7, membership = 8, orderBroken = 9, schema = 10
    /// A request example writes the field as the first key of this object: certain.
    case exampleChild = 30
    /// A field's companions stand in the candidate (`companions`): weighs as the order does, so
    /// it decides where nothing stronger does (measured on 33 references: heavier, it overrode
    /// better evidence more often than it helped).
    static let companion = 1
  }

  /// Index in `stack` of the object the field belongs to.
  /// The last index in the list being recovered of each field name (wire name), for the
  /// fields `exampleChildren` names.
  private var lastIndexOfExampleChild: [String: Int] = [:]

  /// Whether a request example shows a field of `node` that is still to come after `index`:
  /// then the node stays open until it has come.
  private func awaitsExampleChild(_ node: Node, after index: Int) -> Bool {
    guard !exampleChildren.isEmpty, let field = node.item.fieldName else { return false }
    let prefix = Naming.jsonName(field) + "/"
    return exampleChildren.contains { pair in
      guard pair.hasPrefix(prefix) else { return false }
      let child = String(pair.dropFirst(prefix.count))
      return (lastIndexOfExampleChild[child] ?? -1) > index
        && !node.fieldChildren.contains { Naming.jsonName($0.item.fieldName ?? "") == child }
    }
  }

  /// The index in `stack` of the field whose union names a `class X: …` item (or that a Domain
  /// Type declares a union holding it), or nil: not a field that only could hold any member.
  private func certainMemberOwner(of item: ItemSyntax, stack: [Node], floor: Int) -> Int? {
    guard case .classHeader(let name) = item.kind else { return nil }
    return memberOwner(of: .name(name), code: item.code, stack: stack, floor: floor, namedOnly: true)
  }

  /// The index in `stack` of the field a union member item belongs to, or nil.
  private func memberOwner(of item: ItemSyntax, stack: [Node], floor: Int) -> Int? {
    let member: TypeExpression?
    switch item.kind {
    case .classHeader(let name): member = .name(name)
    case .type(let code): member = TypeExpression.parse(code)
    default: member = nil
    }
    guard let member else { return nil }
    // A union that names it outweighs a class-typed field that could hold any member: after
    // `extensions: Optional[Extensions]` and its members, `class ChangePublicationStatus: …` is
    // the next member of `UpdateFileRequest = UpdateFileDetails | ChangePublicationStatus`.
    for namedOnly in [true, false] {
      if let owner = memberOwner(of: member, code: item.code, stack: stack, floor: floor, namedOnly: namedOnly) {
        return owner
      }
    }
    return nil
  }

  private func memberOwner(
    of member: TypeExpression, code: String, stack: [Node], floor: Int, namedOnly: Bool
  ) -> Int? {
    func unwrapped(_ type: TypeExpression) -> TypeExpression {
      switch type.withoutOptional {
      case .generic(let name, let arguments)
      where ["List", "Sequence", "Iterable"].contains(name) && arguments.count == 1:
        return unwrapped(arguments[0])
      case .generic(let name, let arguments) where ["Dict", "Mapping"].contains(name) && arguments.count == 2:
        return unwrapped(arguments[1])
      // (An alias of one list or map is that list or map: `Metadata = Dict[str, Union[str, float,
      // bool]]` lists its union's members. An alias of one class is a union of it.)
      case .generic("Union", let arguments) where arguments.count == 1:
        if case .generic(let inner, _) = arguments[0], inner != "Union" { return unwrapped(arguments[0]) }
        return type.withoutOptional
      default: return type.withoutOptional
      }
    }
    // The innermost field passed over only for its declared union: taken when no other is.
    var undeclared: Int?
    for candidate in stride(from: stack.count - 1, through: max(floor, 1), by: -1) {
      let node = stack[candidate]
      let typeText: String
      switch node.item.kind {
      case .field(_, let text): typeText = text
      case .type(let text) where candidate == 1 && floor == 1: typeText = text  // a leading `Union[A, B]`
      default: continue
      }
      if node.ownerType == nil {
        node.ownerType = .some(
          Self.unionAlias(typeText).map { .generic("Union", $0.members) } ?? TypeExpression.parse(typeText))
      }
      guard let type = node.ownerType ?? nil else { continue }
      let listed = node.children.filter { !$0.item.kind.isField }.map(\.item.code)
      switch unwrapped(type) {
      case .generic("Union", let arguments):
        let matches = arguments.contains { argument in
          guard argument != member else { return true }
          guard let argumentClass = argument.innerClassName, let memberClass = member.innerClassName else {
            return false
          }
          // A parameter's union may list a member by its response name (`List[ContentPartText]`
          // under `Union[str, List[ContentPartTextParam]]`): the SDK's `…Param` form of it.
          return argumentClass == memberClass || argumentClass == memberClass + "Param"
        }
        if matches && !listed.contains(code) { return candidate }
      case .name(let name)
      where namedOnly && member.innerClassName.map { declaredUnion(name, holds: $0) == true } == true:
        if !listed.contains(code) { return candidate }
      case .name(let name) where !namedOnly && !TypeExpression.primitives.contains(name):
        // Not a field whose class a Domain Type declares a union of other members
        // (`JourneyConditionsField = JourneyConditionAtom | …`, for `JourneyConditionsFieldParam`
        // too): the last field of an object does not take the next member of the list holding it.
        let open = node.fieldChildCount == 0 && !listed.contains(code)
        if open, let memberClass = member.innerClassName, declaredUnion(name, holds: memberClass) == false {
          undeclared = undeclared ?? candidate
          continue
        }
        if open { return candidate }
      default: break
      }
    }
    return undeclared
  }

  /// The reference lists a member's fields under it and the next member after them: the fields
  /// read outside since the owner's last member, when that is a class, are that member's. Moves
  /// them there from the objects of `path` (the open objects around the owner) and returns their
  /// names; moves nothing when one would repeat a field of the member.
  private func adoptFieldsReadSinceLastMember(of owner: Node, path: [Node]) -> [String] {
    guard let previous = owner.children.last(where: { !$0.item.kind.isField }), previous.className != nil,
      !previous.hasMembers, !previous.takesMembersOnly
    else { return [] }
    let after = previous.item.location
    let roots = path.flatMap { $0.children.filter { $0.item.location > after } }.sorted {
      $0.item.location < $1.item.location
    }
    let names = Set(previous.fieldChildren.compactMap(\.item.fieldName))
    // (Not against a complete example of the object a field was placed in, which shows it.)
    func shownWhereItIs(_ node: Node) -> Bool {
      guard let parent = node.parent, parent.jsonComplete, let name = node.item.fieldName else { return false }
      return parent.json.contains { $0[Naming.jsonName(name)] != nil }
    }
    guard !roots.isEmpty, roots.allSatisfy({ $0.item.fieldName.map { !names.contains($0) } ?? false }),
      Set(roots.compactMap(\.item.fieldName)).count == roots.count, !roots.contains(where: shownWhereItIs)
    else { return [] }
    for node in path { node.remove { $0.item.location > after } }
    for root in roots { previous.append(root) }
    return roots.compactMap(\.item.fieldName)
  }

  /// Fields of the list being recovered that hold `class X: …` members, in order.
  private var memberHolders: [Node] = []

  /// For a `class X: …` item whose name continues the class name of a field holding members
  /// (`…TransitionConditionUnionMember2` for `…TransitionCondition`, the longest such): that
  /// field, with the objects from the top down to it, when it is not the owner found on the
  /// stack (`found`) and one of those objects is closed. The SDK names a union's members for
  /// their field's class.
  /// An open field is taken too, over a deeper one `found` only because its type could hold
  /// any member (`foundIsCertain` false: no `Union[...]` there names the item).
  private func namedMemberOwner(of item: ItemSyntax, stack: [Node], found: Int?, foundIsCertain: Bool) -> (
    [Node], Node
  )? {
    guard case .classHeader(let name) = item.kind else { return nil }
    var best: Node?
    for holder in memberHolders {
      guard let prefix = holder.className, name.count > prefix.count, name.hasPrefix(prefix),
        !holder.children.contains(where: { $0.item.code == item.code })
      else { continue }
      if let current = best?.className, current.count > prefix.count { continue }
      best = holder
    }
    guard let best, let bestName = best.className else { return nil }
    // The owner found is the one the name continues, unless another holder's class is a longer
    // part of it (`NodeConversationNodeFinetuneConversationExampleTranscriptUnionMember2` is a
    // member of `transcript`'s `…Transcript`, not of `nodes`' `Node`).
    if let found, let owner = stack[found].className, name.hasPrefix(owner), owner.count >= bestName.count {
      return nil
    }
    var path: [Node] = []
    var node = best.parent
    while let current = node {
      path.insert(current, at: 0)
      node = current.parent
    }
    guard path.first === stack.first, !path.isEmpty else { return nil }
    if path.count < stack.count, zip(path, stack).allSatisfy({ $0 === $1 }), stack[path.count] === best {
      // (Not a class the SDK names at the top, `ContentBlockSourceParam`: its name continues
      // `Content` by chance.)
      return found == path.count || foundIsCertain || isNamed(name) ? nil : (path, best)
    }
    return (path, best)
  }

  /// A field no longer open that holds union members, a `class X: …` among them, and takes this
  /// item as another (as `memberOwner` reads it): the latest field of the innermost open object
  /// that has one, with that object's index in `stack`.
  private func closedMemberOwner(of item: ItemSyntax, stack: [Node], floor: Int) -> (Int, Node)? {
    guard case .classHeader = item.kind else { return nil }
    for index in stride(from: stack.count - 1, through: floor, by: -1) {
      for child in stack[index].fieldChildren.reversed()
      where child.hasMembers && child.children.contains(where: { $0.item.kind.isClassHeader }) {
        if memberOwner(of: item, stack: [stack[0], child], floor: 1) != nil { return (index, child) }
      }
    }
    return nil
  }

  /// Fields placed one after another on a tie between the same two objects: one warning says
  /// it for all of them (a filter's fields after its first fit the filter and the top alike).
  private struct Tie {
    var names: [String]
    var location: SourceLocation
    var chosen: ObjectIdentifier
    var other: ObjectIdentifier
    var chosenTitle: String
    var otherTitle: String
    /// The class whose field list, read only here on a tie in an earlier pass, made the choice.
    var restsOn: String?
    /// `restsOn`'s list was read on ties elsewhere (or is its declaration read on one), not here.
    var elsewhere = false
  }

  /// The outcome of weighing the open objects for a field.
  private struct Weighing {
    var best: Int
    var score: Int
    var reasons: String
    var runnerUp: (index: Int, score: Int)?
  }
  private var pendingTie: Tie?
  /// Ties only a list read on a tie elsewhere settled, by message: a class written out in many
  /// places is read on the same tie in each, and one warning says so, at the first of them,
  /// with how many more it stands for.
  private var repeatedTies: [String: (first: SourceLocation, more: Int)] = [:]
  /// The fields a member's union placed against the field order (`chooseParent`), by location,
  /// with the class placed under and the warning; kept from pass to pass.
  private var sharedFieldConflicts: [SourceLocation: (owner: String?, message: String)] = [:]

  /// Reads a Domain Type's list only for what it shows of its classes (their field lists, as a
  /// declaration), saying nothing: another recovery reads it for the reference and warns.
  mutating func learn(fromDeclaration items: [ItemSyntax]) {
    let (saved, savedTies) = (diagnostics, repeatedTies)
    _ = recover(items, declares: true)
    (diagnostics, repeatedTies) = (saved, savedTies)
  }

  /// Starts a pass: what is said is said of it alone.
  mutating func beginPass() {
    diagnostics = DiagnosticSink()
    repeatedTies = [:]
  }

  /// The pass's warnings, each repeated tie said once.
  var passDiagnostics: [Diagnostic] {
    var sink = diagnostics
    for (message, tie) in repeatedTies.sorted(by: { ($0.value.first, $0.key) < ($1.value.first, $1.key) }) {
      let more = tie.more == 0 ? "" : " (the same in \(tie.more) more place\(tie.more == 1 ? "" : "s"))"
      sink.warn(message + more, at: tie.first)
    }
    return sink.diagnostics
  }
  /// Whether the last field placed was placed on a tie.
  private var placedOnTie = false

  private mutating func flushTie() {
    guard let tie = pendingTie else { return }
    pendingTie = nil
    let names = tie.names.map { "'\($0)'" }
    let subject =
      names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    let because = tie.restsOn.map {
      tie.elsewhere
        ? ": only the field list read for '\($0)' where it was placed on a tie tells them apart"
        : ": only the field list an earlier pass read for '\($0)' here, on a tie, tells them apart"
    }
    let message =
      "nesting of \(subject) is uncertain (\(names.count == 1 ? "it fits" : "each fits") under '\(tie.chosenTitle)' "
      + "and '\(tie.otherTitle)' alike\(because ?? "")); placed under '\(tie.chosenTitle)'"
    guard tie.elsewhere else { return diagnostics.warn(message, at: tie.location) }
    if let repeated = repeatedTies[message] {
      repeatedTies[message] = (min(repeated.first, tie.location), repeated.more + 1)
    } else {
      repeatedTies[message] = (tie.location, 0)
    }
  }

  private mutating func chooseParent(
    for item: ItemSyntax, name: String, stack: [Node], floor: Int, at index: Int, isEnum: Bool
  ) -> Int {
    let top = stack.count - 1
    // A streaming method's switch, out of the order at the end of its parameters.
    if let streamSwitch, name == streamSwitch, index == itemCount - 1, floor == 0,
      case .field(_, let type) = item.kind, TypeExpression.parse(type)?.withoutOptional == .name("bool")
    {
      return 0
    }
    // A method's path parameters lead its parameters: one of them, while only path parameters
    // stand at the top so far, is at the top (after modern-treasury's `accounts_type:
    // AccountsType`, a type the reference never declares, `account_id` is the next parameter
    // of `/api/{accounts_type}/{account_id}/…`, not a field of it).
    if floor == 0, pathParameters.contains(name),
      stack[0].fieldChildren.allSatisfy({ pathParameters.contains($0.item.fieldName ?? "") })
    {
      return 0
    }
    // The class the field's type names, unless a named type of its own.
    var itemClass: String?
    if case .field(_, let type) = item.kind, !isEnum {
      itemClass = classNames[type] ?? TypeExpression.parse(type)?.innerClassName
    }
    if let name = itemClass, isNamed(name) { itemClass = nil }
    // The first field after an object-typed field is its first child, unless the object's
    // complete example lacks it (`"current_return": {}` inside a `ReturnObject`, modern-treasury.md).
    // An example of another object of its class's name that shows fields, but not this one, says
    // nothing here: had the class been that one, its own first field would come next (openai's
    // `agent: Optional[Agent]`, `agent_name` first, beside the `beta.agents` resource's `Agent`).
    if top > 0, stack[top].fieldChildCount == 0, stack[top].schema?.isEmpty != true, !stack[top].isUnion,
      !stack[top].takesMembersOnly,
      !stack[top].hasMembers,
      !Self.recursesUnexpanded(stack, at: top, before: name),
      !isNamedForAnotherPath(itemClass, name: name, stack: stack, floor: floor),
      // (A member's list read only here, on a tie in an earlier pass, is no evidence that it
      // holds fields: mixedbread's last member `Iterable[ContentUnionMember2]` took the next
      // parameters so, in every pass after the first, and silently.)
      !(stack[top].item.kind.isBareType && stack[top].schema(settled: true) == nil
        && !Self.holdsFields(stack[top], in: stack[top - 1])),
      !Self.completeExampleLacks(stack[top], Naming.jsonName(name))
        || (stack[top].jsonIsBorrowed && stack[top].json.contains { $0.objectMembers?.isEmpty == false })
    {
      return top
    }
    // A REST method's paging parameters are at the top but for an object's first field
    // (telnyx's `porting_orders.list`: `page_number` after the last field of `filter`'s
    // `phone_numbers.phone_number`, whose fields it fits by the order too).
    if floor == 0, pages, Self.pagingParameters.contains(name), case .field(_, let type) = item.kind,
      let expression = TypeExpression.parse(type)?.withoutOptional,
      expression == .name("int") || expression == .name("str")
    {
      return 0
    }
    let orderKey = Self.orderKey(item)
    let rootOrderKey = Self.orderKey(item, pathParameters: pathParameters)
    // A one-value literal names its object's payload field: `{"type": "function", "function":
    // {…}}`, so it belongs beside a field named for its value.
    var discriminated: String?
    if case .field(_, let type) = item.kind, let values = TypeExpression.parse(type)?.literalValues, values.count == 1 {
      discriminated = values[0]
    }
    // The one open nested class (not the top of a named type) whose path names the field's class
    // (`AuthenticationMethodSupportedFieldsEmploymentIncome` for `income` under `employment`):
    // anywhere else the SDK would have named it otherwise.
    func title(_ index: Int) -> String { stack[index].item.fieldName ?? stack[index].className ?? "the top level" }
    var namingHome: Int?
    if let itemClass {
      let homes = (floor...top).filter { candidate in
        guard let prefix = stack[candidate].namePrefix, !prefix.isEmpty else { return false }
        return PythonClassNaming.isNamedForPath(itemClass, prefix: prefix, field: name)
      }
      if homes.count == 1 { namingHome = homes[0] }
    }
    // A field of no class right before a `class Y: …` that is the next member of an open field
    // is inside that field's current member: the reference lists a member's fields under it,
    // and the next member after them.
    var lowest = floor
    if itemClass == nil, case .field(_, let type) = item.kind, TypeExpression.parse(type)?.innerClassName == nil {
      var next = index + 1
      while next < items.count, case .value = items[next].kind { next += 1 }
      if next < items.count, case .classHeader = items[next].kind,
        let owner = certainMemberOwner(of: items[next], stack: stack, floor: floor), owner + 1 <= top,
        stack[owner].hasMembers, !stack[owner + 1].item.kind.isField
      {
        lowest = owner + 1
      }
    }
    let itemSignature = FieldSignature(item).flatMap { signatureIDs[$0] }
    let itemCompanions = itemSignature.flatMap { companions[$0] }
    let itemCompanionsOffTies = itemSignature.flatMap { companionsOffTies[$0] }
    var itemLiterals: [String]?
    if case .field(_, let type) = item.kind, type.contains("Literal[") {
      itemLiterals = TypeExpression.parse(type)?.literalValues
    }
    // Weighs every candidate; `settled` leaves out a member's field list read only here on a tie.
    func weigh(settled: Bool, absentMembersSayNothing: Bool = false) -> Weighing {
      var best = top
      var bestScore = Int.min
      var cost = 0  // of closing the objects above a candidate
      var costReasons: [String] = []  // what that cost stands for, said where a reading rests on it alone
      var bestReasons = ""
      var runnerUp: (index: Int, score: Int)?
      for candidate in stride(from: top, through: lowest, by: -1) {
        let node = stack[candidate]
        // One object never has two fields of one name.
        // (The outermost candidate stays: a list that repeats a field keeps its old reading.)
        if node.hasMembers || node.takesMembersOnly
          || (candidate > floor && node.fieldChildren.contains(where: { $0.item.fieldName == name }))
        {
          continue
        }
        var (score, reason) = self.score(
          node, name: name, item: item, orderKey: candidate == 0 ? rootOrderKey : orderKey, at: index,
          settled: settled, companions: settled ? itemCompanionsOffTies : itemCompanions, isInnermost: candidate == top,
          literals: itemLiterals, absentMembersSayNothing: absentMembersSayNothing)
        if let discriminated, node.fieldChildren.contains(where: { $0.item.fieldName == discriminated }) {
          score += Strength.schema.rawValue
        }
        // (Not where the candidate's own example shows the field: the SDK shares a class whose
        // name only looks like the path's, `OrganizationMember` beside `organization`.)
        if Self.recursesUnexpanded(stack, at: candidate, before: name) {
          score -= Strength.naming.rawValue
          reason +=
            (reason.isEmpty ? "" : "; ")
            + "'\(node.className ?? "")' is written out around it, and the reference never writes a class out inside itself"
        }
        if let namingHome, namingHome != candidate, !node.json.contains(where: { $0[Naming.jsonName(name)] != nil }) {
          score -= Strength.naming.rawValue
          reason +=
            (reason.isEmpty ? "" : "; ") + "'\(itemClass ?? "")' is named for a path through '\(title(namingHome))'"
        }
        if let itemClass, let prefix = node.namePrefix,
          PythonClassNaming.isNamedForPath(itemClass, prefix: prefix, field: name)
        {
          // Under a nested class, a name that continues the class's own is certain; at the top
          // of a named type it is only likely, since the SDK also names a class it shares between
          // several fields (`RunsOn` in both `Services` and `Tasks`) as at the top.
          if !prefix.isEmpty {
            score += Strength.naming.rawValue
          } else if classCounts[itemClass, default: 0] <= 1 {
            score += Strength.topName.rawValue
          }
        }
        if score - cost > bestScore {
          runnerUp = bestScore == Int.min ? nil : (best, bestScore)
          bestScore = score - cost
          best = candidate
          bestReasons = reason.isEmpty && score >= 0 ? costReasons.joined(separator: "; ") : reason
        } else if runnerUp == nil || score - cost > runnerUp!.score {
          runnerUp = (candidate, score - cost)
        }
        if awaitsExampleChild(node, after: index) {
          cost += Strength.exampleChild.rawValue
          costReasons.append("the example of '\(title(candidate))' shows more of its fields")
        }
        // Closing this object to go further out: costly if it still expects fields.
        if let schema = node.schema(settled: settled), node.fieldChildCount < schema.count,
          matchesSchemaPrefix(node, settled: settled)
        {
          cost += Strength.schema.rawValue
          costReasons.append("\(node.className ?? title(candidate)) lists '\(schema[node.fieldChildCount])' next")
        }
      }
      return Weighing(best: best, score: bestScore, reasons: bestReasons, runnerUp: runnerUp)
    }
    let weighing = weigh(settled: false)
    let (best, bestScore, bestReasons, runnerUp) = (weighing.best, weighing.score, weighing.reasons, weighing.runnerUp)
    // A member's field list read only here, on a tie in an earlier pass, decides (without it,
    // another object or a tie): kept, and warned as the tie it was. So does a field's list (or
    // its counterpart's, or its declaration, or its companions) read only on ties, wherever:
    // the same guess made again in a place of the same shape confirms nothing.
    var restsOnTie: Weighing?
    if bestScore >= 0, runnerUp?.score != bestScore, (lowest...top).contains(where: { restsOnUnsettled(stack[$0]) }) {
      let settled = weigh(settled: true)
      if settled.best != best || settled.runnerUp?.score == settled.score { restsOnTie = settled }
    }
    if let settled = restsOnTie {
      let other = settled.best != best ? settled.best : settled.runnerUp!.index
      let unsettled = (lowest...top).filter { restsOnUnsettled(stack[$0]) }
      let restsOn = unsettled.contains(best) ? best : unsettled.contains(other) ? other : unsettled.last!
      let elsewhere = !stack[restsOn].isMember
      if elsewhere {
        for index in unsettled where !stack[index].isMember { stack[index].restsOnTie = true }
        stack[best].restsOnTie = true
        stack[other].restsOnTie = true
      }
      recordTie(
        name, at: item.location, chosen: stack[best], other: stack[other], titles: (title(best), title(other)),
        restsOn: stack[restsOn].className, elsewhere: elsewhere)
      return best
    }
    // Nowhere in order: the fields after a union whose last member lists nothing may have been
    // that member's (cerebras' tool message: `text` and `type` after its content's
    // `Iterable[…ContentUnionMember1]`, then its `tool_call_id`).
    if bestScore < 0,
      let (owner, moved) = fieldsOfTheLastMember(
        before: item, name: name, orderKeys: (orderKey, rootOrderKey), at: index, stack: stack, from: lowest)
    {
      flushTie()
      diagnostics.warn(
        "\(moved.map { "'\($0)'" }.joined(separator: ", ")) placed under the last member of "
          + "'\(stack[owner].fieldChildren.last { $0.hasMembers }?.item.fieldName ?? "")': '\(name)' after them is in "
          + "the order of '\(title(owner))' only without them", at: item.location)
      return owner
    }
    // A field only a class's response form, lacking it, keeps out of an object that takes the
    // next field (a field of that form) as well: a field only requests send, which responses
    // do not echo (patronus' `evaluations.batch_create`: its `Evaluation` items' `project_name`,
    // then `score`, `span_id`, …; sent to the top, it took every field after it there). Placed
    // in the object, warned. Only where the object's fields so far, two or more, are all the
    // response form's: one alike says little (lithic's parameter `hold` holds only a `token`, as
    // the hold transaction `Hold` does, and `memo` and `user_defined_id` after it are the
    // payment's).
    if bestScore >= 0, runnerUp?.score != bestScore,
      let lacking = (lowest...top).last(where: { candidate in
        candidate != best && stack[candidate].members.map { !$0.contains(Self.memberKey(name)) } == true
      }),
      let next = items[(index + 1)...].first(where: { if case .value = $0.kind { false } else { true } })?.fieldName,
      stack[lacking].members?.contains(Self.memberKey(next)) == true, stack[lacking].fieldChildCount > 1,
      !stack[lacking].fieldChildren.contains(where: { $0.item.fieldName == next }),
      weigh(settled: false, absentMembersSayNothing: true).best == lacking
    {
      flushTie()
      diagnostics.warn(
        "'\(name)' placed under '\(title(lacking))': the response form of '\(stack[lacking].counterpart ?? "")' "
          + "lacks it but has '\(next)', the next field (a field only requests send is in no response)",
        at: item.location)
      return lacking
    }
    // A field every other member of an open member's union lists word for word, which the order
    // alone gives to a member of a union inside it that no other member of its own union lists
    // (agility's `NotionV0Integration`: `state` after its `token`'s Slack member, out of the
    // order by name, as the S3 and GCS integrations list it): the outer member's, warned.
    if bestScore >= 0, runnerUp?.score != bestScore, stack[best].isMember, let union = stack[best].parent,
      case let fellows = Self.otherMembers(of: union, than: stack[best]), !fellows.isEmpty,
      !fellows.contains(where: { other in other.fieldChildren.contains { $0.item.fieldName == name } }),
      let member = (lowest..<best).last(where: { candidate in
        stack[candidate].isMember && Self.sharedByTheOtherMembers(item, literals: itemLiterals, of: stack[candidate])
      })
    {
      // (Warned in every pass that places it so: the lists read here settle it in the next.)
      sharedFieldConflicts[item.location] = (
        stack[member].className,
        "'\(name)' placed under '\(title(member))': every other member of its union lists it word for word; "
          + "the field order alone puts it under '\(title(best))', though no other member of "
          + "'\(union.item.fieldName ?? union.className ?? "its union")' lists it"
      )
      return member
    }
    if bestScore < 0 || runnerUp?.score == bestScore {
      // A reading the evidence does not settle: what is learned from these objects' fields
      // is no evidence for a later list, which must weigh the same choice afresh (and warn).
      stack[best].isUncertain = true
      if let runnerUp { stack[runnerUp.index].isUncertain = true }
    }
    if bestScore < 0 {
      flushTie()
      diagnostics.warn(
        "nesting of '\(name)' is uncertain (\(bestReasons)); placed under '\(title(best))'", at: item.location)
    } else if let runnerUp, runnerUp.score == bestScore {
      // No evidence tells the two apart (the field order fits both): the inner one is taken.
      recordTie(
        name, at: item.location, chosen: stack[best], other: stack[runnerUp.index],
        titles: (title(best), title(runnerUp.index)), restsOn: nil)
    }
    return best
  }

  /// Whether the field's class (`itemClass`) is named for its path through an open object below the innermost
  /// one and not through that one: a field the innermost object held would be named for its
  /// path through it (after increase's `entity_csv: Optional[EntityCsv]`, which lists nothing,
  /// `fee_csv: Optional[FeeCsv]` is a parameter: inside it, its class would be `EntityCsvFeeCsv`).
  private func isNamedForAnotherPath(_ itemClass: String?, name: String, stack: [Node], floor: Int) -> Bool {
    guard let itemClass, floor < stack.count - 1, let prefix = stack.last?.namePrefix, !prefix.isEmpty,
      !PythonClassNaming.isNamedForPath(itemClass, prefix: prefix, field: name)
    else { return false }
    return stack[floor..<(stack.count - 1)].contains { node in
      node.namePrefix.map { PythonClassNaming.isNamedForPath(itemClass, prefix: $0, field: name) } == true
    }
  }

  /// For a field that fits no open object: the open object (its index in `stack`) whose last
  /// union field's last member, a list of a class (`Iterable[…ContentUnionMember1]`) with no
  /// fields and no known list, is followed by fields that keep the field out of the object (one
  /// of them has its name, or the field breaks the order after them), while the field is in
  /// order right after the union field. Those fields are moved under the member (their names
  /// are returned): the reference lists a member's fields under it.
  private func fieldsOfTheLastMember(
    before item: ItemSyntax, name: String, orderKeys: (inside: OrderKey, atTop: OrderKey), at index: Int,
    stack: [Node], from lowest: Int
  ) -> (
    Int, [String]
  )? {
    guard ordersFieldsByName else { return nil }
    for candidate in stride(from: stack.count - 1, through: lowest, by: -1) {
      let node = stack[candidate]
      let fields = node.fieldChildren
      guard let position = fields.lastIndex(where: \.hasMembers), position < fields.count - 1 else { continue }
      let union = fields[position]
      let run = Array(fields[(position + 1)...])
      guard let member = union.children.last, member.isMember, member.children.isEmpty,
        case .type(let code) = member.item.kind, member.className != nil, member.schema(settled: false) == nil,
        let expression = TypeExpression.parse(code)
      else { continue }
      switch expression {
      case .generic("List", _), .generic("Sequence", _), .generic("Iterable", _): break
      default: continue
      }
      // (The rest of the object would be in order without them, and they in order in the member.)
      let fits = candidate == 0 ? orderKeys.atTop : orderKeys.inside
      guard union.orderKey < fits, zip(run, run.dropFirst()).allSatisfy({ $0.orderKey < $1.orderKey }),
        run.contains(where: { $0.item.fieldName == name }) || !(run.last!.orderKey < fits),
        !fields[..<position].contains(where: { $0.item.fieldName == name }),
        // (Not the object's own discriminator: it tells the object from its union's others.)
        !run.contains(where: { Self.isDiscriminator($0.item, of: node) })
      else { continue }
      let moved = Set(run.map(ObjectIdentifier.init))
      node.remove { moved.contains(ObjectIdentifier($0)) }
      // Only when the object takes the field then (nothing against it there).
      guard score(node, name: name, item: item, orderKey: fits, at: index).0 >= 0 else {
        for field in run { node.append(field) }
        continue
      }
      for field in run { member.append(field) }
      return (candidate, run.compactMap(\.item.fieldName))
    }
    return nil
  }

  /// A field placed on a tie between `chosen` and `other`: said with the fields placed on the
  /// same tie right before it, in one warning.
  private mutating func recordTie(
    _ name: String, at location: SourceLocation, chosen: Node, other: Node, titles: (String, String),
    restsOn: String?, elsewhere: Bool = false
  ) {
    let pair = (ObjectIdentifier(chosen), ObjectIdentifier(other))
    if let tie = pendingTie, tie.chosen == pair.0, tie.other == pair.1, tie.restsOn == restsOn,
      tie.elsewhere == elsewhere
    {
      pendingTie?.names.append(name)
    } else {
      flushTie()
      pendingTie = Tie(
        names: [name], location: location, chosen: pair.0, other: pair.1, chosenTitle: titles.0,
        otherTitle: titles.1, restsOn: restsOn, elsewhere: elsewhere)
    }
    placedOnTie = true
  }

  /// Whether the field lists of classes nested in a parameter class's Domain Type are its own:
  /// kept under `scopedListKey`, not under the class's name alone.
  var scopesNestedLists = false

  /// The key the field lists of `className` are kept under inside the open objects `stack`:
  /// within a parameter class a Domain Type declares (`ChatCompletionNamedToolChoiceParam`), a
  /// nested class no Domain Type names is that type's own, wherever the type is used (its
  /// `Function` of one `name` is not the `Function` of `chat.completions.create`'s `functions`,
  /// with a `description` and `parameters` after its `name`): keyed by both names. Nil
  /// elsewhere, for a class a Domain Type names (one name for the API: dodopayments' cart item's
  /// `CreditEntitlement` is kept under its name, where the lists its fields begin leave out the
  /// response Domain Type's), or without `scopesNestedLists`.
  private func scopedListKey(_ className: String, in stack: ArraySlice<Node>) -> String? {
    guard scopesNestedLists,
      let scope = stack.last(where: { node in
        node.className.map { Self.isParameterClass($0) && namedClasses.contains($0) } == true
      })?.className, scope != className, !namedClasses.contains(className)
    else { return nil }
    return scope + ">" + className
  }

  /// Whether the object at `index` has no fields yet and is of a class still open around it,
  /// whose first field is not `name`: a reference written from the SDK's types stops where a
  /// class recurs (it would never end), so a field after it is no child of it (courier's
  /// `FilterConfig`, whose `filters: Optional[Iterable[FilterConfig]]` lists nothing). A class
  /// that only shares the name would begin with its own first field, perhaps the same one.
  private static func recursesUnexpanded(_ stack: [Node], at index: Int, before name: String) -> Bool {
    let node = stack[index]
    guard node.fieldChildCount == 0, node.children.isEmpty, let className = node.className else { return false }
    return stack[..<index].contains {
      $0.className == className && $0.fieldChildCount > 0 && $0.fieldChildren.first?.item.fieldName != name
    }
  }

  /// Whether a name is a Domain Type's alias of no class, or the parameter form of one
  /// (`JourneyConditionAtomParam` beside `JourneyConditionAtom = List[str]`).
  private func holdsNoFields(_ name: String) -> Bool {
    fieldlessAliases.contains(name) || fieldlessAliases.contains(Self.withoutParamSuffix(name))
  }

  /// Whether a name is one of `memberListingAliases`, or the parameter form of one.
  private func listsUnionMembers(_ name: String) -> Bool {
    memberListingAliases.contains(name) || memberListingAliases.contains(Self.withoutParamSuffix(name))
  }

  /// Whether an object's fields so far are, name for name, the whole field list of another class
  /// (declared, or read on settled evidence): the fields of a base class its class extends.
  private func extendsAnotherClass(_ node: Node, _ fields: [Node]) -> Bool {
    guard fields.count > 1 else { return false }
    if let known = node.extendsAnotherClass, known.fields == fields.count { return known.result }
    let result = listOwners[fields.compactMap(\.item.fieldName)]?.contains { $0 != node.className } ?? false
    node.extendsAnotherClass = (fields.count, result)
    return result
  }

  /// Whether a class is a named type of its own rather than one nested in another.
  private func isNamed(_ className: String) -> Bool {
    namedClasses.contains(className) || Self.isParameterClass(className)
  }

  /// Whether a class name is a parameter class's: the SDK names only its module-level
  /// parameter classes `…Param`.
  static func isParameterClass(_ className: String) -> Bool { className.hasSuffix("Param") }

  private func matchesSchemaPrefix(_ node: Node, settled: Bool = false) -> Bool {
    guard let schema = node.schema(settled: settled) else { return false }
    let names = node.fieldChildren.compactMap(\.item.fieldName)
    return names.count <= schema.count && zip(names, schema).allSatisfy { $0 == $1 }
  }

  private func score(
    _ node: Node, name: String, item: ItemSyntax, orderKey: OrderKey, at index: Int, settled: Bool = false,
    companions itemCompanions: Set<Int>? = nil, isInnermost: Bool = false, literals: [String]? = nil,
    absentMembersSayNothing: Bool = false
  ) -> (Int, String) {
    var total = 0
    var reasons: [String] = []
    let siblings = node.fieldChildren
    if matchesSchemaPrefix(node, settled: settled), let schema = node.schema(settled: settled) {
      let next = siblings.count < schema.count ? schema[siblings.count] : nil
      // The class's own declaration outweighs a list only seen (the other may have been misread);
      // not in that declaration itself, which is no evidence for itself.
      let declaration =
        !node.listsAreTwins && !node.isDeclaration && node.className.map { declared[$0] == schema } == true
      let weight = Strength.schema.rawValue + (declaration ? Strength.example.rawValue : 0)
      if next == name {
        total += weight
      } else if next == nil, node.listsAreTwins, node.members?.contains(Self.memberKey(name)) == true {
        // Its twin ends here, but its own class's response form has the field: the twin is the
        // base class it extends (courier's `TemplateOverride` of `BrandTemplate`).
      } else {
        total -= weight
        reasons.append("\(node.className ?? "?") lists \(next.map { "'\($0)'" } ?? "no more fields") next")
      }
    }
    if let members = node.members, !(settled && membersRestOnTie(node)) {
      let used = siblings.contains { $0.item.fieldName == name }
      if members.contains(Self.memberKey(name)), !used {
        total += Strength.membership.rawValue
      } else if used || (!absentMembersSayNothing && !(node.counterpartIsAnalog && node.fieldChildCount < 2)) {
        total -= Strength.membership.rawValue
        reasons.append("\(node.className ?? "?") has no field '\(name)'")
      }
    }
    // A literal field whose values the object's complete example does not write under its key
    // is another object's (composio's member `status: Literal["ACTIVE"]` beside an account's
    // `"status": "INITIALIZING"`): the example would show one of its values.
    let literalConflict = node.jsonComplete && Self.exampleWritesOtherValue(node.json, name, literals)
    if literalConflict {
      total -= Strength.json.rawValue
      reasons.append(
        "the example of '\(node.item.fieldName ?? node.className ?? "the root")' writes another value for "
          + "'\(Naming.jsonName(name))'")
    } else if !node.json.isEmpty {
      let key = Naming.jsonName(name)
      let used = siblings.contains { $0.item.fieldName == name }
      let present = node.json.contains { $0[key] != nil }
      if present, !used {
        total += node.jsonComplete ? Strength.json.rawValue : Strength.example.rawValue
      } else if node.jsonComplete, node.json.allSatisfy({ $0.objectMembers != nil }) {
        total -= Strength.json.rawValue
        reasons.append("the example of '\(node.item.fieldName ?? node.className ?? "the root")' has no '\(key)'")
      }
    }
    if orderKey.group == 1, node.parent == nil, let keywords = exampleKeywords, !keywords.contains(name) {
      total -= Strength.json.rawValue
      reasons.append("the example passes no '\(name)', a required parameter")
    }
    // (Not a map's: the keys of its dict are the map's own, `metadata={"foo": …}`.)
    if orderKey.group == 1, !node.isMember, !node.isUnion, !node.hasMembers, let field = node.item.fieldName,
      let keys = exampleDictKeys[Naming.jsonName(field)], !keys.contains(Naming.jsonName(name)),
      case .field(_, let type) = node.item.kind, TypeExpression.parse(type)?.containsMap == false
    {
      total -= Strength.json.rawValue
      reasons.append("the example's '\(Naming.jsonName(field))' has no '\(Naming.jsonName(name))', a required field")
    }
    if let field = node.item.fieldName, siblings.isEmpty || !siblings.contains(where: { $0.item.fieldName == name }),
      exampleChildren.contains(Naming.jsonName(field) + "/" + Naming.jsonName(name))
    {
      // Certain when no later field has the name; otherwise a later one may be the child the
      // example shows (the node stays open for it), so this one only weighs as an example.
      let later = (lastIndexOfExampleChild[Naming.jsonName(name)] ?? -1) > index
      total += later ? Strength.example.rawValue : Strength.exampleChild.rawValue
    }
    // A field every other member of the object's union lists word for word is one the members
    // share: this one has it too (julep's steps, sentdm's event envelopes, cerebras' messages'
    // `name`), though the order fits an object open inside the member as well.
    if Self.sharedByTheOtherMembers(item, literals: literals, of: node) {
      total += Strength.example.rawValue
    }
    if Self.endsAsTheOtherMembers(node) {
      total -= Strength.schema.rawValue
      reasons.append(
        "the other members of '\(node.parent?.item.fieldName ?? "its union")' end with "
          + "'\(siblings.last?.item.fieldName ?? "")'")
    }
    if let itemCompanions, siblings.contains(where: { $0.signatureID.map(itemCompanions.contains) == true }) {
      total += Strength.companion
    }
    if let previous = siblings.last {
      // `Optional[...]` may mark a required field that can be null (openai.md lists
      // `last_error: Optional[LastError]` among the required ones): a required field after it
      // is in order when the names are, the names of every field since the last surely
      // required one too (cerebras' `ToolFunction`: `name`, then `description`, `parameters`
      // and `strict`, cannot all be required, so a required `type` after them is not its), but
      // for a field that may be null itself (`Union[…, None]`), which a reference may list
      // among the optional ones (julep's messages: `role`, `id`, `content`).
      let previousKey = previous.orderKey
      // (Not `Optional[Union[…, None]]`: a union that is nullable in itself, wrapped once more,
      // is a field a request may leave out, `content` of cerebras' assistant message.)
      let nullableBefore =
        previousKey.group == 3 && orderKey.group == 1
        && (previousKey.index, previousKey.name) < (orderKey.index, orderKey.name)
        && !Self.isOptionalNullableUnion(previous.item)
        && (Self.isNullableUnion(item) || Self.readAsRequired(siblings, before: orderKey))
      // The object's example writes the key right after the previous field's: they are
      // neighbours in one object, in the object's own order, which the API may keep apart from
      // the reference's (finch.md's `IndividualResponseBody` lists `emails` after `residence`).
      let neighbours =
        !literalConflict
        && previous.item.fieldName.map {
          Self.writesAdjacent(node.json, Naming.jsonName($0), Naming.jsonName(name))
        } ?? false
      if neighbours { total += Strength.example.rawValue }
      if !neighbours, node.jsonComplete, Self.writesNextElsewhere(node.keysOfJSON, siblings, Self.lettersOf(name)) {
        // A complete example that writes this object's fields so far one after another, in
        // their order here, writes another key next: this field is not the object's next one.
        total -= Strength.json.rawValue
        reasons.append(
          "the example of '\(node.item.fieldName ?? node.className ?? "the root")' writes another key after "
            + "'\(previous.item.fieldName ?? "")'")
      }
      // Some example of the API writes the two keys one right after the other: that is the
      // API's order for them, whatever the order by name says (composio's `your_server`, then
      // `your-domain`, in every `val` its responses show). Within one group only: an example
      // says nothing of which fields the reference lists as required.
      // (Asked only where the order by name would break.)
      func shownAdjacent() -> Bool {
        previousKey.group == orderKey.group && !adjacentInExamples.isEmpty
          && examplesWriteNext(name, after: siblings, members: node.members)
      }
      // The union's discriminator: its members list it wherever their schemas put it (only in
      // the innermost object: one open inside the member, `source`, may have a literal field of
      // the same name, `type: Literal["base64"]`, before the member's own).
      func discriminates() -> Bool { isInnermost && Self.isDiscriminator(item, of: node) }
      if !ordersFieldsByName, previousKey.group != 0, orderKey.group != 0 {
        // The API's examples show no order by name (mixedbread's `key`, `value`, `operator`):
        // the order says nothing, but for the path parameters leading a method's.
      } else if previousKey < orderKey || nullableBefore || neighbours || shownAdjacent() || discriminates() {
        total += Strength.ordering.rawValue
      } else if extendsAnotherClass(node, siblings) {
        // A subclass lists its base's fields, then its own in their own order (courier's
        // `TemplateOverride(BrandTemplate)`: `mjml` after the base's `width`): no break.
      } else {
        total -= Strength.orderBroken.rawValue
        reasons.append("'\(name)' breaks the field order after '\(previous.item.fieldName ?? "")'")
      }
    }
    return (total, reasons.joined(separator: "; "))
  }

  /// Whether the fields since the last required one (`Optional[...]` each, but for it) can all
  /// be required fields that may be null, with a required field after them: then they are in
  /// order by name in one group, that field's key last. (From the last path parameter, at the
  /// top of a method's parameters: they lead in the path's order.)
  private static func readAsRequired(_ siblings: [Node], before key: OrderKey) -> Bool {
    guard let last = siblings.lastIndex(where: { $0.orderKey.group <= 1 }) else {
      return readsInOrder(siblings[...], then: key)
    }
    return readsInOrder(siblings[(siblings[last].orderKey.group == 0 ? last + 1 : last)...], then: key)
  }

  private static func readsInOrder(_ siblings: ArraySlice<Node>, then key: OrderKey) -> Bool {
    let keys = siblings.map { ($0.orderKey.index, $0.orderKey.name) } + [(key.index, key.name)]
    return zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }
  }

  /// Whether a field is typed `Union[…, None]`: required, and may be null.
  private static func isNullableUnion(_ item: ItemSyntax) -> Bool {
    guard case .field(_, let type) = item.kind else { return false }
    return type.hasPrefix("Union[") && type.hasSuffix(", None]")
  }

  /// Whether a field is typed `Optional[Union[…, None]]`: the SDK's type is nullable already,
  /// so the `Optional` around it says the field is one a request may leave out (the reference
  /// writes a required nullable field's type once, `Optional[X]` or `Union[X, Y, None]`).
  private static func isOptionalNullableUnion(_ item: ItemSyntax) -> Bool {
    // (Read in the text: the parsed type leaves a union's `None` out.)
    guard case .field(_, let type) = item.kind else { return false }
    return type.hasPrefix("Optional[Union[") && type.hasSuffix(", None]]")
  }

  /// Whether `item` is a one-value literal field (`status: Literal["INACTIVE"]`) that every other
  /// member of the union `node` is a member of has, each with a value of its own: the field
  /// tells the union's members apart, so this member has it too (composio's fourth member of a
  /// `val`, after `token: str`, which the order by name would not have before `status`).
  private static func isDiscriminator(_ item: ItemSyntax, of node: Node) -> Bool {
    guard node.isMember, let union = node.parent, case .field(let name, let type) = item.kind,
      let values = TypeExpression.parse(type)?.literalValues, values.count == 1
    else { return false }
    let others = otherMembers(of: union, than: node)
    return !others.isEmpty
      && others.allSatisfy { other in
        other.fieldChildren.contains { field in
          guard field.item.fieldName == name, case .field(_, let otherType) = field.item.kind,
            let otherValues = TypeExpression.parse(otherType)?.literalValues, otherValues.count == 1
          else { return false }
          return otherValues[0] != values[0]
        }
      }
  }

  /// Whether the examples that write the key of field `name`, a `Literal[...]` of `values`, all
  /// write a string that is none of them (and one does).
  private static func exampleWritesOtherValue(_ json: [JSONValue], _ name: String, _ values: [String]?) -> Bool {
    guard let values, !json.isEmpty else { return false }
    let written = json.compactMap { $0[Naming.jsonName(name)] }
    return !written.isEmpty
      && written.allSatisfy { value in
        if case .string(let string) = value { return !values.contains(string) }
        return false
      }
  }

  /// Whether every other member of the union `node` is a member of (two at least, of those that
  /// list fields) lists exactly `node`'s fields so far (composio's fourteen `state` members of
  /// `auth_scheme` and `val`): then this member ends there too, and the next field is its
  /// union's field's sibling.
  private static func endsAsTheOtherMembers(_ node: Node) -> Bool {
    guard node.isMember, let union = node.parent, node.fieldChildCount > 0 else { return false }
    let fields = node.fieldChildren
    let others = otherMembers(of: union, than: node)
    return others.count >= 2
      && others.allSatisfy { other in
        other.fieldChildCount == fields.count
          && zip(other.fieldChildren, fields).allSatisfy { $0.item.fieldName == $1.item.fieldName }
      }
  }

  /// Whether every other member of the union `node` is a member of (two at least, among those
  /// read so far) lists a field written as `item` is, name, type and description alike (not a
  /// literal of one value: it may be a discriminator, telling the members apart), which `node`
  /// has not yet. `literals` are the item's literal values (`chooseParent`'s `itemLiterals`).
  private static func sharedByTheOtherMembers(_ item: ItemSyntax, literals: [String]?, of node: Node) -> Bool {
    guard node.isMember, let union = node.parent, case .field(let name, let type) = item.kind,
      !type.contains("Literal[") || (literals?.count ?? 0) > 1,
      !node.fieldChildren.contains(where: { $0.item.fieldName == name })
    else { return false }
    func written(_ field: Node) -> Bool {
      if case .field(name, type) = field.item.kind { return true } else { return false }
    }
    let others = otherMembers(of: union, than: node)
    guard others.allSatisfy({ $0.fieldChildren.contains(where: written) }), others.count >= 2 else { return false }
    let signature = FieldSignature(item)
    return others.allSatisfy { $0.fieldChildren.contains { written($0) && $0.signature == signature } }
  }

  /// The members of `union` besides `node` that list fields (lazily: it is asked of every
  /// member candidate for every field).
  private static func otherMembers(of union: Node, than node: Node) -> LazyFilterSequence<[Node]> {
    union.children.lazy.filter { $0 !== node && $0.isMember && $0.fieldChildCount > 0 }
  }

  /// Whether a union member written as a list of a class no Domain Type declares
  /// (`Iterable[TransferTargetsTargetsList]`) lists that class's fields under it: when its union
  /// names members still to come (`Union[Iterable[TransferTargetsTargetsList], str]`, `str` next),
  /// the fields that follow cannot be the union's field's siblings. Listed last, it may hold
  /// none (anthropic's `Union[str, Iterable[Content]]`).
  private static func holdsFields(_ member: Node, in owner: Node) -> Bool {
    guard case .type(let code) = member.item.kind, let expression = TypeExpression.parse(code),
      case .field(_, let ownerType) = owner.item.kind,
      case .generic("Union", let arguments) = TypeExpression.parse(ownerType)?.withoutOptional
    else { return false }
    switch expression {
    case .generic("List", let elements), .generic("Sequence", let elements), .generic("Iterable", let elements):
      guard elements.count == 1, elements[0].innerClassName != nil else { return false }
    default: return false
    }
    let members = arguments.filter { $0 != .name("None") }
    return owner.children.filter { !$0.item.kind.isField }.count < members.count
  }

  /// Whether the node's complete examples are objects, none of them with `key`.
  /// (A map of objects has its values as its examples.)
  private static func completeExampleLacks(_ node: Node, _ key: String) -> Bool {
    if case .field(_, let type) = node.item.kind, type.containsText("Dict[") || type.containsText("Mapping["),
      !holdsMapOfObjects(type)
    {
      return false
    }
    return node.jsonComplete && !node.json.isEmpty && node.json.allSatisfy { $0.objectMembers != nil && $0[key] == nil }
  }

  /// Whether an example object writes the fields so far (two or more) one right after another,
  /// in their order, and then a key other than `key`, which it writes elsewhere.
  private static func writesNextElsewhere(_ objects: [[String]], _ siblings: [Node], _ key: String) -> Bool {
    // (Keys in any spelling: composio's examples write `connectionData` for `connection_data`.)
    guard siblings.count > 1, let first = siblings[0].nameLetters else { return false }
    return objects.contains { members in
      guard let start = members.firstIndex(of: first), start + siblings.count < members.count, members.contains(key)
      else { return false }
      for (offset, sibling) in siblings.enumerated() where members[start + offset] != sibling.nameLetters {
        return false
      }
      return members[start + siblings.count] != key
    }
  }

  /// Whether one of the example objects writes key `second` right after key `first`.
  static func writesAdjacent(_ json: [JSONValue], _ first: String, _ second: String) -> Bool {
    json.contains { value in
      guard let members = value.objectMembers, let position = members.firstIndex(where: { $0.key == first }) else {
        return false
      }
      return position + 1 < members.count && members[position + 1].key == second
    }
  }

  /// The reference's order inside one object: required fields, then the optional paging
  /// fields (`token`, `page_size`), then the other optional fields; in each group `id` first,
  /// Python keywords (`class`, `from`: the SDK renames them) last, the rest by wire name,
  /// case-insensitive.
  /// At the top of a REST method's parameters, its path parameters come first, in the path's
  /// order (`vector_store_id`, then `query`).
  static func orderKey(_ item: ItemSyntax, pathParameters: [String] = []) -> OrderKey {
    guard case .field(let name, let type) = item.kind else { return OrderKey(group: 9, index: 0, name: "") }
    if let position = pathParameters.firstIndex(of: name) { return OrderKey(group: 0, index: position, name: "") }
    let optional = type.hasPrefix("Optional[")  // what TypeExpression.isOptional says, without parsing
    if optional, name == "token" { return OrderKey(group: 2, index: 0, name: "") }
    if optional, name == "page_size" { return OrderKey(group: 2, index: 1, name: "") }
    let index = name == "id" ? 0 : Naming.pythonKeywords.contains(name) ? 2 : 1
    return OrderKey(group: optional ? 3 : 1, index: index, name: Naming.jsonName(name).lowercased())
  }

  /// Whether the keys of the response examples' objects mostly (70%, of 20 pairs at least) come
  /// in order by name, `id` first: their schemas order their properties so, and the reference,
  /// rendered from the SDK's classes, lists fields by name too (75-100% in 31 of 33 Stainless
  /// SDKs measured; mixedbread's 59% and isaacus' 42% are the order of their servers' code).
  /// Without such examples, the order is taken as evidence.
  static func ordersFieldsByName(_ examples: [JSONValue]) -> Bool {
    var inOrder = 0
    var pairs = 0
    func key(_ name: String) -> (Int, String) { (name == "id" ? 0 : 1, name.lowercased()) }
    func walk(_ value: JSONValue) {
      if let members = value.objectMembers {
        for (first, second) in zip(members, members.dropFirst()) {
          pairs += 1
          if key(first.key) < key(second.key) { inOrder += 1 }
        }
        for member in members { walk(member.value) }
      } else if let elements = value.arrayElements {
        for element in elements { walk(element) }
      }
    }
    for example in examples { walk(example) }
    return pairs < 20 || inOrder * 10 >= pairs * 7
  }

  /// The pairs of keys the examples write one right after the other in one object against the
  /// order by name (as `adjacencyKey(_:_:)`), each with the keys of the objects that write them
  /// so (`lettersOf(_:)`; eight at most).
  static func adjacentKeyPairs(_ examples: [JSONValue]) -> [String: [Set<String>]] {
    var pairs: [String: [Set<String>]] = [:]
    func walk(_ value: JSONValue) {
      if let members = value.objectMembers {
        var shown: Set<String>?  // the object's keys, made once it has such a pair
        for (first, second) in zip(members, members.dropFirst())
        where second.key.lowercased() < first.key.lowercased() || lettersOf(second.key) < lettersOf(first.key) {
          let keys = shown ?? Set(members.map { lettersOf($0.key) })
          shown = keys
          let pair = adjacencyKey(first.key, second.key)
          if pairs[pair, default: []].count < 8, !pairs[pair, default: []].contains(keys) {
            pairs[pair, default: []].append(keys)
          }
        }
        for member in members { walk(member.value) }
      } else if let elements = value.arrayElements {
        for element in elements { walk(element) }
      }
    }
    for example in examples { walk(example) }
    return pairs
  }

  /// A name in any spelling (`your_domain`, `your-domain`, `yourDomain`): its letters and
  /// digits, ASCII ones lowercased.
  static func lettersOf(_ name: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    for byte in name.utf8 {
      if let letter = letterByte(byte) { bytes.append(letter) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A byte of a name as `lettersOf(_:)` keeps it (an ASCII letter lowercased, a digit, any
  /// byte of a non-ASCII character), or nil.
  private static func letterByte(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: byte
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
    default: nil
    }
  }

  /// Two keys, one right after the other, in any spelling of their names.
  static func adjacencyKey(_ first: String, _ second: String) -> String { lettersOf(first) + " " + lettersOf(second) }

  /// Whether an example writes `name` right after the last of `fields` in an object that has
  /// most of `fields` (half of them, and two, at least): the API's order for them there,
  /// whatever the order by name says. (A pair of common names, `type` then `status`, in some
  /// other object says nothing about this one.) After one field, an object of the class's
  /// response form (`members`: three keys or more, every one a field of it) says so too
  /// (post-for-me's `Configuration`, `localizations` then `allow_comment`, its response example's
  /// order).
  private func examplesWriteNext(_ name: String, after fields: [Node], members: Set<String>?) -> Bool {
    guard let previous = fields.last?.item.fieldName,
      let objects = adjacentInExamples[Self.adjacencyKey(previous, name)]
    else { return false }
    let names = fields.compactMap(\.nameLetters)
    let memberLetters = fields.count == 1 ? members.map { Set($0.map(Self.lettersOf)) } : nil
    return objects.contains { keys in
      let shared = names.filter(keys.contains).count
      if shared >= 2 && shared * 2 >= names.count { return true }
      guard let memberLetters else { return false }
      return keys.count >= 3 && keys.isSubset(of: memberLetters)
    }
  }

  struct OrderKey: Comparable {
    var group: Int
    var index: Int
    var name: String

    static func < (lhs: OrderKey, rhs: OrderKey) -> Bool {
      (lhs.group, lhs.index, lhs.name) < (rhs.group, rhs.index, rhs.name)
    }
  }

  /// Records the fields of every object recovered here, by class name, for later lists.
  private mutating func learnSchemas(_ node: Node) {
    if let name = node.className, !node.isEnum, node.jsonComplete, !node.json.isEmpty,
      jsonByClass[name, default: []].count < 8
    {
      jsonByClass[name, default: []].append(contentsOf: node.json.prefix(8))
    }
    if let name = node.className, !node.isEnum, !node.isUnion, !node.hasMembers, node.item.fieldName != nil,
      let child = node.fieldChildren.first, let first = child.item.fieldName
    {
      firstFieldsSeen[name, default: [:]][first, default: 0] += 1
      if !(node.orderKey < child.orderKey) { firstFieldsOutOfOrder[name, default: []].insert(first) }
    }
    if let name = node.className, !node.isEnum, !node.isUnion, !node.hasMembers, !node.isUncertain,
      let signatures = Optional(node.fieldChildren.compactMap(\.signature)),
      let first = signatures.first, signatures.count == node.fieldChildCount,
      !(twins[first]?.contains { $0.className == name && $0.fields == signatures && $0.section == section } ?? false)
    {
      twins[first, default: []].append((name, signatures, section))
    }
    if !node.isEnum, !node.isUncertain, !node.hasMembers, node.fieldChildCount > 1 {
      // (A field without a description says too little: `data: str` stands in a hundred objects.)
      let ids = node.fieldChildren.compactMap(\.signature).filter { !$0.description.isEmpty }.map { signature in
        if let id = signatureIDs[signature] { return id }
        signatureIDs[signature] = signatureIDs.count
        return signatureIDs.count - 1
      }
      for id in ids { companions[id, default: []].formUnion(ids.filter { $0 != id }) }
      if !node.restsOnTie {
        for id in ids { companionsOffTies[id, default: []].formUnion(ids.filter { $0 != id }) }
      }
    }
    if let name = node.className, node.hasMembers {
      let members = node.children.filter { !$0.item.kind.isField }
      for child in members {
        if let member = child.className { memberClasses[name, default: []].insert(member) }
      }
      let scalar = members.allSatisfy { member in
        switch member.item.kind {
        case .type(let code): TypeExpression.parse(code)?.namesNoClass == true
        case .classHeader: false
        default: true
        }
      }
      scalarMemberUnions[name] = (scalarMemberUnions[name] ?? true) && scalar
    }
    if let name = node.className, !node.isEnum {
      for child in node.fieldChildren {
        if let field = child.item.fieldName, let childClass = child.className, !child.isEnum {
          fieldClasses[name, default: [:]][field] = childClass
        }
        if case .field(let field, let type) = child.item.kind, let values = TypeExpression.parse(type)?.literalValues {
          fieldLiterals[name, default: [:]][field, default: []].formUnion(values)
        }
      }
      let fields = node.fieldChildren.compactMap(\.item.fieldName)
      if node.isDeclaration, node.children.isEmpty {
        // A declaration that lists nothing (`class BrowserListTabsInput: …` alone under its
        // heading): the class holds no fields, wherever it stands.
        declared[name] = []
      }
      if fields.count > 1, node.isDeclaration || !node.isUncertain {
        listOwners[fields, default: []].insert(name)
      }
      if !fields.isEmpty {
        let offTies = !node.isUncertain && !node.restsOnTie
        let key = node.listKey ?? name
        if offTies { listsReadOffTies[key, default: []].insert(fields) }
        if node.isDeclaration {
          declared[name] = fields
          if offTies { declaredOnTie.remove(name) } else { declaredOnTie.insert(name) }
        } else if let index = observed[key]?.firstIndex(where: { $0.fields == fields }) {
          observed[key]![index].count += 1
          observed[key]![index].unsettled =
            node.isUncertain ? observed[key]![index].unsettled?.union([node.item.location]) : nil
          if observed[key]![index].firstReadOnTie != node.item.location { observed[key]![index].firstReadOnTie = nil }
        } else {
          let location = node.item.location
          observed[key, default: []].append(
            (fields, 1, node.isUncertain ? [location] : nil, node.isUncertain ? location : nil))
        }
      }
    }
    for child in node.children { learnSchemas(child) }
  }
}
