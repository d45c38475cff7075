import Foundation
import Testing
import PressRelease

/// Reported speech (`Release.attributions`) on real releases of the shared corpus.
@Suite struct ReportedSpeechTests {
    static let seed = "seed/eirns-2017-11-08-lavrov.txt"

    @Test func seedLavrovSaidPutinIsPreparedIsIndirectAndLavrovs() throws {
        let r = try CorpusLocation.parse(Self.seed)
        let st = r.attributions.first { $0.text.hasPrefix("Russian President Vladimir Putin is prepared to hold a meeting") }
        #expect(st?.kind == .indirect)
        #expect(st?.cue?.lemma == "say")
        #expect(st.flatMap { $0.speakerIndex }.map { r.attributionAnalysis.people[$0].name } == "Sergey Lavrov")
        #expect(st?.speakerKind == .person)
        #expect(st?.text.hasSuffix("U.S. President Donald Trump") == true)
        #expect(st?.rule == "reported.verb")
    }

    @Test func quotesKeepTheirMeaningAndAppearAsDirectStatements() throws {
        let r = try CorpusLocation.parse(Self.seed)
        let before = r.quotes
        let direct = r.attributions.filter { $0.kind == .direct }
        #expect(direct.count == before.count)
        #expect(direct.map(\.text) == before.map(\.text))
        #expect(r.quotes == before)
        #expect(r.attributions.contains { $0.kind == .indirect })
    }

    @Test func statementsAreInTextOrderWithOffsetsIntoTheSource() throws {
        let r = try CorpusLocation.parse(Self.seed)
        let all = r.attributions
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.start <= $1.start })
        for st in all where st.kind == .indirect {
            let raw = String(decoding: r.source.bytes[st.start..<st.stop], as: UTF8.self)
            #expect(raw == st.text)
            #expect(st.line == r.position(of: st.start).line)
            if let a = st.sourceStart, let b = st.sourceStop {
                #expect(String(decoding: r.source.bytes[a..<b], as: UTF8.self) == st.source)
            }
        }
    }

    @Test func pronounsResolveToThePersonNamedBefore() throws {
        let r = try CorpusLocation.parse("real/au-parliament/1979-12-04-nixon-peter-213733283.txt")
        let reported = r.attributions.filter { $0.kind == .indirect }
        let he = reported.first { $0.source?.lowercased() == "he" }
        #expect(he?.speakerName == "Peter Nixon")
        #expect(reported.contains { $0.cue?.lemma == "announce" && $0.text.hasPrefix("his Department would offer contracts") })
    }

    @Test func unresolvedPronounsNameNobodyAndATitleIsNoOrganisation() throws {
        let folder = CorpusLocation.root.appendingPathComponent("real/kremlin-ukraine")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var titled = 0
        for f in files {
            let r = try CorpusLocation.parse("real/kremlin-ukraine/" + f)
            for st in r.attributions where st.kind == .indirect || st.kind == .mixed {
                let name = st.speakerName?.lowercased() ?? ""
                #expect(!["i", "we", "they", "it", "you", "he", "she", "who"].contains(name), "\(f): \(st.speakerName ?? "")")
                // `I`/`we` in a transcript turn that no quote holds: no speaker, never a group "we".
                if ["i", "we"].contains(st.source?.lowercased() ?? ""), st.speakerIndex == nil {
                    #expect(st.speakerKind == nil, "\(f): \(st.source ?? "") is a \(String(describing: st.speakerKind))")
                }
                // `The Head of State stressed …`: a person described by title, not "State".
                if st.source?.hasSuffix("Head of State") == true {
                    titled += 1
                    #expect(st.speakerKind == .person && st.speakerName != "State", "\(f)")
                }
            }
        }
        #expect(titled > 0)
    }

    @Test func beliefVerbsAndArgueTakeTheirClause() throws {
        let path = try #require(Self.find("real/congress-us", containing: "Schumer argued that"))
        let r = try CorpusLocation.parse(path)
        let argued = r.attributions.first { $0.cue?.lemma == "argue" }
        #expect(argued?.speakerName == "Charles E. Schumer")
        #expect(argued?.text.hasPrefix("the competition from a fully competitive") == true)
    }

    @Test func accordingToAPlanIsNoSource() throws {
        let r = try CorpusLocation.parse("real/kremlin-ukraine/kremlin_2022-03-03_67903.txt")
        #expect(!r.attributions.contains { $0.source == "plan" })
        #expect(!r.attributions.contains { $0.cue?.words == "promise" })
    }

    @Test func reportedSpeakersStayOutOfPeopleButComeWithStatements() throws {
        let r = try CorpusLocation.parse(Self.seed)
        let a = r.attributionAnalysis
        #expect(Array(a.people.prefix(r.people.count)) == r.people)
        for (i, list) in a.statementsOf.enumerated() {
            #expect(list.allSatisfy { a.statements[$0].speakerIndex == i })
        }
    }

    /// The first file of a corpus folder whose text contains `needle`.
    static func find(_ folder: String, containing needle: String) -> String? {
        let dir = CorpusLocation.url(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? []
        for n in names {
            if let d = FileManager.default.contents(atPath: dir.appendingPathComponent(n).path),
               String(decoding: d, as: UTF8.self).contains(needle) { return folder + "/" + n }
        }
        return nil
    }
}
