import ExampleKit
import ExampleKitServer
import Foundation
import Testing

/// Uploads as the Stainless SDKs send them (`multipart/form-data`), read back into the
/// parameters' types.
@Suite("Multipart forms")
struct MultipartFormTests {
  struct ExpiresAfter: Decodable, Equatable {
    var anchor: String
    var seconds: Int
  }

  struct Upload: Decodable, Equatable {
    var file: Data
    var purpose: String
    var amount: Int
    var live: Bool?
    var ratio: Double?
    var expiresAfter: ExpiresAfter?
    var tags: [String]?

    enum CodingKeys: String, CodingKey {
      case file, purpose, amount, live, ratio, tags
      case expiresAfter = "expires_after"
    }
  }

  static let boundary = "----docs2swift-test"

  /// A form of `(name, value, filename)` parts, as an HTTP client writes one.
  static func form(_ parts: [(String, String, String?)]) -> [UInt8] {
    var body = ""
    for (name, value, filename) in parts {
      body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
      if let filename { body += "; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream" }
      body += "\r\n\r\n\(value)\r\n"
    }
    return Array((body + "--\(boundary)--\r\n").utf8)
  }

  static var headers: ExampleHTTPHeaderFields {
    var headers = ExampleHTTPHeaderFields()
    headers.append("Content-Type", "multipart/form-data; boundary=\(boundary)")
    return headers
  }

  @Test("each part reads as its member's type: numbers, Bools, nested members, lists, files")
  func readsParts() throws {
    let body = Self.form([
      ("file", "hello\r\nworld", "notes.txt"), ("purpose", "123", nil), ("amount", "0", nil), ("live", "true", nil),
      ("ratio", "2.5", nil), ("expires_after[anchor]", "created_at", nil), ("expires_after[seconds]", "3600", nil),
      ("tags[]", "a", nil), ("tags[]", "b", nil),
    ])
    let upload = try ExampleMultipartForm.decode(Upload.self, body: body, headers: Self.headers)
    #expect(upload.file == Data("hello\r\nworld".utf8))
    // A text that looks like a number stays a string where the member is one.
    #expect(upload.purpose == "123")
    #expect(upload.amount == 0 && upload.live == true && upload.ratio == 2.5)
    #expect(upload.expiresAfter == ExpiresAfter(anchor: "created_at", seconds: 3600))
    #expect(upload.tags == ["a", "b"])
  }

  @Test("a file sent without a filename is its text's bytes, not base64; a list of files keeps each one's bytes")
  func fileWithoutAFilename() throws {
    // steel's SDK sends `user_data_dir=b"Example data"` as a text part; RFC 7578 makes a file's
    // name optional (`curl -F 'file=<notes.txt'`). "abcd" is base64 too: still its own bytes.
    struct Files: Decodable {
      var file: Data
      var others: [Data]
    }
    let body = Self.form([("file", "abcd", nil), ("others[]", "x\u{0}y", "a.bin"), ("others[]", "YWJj", nil)])
    let files = try ExampleMultipartForm.decode(Files.self, body: body, headers: Self.headers)
    #expect(files.file == Data("abcd".utf8))
    #expect(files.others == [Data("x\u{0}y".utf8), Data("YWJj".utf8)])
  }

