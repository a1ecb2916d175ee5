import Testing

@testable import Docs2SwiftCore

@Suite struct OpenAPIExporterTests {
  let document: JSONValue

  init() throws {
    document = OpenAPIExporter.document(try Pipeline.load(path: seedPath).api)
  }

  @Test func everyMethodIsAnOperation() throws {
    let paths = try #require(document["paths"]?.objectMembers)
    #expect(paths.count == 35)
    let operations = paths.compactMap { $0.value["post"] }
    #expect(operations.count == 35)
    let ids = operations.compactMap { $0["operationId"] }
    #expect(Set(ids).count == 35)
    let listMembers = try #require(document["paths"]?["/gitpod.v1.OrganizationService/ListMembers"]?["post"])
    let parameters = try #require(listMembers["parameters"]?.arrayElements)
    #expect(parameters.map { $0["name"] } == [.string("token"), .string("pageSize")])
    #expect(parameters.allSatisfy { $0["in"] == .string("query") })
    let body = try #require(
      listMembers["requestBody"]?["content"]?["application/json"]?["schema"]?["properties"]?.objectMembers)
    #expect(body.map(\.key) == ["organizationId", "filter", "pagination", "sort"])
  }

  @Test func everyReferenceResolves() throws {
    let schemas = try #require(document["components"]?["schemas"]?.objectMembers)
    let names = Set(schemas.map(\.key))
    var references: [String] = []
    func collect(_ value: JSONValue) {
      switch value {
      case .object(let members):
        for member in members {
          if member.key == "$ref", case .string(let target) = member.value {
            references.append(target)
          } else {
            collect(member.value)
          }
        }
      case .array(let elements): elements.forEach(collect)
      default: break
      }
    }
    collect(document)
    #expect(!references.isEmpty)
    for reference in references {
      #expect(reference.hasPrefix("#/components/schemas/"))
      #expect(names.contains(String(reference.dropFirst("#/components/schemas/".count))), "\(reference)")
    }
  }

  @Test func theConfigShapesTheDocumentAsItDoesThePackage() throws {
    // The API as `generate` sees it: a method the config opens needs no credentials
    // (`security: []`), a header parameter is named as the config names it.
    let api = try Pipeline.load(path: repositoryRoot.appendingPathComponent("Tests/REST/acme.md").path).api
    let config = try GeneratorConfig.parse(
      "headerNames: betas=acme-beta\npublicMethods: widgets.list_all\n", path: "acme.yml")
    let document = OpenAPIExporter.document(api.locating(by: config).0)
    #expect(document["paths"]?["/v1/widgets/all"]?["get"]?["security"] == .array([]))
    #expect(document["paths"]?["/v1/widgets/offset"]?["get"]?["security"] == nil)
    let create = try #require(document["paths"]?["/v1/messages"]?["post"]?["parameters"]?.arrayElements)
    #expect(create.contains { $0["name"] == .string("acme-beta") && $0["in"] == .string("header") })
    #expect(OpenAPIExporter.document(api)["paths"]?["/v1/widgets/all"]?["get"]?["security"] == nil)
  }

  @Test func yamlAndJSONCarryTheSameDocument() throws {
    let api = try Pipeline.load(path: seedPath).api
    let json = OpenAPIExporter.render(api, format: .json)
    #expect(try JSONValue.parse(json) == document)
    let yaml = OpenAPIExporter.render(api, format: .yaml)
    #expect(yaml.hasPrefix("openapi: \"3.1.0\"\n"))
    #expect(yaml.contains("\n  \"/gitpod.v1.OrganizationService/ListMembers\":\n    post:\n"))
  }
}

@Suite struct OpenAPIExporterDuplicateTests {
  @Test func aDomainTypeDeclaredInTwoSectionsIsOneSchema() throws {
    let state = TypeDecl(name: "State", title: "State", kind: .enum, description: "", values: ["A", "B"])
    let api = APIDocument(
      title: "T",
      resources: [
        Resource(name: "a", path: ["a"], title: "A", types: [state]),
        Resource(name: "b", path: ["b"], title: "B", types: [state]),
      ])
    let schemas = try #require(OpenAPIExporter.document(api)["components"]?["schemas"]?.objectMembers)
    #expect(schemas.map(\.key) == ["State"])
  }
}
