import Foundation
import Testing

@testable import Docs2SwiftCore

/// The Swift model stage: every Swift name decided once, for every emitter.
@Suite("Swift model")
struct SwiftModelTests {
  func method(_ name: String, _ operation: String, verb: String = "POST", path: String, params: String) -> Method {
    Method(
      name: name, operation: operation, http: HTTPEndpoint(method: verb, path: path), summary: "", description: "",
      paramsType: params, params: [field("id", .string, required: false)], returns: nil, returnsName: "object",
      pagination: nil, examples: [], responseExample: .object([]), pythonExample: nil)
  }

  /// Three sub-resources titled `Policies` under different parents, and a Domain Type `Task`.
  func policiesAPI() -> APIDocument {
    func policies(_ parent: String) -> Resource {
      Resource(
        name: "policies", path: [parent, "policies"], title: "Policies",
        methods: [
          method(
            "create", "Create\(parent)Policy", path: "/acme.v1.\(parent)Service/CreatePolicy",
            params: "\(parent.capitalized)PolicyCreateParams")
        ])
    }
    let task = TypeDecl(name: "Task", title: "Task", kind: .object, description: "", fields: [field("id", .string)])
    return APIDocument(
      title: "Acme",
      resources: ["projects", "runners", "organizations"].map { parent in
        Resource(
          name: parent, path: [parent], title: parent.capitalized,
          methods: [
            method("get", "Get\(parent)", path: "/acme.v1.\(parent)/Get", params: "\(parent.capitalized)GetParams")
          ],
          types: parent == "runners" ? [task] : [], resources: [policies(parent)])
      }
    ).withConventions()
  }

