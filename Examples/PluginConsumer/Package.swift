// swift-tools-version: 6.1
import PackageDescription

// A package that uses docs2swift as SwiftPM users do: its target holds an API reference and a
// config, and the build-tool plugin compiles the generated SDK into it.
let package = Package(
  name: "PluginConsumer",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "docs2swift", path: "../.."),
    // The generated client logs through swift-log.
    .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
  ],
  targets: [
    .target(
      name: "OrganizationsSDK",
      dependencies: [.product(name: "Logging", package: "swift-log")],
      plugins: [.plugin(name: "Docs2SwiftBuildPlugin", package: "docs2swift")]
    ),
    // The same reference, its SDK checked in: `swift package generate-sdk` writes Generated/.
    .target(
      name: "CheckedInSDK",
      dependencies: [.product(name: "Logging", package: "swift-log")],
      exclude: ["gitpod-organizations.md", "docs2swift-config.yaml"]
    ),
    .testTarget(
      name: "OrganizationsSDKTests",
      dependencies: ["OrganizationsSDK", "CheckedInSDK"]
    ),
  ]
)
