/// One change to the API between two references (or recorded generations), located in the new
/// one and classified by what it does to code that uses the generated Swift SDK.
public struct APIChange: Sendable, Hashable {
  /// What the change does to users of the generated SDK.
  public enum Impact: String, Sendable, Hashable, Comparable, CaseIterable {
    /// No change to the Swift API: documentation, examples, or what goes on the wire under the
    /// same Swift names (an HTTP path, a JSON name).
    case none
    /// New API; every program that compiled still compiles.
    case additive
    /// Some program that compiled no longer compiles (or reads a different type).
    case breaking

    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Impact, rhs: Impact) -> Bool { lhs.rank < rhs.rank }
  }

  /// `method-removed`, `parameter-added`, `field-now-optional`, … (docs/api-diff.md lists them).
  public var kind: String
  public var impact: Impact
  /// In the reference's terms: "parameter `organization_id` of `organizations.create` added (required)".
  public var message: String
  /// In the generated Swift's terms: why it has this impact.
  public var swift: String
  /// In the new reference (nil when the new side is a recorded package).
  public var location: SourceLocation?
}

/// The semantic-version bump a set of changes needs.
public enum VersionBump: String, Sendable, Hashable, Comparable, CaseIterable {
  case none, patch, minor, major

  public static func < (lhs: VersionBump, rhs: VersionBump) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }

  /// From 1.0.0 on: breaking → major, additive → minor, anything else → patch.
  public static func required(by changes: [APIChange]) -> VersionBump {
    guard let worst = changes.map(\.impact).max() else { return .none }
    switch worst {
    case .breaking: return .major
    case .additive: return .minor
    case .none: return .patch
    }
  }

  /// The version after `current` (`MAJOR.MINOR.PATCH`, pre-release and build suffixes dropped).
  /// Before 1.0.0 (SemVer §4: anything may change) the bumps shift down one place, as Cargo and
  /// SwiftPM's `from:` ranges read them: breaking → 0.(y+1).0, additive or none → 0.y.(z+1).
  public func next(after current: String) -> String? {
    let core = current.split(whereSeparator: { $0 == "-" || $0 == "+" }).first.map(String.init) ?? current
    let parts = core.split(separator: ".").map { Int($0) }
    guard parts.count == 3, let major = parts[0], let minor = parts[1], let patch = parts[2] else { return nil }
    var bump = self
    if major == 0 { bump = self == .major ? .minor : (self == .none ? .none : .patch) }
    switch bump {
    case .none: return "\(major).\(minor).\(patch)"
    case .patch: return "\(major).\(minor).\(patch + 1)"
    case .minor: return "\(major).\(minor + 1).0"
    case .major: return "\(major + 1).0.0"
    }
  }
}

/// Compares two API models as the generated Swift SDKs see them.
public enum APIDiff {
  /// One side of a comparison: the API model, the generator settings it is generated with, and
  /// (for a reference) where its places are written.
  public struct Side: Sendable {
    public var api: APIDocument
    public var config: GeneratorConfig
    public var locations: ReferenceLocations?

    public init(api: APIDocument, config: GeneratorConfig, locations: ReferenceLocations?) {
      self.api = api
      self.config = config
      self.locations = locations
    }
  }

  public struct Result: Sendable {
    /// In the new side's document order.
    public var changes: [APIChange]
    public var bump: VersionBump { VersionBump.required(by: changes) }

    public func count(_ impact: APIChange.Impact) -> Int { changes.filter { $0.impact == impact }.count }

    /// `3 additive, 1 breaking: method `organizations.leave` removed` (the `generate` summary).
    public var summary: String {
      if changes.isEmpty { return "no API changes" }
      let counts = APIChange.Impact.allCases.reversed().compactMap { impact -> String? in
        let count = count(impact)
        guard count > 0 else { return nil }
        return "\(count) \(impact == .none ? "without Swift API change" : impact.rawValue)"
      }
      let worst = changes.filter { $0.impact == changes.map(\.impact).max() }
      var detail = worst.prefix(2).map(\.message).joined(separator: "; ")
      if worst.count > 2 { detail += "; …" }
      return counts.joined(separator: ", ") + ": " + detail + " (\(bump.rawValue))"
    }
  }

