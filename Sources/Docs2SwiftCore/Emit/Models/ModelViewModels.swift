/// The values the templates render. Everything about the API — names, wire names, optionality,
/// zero values, escaping, documentation — is decided here in Swift; templates only lay it out.
///
/// The templates read these through `TemplateView.member(_:)`, written beside each type: every
/// member a template uses is a stored property answered there (Bool members drive sections,
/// arrays drive loops).

/// One generated declaration: a struct for an object, a RawRepresentable struct for an enum.
public struct TypeView: Sendable, Hashable {
  /// The Swift type name as declared (escaped if needed).
  public var name: String
  /// `public` or `package`.
  public var access: String
  /// `///` lines.
  public var docLines: [String]
  public var isObject: Bool
  public var isEnum: Bool
  public var isUnion = false

  // Objects
  public var properties: [PropertyView]
  /// Properties carried in the JSON (all of them, except method parameters sent elsewhere).
  public var codedProperties: [PropertyView]
  public var hasCodedProperties: Bool
  public var hasProperties: Bool
  /// The property holding the whole JSON value (one, or none): the struct decodes and encodes
  /// as that value, not as an object (a page that is its items array).
  public var wholeValue: [PropertyView] = []
  public var isWholeValue: Bool { !wholeValue.isEmpty }
  /// The memberwise initializer's parameters.
  public var initParameters: [InitParameterView]
  /// The memberwise initializer's `///` lines (its parameters from the properties' documentation),
  /// or for an enum, those of `init(rawValue:)`.
  public var initDocLines: [String] = []
  public var nestedTypes: [TypeView]
  /// The nested types' declarations, rendered and indented one level (Mustache's partial
  /// indentation is not reliable for multi-line output, so nesting is laid out in Swift).
  public var nestedDeclarations: [String] = []

  /// A property of it or of a type nested in it holds `Data` (an upload's bytes): its file
  /// imports Foundation.
  public var usesData = false

  // Enums
  public var enumValues: [EnumValueView]
  /// One value: its list literal's element takes no trailing comma (swift-format's rule for a
  /// single element on a line of its own).
  public var hasOneEnumValue: Bool { enumValues.count == 1 }

  // Unions
  /// Every member's case, in the reference's order.
  public var unionCases: [UnionCaseView] = []
  /// The cases the discriminator selects, and the others, tried in order when it selects none.
  public var discriminatedCases: [UnionCaseView] = []
  public var attemptedCases: [UnionCaseView] = []
  public var hasDiscriminator = false
  /// The discriminator's wire name as the contents of a string literal.
  public var discriminatorKey = ""
  /// The case keeping a value no member reads.
  public var unknownCase = ""
  public var jsonValueType = ""
  /// The runtime's union support: `GitpodUnion`.
  public var unionSupportType = ""

  static func union(
    name: String, access: String, docLines: [String], cases: [UnionCaseView], nestedTypes: [TypeView]
  ) -> TypeView {
    var view = TypeView(
      name: name, access: access, docLines: docLines, isObject: false, isEnum: false, properties: [],
      codedProperties: [], hasCodedProperties: false, hasProperties: false, initParameters: [],
      nestedTypes: nestedTypes, enumValues: [])
    view.isUnion = true
    view.unionCases = cases
    return view
  }

  static func object(
    name: String, access: String, docLines: [String], properties: [PropertyView], nestedTypes: [TypeView]
  ) -> TypeView {
    let coded = properties.filter(\.isCoded)
    let parameters = properties.enumerated().map { index, property in
      InitParameterView(
        name: property.name, label: property.label, type: property.type,
        hasDefault: !property.defaultValue.isEmpty, defaultValue: property.defaultValue,
        isLast: index == properties.count - 1)
    }
    return TypeView(
      name: name, access: access, docLines: docLines, isObject: true, isEnum: false, properties: properties,
      codedProperties: coded, hasCodedProperties: !coded.isEmpty, hasProperties: !properties.isEmpty,
      initParameters: parameters, nestedTypes: nestedTypes, enumValues: [])
  }

  static func enumeration(name: String, access: String, docLines: [String], values: [EnumValueView]) -> TypeView {
    TypeView(
      name: name, access: access, docLines: docLines, isObject: false, isEnum: true, properties: [],
      codedProperties: [], hasCodedProperties: false, hasProperties: false, initParameters: [], nestedTypes: [],
      enumValues: values)
  }
}

