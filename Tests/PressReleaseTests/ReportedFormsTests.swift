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
}
