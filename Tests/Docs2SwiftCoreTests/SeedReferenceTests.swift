import Foundation
import Testing

@testable import Docs2SwiftCore

/// The seed reference, read against what the reference says (not just recorded).
@Suite struct SeedReferenceTests {
  let api: APIDocument
  let warnings: [Diagnostic]

  init() throws {
    let result = try Pipeline.load(path: seedPath)
    api = result.api
    warnings = result.warnings
  }

  @Test func golden() throws {
    let golden = try String(
      contentsOf: repositoryRoot.appendingPathComponent(
        "Tests/Docs2SwiftCoreTests/Golden/gitpod-organizations.ir.json"),
      encoding: .utf8)
    #expect(IRExport.json(api) + "\n" == golden, "run scripts/update-golden-ir.sh and review the diff")
  }

  @Test func resourcesAndMethods() {
    #expect(api.title == "Organizations")
    #expect(api.allResources.count == 8)
    #expect(api.allMethods.count == 35)
    #expect(api.resources.map(\.path) == [["organizations"]])
    #expect(
      api.resources[0].resources.map(\.name) == [
        "announcement_banner", "custom_domains", "domain_verifications", "invites", "policies",
        "scim_configurations", "sso_configurations",
      ])
    let create = api.method("organizations.custom_domains.create")
    #expect(create?.operation == "CreateCustomDomain")
    #expect(create?.http == HTTPEndpoint(method: "POST", path: "/gitpod.v1.OrganizationService/CreateCustomDomain"))
    #expect(create?.paramsType == "CustomDomainCreateParams")
    #expect(create?.returns == .ref("CustomDomainCreateResponse"))
    #expect(api.method("organizations.delete")?.returns == nil)
  }

  @Test func listMembersHasTwoTokenParameters() throws {
    let method = try #require(api.method("organizations.list_members"))
    #expect(method.params.map(\.name) == ["organization_id", "token", "page_size", "filter", "pagination", "sort"])
    #expect(method.params[named: "token"]?.location == .query)
    #expect(method.params[named: "page_size"]?.location == .query)
    #expect(method.params[named: "pagination"]?.location == .body)
    let pagination = try #require(method.params[named: "pagination"])
    #expect(pagination.type.fields.map(\.name) == ["token", "page_size"])
    #expect(pagination.type.fields.map(\.jsonName) == ["token", "pageSize"])
    let filter = try #require(method.params[named: "filter"])
    #expect(
      filter.type.fields.map(\.name) == [
        "exclude_group_ids", "exclude_members_in_any_team", "roles", "search", "statuses", "user_ids",
      ])
    #expect(
      filter.type.fields[named: "roles"]?.type
        == .array(
          .enum(
            name: "OrganizationRole",
            values: ["ORGANIZATION_ROLE_UNSPECIFIED", "ORGANIZATION_ROLE_ADMIN", "ORGANIZATION_ROLE_MEMBER"])))
    let sort = try #require(method.params[named: "sort"])
    #expect(
      sort.type.fields[named: "field"]?.type
        == .enum(name: nil, values: ["SORT_FIELD_UNSPECIFIED", "SORT_FIELD_NAME", "SORT_FIELD_DATE_JOINED"]))
    #expect(sort.required == false)
    #expect(
      method.pagination
        == Pagination(
          pageType: "SyncMembersPage", item: .ref("OrganizationMember"), itemsField: "members",
          nextTokenPath: ["pagination", "nextToken"], tokenParam: "token", pageSizeParam: "page_size"))
    #expect(
      method.examples[1].request
        == (try JSONValue.parse(
          #"{"organizationId": "b0e12f6c-4c67-429d-a4a6-d9838b5da047", "pagination": {"pageSize": 50, "token": "next-page-token-from-previous-response"}}"#
        )))
  }

  @Test func organizationPoliciesNesting() throws {
    let policies = try #require(api.type("OrganizationPolicies"))
    #expect(
      policies.fields.map(\.name) == [
        "agent_policy", "allowed_editor_ids", "allow_local_runners", "default_editor_id", "default_environment_image",
        "maximum_environments_per_user", "maximum_running_environments_per_user", "members_create_projects",
        "members_require_projects", "organization_id", "port_sharing_disabled", "require_custom_domain_access",
        "restrict_account_creation_to_scim", "delete_archived_environments_after", "editor_version_restrictions",
        "maximum_environment_lifetime", "maximum_environment_timeout", "security_agent_policy", "veto_exec_policy",
      ])
    #expect(policies.fields[named: "agent_policy"]?.type == .ref("AgentPolicy"))
    #expect(policies.fields[named: "agent_policy"]?.required == true)
    let restrictions = try #require(policies.fields[named: "editor_version_restrictions"])
    #expect(restrictions.type.fields.map(\.name) == ["allowed_versions"])
    guard case .map(.object(let name, _)) = restrictions.type else {
      Issue.record("editor_version_restrictions is not a map of objects: \(restrictions.type)")
      return
    }
    #expect(name == "EditorVersionRestrictions")
    // The CEL rule's code fence stays in the description.
    let timeout = try #require(policies.fields[named: "maximum_environment_timeout"])
    #expect(timeout.description.hasSuffix("```\nthis == duration('0s') || this >= duration('1800s')\n```"))

    let update = try #require(api.method("organizations.policies.update"))
    #expect(update.params.count == 19)
    #expect(update.params[named: "veto_exec_policy"]?.type.fields.map(\.name) == ["action", "enabled", "executables"])
    // The parameter class AgentPolicy lists the Domain Type's fields, all optional: in place.
    let agentPolicy = try #require(update.params[named: "agent_policy"])
    #expect(agentPolicy.type.fields.count == 6)
    #expect(agentPolicy.type.fields.allSatisfy { !$0.required })
    guard case .object(let agentPolicyName, _) = agentPolicy.type else {
      Issue.record("agent_policy parameter is \(agentPolicy.type)")
      return
    }
    #expect(agentPolicyName == "AgentPolicy")
    // Same fields, same required-ness as the Domain Type: a reference to it.
    #expect(update.params[named: "security_agent_policy"]?.type == .ref("SecurityAgentPolicy"))
  }

  @Test func customSecurityAgent() throws {
    let agent = try #require(api.type("CustomSecurityAgent"))
    #expect(agent.fields.map(\.name) == ["id", "description", "enabled", "env_mappings", "name", "start_command"])
    #expect(agent.fields[named: "env_mappings"]?.type == .array(.ref("CustomAgentEnvMapping")))
    #expect(agent.fields[named: "name"]?.description == "name is the display name for this custom agent")
    #expect(api.type("CustomAgentEnvMapping")?.fields.map(\.name) == ["name", "secret_name"])
  }

  @Test func enums() throws {
    let enums = api.allTypes.filter { $0.kind == .enum }
    #expect(
      enums.map(\.name).sorted() == [
        "ConversationSharingPolicy", "CustomDomainProvider", "DomainVerificationState", "KernelControlsAction",
        "ProviderType", "SSOConfigurationState",
      ])
    #expect(
      api.type("KernelControlsAction")?.values == [
        "KERNEL_CONTROLS_ACTION_UNSPECIFIED", "KERNEL_CONTROLS_ACTION_BLOCK", "KERNEL_CONTROLS_ACTION_AUDIT",
      ])
    let organization = try #require(api.type("Organization"))
    #expect(
      organization.fields[named: "tier"]?.type
        == .enum(
          name: "OrganizationTier",
          values: [
            "ORGANIZATION_TIER_UNSPECIFIED", "ORGANIZATION_TIER_FREE", "ORGANIZATION_TIER_ENTERPRISE",
            "ORGANIZATION_TIER_CORE", "ORGANIZATION_TIER_FREE_ONA",
          ]))
    // Every enum written in place has values, and every value item went to an enum.
    func check(_ type: TypeRef) {
      switch type {
      case .enum(_, let values): #expect(!values.isEmpty)
      case .array(let of), .map(let of): check(of)
      case .object(_, let fields): fields.forEach { check($0.type) }
      default: break
      }
    }
    for method in api.allMethods { method.params.forEach { check($0.type) } }
    for type in api.allTypes { type.fields.forEach { check($0.type) } }
  }

  @Test func wireNamesAndExamples() throws {
    let create = try #require(api.method("organizations.create"))
    #expect(
      create.params[named: "invite_accounts_with_matching_domain"]?.jsonName == "inviteAccountsWithMatchingDomain")
    #expect(create.examples.map(\.title) == ["Create a basic organization", "Create with domain-based invites"])
    #expect(create.examples[0].description == "Creates an organization with just a name.")
    #expect(create.summary == "Creates a new organization with the specified name and settings.")
    let examples = api.allMethods.reduce(0) { $0 + $1.examples.count }
    #expect(examples == 49)
    #expect(api.allMethods.filter { $0.responseExample != nil }.count == 35)
    let policies = try #require(api.method("organizations.policies.update"))
    #expect(policies.examples[0].request["allowedEditorIds"] == .array([.string("vscode"), .string("jetbrains")]))
    let update = try #require(api.method("organizations.update"))
    #expect(update.examples.contains { $0.request["inviteDomains"] == .object([("domains", .array([]))]) })
    // The warnings: the response example's fields the reference does not document, and the one
    // place the flattened seed does not settle: `list_members`' filter fields after the first
    // fit the filter and the top alike (the first is the filter's; no example writes the others).
    #expect(warnings.filter { $0.message.contains("no documented field") }.count == 3)
    #expect(
      warnings.filter { !$0.message.contains("no documented field") }.map(\.message) == [
        "nesting of 'roles', 'search', 'statuses' and 'user_ids' is uncertain (each fits under 'filter' and "
          + "'the top level' alike); placed under 'filter'"
      ])
    #expect(warnings.allSatisfy { $0.severity == .warning })
  }

  @Test func timestampDescriptionKeepsItsHeadings() throws {
    let organization = try #require(api.type("Organization"))
    let created = try #require(organization.fields[named: "created_at"])
    #expect(created.type == .datetime)
    #expect(created.description.contains("# Examples Example 1"))
    #expect(created.description.contains("# JSON Mapping"))
  }
}
