import ArgumentParser
import ScriptHost

/// `pranalyze docs [TOPIC]`: the Lua API from the same registry that binds it.
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Show the Lua API: an overview, or one topic (script, pr, pr.releases, Release, Release.headline).",
        discussion: """
            pranalyze docs --markdown > docs/lua-api.md       the whole reference as Markdown
            pranalyze docs --luals > pranalyze.d.lua          definitions for lua-language-server
            """)

    @Argument(help: "A module, function, type or property; `script` for the script contract.")
    var topic: String?

    @Flag(name: .customLong("luals"), help: "Print LuaLS definitions (---@class …) for editor completion.")
    var luaLS = false

    @Flag(help: "Print Markdown instead of terminal text.")
    var markdown = false

    func validate() throws {
        if luaLS && (markdown || topic != nil) {
            throw ValidationError("--luals prints the whole API; give it no topic and no --markdown")
        }
    }

    func run() throws {
        let registry = APIRegistry.standard
        if luaLS { return write(registry.luaLS()) }
        guard let topic else { return write(markdown ? registry.markdown() : registry.overview()) }
        let found = registry.topics(matching: topic)
        guard let first = found.first else {
            let q = topic.lowercased()
            var near = Array(registry.topicNames.filter { $0.lowercased().contains(q) }.prefix(8))
            if near.isEmpty, let nearest = NearestName.find(topic, among: registry.topicNames) { near = [nearest] }
            throw ValidationError("no API topic named '\(topic)'" + (near.isEmpty ? "; run `pranalyze docs` for the list"
                : "; did you mean: \(near.joined(separator: ", "))?"))
        }
        if found.count > 1 {
            write("'\(topic)' is ambiguous: " + found.map { registry.name(of: $0) }.joined(separator: ", ") + "\n\n")
        }
        write(markdown ? registry.markdown(first) : registry.text(first))
    }

    private func write(_ text: String) {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
