// The generated SDK of this target is checked in under Generated/, written by
// `swift package --allow-writing-to-package-directory generate-sdk --target CheckedInSDK`
// from gitpod-organizations.md and docs2swift-config.yaml beside this file.

extension GitpodClient {
  /// A hand-written addition beside the generated code.
  public static let checkedIn = true
}
