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

  @Test("a list of objects reads element by element: a key the last element has begins the next")
  func listsOfObjects() throws {
    let query = ExampleQueryParameters(
      "items[][name]=a&items[][range][gte]=1&items[][range][lt]=2&items[][name]=b&items[][range][gte]=3"
        + "&items[][tags][]=x&items[][tags][]=y&items[][name]=c&limit=3")
    let items = try #require(try query.object("items", as: [Filter].self))
    #expect(
      items == [
        Filter(name: "a", range: Range(gte: 1, lt: 2)), Filter(name: "b", range: Range(gte: 3), tags: ["x", "y"]),
        Filter(name: "c"),
      ])
    // The newer SDKs index them (`items[0][name]=…`), lists inside them too.
    let indexed = ExampleQueryParameters(
      "items[1][name]=b&items[0][name]=a&items[0][tags][0]=x&items[0][tags][1]=y&items[1][range][gte]=3")
    #expect(
      try query.object("items", as: [Filter].self) != nil
        && indexed.object("items", as: [Filter].self) == [
          Filter(name: "a", tags: ["x", "y"]), Filter(name: "b", range: Range(gte: 3)),
        ])
    // An object whose keys are indices stays one where its type is an object.
    #expect(try ExampleQueryParameters("f[name]=n&f[0]=x").object("f", as: Filter.self)?.name == "n")
    // Its elements' members, not a list of texts: refused, named.
    let texts = ExampleQueryParameters("items[]=a&items[][name]=b")
    #expect(throws: ExampleRPCError.self) { try texts.object("items", as: [Filter].self) }
    do {
      _ = try ExampleQueryParameters("items[][range][gte]=1").object("items", as: [Filter].self)
      Issue.record("an element without its name was read")
    } catch let error as ExampleRPCError {
      #expect(error.message == "query parameter 'items' lacks the member 'items[0][name]'")
    }
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
