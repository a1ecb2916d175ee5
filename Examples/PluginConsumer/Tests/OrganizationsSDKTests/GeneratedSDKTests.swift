import Foundation
import OrganizationsSDK
import Testing

@Suite struct GeneratedSDKTests {
  @Test func generatedModelsDecodeTheDocumentedResponse() throws {
    let json = Data(#"{"banner": {"organizationId": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", "enabled": true, "message": "message"}}"#.utf8)
    let response = try JSONDecoder().decode(AnnouncementBannerGetResponse.self, from: json)
    #expect(response.banner?.enabled == true)
    #expect(GitpodClient.documentationURL.hasPrefix("https://"))
  }

  @Test func theClientCallsALoopbackServer() async throws {
    let server = try LoopbackServer(
      responseBody: #"{"banner": {"organizationId": "b0e12f6c-4c67-429d-a4a6-d9838b5da047", "enabled": true, "message": "Maintenance"}}"#)
    let client = GitpodClient(apiKey: "test-token", baseURL: URL(string: "http://127.0.0.1:\(server.port)")!, environment: [:])
    let response = try await client.organizations.announcementBanner.get(organizationID: "b0e12f6c-4c67-429d-a4a6-d9838b5da047")
    #expect(response.banner?.message == "Maintenance")
    let request = try #require(server.receivedRequests.first)
    #expect(request.hasPrefix("POST /gitpod.v1.OrganizationService/GetAnnouncementBanner HTTP/1.1\r\n"))
    #expect(request.lowercased().contains("authorization: bearer test-token"))
    #expect(request.hasSuffix(#"{"organizationId":"b0e12f6c-4c67-429d-a4a6-d9838b5da047"}"#))
  }
}
