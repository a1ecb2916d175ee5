import ExampleKit
import ExampleKitServer
import Foundation
import Testing

/// Object query parameters as the Stainless SDKs send them (`filter[range][gte]=1`), read back
/// into their types.
@Suite("Object query parameters")
struct QueryObjectsTests {
  struct Range: Decodable, Equatable {
    var gte: Int?
    var lt: Double?
  }

  struct Level: RawRepresentable, Decodable, Hashable {
    var rawValue: String
  }

  struct Filter: Decodable, Equatable {
    var name: String
    var range: Range?
    var tags: [String]?
    var after: ExampleTimestamp?
    var active: Bool?
    var level: Level?
    var extra: ExampleJSONValue?
  }

  @Test("members, nested members, lists, timestamps, enums and any JSON read as their types")
  func readsMembers() throws {
    let query = ExampleQueryParameters(
      "filter%5Bname%5D=a%20b&filter[range][gte]=1&filter[range][lt]=2.5&filter[tags][]=x&filter[tags][]=y"
        + "&filter[after]=2019-12-27T18:11:19.117Z&filter[active]=true&filter[level]=high&filter[extra]=12&limit=3")
    let filter = try #require(try query.object("filter", as: Filter.self))
    #expect(filter.name == "a b")
    #expect(filter.range == Range(gte: 1, lt: 2.5))
    #expect(filter.tags == ["x", "y"])
    #expect(filter.after == ExampleTimestamp(rfc3339: "2019-12-27T18:11:19.117Z"))
    #expect(filter.active == true)
    #expect(filter.level == Level(rawValue: "high"))
    #expect(filter.extra == .number(12))
    #expect(try query.object("missing", as: Filter.self) == nil)
    // Repeated, and comma-separated where the API's format is `comma`.
    let repeated = try query.object("f", as: Filter.self)
    #expect(repeated == nil)
    let comma = ExampleQueryParameters("f[name]=n&f[tags]=x,y")
    #expect(try comma.object("f", as: Filter.self, commaSeparated: true)?.tags == ["x", "y"])
    #expect(try comma.object("f", as: Filter.self)?.tags == ["x,y"])
    let again = ExampleQueryParameters("f[name]=n&f[tags]=x&f[tags]=y")
    #expect(try again.object("f", as: Filter.self)?.tags == ["x", "y"])
  }

  @Test("a member its type does not read, or a missing required one, is invalid_argument, named")
  func invalidMembers() {
    for (text, message) in [
      ("filter[range][gte]=1", "query parameter 'filter' lacks the member 'filter[name]'"),
      ("filter[name]=a&filter[range][gte]=many", "query parameter 'filter' has an invalid 'filter[range][gte]'"),
      ("filter[name]=a&filter[active]=yes", "query parameter 'filter' has an invalid 'filter[active]'"),
    ] {
      do {
        _ = try ExampleQueryParameters(text).object("filter", as: Filter.self)
        Issue.record("'\(text)' was read")
      } catch let error as ExampleRPCError {
        #expect(error.code == .invalidArgument)
        #expect(error.message == message)
      } catch {
        Issue.record("unexpected error \(error)")
      }
    }
  }
}
