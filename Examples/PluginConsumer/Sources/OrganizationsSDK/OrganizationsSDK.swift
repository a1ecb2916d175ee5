// The generated SDK is compiled into this target by the docs2swift build-tool plugin, from
// gitpod-organizations.md and docs2swift-config.yaml beside this file.

extension GitpodClient {
  /// A hand-written addition beside the generated code.
  public static let documentationURL = "https://www.gitpod.io/docs/api-reference"
}
