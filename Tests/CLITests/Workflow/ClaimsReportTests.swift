import Foundation
import Testing

/// The `claims` report on real releases: every claim it lists names the term (or the person by a
/// name form the release uses), kinds filter the claims, and a bad `about` is refused.
@Suite struct ClaimsReportTests {
    static let kremlin = Workflow.real.appendingPathComponent("kremlin-ukraine").path
    static let seed = CLI.corpus.appendingPathComponent("seed").path

    /// The rows of the report's "What they claim" table, from `--format json`.
    func claims(_ about: String, _ corpus: String, kinds: String? = nil) throws -> [[String: Any]] {
        var args = ["claims", "-q", "--format", "json", "--arg", "about=\(about)", "--arg", "width=0"]
        if let kinds { args += ["--arg", "kinds=\(kinds)"] }
        let r = try CLI.run(args + [corpus])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        let table = try #require(sections.first { $0["title"] as? String == "What they claim" })
        return try #require(table["rows"] as? [[String: Any]])
    }

    @Test func everyClaimNamesTheTerm() throws {
        let rows = try claims("sanctions", Self.kremlin)
        #expect(rows.count >= 5)
        for row in rows {
            let text = (row["claim"] as? String ?? "").lowercased()
            #expect(text.contains("sanctions"), "\(text)")
        }
        #expect(Set(rows.compactMap { $0["speaker"] as? String }).count >= 3, "several speakers")
    }

    @Test func aPersonMatchesByEveryNameFormAndPossessive() throws {
        let bySurname = try claims("Trump", Self.seed)
        let byName = try claims("Donald Trump", Self.seed)
        let texts = bySurname.compactMap { $0["claim"] as? String }
        // "President Trump …" and "Trump’s political opponents …" name him without "Donald".
        #expect(texts.contains { $0.hasPrefix("Trump’s political opponents") })
        #expect(texts.contains { $0.contains("President Trump") && !$0.contains("Donald") })
        #expect(texts == byName.compactMap { $0["claim"] as? String })
        #expect(bySurname.allSatisfy { $0["speaker"] as? String == "Sergey Lavrov" })
    }

    @Test func kindsSplitTheClaims() throws {
        let all = try claims("sanctions", Self.kremlin)
        let direct = try claims("sanctions", Self.kremlin, kinds: "direct")
        let indirect = try claims("sanctions", Self.kremlin, kinds: "indirect")
        #expect(!direct.isEmpty && !indirect.isEmpty)
        #expect(direct.count + indirect.count == all.count)
        #expect(direct.allSatisfy { ["direct", "partial"].contains($0["kind"] as? String ?? "") })
        #expect(indirect.allSatisfy { ["indirect", "mixed"].contains($0["kind"] as? String ?? "") })
    }

    @Test func anEmptyOrMissingSubjectIsRefused() throws {
        let empty = try CLI.run(["claims", "-q", "--arg", "about= ", Self.seed])
        #expect(empty.status == 1 && empty.stderr.contains("--arg about must not be empty"), "\(empty.stderr)")
        let missing = try CLI.run(["claims", "-q", Self.seed])
        #expect(missing.status == 2 && missing.stderr.contains("about"), "\(missing.stderr)")
    }
}
