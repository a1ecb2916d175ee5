import AppTypes
import Gitpod

// Lists an organization's members with the generated client (GITPOD_API_KEY, GITPOD_BASE_URL).
let client = GitpodClient()
let organizationID = CommandLine.arguments.dropFirst().first ?? "b0e12f6c-4c67-429d-a4a6-d9838b5da047"
do {
  let organization = try await client.organizations.retrieve(organizationID: organizationID).organization
  print(organization?.name ?? "no organization")
} catch {
  print("error: \(error)")
}

// The app's own `Page`, `RPCError`, … beside the client's (`GitpodPage`, `GitpodRequestOptions`):
// unqualified names resolve to the app's, with no ambiguity.
let appTypes: [Any] = [
  Page(), RPCError(), JSONValue.null, Timestamp(), ClientOptions(), RequestOptions(), URLSessionTransport(),
  Principal(),
]
let options: GitpodRequestOptions = .init(timeout: .seconds(5))
print(appTypes.count, options.timeout ?? .zero)
