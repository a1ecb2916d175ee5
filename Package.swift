// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "docs2swift",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "docs2swift", targets: ["docs2swift"]),
    .plugin(name: "Docs2SwiftBuildPlugin", targets: ["Docs2SwiftBuildPlugin"]),
    .plugin(name: "GenerateSDKCommand", targets: ["GenerateSDKCommand"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // YAML request examples: libyaml through Yams (node API, keeps key order and positions).
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // libcmark from Debian's libcmark-dev: the CommonMark reference parser.
    .systemLibrary(
      name: "CCMark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    // The generator's stages. Not a product: it promises no API to other packages (its `public`
    // declarations serve the CLI, the benchmarks and the tests of this package only); the CLI,
    // its flags, the IR JSON contract and the generated code are what docs2swift promises.
    .target(
      name: "Docs2SwiftCore",
      dependencies: [
        "CCMark",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    // Writes templates/ and the runtime (Runtime/) into Docs2SwiftCore as Swift data
    // (Emit/Runtime/EmbeddedResources.swift, by scripts/embed-resources.sh), so the docs2swift
    // binary needs no file beside it.
    .executableTarget(name: "docs2swift-embed"),
    .executableTarget(
      name: "docs2swift",
      dependencies: [
        "Docs2SwiftCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Times each stage of the pipeline (scripts/bench-stages.sh).
    .executableTarget(
      name: "docs2swift-bench",
      dependencies: ["Docs2SwiftCore"],
      path: "Benchmarks/StageBenchmarks"
    ),
    // Generates the SDK into a target at build time, from the target's reference and config.
    .plugin(
      name: "Docs2SwiftBuildPlugin",
      capability: .buildTool(),
      dependencies: ["docs2swift"]
    ),
    // `swift package generate-sdk`: writes the SDK sources into the package's targets.
    .plugin(
      name: "GenerateSDKCommand",
      capability: .command(
        intent: .custom(verb: "generate-sdk", description: "Generate the Swift SDK from the target's API reference"),
        permissions: [
          .writeToPackageDirectory(reason: "docs2swift writes the generated SDK sources into the target's Generated/ folder")
        ]
      ),
      dependencies: ["docs2swift"]
    ),
    .testTarget(
      name: "Docs2SwiftCoreTests",
      dependencies: ["Docs2SwiftCore", "docs2swift"],
      exclude: ["Golden"]
    ),
  ]
)
