import Testing

@testable import Docs2SwiftCore

@Suite("Swift naming")
struct EmitNamingTests {
  @Test(
    "lowerCamelCase from snake_case, with abbreviations in capitals",
    arguments: [
      ("invite_accounts_with_matching_domain", "inviteAccountsWithMatchingDomain"),
      ("organization_id", "organizationID"),
      ("id", "id"),
      ("avatar_url", "avatarURL"),
      ("exclude_group_ids", "excludeGroupIDs"),
      ("nextToken", "nextToken"),
      ("SSOConfiguration", "ssoConfiguration"),
      ("2fa_enabled", "v2faEnabled"),
    ])
  func lowerCamel(input: String, expected: String) {
    #expect(SwiftNaming.lowerCamelCase(input) == expected)
  }

  @Test(
    "type names keep documented UpperCamelCase names and rename reserved ones",
    arguments: [
      ("SSOConfiguration", "SSOConfiguration"),
      ("filter", "Filter"),
      ("login_provider", "LoginProvider"),
      ("avatar_url", "AvatarURL"),
      ("Type", "TypeModel"),
      ("Data", "DataModel"),
      ("CodingKeys", "CodingKeysModel"),
    ])
  func typeNames(input: String, expected: String) {
    #expect(SwiftNaming.typeName(input) == expected)
  }

  @Test("keywords are escaped; names backticks cannot rescue get a suffix")
  func keywords() {
    #expect(SwiftNaming.escaped(SwiftNaming.propertyName("default")) == "`default`")
    #expect(SwiftNaming.escaped(SwiftNaming.propertyName("protocol")) == "`protocol`")
    #expect(SwiftNaming.propertyName("self") == "selfValue")
    #expect(SwiftNaming.propertyName("hash_value") == "hashValueValue")
    #expect(SwiftNaming.propertyName("description") == "description")
    #expect(SwiftNaming.enumCaseNames(["A_RAW_VALUE", "A_KNOWN_VALUES"]) == ["rawValueValue", "knownValuesValue"])
    #expect(SwiftNaming.escaped("name") == "name")
  }

  @Test("enum values lose their common prefix")
  func enumCases() {
    #expect(
      SwiftNaming.enumCaseNames([
        "ORGANIZATION_ROLE_UNSPECIFIED", "ORGANIZATION_ROLE_ADMIN", "ORGANIZATION_ROLE_MEMBER",
      ])
        == ["unspecified", "admin", "member"])
    #expect(SwiftNaming.enumCaseNames(["SORT_FIELD_NAME", "SORT_FIELD_DATE_JOINED"]) == ["name", "dateJoined"])
    #expect(SwiftNaming.enumCaseNames(["ONLY_VALUE"]) == ["onlyValue"])
    #expect(SwiftNaming.enumCaseNames(["A_DEFAULT", "A_SELF"]) == ["default", "selfValue"])
    #expect(SwiftNaming.enumCaseNames(["X_1", "X_2"]) == ["v1", "v2"])
  }

  @Test("clashing names get numbers in order")
  func uniquing() {
    #expect(SwiftNaming.uniqued(["fooID", "fooID", "bar", "fooID"]) == ["fooID", "fooID2", "bar", "fooID3"])
    #expect(SwiftNaming.uniqued(["Filter"], taken: ["Filter", "Filter2"]) == ["Filter3"])
  }

  @Test("string literal contents are escaped")
  func literals() {
    #expect(SwiftNaming.stringLiteralContents("a\"b\\c\nd") == #"a\"b\\c\nd"#)
  }

  @Test("doc comments wrap paragraphs and keep list items and code")
  func docComments() {
    let lines = DocComment.lines(
      "First paragraph with several words in it.\n\n- item one that is long enough to wrap around\n```\ncode  line\n```",
      width: 30)
    #expect(
      lines == [
        "/// First paragraph with",
        "/// several words in it.",
        "///",
        "/// - item one that is long",
        "///   enough to wrap around",
        "/// ```",
        "/// code  line",
        "/// ```",
      ])
  }
}
