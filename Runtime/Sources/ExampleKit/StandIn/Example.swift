// The stand-in for the per-API client type, which templates/client.mustache renders (with a
// property per resource). docs2swift emits nothing under a StandIn/ folder: this file is here
// so that the runtime compiles and its tests can make a client.

import Foundation
import Logging

/// The Example API client.
///
/// ```swift
/// let client = Example()  // reads EXAMPLE_API_KEY and EXAMPLE_BASE_URL
/// ```
///
/// Every method is `async throws(ExampleError)`; requests are retried (see `ExampleClientOptions.maxRetries`) and
/// time out (`ExampleClientOptions.timeout`). The client is a value: copy it with other options with
/// `withOptions(_:)`.
public struct Example: Sendable {
  /// The environment variable the API key is read from when none is passed.
  public static let apiKeyEnvironmentVariable = "EXAMPLE_API_KEY"
  /// The environment variable the base URL is read from when none is passed.
  public static let baseURLEnvironmentVariable = "EXAMPLE_BASE_URL"
  /// The base URL when neither the arguments nor the environment set one.
  public static let defaultBaseURL = URL(string: "http://localhost:8080")!
  /// The SDK's version, sent in the `User-Agent` header.
  public static let version = "0.1.0"
  /// The header that carries the API key.
  public static let authorizationHeader = "Authorization"
  /// What precedes the key in that header (`Authorization: Bearer <key>`); nil sends the bare key.
  public static let authorizationScheme: String? = "Bearer"
  /// How arrays travel in the query (the config's `queryArrayFormat`).
  static let queryArrayFormat = QueryArrayFormat.brackets
  /// The default timeout of a request (each attempt).
  public static let defaultTimeout: Duration = .seconds(60)
  /// The default number of retries after the first attempt.
  public static let defaultMaxRetries = 2

  /// The options every request uses.
  public let options: ExampleClientOptions
  let core: ClientCore

  /// A client with these options.
  public init(options: ExampleClientOptions) {
    self.options = options
    self.core = ClientCore(options: options)
  }

  /// A client; `apiKey` and `baseURL` default to the environment (`EXAMPLE_API_KEY`,
  /// `EXAMPLE_BASE_URL`), then to `defaultBaseURL`.
  ///
  /// Without an API key the client is still made (creating a client never throws), and
  /// its first request throws `missingAPIKey`, which names `EXAMPLE_API_KEY`, before anything is sent.
  public init(
    apiKey: String? = nil,
    baseURL: URL? = nil,
    timeout: Duration = Example.defaultTimeout,
    maxRetries: Int = Example.defaultMaxRetries,
    initialRetryDelay: Duration = .milliseconds(500),
    maxRetryDelay: Duration = .seconds(8),
    defaultHeaders: [String: String] = [:],
    defaultQuery: [String: String] = [:],
    transport: any ExampleHTTPTransport = ExampleURLSessionTransport(),
    middlewares: [any ExampleClientMiddleware] = [],
    logger: Logger = Logger(label: "examplekit"),
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    let environmentURL = environment[Self.baseURLEnvironmentVariable].flatMap { $0.isEmpty ? nil : URL(string: $0) }
    self.init(
      options: ExampleClientOptions(
        apiKey: apiKey ?? environment[Self.apiKeyEnvironmentVariable],
        baseURL: baseURL ?? environmentURL ?? Self.defaultBaseURL,
        defaultHeaders: defaultHeaders,
        defaultQuery: defaultQuery,
        timeout: timeout,
        maxRetries: maxRetries,
        initialRetryDelay: initialRetryDelay,
        maxRetryDelay: maxRetryDelay,
        transport: transport,
        middlewares: middlewares,
        logger: logger))
  }

  /// A copy of the client with changed options:
  /// `client.withOptions { $0.timeout = .seconds(5) }`.
  public func withOptions(_ change: (inout ExampleClientOptions) -> Void) -> Example {
    var options = options
    change(&options)
    return Example(options: options)
  }
}
