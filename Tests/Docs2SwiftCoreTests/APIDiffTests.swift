import Foundation
import Testing

@testable import Docs2SwiftCore

/// `docs2swift diff` on small edits of the seed (its structured form), each with the impact the
/// generated Swift gives it (issue 16).
@Suite("API diff")
struct APIDiffTests {
  /// The seed in the structured form (`docs2swift format`), which the edits change line-wise.
  static let structured: String = {
    guard let result = try? Pipeline.load(path: seedPath) else { return "" }
    return ReferenceFormatter.format(result.reference)
  }()

  static func diff(_ old: String, _ new: String, config: GeneratorConfig = GeneratorConfig()) throws -> APIDiff.Result {
    let before = try parseReference(old, name: "old.md")
    let after = try parseReference(new, name: "new.md")
    return try APIDiff.compare(
      old: APIDiff.Side(api: before.api, config: config, locations: nil),
      new: APIDiff.Side(
        api: after.api, config: config, locations: ReferenceLocations(reference: after.reference, file: "new.md")))
  }

  /// The seed with `edit` applied, compared both ways: seed → edited and edited → seed.
  static func both(_ edit: (String) -> String) throws -> (forward: APIDiff.Result, backward: APIDiff.Result) {
    let edited = edit(structured)
    #expect(edited != structured, "the edit changed nothing")
    return (try diff(structured, edited), try diff(edited, structured))
  }

  static func replacing(_ old: String, with new: String) -> (String) -> String {
    { text in text.replacingOccurrences(of: old, with: new) }
  }

  /// Applies `transform` to every line holding `marker`, keeping its indentation.
  static func afterLines(containing marker: String, insert line: String) -> (String) -> String {
    { text in
      var out: [Substring] = []
      for current in text.split(separator: "\n", omittingEmptySubsequences: false) {
        out.append(current)
        if current.contains(marker) {
          let indent = current.prefix { $0 == " " }
          out.append(Substring(indent + line))
        }
      }
      return out.joined(separator: "\n")
    }
  }

  static func only(_ result: APIDiff.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> APIChange? {
    #expect(result.changes.count == 1, "\(result.changes.map(\.message))", sourceLocation: sourceLocation)
    return result.changes.first
  }

  static let createParams = "- `name: str` name is the organization name\n"
  static let joinParam =
    "- `join_organization: Optional[bool]` join_organization decides whether the Identity issuing this request joins the org on creation\n"

  @Test("the flattened and the structured seed have no API difference")
  func sameAPI() throws {
    let flattened = try String(contentsOfFile: seedPath, encoding: .utf8)
    #expect(try Self.diff(flattened, Self.structured).changes.isEmpty)
  }

  @Test("a removed method is breaking; a new one additive")
  func methods() throws {
    let (removed, added) = try Self.both { text in
      guard let start = text.range(of: "## LeaveOrganization"), let end = text.range(of: "## ListMembers") else {
        return text
      }
      return text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
    }
    let change = try #require(Self.only(removed))
    #expect(change.kind == "method-removed")
    #expect(change.impact == .breaking)
    #expect(change.swift.contains("`OrganizationsResource.leave(userID:options:)` no longer exists"))
    // Located at its resource, `# Organizations`.
    #expect(change.location == Docs2SwiftCore.SourceLocation(file: "new.md", line: 1, column: 1))
    #expect(removed.bump == .major)
    let addition = try #require(Self.only(added))
    #expect(addition.kind == "method-added")
    #expect(addition.impact == .additive)
    #expect(added.bump == .minor)
  }

  @Test("a removed resource is breaking (its methods and types are not listed again); a new one additive")
  func resources() throws {
    let (removed, added) = try Self.both { text in
      guard let start = text.range(of: "\n# Invites\n"), let end = text.range(of: "\n# Policies\n") else { return text }
      return text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
    }
    #expect(removed.changes.map(\.kind).contains("resource-removed"))
    #expect(removed.changes.allSatisfy { $0.impact == .breaking })
    #expect(!removed.changes.contains { $0.kind == "method-removed" || $0.kind.hasPrefix("parameter") })
    #expect(added.changes.map(\.kind).contains("resource-added"))
    #expect(added.changes.allSatisfy { $0.impact == .additive })
  }

  @Test("a new required parameter is breaking, located at its item")
  func requiredParameter() throws {
    let (forward, backward) = try Self.both(
      Self.replacing(Self.createParams, with: Self.createParams + "- `team_id: str` team_id is the owning team\n"))
    let change = try #require(Self.only(forward))
    #expect(change.kind == "parameter-added")
    #expect(change.impact == .breaking)
    #expect(change.message == "parameter `team_id` of `organizations.create` added (required)")
    #expect(change.swift.contains("`OrganizationCreateParams.init` gains `teamID: String` without a default"))
    let line = Self.structured.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.hasPrefix("- `name: str` name is the organization name") }
    #expect(change.location == Docs2SwiftCore.SourceLocation(file: "new.md", line: (line ?? 0) + 2, column: 1))
    let removal = try #require(Self.only(backward))
    #expect(removal.kind == "parameter-removed")
    #expect(removal.impact == .breaking)
  }

