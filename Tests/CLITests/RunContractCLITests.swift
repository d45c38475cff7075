import Foundation
import Testing

@Suite struct RunContractCLITests {
    let script = """
        return {
          meta = { name = "count", args = { { name = "min_words", type = "integer", default = 0 },
                                            { name = "since", type = "date" } } },
          init = function(args) min, since, n = args.min_words, args.since, 0 end,
          Release = function(r) if since and (r.date or '') < since then return false end end,
          Paragraph = function(p, r) if select(2, p.text:gsub('%S+', '')) >= min then n = n + 1 end end,
          finish = function() return 'paragraphs: ' .. n end,
        }
        """

    @Test func finishReturnValueIsPrintedAndArgsChangeIt() throws {
        let path = try CLI.script(script)
        let all = try CLI.run([path, CLI.kremlin])
        let long = try CLI.run([path, CLI.kremlin, "--arg", "min_words=60"])
        #expect(all.status == 0 && long.status == 0)
        let count = { (s: String) in Int(s.replacingOccurrences(of: "paragraphs: ", with: "").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
        #expect(count(all.stdout) > count(long.stdout))
        #expect(count(long.stdout) > 0)
        let none = try CLI.run([path, CLI.kremlin, "--arg", "since=2999-01-01"])
        #expect(none.stdout == "paragraphs: 0\n")
    }

    @Test func reportsFromFinishAreRenderedInTheFormatAsked() throws {
        let path = try CLI.script("""
            local rows = {}
            return {
              Release = function(r) rows[#rows + 1] = { r.date or "", #r.paragraphs } end,
              finish = function() return pr.report.table{ columns = { "date", "paragraphs" }, rows = rows } end,
            }
            """)
        let csv = try CLI.run([path, CLI.seed, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("date,paragraphs\r\n2017-11-08,"))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-\(UUID().uuidString).json").path
        let written = try CLI.run([path, CLI.seed, "--format", "json", "--output", out])
        #expect(written.status == 0 && written.stdout.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
        #expect((json?["sections"] as? [Any])?.count == 1)
        try? FileManager.default.removeItem(atPath: out)
    }

    @Test func badArgumentsExitWithStatus2BeforeAnyHook() throws {
        let path = try CLI.script(script)
        let bad = try CLI.run([path, CLI.seed, "--arg", "min_words=lots"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "pranalyze: --arg min_words=lots: an integer expected\n")
        #expect(bad.stdout.isEmpty)
        let unknown = try CLI.run([path, CLI.seed, "--arg", "colour=red"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown argument 'colour' for count"))
    }

    @Test func scriptErrorsNameTheHookAndTheRelease() throws {
        let path = try CLI.script("""
            function Release(r)
              return r.dateline.nothing.place
            end
            """)
        // Run from the script's folder: Lua shortens long chunk names in messages.
        let result = try CLI.run(["report.lua", CLI.seed], in: URL(fileURLWithPath: path).deletingLastPathComponent())
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("pranalyze: report.lua:2: Dateline has no member 'nothing' (`pranalyze docs Dateline` lists them)\n  in hook Release while processing \(CLI.seed)\nstack traceback:"))
    }

    @Test func oneLinersStillWork() throws {
        let result = try CLI.run(["-e", "for r in pr.releases() do print(r.date, #r.paragraphs > 0) end", CLI.seed])
        #expect(result.status == 0)
        #expect(result.stdout == "2017-11-08\ttrue\n")
        let hook = try CLI.run(["-e", "function Release(r) print(r.dateline.agency) end", CLI.seed])
        #expect(hook.stdout == "EIRNS\n")
    }
}
