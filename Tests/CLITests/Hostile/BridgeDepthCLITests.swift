import Foundation
import Testing

/// Nesting and keys that once crashed the host (heap corruption, aborts at `lua_close`), run
/// through the CLI as a stranger's script or partial file would be: each ends in a result or a
/// one-line error, never a signal.
@Suite struct BridgeDepthCLITests {
    static let corpus = CLIRunner.examples

    /// A Lua expression building a list nested `n` deep: `{{{…}}}`.
    static func deep(_ n: Int) -> String {
        "(function() local t = {} local c = t for _ = 1, \(n) do c[1] = {} c = c[1] end return t end)()"
    }

    static func run(_ args: [String]) throws -> CLIRunner.Result {
        let r = try CLIRunner.run(args)
        // A signal shows as a status above 128 (or a crash report on stderr).
        #expect(r.status < 128 && !r.stderr.contains("Program crashed"), "\(r.stderr)")
        return r
    }

    @Test func jsonOfADeepTableWithinTheLimitIsWritten() throws {
        let script = try CLI.script("print(pr.json(\(Self.deep(40))))")
        let r = try Self.run([script, Self.corpus])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.filter { $0 == "[" }.count == 41)
    }

    @Test func jsonBeyondTheLimitIsAnErrorNamingIt() throws {
        let script = try CLI.script("print(pr.json(\(Self.deep(5000))))")
        let r = try Self.run([script, Self.corpus])
        #expect(r.status == 1)
        #expect(r.stderr.contains("nested deeper than 64 levels"), "\(r.stderr)")
    }

    static func partialScript(depth: Int) throws -> String {
        try CLI.script("""
            local n = 0
            return {
              Release = function() n = n + 1 end,
              partial = function() local t = \(deep(depth)) t.n = n return t end,
              merge = function(a, b) a.n = a.n + b.n return a end,
              finish = function(p) print("releases", p.n) end,
            }
            """)
    }

    @Test(arguments: ["1", "2"]) func deepPartialRunsWithJobs(jobs: String) throws {
        let r = try Self.run([try Self.partialScript(depth: 30), Self.corpus, "--jobs", jobs])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("releases\t"))
    }

    @Test func deepPartialRoundTripsThroughAFile() throws {
        let script = try Self.partialScript(depth: 30)
        let file = URL(fileURLWithPath: script).deletingLastPathComponent().appendingPathComponent("p.partial").path
        let emitted = try Self.run([script, Self.corpus, "--emit-partial", file])
        #expect(emitted.status == 0, "\(emitted.stderr)")
        let merged = try Self.run(["merge", script, file, file])
        #expect(merged.status == 0, "\(merged.stderr)")
        let single = try Self.run([script, Self.corpus])
        let n = Int(single.stdout.split(separator: "\t").last!.trimmingCharacters(in: .whitespacesAndNewlines))!
        #expect(merged.stdout == "releases\t\(2 * n)\n")
    }

    @Test func partialBeyondTheLimitIsRefused() throws {
        let r = try Self.run([try Self.partialScript(depth: 200), Self.corpus, "--jobs", "2"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("64"), "\(r.stderr)")
    }

    static func mergeFile(_ value: String) throws -> CLIRunner.Result {
        let script = try partialScript(depth: 1)
        let file = URL(fileURLWithPath: script).deletingLastPathComponent().appendingPathComponent("x.partial")
        try PartialFileText.make(value, script: String(contentsOfFile: script, encoding: .utf8))
            .write(to: file, atomically: true, encoding: .utf8)
        return try run(["merge", script, file.path])
    }

    @Test func nilAndNaNKeysInAPartialFileAreRefused() throws {
        let nilKey = try Self.mergeFile("{\"$lua_table\":[[null,1]]}")
        #expect(nilKey.status != 0)
        #expect(nilKey.stderr.contains("x.partial: a nil table key"), "\(nilKey.stderr)")
        let nanKey = try Self.mergeFile("{\"$lua_table\":[[{\"$lua_number\":\"nan\"},1]]}")
        #expect(nanKey.status != 0)
        #expect(nanKey.stderr.contains("a NaN table key"), "\(nanKey.stderr)")
    }

    @Test func deepPartialFilesAreRefusedWithTheirPlace() throws {
        let within = try Self.mergeFile(String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
        #expect(within.status != 0)
        #expect(within.stderr.contains("nested more than 64 deep at partial[1][1]"), "\(within.stderr)")
        let beyondJSON = try Self.mergeFile(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        #expect(beyondJSON.status != 0)
        #expect(beyondJSON.stderr.contains("not valid JSON"), "\(beyondJSON.stderr)")
    }
}
