import Foundation
import Testing

/// `dev/install` (what `make install` runs) puts the binary, its scripts, a man page and shell
/// completions generated from the argument parser under PREFIX; the installed binary works.
@Suite struct InstallTests {
    @Test func installPutsManPageCompletionsAndScriptsBesideTheBinary() throws {
        guard let binary = CLI.binary else { Issue.record("pranalyze not built"); return }
        let prefix = try Workflow.scratch()
        let install = try CLIRunner.run([], environment: ["PREFIX": prefix.path, "BINARY": binary.path],
                                        executable: CLI.packageRoot.appendingPathComponent("dev/install").path, arguments: [])
        #expect(install.status == 0, "\(install.stderr)")
        let man = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/pranalyze.1"), encoding: .utf8)
        #expect(man.hasPrefix(".TH PRANALYZE 1"))
        for expected in ["pranalyze parse", "pranalyze run", "--corrections", "--output"] {
            #expect(man.contains(expected), "man page lacks \(expected)")
        }
        let bash = try String(contentsOf: prefix.appendingPathComponent("share/bash-completion/completions/pranalyze"), encoding: .utf8)
        #expect(bash.contains("--corrections") && bash.contains("parse"))
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/zsh/site-functions/_pranalyze").path))
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/fish/vendor_completions.d/pranalyze.fish").path))
        let installed = prefix.appendingPathComponent("bin/pranalyze").path
        let scripts = try CLIRunner.run([], environment: ["PRANALYZE_BUNDLED_SCRIPTS": ""], executable: installed, arguments: ["scripts"])
        #expect(scripts.status == 0 && scripts.stdout.contains("audit") && scripts.stdout.contains(prefix.lastPathComponent), "\(scripts.stdout)")
    }
}
