import ArgumentParser
import Corpus
import Foundation
import PressRelease

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the parsed model of each release, to see what the parser saw.",
        discussion: """
            JSON (for jq, pandas, debugging): one array, one object per release, keys in a fixed order,
            byte offsets into the source and 1-based line/column for every node.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Files, directories, glob patterns or - for stdin.")
    var inputs: [String]

    @Option(name: .long, help: "text (readable) or json.")
    var format: Format = .text

    @OptionGroup(title: "Inputs") var input: InputOptions

    @Flag(name: .shortAndLong, help: "No summary notes on stderr.")
    var quiet = false

    func run() throws {
        let parser = ReleaseParser()
        var releases: [Release] = []
        let summary = try input.corpus(inputs).forEach { item in
            switch item {
            case .problem(let p): Diagnostics.problem(p)
            case .document(let doc):
                let release = parser.parse(doc)
                // Text streams release by release; JSON is one array, written at the end.
                if format == .text { write(ReleaseText.render([release]) + "\n") } else { releases.append(release) }
            }
        }
        if format == .json { write(ReleaseJSON.render(releases)) }
        try input.finish(summary, quiet: quiet)
    }

    private func write(_ text: String) {
        var text = text
        text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
    }
}