  @Test("a new optional parameter is additive (`= nil` in the initializer and the labelled method)")
  func optionalParameter() throws {
    let (forward, backward) = try Self.both(
      Self.replacing(Self.joinParam, with: Self.joinParam + "- `team_id: Optional[str]` team_id is the owning team\n"))
    let change = try #require(Self.only(forward))
    #expect(change.kind == "parameter-added")
    #expect(change.impact == .additive)
    #expect(change.swift.contains("`teamID: String? = nil`"))
    #expect(forward.bump == .minor)
    #expect(try #require(Self.only(backward)).impact == .breaking)
  }

  @Test("a parameter that becomes optional changes its property's type: breaking; so does the reverse")
  func parameterOptionality() throws {
    let (forward, backward) = try Self.both(
      Self.replacing(Self.createParams, with: "- `name: Optional[str]` name is the organization name\n"))
    let change = try #require(Self.only(forward))
    #expect(change.kind == "parameter-now-optional")
    #expect(change.impact == .breaking)
    #expect(change.swift == "`OrganizationCreateParams.name` changes type from `String` to `String?`")
    let reverse = try #require(Self.only(backward))
    #expect(reverse.kind == "parameter-now-required")
    #expect(reverse.impact == .breaking)
  }

  @Test("a parameter's type change is breaking")
  func parameterType() throws {
    let (forward, _) = try Self.both(
      Self.replacing(Self.createParams, with: "- `name: int` name is the organization name\n"))
    let change = try #require(forward.changes.first { $0.impact != .none })
    #expect(change.kind == "parameter-type-changed")
    #expect(change.impact == .breaking)
  }

  static let bannerField = "`organization_id: str` organization_id is the ID of the organization"
  static let bannerEnabled = "- `enabled: Optional[bool]` enabled controls whether the banner is displayed"

  /// The edit on the AnnouncementBanner Domain Type and every response that documents it in place
  /// (the indented lists), leaving the methods' parameters alone.
  static func editBanner(_ transform: @escaping (Substring) -> [Substring]) -> (String) -> String {
    { text in
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      var out: [Substring] = []
      for (index, line) in lines.enumerated() {
        let next = index + 1 < lines.count ? lines[index + 1] : ""
        if line.hasPrefix(" "), line.contains(Self.bannerField), next.contains(Self.bannerEnabled) {
          out += transform(line)
        } else {
          out.append(line)
        }
      }
      return out.joined(separator: "\n")
    }
  }