  public static func compare(old: Side, new: Side) throws(DiagnosticError) -> Result {
    // Each side as `generate` sees it: the parameters its config places, where it says.
    var old = old
    var new = new
    old.api = old.api.locating(by: old.config).0
    new.api = new.api.locating(by: new.config).0
    let (oldModel, _) = try SwiftModel.decide(old.api, config: old.config)
    let (newModel, _) = try SwiftModel.decide(new.api, config: new.config)
    let oldSurface = APISurface(model: oldModel, api: old.api, includesClient: old.config.outputs.contains(.client))
    let newSurface = APISurface(model: newModel, api: new.api, includesClient: new.config.outputs.contains(.client))
    var differ = Differ(old: old, new: new, oldSurface: oldSurface, newSurface: newSurface)
    differ.compareSurfaces()
    differ.compareDocuments()
    return Result(changes: differ.sorted())
  }

  struct Differ {
    let old: Side
    let new: Side
    let oldSurface: APISurface
    let newSurface: APISurface
    var changes: [(change: APIChange, order: Int)] = []
    /// Location keys whose Swift change is already reported (the IR pass skips them).
    var reportedKeys: Set<String> = []

    init(old: Side, new: Side, oldSurface: APISurface, newSurface: APISurface) {
      self.old = old
      self.new = new
      self.oldSurface = oldSurface
      self.newSurface = newSurface
    }

    func location(_ key: String) -> SourceLocation? {
      guard let locations = new.locations else { return nil }
      return locations.location(key) ?? SourceLocation(file: locations.file, line: 1, column: 1)
    }

    mutating func add(_ kind: String, _ impact: APIChange.Impact, _ message: String, swift: String, key: String) {
      let order = newSurface.order.firstIndex(of: key) ?? changes.count + 1_000_000
      changes.append(
        (APIChange(kind: kind, impact: impact, message: message, swift: swift, location: location(key)), order))
    }

    func sorted() -> [APIChange] {
      changes.enumerated().sorted { lhs, rhs in
        let (a, b) = (lhs.element.change.location, rhs.element.change.location)
        if let a, let b, a != b { return a < b }
        return lhs.offset < rhs.offset
      }.map(\.element.change)
    }

    /// `parameter` for a method's parameters, `field` elsewhere.
    static func noun(_ entry: APISurface.Entry) -> String {
      entry.locationKey.hasPrefix("param:") ? "parameter" : "field"
    }

    // MARK: The Swift API

    mutating func compareSurfaces() {
      let oldKeys = Set(oldSurface.entries.keys)
      let newKeys = Set(newSurface.entries.keys)
      let removed = oldKeys.subtracting(newKeys)
      let added = newKeys.subtracting(oldKeys)
      func coveredByOwner(_ entry: APISurface.Entry, in set: Set<String>, surface: APISurface) -> Bool {
        var owner = entry.owner
        while let key = owner {
          if set.contains(key) { return true }
          owner = surface.entries[key]?.owner
        }
        return false
      }
      for key in oldSurface.order where removed.contains(key) {
        guard let entry = oldSurface.entries[key], !coveredByOwner(entry, in: removed, surface: oldSurface) else {
          continue
        }
        removedEntry(entry)
      }
      for key in newSurface.order {
        guard let entry = newSurface.entries[key] else { continue }
        if added.contains(key) {
          if !coveredByOwner(entry, in: added, surface: newSurface) { addedEntry(entry) }
        } else if let before = oldSurface.entries[key] {
          changedEntry(before, entry)
        }
      }
    }

