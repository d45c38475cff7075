import Foundation
import Testing

/// Release metadata (`r.meta`, `r.url`, `r.source`) from sidecar indexes and from the containers
/// themselves, through the built binary on the real corpus.
@Suite struct MetadataCLITests {
    @Test func sidecarIndexGivesEveryCongressReleaseItsPartyAndMember() throws {
        let index = try Workflow.index(Workflow.congress)
        let r = try CLI.run(["-q", "-e", "for r in pr.releases() do print(r.path:match('[^/]+$'), r.meta.party, r.meta.member, r.url, r.source) end",
                             Workflow.congress.path])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Workflow.rows(r.stdout)
        #expect(rows.count == index.count)
        for row in rows {
            let want = try #require(index[row[0]], "\(row[0]) is in the index")
            #expect(row[1] == (want["party"] as? String ?? "nil"), "a null in the index is no field")
            #expect(row[2] == (want["member"] as? String ?? "nil"))
            #expect(row[3] == (want["url"] as? String ?? "nil"))
            #expect(row[4] == "congress-us")
        }
        #expect(Set(rows.map { $0[1] }).count > 1, "more than one party in the folder")
    }

    @Test func sourceIsTheIndexSiteElseTheFolder() throws {
        let r = try CLI.run(["-q", "-e", "local s = {} for r in pr.releases() do s[r.source] = true end for k in pairs(s) do print(k) end",
                             CLI.kremlin])
        let sites = Set(try Workflow.index(URL(fileURLWithPath: CLI.kremlin)).values.compactMap { $0["site"] as? String })
        #expect(Set(r.stdout.split(separator: "\n").map(String.init)) == sites)
    }

    @Test func metaIsReadOnlyAndShownByParseJSON() throws {
        let file = try Workflow.files(Workflow.congress, 1)[0]
        let write = try CLI.run(["-q", "-e", "for r in pr.releases() do r.meta.party = 'x' end", file.path])
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only table 'r.meta'"))
        let parsed = try CLI.run(["parse", "--format", "json", file.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String: Any]])
        let want = try #require(try Workflow.index(Workflow.congress)[file.lastPathComponent])
        let meta = try #require(json.first?["meta"] as? [String: String])
        #expect(meta["party"] == want["party"] as? String)
        #expect(meta["state"] == want["state"] as? String)
        #expect(json.first?["url"] as? String == want["url"] as? String)
        #expect(json.first?["source"] as? String == "congress-us")
    }

    @Test func csvSidecarAndContainerFieldsReachScripts() throws {
        let dir = try Workflow.scratch()
        let files = try Workflow.files(Workflow.congress, 2)
        for f in files { try FileManager.default.copyItem(at: f, to: dir.appendingPathComponent(f.lastPathComponent)) }
        // A CSV index with a quoted comma, written by the test.
        let csv = "file,desk,note\n\(files[0].lastPathComponent),\"Oakland, CA\",first\n\(files[1].lastPathComponent),DC,second\n"
        try csv.write(to: dir.appendingPathComponent("index.csv"), atomically: true, encoding: .utf8)
        // JSON Lines fields beyond the mapped ones, front matter and mail headers, around a real body.
        let body = try String(contentsOf: files[0], encoding: .utf8)
        let record = try JSONSerialization.data(withJSONObject: ["text": body, "title": "T", "party": "Green", "rank": 3])
        try (String(decoding: record, as: UTF8.self) + "\n").write(to: dir.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
        try "---\ntitle: Front\nmember: Jane Roe\n---\n\n\(body)".write(to: dir.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
        try "From: Press <press@example.org>\nSubject: Mail\nX-Campaign: spring\n\n\(body)".write(
            to: dir.appendingPathComponent("msg.eml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["-q", "-e", "for r in pr.releases() do print(r.path:match('[^/]+$'), r.meta.desk or r.meta.party or r.meta.member or r.meta['x-campaign'], r.meta.rank or r.meta.note or '') end",
                             dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        let got = Dictionary(uniqueKeysWithValues: Workflow.rows(r.stdout).map { ($0[0], Array($0.dropFirst())) })
        #expect(got[files[0].lastPathComponent] == ["Oakland, CA", "first"])
        #expect(got[files[1].lastPathComponent] == ["DC", "second"])
        #expect(got["feed.jsonl"] == ["Green", "3"])
        #expect(got["page.md"] == ["Jane Roe", ""])
        #expect(got["msg.eml"] == ["spring", ""])
        #expect(got.count == 5, "index.csv is not a release")
    }

    @Test func nonReleaseFilesArePassedOverAndUnknownTypesCounted() throws {
        let dir = try Workflow.scratch()
        let file = try Workflow.files(Workflow.congress, 1)[0]
        try FileManager.default.copyItem(at: file, to: dir.appendingPathComponent(file.lastPathComponent))
        for name in ["README.md", "LICENSE", "SOURCES.md"] { try "About this corpus.\n".write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try Data("%PDF-1.4\n".utf8).write(to: dir.appendingPathComponent("scan.pdf"))
        try Data([0, 1, 2]).write(to: dir.appendingPathComponent("blob.bin"))
        let r = try CLI.run(["-e", "for r in pr.releases() do print(r.path) end", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("README.md: ignored: documentation, not a release"))
        #expect(r.stderr.contains(".bin: 1, .pdf: 1"), "\(r.stderr)")
        #expect(!r.stderr.contains("scan.pdf"), "unknown types are counted, not listed one by one")
    }
}
