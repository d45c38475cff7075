import Foundation
import Testing

/// Bundled reports that define `partial` and `merge` give the `--jobs 1` result however they are
/// split: over several Lua states, or over corpus shards merged with `pranalyze merge`.
@Suite struct BundledMergeTests {
    static let scripts: [String] = {
        let root = CLIRunner.packageRoot.appendingPathComponent("Scripts").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted().filter { name in
            let file = "\(root)/\(name)/\(name).lua"
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return false }
            return text.contains("partial = function") && text.contains("merge = function")
        }
    }()

    let shards = ["kremlin-ukraine", "congress-us"].map { CLIRunner.corpus + "/real/" + $0 }

    @Test func threeBundledReportsAreSplittable() {
        #expect(Self.scripts.count >= 3, "\(Self.scripts)")
    }

    @Test(arguments: scripts)
    func severalStatesAndShardsGiveTheSingleStateResult(_ name: String) throws {
        let one = try CLIRunner.run(["run", name] + shards + ["--jobs", "1", "--format", "csv", "-q"])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.components(separatedBy: "\r\n").count > 5)
        let two = try CLIRunner.run(["run", name] + shards + ["--jobs", "2", "--format", "csv", "-q"])
        #expect(two.stdout == one.stdout)

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("shards-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var partials: [String] = []
        for (i, shard) in shards.enumerated() {
            let file = dir.appendingPathComponent("\(i).partial").path
            let r = try CLIRunner.run(["run", name, shard, "--emit-partial", file, "-q"])
            #expect(r.status == 0, "\(r.stderr)")
            partials.append(file)
        }
        let script = CLIRunner.packageRoot.appendingPathComponent("Scripts/\(name)/\(name).lua").path
        let merged = try CLIRunner.run(["merge", script] + partials + ["--format", "csv", "-q"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == one.stdout)
    }
}
