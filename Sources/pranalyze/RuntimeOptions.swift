import ArgumentParser
import Foundation
import ScriptHost

/// Options shared by every command that runs Lua.
struct RuntimeOptions: ParsableArguments {
    @Option(name: .long, help: "Parser threads (default: the number of cores).")
    var jobs: Int?

    @OptionGroup(title: "Sandbox and limits") var sandbox: SandboxOptions

    func makeHost() throws -> ScriptHost {
        var options = ScriptHost.Options()
        if let jobs { options.jobs = max(1, jobs) }
        sandbox.apply(to: &options)
        let host = try ScriptHost(options: options)
        host.onProblem = { Diagnostics.problem($0) }
        return host
    }
}