  @Test("a response field that becomes optional is breaking (String → String?); required again too")
  func responseFieldOptional() throws {
    let (forward, backward) = try Self.both(
      Self.editBanner {
        [Substring($0.replacingOccurrences(of: "organization_id: str", with: "organization_id: Optional[str]"))]
      })
    let change = try #require(Self.only(forward))
    #expect(change.kind == "field-now-optional")
    #expect(change.impact == .breaking)
    #expect(change.message == "field `organization_id` of `AnnouncementBanner` is now optional")
    #expect(change.swift == "`AnnouncementBanner.organizationID` changes type from `String` to `String?`")
    #expect(change.location?.line ?? 0 > 1)
    #expect(try #require(Self.only(backward)).kind == "field-now-required")
  }

  @Test("a new optional response field is additive; a new required one breaks the memberwise initializer")
  func responseFieldAdded() throws {
    let (optional, removed) = try Self.both(
      Self.editBanner { line in
        let indent = line.prefix { $0 == " " }
        return [line, Substring(indent + "- `theme: Optional[str]` theme of the banner")]
      })
    let addition = try #require(Self.only(optional))
    #expect(addition.kind == "field-added")
    #expect(addition.impact == .additive)
    #expect(try #require(Self.only(removed)).impact == .breaking)
    let (required, _) = try Self.both(
      Self.editBanner { line in
        let indent = line.prefix { $0 == " " }
        return [line, Substring(indent + "- `theme: str` theme of the banner")]
      })
    let change = try #require(Self.only(required))
    #expect(change.impact == .breaking)
    #expect(change.swift.contains("`AnnouncementBanner.init` gains `theme: String` without a default"))
  }

  @Test("fields in a different order break labelled calls")
  func reordered() throws {
    let invite =
      "- `invite_accounts_with_matching_domain: Optional[bool]` Should other Accounts with the same domain be automatically invited to the organization?\n"
    let (forward, _) = try Self.both(Self.replacing(invite + Self.joinParam, with: Self.joinParam + invite))
    let change = try #require(Self.only(forward))
    #expect(change.kind == "fields-reordered")
    #expect(change.impact == .breaking)
  }

  @Test("a new value of an open enum is additive; a removed one breaking")
  func enumValues() throws {
    let (forward, backward) = try Self.both { text in
      Self.afterLines(containing: "- `\"CUSTOM_DOMAIN_PROVIDER_GCP\"`", insert: "- `\"CUSTOM_DOMAIN_PROVIDER_AZURE\"`")(
        text.replacingOccurrences(
          of: "\"CUSTOM_DOMAIN_PROVIDER_GCP\"]",
          with: "\"CUSTOM_DOMAIN_PROVIDER_GCP\", \"CUSTOM_DOMAIN_PROVIDER_AZURE\"]"))
    }
    let change = try #require(Self.only(forward))
    #expect(change.kind == "enum-value-added")
    #expect(change.impact == .additive)
    #expect(change.swift.hasPrefix("new `CustomDomainProvider.azure`"))
    let removal = try #require(Self.only(backward))
    #expect(removal.kind == "enum-value-removed")
    #expect(removal.impact == .breaking)
  }

