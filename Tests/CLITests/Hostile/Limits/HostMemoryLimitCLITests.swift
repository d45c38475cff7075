import Foundation
import Testing

/// `--max-memory` bounds what a script makes the host allocate, not only Lua's own heap: each
/// case would take gigabytes of host memory unbounded. Run through the CLI with `--jobs 1` and
/// `--jobs 2`; the run must end with the memory limit named and a peak RSS within the documented
/// bound (docs/threat-model.md: twice the limit plus the host's own working set).
@Suite(.serialized) struct HostMemoryLimitCLITests {
    static let limit = 64 << 20
    /// What the host needs besides the script's budget (binary, parser, a block of releases).
    static let baseline = 96 << 20
    /// Under AddressSanitizer (.ci/asan) shadow memory and quarantine make RSS meaningless.
    static let sanitized = CLI.binary?.path.contains("asan") ?? false

    static func expectBounded(_ run: MeasuredRun.Outcome) {
        guard !sanitized else { return }
        #expect(run.peakRSS > 0)
        #expect(run.peakRSS < 2 * limit + baseline, "peak RSS \(run.peakRSS >> 20) MB")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "JSON of a table sharing one subtable (output exponential in its size)", source: """
            local t = { string.rep("x", 1000) }
            for i = 1, 40 do t = { t, t } end
            return { Release = function() end, finish = function() return pr.json(t) end }
            """),
        Case(name: "a counter's keys held in the host across releases", source: """
            local c = pr.stats.counter()
            return {
              Release = function(r) for i = 1, 100000 do c:add(r.path .. i) end end,
              finish = function() return tostring(#c) end,
            }
            """),
    ]

    @Test(arguments: cases, [1, 2])
    func hostAllocationsEndWithTheMemoryLimit(_ c: Case, jobs: Int) throws {
        let script = try CLI.script(c.source)
        let run = try MeasuredRun.run([script, CLI.kremlin, "--max-memory", "64M", "--jobs", String(jobs)])
        #expect(run.status == 1, "\(run.output.suffix(400))")
        #expect(run.output.contains("memory limit exceeded (--max-memory 64M)"), "\(run.output.suffix(400))")
        Self.expectBounded(run)
    }

    @Test(arguments: [1, 2])
    func memoryHeldAcrossReleasesIsBounded(jobs: Int) throws {
        // Each release's text, many times over, kept for the whole run.
        let script = try CLI.script("""
            local keep = {}
            return {
              Release = function(r) keep[#keep + 1] = string.rep(r.text, 1000) end,
              finish = function() return tostring(#keep) end,
            }
            """)
        let run = try MeasuredRun.run([script, CLI.kremlin, "--max-memory", "64M", "--jobs", String(jobs)])
        #expect(run.status == 1)
        #expect(run.output.contains("memory limit exceeded (--max-memory 64M)"), "\(run.output.suffix(400))")
        Self.expectBounded(run)
    }
}
