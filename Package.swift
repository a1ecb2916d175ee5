// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "docs2swift",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "docs2swift", targets: ["docs2swift"]),
    .library(name: "Docs2SwiftCore", targets: ["Docs2SwiftCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    // libcmark from Debian's libcmark-dev: the CommonMark reference parser.
    .systemLibrary(
      name: "CCMark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .target(
      name: "Docs2SwiftCore",
      dependencies: [
        "CCMark",
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .executableTarget(
      name: "docs2swift",
      dependencies: [
        "Docs2SwiftCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "Docs2SwiftCoreTests",
      dependencies: ["Docs2SwiftCore"],
      exclude: ["Golden"]
    ),
  ]
)
