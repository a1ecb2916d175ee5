import Testing

@testable import Docs2SwiftCore

/// Domain Types are scoped by the resource that declares them (issue 13): a name declared in
/// two resources resolves to the using resource's own (or an ancestor's) declaration.
@Suite struct TypeScopingTests {
  static func section(_ resource: String, _ title: String, field: String, extra: String = "") -> String {
    """
    # \(title)

    ## CreatePolicy

    `\(resource).create(PolicyCreateParams**kwargs) -> PolicyCreateResponse`

    **post** `/v1.\(title)Service/CreatePolicy`

    Creates a policy.

    ### Parameters

    - `name: str`

    ### Returns

    - `class PolicyCreateResponse: …`
      - `\(field): Optional[str]`

    ## Domain Types

    ### Policy Create Response

    - `class PolicyCreateResponse: …`
      - `\(field): Optional[str]`
    \(extra)

    """
  }

  @Test func aNameDeclaredTwiceResolvesInTheResourceThatUsesIt() throws {
    let reference =
      Self.section("projects.policies", "Projects", field: "project_id")
      + Self.section("runners.policies", "Runners", field: "runner_id")
    let result = try parseReference(reference)
    let projects = try #require(result.api.method("projects.policies.create"))
    let runners = try #require(result.api.method("runners.policies.create"))
    #expect(projects.returns == .ref("PolicyCreateResponse"))
    #expect(runners.returns == .ref("runners.policies.PolicyCreateResponse"))
    #expect(result.api.type("PolicyCreateResponse")?.fields.map(\.name) == ["project_id"])
    #expect(result.api.type("runners.policies.PolicyCreateResponse")?.fields.map(\.name) == ["runner_id"])
    #expect(!result.warnings.contains { $0.message.contains("PolicyCreateResponse") })

    let (model, _) = try SwiftModel.decide(result.api, config: GeneratorConfig())
    #expect(model.swiftNames["runners.policies.PolicyCreateResponse"] == "RunnersPolicyCreateResponse")
    #expect(model.swiftNames["PolicyCreateResponse"] == "PolicyCreateResponse")
    // The params type of the same name in another resource is named for its resource too,
    // not numbered (`PolicyCreateParams2`).
    let params = model.operations.map { ($0.resourcePath.joined(separator: "."), $0.paramsType) }
    #expect(params.contains { $0 == ("projects.policies", "PolicyCreateParams") })
    #expect(params.contains { $0 == ("runners.policies", "RunnersPolicyCreateParams") })
  }

  @Test func anAmbiguousNameIsALocatedWarningThatSaysWhatWasChosen() throws {
    let user = """
      # Audits

      ## GetAudit

      `audits.get(AuditGetParams**kwargs) -> AuditGetResponse`

      **post** `/v1.AuditService/GetAudit`

      Gets an audit.

      ### Parameters

      - `id: str`

      ### Returns

      - `class AuditGetResponse: …`
        - `policy: Optional[PolicyCreateResponse]`

      """
    let reference =
      Self.section("projects.policies", "Projects", field: "project_id")
      + Self.section("runners.policies", "Runners", field: "runner_id") + user
    let result = try parseReference(reference)
    let returns = try #require(result.api.method("audits.get")?.returns)
    #expect(returns == .object(name: "AuditGetResponse", fields: returnsFields(returns)))
    #expect(returnsFields(returns).first?.type == .ref("PolicyCreateResponse"))
    let warning = try #require(result.warnings.first { $0.message.contains("'PolicyCreateResponse' is declared in") })
    #expect(warning.message.contains("the declaration in 'projects.policies' is used"))
    #expect(warning.location != nil)
  }

  private func returnsFields(_ type: TypeRef) -> [Field] {
    if case .object(_, let fields) = type { return fields }
    return []
  }
}
