import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Client emitter")
struct EmitClientTests {
  static func seedOutput() throws -> PackageEmitter.Output {
    let api = try Pipeline.load(path: seedPath).api
    return try PackageEmitter.emit(
      api, config: GeneratorConfig.discovered(forReference: seedPath), renderer: TemplateRenderer())
  }

  @Test("the seed's client: resource tree, runtime, AsyncHTTPClient module, tests")
  func seedFiles() throws {
    let output = try Self.seedOutput()
    let files = Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
    for path in [
      "Sources/Gitpod/GitpodClient.swift", "Sources/Gitpod/Client/ClientCore.swift",
      "Sources/Gitpod/Client/GitpodError.swift", "Sources/Gitpod/Client/Pagination.swift",
      "Sources/Gitpod/Client/Resources/CustomDomainsResource.swift",
      "Sources/Gitpod/Client/Resources/SSOConfigurationsResource.swift",
      "Packages/GitpodAsyncHTTPClient/Sources/GitpodAsyncHTTPClient/AsyncHTTPClientTransport.swift",
      "Packages/GitpodServer/Tests/GitpodClientTests/ClientRequestTests.swift",
      "Packages/GitpodServer/Tests/GitpodClientTests/ClientBehaviourTests.swift",
    ] {
      #expect(files[path] != nil, "\(path) is not generated")
    }
    let client = try #require(files["Sources/Gitpod/GitpodClient.swift"])
    #expect(client.contains(#"static let defaultBaseURL = URL(string: "https://app.gitpod.io/api")!"#))
    #expect(client.contains(#"static let apiKeyEnvironmentVariable = "GITPOD_API_KEY""#))
    #expect(client.contains(#"static let baseURLEnvironmentVariable = "GITPOD_BASE_URL""#))
    #expect(client.contains("public var organizations: OrganizationsResource"))
    let domains = try #require(files["Sources/Gitpod/Client/Resources/CustomDomainsResource.swift"])
    #expect(domains.contains("domainName: String,\n    organizationID: String,"))
    let organizations = try #require(files["Sources/Gitpod/Client/Resources/OrganizationsResource.swift"])
    #expect(organizations.contains("-> GitpodPage<MembersPage>"))
    #expect(organizations.contains(#"query.append("token", params.token)"#))
    #expect(organizations.contains(#"query.append("pageSize", params.pageSize)"#))
    #expect(organizations.contains("filter: OrganizationListMembersParams.Filter? = nil,"))
    let pagination = try #require(files["Sources/Gitpod/Client/Pagination.swift"])
    #expect(pagination.contains("var pageNextToken: String? { pagination?.nextToken }"))
    #expect(!output.warnings.contains { $0.message.contains("baseURL") })
  }

  @Test("client config keys parse and are checked")
  func configKeys() throws {
    let config = try GeneratorConfig.parse(
      """
      baseURL: https://api.example.com/v1
      sdkVersion: 1.2.3
      readOnlyOperations: VerifyDomain, SearchThings
      writeOperations: GetAndIncrement
      """, path: "cfg.yml")
    #expect(config.baseURL == "https://api.example.com/v1")
    #expect(config.sdkVersion == "1.2.3")
    #expect(config.readOnlyOperations == ["VerifyDomain", "SearchThings"])
    #expect(config.writeOperations == ["GetAndIncrement"])
    #expect(throws: DiagnosticError.self) { try GeneratorConfig.parse("baseURL: not a url", path: "cfg.yml") }
    #expect(throws: DiagnosticError.self) { try GeneratorConfig.parse("readOnlyOperations: a-b", path: "cfg.yml") }
    #expect(try GeneratorConfig.discovered(forReference: seedPath).baseURL == "https://app.gitpod.io/api")
    #expect(try GeneratorConfig.discovered(forReference: "/nonexistent/api.md") == GeneratorConfig())
  }

  @Test("without a baseURL in the config the client defaults to localhost")
  func noBaseURL() throws {
    let output = try PackageEmitter.emit(sampleAPI(), renderer: TemplateRenderer())
    let files = Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
    let client = try #require(files["Sources/\(output.moduleName)/\(output.clientName).swift"])
    #expect(client.contains(#"URL(string: "http://localhost:8080")!"#))
  }
}
