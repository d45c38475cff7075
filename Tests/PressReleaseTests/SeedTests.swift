import Foundation
import Testing
import PressRelease

@Suite struct SeedTests {
    @Test func seedHeadlineDateAndDateline() throws {
        let release = ReleaseParser().parse(try CorpusLocation.document("seed/eirns-2017-11-08-lavrov.txt"))
        #expect(release.headline == "Putin Ready for Meeting with Trump, Foreign Minister Lavrov Confirms")
        #expect(release.date == "2017-11-08")
        #expect(release.kind == "press release")
        #expect(release.dateline?.agency == "EIRNS")
        #expect(release.paragraphs.first?.text.hasPrefix("Speaking on the sidelines") == true)
    }
}
