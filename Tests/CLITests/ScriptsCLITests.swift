import Foundation
import Testing

/// `pranalyze scripts …` and running scripts by name, against a private search path: a
/// temporary working directory, PRANALYZE_PATH, XDG_DATA_HOME and bundled directory.
@Suite struct ScriptsCLITests {
    struct Sandbox {
        let root: URL
        var cwd: String { root.appendingPathComponent("work").path }
        var team: String { root.appendingPathComponent("team").path }
        var user: String { root.appendingPathComponent("data/pranalyze/scripts").path }
        var bundled: String { root.appendingPathComponent("bundled").path }
        var environment: [String: String] {
            ["PRANALYZE_PATH": team, "XDG_DATA_HOME": root.appendingPathComponent("data").path,
             "PRANALYZE_BUNDLED_SCRIPTS": bundled, "NO_COLOR": "1"]
        }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-scripts-\(UUID().uuidString)")
            for dir in [cwd, team, user, bundled] {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            }
        }

        func write(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }

        func run(_ arguments: [String]) throws -> CLIRunner.Result {
            try CLIRunner.run(arguments, environment: environment, cwd: cwd)
        }
    }

    static func counter(_ name: String, _ description: String) -> String {
        """
        local n = 0
        return {
          meta = { name = "\(name)", description = "\(description)",
                   args = { { name = "label", type = "string", default = "releases", doc = "what to call them" } } },
          init = function(args) label = args.label end,
          Release = function(r) n = n + 1 end,
          finish = function() return label .. ": " .. n end,
        }
        """
    }

    @Test func listShowsNameDescriptionArgsPathAndShadowing() throws {
        let box = try Sandbox()
        try box.write(box.team + "/count/count.lua", Self.counter("count", "Team count"))
        try box.write(box.team + "/count/README.md", "# count\n\nCounts releases, the team's way.\n")
        try box.write(box.bundled + "/count/count.lua", Self.counter("count", "Bundled count"))
        try box.write(box.user + "/mine.lua", Self.counter("mine", "My own"))
        try box.write(box.cwd + "/broken.lua", "meta = { name = 'broken' }\nerror('boom at load')\n")
        try box.write(box.cwd + "/plain.lua", "for r in pr.releases() do print(r.headline) end\n")
        try box.write(box.team + "/parse.lua", Self.counter("parse", "Named like a command"))
        let list = try box.run(["scripts"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("count  Team count"))
        #expect(list.stdout.contains("mine  My own"))
        #expect(list.stdout.contains("args:  [label=<string, releases>]"))
        #expect(list.stdout.contains("path:  \(box.team)/count/count.lua"))
        #expect(list.stdout.contains("shadows: \(box.bundled)/count/count.lua"))
        #expect(!list.stdout.contains("Bundled count"))
        #expect(list.stdout.contains("broken  (meta unreadable)") && list.stdout.contains("boom at load"))
        #expect(list.stdout.contains("plain  (no meta: a plain script)"))
        #expect(list.stdout.contains("note:  parse is also a pranalyze command: run it with `pranalyze run parse`"))
        #expect(try box.run(["run", "parse", CLI.seed]).stdout == "releases: 1\n")
        #expect(list.stdout.contains("Search path (first wins): \(box.cwd):\(box.team):\(box.user):\(box.bundled)"))

        let show = try box.run(["scripts", "show", "count"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("label (string, default releases)  what to call them"))
        #expect(show.stdout.contains("Counts releases, the team's way."))
        #expect(show.stdout.contains("Shadows: \(box.bundled)/count/count.lua"))
        let missing = try box.run(["scripts", "show", "nothing"])
        #expect(missing.status == 2 && missing.stderr.contains("no script named 'nothing'"))
    }

    @Test func runsAScriptByNameWithItsArguments() throws {
        let box = try Sandbox()
        try box.write(box.team + "/count/count.lua", Self.counter("count", "Team count"))
        try box.write(box.bundled + "/count/count.lua", "return { finish = function() return 'bundled' end }")
        let byName = try box.run(["count", CLI.seed, "--arg", "label=seen"])
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.stdout == "seen: 1\n")
        let viaRun = try box.run(["run", "count", CLI.seed])
        #expect(viaRun.stdout == "releases: 1\n")
        let unknown = try box.run(["nosuch", CLI.seed])
        #expect(unknown.status == 2 && unknown.stderr.contains("no script named 'nosuch'"))
    }

    @Test func newWritesASkeletonWhoseTestPassesAndTestShowsADiff() throws {
        let box = try Sandbox()
        let created = try box.run(["scripts", "new", "cue-speakers"])
        #expect(created.status == 0, "\(created.stderr)")
        let folder = box.cwd + "/cue-speakers"
        for file in ["cue-speakers.lua", "README.md", "expected.txt", "sample/first-release.txt"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file)")
        }
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
        #expect(expected.contains("Quotes per cue verb") && expected.contains("say"))
        let listed = try box.run(["scripts"])
        #expect(listed.stdout.contains("cue-speakers  Quotes per cue verb"))
        let pass = try box.run(["scripts", "test", "cue-speakers"])
        #expect(pass.status == 0 && pass.stdout.contains("ok   cue-speakers (table)"), "\(pass.stdout)\(pass.stderr)")
        #expect(try box.run(["scripts", "new", "cue-speakers"]).status == 2) // never overwrites
        #expect(try box.run(["scripts", "new", "parse"]).stderr.contains("is a pranalyze command"))

        // Change the script: the test fails and shows what changed.
        let source = try String(contentsOfFile: folder + "/cue-speakers.lua", encoding: .utf8)
        try source.replacingOccurrences(of: "\"Quotes per cue verb\"", with: "\"Cues\"")
            .write(toFile: folder + "/cue-speakers.lua", atomically: true, encoding: .utf8)
        let fail = try box.run(["scripts", "test", "cue-speakers"])
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("FAIL cue-speakers (table)"))
        #expect(fail.stdout.contains("-Quotes per cue verb") && fail.stdout.contains("+Cues"))
        let update = try box.run(["scripts", "test", "cue-speakers", "--update"])
        #expect(update.status == 0)
        #expect(try box.run(["scripts", "test", "cue-speakers"]).status == 0)
    }

    @Test func testWithoutANameRunsEveryTestAndNamesUntestedScripts() throws {
        let box = try Sandbox()
        try box.write(box.team + "/count/count.lua", Self.counter("count", "Team count"))
        try box.write(box.team + "/count/sample/one.txt", "Headline\n\nLONDON, May 1, 2024 – Body text.\n")
        try box.write(box.team + "/count/expected.txt", "releases: 1\n")
        try box.write(box.team + "/loose.lua", Self.counter("loose", "No test"))
        let all = try box.run(["scripts", "test"])
        #expect(all.status == 0, "\(all.stdout)\(all.stderr)")
        #expect(all.stdout.contains("ok   count (table)"))
        #expect(all.stdout.contains("1 passed, 0 failed; without a golden test: loose"))
        let named = try box.run(["scripts", "test", "loose"])
        #expect(named.status == 2 && named.stderr.contains("cannot test loose"))
    }
}
