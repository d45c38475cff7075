import Foundation
import Testing

@Suite struct MergeCommandTests {
    let script = """
        local n, words = {}, {}
        return {
          meta = { name = "speakers", description = "quotes per speaker" },
          Quote = function(q) local k = q.speaker and q.speaker.name or "-"; n[k] = (n[k] or 0) + 1; words[k] = (words[k] or 0) + q.words end,
          partial = function() return { n = n, words = words } end,
          merge = function(a, b)
            for k, v in pairs(b.n) do a.n[k] = (a.n[k] or 0) + v end
            for k, v in pairs(b.words) do a.words[k] = (a.words[k] or 0) + v end
            return a
          end,
          finish = function(p)
            local rows = {}
            for k, v in pairs(p.n) do rows[#rows + 1] = { k, v, p.words[k] } end
            table.sort(rows, function(x, y) return x[1] < y[1] end)
            return pr.report.table{ columns = { "speaker", "quotes", "words" }, rows = rows }
          end,
        }
        """

    @Test func shardsMergedEqualOneRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("speakers.lua").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let shards = ["kremlin-ukraine", "au-parliament"].map { CLIRunner.corpus + "/real/" + $0 }
        for (i, shard) in shards.enumerated() {
            let r = try CLIRunner.run([path, shard, "--emit-partial", dir.path + "/\(i).partial"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let merged = try CLIRunner.run(["merge", path, dir.path + "/0.partial", dir.path + "/1.partial", "--format", "csv"])
        let whole = try CLIRunner.run([path] + shards + ["--format", "csv", "--jobs", "2"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == whole.stdout)
        // CSV lines end with CRLF (RFC 4180).
        #expect(merged.stdout.hasPrefix("speaker,quotes,words\r\n"))
        #expect(merged.stdout.components(separatedBy: "\r\n").count > 20)
    }

    @Test func mergingSomethingElseIsAUsageError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("speakers.lua").path
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["merge", path, CLIRunner.corpus + "/seed/eirns-2017-11-08-lavrov.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("not a pranalyze partial"))
    }
}
