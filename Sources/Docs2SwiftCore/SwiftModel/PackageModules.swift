/// The names of the generated package's modules and of the per-API types the server modules
/// declare, made once from the models' module name (`Gitpod`): every emitter, the runtime's
/// name substitutions and the Swift model's reserved names read them here.
struct PackageModules: Sendable, Hashable {
  /// The library of the models and the client (`Gitpod`).
  let models: String

  init(models: String) { self.models = models }

  /// The framework-independent server core (`GitpodServer`).
  var server: String { models + "Server" }
  /// The mock that answers with the documented examples (`GitpodMocks`).
  var mocks: String { models + "Mocks" }
  /// The Hummingbird adapter (`GitpodHummingbird`).
  var hummingbird: String { models + "Hummingbird" }
  /// The AsyncHTTPClient transport, a package of its own (`GitpodAsyncHTTPClient`).
  var asyncHTTPClient: String { models + "AsyncHTTPClient" }
  /// The documentation's compiled examples (`GitpodExamples`).
  var examples: String { models + "Examples" }
  var modelTests: String { models + "Tests" }
  var clientTests: String { models + "ClientTests" }
  var serverTests: String { server + "Tests" }

  /// The modules that hold or import the models: no model takes one of their names.
  var libraries: [String] { [models, server, mocks, hummingbird, asyncHTTPClient] }

  /// The server's protocol of every service (`GitpodServices`).
  var servicesType: String { models + "Services" }
  /// The mock's type (`GitpodMock`).
  var mockType: String { models + "Mock" }
  /// The mock's documented examples (`GitpodMockExamples`).
  var mockExamplesType: String { models + "MockExamples" }

  /// Every name above that code of the package can see beside the models.
  var reservedNames: [String] { libraries + [servicesType, mockType, mockExamplesType] }
}
