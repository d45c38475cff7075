import Foundation
import Testing

@Suite struct RunCommandTests {
    let seed = CLIRunner.corpus + "/seed/eirns-2017-11-08-lavrov.txt"

    @Test func chunkSeesTheSeedRelease() throws {
        let r = try CLIRunner.run(["-e", "for r in pr.releases() do print(r.headline); print(r.date); print(#r.paragraphs > 5) end", seed])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Putin Ready for Meeting with Trump, Foreign Minister Lavrov Confirms\n2017-11-08\ntrue\n")
    }

    @Test func scriptFileRunsOverADirectoryRecursivelyInInputOrder() throws {
        let dir = CLIRunner.corpus + "/real/kremlin-ukraine"
        let expected = try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("paths-\(UUID()).lua").path
        try "for r in pr.releases() do print(r.path) end".write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        let r = try CLIRunner.run([script, dir, "--jobs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").map(String.init) == expected)
    }

    @Test func standardInputIsReadWithDash() throws {
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        let r = try CLIRunner.run(["-e", "for r in pr.releases() do print(r.path, r.date) end", "-"], stdin: text)
        #expect(r.stdout == "-\t2017-11-08\n")
    }

    @Test func releasesArePrintableAndIterable() throws {
        let r = try CLIRunner.run(["-e", """
            for r in pr.releases() do
              print(tostring(r))
              local keys = {}
              for k in pairs(r) do keys[#keys + 1] = k end
              print(table.concat(keys, ","))
              print(r.dateline.agency, r.dateline.date)
            end
            """, seed])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Release 2017-11-08 \"Putin Ready for Meeting with Trump") == true)
        #expect(lines.count == 3)
        #expect(lines[1].contains("headline") && lines[1].contains("paragraphs") && lines[1].contains("dateline"))
        #expect(lines[2] == "EIRNS\t2017-11-08")
    }

    @Test func scriptErrorsNameFileAndLineWithTraceback() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID()).lua").path
        try "local function shout(r)\n  return r.headline .. nil\nend\nfor r in pr.releases() do shout(r) end\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        let r = try CLIRunner.run([script, seed])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(script):2: attempt to concatenate a nil value"))
        #expect(r.stderr.contains("stack traceback:"))
        #expect(r.stderr.contains("\(script):4: in main chunk"))
    }

    @Test func usageErrorsExitTwo() throws {
        let none = try CLIRunner.run([])
        #expect(none.status == 2)
        let missing = try CLIRunner.run(["no-such-script.lua", seed])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-script.lua"))
    }

    @Test func unreadableInputsAreNamedAndTheRestIsProcessed() throws {
        let r = try CLIRunner.run(["-e", "for r in pr.releases() do print(r.date) end", "/nonexistent/file.txt", seed])
        #expect(r.status == 3)
        #expect(r.stdout == "2017-11-08\n")
        #expect(r.stderr.contains("/nonexistent/file.txt"))
    }

    @Test func bundledExampleRunsOverTheExampleCorpus() throws {
        let r = try CLIRunner.run([CLIRunner.examples + "/first-look.lua", CLIRunner.examples + "/corpus"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2017-11-08"))
        #expect(r.stdout.contains("4 releases,"))
    }
}