  @Test("a new member of a union is breaking (a Swift enum's case), as is a method's streaming form removed")
  func unionMembersAndStreams() throws {
    let acme = try String(
      contentsOf: repositoryRoot.appendingPathComponent("Tests/REST/acme.md"), encoding: .utf8)
    let more = acme.replacingOccurrences(
      of: "- `ContentBlock = TextBlock | ImageBlock`",
      with: "- `ContentBlock = TextBlock | ImageBlock | VideoBlock`"
    ).replacingOccurrences(
      of: "### Gadget\n",
      with: "### Video Block\n\n- `class VideoBlock: …` A video.\n  - `type: Literal[\"video\"]`\n  - `url: str`\n\n"
        + "### Gadget\n")
    #expect(more != acme)
    let added = try Self.diff(acme, more)
    let member = try #require(added.changes.first { $0.kind == "union-member-added" })
    #expect(member.impact == .breaking)
    #expect(member.swift.hasPrefix("new case `ContentBlock.video`"))
    #expect(try Self.diff(more, acme).changes.contains { $0.kind == "union-member-removed" && $0.impact == .breaking })

    let stream = try #require(acme.range(of: "- `stream: Optional[bool]` Whether to incrementally stream"))
    let lineEnd = try #require(acme[stream.lowerBound...].firstIndex(of: "\n"))
    let unstreamed = acme.replacingCharacters(in: stream.lowerBound...lineEnd, with: "")
    let removed = try Self.diff(acme, unstreamed)
    let streamForm = try #require(
      removed.changes.first { $0.message.hasPrefix("the streaming form of `messages.create`") })
    #expect(streamForm.impact == .breaking)
    #expect(streamForm.swift == "`MessagesResource.createStream(_:options:)` no longer exists")
  }

  @Test("a method of the client itself that stops being the client's own (a new resource takes its name) is breaking")
  func clientMethods() throws {
    let old = """
      # Mixedbread

      ## Embed

      `.embed(ClientEmbedParams**kwargs) -> None`

      **post** `/v1/embeddings`

      ### Parameters

      - `model: str`

      """
    // A resource `embed` is a member of the client: `client.embed(model:)` can no longer be its method.
    let new =
      old + """

        # Embed

        ## Create

        `embed.create(EmbedCreateParams**kwargs) -> None`

        **post** `/v1/embed`

        ### Parameters

        - `input: str`

        """
    let removed = try Self.diff(old, new)
    let change = try #require(
      removed.changes.first { $0.kind == "method-removed" }, "\(removed.changes.map(\.message))")
    #expect(change.message == "method `mixedbread.embed` as the client's own removed")
    #expect(change.impact == .breaking)
    #expect(change.swift == "`MixedbreadClient.embed(model:options:)` no longer exists")
    #expect(change.location?.line == 1)
    #expect(removed.changes.contains { $0.kind == "resource-added" })
    #expect(removed.bump == .major)
    let added = try Self.diff(new, old)
    #expect(
      added.changes.contains { $0.kind == "method-added" && $0.swift == "new `MixedbreadClient.embed(model:options:)`" }
    )
    // A method added with its resource is reported with the resource only.
    let widgets = "# Widgets\n\n## Create\n\n`widgets.create() -> None`\n\n**post** `/v1/widgets`\n"
    let both = try Self.diff(widgets, widgets + "\n" + old)
    #expect(both.changes.map(\.kind) == ["resource-added"], "\(both.changes.map(\.message))")
  }

  @Test("a new Domain Type is additive")
  func domainTypes() throws {
    let (forward, backward) = try Self.both(
      Self.replacing(
        "## Domain Types\n\n### Announcement Banner\n",
        with:
          "## Domain Types\n\n### Banner Theme\n\n- `class BannerTheme: …`\n  - `color: str` the color\n\n### Announcement Banner\n"
      ))
    let change = try #require(Self.only(forward))
    #expect(change.kind == "type-added")
    #expect(change.impact == .additive)
    #expect(try #require(Self.only(backward)).kind == "type-removed")
  }

  @Test("a method that stops paginating changes its return type: breaking")
  func pagination() throws {
    let (forward, backward) = try Self.both(
      Self.replacing(
        "`organizations.list_members(OrganizationListMembersParams**kwargs) -> SyncMembersPage[OrganizationMember]`",
        with: "`organizations.list_members(OrganizationListMembersParams**kwargs) -> OrganizationMember`"))
    #expect(forward.changes.contains { $0.kind == "pagination-changed" && $0.impact == .breaking })
    #expect(forward.bump == .major)
    #expect(backward.changes.contains { $0.kind == "pagination-changed" && $0.message.contains("now paginated") })
  }

  @Test("a new HTTP path keeps the Swift API: no API change, a patch")
  func endpoint() throws {
    let (forward, _) = try Self.both(
      Self.replacing(
        "**post** `/gitpod.v1.OrganizationService/CreateOrganization`",
        with: "**post** `/gitpod.v2.OrganizationService/CreateOrganization`"))
    let change = try #require(forward.changes.first { $0.kind == "endpoint-changed" })
    #expect(change.impact == .none)
    #expect(forward.changes.allSatisfy { $0.impact == .none })
    #expect(forward.bump == .patch)
  }

  @Test("a changed description is documentation only")
  func docsOnly() throws {
    let (forward, _) = try Self.both(
      Self.replacing(
        "Creates a new organization with the specified name and settings.",
        with: "Creates a new organization with the given name and settings."))
    let change = try #require(Self.only(forward))
    #expect(change.kind == "docs-changed")
    #expect(change.impact == .none)
    #expect(change.location == Docs2SwiftCore.SourceLocation(file: "new.md", line: 3, column: 1))
    #expect(forward.bump == .patch)
    let (field, _) = try Self.both(
      Self.replacing("name is the organization name\n", with: "name is the organization's display name\n"))
    #expect(try #require(Self.only(field)).message.contains("parameter `name` of `organizations.create`"))
  }

  @Test("changes in a flattened reference are located on its one line, by column")
  func flattenedLocations() throws {
    let flattened = try String(contentsOfFile: seedPath, encoding: .utf8)
    let edited = flattened.replacingOccurrences(
      of: "Creates a new organization with the specified name and settings.",
      with: "Creates a new organization with the given name and settings.")
    let change = try #require(Self.only(try Self.diff(flattened, edited)))
    #expect(change.kind == "docs-changed")
    let heading = try #require(edited.range(of: "## CreateOrganization"))
    let column = edited.utf8.distance(from: edited.startIndex, to: heading.lowerBound) + 1
    #expect(change.location == Docs2SwiftCore.SourceLocation(file: "new.md", line: 1, column: column))
  }

  @Test("a value of an enum shared by several fields is located at its first use")
  func sharedEnumLocation() throws {
    let (forward, _) = try Self.both(
      Self.afterLines(containing: "- `\"ORGANIZATION_ROLE_MEMBER\"`", insert: "- `\"ORGANIZATION_ROLE_OWNER\"`"))
    let change = try #require(Self.only(forward))
    #expect(change.kind == "enum-value-added")
    #expect(change.message == "value `ORGANIZATION_ROLE_OWNER` of `OrganizationRole` added")
    let lines = Self.structured.split(separator: "\n", omittingEmptySubsequences: false)
    let first = try #require(lines.firstIndex { $0.contains("- `\"ORGANIZATION_ROLE_MEMBER\"`") })
    #expect(change.location?.line == first + 2)
  }

  @Test("semantic versions: breaking is major, from 1.0; before it, minor")
  func versions() {
    #expect(VersionBump.major.next(after: "1.4.2") == "2.0.0")
    #expect(VersionBump.minor.next(after: "1.4.2") == "1.5.0")
    #expect(VersionBump.patch.next(after: "1.4.2") == "1.4.3")
    #expect(VersionBump.major.next(after: "0.3.1") == "0.4.0")
    #expect(VersionBump.minor.next(after: "0.3.1") == "0.3.2")
    #expect(VersionBump.none.next(after: "0.3.1") == "0.3.1")
    #expect(VersionBump.major.next(after: "1.2") == nil)
  }

  @Test(
    "the record reads back into the same Swift API (no change against the reference)",
    arguments: ["spec/gitpod-organizations", "spec/openai", "spec/lithic", "Tests/REST/acme"])
  func recordRoundTrip(name: String) throws {
    let path = repositoryRoot.appendingPathComponent("\(name).md").path
    let result = try Pipeline.load(path: path)
    let config = try GeneratorConfig.discovered(forReference: path)
    let folder = try makeTemporaryFolder("record")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try OutputWriter.write(GenerationRecord(api: result.api, config: config).files(), to: folder)
    let record = try GenerationRecord.load(from: folder)
    #expect(record.config == config)
    // (acme's config names a header: `betas`, whose description says it is one.)
    #expect(record.config.headerNames == (name == "Tests/REST/acme" ? ["betas": "acme-beta"] : [:]))
    #expect(IRExport.json(record.api) == IRExport.json(result.api))
    let diff = try APIDiff.compare(
      old: APIDiff.Side(api: record.api, config: record.config, locations: nil),
      new: APIDiff.Side(api: result.api, config: config, locations: nil))
    #expect(diff.changes.isEmpty, "\(diff.changes.map(\.message))")
  }
}

