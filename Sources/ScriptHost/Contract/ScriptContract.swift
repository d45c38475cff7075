import LuaKit

/// What a script declares: `meta`, `init`, element hooks and `finish`, taken from the table the
/// script returned or, failing that, from globals of the same names.
struct ScriptContract {
    /// A function a script may define, documented in the API registry.
    struct Hook {
        let name: String
        let signature: String
        let doc: String
    }

    static let hooks: [Hook] = [
        Hook(name: "init", signature: "(args: table) -> nil",
             doc: "Called once, after `--arg` values were checked against `meta.args` and converted; `args` holds every declared argument (given, else its default)."),
        Hook(name: "Release", signature: "(r: Release) -> boolean?",
             doc: "Called for each release in input order. Returning `false` drops the release: later hooks do not see it."),
        Hook(name: "Paragraph", signature: "(p: Paragraph, r: Release) -> nil",
             doc: "Called for each paragraph of a kept release, in order."),
        Hook(name: "Quote", signature: "(q: Quote, r: Release) -> nil",
             doc: "Called for each quote of a kept release, in order."),
        Hook(name: "Statement", signature: "(st: Statement, r: Release) -> nil",
             doc: "Called for each attributed statement of a kept release (quoted or reported, `r.attributions`), in text order. Defining it is what makes the reported-speech analysis run."),
        Hook(name: "Person", signature: "(p: Person, r: Release) -> nil",
             doc: "Called for each person of a kept release."),
        Hook(name: "partial", signature: "() -> table",
             doc: "With `merge`: returns the state the hooks built, as plain data (tables, strings, numbers, booleans). Defining both lets `--jobs N` run the hooks in N Lua states, and `--emit-partial` / `pranalyze merge` split a corpus across machines. The hooks may then run in several states, each over consecutive blocks of the corpus, with the script's chunk and `init` run afresh for each block: keep state in the script's locals, not in globals, and print only from `finish`."),
        Hook(name: "merge", signature: "(a: table, b: table) -> table",
             doc: "With `partial`: combines two partials into one; `a` covers releases that come before `b`'s in input order. It must be associative, so that any split of the corpus gives the result of a single run."),
        Hook(name: "finish", signature: "(partial?: table) -> (string|Report|table)?",
             doc: "Called once after the corpus. A script defining `partial` and `merge` receives the merged partial (after a single-state run too) and should build its result from it. What it returns is the script's result: nil for none; a string, printed as is (a trailing newline added when missing); or a report (`pr.report.*`, a table spec `{ columns = …, rows = … }`, or a list of sections), rendered in the `--format` asked for, to standard output or `--output FILE`."),
    ]

    var name: String
    var description: String?
    var arguments: [ScriptArgument] = []
    /// Release properties the script declared it reads (`meta.needs`), plus what its hooks imply.
    var needs: Set<String> = []
    /// Hooks the script defines, by name.
    var defined: Set<String> = []
    var hasMeta = false

    /// A chunk that declares nothing is simply run (one-liners with `pr.releases()`).
    var isPlainChunk: Bool { defined.isEmpty && !hasMeta }

    /// Reads the contract from the table at `table` (which must be a table).
    init(stack s: LuaStack, table: Int, scriptName: String) throws {
        name = scriptName
        try Self.checkNames(s, table: table, scriptName: scriptName)
        for hook in Self.hooks {
            s.rawGet(hook.name, at: table)
            defer { s.pop() }
            switch s.type(at: -1) {
            case .nil: continue
            case .function: defined.insert(hook.name)
            default: throw ScriptHostError.usage("\(scriptName): \(hook.name) must be a function, not a \(s.typeName(at: -1))")
            }
        }
        s.rawGet("meta", at: table)
        let meta = s.value(at: -1)
        s.pop()
        switch meta {
        case .nil: return
        case .table: hasMeta = true
        default: throw ScriptHostError.usage("\(scriptName): meta must be a table")
        }
        if let n = meta["name"].string { name = n }
        description = meta["description"].string
        if meta["args"] != .nil {
            guard meta["args"].table != nil else { throw ScriptHostError.usage("\(scriptName): meta.args must be a list of tables") }
            arguments = try meta["args"].array.enumerated().map { try ScriptArgument(declaration: $1, position: $0 + 1) }
        }
        for need in meta["needs"].array {
            guard let field = need.string else { throw ScriptHostError.usage("\(scriptName): meta.needs lists field names (strings)") }
            needs.insert(field)
        }
    }

    /// Every name a script's table may hold.
    static let names = ["meta"] + hooks.map(\.name)

    /// A key of the returned table that is no contract name (`quote`, `Finish`) would be a hook
    /// that never runs: an error naming the nearest valid name and listing them all.
    static func checkNames(_ s: LuaStack, table: Int, scriptName: String) throws {
        var wrong: [String] = []
        try s.forEachRaw(of: table) { key, _ in
            let name = s.type(at: key) == .string ? s.string(at: key)! : s.describe(at: key)
            if !names.contains(name) { wrong.append(name) }
        }
        guard let first = wrong.sorted().first else { return }
        throw ScriptHostError.usage(unknownNameMessage(first, scriptName: scriptName))
    }

    static func unknownNameMessage(_ name: String, scriptName: String) -> String {
        let hint = NearestName.find(name, among: names).map { "; did you mean '\($0)'?" } ?? ""
        return "\(scriptName): '\(name)' is not a hook or meta\(hint) (names are case-sensitive; valid: \(names.joined(separator: ", ")))"
    }

    /// The script's own table, or a table of the contract globals when it returned none. Leaves
    /// the table on top of the stack, replacing the chunk's result below it. A script using
    /// global hooks that also defines a mis-cased one (`function Finish()`) is an error.
    static func collect(_ s: LuaStack, scriptName: String) throws {
        if s.type(at: -1) == .table { return }
        s.pop()
        s.newTable()
        s.pushGlobals()
        for name in hooks.map(\.name) + ["meta"] {
            s.rawGet(name, at: -1) // raw: a strict-globals metatable must not raise for absent names
            let value = s.top
            s.setField(name, at: value - 2) { s.pushValue(at: value) }
            s.pop()
        }
        var defines = false, misCased: [String] = []
        try s.forEachRaw(of: -1) { key, value in
            guard let name = s.string(at: key), s.type(at: key) == .string else { return }
            if names.contains(name) { defines = true; return }
            if s.type(at: value) == .function, names.contains(where: { $0.lowercased() == name.lowercased() }) {
                misCased.append(name)
            }
        }
        s.pop()
        if defines, let first = misCased.sorted().first {
            throw ScriptHostError.usage(unknownNameMessage(first, scriptName: scriptName))
        }
    }
}
