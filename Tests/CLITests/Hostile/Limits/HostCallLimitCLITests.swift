import Foundation
import Testing

/// `--timeout` and `--max-instructions` reach inside long host calls, and count per run whatever
/// `--jobs` says. A host call the limits could not interrupt would be ended by the watchdog
/// instead ("inside a library call that cannot be interrupted"), which these tests refuse.
@Suite struct HostCallLimitCLITests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var call: String
        var testDescription: String { name }
    }

    /// Host calls whose naive cost is super-linear (or exponential) in what the script hands over.
    static let cases: [Case] = [
        Case(name: "pr.text.count with a needle that almost matches everywhere",
             call: #"pr.text.count(string.rep("a", 2000000), string.rep("a", 50000) .. "b")"#),
        Case(name: "pr.text.contains, folded, non-ASCII",
             call: #"pr.text.contains(string.rep("é", 1000000), string.rep("é", 50000) .. "x", true)"#),
        Case(name: "pr.text.has_words with a long almost-matching phrase",
             call: #"pr.text.has_words(string.rep("a ", 400000), string.rep("a ", 50000) .. "b")"#),
        Case(name: "pr.text.has_words building the words of a four-million-word text",
             call: #"pr.text.has_words(string.rep("a ", 4000000), "zz")"#),
        Case(name: "pr.json of a table sharing one subtable",
             call: #"(function() local t = {1} for i = 1, 60 do t = {t, t} end return pr.json(t) end)()"#),
    ]

    static func script(_ call: String) -> String {
        """
        return {
          Release = function(r) local x = \(call) end,
          partial = function() return {} end,
          merge = function(a, b) return a end,
          finish = function() return "finished" end,
        }
        """
    }

    @Test(arguments: cases, [1, 2])
    func timeoutInterruptsTheHostCall(_ c: Case, jobs: Int) throws {
        let path = try CLI.script(Self.script(c.call))
        let run = try CLI.run([path, CLI.kremlin, "--timeout", "1", "--max-memory", "4G", "--jobs", String(jobs)])
        #expect(run.status == 1, "\(run.stderr.suffix(300))")
        #expect(run.stderr.contains("time limit exceeded (--timeout 1)"), "\(run.stderr.suffix(300))")
        #expect(!run.stderr.contains("cannot be interrupted"))
    }

    @Test(arguments: cases, [1, 2])
    func instructionLimitInterruptsTheHostCall(_ c: Case, jobs: Int) throws {
        let path = try CLI.script(Self.script(c.call))
        let run = try CLI.run([path, CLI.kremlin, "--max-instructions", "2000000", "--max-memory", "4G", "--jobs", String(jobs)])
        #expect(run.status == 1, "\(run.stderr.suffix(300))")
        #expect(run.stderr.contains("instruction limit exceeded (--max-instructions 2000000)"), "\(run.stderr.suffix(300))")
    }

    /// 150 releases at ~100k instructions each: a block of 64 stays under 10M, the run does not.
    /// A limit reset per worker or per block would let `--jobs 2` finish.
    @Test(arguments: [1, 2])
    func instructionLimitIsPerRun(jobs: Int) throws {
        let path = try CLI.script(Self.script("(function() for i = 1, 100000 do end end)()"))
        let over = try CLI.run([path, CLI.kremlin, "--max-instructions", "10000000", "--jobs", String(jobs)])
        #expect(over.status == 1)
        #expect(over.stderr.contains("instruction limit exceeded (--max-instructions 10000000)"), "\(over.stderr.suffix(300))")
        let under = try CLI.run([path, CLI.kremlin, "--max-instructions", "40000000", "--jobs", String(jobs)])
        #expect(under.status == 0, "\(under.stderr.suffix(300))")
        #expect(under.stdout.contains("finished"))
    }
}