/// A case of a generated union: `case text(ChatCompletionContentPartText)`.
public struct UnionCaseView: Sendable, Hashable {
  /// Escaped if needed.
  public var name: String
  public var payloadType: String
  /// The discriminator's value selecting it, as the contents of a string literal.
  public var discriminatorValue: String
  public var docLines: [String]
  /// `self = try .name(container.decode(Payload.self))` is longer than a line.
  public var wrapsDecode = false
}

/// A stored property of a generated struct.
public struct PropertyView: Sendable, Hashable {
  /// As declared and used after `self.`: `organizationID`, `` `default` ``.
  public var name: String
  /// As an argument label (backticks are not needed there except for `inout`, `var`, `let`).
  public var label: String
  /// The declared type: `String`, `Bool?`, `[OrganizationRole]`.
  public var type: String
  /// The type without the optional: what is decoded.
  public var baseType: String
  /// The CodingKeys case (same as `name`).
  public var caseName: String
  /// The wire name as the contents of a Swift string literal.
  public var wireName: String
  /// True when the case name differs from the wire name, so the CodingKeys case needs a raw value.
  public var needsRawValue: Bool
  public var docLines: [String]
  public var isOptional: Bool
  /// Whether the property is sent/received in the JSON body.
  public var isCoded: Bool
  /// The Swift expression of the zero value to decode when a required field is missing; empty
  /// when a missing field is an error.
  public var zeroValue: String
  public var hasZeroValue: Bool
  /// What its initializer parameter defaults to (`nil`, `.text`); empty when none.
  public var defaultValue = ""
  /// What a property the body does not carry starts as when decoding: nil, or for a required
  /// path parameter its type's zero (the server sets it from the path).
  public var uncodedValue: String = "nil"
  /// `decode`, `decodeIfPresent`: the KeyedDecodingContainer method to call.
  public var decodeMethod: String
  /// Whether the decode statement is too long for one line and is wrapped after `(`.
  public var wrapsDecode: Bool
  /// Even after `=` the call is longer than a line: its arguments break too.
  public var wrapsDecodeArguments = false
}

public struct InitParameterView: Sendable, Hashable {
  public var name: String
  public var label: String
  public var type: String
  /// Whether the parameter has a default: `nil`, or a literal's only value (`.text`).
  public var hasDefault: Bool
  public var defaultValue = ""
  public var isLast: Bool
}

/// A documented value of an enum: `public static let admin = Self(rawValue: "ORGANIZATION_ROLE_ADMIN")`.
public struct EnumValueView: Sendable, Hashable {
  /// Escaped if needed.
  public var name: String
  /// The raw value as the contents of a Swift string literal.
  public var rawValue: String
  public var isLast: Bool
  /// `///` lines: the raw value.
  public var docLines: [String] = []
  /// Its declaration is longer than a line: the raw value goes on the next, as swift-format
  /// puts it.
  public var wraps = false
}

/// One generated source file with model declarations.
public struct ModelFileView: Sendable, Hashable {
  public var moduleName: String
  /// The file's top-level declarations, rendered with the `type` template.
  public var declarations: [String]
  /// A declaration holds `Data` (an upload's bytes).
  public var importsFoundation = false
}

/// `Package.swift` of the generated package.
public struct PackageView: Sendable, Hashable {
  public var packageName: String
  public var moduleName: String
  public var testModuleName: String
  public var hasTests: Bool
  /// The HTTP client: swift-log, the AsyncHTTPClient transport module and the client tests.
  public var hasClient = false
  public var asyncHTTPClientModuleName = ""
  public var clientTestModuleName = ""
  /// The server half (issue 5): the Connect module, the Hummingbird adapter, the executable and
  /// the server tests.
  public var hasServer = false
  public var serverModuleName = ""
  public var hummingbirdModuleName = ""
  /// The mocks' module and product, apart from the server library: `GitpodMocks`.
  public var mockModuleName = ""
  public var serverExecutableName = ""
  public var serverTestModuleName = ""
  /// The examples target (issue 6): every snippet of the documentation, compiled.
  public var hasExamples = false
  public var examplesModuleName = ""
  /// Whether the package depends on any other package (a stored value: templates see only
  /// stored properties).
  public var hasDependencies = false
  /// Whether the AsyncHTTPClient transport or the server are generated: packages of their own
  /// under `Packages/`.
  public var hasSidePackages = false
}

