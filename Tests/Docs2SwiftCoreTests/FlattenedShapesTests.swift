import Testing

@testable import Docs2SwiftCore

/// Shapes whose flattened form a first reading got wrong (found in dodopayments 1.123.0's
/// flattened reference): each reference is read as written and flattened, and both must give
/// one API model.
@Suite struct FlattenedShapesTests {
  static func flatten(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

  @Test func aFieldOfAMapAliasListsItsUnionsMembers() throws {
    // `Metadata = Dict[str, Union[str, float, bool]]`: a field of it holds no fields but lists
    // `str`, `float`, `bool` under it, as the declaration does; they are no fields of the object
    // (read so, they closed it and every field after them was lost).
    let text = """
      # Customers

      ## Retrieve Customer

      `customers.retrieve(strid) -> Customer`

      **get** `/customers/{id}`

      ### Parameters

      - `id: str`

      ### Returns

      - `class Customer: …`
        - `id: str`
        - `contact: Contact` The customer's contact.
          - `email: str` Email address of the contact
          - `metadata: Optional[Metadata]` Additional metadata of the contact
            - `str`
            - `float`
            - `bool`
          - `phone_number: Optional[str]` Phone number of the contact
        - `is_active: bool`
        - `total: int`

      \(MoreStainlessShapesTests.pythonExample("customer = client.customers.retrieve(\"id\")"))
      ## Domain Types

      ### Metadata

      - `Metadata = Dict[str, Union[str, float, bool]]`
        - `str`
        - `float`
        - `bool`

      """
    let (_, flattened) = try MoreStainlessShapesTests.bothForms(text)
    let customer = try #require(flattened.allMethods.first?.returns)
    guard case .object(_, let fields) = customer else {
      Issue.record("the response is no class written in place: \(customer)")
      return
    }
    #expect(fields.map(\.name) == ["id", "contact", "is_active", "total"])
    let warnings = try Pipeline.parse(SourceFile(path: "ref.md", text: Self.flatten(text))).warnings
    #expect(!warnings.contains { $0.message.contains("inside a field list") }, "\(warnings.map(\.message))")
  }
}
