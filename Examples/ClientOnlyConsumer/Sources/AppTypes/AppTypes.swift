// Types an app or a package it imports commonly declares (GRPCCore's `RPCError`,
// swift-openapi-runtime's `ClientMiddleware`, swift-openapi-urlsession's `URLSessionTransport`,
// an app's own `Page`): the generated client's runtime types carry the API's prefix
// (`GitpodPage`), so these stay usable unqualified beside `import Gitpod` (issue 15).
public struct Page: Sendable { public init() {} }
public struct RPCError: Error { public init() {} }
public enum JSONValue: Sendable { case null }
public struct Timestamp: Sendable { public init() {} }
public struct ClientOptions: Sendable { public init() {} }
public struct RequestOptions: Sendable { public init() {} }
public protocol ClientMiddleware {}
public struct URLSessionTransport: Sendable { public init() {} }
public protocol HTTPTransport {}
public struct Principal: Sendable { public init() {} }
