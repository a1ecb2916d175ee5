// swift-tools-version: 6.0
// The baseline of scripts/bench-server.sh: bare Hummingbird routes answering each procedure's
// path with the generated mock's response bytes (no authentication, no decoding, no Connect
// handling). Kept here, not in the generated executable, which carries no benchmark code.
import PackageDescription

let package = Package(
  name: "ServerBaseline",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "GitpodServer", path: "../../Generated/Packages/GitpodServer"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
  ],
  targets: [
    .executableTarget(
      name: "ServerBaseline",
      dependencies: [
        .product(name: "GitpodMocks", package: "GitpodServer"),
        .product(name: "Hummingbird", package: "hummingbird"),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
