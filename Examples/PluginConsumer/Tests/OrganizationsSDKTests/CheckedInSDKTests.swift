import CheckedInSDK
import Foundation
import Testing

@Suite struct CheckedInSDKTests {
  @Test func checkedInModelsDecodeTheDocumentedResponse() throws {
    let json = Data(#"{"banner": {"organizationId": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e", "enabled": false}}"#.utf8)
    let response = try JSONDecoder().decode(AnnouncementBannerGetResponse.self, from: json)
    #expect(response.banner?.enabled == false)
    #expect(GitpodClient.checkedIn)
  }
}
