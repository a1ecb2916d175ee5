import Testing

@testable import Docs2SwiftCore

@Suite struct NormalizerTests {
  func normalize(_ text: String) -> NormalizedDocument {
    Normalizer.normalize(SourceFile(path: "t.md", text: text))
  }

  @Test func restoresBlocksOfAFlattenedReference() {
    let doc = normalize(
      "# Things ## GetThing `things.get(ThingGetParams**kwargs) -> Thing` **post** `/v1/Get` Gets a thing. Use this method to: - Read it - Check it ### Examples - Get one: Gets a thing. ```yaml id: \"1\" ``` ### Parameters - `id: str` id is the ID - `kind: Optional[Literal[\"A\", \"B\"]]` - `\"A\"` - `\"B\"` ### Returns - `object` ### Example ```python print(1) ``` #### Response ```json {} ```"
    )
    #expect(doc.wasFlattened)
    #expect(
      doc.text == """
        # Things

        ## GetThing

        `things.get(ThingGetParams**kwargs) -> Thing`

        **post** `/v1/Get`

        Gets a thing.

        Use this method to:

        - Read it
        - Check it

        ### Examples

        - Get one: Gets a thing.
          ```yaml
          id: "1"
          ```

        ### Parameters

        - `id: str` id is the ID
        - `kind: Optional[Literal["A", "B"]]`
        - `"A"`
        - `"B"`

        ### Returns

        - `object`

        ### Example

        ```python
        print(1)
        ```

        #### Response

        ```json
        {}
        ```

        """)
  }

  @Test func headingsInsideDescriptionsStayText() {
    let doc = normalize(
      "# Things ## Get `t.get(P**kwargs) -> object` **post** `/x` ### Parameters - `at: datetime` A Timestamp. # Examples Example 1: Compute `time()`. # JSON Mapping In JSON format, a string. - `b: str`"
    )
    #expect(
      doc.text.contains(
        "- `at: datetime` A Timestamp. # Examples Example 1: Compute `time()`. # JSON Mapping In JSON format, a string.\n- `b: str`"
      ))
  }

  /// An enum value item is its code span alone (the reference never describes one), so a
  /// quoted value in prose, followed by text, stays in the description (m3ter's
  /// `credit_application_order`); one followed by the next item is still an item.
  @Test func aValueFollowedByTextIsProse() {
    let doc = normalize(
      "# Things ## Get `t.get(P**kwargs) -> object` **post** `/x` ### Parameters - `order: Optional[List[Literal[\"A\", \"B\"]]]` Four options: - `\"A\",\"B\"`. A first. - `\"B\"`. Only B. **NOTES:** none. - `\"A\"` - `\"B\"` - `b: str`"
    )
    #expect(
      doc.text.contains(
        """
        - `order: Optional[List[Literal["A", "B"]]]` Four options: - `"A","B"`. A first. - `"B"`. Only B. **NOTES:** none.
        - `"A"`
        - `"B"`
        - `b: str`
        """))
  }

  @Test func mapsOffsetsBackToTheFlattenedLine() {
    let text = "# Things ## Get `t.get(P**kwargs) -> object` **post** `/x` ### Parameters - `a: str`"
    let doc = normalize(text)
    let normalizedOffset = Array(doc.text.utf8).firstIndex(of: UInt8(ascii: "a"))!
    let sourceOffset = doc.sourceOffset(ofNormalizedOffset: normalizedOffset)
    #expect(Array(text.utf8)[sourceOffset] == UInt8(ascii: "a"))
  }

  @Test func structuredInputPassesThroughWithLFLineEndings() {
    let doc = normalize("\u{FEFF}# A\r\n\r\ntext\rmore\n")
    #expect(!doc.wasFlattened)
    #expect(doc.text == "# A\n\ntext\nmore\n")
  }
}
