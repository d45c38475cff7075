import ArgumentParser
import Foundation
import ScriptHost

/// `pranalyze scripts`: the shareable scripts on the search path, listed, shown, tested, created.
struct ScriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scripts",
        abstract: "List, show, test and create shareable scripts on the search path.",
        discussion: """
            Scripts are found, in order, in the working directory, $PRANALYZE_PATH, \
            $XDG_DATA_HOME/pranalyze/scripts (~/.local/share/pranalyze/scripts) and the bundled Scripts/. \
            A script NAME is NAME/NAME.lua (with README.md, sample/ and expected.txt beside it) or NAME.lua; \
            the first directory that has a name wins. Run one with `pranalyze NAME INPUT...`.
            """,
        subcommands: [List.self, Show.self, ScriptsTestCommand.self, ScriptsNewCommand.self],
        defaultSubcommand: List.self)

    static func catalog() -> ScriptCatalog { ScriptCatalog(searchPath: ScriptSearchPath.standard()) }

    /// Names `pranalyze NAME` takes as a command, not a script (`pranalyze run NAME` still works).
    static var commandNames: Set<String> {
        Set(Pranalyze.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
    }

    /// The script file the run command was given: a path to a file, else a name on the search path.
    static func resolve(_ argument: String) throws -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
            return argument
        }
        let catalog = catalog()
        if ScriptCatalog.isScriptName(argument), let entry = catalog.lookup(argument) { return entry.path }
        if isDirectory.boolValue {
            throw ValidationError("'\(argument)' is a directory, not a script: give the script first (pranalyze SCRIPT \(argument)); `pranalyze scripts` lists them")
        }
        throw ValidationError("no script named '\(argument)': not a file, nor a script on the search path\(hint(argument, catalog, commands: true)) (`pranalyze scripts` lists them)")
    }

    /// "; did you mean 'x'?" for the script (or command) nearest to a misspelt name.
    static func hint(_ name: String, _ catalog: ScriptCatalog, commands: Bool = false) -> String {
        let names = catalog.entries.map(\.name) + (commands ? commandNames.sorted() : [])
        return NearestName.find(name, among: names).map { "; did you mean '\($0)'?" } ?? ""
    }

    static func entry(_ name: String) throws -> ScriptCatalog.Entry {
        let catalog = catalog()
        guard let entry = catalog.lookup(name) else {
            throw ValidationError("no script named '\(name)' on the search path\(hint(name, catalog)) (see `pranalyze scripts`)")
        }
        return entry
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List every script on the search path: name, description, arguments, location.")

        func run() throws {
            let catalog = ScriptsCommand.catalog()
            var out = ""
            for entry in catalog.entries {
                let info = ScriptInfo(path: entry.path, fallbackName: entry.name)
                out += "\(entry.name)  \(info.summary)\n"
                if !info.arguments.isEmpty { out += "    args:  \(info.argumentSynopsis)\n" }
                out += "    path:  \(entry.path)\n"
                if let problem = info.problem { out += "    error: \(problem)\n" }
                if ScriptsCommand.commandNames.contains(entry.name) {
                    out += "    note:  \(entry.name) is also a pranalyze command: run it with `pranalyze run \(entry.name)`\n"
                }
                for hidden in entry.shadows { out += "    shadows: \(hidden.path) (hidden by the script above)\n" }
            }
            if catalog.entries.isEmpty { out += "No scripts found.\n" }
            out += "\nSearch path (first wins): \(catalog.searchPath.joined(separator: ":"))\n"
            ScriptsCommand.write(out)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a script's description, arguments and README.")

        @Argument(help: "The script's name.") var name: String

        func run() throws {
            let entry = try ScriptsCommand.entry(name)
            let info = ScriptInfo(path: entry.path, fallbackName: entry.name)
            var out = "\(entry.name): \(info.description ?? info.summary)\n\n"
            if let problem = info.problem { out += "error: \(problem)\n\n" }
            if info.arguments.isEmpty {
                out += "Arguments: none\n"
            } else {
                out += "Arguments (--arg name=value):\n"
                for a in info.arguments {
                    var line = "  \(a.name) (\(a.kind.rawValue)"
                    if a.defaultValue != .nil { line += ", default \(ScriptInfo.show(a.defaultValue))" }
                    if a.required && a.defaultValue == .nil { line += ", required" }
                    line += ")"
                    if !a.doc.isEmpty { line += "  \(a.doc)" }
                    out += line + "\n"
                }
            }
            out += "\nPath: \(entry.path)\n"
            for hidden in entry.shadows { out += "Shadows: \(hidden.path)\n" }
            if let readme = entry.readme, let data = FileManager.default.contents(atPath: readme) {
                out += "\n" + String(decoding: data, as: UTF8.self)
                if !out.hasSuffix("\n") { out += "\n" }
            } else {
                out += "\n(no README)\n"
            }
            ScriptsCommand.write(out)
        }
    }
}
