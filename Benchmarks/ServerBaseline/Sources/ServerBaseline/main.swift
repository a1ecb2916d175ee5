import Foundation
import GitpodMocks
import Hummingbird

// server-baseline [--host HOST] [--port PORT]: serves GitpodMockExamples.responses from bare
// Hummingbird routes and prints "baseline listening on http://HOST:PORT".
var arguments = CommandLine.arguments.dropFirst()
var host = "127.0.0.1"
var port = 0
while let argument = arguments.popFirst() {
  switch argument {
  case "--host": host = arguments.popFirst() ?? host
  case "--port": port = arguments.popFirst().flatMap(Int.init) ?? port
  default:
    FileHandle.standardError.write(Data("server-baseline: unknown argument '\(argument)'\n".utf8))
    exit(2)
  }
}
let router = Router()
for (path, json) in GitpodMockExamples.responses {
  let body = ByteBuffer(string: json)
  router.post(RouterPath(path)) { _, _ in
    Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: body))
  }
}
let boundHost = host
let app = Application(
  router: router, configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
  onServerRunning: { channel in
    let bound = channel.localAddress?.port ?? port
    FileHandle.standardOutput.write(Data("baseline listening on http://\(boundHost):\(bound)\n".utf8))
  })
try await app.runService()
