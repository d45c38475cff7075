import Foundation
import Testing
import TestSupport

/// A release in a file with a one-letter name, named relative to the working directory, is read
/// like the same file under its own name (the sidecar lookup once trapped in Foundation on it).
@Suite struct ShortNameTests {
    @Test func oneLetterFileNameInWorkingDirectoryIsRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-short-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: TestCorpus.seed, toPath: dir.appendingPathComponent("a").path)
        let script = "for r in pr.releases() do print(r.headline, #r.quotes, #r.people) end"
        let short = try CLIRunner.run(["-e", script, "a"], cwd: dir.path)
        let full = try CLIRunner.run(["-e", script, TestCorpus.seed])
        #expect(short.status == 0, "\(short.stderr)")
        #expect(full.status == 0)
        #expect(short.stdout == full.stdout)
        #expect(short.stdout.hasPrefix("Putin Ready for Meeting"), "\(short.stdout)")
    }
}
