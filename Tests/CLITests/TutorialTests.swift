import Foundation
import Testing

/// Examples/TUTORIAL.md runs as written: each ```sh block's command, run in order from a scratch
/// directory linking `Examples`, prints exactly the ```text block after it (stdout, then stderr),
/// and each ```lua block naming a file shows that file. `dev/regen-tutorial` refreshes it.
@Suite struct TutorialTests {
    struct Block {
        var kind: String
        var body: String
    }

    static func blocks() throws -> [Block] {
        let text = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/TUTORIAL.md"), encoding: .utf8)
        var blocks: [Block] = []
        var current: Block?
        for line in text.components(separatedBy: "\n") {
            if var open = current {
                if line == "```" {
                    blocks.append(open)
                    current = nil
                } else {
                    open.body += line + "\n"
                    current = open
                }
            } else if line.hasPrefix("```"), line.count > 3 {
                current = Block(kind: String(line.dropFirst(3)), body: "")
            }
        }
        return blocks
    }

    /// Splits a one-line shell command into words (single quotes group, as the tutorial writes them).
    static func words(_ command: String) -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        for c in command {
            if c == "'" { quoted.toggle(); started = true } else if c == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(c)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    @Test func everyCommandPrintsWhatTheTutorialShows() throws {
        let blocks = try Self.blocks()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tutorial-\(UUID())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createSymbolicLink(at: scratch.appendingPathComponent("Examples"),
                                                   withDestinationURL: CLIRunner.packageRoot.appendingPathComponent("Examples"))
        let env = ["NO_COLOR": "1", "HOME": scratch.path, "XDG_DATA_HOME": scratch.path + "/data", "PRANALYZE_PATH": ""]
        var commands = 0
        for (i, block) in blocks.enumerated() where block.kind == "sh" {
            let words = Self.words(block.body.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(words.first == "pranalyze")
            let r = try CLIRunner.run(Array(words.dropFirst()), environment: env, cwd: scratch.path)
            let shown = i + 1 < blocks.count && blocks[i + 1].kind == "text" ? blocks[i + 1].body : nil
            #expect(r.stdout + r.stderr == shown, "command: \(block.body)")
            commands += 1
        }
        #expect(commands >= 7)
    }

    @Test func scriptListingsMatchTheirFiles() throws {
        var listings = 0
        for block in try Self.blocks() where block.kind == "lua" && block.body.hasPrefix("-- file: ") {
            let lines = block.body.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let file = String(lines[0].dropFirst("-- file: ".count))
            let contents = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(file), encoding: .utf8)
            #expect(String(lines[1]) == contents, "\(file) differs from its listing")
            listings += 1
        }
        #expect(listings >= 1)
    }
}