  @Test("a resource's client type, service and procedures come from one rule, unique across the tree")
  func resourceNames() throws {
    let (model, _) = try SwiftModel.decide(policiesAPI(), config: GeneratorConfig())
    let names = model.resources.filter { $0.path.last == "policies" }
    #expect(names.map(\.typeName) == ["PoliciesResource", "RunnersPoliciesResource", "OrganizationsPoliciesResource"])
    // The server's carry the API's prefix: a server app declares its own types beside them.
    #expect(
      names.map(\.serviceName) == [
        "AcmePoliciesService", "AcmeRunnersPoliciesService", "AcmeOrganizationsPoliciesService",
      ])
    #expect(
      names.map(\.proceduresName) == [
        "AcmePoliciesProcedures", "AcmeRunnersPoliciesProcedures", "AcmeOrganizationsPoliciesProcedures",
      ])
    #expect(names.map(\.registerLabel) == ["policies", "runnersPolicies", "organizationsPolicies"])
    // The generated server declares each once (the old second rule redeclared `PoliciesSProcedures`).
    let files = try emitFiles(policiesAPI())
    let services = files.keys.filter { $0.hasPrefix("Packages/AcmeServer/Sources/AcmeServer/Services/") }.sorted()
    #expect(services.contains("Packages/AcmeServer/Sources/AcmeServer/Services/AcmeRunnersPoliciesService.swift"))
    #expect(Set(services).count == services.count)
  }

  @Test("a top-level resource keeps its name from a nested one listed before it, which takes its path's")
  func topLevelResourceNames() throws {
    // fireworks' `chat.completions` section comes before its `completions`: they were
    // `CompletionsResource` and `Completions2Resource`.
    func completions(_ path: [String]) -> Resource {
      Resource(
        name: "completions", path: path, title: "Completions",
        methods: [method("create", "Create", path: "/v1/" + path.joined(separator: "/"), params: "CreateParams")])
    }
    var chat = Resource(name: "chat", path: ["chat"], title: "Chat")
    chat.resources = [completions(["chat", "completions"])]
    let api = APIDocument(title: "Acme", resources: [chat, completions(["completions"])]).withConventions()
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    #expect(
      model.resources.map { "\($0.path.joined(separator: ".")) \($0.typeName)" } == [
        "chat ChatResource", "chat.completions ChatCompletionsResource", "completions CompletionsResource",
      ])
  }

  @Test("types named alike take their nearest parents' names, the shallowest resource the plain one")
  func nearestParentNames() throws {
    // openai's six `roles` resources, each with `RoleCreateParams`: the top-level parents'
    // names came first (`AdminRoleCreateParams` for `….groups.roles`, which reads as no resource
    // of it; `AdminOrganizationRoleCreateParams`, which reads as `admin.organization.roles`'s),
    // in the reference's order, and `admin.organization.projects.roles`, listed last, had only a
    // number or its nearest parent left.
    func roles(_ path: [String]) -> Resource {
      Resource(
        name: "roles", path: path + ["roles"], title: "Roles",
        methods: [method("create", "Create", path: "/" + path.joined(separator: "/"), params: "RoleCreateParams")])
    }
    func parent(_ path: [String], _ children: [Resource]) -> Resource {
      var resource = Resource(name: path.last ?? "", path: path, title: (path.last ?? "").capitalized)
      resource.resources = children
      return resource
    }
    let organization = ["admin", "organization"]
    let projects = organization + ["projects"]
    let tree = parent(
      organization,
      [
        parent(organization + ["users"], [roles(organization + ["users"])]),
        parent(organization + ["groups"], [roles(organization + ["groups"])]),
        roles(organization),
        parent(
          projects,
          [
            parent(projects + ["users"], [roles(projects + ["users"])]),
            parent(projects + ["groups"], [roles(projects + ["groups"])]),
            roles(projects),
          ]),
      ])
    let api = APIDocument(title: "Acme", resources: [parent(["admin"], [tree])]).withConventions()
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    #expect(
      model.operations.map(\.paramsType) == [
        "UsersRoleCreateParams", "GroupsRoleCreateParams", "RoleCreateParams", "ProjectsUsersRoleCreateParams",
        "ProjectsGroupsRoleCreateParams", "ProjectsRoleCreateParams",
      ])
  }

  @Test("types named alike in resources of one top-level resource take their parents' names, not numbers")
  func deeperScopes() throws {
    let sections = [
      ("v1.customers.named_schedules", "Customers"), ("v1.contracts.rate_cards.named_schedules", "Rate Cards"),
      ("v1.contracts.named_schedules", "Contracts"),
    ].map { path, title in
      """
      # \(title) Named Schedules

      ## Retrieve

      `\(path).retrieve(NamedScheduleRetrieveParams**kwargs) -> NamedScheduleRetrieveResponse`

      **post** `/\(path.replacingOccurrences(of: ".", with: "/"))/get`

      ### Parameters

      - `schedule_name: str`

      ### Returns

      - `class NamedScheduleRetrieveResponse: …`
        - `data: List[str]`

      """
    }
    let result = try parseReference(sections.joined(separator: "\n"))
    let (model, warnings) = try SwiftModel.decide(result.api, config: GeneratorConfig())
    #expect(
      model.operations.map(\.paramsType) == [
        "NamedScheduleRetrieveParams", "RateCardsNamedScheduleRetrieveParams", "ContractsNamedScheduleRetrieveParams",
      ])
    #expect(!warnings.contains { $0.message.contains("already taken") }, "\(warnings.map(\.message))")
    #expect(SwiftModelBuilder.scopedNames("X", scope: ["runners", "policies"]) == ["RunnersX", "RunnersPoliciesX"])
    #expect(SwiftModelBuilder.scopedNames("X", scope: ["widgets"]) == ["WidgetsX"])
    // Nearer words first, where nothing tells them apart.
    #expect(
      SwiftModelBuilder.scopedNames("X", scope: ["v1", "contracts", "named_schedules"]) == [
        "ContractsX", "V1X", "V1ContractsX", "V1ContractsNamedSchedulesX",
      ])
    // The words that tell it from the other resources of its name: `beta.organization.workspaces`
    // beside `organization.workspaces` and `organization.service_accounts.workspaces` is `Beta…`,
    // not `Organization…` (all three are).
    let workspaces = [["organization", "workspaces"], ["organization", "service_accounts", "workspaces"]]
    #expect(
      SwiftModelBuilder.scopedNames(
        "WorkspaceListParams", scope: ["beta", "organization", "workspaces"],
        otherResources: workspaces + [["beta", "organization", "workspaces"]]) == [
          "BetaWorkspaceListParams", "BetaOrganizationWorkspaceListParams", "OrganizationWorkspaceListParams",
          "BetaOrganizationWorkspacesWorkspaceListParams",
        ])
  }

  @Test("a Domain Type declared by two resources: the shallower one's is the plain name")
  func domainTypesOfTheShallowerResource() throws {
    // openai 3.63 declares `FileSearchTool` in `beta.assistants`, then in `responses`, and
    // `BetaFileSearchTool` in `beta.responses`: the scoped name `beta.assistants` has is taken,
    // so the whole path names it.
    func section(_ title: String, _ path: String, _ types: [String]) -> String {
      let declared = types.map { "### \($0)\n\n- `class \($0): …`\n  - `type: str`\n" }.joined(separator: "\n")
      return """
        # \(title)

        ## Create

        `\(path).create() -> \(types[0])`

        **post** `/\(path.replacingOccurrences(of: ".", with: "/"))`

        ### Returns

        - `\(types[0])`

        ## Domain Types

        \(declared)
        """
    }
    let text = [
      section("Assistants", "beta.assistants", ["FileSearchTool"]),
      section("Responses", "responses", ["FileSearchTool"]),
      section("Beta Responses", "beta.responses", ["BetaFileSearchTool"]),
    ].joined(separator: "\n")
    let result = try Pipeline.parse(SourceFile(path: "tools.md", text: text))
    let (model, warnings) = try SwiftModel.decide(result.api, config: GeneratorConfig())
    #expect(model.swiftNames["FileSearchTool"] == "BetaAssistantsFileSearchTool")
    #expect(model.swiftNames["responses.FileSearchTool"] == "FileSearchTool")
    #expect(model.swiftNames["BetaFileSearchTool"] == "BetaFileSearchTool")
    #expect(
      model.declarations.map(\.name).filter { $0.hasSuffix("FileSearchTool") } == [
        // (The resource tree's order: `beta`'s resources, then `responses`.)
        "BetaAssistantsFileSearchTool", "BetaFileSearchTool", "FileSearchTool",
      ])
    #expect(!warnings.contains { $0.message.contains("FileSearchTool2") }, "\(warnings.map(\.message))")
  }

  @Test("the plain name is the shallowest resource's, wherever the reference lists it")
  func shallowestResourceKeepsThePlainName() throws {
    // anthropic's `WorkspaceListParams`: `organization.service_accounts.workspaces` is listed
    // before `organization.workspaces`, and took `OrganizationWorkspaceListParams`, the only
    // scoped name the shallower one has: it was `WorkspaceListParams2`. `beta.organization.…`
    // alike (`WorkspaceListParams3`).
    func workspaces(_ path: [String]) -> Resource {
      Resource(
        name: "workspaces", path: path + ["workspaces"], title: "Workspaces",
        methods: [
          method("list", "List", path: "/" + path.joined(separator: "/") + "/workspaces", params: "WorkspaceListParams")
        ])
    }
    func parent(_ path: [String], _ children: [Resource]) -> Resource {
      var resource = Resource(name: path.last ?? "", path: path, title: (path.last ?? "").capitalized)
      resource.resources = children
      return resource
    }
    func organization(_ path: [String]) -> Resource {
      parent(
        path,
        [
          parent(path + ["service_accounts"], [workspaces(path + ["service_accounts"])]),
          parent(
            path + ["federation"],
            [parent(path + ["federation", "rules"], [workspaces(path + ["federation", "rules"])])]),
          workspaces(path),
        ])
    }
    let api = APIDocument(
      title: "Acme",
      resources: [organization(["organization"]), parent(["beta"], [organization(["beta", "organization"])])]
    ).withConventions()
    let (model, warnings) = try SwiftModel.decide(api, config: GeneratorConfig())
    #expect(
      model.operations.map(\.paramsType) == [
        "ServiceAccountsWorkspaceListParams", "RulesWorkspaceListParams", "WorkspaceListParams",
        // (Not `OrganizationServiceAccounts…`, which the other is as much.)
        "BetaServiceAccountsWorkspaceListParams", "BetaRulesWorkspaceListParams", "BetaWorkspaceListParams",
      ])
    #expect(!warnings.contains { $0.message.contains("already taken") }, "\(warnings.map(\.message))")
  }

  @Test("two types whose names differ only in case are two files where file names ignore case")
  func namesDifferingOnlyInCase() throws {
    // gcore: `cloud.ip_ranges.list()` takes no parameters (its type is named for the method,
    // `IpRangeListParams`); `cdn.ip_ranges.list` documents `IPRangeListParams`.
    let reference = """
      # IP Ranges

      ## List

      `cloud.ip_ranges.list() -> IPRanges`

      **get** `/cloud/ipranges`

      ### Returns

      - `class IPRanges: …`
        - `ranges: List[str]`

      # IP Ranges

      ## List

      `cdn.ip_ranges.list(IPRangeListParams**kwargs) -> IPRanges`

      **get** `/cdn/ipranges`

      ### Parameters

      - `format: Optional[str]`

      ### Returns

      - `class IPRanges: …`
        - `ranges: List[str]`

      """
    let result = try parseReference(reference)
    let (model, _) = try SwiftModel.decide(result.api, config: GeneratorConfig())
    let names = model.operations.map(\.paramsType)
    #expect(names.count == 2)
    #expect(Set(names.map { $0.lowercased() }).count == 2, "\(names)")
    #expect(names.contains("CdnIPRangeListParams"), "\(names)")
    // The package is written: no two of its paths differ only in case.
    let files = try emitFiles(result.api)
    #expect(Set(files.keys.map { $0.lowercased() }).count == files.count)
  }

  @Test("an API type never shadows a Swift, Foundation or Concurrency name the runtime uses")
  func shadowing() throws {
    let (model, warnings) = try SwiftModel.decide(policiesAPI(), config: GeneratorConfig())
    #expect(model.swiftNames["Task"] == "TaskModel")
    #expect(!model.declarations.contains { $0.name == "Task" })
    #expect(warnings.contains { $0.message.contains("'Task' is generated as 'TaskModel': 'Task' is a Swift name") })
  }

  @Test("the Swift model's diagnostics point at the Domain Type or the method they are about")
  func diagnosticsAreLocated() throws {
    // A Domain Type named for a Swift type: at its declaration's item.
    let text = """
      # Widgets

      ## List Widgets

      `widgets.list(WidgetListParams**kwargs) -> Task`

      **get** `/widgets`

      Lists widgets.

      ### Returns

      - `class Task: …`
        - `id: str`

      ## Domain Types

      ### Task

      - `class Task: …`
        - `id: str`

      """
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let result = try Pipeline.parse(SourceFile(path: "located.md", text: text))
    let (_, warnings) = try SwiftModel.decide(result.api, config: GeneratorConfig())
    let task = try #require(warnings.first { $0.message.contains("'Task' is generated as 'TaskModel'") })
    #expect(task.location?.file == "located.md")
    #expect(task.location.map { lines[$0.line - 1] } == "- `class Task: …`")
    // A page type's field renamed, one the page protocol's `pageItems` takes: at the heading of
    // the method the page is for.
    let pageText = """
      # Widgets

      ## List Widgets

      `widgets.list(WidgetListParams**kwargs) -> SyncTokenPage[Widget]`

      **get** `/widgets`

      Lists widgets.

      ### Parameters

      - `page_token: Optional[str]` Where the page starts.

      ### Returns

      - `class Widget: …`
        - `id: str`

      ### Example

      ```python
      page = client.widgets.list()
      ```

      #### Response

      ```json
      {
        "page_items": [{"id": "id"}],
        "next_page_token": "next_page_token"
      }
      ```

      """
    let pageLines = pageText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let pages = try Pipeline.parse(SourceFile(path: "page.md", text: pageText))
    let (pageModel, pageWarnings) = try SwiftModel.decide(pages.api, config: GeneratorConfig())
    let page = try #require(
      pageWarnings.first { $0.message.contains("'page_items'") && $0.message.contains("it is 'pageItemsValue'") })
    #expect(page.location?.file == "page.md")
    #expect(page.location.map { pageLines[$0.line - 1] } == "## List Widgets")
    // The next token is the page's own `next_page_token`, under its own Swift name.
    #expect(pageModel.operations.first?.page?.nextTokenPath == ["nextPageToken"])
    #expect(pageModel.operations.first?.page?.itemsExpression == "pageItemsValue")
  }

  @Test("read-only comes from the IR's traits (HTTP verb, else the Connect operation's verb); the config overrides")
  func readOnly() throws {
    let api = try Pipeline.load(path: seedPath).api
    func readOnly(_ operation: String, _ config: GeneratorConfig = GeneratorConfig()) throws -> Bool {
      let (model, _) = try SwiftModel.decide(api, config: config)
      return try #require(model.operations.first { $0.method.operation == operation }).isReadOnly
    }
    #expect(try readOnly("GetOrganization"))
    #expect(try readOnly("ListMembers"))
    #expect(try !readOnly("CreateOrganization"))
    #expect(try !readOnly("VerifyDomain"))
    var config = GeneratorConfig()
    config.readOnlyOperations = ["VerifyDomain"]
    config.writeOperations = ["GetOrganization"]
    #expect(try readOnly("VerifyDomain", config))
    #expect(try !readOnly("GetOrganization", config))
    // REST: the HTTP verb is the evidence, whatever the operation is called.
    #expect(OperationTraits.detect(method("list", "ListThings", verb: "GET", path: "/things", params: "P")).isReadOnly)
    #expect(
      !OperationTraits.detect(method("get", "GetThing", verb: "DELETE", path: "/things/{id}", params: "P")).isReadOnly)
  }

  @Test("types nested in the parameters are qualified in method signatures, structurally")
  func qualifiedTypes() throws {
    let (model, _) = try SwiftModel.decide(sampleAPI(), config: GeneratorConfig())
    let create = try #require(model.operations.first { $0.method.name == "create" })
    let filter = try #require(create.arguments.first { $0.documentedName == "filter" })
    #expect(filter.type == .nested(parents: ["WidgetCreateParams"], name: "Filter"))
    #expect(filter.type.qualified == "WidgetCreateParams.Filter")
    #expect(SwiftType.array(.nested(parents: ["P"], name: "Sort")).qualified == "[P.Sort]")
    #expect(SwiftType.dictionary(.named("FilterX")).local == "[String: FilterX]")
  }

  @Test("the client's name and API-key variable are conventions of the IR, from the Python examples")
  func conventions() throws {
    let api = try Pipeline.load(path: seedPath).api
    #expect(api.conventions.clientName == "Gitpod")
    #expect(api.conventions.apiKeyEnvironmentVariable == "GITPOD_API_KEY")
    #expect(api.conventions.omitsZeroValues)
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    // No type shares its module's name: the client is `GitpodClient` in module `Gitpod`.
    #expect(model.moduleName == "Gitpod")
    #expect(model.clientName == "GitpodClient")
    #expect(model.errorName == "GitpodError")
    #expect(model.baseURLEnvironmentVariable == "GITPOD_BASE_URL")
    let listMembers = try #require(model.operations.first { $0.method.name == "list_members" })
    let page = try #require(listMembers.page)
    #expect(page.typeName == "MembersPage")
    #expect(page.itemType == .named("OrganizationMember"))
    #expect(page.tokenPaths.map { $0.map(\.name) } == [["token"], ["pagination", "token"]])
  }

  @Test("proto3 JSON: an unset message field is absent, so what is received holds it as optional")
  func unsetMessages() throws {
    let (model, _) = try SwiftModel.decide(try Pipeline.load(path: seedPath).api, config: GeneratorConfig())
    let organization = try #require(model.declaration(named: "Organization"))
    let createdAt = try #require(organization.properties.first { $0.name == "createdAt" })
    #expect(createdAt.isOptional && createdAt.zeroValue == nil)
    // Scalars keep their zero value: `name` is a String that decodes "" when omitted.
    let name = try #require(organization.properties.first { $0.name == "name" })
    #expect(!name.isOptional && name.zeroValue == .emptyString)
    // What the client sends keeps the reference's required-ness.
    let params = try #require(model.declaration(named: "OrganizationCreateParams"))
    #expect(params.properties.first { $0.name == "name" }?.isOptional == false)
    // Without the proto3 convention, a required message stays required.
    var config = GeneratorConfig()
    config.zeroValueDefaults = false
    let (plain, _) = try SwiftModel.decide(try Pipeline.load(path: seedPath).api, config: config)
    #expect(plain.declaration(named: "Organization")?.properties.first { $0.name == "createdAt" }?.isOptional == false)
  }

  @Test("a class written in place in several places under a name not its path's is one shared type")
  func sharedClassesWrittenInPlace() throws {
    // orb's `UnitPrice`: a member of the `Price` union written out wherever a price stands (its
    // reference declares no `Price`); `pagination: Pagination` is a class of each list method's
    // parameters module, named for its path everywhere.
    let unitPrice = TypeRef.object(name: "UnitPrice", fields: [field("id", .string), field("unit_amount", .string)])
    let tieredPrice = TypeRef.object(name: "TieredPrice", fields: [field("id", .string), field("tiers", .integer)])
    let pagination = TypeRef.object(name: "Pagination", fields: [field("limit", .integer, required: false)])
    // `Filter` lists other fields in each place: a class of each that only shares the name.
    func filter(_ name: String) -> TypeRef { .object(name: "Filter", fields: [field(name, .string)]) }
    func retrieve(_ resource: String, _ type: String, filter: TypeRef) -> Resource {
      var method = self.method(
        "retrieve", "Retrieve \(type)", path: "/v1/\(resource)/retrieve", params: "\(type)RetrieveParams")
      method.params = [field("pagination", pagination, required: false), field("filter", filter, required: false)]
      method.returns = .object(
        name: type, fields: [field("id", .string), field("price", .union([unitPrice, tieredPrice]))])
      return Resource(name: resource, path: [resource], title: type, methods: [method])
    }
    let api = APIDocument(
      title: "Acme",
      resources: [
        retrieve("invoices", "Invoice", filter: filter("status")),
        retrieve("subscriptions", "Subscription", filter: filter("plan")),
      ]
    ).withConventions()
    let (model, _) = try SwiftModel.decide(api, config: GeneratorConfig())
    func all(_ declarations: [SwiftDeclaration]) -> [SwiftDeclaration] {
      declarations.flatMap { [$0] + all($0.nested) }
    }
    let topLevel = model.declarations.map(\.name)
    #expect(topLevel.filter { $0 == "UnitPrice" }.count == 1)
    #expect(topLevel.filter { $0 == "TieredPrice" }.count == 1)
    #expect(!all(model.declarations).contains { $0.depth > 0 && ["UnitPrice", "TieredPrice"].contains($0.name) })
    // Each response's union holds the shared types.
    for type in ["Invoice", "Subscription"] {
      let union = try #require(model.declaration(named: type)?.nested.first { $0.name == "Price" })
      guard case .union(let cases) = union.kind else {
        Issue.record("\(type).Price is no union")
        continue
      }
      #expect(cases.cases.map(\.payload) == [.named("UnitPrice"), .named("TieredPrice")])
    }
    // Named for its path in each place, or listing other fields: nested in each.
    #expect(!topLevel.contains("Pagination") && !topLevel.contains("Filter"))
    for params in ["InvoiceRetrieveParams", "SubscriptionRetrieveParams"] {
      let nested = model.declaration(named: params)?.nested.map(\.name) ?? []
      #expect(nested.contains("Pagination") && nested.contains("Filter"), "\(params)")
    }
  }
}
