import Foundation
import Testing

/// Hostile partial files for `pranalyze merge`: each is refused with a message naming the file
/// (exit 2), or merged by the script (whose own error, if any, exits 1); never a signal.
@Suite struct HostilePartialCLITests {
    static let script = """
        return {
          Release = function() end,
          partial = function() return { n = 0 } end,
          merge = function(a, b) a.n = a.n + b.n return a end,
          finish = function(p) print("merged", p.n) end,
        }
        """

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// The file's text, or how to build it.
        var text: @Sendable () -> String
        var status: Int32
        var expect: String
        /// How many times the file is given (twice makes the script's merge run).
        var copies = 2
        var testDescription: String { name }
    }

    static func partial(_ value: String) -> String { PartialFileText.make(value, script: script) }

    static let cases: [Case] = [
        Case(name: "truncated", text: { String(partial("{\"n\":1}").dropLast(3)) }, status: 2, expect: "not valid JSON"),
        Case(name: "empty", text: { "" }, status: 2, expect: "not valid JSON"),
        Case(name: "not a partial", text: { "[1,2,3]" }, status: 2, expect: "not a pranalyze partial"),
        Case(name: "another format version", text: { partial("{\"n\":1}").replacingOccurrences(of: "\"version\":2", with: "\"version\":1") },
             status: 2, expect: "partial format version 1, but this pranalyze reads version 2"),
        Case(name: "no format version", text: { partial("{\"n\":1}").replacingOccurrences(of: "\"version\":2,", with: "") },
             status: 2, expect: "partial format version none"),
        Case(name: "deep beyond the partial limit", text: { partial(String(repeating: "[", count: 300) + String(repeating: "]", count: 300)) },
             status: 2, expect: "nested more than 64 deep"),
        Case(name: "huge integer", text: { partial("{\"n\":123456789012345678901234567890}") }, status: 0, expect: "merged\t2.4691357802469e+29"),
        Case(name: "integer beyond 64 bits", text: { partial("{\"n\":18446744073709551615}") }, status: 2, expect: "beyond 64 bits"),
        Case(name: "huge exponent", text: { partial("{\"n\":1e999}") }, status: 2, expect: "x.partial"),
        Case(name: "wrong type for the script", text: { partial("\"just a string\"") }, status: 1, expect: "attempt to perform arithmetic on a nil value (field 'n')"),
        Case(name: "wrong type in a field", text: { partial("{\"n\":\"three\"}") }, status: 1, expect: "attempt to add a 'string' with a 'string'"),
        Case(name: "odd $lua_table entry", text: { partial("{\"$lua_table\":[[1]]}") }, status: 2, expect: "not a [key, value] pair"),
        Case(name: "$lua_table that is not a list", text: { partial("{\"$lua_table\":7}") }, status: 2, expect: "not a list of pairs"),
        Case(name: "duplicate $lua_table keys", text: { partial("{\"$lua_table\":[[1,1],[1,2]]}") }, status: 2, expect: "duplicate key 1"),
        Case(name: "duplicate object keys", text: { partial("{\"n\":1,\"n\":2}") }, status: 0, expect: "merged"),
        Case(name: "written by another script", text: { PartialFileText.make("{\"n\":1}", script: "return {}") },
             status: 2, expect: "x.partial: written by report.lua (fnv1a64:"),
        Case(name: "no script identity", text: { partial("{\"n\":1}").replacingOccurrences(of: "\"script_id\"", with: "\"id\"") },
             status: 2, expect: "(no script_id), not by report.lua"),
        Case(name: "64-bit integers kept exact", text: { partial("{\"n\":{\"$lua_number\":\"-9223372036854775808\"}}") },
             status: 0, expect: "merged\t0", copies: 2),
        Case(name: "$lua_number integer beyond 64 bits", text: { partial("{\"n\":{\"$lua_number\":\"9223372036854775808\"}}") },
             status: 2, expect: "or a 64-bit integer"),
        Case(name: "unknown $lua_number", text: { partial("{\"n\":{\"$lua_number\":\"huge\"}}") }, status: 2, expect: "$lua_number"),
        Case(name: "nil key", text: { partial("{\"$lua_table\":[[null,1]]}") }, status: 2, expect: "a nil table key"),
        Case(name: "NaN key", text: { partial("{\"$lua_table\":[[{\"$lua_number\":\"nan\"},1]]}") }, status: 2, expect: "a NaN table key"),
        Case(name: "100 MB string", text: { partial("{\"n\":0,\"s\":\"" + String(repeating: "x", count: 100 << 20) + "\"}") },
             status: 0, expect: "merged\t0", copies: 1),
    ]

    @Test(arguments: cases) func mergeEndsCleanly(_ c: Case) throws {
        let path = try CLI.script(Self.script)
        let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("x.partial")
        try c.text().write(to: file, atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try CLIRunner.run(["merge", path] + Array(repeating: file.path, count: c.copies) + ["--max-memory", "512M"])
        #expect(r.status < 128 && !r.stderr.contains("Program crashed") && !r.stderr.contains("Fatal error"), "\(r.stderr)")
        #expect((r.stdout + r.stderr).contains(c.expect), "\(c.name): \(r.stdout)\(r.stderr.prefix(500))")
        // Statuses other than 0 are the documented ones: 1 the script failed, 2 the file was refused.
        if c.status != 0 || r.status != 0 { #expect(r.status == c.status, "\(c.name): \(r.stderr.prefix(500))") }
    }

    /// 64-bit integers (both ends, and past 2^53 where JSON readers round) stay integers and
    /// exact through `--emit-partial` and `merge`; so do infinite keys.
    @Test func integersRoundTripExactly() throws {
        let path = try CLI.script("""
            local function show(p)
              local out = {}
              for k, v in pairs(p) do out[#out + 1] = tostring(k) .. "=" .. math.type(v) .. ":" .. string.format("%d", v) end
              table.sort(out)
              print(table.concat(out, " "))
            end
            return {
              Release = function() end,
              partial = function() return { math.mininteger, math.maxinteger, (1 << 53) + 1, [math.huge] = -1, [math.mininteger] = 7 } end,
              merge = function(a, b) return a end,
              finish = show,
            }
            """)
        let file = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("ints.partial").path
        let emitted = try CLIRunner.run([path, CLI.seed, "--emit-partial", file])
        #expect(emitted.status == 0, "\(emitted.stderr)")
        let merged = try CLIRunner.run(["merge", path, file, file])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == "-9223372036854775808=integer:7 1=integer:-9223372036854775808 2=integer:9223372036854775807 3=integer:9007199254740993 inf=integer:-1\n")
    }
}
