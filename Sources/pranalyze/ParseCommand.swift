import ArgumentParser
import Corpus
import PressRelease

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Print the parsed model of each release, to see what the parser saw.")

    @Argument(help: "Files, directories or - for stdin.")
    var inputs: [String]

    func run() throws {
        var skipped = 0
        try Corpus(inputs: inputs).forEach { item in
            switch item {
            case .problem(let p):
                Diagnostics.problem(p)
                skipped += 1
            case .document(let doc):
                let r = ReleaseParser().parse(doc)
                print("\(r.path)\t\(r.date ?? "-")\t\(r.headline ?? "-")")
            }
        }
        if skipped > 0 { throw ExitStatus.inputsSkipped }
    }
}
