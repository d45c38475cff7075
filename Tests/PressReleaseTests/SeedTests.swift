import Foundation
import Testing
import PressRelease

enum CorpusFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func document(_ relativePath: String) throws -> SourceDocument {
        let url = root.appendingPathComponent(relativePath)
        return SourceDocument(path: url.path, bytes: [UInt8](try Data(contentsOf: url)))
    }
}

@Suite struct SeedTests {
    @Test func seedHeadlineDateAndDateline() throws {
        let release = ReleaseParser().parse(try CorpusFiles.document("seed/eirns-2017-11-08-lavrov.txt"))
        #expect(release.headline == "Putin Ready for Meeting with Trump, Foreign Minister Lavrov Confirms")
        #expect(release.date == "2017-11-08")
        #expect(release.kind == "press release")
        #expect(release.dateline?.agency == "EIRNS")
        #expect(release.paragraphs.first?.text.hasPrefix("Speaking on the sidelines") == true)
    }
}