    mutating func removedEntry(_ entry: APISurface.Entry) {
      reportedKeys.insert(entry.locationKey)
      let key = entry.locationKey
      switch entry.kind {
      case .client:
        add(
          "client-removed", .breaking, "the client is no longer generated",
          swift: "`\(entry.swiftName)` no longer exists", key: key)
      case .resource:
        add(
          "resource-removed", .breaking, "\(entry.subject) removed", swift: "`\(entry.swiftName)` no longer exists",
          key: key)
      case .method:
        add(
          "method-removed", .breaking, "\(entry.subject) removed", swift: "`\(entry.swiftName)` no longer exists",
          key: key)
      case .type:
        add(
          "type-removed", .breaking, "\(entry.subject) removed", swift: "type `\(entry.swiftName)` no longer exists",
          key: key)
      case .property:
        add(
          "\(Self.noun(entry))-removed", .breaking, "\(entry.subject) removed",
          swift: "`\(entry.swiftName)` and its initializer argument no longer exist", key: key)
      case .enumValue:
        add(
          "enum-value-removed", .breaking, "\(entry.subject) removed", swift: "`\(entry.swiftName)` no longer exists",
          key: key)
      case .unionCase:
        add(
          "union-member-removed", .breaking, "\(entry.subject) removed",
          swift: "the case `\(entry.swiftName)` no longer exists", key: key)
      }
    }

    mutating func addedEntry(_ entry: APISurface.Entry) {
      reportedKeys.insert(entry.locationKey)
      let key = entry.locationKey
      switch entry.kind {
      case .client:
        add("client-added", .additive, "the client is generated", swift: "new `\(entry.swiftName)`", key: key)
      case .resource:
        add("resource-added", .additive, "\(entry.subject) added", swift: "new `\(entry.swiftName)`", key: key)
      case .method:
        add("method-added", .additive, "\(entry.subject) added", swift: "new `\(entry.swiftName)`", key: key)
      case .type:
        add("type-added", .additive, "\(entry.subject) added", swift: "new type `\(entry.swiftName)`", key: key)
      case .property:
        let noun = Self.noun(entry)
        let type = entry.owner.map { String($0.dropFirst("type:".count)) } ?? ""
        let argument = entry.swiftName.split(separator: ".").last ?? ""
        if entry.hasDefault {
          add(
            "\(noun)-added", .additive, "\(entry.subject) added (optional)",
            swift:
              "new `\(entry.swiftName): \(entry.signature)`; `\(type).init` gains `\(argument): \(entry.signature) = nil`, "
              + "so every existing call still compiles",
            key: key)
        } else {
          add(
            "\(noun)-added", .breaking, "\(entry.subject) added (required)",
            swift:
              "`\(type).init` gains `\(argument): \(entry.signature)` without a default: existing calls stop compiling",
            key: key)
        }
      case .enumValue:
        add(
          "enum-value-added", .additive, "\(entry.subject) added",
          swift:
            "new `\(entry.swiftName)` (the enum is an open `RawRepresentable` struct: no `switch` must become exhaustive)",
          key: key)
      case .unionCase:
        add(
          "union-member-added", .breaking, "\(entry.subject) added",
          swift:
            "new case `\(entry.swiftName)`: a `switch` over the union without `default` stops compiling "
            + "(such a value decoded as `.unknown` before)",
          key: key)
      }
    }

