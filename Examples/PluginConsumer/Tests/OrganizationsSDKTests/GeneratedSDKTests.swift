import Foundation
import OrganizationsSDK
import Testing

@Suite struct GeneratedSDKTests {
  @Test func generatedModelsDecodeTheDocumentedResponse() throws {
    let json = Data(#"{"banner": {"organizationId": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", "enabled": true, "message": "message"}}"#.utf8)
    let response = try JSONDecoder().decode(AnnouncementBannerGetResponse.self, from: json)
    #expect(response.banner.enabled == true)
    #expect(Gitpod.documentationURL.hasPrefix("https://"))
  }
}
