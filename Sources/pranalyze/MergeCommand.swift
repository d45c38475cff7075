import ArgumentParser
import Foundation
import ScriptHost

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partials written by --emit-partial (one per corpus shard, in corpus order) and finish the script.",
        discussion: """
            Split a corpus across machines or processes:
              pranalyze report.lua shard1/ --emit-partial 1.partial
              pranalyze report.lua shard2/ --emit-partial 2.partial
              pranalyze merge report.lua 1.partial 2.partial
            The script must define partial() and merge(a, b); see 'pranalyze docs script'.
            """)

    @Argument(help: "The script that wrote the partials.")
    var script: String

    @Argument(help: "Partial files, in the order of the corpus shards they cover.")
    var partials: [String]

    @Option(name: .customLong("arg"), help: ArgumentHelp("Set a script argument declared in its meta.args (repeatable).",
                                                         valueName: "name=value"))
    var scriptArguments: [String] = []

    @OptionGroup var runtime: RuntimeOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard FileManager.default.fileExists(atPath: script) else { throw ValidationError("no script named '\(script)'") }
        let host = try runtime.makeHost()
        do {
            if case .report(let report) = try host.mergePartialFiles(partials, script: script, arguments: scriptArguments) {
                try output.emit(report)
            }
        } catch let error as ScriptHostError {
            throw Diagnostics.report(error)
        }
    }
}