    mutating func changedEntry(_ before: APISurface.Entry, _ after: APISurface.Entry) {
      let key = after.locationKey
      if before.signature != after.signature {
        reportedKeys.insert(key)
        switch after.kind {
        case .property:
          let noun = Self.noun(after)
          if before.swiftType == after.swiftType, before.isOptional != after.isOptional {
            let now = after.isOptional ? "optional" : "required"
            add(
              "\(noun)-now-\(now)", .breaking, "\(after.subject) is now \(now)",
              swift: "`\(after.swiftName)` changes type from `\(before.signature)` to `\(after.signature)`"
                + (after.isOptional ? "" : "; its initializer argument loses its default"),
              key: key)
          } else {
            add(
              "\(noun)-type-changed", .breaking, "\(after.subject) changes type",
              swift: "`\(after.swiftName)` changes type from `\(before.signature)` to `\(after.signature)`", key: key)
          }
        case .method:
          let paginationChanged = (oldMethod(after.key)?.pagination == nil) != (newMethod(after.key)?.pagination == nil)
          add(
            paginationChanged ? "pagination-changed" : "method-signature-changed", .breaking,
            paginationChanged
              ? "\(after.subject) is \(newMethod(after.key)?.pagination == nil ? "no longer" : "now") paginated"
              : "\(after.subject) changes its Swift signature",
            swift: "`\(before.swiftName)`: `\(before.signature)` becomes `\(after.signature)`",
            key: key)
        case .type:
          add(
            "type-kind-changed", .breaking, "\(after.subject) changes from \(before.signature) to \(after.signature)",
            swift: "`\(after.swiftName)` is now a different kind of type", key: key)
        case .resource, .client:
          add(
            after.kind == .client ? "client-renamed" : "resource-renamed", .breaking,
            "\(after.subject) changes its Swift name",
            swift: "`\(before.signature)` becomes `\(after.signature)`", key: key)
        case .enumValue:
          break
        case .unionCase:
          add(
            "union-member-type-changed", .breaking, "\(after.subject) changes its Swift type",
            swift: "`\(before.signature)` becomes `\(after.signature)`", key: key)
        }
      }
      // Labelled arguments must keep their relative order for every call to compile.
      if after.kind == .type || after.kind == .method {
        let common = Set(before.initLabels).intersection(after.initLabels)
        let beforeOrder = before.initLabels.filter { common.contains($0) }
        let afterOrder = after.initLabels.filter { common.contains($0) }
        if beforeOrder != afterOrder, after.kind == .type {
          add(
            "fields-reordered", .breaking, "the fields of \(after.subject) are in a different order",
            swift:
              "`\(after.swiftName).init(\(beforeOrder.map { $0 + ":" }.joined()))` becomes `init(\(afterOrder.map { $0 + ":" }.joined()))`; "
              + "labelled arguments must keep their order",
            key: key)
        }
      }
    }

    func method(_ key: String, in api: APIDocument) -> Method? {
      let path = String(key.dropFirst("method:".count))
      for resource in api.allResources {
        for method in resource.methods where resource.accessor(of: method) == path {
          return method
        }
      }
      return nil
    }
    func oldMethod(_ key: String) -> Method? { method(key, in: old.api) }
    func newMethod(_ key: String) -> Method? { method(key, in: new.api) }

    // MARK: The reference (what Swift does not show)

