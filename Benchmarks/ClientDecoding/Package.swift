// swift-tools-version: 6.0
// Decoding a 10,000-member ListMembers page: the generated models and client against a
// hand-written Codable baseline of the same shape. Run with scripts/bench-client.sh.
import PackageDescription

let package = Package(
  name: "ClientDecoding",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "../../Generated")],
  targets: [
    .executableTarget(
      name: "ClientDecodingBenchmark",
      dependencies: [.product(name: "Gitpod", package: "Generated")]
    )
  ],
  swiftLanguageModes: [.v6]
)
