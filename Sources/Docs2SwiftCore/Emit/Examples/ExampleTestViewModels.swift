/// View models of the generated test target: round trips of every documented example.
public struct RoundTripTestsView: Sendable, Hashable {
  public var moduleName: String
  /// The modules to import, sorted: Foundation, Testing and the generated module.
  public var imports: [String]
  public var cases: [RoundTripCaseView]
  public var hasCases: Bool
}

/// One example decoded into its generated type and encoded again.
public struct RoundTripCaseView: Sendable, Hashable {
  /// The test function's name: `organizationsCreateResponse`.
  public var functionName: String
  /// The test's display name, as the contents of a string literal.
  public var displayName: String
  /// The Swift type the example decodes into.
  public var typeName: String
  /// `#`, `##`…: the raw string delimiter that the JSON never contains.
  public var rawDelimiter: String
  /// The example, pretty-printed, one line each.
  public var jsonLines: [String]
  /// The JSON a round trip must give back when it differs from the example (members the
  /// reference does not document are dropped).
  public var expectedLines: [String]
  public var hasExpected: Bool
  /// `// $.count is not documented` comment lines.
  public var noteLines: [String]
}

/// The support-types tests: unknown enum values and nanosecond timestamps.
public struct SupportTestsView: Sendable, Hashable {
  public var moduleName: String
  /// The modules to import, sorted.
  public var imports: [String]
  /// An enum type of the API to check unknown values on; empty when the API has none.
  public var enumType: String
  public var enumKnownValue: String
  public var enumKnownRawValue: String
  public var hasEnum: Bool
}

extension RoundTripTestsView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "moduleName": .of(self.moduleName)
    case "imports": .of(self.imports)
    case "cases": .of(self.cases)
    case "hasCases": .of(self.hasCases)
    default: nil
    }
  }
}

extension RoundTripCaseView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "functionName": .of(self.functionName)
    case "displayName": .of(self.displayName)
    case "typeName": .of(self.typeName)
    case "rawDelimiter": .of(self.rawDelimiter)
    case "jsonLines": .of(self.jsonLines)
    case "expectedLines": .of(self.expectedLines)
    case "hasExpected": .of(self.hasExpected)
    case "noteLines": .of(self.noteLines)
    default: nil
    }
  }
}

extension SupportTestsView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "moduleName": .of(self.moduleName)
    case "imports": .of(self.imports)
    case "enumType": .of(self.enumType)
    case "enumKnownValue": .of(self.enumKnownValue)
    case "enumKnownRawValue": .of(self.enumKnownRawValue)
    case "hasEnum": .of(self.hasEnum)
    default: nil
    }
  }
}
