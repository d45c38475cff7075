import CLuaShim
import LuaKit
import PressRelease

/// Runs a script under the contract: the chunk, argument checks, `init`, the hooks over the
/// corpus in input order, then `finish`. Errors name the hook and the release being processed.
final class HookRunner {
    private let context: HostContext
    private let vm: LuaVM
    private let scriptName: String
    /// Stack slot of each hook the script defines.
    private var slots: [String: Int] = [:]
    private var elementHooks: [ElementHook] = []

    init(context: HostContext, vm: LuaVM, scriptName: String) {
        self.context = context
        self.vm = vm
        self.scriptName = scriptName
    }

    /// Runs the compiled chunk on top of the stack with the raw `--arg` pairs; returns what
    /// `finish` returned, left on top of the stack (nothing pushed when there is no `finish`).
    func run(arguments: [(name: String, value: String)]) throws -> Bool {
        let s = vm.stack
        context.needs = [] // a previous script's needs do not carry over
        try vm.call(arguments: 0, results: 1)
        ScriptContract.collect(s)
        let contract = try ScriptContract(stack: s, table: s.top, scriptName: scriptName)
        if contract.isPlainChunk {
            if let first = arguments.first {
                throw ScriptUsageError("unknown argument '\(first.name)' for \(scriptName): it declares no arguments (no meta.args)")
            }
            s.pop()
            return false
        }
        let args = try ScriptArgs.resolve(arguments, declared: contract.arguments, script: contract.name)
        try plan(contract)
        let table = s.top
        for name in contract.defined {
            s.rawGet(name, at: table)
            slots[name] = s.top
        }
        if let initHook = slots["init"] {
            s.pushValue(at: initHook)
            s.push(LuaValue.table(Dictionary(uniqueKeysWithValues: args.map { (.string($0), $1) })))
            try call("init", arguments: 1, results: 0, release: nil)
        }
        if slots["Release"] != nil || !elementHooks.isEmpty { try runCorpus() }
        guard let finish = slots["finish"] else { return false }
        s.pushValue(at: finish)
        try call("finish", arguments: 0, results: 1, release: nil)
        return true
    }

    /// Decides which element hooks run, and what the parser must compute (`context.needs`).
    private func plan(_ contract: ScriptContract) throws {
        let lifecycle: Set = ["init", "Release", "finish"]
        for hook in ScriptContract.hooks.map(\.name) where contract.defined.contains(hook) && !lifecycle.contains(hook) {
            guard let element = ElementHook.available.first(where: { $0.name == hook }) else {
                throw ScriptUsageError("\(scriptName) defines a \(hook) hook, which this build of pranalyze cannot call yet (available: Release, \(ElementHook.available.map(\.name).joined(separator: ", ")))")
            }
            elementHooks.append(element)
        }
        let fields = Set(ReleaseBinding.declare().propertyNames)
        for need in contract.needs where !fields.contains(need) {
            throw ScriptUsageError("\(scriptName): meta.needs names '\(need)', which is not a Release property")
        }
        context.needs = contract.needs.union(elementHooks.map(\.field))
    }

    private func runCorpus() throws {
        guard let pipeline = context.pipeline() else { return }
        defer { pipeline.cancel() }
        while let item = pipeline.next() {
            switch item {
            case .problem(let p): context.report(p)
            case .release(let r):
                context.consumed(r)
                try process(r)
            }
        }
    }

    /// The hooks for one release; its handles are invalidated afterwards, so it can be freed.
    private func process(_ r: Release) throws {
        let s = vm.stack
        let base = s.top
        context.handles.open(r)
        defer {
            s.setTop(base)
            context.handles.close()
        }
        s.push(release: r)
        let handle = s.top
        if let hook = slots["Release"] {
            s.pushValue(at: hook)
            s.pushValue(at: handle)
            try call("Release", arguments: 1, results: 1, release: r)
            if s.type(at: -1) == LUA_TBOOLEAN && !s.boolean(at: -1) { return }
            s.pop()
        }
        for element in elementHooks {
            let fn = slots[element.name]!
            for i in 0..<element.count(r) {
                s.pushValue(at: fn)
                element.push(s, r, i)
                s.pushValue(at: handle)
                try call(element.name, arguments: 2, results: 0, release: r)
            }
        }
    }

    /// Calls a hook; a failure names the hook and the release being processed.
    private func call(_ hook: String, arguments: Int, results: Int32, release: Release?) throws {
        do {
            try vm.call(arguments: arguments, results: results)
        } catch var error as LuaError {
            if error.kind == .syntax { throw error }
            error.message += "\n  in \(hook == "init" || hook == "finish" ? hook : "hook \(hook)")"
                + (release.map { " while processing \($0.id)" } ?? "")
            throw error
        }
    }
}
