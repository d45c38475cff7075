import Foundation
import PressRelease
import Testing
import TestSupport
@testable import Corpus

/// A regular file is read to its end, not to the size `stat` gave: files under /proc report size
/// 0, and a file may grow between stat and read. The bytes past the stated size must all arrive.
@Suite struct FileSizeTests {
    @Test func fileLargerThanItsStatedSizeIsReadWhole() throws {
        let expected = try String(contentsOfFile: "/proc/version", encoding: .utf8)
        var info = stat()
        #expect(stat("/proc/version", &info) == 0 && info.st_size == 0, "the fixture must under-report its size")
        let run = Run(["/proc/version"])
        #expect(run.problems.isEmpty, "\(run.problems)")
        #expect(run.documents.count == 1)
        #expect(String(decoding: run.documents.first?.bytes ?? [], as: UTF8.self) == expected)
    }

    @Test func realReleaseIsReadByteForByte() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestCorpus.seed))
        let run = Run([TestCorpus.seed])
        #expect(run.documents.first?.bytes == Array(data))
    }
}
