import Foundation

@testable import Docs2SwiftCore

/// The repository's templates.
let templatesPath = repositoryRoot.appendingPathComponent("templates").path

/// A fresh empty folder under the temporary directory.
func makeTemporaryFolder(_ name: String = "emit") throws -> String {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("docs2swift-\(name)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url.path
}

/// A copy of the repository's templates in a temporary folder, to change in a test.
func copyOfTemplates() throws -> String {
  let folder = try makeTemporaryFolder("templates")
  for name in try FileManager.default.contentsOfDirectory(atPath: templatesPath) {
    try FileManager.default.copyItem(atPath: templatesPath + "/" + name, toPath: folder + "/" + name)
  }
  return folder
}

func field(
  _ name: String, _ type: TypeRef, required: Bool = true, json: String? = nil, description: String = "",
  location: ParameterLocation? = nil
) -> Field {
  Field(
    name: name, jsonName: json ?? SwiftNaming.lowerCamelCase(name).replacingOccurrences(of: "ID", with: "Id"),
    required: required, type: type, description: description, location: location)
}

/// A small hand-built API: one resource with a Domain Type, an enum, and two methods.
func sampleAPI(connectPaths: Bool = true) -> APIDocument {
  let role = TypeDecl(
    name: "WidgetRole", title: "Widget Role", kind: .enum, description: "The role of a widget.",
    values: ["WIDGET_ROLE_UNSPECIFIED", "WIDGET_ROLE_ADMIN", "WIDGET_ROLE_MEMBER"])
  let widget = TypeDecl(
    name: "Widget", title: "Widget", kind: .object, description: "A widget.",
    fields: [
      field("id", .string, description: "The widget's ID."),
      field("created_at", .datetime),
      field("role", .ref("WidgetRole")),
      field("default", .boolean, required: false, description: "A keyword as a field name."),
      field("description", .string, required: false),
      field("self", .string, required: false),
      field("labels", .map(.string), required: false),
      field("metadata", .any, required: false),
      field("tags", .array(.string)),
      field("count", .integer),
      field(
        "owner",
        .object(
          name: nil,
          fields: [
            field("user_id", .string),
            field("kind", .enum(name: nil, values: ["KIND_UNSPECIFIED", "KIND_HUMAN", "KIND_ROBOT"]), required: false),
          ]), required: false),
    ])
  let path = connectPaths ? "/acme.v1.WidgetService/" : "/widgets/"
  let create = Method(
    name: "create", operation: "CreateWidget", http: HTTPEndpoint(method: "POST", path: path + "CreateWidget"),
    summary: "Creates a widget.", description: "Creates a widget.", paramsType: "WidgetCreateParams",
    params: [
      field("name", .string, location: .body),
      field(
        "filter", .object(name: "Filter", fields: [field("search", .string, required: false)]), required: false,
        location: .body),
      field("page_size", .integer, required: false, location: .query),
    ],
    returns: .object(name: "WidgetCreateResponse", fields: [field("widget", .ref("Widget"))]),
    returnsName: "WidgetCreateResponse", pagination: nil,
    examples: [RequestExample(title: "Basic", description: "", request: try! JSONValue.parse(#"{"name": "w"}"#))],
    responseExample: try! JSONValue.parse(
      #"{"widget": {"id": "1", "createdAt": "2019-12-27T18:11:19.117Z", "role": "WIDGET_ROLE_ADMIN", "tags": [], "count": 1}}"#
    ),
    pythonExample:
      "import os from acme import AcmeClient client = AcmeClient( api_key=os.environ.get(\"ACME_API_KEY\") )")
  let delete = Method(
    name: "delete", operation: "DeleteWidget", http: HTTPEndpoint(method: "POST", path: path + "DeleteWidget"),
    summary: "Deletes a widget.", description: "Deletes a widget.", paramsType: "WidgetDeleteParams",
    params: [field("widget_id", .string, location: .body)], returns: nil, returnsName: "object", pagination: nil,
    examples: [], responseExample: .object([]), pythonExample: nil)
  return APIDocument(
    title: "Widgets",
    resources: [
      Resource(
        name: "widgets", path: ["widgets"], title: "Widgets", methods: [create, delete], types: [widget, role])
    ]
  ).withConventions()
}

/// Emits `api` with the built-in templates (overlaid by the folder `templates`) and returns the
/// files by path.
func emitFiles(
  _ api: APIDocument, config: GeneratorConfig = GeneratorConfig(), templates: String? = nil
) throws -> [String: String] {
  let output = try PackageEmitter.emit(api, config: config, renderer: TemplateRenderer(directory: templates))
  return Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
}
