import ArgumentParser
import Foundation
import ScriptHost

/// `pranalyze scripts new NAME`: a working skeleton to start from, with its golden test passing.
struct ScriptsNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a script skeleton NAME/ (script with meta and hooks, README, sample, expected output).")

    @Argument(help: "The script's name: lower-case letters, digits and dashes (quotes-per-speaker).")
    var name: String

    @Option(name: .long, help: ArgumentHelp("Where to create NAME/ (default: the working directory; "
        + "~/.local/share/pranalyze/scripts makes it available everywhere).", valueName: "dir"))
    var directory: String?

    func validate() throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
        guard let first = name.first, first.isLetter, name.allSatisfy({ allowed.contains($0) }) else {
            throw ValidationError("script names use lower-case letters, digits, - and _, starting with a letter: '\(name)'")
        }
        if ScriptsCommand.commandNames.contains(name) {
            throw ValidationError("'\(name)' is a pranalyze command, so `pranalyze \(name)` could not run the script; choose another name")
        }
    }

    func run() throws {
        let fm = FileManager.default
        // Relative to the working directory unless --directory says otherwise (and so printed).
        let folder = directory.map { ($0 as NSString).appendingPathComponent(name) } ?? name
        guard !fm.fileExists(atPath: folder) else { throw ValidationError("\(folder) already exists") }
        try fm.createDirectory(atPath: folder + "/sample", withIntermediateDirectories: true)
        let files = [
            "\(name).lua": ScriptTemplate.script(name),
            "README.md": ScriptTemplate.readme(name),
            "sample/first-release.txt": ScriptTemplate.firstRelease,
            "sample/second-release.txt": ScriptTemplate.secondRelease,
        ]
        for (file, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file), options: .atomic)
        }
        // The expected output is the skeleton's own, so its test passes until the script changes.
        let run = try ScriptsTestCommand.runSelf(["run", "\(name).lua", "sample", "--quiet"], in: folder)
        guard run.status == 0 else {
            throw ValidationError("the skeleton failed to run (exit \(run.status)): \(run.stderr)")
        }
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: folder + "/expected.txt"), options: .atomic)
        let script = "\(name).lua"
        let pad = { (s: String) in s.padding(toLength: max(script.count, 12) + 2, withPad: " ", startingAt: 0) }
        print("""
            Created \(folder)/
              \(pad(script))the script: meta, init, Quote and finish
              \(pad("README.md"))what it reports and its arguments
              \(pad("sample/"))two releases to test on
              \(pad("expected.txt"))its output over sample/ (the golden test)
            Next: edit \(script), check its output (pranalyze \(name) sample/ from that folder), then
              pranalyze scripts test \(name) --update   (once the new output is right)
              pranalyze scripts test \(name)
            Share it: copy the folder to a directory on the search path (PRANALYZE_PATH, or
              ~/.local/share/pranalyze/scripts) or into a team repository listed in PRANALYZE_PATH.
            """)
    }
}
