import Foundation
import PressRelease

// Speech analysis cost: (1) on the real corpus, as a ratio to parsing the same files in the same
// run; (2) linearity on adversarial inputs, as the time ratio between inputs of size N and 4N
// (≈4 when linear, ≈16 when quadratic). Usage: swift run SpeechBenchmark [rounds]
let rounds = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 3
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let root = packageRoot.appendingPathComponent("../shared/corpus/real").standardizedFileURL

func seconds(_ body: () -> Void) -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
}

var paths: [String] = []
if let e = FileManager.default.enumerator(atPath: root.path) {
    for case let rel as String in e where rel.hasSuffix(".txt") { paths.append(root.appendingPathComponent(rel).path) }
}
paths.sort()
let files = paths.map { [UInt8](FileManager.default.contents(atPath: $0) ?? Data()) }
let mb = Double(files.reduce(0) { $0 + $1.count }) / 1_000_000
var checksum = 0
let parseOnly = seconds {
    for _ in 0..<rounds { for (k, f) in files.enumerated() {
        checksum &+= ReleaseParser().parse(SourceDocument(path: paths[k], bytes: f)).paragraphs.count
    } }
}
let withSpeech = seconds {
    for _ in 0..<rounds { for (k, f) in files.enumerated() {
        let r = ReleaseParser().parse(SourceDocument(path: paths[k], bytes: f))
        checksum &+= r.quotes.count &+ r.people.count
    } }
}
print("corpus: \(files.count) files, \(String(format: "%.2f", mb)) MB, rounds \(rounds)")
print(String(format: "parse only      %7.2f MB/s", mb * Double(rounds) / parseOnly))
print(String(format: "parse + speech  %7.2f MB/s   (speech adds %.2fx the parse time)",
             mb * Double(rounds) / withSpeech, (withSpeech - parseOnly) / parseOnly))

// Adversarial inputs: time the speech analysis alone (parse first, then touch `speech`).
let shapes: [(String, (Int) -> String)] = [
    ("unmatched marks", { n in String(repeating: "\"word “open « guillemet ", count: n / 24) }),
    ("one long paragraph", { n in String(repeating: "Senator Ann Vale said \"we will act now,\" and he added, \"We are ready.\" ", count: n / 72) }),
    ("capitalised run", { n in String(repeating: "Alpha Beta Gamma of the Delta ", count: n / 30) + "\"x,\" said Zed." }),
    ("reopened quote chain", { n in String(repeating: "\"Words keep coming here ", count: n / 24) + "\" said Ann Vale." }),
    ("many people", { n in (0..<(n / 40)).map { "Dr. Ann Vale\($0 % 997) met Mr. Bo Lind\($0). " }.joined() + "\"Yes,\" he said." }),
    ("names and pronouns", { n in String(repeating: "Mr. Ray Holt met Ms. Ida Moss. \"Yes,\" she said. \"No,\" he said. ", count: n / 64) }),
]
for (name, make) in shapes {
    var times: [Double] = []
    for size in [250_000, 1_000_000] {
        let r = ReleaseParser().parse(SourceDocument(path: name, text: "Headline\n\n" + make(size) + "\n"))
        times.append(seconds { checksum &+= r.speech.quotes.count })
    }
    print(String(format: "%-20@ 0.25 MB %.3f s, 1 MB %.3f s, ratio %.2f (linear ≈ 4)", name as NSString, times[0], times[1], times[1] / times[0]))
}
print("checksum \(checksum)")
