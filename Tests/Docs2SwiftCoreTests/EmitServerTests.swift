import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite("Server emitter")
struct EmitServerTests {
  static func seedOutput() throws -> PackageEmitter.Output {
    let api = try Pipeline.load(path: seedPath).api
    return try PackageEmitter.emit(api, renderer: TemplateRenderer())
  }

  @Test("one service protocol per resource, one requirement and route per operation")
  func servicesAndRoutes() throws {
    let api = try Pipeline.load(path: seedPath).api
    let files = Dictionary(uniqueKeysWithValues: try Self.seedOutput().files.map { ($0.path, $0.contents) })
    let services = [
      "OrganizationsService", "AnnouncementBannerService", "CustomDomainsService", "DomainVerificationsService",
      "InvitesService", "PoliciesService", "ScimConfigurationsService", "SSOConfigurationsService",
    ].map { "Gitpod" + $0 }
    for service in services {
      let text = try #require(
        files["Packages/GitpodServer/Sources/GitpodServer/Services/\(service).swift"], "\(service)")
      #expect(text.contains("public protocol \(service): Sendable {"))
      #expect(text.contains("extension \(service) where Self: GitpodUnimplementedByDefault {"))
    }
    let allServices = try #require(files["Packages/GitpodServer/Sources/GitpodServer/Services/GitpodServices.swift"])
    let routes = files.filter { $0.key.hasPrefix("Packages/GitpodServer/Sources/GitpodServer/Services/") }.values
      .joined()
    for method in api.allMethods {
      #expect(routes.contains("path: \"\(method.http.path)\""), "\(method.http.path)")
    }
    #expect(services.allSatisfy { allServices.contains("  \($0)") })
    let organizations = try #require(
      files["Packages/GitpodServer/Sources/GitpodServer/Services/GitpodOrganizationsService.swift"])
    #expect(organizations.contains("params.token = query.string(\"token\") ?? params.token"))
    #expect(organizations.contains("params.pageSize = try query.int(\"pageSize\") ?? params.pageSize"))
    #expect(
      organizations.contains(
        "    _ params: OrganizationListMembersParams, context: GitpodCallContext\n  ) async throws -> MembersPage"))
  }

  @Test("the client module does not depend on the server modules")
  func clientStaysIndependent() throws {
    let files = Dictionary(uniqueKeysWithValues: try Self.seedOutput().files.map { ($0.path, $0.contents) })
    // The server is a package of its own (issue 15); the client package depends on swift-log alone.
    let package = try #require(files["Packages/GitpodServer/Package.swift"])
    #expect(package.contains(#".executable(name: "gitpod-server", targets: ["gitpod-server"])"#))
    #expect(package.contains(#".package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0")"#))
    let clientPackage = try #require(files["Package.swift"])
    #expect(!clientPackage.contains("hummingbird") && !clientPackage.contains("swift-nio"))
    #expect(clientPackage.contains(#".package(url: "https://github.com/apple/swift-log", from: "1.16.2")"#))
    let clientSources = files.filter { $0.key.hasPrefix("Sources/Gitpod/") }.values
    #expect(!clientSources.contains { $0.contains("import GitpodServer") || $0.contains("import Hummingbird") })
    let serverCore = files.filter { $0.key.hasPrefix("Packages/GitpodServer/Sources/GitpodServer/") }.values
    #expect(!serverCore.contains { $0.contains("import Hummingbird") || $0.contains("import NIO") })
    // One header type across client and server: the client's, which the server core holds too.
    let router = try #require(files["Packages/GitpodServer/Sources/GitpodServer/Connect/ConnectRouter.swift"])
    #expect(router.contains("  public var headers: GitpodHTTPHeaderFields\n"))
    let http = try #require(files["Packages/GitpodServer/Sources/GitpodServer/Connect/ConnectHTTP.swift"])
    #expect(http.contains("  public var headers: GitpodHTTPHeaderFields\n"))
    #expect(!files.values.contains { $0.contains("ConnectHeaders") })
  }

  @Test("the mock answers with the documented examples; the last page has no next-page token")
  func mockExamples() throws {
    let api = try Pipeline.load(path: seedPath).api
    let files = Dictionary(uniqueKeysWithValues: try Self.seedOutput().files.map { ($0.path, $0.contents) })
    let examples = try #require(files["Packages/GitpodServer/Sources/GitpodMocks/GitpodMockExamples.swift"])
    #expect(examples.contains("public static let organizationsListMembersLastPage ="))
    let list = try #require(api.method("organizations.list_members"))
    let response = try #require(list.responseExample)
    #expect(response["pagination"]?["nextToken"] != nil)
    let lastPage = response.removing(path: ["pagination", "nextToken"])
    #expect(lastPage["pagination"]?["nextToken"] == nil)
    #expect(lastPage["members"] == response["members"])
    #expect(examples.contains(lastPage.printed().split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")))
    let mock = try #require(files["Packages/GitpodServer/Sources/GitpodMocks/GitpodMock.swift"])
    #expect(mock.contains("      params.pagination?.token,\n"))
  }

  @Test("--server-stubs writes one file per service, never over an existing one")
  func stubs() throws {
    let output = try Self.seedOutput()
    #expect(output.serverStubs.count == 8)
    #expect(output.serverStubs.map(\.path).contains("GitpodOrganizationsService+Implementation.swift"))
    let stub = try #require(output.serverStubs.first { $0.path == "GitpodOrganizationsService+Implementation.swift" })
    #expect(stub.contents.contains("extension ServerImplementation {"))
    #expect(stub.contents.contains("// TODO: implement organizations.list_members."))
    let folder = try makeTemporaryFolder("stubs")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let edited = folder + "/GitpodOrganizationsService+Implementation.swift"
    try "// mine\n".write(toFile: edited, atomically: true, encoding: .utf8)
    let first = try ServerStubWriter.write(output.serverStubs, to: folder)
    #expect(first.created.count == 7)
    #expect(first.kept == ["GitpodOrganizationsService+Implementation.swift"])
    #expect(try String(contentsOfFile: edited, encoding: .utf8) == "// mine\n")
    let second = try ServerStubWriter.write(output.serverStubs, to: folder)
    #expect(second.created.isEmpty)
    #expect(second.kept.count == 8)
  }

  @Test("a server template of an overlay that renders nothing is an error, not an empty file")
  func emptyServerTemplate() throws {
    let folder = try makeTemporaryFolder("templates")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "{{! nothing }}\n".write(toFile: folder + "/server-mock.mustache", atomically: true, encoding: .utf8)
    #expect(throws: DiagnosticError.self) { try emitFiles(sampleAPI(), templates: folder) }
  }

  @Test("the hardening tests probe a documented string field and enum field with wrong types")
  func fieldProbes() throws {
    let files = Dictionary(uniqueKeysWithValues: try Self.seedOutput().files.map { ($0.path, $0.contents) })
    let tests = try #require(files["Packages/GitpodServer/Tests/GitpodServerTests/ServerTests.swift"])
    // Each probe sends the field with a wrong value beside the operation's other required
    // members, to the operation's verb and path.
    #expect(tests.contains(#"let body = Self.adding("\"name\": " + value, to: others)"#))
    #expect(tests.contains("invalid JSON for OrganizationCreateParams: field 'name' must be a string"))
    #expect(tests.contains(#"let (method, path) = ("POST", "/gitpod.v1.OrganizationService/SetRole")"#))
    #expect(tests.contains(#"let body = Self.adding("\"role\": 5", to: others)"#))
    #expect(tests.contains("invalid JSON for OrganizationSetRoleParams: field 'role' must be a string"))
    let options = try #require(files["Packages/GitpodServer/Sources/gitpod-server/ServerOptions.swift"])
    #expect(options.contains(#"case "--request-timeout-ms": requestTimeoutMilliseconds = try number(argument)"#))
  }
}
