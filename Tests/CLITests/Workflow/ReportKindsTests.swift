import Foundation
import Testing

/// `--arg kinds=direct|indirect|all` in the speaker and cue reports: reported speech counted on
/// request, never by default, and an unknown kind named.
@Suite struct ReportKindsTests {
    static let kremlin = Workflow.real.appendingPathComponent("kremlin-ukraine").path

    func counts(_ script: String, _ kinds: String?) throws -> [String: Int] {
        let args = [script, "-q", "--format", "csv"] + (kinds.map { ["--arg", "kinds=\($0)"] } ?? []) + [Self.kremlin]
        let r = try CLI.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        var out: [String: Int] = [:]
        for row in QuotesExportTests.csv(r.stdout).dropFirst() where row.count > 1 { out[row[0]] = Int(row[1]) }
        return out
    }

    @Test func speakerCountsByKind() throws {
        let plain = try counts("quotes-per-speaker", nil)
        let direct = try counts("quotes-per-speaker", "direct")
        let indirect = try counts("quotes-per-speaker", "indirect")
        let all = try counts("quotes-per-speaker", "all")
        #expect(plain == direct, "direct is the default")
        #expect(!indirect.isEmpty)
        // Every statement is direct or reported, so `all` holds at least the reported ones of each speaker.
        for (name, n) in indirect { #expect((all[name] ?? 0) >= n, "\(name)") }
        #expect(all.values.reduce(0, +) > direct.values.reduce(0, +))
        // Unresolved pronouns name nobody.
        for pronoun in ["I", "we", "We", "they", "he", "she"] { #expect(indirect[pronoun] == nil) }
    }

    @Test func cueAndTopReportsTakeKinds() throws {
        for script in ["cue-verbs", "top-quoted"] {
            let r = try CLI.run([script, "-q", "--format", "csv", "--arg", "kinds=indirect", Self.kremlin])
            #expect(r.status == 0, "\(script): \(r.stderr)")
            #expect(r.stdout.contains("statements"), "\(script) counts statements")
        }
        let bad = try CLI.run(["quotes-per-speaker", "-q", "--arg", "kinds=bogus", Self.kremlin])
        #expect(bad.status != 0 && bad.stderr.contains("kinds=bogus: use direct, indirect or all"))
    }
}
