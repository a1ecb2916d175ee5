/// The generated client test for proto3 JSON's unset message fields (issue 15): a read's
/// documented response with every message field (object, timestamp, JSON value) below the top
/// level left out, as a proto3 JSON server sends it when they are unset. The test expects the
/// client to decode it; the Swift model makes those fields optional in responses
/// (`SwiftModelBuilder.objectDeclaration`, `isUnsetMessage`).
public struct ClientUnsetMessageTestView: Sendable, Hashable {
  public var call: ClientCallView
  /// A doc comment naming the left-out fields as JSON paths (`organization.createdAt`).
  public var docLines: [String]
}

extension ClientEmitter {
  /// The first read whose response example has a required message field below the top level,
  /// with those fields left out; nil when the API is not proto3 JSON.
  func unsetMessageTest(
    _ operations: [SwiftOperation], call: (SwiftOperation) -> ClientCallView?
  ) -> ClientUnsetMessageTestView? {
    guard model.zeroValueDefaults else { return nil }
    for operation in operations where operation.isReadOnly {
      guard var view = call(operation), let response = operation.responseExample,
        let returns = operation.method.returns, let fields = fields(of: returns)
      else { continue }
      var omitted: [String] = []
      let stripped = strippingUnsetMessages(response, fields: fields, path: [], omitted: &omitted)
      guard !omitted.isEmpty else { continue }
      view.response = JSONLiteralView(operation.method.enveloped(stripped))
      let text =
        "Left out, as a proto3 JSON server omits them when unset: "
        + omitted.map { "`\($0)`" }.joined(separator: ", ") + "."
      return ClientUnsetMessageTestView(call: view, docLines: DocComment.lines(text, width: 94))
    }
    return nil
  }

  /// The fields of an object type (documented, or written in place).
  private func fields(of type: TypeRef) -> [Field]? {
    switch type {
    case .object(_, let fields): return fields
    case .ref(let name):
      if let decl = model.documentedTypes[name], decl.kind == .object { return decl.fields }
      return model.methodObjects[name]
    default: return nil
    }
  }

  /// Whether a required field of `type` is a message: it has no proto3 zero value, so a
  /// server omits it when unset.
  private func isMessage(_ type: TypeRef) -> Bool {
    switch type {
    case .datetime, .any, .object: return true
    case .ref(let name): return model.documentedTypes[name].map { $0.kind == .object } ?? true
    default: return false
    }
  }

  private func strippingUnsetMessages(
    _ value: JSONValue, fields: [Field], path: [String], omitted: inout [String]
  ) -> JSONValue {
    guard case .object(let members) = value else { return value }
    var kept: [(key: String, value: JSONValue)] = []
    for member in members {
      guard let field = fields.first(where: { $0.jsonName == member.key }) else {
        kept.append(member)
        continue
      }
      if !path.isEmpty, field.required, isMessage(field.type) {
        omitted.append((path + [member.key]).joined(separator: "."))
        continue
      }
      if let inner = self.fields(of: field.type) {
        kept.append(
          (
            member.key,
            strippingUnsetMessages(member.value, fields: inner, path: path + [member.key], omitted: &omitted)
          ))
      } else {
        kept.append(member)
      }
    }
    return .object(kept)
  }
}

extension ClientUnsetMessageTestView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "call": .of(self.call)
    case "docLines": .of(self.docLines)
    default: nil
    }
  }
}