@Suite("docs2swift diff and generate's summary (CLI)")
struct APIDiffCommandTests {
  @Test("generate over an earlier generation prints the one-line summary; diff reads the package's record")
  func generateSummary() throws {
    let folder = try temporaryDirectory("diff-cli")
    defer { try? FileManager.default.removeItem(at: folder) }
    let old = folder.appendingPathComponent("old.md").path
    let new = folder.appendingPathComponent("new.md").path
    let output = folder.appendingPathComponent("SDK").path
    let config = folder.appendingPathComponent("config.yml").path
    try "generate: models\n".write(toFile: config, atomically: true, encoding: .utf8)
    try APIDiffTests.structured.write(toFile: old, atomically: true, encoding: .utf8)
    try APIDiffTests.structured.replacingOccurrences(
      of: APIDiffTests.joinParam,
      with: APIDiffTests.joinParam + "- `team_id: Optional[str]` team_id is the owning team\n"
    ).write(toFile: new, atomically: true, encoding: .utf8)

    let first = try runDocs2Swift(["generate", old, "--output", output, "--config", config])
    #expect(first.status == 0)
    #expect(!first.stdout.contains("API changes"))
    #expect(FileManager.default.fileExists(atPath: output + "/.docs2swift/api.json"))

    let diff = try runDocs2Swift(["diff", output, new, "--config", config, "--fail-on", "breaking"])
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains("additive: parameter `team_id` of `organizations.create` added (optional)"))
    #expect(diff.stdout.contains("semantic version: minor"))

