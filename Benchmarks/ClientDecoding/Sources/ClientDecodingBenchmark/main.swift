// Decodes a ListMembers page of 10,000 members three ways, interleaved, and prints the medians:
//
// - baseline: a hand-written Codable struct of the same shape (synthesized conformances,
//   timestamps parsed with Foundation's ISO 8601 format style);
// - models: the generated `MembersPage` with `JSONDecoder`;
// - client: `client.organizations.listMembers(…)` end to end (request building, retries
//   machinery, decoding) over an in-memory transport that answers the same body.

import Foundation
import Gitpod

struct BaselineMember: Codable {
  var email: String
  var fullName: String
  var loginProvider: String
  var memberSince: Date
  var role: String
  var status: String
  var userId: String
  var avatarUrl: String?
}

/// The same with timestamps left as strings: the cheapest decoding of this shape.
struct StringMember: Codable {
  var email: String
  var fullName: String
  var loginProvider: String
  var memberSince: String
  var role: String
  var status: String
  var userId: String
  var avatarUrl: String?
}

struct StringPage: Codable {
  var members: [StringMember]
  var pagination: BaselinePage.Pagination?
}

struct BaselinePage: Codable {
  struct Pagination: Codable {
    var nextToken: String?
  }
  var members: [BaselineMember]
  var pagination: Pagination?
}

struct CannedTransport: HTTPTransport {
  let body: Data

  func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
    TransportResponse(status: 200, headers: ["Content-Type": "application/json"], body: body)
  }
}

func makePage(members count: Int) -> Data {
  let roles = ["ORGANIZATION_ROLE_ADMIN", "ORGANIZATION_ROLE_MEMBER"]
  var members: [String] = []
  members.reserveCapacity(count)
  for index in 0..<count {
    members.append(
      """
      {"avatarUrl":"https://example.com/avatars/\(index).png","email":"user\(index)@example.com",\
      "fullName":"User Number \(index)","loginProvider":"github",\
      "memberSince":"2024-0\(index % 9 + 1)-1\(index % 10)T18:11:19.\(100 + index % 900)Z",\
      "role":"\(roles[index % 2])","status":"USER_STATUS_ACTIVE",\
      "userId":"182bd5e5-6e1a-4fe4-a799-\(String(format: "%012d", index))"}
      """)
  }
  return Data(#"{"members":[\#(members.joined(separator: ","))],"pagination":{"nextToken":"next"}}"#.utf8)
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let body = makePage(members: 10_000)
let baselineDecoder = JSONDecoder()
let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
baselineDecoder.dateDecodingStrategy = .custom { decoder in
  try dateStyle.parse(decoder.singleValueContainer().decode(String.self))
}
let client = GitpodClient(
  apiKey: "benchmark", baseURL: URL(string: "https://example.invalid/api")!, transport: CannedTransport(body: body),
  environment: [:])

// Warm up and check that all three decode the same members.
let baselineCount = try baselineDecoder.decode(BaselinePage.self, from: body).members.count
let modelCount = try JSONDecoder().decode(MembersPage.self, from: body).members.count
let clientCount = try await client.organizations.listMembers(organizationID: "org").items.count
precondition(baselineCount == 10_000 && modelCount == 10_000 && clientCount == 10_000)

let runs = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 21
var baseline: [Double] = []
var strings: [Double] = []
var models: [Double] = []
var viaClient: [Double] = []
let clock = ContinuousClock()
for _ in 0..<runs {
  baseline.append(milliseconds(try clock.measure { _ = try baselineDecoder.decode(BaselinePage.self, from: body) }))
  strings.append(milliseconds(try clock.measure { _ = try JSONDecoder().decode(StringPage.self, from: body) }))
  models.append(milliseconds(try clock.measure { _ = try JSONDecoder().decode(MembersPage.self, from: body) }))
  let started = clock.now
  _ = try await client.organizations.listMembers(organizationID: "org")
  viaClient.append(milliseconds(clock.now - started))
}

let base = median(baseline)
print("ListMembers page, 10,000 members, \(body.count / 1024) KiB, median of \(runs) runs (release):")
let rows = [
  ("baseline: hand-written Codable", baseline), ("baseline, timestamps as strings", strings),
  ("generated models (JSONDecoder)", models), ("generated client (listMembers)", viaClient),
]
for (name, values) in rows {
  let value = median(values)
  let padded = name.padding(toLength: 34, withPad: " ", startingAt: 0)
  print(padded + String(format: "%8.2f ms   %.3fx baseline", value, value / base))
}
