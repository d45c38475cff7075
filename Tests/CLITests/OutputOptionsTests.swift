import Foundation
import Report
import Testing
@testable import pranalyze

@Suite struct OutputOptionsTests {
    @Test func parsesFormatAndOutput() throws {
        let defaults = try OutputOptions.parse([])
        #expect(defaults.effectiveFormat == .table && defaults.output == nil)
        let o = try OutputOptions.parse(["--format", "jsonl", "--output", "out.jsonl"])
        #expect(o.effectiveFormat == .jsonl && o.output == "out.jsonl")
        #expect(try OutputOptions.parse(["--output", "r.html"]).effectiveFormat == .html)
        #expect(throws: (any Error).self) { try OutputOptions.parse(["--format", "xml"]) }
    }

    @Test func emitWritesTheFileAtomically() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-emit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.md").path
        let report = Report(Section(title: "T", .summary([SummaryItem("Releases", 3)])))
        try OutputOptions.parse(["--format", "markdown", "--output", path]).emit(report)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# T\n\n- **Releases**: 3\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.md"])
    }
}
