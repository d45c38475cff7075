import Foundation
import PressRelease

// Parses every `.txt` file under ../shared/corpus/real N times and compares throughput with
// `wc -w` run on the same files in the same run. Usage: swift run -c release ParseBenchmark [N] [DIR]
let args = CommandLine.arguments.dropFirst()
let rounds = args.first.flatMap(Int.init) ?? 20
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let root = args.dropFirst().first.map { URL(fileURLWithPath: $0) }
    ?? packageRoot.appendingPathComponent("../shared/corpus/real").standardizedFileURL

var paths: [String] = []
if let e = FileManager.default.enumerator(atPath: root.path) {
    for case let rel as String in e where rel.hasSuffix(".txt") { paths.append(root.appendingPathComponent(rel).path) }
}
paths.sort()
let files = paths.map { [UInt8](FileManager.default.contents(atPath: $0) ?? Data()) }
let bytes = files.reduce(0) { $0 + $1.count }
guard bytes > 0 else { print("no .txt files under \(root.path)"); exit(1) }
let mb = Double(bytes) / 1_000_000

func seconds(_ body: () -> Void) -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

// Parser: structure plus sentences and word counts, so lazy work is included.
var checksum = 0
let parseTime = seconds {
    for _ in 0..<rounds {
        for (k, f) in files.enumerated() {
            let r = ReleaseParser().parse(SourceDocument(path: paths[k], bytes: f))
            checksum &+= r.paragraphs.count &+ r.sentences.count &+ r.words
        }
    }
}

// Baseline: `wc -w` over the same files, N times, as a subprocess.
let wcTime = seconds {
    for _ in 0..<rounds {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["wc", "-w"] + paths
        p.standardOutput = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
    }
}

let parseMBs = mb * Double(rounds) / parseTime
let wcMBs = mb * Double(rounds) / wcTime
print("files: \(files.count), \(String(format: "%.2f", mb)) MB, rounds: \(rounds)")
print("parse:  \(String(format: "%8.2f", parseMBs)) MB/s  (\(String(format: "%.3f", parseTime)) s)")
print("wc -w:  \(String(format: "%8.2f", wcMBs)) MB/s  (\(String(format: "%.3f", wcTime)) s)")
print("ratio parse/wc: \(String(format: "%.3f", parseMBs / wcMBs))   checksum \(checksum)")
