// Times every stage of docs2swift on one reference, in process: normalize, libcmark, read,
// build IR, emit (every generated file, in memory), write (to a fresh folder), and the whole.
//   docs2swift-bench REFERENCE [RUNS]     (release build: scripts/bench-stages.sh)
// Prints one Markdown table row per stage with the median wall time, then the peak RSS.
import Docs2SwiftCore
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: docs2swift-bench REFERENCE [RUNS]\n".utf8))
  exit(2)
}
let path = arguments[1]
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// Durations by stage, stages in first-seen order.
struct Samples {
  var values: [String: [Double]] = [:]
  var order: [String] = []

  mutating func record(_ name: String, _ duration: Duration) {
    if values[name] == nil { order.append(name) }
    values[name, default: []].append(milliseconds(duration))
  }
}
var samples = Samples()

let renderer = TemplateRenderer()
let output = FileManager.default.temporaryDirectory.appendingPathComponent("docs2swift-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: output) }
for _ in 0..<runs {
  try? FileManager.default.removeItem(at: output)
  let start = ContinuousClock.now
  let source = try Pipeline.readSource(path: path)
  var timings = Pipeline.StageTimings()
  let result = try Pipeline.parse(source, timings: &timings)
  for stage in timings.stages { samples.record(stage.name, stage.duration) }
  let emitStart = ContinuousClock.now
  let emitted = try PackageEmitter.emit(result.api, renderer: renderer)
  samples.record("emit", ContinuousClock.now - emitStart)
  let writeStart = ContinuousClock.now
  try OutputWriter.write(emitted.files, to: output.path)
  samples.record("write", ContinuousClock.now - writeStart)
  samples.record("whole generate", ContinuousClock.now - start)
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print("reference: \(path) (\(bytes / 1024) KiB), \(runs) runs")
for name in samples.order {
  print("| \(name) | \(String(format: "%.1f", median(samples.values[name]!))) ms |")
}
print("peak RSS: \(usage.ru_maxrss / 1024) MiB")