  @Test("a list of objects reads element by element, files inside them too")
  func listsOfObjects() throws {
    // landingai's `classes: Iterable[Class]` (`classes[][class]=…`), kernel's
    // `files: Iterable[File]` whose `file` is a file (`files[][file]`): the SDKs' `brackets`.
    struct Class: Decodable, Equatable {
      var name: String?
      var description: String?
      var tags: [String]?
      enum CodingKeys: String, CodingKey {
        case description, tags
        case name = "class"
      }
    }
    struct Entry: Decodable, Equatable {
      var file: Data
      var destPath: String
      enum CodingKeys: String, CodingKey {
        case file
        case destPath = "dest_path"
      }
    }
    struct Form: Decodable {
      var classes: [Class]
      var files: [Entry]?
    }
    let body = Self.form([
      ("classes[][description]", "d", nil), ("classes[][class]", "a", nil), ("classes[][class]", "b", nil),
      ("classes[][tags][]", "x", nil), ("classes[][tags][]", "y", nil), ("classes[][class]", "c", nil),
      ("files[][file]", "x\u{0}y", "a.bin"), ("files[][dest_path]", "/a", nil), ("files[][file]", "z", "b.bin"),
      ("files[][dest_path]", "/b", nil),
    ])
    let form = try ExampleMultipartForm.decode(Form.self, body: body, headers: Self.headers)
    // A key the last element has already begins the next one.
    #expect(
      form.classes == [
        Class(name: "a", description: "d"), Class(name: "b", tags: ["x", "y"]), Class(name: "c"),
      ])
    #expect(
      form.files == [Entry(file: Data("x\u{0}y".utf8), destPath: "/a"), Entry(file: Data("z".utf8), destPath: "/b")])
    // The newer SDKs index them (`classes[0][class]`, `tags[0]`).
    let indexed = Self.form([
      ("classes[0][class]", "a", nil), ("classes[1][class]", "b", nil), ("classes[1][tags][0]", "x", nil),
      ("classes[0][description]", "d", nil), ("files[0][file]", "z", "b.bin"), ("files[0][dest_path]", "/b", nil),
    ])
    let read = try ExampleMultipartForm.decode(Form.self, body: indexed, headers: Self.headers)
    #expect(read.classes == [Class(name: "a", description: "d"), Class(name: "b", tags: ["x"])])
    #expect(read.files == [Entry(file: Data("z".utf8), destPath: "/b")])
    // A required list left out is empty: the SDKs send no part for an empty list.
    let none = Self.form([("files[0][file]", "z", "b.bin"), ("files[0][dest_path]", "/b", nil)])
    #expect(try ExampleMultipartForm.decode(Form.self, body: none, headers: Self.headers).classes == [])
    // An element without a required member is named by its index.
    let bad = Self.form([("classes[][class]", "a", nil), ("files[][dest_path]", "/a", nil)])
    do {
      _ = try ExampleMultipartForm.decode(Form.self, body: bad, headers: Self.headers)
      Issue.record("a list element without its file was read")
    } catch let error as ExampleRPCError {
      #expect(error.message == "invalid form for Form: the part 'files[0][file]' is required")
    }
  }

  @Test("an object or a list sent as one JSON text part reads as its members")
  func jsonTextParts() throws {
    // ImageKit's SDK: `customMetadata={"brand": "bar"}`, `extensions=[…]`.
    let body = Self.form([
      ("file", "x", "x.txt"), ("purpose", "{not json", nil), ("amount", "1", nil),
      ("expires_after", #" {"anchor": "created_at", "seconds": 60}"#, nil), ("tags", #"["a", "b"]"#, nil),
    ])
    let upload = try ExampleMultipartForm.decode(Upload.self, body: body, headers: Self.headers)
    #expect(upload.purpose == "{not json")
    #expect(upload.expiresAfter == ExpiresAfter(anchor: "created_at", seconds: 60))
    #expect(upload.tags == ["a", "b"])
    // Not JSON of the member's type: read as before, and refused.
    let bad = Self.form([
      ("file", "x", "x.txt"), ("purpose", "p", nil), ("amount", "1", nil), ("expires_after", "{}", nil),
    ])
    #expect(throws: ExampleRPCError.self) {
      try ExampleMultipartForm.decode(Upload.self, body: bad, headers: Self.headers)
    }
  }

  @Test("a missing or unreadable part is invalid_argument naming it")
  func namesTheBadPart() {
    func message(_ parts: [(String, String, String?)]) -> String? {
      do {
        _ = try ExampleMultipartForm.decode(Upload.self, body: Self.form(parts), headers: Self.headers)
        return nil
      } catch let error as ExampleRPCError {
        #expect(error.code == .invalidArgument)
        return error.message
      } catch {
        return "\(error)"
      }
    }
    #expect(message([("file", "x", "x"), ("purpose", "p", nil)])?.contains("the part 'amount' is required") == true)
    #expect(
      message([("file", "x", "x"), ("purpose", "p", nil), ("amount", "ten", nil)])?
        .contains("the part 'amount' has an invalid value") == true)
    #expect(
      message([
        ("file", "x", "x"), ("purpose", "p", nil), ("amount", "1", nil), ("expires_after[anchor]", "a", nil),
        ("expires_after[seconds]", "soon", nil),
      ])?.contains("'expires_after[seconds]'") == true)
    var noBoundary = ExampleHTTPHeaderFields()
    noBoundary.append("Content-Type", "multipart/form-data")
    #expect(throws: ExampleRPCError.self) {
      try ExampleMultipartForm.decode(Upload.self, body: Self.form([]), headers: noBoundary)
    }
  }

  @Test("a procedure reads a form only where it takes one, and merges the query into it")
  func procedures() throws {
    struct Params: Decodable, Sendable {
      var purpose: String
      var limit: Int?
    }
    let upload = ExampleUnaryProcedure(
      path: "/v1/files", operation: "files.create", params: Params.self, response: String.self,
      mergeQuery: { params, query in params.limit = try query.int("limit") ?? params.limit }, method: "POST",
      decodeForm: ExampleMultipartForm.decoder())
    let params = try upload.decodeParams(
      body: Self.form([("purpose", "batch", nil)]), query: ExampleQueryParameters("limit=2"), headers: Self.headers)
    #expect(params.purpose == "batch" && params.limit == 2)
    let jsonOnly = ExampleUnaryProcedure(
      path: "/v1/things", operation: "things.create", params: Params.self, response: String.self, method: "POST")
    #expect(throws: ExampleRPCError.self) {
      try jsonOnly.decodeParams(
        body: Self.form([("purpose", "batch", nil)]), query: ExampleQueryParameters(""), headers: Self.headers)
    }
    // JSON still reads where a form would.
    var json = ExampleHTTPHeaderFields()
    json.append("Content-Type", "application/json")
    let fromJSON = try upload.decodeParams(
      body: Array(#"{"purpose":"fine-tune"}"#.utf8), query: ExampleQueryParameters(""), headers: json)
    #expect(fromJSON.purpose == "fine-tune")
  }

  @Test("a raw body is the bytes of its one parameter; the others come from the query")
  func rawBody() throws {
    struct Params: Decodable {
      var contents: Data
      var path: String?
    }
    let write = ExampleUnaryProcedure(
      path: "/fs/{id}/write_file", operation: "fs.write_file", params: Params.self, response: String.self,
      mergeQuery: { params, query in params.path = query.string("path") ?? params.path }, method: "PUT",
      bodyField: "contents")
    var octets = ExampleHTTPHeaderFields()
    octets.append("Content-Type", "application/octet-stream")
    let bytes: [UInt8] = [0x00, 0xFF, 0x7B, 0x0D, 0x0A]  // NUL, 0xFF, "{", CRLF: no JSON, no text
    let params = try write.decodeParams(body: bytes, query: ExampleQueryParameters("path=%2Ftmp%2Fa"), headers: octets)
    #expect(params.contents == Data(bytes) && params.path == "/tmp/a")
    let empty = try write.decodeParams(body: [], query: ExampleQueryParameters(""), headers: octets)
    #expect(empty.contents.isEmpty && empty.path == nil)
    // Of any media type but JSON: spotted's `playlists.images.update` labels its bytes
    // `image/jpeg`, as its API does; the reference does not say.
    for contentType in ["image/jpeg", "text/plain; charset=utf-8", "audio/wav"] {
      var labelled = ExampleHTTPHeaderFields()
      labelled.append("Content-Type", contentType)
      let read = try write.decodeParams(body: bytes, query: ExampleQueryParameters(""), headers: labelled)
      #expect(read.contents == Data(bytes), "\(contentType)")
    }
    // An operation that takes JSON refuses bytes.
    let jsonOnly = ExampleUnaryProcedure(
      path: "/v1/things", operation: "things.create", params: Params.self, response: String.self, method: "POST")
    #expect(throws: ExampleRPCError.self) {
      try jsonOnly.decodeParams(body: bytes, query: ExampleQueryParameters(""), headers: octets)
    }
  }

  @Test("a body that is one parameter's value is read as that parameter; nothing may follow it")
  func parameterBody() throws {
    struct Params: Decodable {
      var body: String
      var domain: String?
    }
    let update = ExampleUnaryProcedure(
      path: "/translations/{domain}/{locale}", operation: "translations.update", params: Params.self,
      response: String.self, method: "PUT", mergePath: { params, path in params.domain = path["domain"] },
      jsonBodyField: "body")
    var json = ExampleHTTPHeaderFields()
    json.append("Content-Type", "application/json")
    let params = try update.decodeParams(
      body: Array(#""bonjour""#.utf8), query: ExampleQueryParameters(""), pathParameters: ["domain": "d"],
      headers: json)
    #expect(params.body == "bonjour" && params.domain == "d")
    // A value with members after it cannot smuggle them in as other parameters.
    #expect(throws: ExampleRPCError.self) {
      try update.decodeParams(
        body: Array(#""x", "domain": "evil""#.utf8), query: ExampleQueryParameters(""), headers: json)
    }
    #expect(throws: ExampleRPCError.self) {
      try update.decodeParams(body: Array("42".utf8), query: ExampleQueryParameters(""), headers: json)
    }
  }
}
