/// The values the documentation templates render (`docs-*.mustache`): the DocC catalog of the
/// client module, `API.md` and the examples target. Every name, link and line of example code is
/// decided in Swift (`DocsEmitter`); the templates only lay them out.

/// A link to a resource's article.
public struct DocsResourceLinkView: Sendable, Hashable {
  /// `<doc:organizations-custom-domains>`.
  public var docLink: String
  public var title: String
}

/// A Swift snippet shown in the documentation and compiled in the examples target.
public struct DocsSnippetView: Sendable, Hashable {
  /// The function in the examples target: `configureAWSCustomDomain`.
  public var functionName: String
  /// `client: Gitpod`, or empty.
  public var functionParameters: String
  /// Whether the declaration is too long for one line: the parameters go on their own line.
  public var wrapsSignature: Bool
  /// ` async throws(GitpodError) -> CustomDomainCreateResponse`, or empty.
  public var functionEffectsAndResult: String
  /// The `///` lines of the function.
  public var functionDocLines: [String]
  /// The snippet, unindented: what the documentation shows.
  public var lines: [String]
  /// The snippet indented for the function body.
  public var bodyLines: [String]
  /// Lines the function adds after the snippet (`return response`), indented.
  public var epilogueLines: [String]
  /// Notes on example members the generated types cannot carry, as `//` lines.
  public var noteLines: [String]
}

/// One request example of a method.
public struct DocsExampleView: Sendable, Hashable {
  public var title: String
  public var descriptionLines: [String]
  public var hasDescription: Bool
  public var snippet: DocsSnippetView
}

/// One method in its resource's article.
public struct DocsMethodView: Sendable, Hashable {
  /// The Swift method name: `create`.
  public var name: String
  /// `organizations.custom_domains.create`.
  public var clientPath: String
  /// ``` ``CustomDomainsResource/create(domainName:organizationID:options:)`` ```.
  public var symbolLink: String
  /// The overload that takes the parameters type: ``` ``CustomDomainsResource/create(_:options:)`` ```.
  public var paramsSymbolLink: String
  /// ``` ``CustomDomainCreateParams`` ```.
  public var paramsTypeLink: String
  /// The overload returning the HTTP response too, or empty (streaming methods have none).
  public var rawSymbolLink: String
  /// ``` ``CustomDomainCreateResponse`` ```, or ``` ``Page`` of ``MembersPage`` ```.
  public var returnsText: String
  public var httpMethod: String
  public var httpPath: String
  /// The description as Markdown lines, headings moved below the method's.
  public var descriptionLines: [String]
  public var examples: [DocsExampleView]
  public var hasExamples: Bool
  /// The documented response, pretty-printed JSON.
  public var responseLines: [String]
  public var hasResponse: Bool
}

/// One resource's article (`docs-resource.mustache`).
public struct DocsResourceView: Sendable, Hashable {
  public var title: String
  /// ``` ``CustomDomainsResource`` ```.
  public var typeLink: String
  /// `client.organizations.customDomains`.
  public var accessor: String
  public var methods: [DocsMethodView]
  public var hasMethods: Bool
  public var children: [DocsResourceLinkView]
  public var hasChildren: Bool
  /// Links to the resource's Domain Types.
  public var typeLinks: [String]
  public var hasTypes: Bool
}

/// A group of the landing page's or a type's Topics: a title and its links, one a line.
public struct DocsTopicGroupView: Sendable, Hashable {
  public var title: String
  /// ``` ``OrganizationsResource`` ```, `<doc:organizations-resource>`.
  public var links: [String]
}

/// The documentation extension of a resource's type (`docs-resource-type.mustache`): its
/// overview, a link to the resource's article, its methods grouped by operation.
public struct DocsResourceTypeView: Sendable, Hashable {
  /// ``` ``OrganizationsResource`` ```.
  public var typeLink: String
  public var title: String
  /// `client.organizations`.
  public var accessor: String
  /// `<doc:organizations-resource>`.
  public var articleLink: String
  /// Whether the operations have a `…WithResponse` variant (all but streaming ones).
  public var hasRawVariants: Bool
  public var topics: [DocsTopicGroupView]
}

