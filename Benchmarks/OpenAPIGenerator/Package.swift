// swift-tools-version: 6.1
import PackageDescription

// Builds apple/swift-openapi-generator's CLI for the side-by-side benchmark
// (scripts/bench-compare.sh). Nothing here is part of docs2swift.
let package = Package(
  name: "OpenAPIGeneratorForBenchmarks",
  dependencies: [
    .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")
  ],
  targets: []
)
