extension TypeView {
  /// The view of a declaration of the Swift model, its nested declarations included.
  init(_ declaration: SwiftDeclaration, access: String) {
    let docLines = Self.docLines(declaration.documentation, depth: declaration.depth)
    switch declaration.kind {
    case .enumeration(let constants):
      self = .enumeration(
        name: declaration.name, access: access, docLines: docLines,
        values: constants.enumerated().map { index, constant in
          var value = EnumValueView(
            name: SwiftNaming.escaped(constant.name), rawValue: SwiftNaming.stringLiteralContents(constant.rawValue),
            isLast: index == constants.count - 1,
            docLines: Self.docLines(SwiftDocumentation.enumConstant(constant.rawValue), depth: declaration.depth + 1))
          value.wraps = SwiftLayout.overflows(
            SwiftLayout.indent(declaration.depth + 1)
              + "\(access) static let \(value.name) = Self(rawValue: \"\(value.rawValue)\")")
          return value
        })
      initDocLines = Self.docLines(SwiftDocumentation.rawValueInitializer, depth: declaration.depth + 1)
    case .structure(let properties):
      let depth = declaration.depth
      self = .object(
        name: declaration.name, access: access, docLines: docLines,
        properties: properties.map { PropertyView($0, depth: depth + 1) },
        nestedTypes: declaration.nested.map { TypeView($0, access: access) })
      initDocLines = Self.docLines(SwiftDocumentation.memberwiseInitializer(properties), depth: depth + 1)
      if let whole = declaration.wholeValueProperty {
        wholeValue = self.properties.filter { $0.name == SwiftNaming.escaped(whole) }
        codedProperties = []
        hasCodedProperties = false
      }
      usesData = properties.contains { $0.type.mentions("Data") } || nestedTypes.contains(where: \.usesData)
    case .union(let union):
      let depth = declaration.depth
      let cases = union.cases.map { unionCase in
        var view = UnionCaseView(
          name: SwiftNaming.escaped(unionCase.name), payloadType: unionCase.payload.local,
          discriminatorValue: SwiftNaming.stringLiteralContents(unionCase.discriminatorValue ?? ""),
          docLines: Self.docLines(unionCase.documentation, depth: depth + 1))
        view.wrapsDecode = SwiftLayout.overflows(
          SwiftLayout.indent(depth + 3) + "self = try .\(view.name)(container.decode(\(view.payloadType).self))")
        return view
      }
      self = .union(
        name: declaration.name, access: access, docLines: docLines, cases: cases,
        nestedTypes: declaration.nested.map { TypeView($0, access: access) })
      discriminatedCases = zip(union.cases, cases).filter { $0.0.discriminatorValue != nil }.map(\.1)
      attemptedCases = union.attempted.compactMap { name in
        cases.first { $0.name == SwiftNaming.escaped(name) }
      }
      discriminatorKey = SwiftNaming.stringLiteralContents(union.discriminator ?? "")
      hasDiscriminator = union.discriminator != nil
      unknownCase = SwiftNaming.escaped(union.unknownCase)
      jsonValueType = union.jsonValueType
      unionSupportType = union.supportType
      usesData =
        union.cases.contains { $0.payload.mentions("Data") } || nestedTypes.contains(where: \.usesData)
    }
  }

  /// Documentation is wrapped at 100 columns (less deep inside nested types), well inside the
  /// line length.
  static func docLines(_ description: String, depth: Int) -> [String] {
    DocComment.lines(description, width: max(60, 100 - 2 * depth))
  }
}

extension PropertyView {
  /// `depth`: the nesting depth of the property's declaration, plus one.
  init(_ property: SwiftProperty, depth: Int) {
    let name = SwiftNaming.escaped(property.name)
    let baseType = property.type.local
    let decodeMethod = property.isOptional || property.zeroValue != nil ? "decodeIfPresent" : "decode"
    let oneLine =
      "self.\(name) = try container.\(decodeMethod)(\(baseType).self, forKey: .\(name))"
      + (property.zeroValue.map { " ?? \($0.expression)" } ?? "")
    self.init(
      name: name, label: property.label, type: baseType + (property.isOptional ? "?" : ""), baseType: baseType,
      caseName: name, wireName: SwiftNaming.stringLiteralContents(property.wireName),
      needsRawValue: property.name != property.wireName,
      docLines: TypeView.docLines(property.documentation, depth: depth),
      isOptional: property.isOptional, isCoded: property.isCoded, zeroValue: property.zeroValue?.expression ?? "",
      hasZeroValue: property.zeroValue != nil, decodeMethod: decodeMethod,
      wrapsDecode: SwiftLayout.overflows(SwiftLayout.indent(depth + 1) + oneLine))
    // Wrapped after `=` and still too long: the arguments go on a line of their own too.
    let call =
      "try container.\(decodeMethod)(\(baseType).self, forKey: .\(name))"
      + (property.zeroValue.map { " ?? \($0.expression)" } ?? "")
    wrapsDecodeArguments = wrapsDecode && SwiftLayout.overflows(SwiftLayout.indent(depth + 2) + call)
    defaultValue = property.initDefault ?? ""
    if !property.isOptional && !property.isCoded, let value = property.uncodedValue {
      uncodedValue = value
    }
  }
}
