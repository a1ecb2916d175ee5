// swift-tools-version: 6.0
// An app that uses only the generated client (issue 15): it depends on the client package at
// Generated/, and `swift package resolve` must pin swift-log alone, no server framework, no
// SwiftNIO (scripts/test-client-only-consumer.sh checks its Package.resolved); and its own
// types named like the runtime's generic ones (`Page`, `RPCError`) stay unambiguous.
import PackageDescription

let package = Package(
  name: "ClientOnlyConsumer",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Gitpod", path: "../../Generated")
  ],
  targets: [
    // The app's own types, named as common packages name theirs.
    .target(name: "AppTypes"),
    .executableTarget(
      name: "ClientOnlyConsumer",
      dependencies: [.product(name: "Gitpod", package: "Gitpod"), "AppTypes"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