extension TypeView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "initDocLines": .of(self.initDocLines)
    case "name": .of(self.name)
    case "access": .of(self.access)
    case "docLines": .of(self.docLines)
    case "isObject": .of(self.isObject)
    case "isEnum": .of(self.isEnum)
    case "isUnion": .of(self.isUnion)
    case "unionCases": .of(self.unionCases)
    case "discriminatedCases": .of(self.discriminatedCases)
    case "attemptedCases": .of(self.attemptedCases)
    case "hasDiscriminator": .of(self.hasDiscriminator)
    case "discriminatorKey": .of(self.discriminatorKey)
    case "unknownCase": .of(self.unknownCase)
    case "jsonValueType": .of(self.jsonValueType)
    case "unionSupportType": .of(self.unionSupportType)
    case "properties": .of(self.properties)
    case "codedProperties": .of(self.codedProperties)
    case "wholeValue": .of(self.wholeValue)
    case "isWholeValue": .of(self.isWholeValue)
    case "hasCodedProperties": .of(self.hasCodedProperties)
    case "hasProperties": .of(self.hasProperties)
    case "initParameters": .of(self.initParameters)
    case "nestedTypes": .of(self.nestedTypes)
    case "nestedDeclarations": .of(self.nestedDeclarations)
    case "enumValues": .of(self.enumValues)
    case "hasOneEnumValue": .of(self.hasOneEnumValue)
    default: nil
    }
  }
}

extension UnionCaseView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "payloadType": .of(self.payloadType)
    case "discriminatorValue": .of(self.discriminatorValue)
    case "docLines": .of(self.docLines)
    case "wrapsDecode": .of(self.wrapsDecode)
    default: nil
    }
  }
}

extension PropertyView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "label": .of(self.label)
    case "type": .of(self.type)
    case "baseType": .of(self.baseType)
    case "caseName": .of(self.caseName)
    case "wireName": .of(self.wireName)
    case "needsRawValue": .of(self.needsRawValue)
    case "docLines": .of(self.docLines)
    case "isOptional": .of(self.isOptional)
    case "isCoded": .of(self.isCoded)
    case "zeroValue": .of(self.zeroValue)
    case "hasZeroValue": .of(self.hasZeroValue)
    case "uncodedValue": .of(self.uncodedValue)
    case "decodeMethod": .of(self.decodeMethod)
    case "wrapsDecode": .of(self.wrapsDecode)
    case "wrapsDecodeArguments": .of(self.wrapsDecodeArguments)
    default: nil
    }
  }
}

extension InitParameterView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "label": .of(self.label)
    case "type": .of(self.type)
    case "hasDefault": .of(self.hasDefault)
    case "defaultValue": .of(self.defaultValue)
    case "isLast": .of(self.isLast)
    default: nil
    }
  }
}

extension EnumValueView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "wraps": .of(self.wraps)
    case "docLines": .of(self.docLines)
    case "name": .of(self.name)
    case "rawValue": .of(self.rawValue)
    case "isLast": .of(self.isLast)
    default: nil
    }
  }
}

extension ModelFileView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "moduleName": .of(self.moduleName)
    case "declarations": .of(self.declarations)
    case "importsFoundation": .of(self.importsFoundation)
    default: nil
    }
  }
}

extension PackageView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "packageName": .of(self.packageName)
    case "moduleName": .of(self.moduleName)
    case "testModuleName": .of(self.testModuleName)
    case "hasTests": .of(self.hasTests)
    case "hasClient": .of(self.hasClient)
    case "asyncHTTPClientModuleName": .of(self.asyncHTTPClientModuleName)
    case "clientTestModuleName": .of(self.clientTestModuleName)
    case "hasServer": .of(self.hasServer)
    case "serverModuleName": .of(self.serverModuleName)
    case "hummingbirdModuleName": .of(self.hummingbirdModuleName)
    case "mockModuleName": .of(self.mockModuleName)
    case "serverExecutableName": .of(self.serverExecutableName)
    case "serverTestModuleName": .of(self.serverTestModuleName)
    case "hasExamples": .of(self.hasExamples)
    case "examplesModuleName": .of(self.examplesModuleName)
    case "hasDependencies": .of(self.hasDependencies)
    case "hasSidePackages": .of(self.hasSidePackages)
    default: nil
    }
  }
}