    let second = try runDocs2Swift(["generate", new, "--output", output, "--config", config])
    #expect(second.status == 0)
    #expect(
      second.stdout.contains(
        "API changes since the last generation: 1 additive: parameter `team_id` of `organizations.create` added (optional) (minor)"
      ), "\(second.stdout)")

    let back = try runDocs2Swift(["diff", output, old, "--config", config, "--fail-on", "breaking", "--format", "json"])
    #expect(back.status == 1)
    #expect(back.stdout.contains("\"bump\": \"major\""))
    #expect(back.stderr.contains("error: the API has breaking changes (--fail-on breaking)"))
  }

  @Test("bad input is a located error with a non-zero exit")
  func badInput() throws {
    let folder = try temporaryDirectory("diff-bad")
    defer { try? FileManager.default.removeItem(at: folder) }
    let record = folder.appendingPathComponent(".docs2swift")
    try FileManager.default.createDirectory(at: record, withIntermediateDirectories: true)
    try "{\n  \"irVersion\": 1,\n  oops\n}\n".write(
      to: record.appendingPathComponent("api.json"), atomically: true, encoding: .utf8)
    let result = try runDocs2Swift(["diff", folder.path, seedPath])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/.docs2swift/api.json:3:3: error: invalid JSON"), "\(result.stderr)")

    let broken = folder.appendingPathComponent("broken.md").path
    try "# Things\n\n## GetThing\n\n`things.get(ThingGetParams) -> Thing`\n".write(
      toFile: broken, atomically: true, encoding: .utf8)
    let reference = try runDocs2Swift(["diff", seedPath, broken])
    #expect(reference.status == 1)
    #expect(reference.stderr.contains("broken.md:"), "\(reference.stderr)")
    #expect(reference.stderr.contains(": error: "))
  }
}