/// The landing article of the catalog (`docs-landing.mustache`).
public struct DocsLandingView: Sendable, Hashable {
  public var moduleName: String
  public var packageName: String
  public var clientName: String
  public var errorName: String
  public var apiTitle: String
  public var sdkVersion: String
  public var apiKeyEnvironmentVariable: String
  public var baseURLEnvironmentVariable: String
  /// ``` ``Gitpod/Gitpod`` ```: the client type (the module may share its name).
  public var clientLink: String
  public var errorLink: String
  public var resources: [DocsResourceLinkView]
  public var createClient: DocsSnippetView
  public var authentication: DocsSnippetView
  public var errors: [DocsSnippetView]
  public var hasErrors: Bool
  public var pagination: [DocsSnippetView]
  public var hasPagination: Bool
  public var retries: [DocsSnippetView]
  public var hasRetries: Bool
  /// Every public type of the module, grouped: essentials, resources, each resource's models,
  /// requests and responses, pagination, streaming, errors, transports, support types.
  public var topics: [DocsTopicGroupView]
  /// `client.organizations`: the first resource, as the overview's example.
  public var firstResourceAccessor: String
  /// The module of the AsyncHTTPClient transport, in a package of its own.
  public var asyncHTTPClientModuleName: String
}

/// A method in `API.md`.
public struct APIMethodView: Sendable, Hashable {
  /// `post /gitpod.v1.OrganizationService/CreateOrganization`.
  public var httpTitle: String
  /// `client.organizations.`
  public var accessorPrefix: String
  public var name: String
  /// The resource's source file, relative to the package root.
  public var sourcePath: String
  /// The arguments as HTML (types linked to their files).
  public var argumentsHTML: String
  /// `async throws(GitpodError) -> …` as HTML.
  public var resultHTML: String
  /// The parameters type, linked.
  public var paramsHTML: String
  public var parameters: [APIParameterView]
  public var hasParameters: Bool
}

public struct APIParameterView: Sendable, Hashable {
  /// `name: String`, as Markdown code.
  public var declaration: String
  /// One line; may be empty.
  public var summary: String
  public var hasSummary: Bool
}

/// A section of `API.md`: one resource.
public struct APIResourceView: Sendable, Hashable {
  /// `#`, `##`, … by depth.
  public var headingMarks: String
  public var title: String
  public var types: [APITypeView]
  public var hasTypes: Bool
  public var methods: [APIMethodView]
  public var hasMethods: Bool
}

public struct APITypeView: Sendable, Hashable {
  public var name: String
  public var sourcePath: String
}

/// `API.md` (`docs-api-md.mustache`).
public struct APIReferenceView: Sendable, Hashable {
  public var moduleName: String
  public var clientName: String
  public var errorName: String
  public var resources: [APIResourceView]
}

/// One file of the examples target (`docs-examples.mustache`).
public struct DocsExamplesFileView: Sendable, Hashable {
  public var imports: [String]
  /// `CustomDomainsExamples`.
  public var namespace: String
  public var docLines: [String]
  public var access: String
  public var snippets: [DocsSnippetView]
}

extension DocsResourceLinkView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "docLink": .of(self.docLink)
    case "title": .of(self.title)
    default: nil
    }
  }
}

extension DocsSnippetView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "functionName": .of(self.functionName)
    case "functionParameters": .of(self.functionParameters)
    case "wrapsSignature": .of(self.wrapsSignature)
    case "functionEffectsAndResult": .of(self.functionEffectsAndResult)
    case "functionDocLines": .of(self.functionDocLines)
    case "lines": .of(self.lines)
    case "bodyLines": .of(self.bodyLines)
    case "epilogueLines": .of(self.epilogueLines)
    case "noteLines": .of(self.noteLines)
    default: nil
    }
  }
}

extension DocsExampleView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "title": .of(self.title)
    case "descriptionLines": .of(self.descriptionLines)
    case "hasDescription": .of(self.hasDescription)
    case "snippet": .of(self.snippet)
    default: nil
    }
  }
}

extension DocsMethodView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "rawSymbolLink": .of(self.rawSymbolLink)
    case "name": .of(self.name)
    case "clientPath": .of(self.clientPath)
    case "symbolLink": .of(self.symbolLink)
    case "paramsSymbolLink": .of(self.paramsSymbolLink)
    case "paramsTypeLink": .of(self.paramsTypeLink)
    case "returnsText": .of(self.returnsText)
    case "httpMethod": .of(self.httpMethod)
    case "httpPath": .of(self.httpPath)
    case "descriptionLines": .of(self.descriptionLines)
    case "examples": .of(self.examples)
    case "hasExamples": .of(self.hasExamples)
    case "responseLines": .of(self.responseLines)
    case "hasResponse": .of(self.hasResponse)
    default: nil
    }
  }
}

