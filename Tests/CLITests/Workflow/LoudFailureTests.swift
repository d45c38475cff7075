import Foundation
import TerminalTesting
import Testing

/// Scripts fail loudly, not silently: typos in properties, hook names, report rows, script and
/// topic names, a report with no input on a terminal, and the sandbox's missing io/os.
@Suite struct LoudFailureTests {
    static let files = (try? Workflow.files(Workflow.congress, 2).map(\.path)) ?? []

    func script(_ source: String) throws -> String {
        let path = try Workflow.scratch().appendingPathComponent("s.lua")
        try source.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    @Test func unknownPropertyIsAnErrorWithTheNearestName() throws {
        let r = try CLI.run(["-e", "for r in pr.releases() do\n  print(r.headlin)\nend"] + Self.files)
        #expect(r.status == 1)
        #expect(r.stderr.contains("(command line):2: Release has no member 'headlin'; did you mean 'headline'?"), "\(r.stderr)")
        let q = try CLI.run(["-e", "for r in pr.releases() do for _, q in ipairs(r.quotes) do local _ = q.Speaker end end"] + Self.files)
        #expect(q.status == 1 && q.stderr.contains("Quote has no member 'Speaker'; did you mean 'speaker'?"), "\(q.stderr)")
        let far = try CLI.run(["-e", "for r in pr.releases() do local _ = r.zzzqqq end"] + Self.files)
        #expect(far.stderr.contains("Release has no member 'zzzqqq' (`pranalyze docs Release` lists them)"), "\(far.stderr)")
        let ok = try CLI.run(["-q", "-e", "for r in pr.releases() do print(r.headline ~= nil, r:json() ~= nil) end"] + Self.files)
        #expect(ok.status == 0 && ok.stdout == "true\ttrue\ntrue\ttrue\n", "declared members and methods still read")
    }

    @Test func misCasedOrUnknownHooksListTheValidNames() throws {
        let returned = try CLI.run([try script("return { quote = function(q) end, finish = function() end }")] + Self.files)
        #expect(returned.status == 2)
        #expect(returned.stderr.contains("'quote' is not a hook or meta; did you mean 'Quote'?"), "\(returned.stderr)")
        #expect(returned.stderr.contains("valid: meta, init, Release, Paragraph, Quote, Statement, Person, partial, merge, finish"))
        let globals = try CLI.run([try script("function Release(r) end\nfunction Finish() return 'x' end")] + Self.files)
        #expect(globals.status == 2 && globals.stderr.contains("'Finish' is not a hook or meta; did you mean 'finish'?"), "\(globals.stderr)")
        let helper = try CLI.run(["-q", try script("function quote(s) return '\"' .. s .. '\"' end\nprint(quote('plain chunk'))")] + Self.files)
        #expect(helper.status == 0 && helper.stdout == "\"plain chunk\"\n", "a plain chunk may name its own functions freely")
    }

    @Test func rowWithMoreCellsThanColumnsIsAnError() throws {
        let wide = try CLI.run([try script("""
            return { finish = function()
              return pr.report.table{ columns = { "speaker", "quotes" }, rows = { { "A", 1 }, { "B", 2, "stray" } } }
            end }
            """)] + Self.files)
        #expect(wide.status == 1 && wide.stderr.contains("row 2 has 3 cells but the table has 2 columns (speaker, quotes)"), "\(wide.stderr)")
        let keyed = try CLI.run([try script("""
            return { finish = function()
              return { columns = { "speaker", "quotes" }, rows = { { speaker = "A", qoutes = 1 } } }
            end }
            """)] + Self.files)
        #expect(keyed.status == 1 && keyed.stderr.contains("row 1 has field 'qoutes', which is no column; did you mean 'quotes'?"), "\(keyed.stderr)")
    }

    @Test func misspeltScriptCommandAndTopicSuggestTheNearest() throws {
        let script = try CLI.run(["quotes-per-speakr"] + Self.files)
        #expect(script.status == 2 && script.stderr.contains("did you mean 'quotes-per-speaker'?"), "\(script.stderr)")
        let command = try CLI.run(["pars", Self.files[0]])
        #expect(command.stderr.contains("did you mean 'parse'?"), "\(command.stderr)")
        let topic = try CLI.run(["docs", "Qoute"])
        #expect(topic.status == 2 && topic.stderr.contains("did you mean: Quote?"), "\(topic.stderr)")
        let folder = try CLI.run([Workflow.congress.path])
        #expect(folder.status == 2 && folder.stderr.contains("is a directory, not a script: give the script first"), "\(folder.stderr)")
    }

    @Test func sandboxedIoAndOsPointToTrusted() throws {
        let io = try CLI.run(["-e", "io.write('x')"] + Self.files)
        #expect(io.status == 1 && io.stderr.contains("'io' is not available to sandboxed scripts"), "\(io.stderr)")
        #expect(io.stderr.contains("--trusted"))
        let os = try CLI.run(["-e", "print(os.getenv('HOME'))"] + Self.files)
        #expect(os.stderr.contains("'os' is not available to sandboxed scripts (use pr.time"), "\(os.stderr)")
        let trusted = try CLI.run(["--trusted", "-q", "-e", "io.write(type(os.time()))"] + Self.files)
        #expect(trusted.status == 0 && trusted.stdout == "number")
    }

    @Test func reportWithNoInputOnATerminalSaysHowToGiveOne() throws {
        // The shell keeps the pane open after pranalyze exits, so its message can still be read.
        let session = try TmuxSession(command: ["env", "-i", "TERM=screen", "PATH=/usr/bin:/bin", "sh", "-c",
                                                "'\(CLIRunner.binary)' quotes-per-speaker; echo status=$?; sleep 20"])
        defer { session.close() }
        #expect(session.waitFor("no input given: name files or directories after the script"), "\(session.screen())")
        #expect(session.waitFor("pranalyze quotes-per-speaker corpus/"))
        #expect(session.waitFor("status=2"), "a usage error")
    }
}
