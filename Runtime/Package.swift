// swift-tools-version: 6.0
// The runtime docs2swift emits into every generated package, as ordinary Swift: compiled and
// tested here for a stand-in API (module `ExampleKit`, client `Example`), then written into a
// generated package with the API's names (Sources/Docs2SwiftCore/Emit/Runtime/RuntimeSources.swift).
// The targets mirror the generated package's: the paths under Sources/ and Tests/ are the
// generated paths with `ExampleKit` in place of the module name.
import PackageDescription

let package = Package(
  name: "ExampleKit",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.21.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
  ],
  targets: [
    .target(name: "ExampleKit", dependencies: [.product(name: "Logging", package: "swift-log")]),
    .target(
      name: "ExampleKitAsyncHTTPClient",
      dependencies: [
        "ExampleKit",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),
    .target(name: "ExampleKitServer", dependencies: ["ExampleKit"]),
    .target(
      name: "ExampleKitHummingbird",
      dependencies: [
        "ExampleKit",
        "ExampleKitServer",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
    .testTarget(name: "ExampleKitTests", dependencies: ["ExampleKit"]),
    .testTarget(
      name: "ExampleKitServerTests",
      dependencies: [
        "ExampleKit", "ExampleKitAsyncHTTPClient", "ExampleKitServer", "ExampleKitHummingbird",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    .testTarget(
      name: "ExampleKitClientTests",
      dependencies: [
        "ExampleKit",
        "ExampleKitAsyncHTTPClient",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
