import Foundation
import Testing
import PressRelease

/// Verb forms and content boundaries of reported speech, on real releases of the shared corpus.
@Suite struct ReportedFormsTests {
    @Test func aProgressiveReportsItsClause() throws {
        let path = try #require(ReportedSpeechTests.find("real/au-parliament", containing: "businesses are reporting that they"))
        let r = try CorpusLocation.parse(path)
        let st = r.attributions.first { $0.cue?.lemma == "report" && $0.source == "businesses" }
        #expect(st?.kind == .indirect)
        #expect(st?.text.hasPrefix("they have not experienced a meaningful reduction") == true)
    }

    @Test func contentEndsBeforeAContrastedClauseButKeepsASecondThat() throws {
        let hill = try CorpusLocation.parse("real/au-parliament/1992-10-30-hill-robert-214125819.txt")
        let promised = hill.attributions.first { $0.kind == .indirect && $0.text.hasPrefix("to increase aid spending") }
        #expect(promised?.text == "to increase aid spending when it came to office")
        // `said that X, but that Y`: both complements are the senator's.
        let bolkus = try CorpusLocation.parse("real/au-parliament/1993-11-01-bolkus-nick-211183584.txt")
        let said = bolkus.attributions.first { $0.kind == .indirect && $0.text.hasPrefix("the precise cost of processing") }
        #expect(said?.text.hasSuffix("such costs would be covered by application fees") == true)
    }
}
