// Times every stage of docs2swift generate on one reference, in process, and beside each stage
// a floor: the least work that stage's job takes, measured the same way.
//   docs2swift-bench REFERENCE [RUNS]     (release build: scripts/bench-stages.sh)
// Prints one Markdown table row per stage: median wall time and median CPU time of the process
// (user+sys) over RUNS, then the floor's CPU time, then the peak RSS.
//
// Stages: read (the file, validated as UTF-8), normalize, libcmark, reader, recover, build IR,
// Swift model, rendering (every file in memory), writing into an empty folder, and writing the
// same files again (an unchanged regeneration: every file compared, none written).
// Floors: read — the bytes read; normalize and reader — one pass over the input's bytes;
// libcmark — itself (a C library docs2swift calls); rendering — copying the output's bytes
// once; writing (fresh) — each file created, written and closed in place, nothing staged,
// journaled or renamed; writing (unchanged) — each file read back and compared. Recovery, IR and
// Swift model have no mechanical floor (they decide); they are reported against the whole.
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

/// Wall and CPU durations by stage, stages in first-seen order.
struct Samples {
  var wall: [String: [Double]] = [:]
  var cpu: [String: [Double]] = [:]
  var order: [String] = []

  mutating func record(_ name: String, wall duration: Duration, cpu cpuDuration: Duration) {
    if wall[name] == nil { order.append(name) }
    wall[name, default: []].append(milliseconds(duration))
    cpu[name, default: []].append(milliseconds(cpuDuration))
  }
}
var samples = Samples()
var floors = Samples()

/// Runs `body`, recording its wall and CPU time under `name` in `samples`.
@discardableResult
func measure<T>(_ name: String, into samples: inout Samples, _ body: () throws -> T) rethrows -> T {
  let start = ContinuousClock.now
  let cpuStart = Pipeline.StageTimings.processCPUTime()
  let result = try body()
  samples.record(
    name, wall: ContinuousClock.now - start, cpu: Pipeline.StageTimings.processCPUTime() - cpuStart)
  return result
}

/// Keeps a floor's result alive, so the optimizer cannot drop the work.
@inline(never) func keep(_ value: Int) { if value == .min { print(value) } }

let renderer = TemplateRenderer()
let output = FileManager.default.temporaryDirectory.appendingPathComponent("docs2swift-bench-\(getpid())")
let floorOutput = FileManager.default.temporaryDirectory.appendingPathComponent("docs2swift-floor-\(getpid())")
defer {
  try? FileManager.default.removeItem(at: output)
  try? FileManager.default.removeItem(at: floorOutput)
}
var fileCount = 0
var outputBytes = 0
for _ in 0..<runs {
  try? FileManager.default.removeItem(at: output)
  try? FileManager.default.removeItem(at: floorOutput)
  let start = ContinuousClock.now
  let cpuStart = Pipeline.StageTimings.processCPUTime()
  let source = try measure("read", into: &samples) { try Pipeline.readSource(path: path) }
  var timings = Pipeline.StageTimings()
  let result = try Pipeline.parse(source, timings: &timings)
  let emitted = try PackageEmitter.emit(result.api, renderer: renderer, timings: &timings)
  for stage in timings.stages {
    samples.record(stage.name == "read" ? "reader" : stage.name, wall: stage.duration, cpu: stage.cpu)
  }
  try measure("writing (empty folder)", into: &samples) { try OutputWriter.write(emitted.files, to: output.path) }
  samples.record(
    "whole generate (empty folder)", wall: ContinuousClock.now - start,
    cpu: Pipeline.StageTimings.processCPUTime() - cpuStart)
  try measure("writing (unchanged)", into: &samples) { try OutputWriter.write(emitted.files, to: output.path) }

  // Floors.
  keep(measure("read", into: &floors) { FileManager.default.contents(atPath: path)! }.count)
  keep(
    measure("one pass over the input", into: &floors) {
      source.text.utf8.withContiguousStorageIfAvailable { buffer in
        var sum = 0
        for byte in buffer { sum &+= Int(byte) }
        return sum
      } ?? 0
    })
  let files = emitted.files
  fileCount = files.count
  let copied = measure("copying the output", into: &floors) { () -> Int in
    var all: [UInt8] = []
    for file in files { all.append(contentsOf: file.contents.utf8) }
    return all.count
  }
  outputBytes = copied
  measure("writing (empty folder)", into: &floors) {
    var folders: Set<String> = []
    for file in files {
      let target = floorOutput.path + "/" + file.path
      let folder = (target as NSString).deletingLastPathComponent
      if folders.insert(folder).inserted {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      var text = file.contents
      text.withUTF8 { buffer in _ = write(descriptor, buffer.baseAddress, buffer.count) }
      close(descriptor)
    }
  }
  measure("writing (unchanged)", into: &floors) {
    var same = 0
    for file in files
    where FileManager.default.contents(atPath: floorOutput.path + "/" + file.path)
      == Data(file.contents.utf8)
    {
      same += 1
    }
    keep(same)
  }
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}
func format(_ value: Double?) -> String {
  guard let value else { return "" }
  return value < 10 ? String(format: "%.2f ms", value) : String(format: "%.1f ms", value)
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print("reference: \(path) (\(size / 1024) KiB), \(runs) runs; output: \(fileCount) files, \(outputBytes / 1024) KiB")
print("")
print("| stage | wall | CPU | floor (CPU) |")
print("| --- | --- | --- | --- |")
let floorOf = [
  "read": "read", "normalize": "one pass over the input", "reader": "one pass over the input",
  "rendering": "copying the output", "writing (empty folder)": "writing (empty folder)",
  "writing (unchanged)": "writing (unchanged)",
]
for name in samples.order {
  var floor = floorOf[name].flatMap { floors.cpu[$0] }.map(median)
  if name == "libcmark" { floor = median(samples.cpu[name]!) }
  print(
    "| \(name) | \(format(median(samples.wall[name]!))) | \(format(median(samples.cpu[name]!))) | \(format(floor)) |")
}
print("")
print("peak RSS: \(usage.ru_maxrss / 1024) MiB (the whole benchmark process, \(runs) runs)")