    mutating func compareDocuments() {
      if old.api.title != new.api.title {
        add("docs-changed", .none, "the API's title changed", swift: "documentation only", key: "document")
      }
      let oldResources = Dictionary(
        old.api.allResources.map { ($0.path.joined(separator: "."), $0) }, uniquingKeysWith: { a, _ in a })
      for resource in new.api.allResources {
        let path = resource.path.joined(separator: ".")
        guard let before = oldResources[path] else { continue }
        if before.title != resource.title, !reportedKeys.contains("resource:" + path) {
          add(
            "docs-changed", .none, "the title of resource `\(path)` changed", swift: "documentation only",
            key: "resource:" + path)
        }
        let oldMethods = Dictionary(before.methods.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for method in resource.methods {
          guard let previous = oldMethods[method.name] else { continue }
          compareMethod(previous, method, path: path + "." + method.name)
        }
        let oldTypes = Dictionary(before.types.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for type in resource.types {
          guard let previous = oldTypes[type.name] else { continue }
          if previous.description != type.description {
            add(
              "docs-changed", .none, "the description of type `\(type.name)` changed", swift: "documentation only",
              key: "type:" + type.name)
          }
          compareFields(
            previous.fields, type.fields, prefix: "type:" + type.name, path: [], owner: " of `\(type.name)`")
        }
      }
    }

    mutating func compareMethod(_ before: Method, _ after: Method, path: String) {
      let key = "method:" + path
      if before.http != after.http {
        add(
          "endpoint-changed", .none,
          "`\(path)` is sent to \(after.http.method) \(after.http.pathAndQuery) (was \(before.http.method) \(before.http.pathAndQuery))",
          swift: "same Swift API; requests go to the new endpoint", key: key)
      }
      if before.requestBody != after.requestBody {
        func said(_ kind: RequestBodyKind) -> String {
          switch kind {
          case .json: "a JSON object"
          case .multipart: "a multipart/form-data form"
          case .binary: "bytes (application/octet-stream)"
          case .parameter: "one parameter's JSON value"
          }
        }
        add(
          "body-encoding-changed", .none,
          "`\(path)` sends its body as \(said(after.requestBody)) (was \(said(before.requestBody)))",
          swift: "same Swift API; requests carry the body differently", key: key)
      }
      if before.summary != after.summary || before.description != after.description {
        add("docs-changed", .none, "the description of `\(path)` changed", swift: "documentation only", key: key)
      }
      // Compared as the record keeps them: JSON with sorted keys.
      func examples(_ method: Method) -> String {
        IRExport.value(method).objectMembers?.filter {
          ["examples", "responseExample", "pythonExample"].contains($0.key)
        }
        .map { $0.value.printed(.init(sortedKeys: true, indent: 0)) }.joined(separator: "\n") ?? ""
      }
      if examples(before) != examples(after) {
        add(
          "examples-changed", .none, "the examples of `\(path)` changed",
          swift: "documentation and generated example tests only", key: key)
      }
      if let a = before.pagination, let b = after.pagination, !reportedKeys.contains(key),
        a.itemsPath != b.itemsPath || a.nextTokenPath != b.nextTokenPath || a.tokenParam != b.tokenParam
          || a.pageSizeParam != b.pageSizeParam || a.pageType != b.pageType
      {
        add(
          "pagination-changed", .none,
          "the paging of `\(path)` changed (\(b.pageType): items in `\(b.itemsPath.joined(separator: "."))`, next token at `\(b.nextTokenPath.joined(separator: "."))`)",
          swift: "same Swift API; pages are read and requested differently", key: key)
      }
      compareFields(
        before.params, after.params, prefix: "param:" + path, path: [], owner: " of `\(path)`", noun: "parameter")
      if case .object(_, let a)? = before.returns, case .object(_, let b)? = after.returns {
        compareFields(a, b, prefix: "response:" + path, path: [], owner: " of `\(path)`", noun: "response field")
      }
    }

    mutating func compareFields(
      _ before: [Field], _ after: [Field], prefix: String, path: [String], owner: String, noun: String = "field"
    ) {
      let oldFields = Dictionary(before.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
      for field in after {
        guard let previous = oldFields[field.name] else { continue }
        let fieldPath = path + [field.name]
        let key = prefix + ":" + fieldPath.joined(separator: ".")
        let subject = "\(noun) `\(fieldPath.joined(separator: "."))`\(owner)"
        if previous.jsonName != field.jsonName {
          add(
            "wire-name-changed", .none, "\(subject) is sent as `\(field.jsonName)` (was `\(previous.jsonName)`)",
            swift: "same Swift name; the JSON key changes", key: key)
        }
        if previous.location != field.location, !reportedKeys.contains(key) {
          add(
            "parameter-location-changed", .none,
            "\(subject) is sent in the \(field.location?.rawValue ?? "body") (was \(previous.location?.rawValue ?? "body"))",
            swift: "same Swift API", key: key)
        }
        if previous.description != field.description {
          add("docs-changed", .none, "the description of \(subject) changed", swift: "documentation only", key: key)
        }
        if case .object(_, let a) = previous.type.innermost, case .object(_, let b) = field.type.innermost {
          compareFields(a, b, prefix: prefix, path: fieldPath, owner: owner, noun: noun)
        }
      }
    }
  }
}

extension TypeRef {
  /// The type inside arrays and maps.
  var innermost: TypeRef {
    switch self {
    case .array(let element), .map(let element): element.innermost
    default: self
    }
  }
}
