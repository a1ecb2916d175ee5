import Foundation
import Testing

@testable import Docs2SwiftCore

/// What a reader of the symbol pages gets (issue 18): asides, parameter entries, abstracts from
/// the Swift model, every public type curated on the landing page, resource types with an
/// overview. scripts/check-docs.sh checks the same on the built archive.
@Suite("Documentation a Swift developer reads")
struct DocsQualityTests {
  @Test("a paragraph that starts with Note: becomes a DocC aside; code blocks and sentences stay")
  func asides() {
    let text = "Leaves.\n\nNote: Transfer the projects first,\nthen leave.\n\n```\nNote: code\n```\n\nA Note: inside."
    #expect(
      DocComment.asides(text)
        == "Leaves.\n\n> Note: Transfer the projects first,\nthen leave.\n\n```\nNote: code\n```\n\nA Note: inside.")
    // Re-flowed into a comment, the quote's lazy continuation keeps the paragraph in the aside.
    #expect(DocComment.lines("Note: a b", width: 80) == ["/// > Note: a b"])
  }

  @Test("a parameter entry is the description's first paragraph, or says the reference has none")
  func parameterSummary() {
    #expect(SwiftDocumentation.parameterSummary("The ID\nof the org.\n\nMore.") == "The ID of the org.")
    #expect(SwiftDocumentation.parameterSummary("") == "The API reference does not describe it.")
    #expect(SwiftDocumentation.parameterSummary("```json\n{}\n```") == "The API reference does not describe it.")
    let property = SwiftProperty(
      documentedName: "organization_id", name: "organizationID", type: .named("String"), isOptional: false,
      isCoded: true, wireName: "organizationId", zeroValue: nil, documentation: "The org.", location: .body)
    #expect(
      SwiftDocumentation.memberwiseInitializer([property])
        == "Creates a value with these properties.\n\n- Parameters:\n  - organizationID: The org.")
  }

  @Test("an undescribed type's abstract comes from the model: response, property, resource, enum")
  func abstracts() {
    let filter = SwiftDeclaration(
      name: "Filter", folder: "", documentation: "", depth: 1, kind: .structure([]), nested: [])
    let property = SwiftProperty(
      documentedName: "filter", name: "filter", type: .nested(parents: ["ListParams"], name: "Filter"),
      isOptional: true, isCoded: true, wireName: "filter", zeroValue: nil, documentation: "", location: .body)
    let declarations = [
      SwiftDeclaration(
        name: "ListParams", folder: "Params", documentation: "The parameters.", depth: 0,
        kind: .structure([property]), nested: [filter]),
      SwiftDeclaration(
        name: "CreateResponse", folder: "Models", documentation: "", depth: 0, kind: .structure([]), nested: []),
      SwiftDeclaration(name: "Widget", folder: "Models", documentation: "", depth: 0, kind: .structure([]), nested: []),
      SwiftDeclaration(
        name: "Role", folder: "Models", documentation: "", depth: 0,
        kind: .enumeration([SwiftEnumConstant(name: "admin", rawValue: "ROLE_ADMIN")]), nested: []),
    ]
    let documented = SwiftDocumentation.withAbstracts(
      declarations, responses: ["CreateResponse": "widgets.create"], resourceTitles: ["Widget": "Widgets"])
    #expect(documented[0].documentation == "The parameters.")
    #expect(documented[0].nested[0].documentation == "The type of `ListParams.filter`.")
    #expect(documented[1].documentation == "The response of `widgets.create`.")
    #expect(documented[2].documentation == "A model of the Widgets resource.")
    #expect(documented[3].documentation == SwiftDocumentation.enumerationAbstract)
  }

  @Test("a shared type the reference writes in place says where it stands; one nothing holds says what it is")
  func sharedTypeAbstracts() {
    func holding(_ names: [String]) -> SwiftDeclaration.Kind {
      .structure(
        names.map {
          SwiftProperty(
            documentedName: $0, name: $0, type: .array(.named("Price")), isOptional: true, isCoded: true,
            wireName: $0, zeroValue: nil, documentation: "", location: .body)
        })
    }
    let item = SwiftDeclaration(
      name: "Item", folder: "", documentation: "", depth: 1, kind: holding(["price"]), nested: [])
    let shared: [SwiftDeclaration] = [
      SwiftDeclaration(name: "Price", folder: "Models", documentation: "", depth: 0, kind: .structure([]), nested: []),
      SwiftDeclaration(
        name: "Plan", folder: "Models", documentation: "Plan.", depth: 0, kind: holding(["price", "prices"]),
        nested: [item]),
      SwiftDeclaration(name: "Unused", folder: "Models", documentation: "", depth: 0, kind: .structure([]), nested: []),
    ]
    let documented = SwiftDocumentation.withAbstracts(shared, responses: [:], resourceTitles: [:])
    #expect(documented[0].documentation == "The type of `Plan.price`, `Plan.prices` and `Plan.Item.price`.")
    #expect(documented[2].documentation == "A model the API sends or receives.")
    let more = SwiftDeclaration(
      name: "Quote", folder: "Models", documentation: "Quote.", depth: 0, kind: holding(["a", "b"]), nested: [])
    let four = SwiftDocumentation.withAbstracts(shared + [more], responses: [:], resourceTitles: [:])
    #expect(four[0].documentation == "The type of `Plan.price`, `Plan.prices` and 3 more.")
  }

  @Test("the landing page curates every public type: the models and the runtime's")
  func landingCuratesEveryType() throws {
    let files = try emitFiles(try Pipeline.load(path: seedPath).api)
    let landing = try #require(files["Sources/Gitpod/Gitpod.docc/Gitpod.md"])
    let topics = try #require(landing.components(separatedBy: "\n## Topics\n").last)
    let curated = Set(
      topics.split(separator: "\n").filter { $0.hasPrefix("- ``") }.map {
        String($0.dropFirst(4).dropLast(2).split(separator: "/").last ?? "")
      })
    // Every top-level declaration of the client module's files.
    var declared: Set<String> = []
    for (path, text) in files where path.hasPrefix("Sources/Gitpod/") && path.hasSuffix(".swift") {
      for line in text.split(separator: "\n") {
        for kind in [
          "public struct ", "public enum ", "public indirect enum ", "public protocol ", "public typealias ",
        ]
        where line.hasPrefix(kind) {
          declared.insert(String(line.dropFirst(kind.count).prefix { $0.isLetter || $0.isNumber }))
        }
      }
    }
    #expect(declared.count > 100)
    #expect(declared.subtracting(curated).isEmpty, "not curated: \(declared.subtracting(curated).sorted())")
    #expect(
      curated.subtracting(declared).isEmpty, "curated but not declared: \(curated.subtracting(declared).sorted())")
    #expect(topics.contains("### Organizations Models\n"))
    #expect(topics.contains("- <doc:organizations-custom-domains-resource>"))
  }

  @Test("each resource type has an overview, a link to its article and its methods by operation")
  func resourceTypeExtensions() throws {
    let files = try emitFiles(try Pipeline.load(path: seedPath).api)
    let text = try #require(files["Sources/Gitpod/Gitpod.docc/Extensions/CustomDomainsResource.md"])
    #expect(
      text.hasPrefix("# ``CustomDomainsResource``\n\n## Overview\n\nReach it as `client.organizations.customDomains`."))
    #expect(text.contains("<doc:organizations-custom-domains-resource>"))
    #expect(
      text.contains(
        "### create\n\n- ``create(domainName:organizationID:awsAccountID:cloudAccountID:provider:options:)``\n"
          + "- ``create(_:options:)``\n- ``createWithResponse(_:options:)``\n"))
    // No heading below a page's title (a symbol link there) shows a code span.
    for (path, text) in files where path.hasSuffix(".md") && path.contains(".docc/") {
      for line in text.split(separator: "\n") where line.hasPrefix("##") {
        #expect(!line.contains("`"), "\(path): \(line)")
      }
    }
  }
}

extension DocsQualityTests {
  @Test("a method's page shows its first request example as Swift and tells one story of pagination")
  func methodPage() throws {
    let files = try emitFiles(try Pipeline.load(path: seedPath).api)
    let resource = try #require(files["Sources/Gitpod/Client/Resources/OrganizationsResource.swift"])
    #expect(
      resource.contains(
        """
          /// List active members:
          ///
          /// ```swift
          /// let page = try await client.organizations.listMembers(
          ///   organizationID: "b0e12f6c-4c67-429d-a4a6-d9838b5da047",
          ///   pagination: OrganizationListMembersParams.Pagination(pageSize: 20)
          /// )
          /// ```
        """))
    #expect(
      resource.contains(
        """
          ///   - token: Sent as a query parameter, not in the JSON body. Leave it out for the first page;
          ///     `nextPage()` and `allItems` send each next page's token.
        """))
    #expect(resource.contains("///   - pagination: `pagination` contains the pagination options for listing members."))
    // The same snippet is a function of the examples target, which compiles it.
    let examples = try #require(files["Sources/GitpodExamples/OrganizationsExamples.swift"])
    #expect(examples.contains("    let page = try await client.organizations.listMembers(\n"))
  }
}
