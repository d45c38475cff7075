import Foundation
import Testing
@testable import Report

@Suite struct ReportWriterTests {
    func scratchDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func writesAtomicallyAndLeavesNoTempFile() throws {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.csv").path
        try ReportWriter.write("old\n", to: path)
        let text = render(Fixtures.single, format: .csv)
        try ReportWriter.write(text, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.csv"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o600 == 0o600 } == true)
    }

    @Test func failureThrowsAndLeavesNothing() throws {
        let dir = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The target is a directory: rename fails after the temp file was written.
        let target = dir.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: ReportWriter.WriteError.self) { try ReportWriter.write("x", to: target.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["taken"])
        #expect(throws: ReportWriter.WriteError.self) {
            try ReportWriter.write("x", to: dir.appendingPathComponent("missing/out.txt").path)
        }
    }
}
