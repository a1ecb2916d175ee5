/// The `curl` call a method's description shows (`curl … -H 'Authorization: APIKey 1234' -F
/// "file=@invoice.pdf"`): the text after the first `curl `, read for what the request sends.
struct CurlCall {
  let arguments: Substring

  /// The call in `text`, or nil where it shows none.
  init?(in text: String) {
    guard let call = text.range(of: "curl ") else { return nil }
    arguments = text[call.upperBound...]
  }

  /// The form fields it uploads as files: `-F "file=@invoice.pdf"` or `--form 'file=@a.pdf'` →
  /// `file`.
  var formFiles: Set<String> {
    let form = #/(?:-F|--form)\s+["']?([A-Za-z_][A-Za-z0-9_]*)=@/#
    return Set(arguments.matches(of: form).map { String($0.output.1) })
  }

  /// The schemes of the `Authorization` headers it sends, in its order (`APIKey` for
  /// `-H 'Authorization: APIKey 1234_abcd...'`): a scheme followed by its credentials, not a
  /// placeholder (`<auth-scheme>`).
  var authorizationSchemes: [Substring] {
    var schemes: [Substring] = []
    var rest = arguments
    while let range = rest.range(of: "Authorization: ") {
      rest = rest[range.upperBound...]
      let scheme = rest.prefix { $0.isASCII && $0.isLetter }
      guard !scheme.isEmpty, rest.dropFirst(scheme.count).first == " " else { continue }
      schemes.append(scheme)
    }
    return schemes
  }
}
