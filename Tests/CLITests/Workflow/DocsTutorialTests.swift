import Foundation
import Testing

/// docs/tutorial.md runs as written: each ```sh block's command, in order, from a scratch
/// directory beside the shared corpus (so `../shared/corpus/real` resolves) with `docs` linked,
/// exits as the block says (`# exit N`, else 0), and prints every line of the ```text block
/// after it (an excerpt: the real corpus's numbers are the parser's, so they are not pinned).
@Suite struct DocsTutorialTests {
    @Test func everyCommandRunsAndPrintsItsExcerpt() throws {
        let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("docs/tutorial.md"), encoding: .utf8)
        let blocks = text.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let root = try Workflow.scratch()
        let work = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("study"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("shared"),
                                                   withDestinationURL: CLI.corpus.deletingLastPathComponent())
        try FileManager.default.createSymbolicLink(at: work.appendingPathComponent("docs"),
                                                   withDestinationURL: CLIRunner.packageRoot.appendingPathComponent("docs"))
        let env = ["NO_COLOR": "1", "HOME": root.path, "XDG_DATA_HOME": root.path + "/data", "PRANALYZE_PATH": ""]
        var commands = 0
        for (i, block) in blocks.enumerated() where block.hasPrefix("sh\n") {
            let lines = block.dropFirst(3).split(separator: "\n").map(String.init)
            let command = lines[0]
            let status = lines.dropFirst().first { $0.hasPrefix("# exit ") }.flatMap { Int32($0.dropFirst(7)) } ?? 0
            let words = TutorialTests.words(command)
            #expect(words.first == "pranalyze", "\(command)")
            let r = try CLIRunner.run(Array(words.dropFirst()), environment: env, cwd: work.path)
            #expect(r.status == status, "\(command)\n\(r.stderr)")
            if i + 1 < blocks.count, blocks[i + 1].hasPrefix("text\n") {
                for line in blocks[i + 1].dropFirst(5).split(separator: "\n") where !line.isEmpty {
                    #expect((r.stdout + r.stderr).contains(line), "\(command) does not print: \(line)")
                }
            }
            commands += 1
        }
        #expect(commands >= 15)
        for file in ["quotes.csv", "quotes-ids.csv", "quotes-checked.csv", "quotes-by-party.md", "quotes-by-party.csv",
                     "audit-1-attributions-to-check.csv"] {
            #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("study/\(file)").path), "study/\(file)")
        }
        let table = try String(contentsOf: work.appendingPathComponent("study/quotes-by-party.md"), encoding: .utf8)
        #expect(table.hasPrefix("# Quotes per month by party") && table.contains("| Democrat"))
    }
}
