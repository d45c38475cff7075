import ArgumentParser
import Foundation
import ScriptHost

/// Options shared by every command that runs Lua.
struct RuntimeOptions: ParsableArguments {
    @Option(name: .long, help: "Parser threads (default: the number of cores).")
    var jobs: Int?

    @OptionGroup(title: "Sandbox and limits") var sandbox: SandboxOptions

    @Flag(name: .shortAndLong, help: "No progress bar and no summary notes on stderr.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("People's spellings mapped to one canonical person (CSV: name,canonical,id; or JSON), used by pr.people and every report.", valueName: "file"))
    var aliases: String?

    @Option(name: .long, help: ArgumentHelp("Hand corrections of quotes (CSV: file,line,column,speaker[,text]; speaker '-' or 'not a quote' strikes it), applied in every report; stale ones are reported.", valueName: "file"))
    var corrections: String?

    /// Shows a progress bar over `inputs` when stderr is a terminal, unless --quiet.
    func attachProgress(to host: ScriptHost, inputs: [String]) {
        guard !quiet && ProgressBar.wanted else { return }
        let bar = ProgressBar(inputs: inputs)
        host.progress = bar
        let report = host.onProblem
        host.onProblem = { problem in
            bar.clearLine()
            report(problem)
        }
    }

    func makeHost() throws -> ScriptHost {
        var options = ScriptHost.Options()
        if let jobs { options.jobs = max(1, jobs) }
        sandbox.apply(to: &options)
        if let aliases {
            do { options.aliases = try PeopleAliases.load(path: aliases) } catch {
                throw ValidationError("--aliases \(error)")
            }
        }
        if let corrections {
            do { options.corrections = try QuoteCorrections.load(path: corrections) } catch {
                throw ValidationError("--corrections \(error)")
            }
        }
        let host: ScriptHost
        do { host = try ScriptHost(options: options) } catch let error as LuaAliasError {
            throw ValidationError("--aliases \(aliases ?? ""): \(error)")
        }
        // Inputs passed over as not releases (a corpus index.jsonl) are no failure: --quiet hides them.
        let quiet = quiet
        host.onProblem = { problem in
            if quiet && problem.severity == .ignored { return }
            Diagnostics.problem(problem)
        }
        return host
    }
}
