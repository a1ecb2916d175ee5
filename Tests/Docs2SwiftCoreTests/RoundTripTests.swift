import Foundation
import Testing

@testable import Docs2SwiftCore

@Suite struct RoundTripTests {
  @Test func flattenedFormatParseGivesTheSameIR() throws {
    let flattened = try Pipeline.load(path: seedPath)
    let formatted = ReferenceFormatter.format(flattened.reference)
    #expect(formatted.split(separator: "\n").count > 1500, "format writes one block per line")
    let reparsed = try parseReference(formatted, name: "formatted.md")
    #expect(reparsed.reference.wasFlattened == false)
    #expect(IRExport.json(reparsed.api) == IRExport.json(flattened.api))
    #expect(ReferenceFormatter.format(reparsed.reference) == formatted, "format is idempotent")
  }

  @Test func formatIndentsNestedFieldsAndYAML() throws {
    let formatted = ReferenceFormatter.format(try Pipeline.load(path: seedPath).reference)
    #expect(
      formatted.contains(
        "\n- `pagination: Optional[Pagination]` pagination contains the pagination options for listing members\n  - `token: Optional[str]`"
      ))
    #expect(
      formatted.contains(
        "  ```yaml\n  organizationId: \"b0e12f6c-4c67-429d-a4a6-d9838b5da047\"\n  pagination:\n    pageSize: 20\n  ```")
    )
  }

  @Test func dumpIsDeterministic() throws {
    let first = IRExport.json(try Pipeline.load(path: seedPath).api)
    let second = IRExport.json(try Pipeline.load(path: seedPath).api)
    #expect(first == second)
  }
}
