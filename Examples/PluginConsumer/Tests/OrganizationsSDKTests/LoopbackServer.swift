import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 that answers every request with one JSON body and
/// records what it received: enough to see the generated client speak real HTTP.
final class LoopbackServer: @unchecked Sendable {
  let port: UInt16
  private let socketDescriptor: Int32
  private let lock = NSLock()
  private var requests: [String] = []

  var receivedRequests: [String] { lock.withLock { requests } }

  init(responseBody: String) throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw POSIXError(.EIO) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    socketDescriptor = descriptor
    port = UInt16(bigEndian: address.sin_port)
    let thread = Thread { [self] in serve(responseBody) }
    thread.start()
  }

  deinit { close(socketDescriptor) }

  private func serve(_ body: String) {
    while true {
      let connection = accept(socketDescriptor, nil, nil)
      guard connection >= 0 else { return }
      var received = Data()
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(connection, &buffer, buffer.count)
        if count <= 0 { break }
        received.append(contentsOf: buffer[0..<count])
        let text = String(decoding: received, as: UTF8.self)
        if let end = text.range(of: "\r\n\r\n") {
          let header = text[..<end.lowerBound].lowercased()
          let length = header.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
          if text.utf8.count - text.utf8.distance(from: text.startIndex, to: end.upperBound) >= length { break }
        }
      }
      lock.withLock { requests.append(String(decoding: received, as: UTF8.self)) }
      let response =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
      _ = response.withCString { write(connection, $0, strlen($0)) }
      close(connection)
    }
  }
}