extension DocsResourceView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "title": .of(self.title)
    case "typeLink": .of(self.typeLink)
    case "accessor": .of(self.accessor)
    case "methods": .of(self.methods)
    case "hasMethods": .of(self.hasMethods)
    case "children": .of(self.children)
    case "hasChildren": .of(self.hasChildren)
    case "typeLinks": .of(self.typeLinks)
    case "hasTypes": .of(self.hasTypes)
    default: nil
    }
  }
}

extension DocsLandingView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "topics": .of(self.topics)
    case "firstResourceAccessor": .of(self.firstResourceAccessor)
    case "asyncHTTPClientModuleName": .of(self.asyncHTTPClientModuleName)
    case "moduleName": .of(self.moduleName)
    case "packageName": .of(self.packageName)
    case "clientName": .of(self.clientName)
    case "errorName": .of(self.errorName)
    case "apiTitle": .of(self.apiTitle)
    case "sdkVersion": .of(self.sdkVersion)
    case "apiKeyEnvironmentVariable": .of(self.apiKeyEnvironmentVariable)
    case "baseURLEnvironmentVariable": .of(self.baseURLEnvironmentVariable)
    case "clientLink": .of(self.clientLink)
    case "errorLink": .of(self.errorLink)
    case "resources": .of(self.resources)
    case "createClient": .of(self.createClient)
    case "authentication": .of(self.authentication)
    case "errors": .of(self.errors)
    case "hasErrors": .of(self.hasErrors)
    case "pagination": .of(self.pagination)
    case "hasPagination": .of(self.hasPagination)
    case "retries": .of(self.retries)
    case "hasRetries": .of(self.hasRetries)
    default: nil
    }
  }
}

extension APIMethodView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "httpTitle": .of(self.httpTitle)
    case "accessorPrefix": .of(self.accessorPrefix)
    case "name": .of(self.name)
    case "sourcePath": .of(self.sourcePath)
    case "argumentsHTML": .of(self.argumentsHTML)
    case "resultHTML": .of(self.resultHTML)
    case "paramsHTML": .of(self.paramsHTML)
    case "parameters": .of(self.parameters)
    case "hasParameters": .of(self.hasParameters)
    default: nil
    }
  }
}

extension APIParameterView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "declaration": .of(self.declaration)
    case "summary": .of(self.summary)
    case "hasSummary": .of(self.hasSummary)
    default: nil
    }
  }
}

extension APIResourceView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "headingMarks": .of(self.headingMarks)
    case "title": .of(self.title)
    case "types": .of(self.types)
    case "hasTypes": .of(self.hasTypes)
    case "methods": .of(self.methods)
    case "hasMethods": .of(self.hasMethods)
    default: nil
    }
  }
}

extension APITypeView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "name": .of(self.name)
    case "sourcePath": .of(self.sourcePath)
    default: nil
    }
  }
}

extension APIReferenceView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "moduleName": .of(self.moduleName)
    case "clientName": .of(self.clientName)
    case "errorName": .of(self.errorName)
    case "resources": .of(self.resources)
    default: nil
    }
  }
}

extension DocsExamplesFileView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "imports": .of(self.imports)
    case "namespace": .of(self.namespace)
    case "docLines": .of(self.docLines)
    case "access": .of(self.access)
    case "snippets": .of(self.snippets)
    default: nil
    }
  }
}

extension DocsResourceTypeView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "typeLink": .of(self.typeLink)
    case "title": .of(self.title)
    case "accessor": .of(self.accessor)
    case "articleLink": .of(self.articleLink)
    case "hasRawVariants": .of(self.hasRawVariants)
    case "topics": .of(self.topics)
    default: nil
    }
  }
}

extension DocsTopicGroupView: TemplateView {
  func member(_ name: String) -> TemplateValue? {
    switch name {
    case "title": .of(self.title)
    case "links": .of(self.links)
    default: nil
    }
  }
}
