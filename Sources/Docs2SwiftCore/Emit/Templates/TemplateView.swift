/// A view model the templates read: it answers each member a tag names with its value, directly
/// (a `switch` over the names of its stored properties, written beside the type). View models
/// hold values and templates lay them out; this is only how a template reaches the values,
/// without `Mirror` (reflecting every view object cost a third of `generate`'s instructions).
///
/// Every stored property a template may name must be answered. Debug builds check it: a name a
/// view does not answer but has as a stored property stops the run (the tests render every
/// template), so a property added without its `case` cannot go unnoticed.
protocol TemplateView {
  /// The value of the stored property `name`; nil when there is none, or it is an empty
  /// optional (the lookup then goes on in the enclosing contexts, as Mustache's does).
  func member(_ name: String) -> TemplateValue?
}

/// What a tag finds: text, a flag (sections), a list (loops) or a nested view.
enum TemplateValue {
  case text(String)
  case flag(Bool)
  case list([TemplateValue])
  case view(any TemplateView)

  /// Whether a section renders (an inverted one renders when this is false): text and views
  /// always do, as in Mustache, where only false and empty lists are false.
  var isTruthy: Bool {
    switch self {
    case .flag(let flag): flag
    case .list(let elements): !elements.isEmpty
    case .text, .view: true
    }
  }

  /// The value's text, for `{{name}}`.
  func write(into out: inout [UInt8]) {
    switch self {
    case .text(let text): out.append(contentsOf: text.utf8)
    case .flag(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .list(let elements): out.append(contentsOf: String(describing: elements).utf8)
    case .view(let view): out.append(contentsOf: String(describing: view).utf8)
    }
  }

  /// A member of this value when it is a view; text, flags and lists have none.
  func member(_ name: String) -> TemplateValue? {
    guard case .view(let view) = self else { return nil }
    let value = view.member(name)
    #if DEBUG
      if value == nil { Self.checkAnswered(name, of: view) }
    #endif
    return value
  }

  #if DEBUG
    /// Stops when `view` has a stored property `name` that it did not answer with a value.
    static func checkAnswered(_ name: String, of view: any TemplateView) {
      for child in Mirror(reflecting: view).children where child.label == name {
        if let optional = child.value as? any OptionalProtocol, optional.isNone { return }
        preconditionFailure("\(type(of: view)).member(_:) does not answer its stored property '\(name)'")
      }
    }
  #endif

  static func of(_ text: String) -> TemplateValue? { .text(text) }
  static func of(_ flag: Bool) -> TemplateValue? { .flag(flag) }
  static func of(_ number: Int) -> TemplateValue? { .text(String(number)) }
  static func of(_ texts: [String]) -> TemplateValue? { .list(texts.map { .text($0) }) }
  static func of(_ views: [some TemplateView]) -> TemplateValue? { .list(views.map { .view($0) }) }
  static func of(_ view: some TemplateView) -> TemplateValue? { .view(view) }
  static func of(_ view: (some TemplateView)?) -> TemplateValue? { view.map { .view($0) } }
}

#if DEBUG
  private protocol OptionalProtocol {
    var isNone: Bool { get }
  }

  extension Optional: OptionalProtocol {
    fileprivate var isNone: Bool { self == nil }
  }
#endif
