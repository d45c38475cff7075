import LuaKit
import PressRelease

/// Runs a script under the contract: the chunk, argument checks, `init`, the hooks over the
/// corpus in input order, then `finish`. Errors name the hook and the release being processed.
final class HookRunner {
    let context: HostContext
    let vm: LuaVM
    private let scriptName: String
    /// Stack slot of each hook the script defines.
    private var slots: [String: Int] = [:]
    private var elementHooks: [ElementHook] = []

    init(context: HostContext, vm: LuaVM, scriptName: String) {
        self.context = context
        self.vm = vm
        self.scriptName = scriptName
    }

    /// How a run ended; for `finished` and `partial`, that value is on top of the stack.
    enum Ending {
        case plainChunk, noFinish, finished, partial
    }

    /// Runs the compiled chunk on top of the stack with the raw `--arg` pairs, the hooks over the
    /// corpus and `finish`. A script defining `partial` and `merge` runs its hooks in
    /// `context.jobs` Lua states when there is more than one (`ParallelHooks`), and `finish`
    /// receives the merged partial, as it does after a single-state run; with `emitPartial` the
    /// run stops there, leaving the partial.
    func run(arguments: [(name: String, value: String)], parallel: ParallelHooks.Setup? = nil,
             emitPartial: Bool = false) throws -> Ending {
        guard try prepare(arguments: arguments) else { return .plainChunk }
        if emitPartial && !definesPartials {
            throw ScriptHostError.usage("\(scriptName) defines no partial and merge functions, so it cannot emit a partial")
        }
        if visitsReleases {
            if let parallel, definesPartials, context.jobs > 1, let corpus = context.corpus {
                try ParallelHooks(setup: parallel, jobs: context.jobs).run(corpus: corpus, into: self)
            } else {
                try runCorpus()
                if definesPartials { try pushPartial() }
            }
        } else if definesPartials {
            try pushPartial()
        }
        if emitPartial { return .partial }
        return try finish(withPartialOnTop: definesPartials) ? .finished : .noFinish
    }

    /// Runs the chunk on top of the stack, reads its contract, checks the arguments and calls
    /// `init`. Leaves the contract's functions on the stack. False for a plain chunk.
    func prepare(arguments: [(name: String, value: String)]) throws -> Bool {
        let s = vm.stack
        context.needs = [] // a previous script's needs do not carry over
        try vm.call(arguments: 0, results: 1)
        try ScriptContract.collect(s, scriptName: scriptName)
        let contract = try ScriptContract(stack: s, table: s.top, scriptName: scriptName)
        if contract.isPlainChunk {
            if let first = arguments.first {
                throw ScriptHostError.usage("unknown argument '\(first.name)' for \(scriptName): it declares no arguments (no meta.args)")
            }
            s.pop()
            return false
        }
        if contract.defined.contains("partial") != contract.defined.contains("merge") {
            throw ScriptHostError.usage("\(scriptName): define both partial and merge (or neither)")
        }
        let args = try ScriptArgs.resolve(arguments, declared: contract.arguments, script: contract.name)
        try plan(contract)
        let table = s.top
        slots = [:]
        for name in contract.defined {
            s.rawGet(name, at: table)
            slots[name] = s.top
        }
        if let initHook = slots["init"] {
            s.pushValue(at: initHook)
            try s.push(LuaValue.table(Dictionary(uniqueKeysWithValues: args.map { (.string($0), $1) })))
            try call("init", arguments: 1, results: 0, release: nil)
        }
        return true
    }

    /// Whether the script can be split: its state as `partial()`, combined by `merge(a, b)`.
    var definesPartials: Bool { slots["partial"] != nil && slots["merge"] != nil }

    /// Whether the script visits releases at all.
    var visitsReleases: Bool { slots["Release"] != nil || !elementHooks.isEmpty }

    /// Pushes `partial()`'s result, checked to be plain data.
    func pushPartial() throws {
        let s = vm.stack
        s.pushValue(at: slots["partial"]!)
        try call("partial", arguments: 0, results: 1, release: nil)
        let value: LuaValue
        do { value = try s.plainValue(at: -1, maxDepth: PartialValue.maxDepth) } catch let error as LuaError {
            throw LuaError(kind: .runtime, message: "partial() must return plain data: \(error.message)\n  in partial")
        }
        if let path = PartialValue.opaquePath(value) {
            throw LuaError(kind: .runtime, message: "partial() must return plain data (tables, strings, numbers, booleans); found \(path)\n  in partial")
        }
    }

    /// Replaces the two partials on top of the stack (earlier below later) by `merge(a, b)`.
    func mergeTopPartials() throws {
        let s = vm.stack
        s.pushValue(at: slots["merge"]!)
        s.insert(at: -3)
        try call("merge", arguments: 2, results: 1, release: nil)
    }

    /// Calls `finish` (with the partial on top of the stack as its argument, when asked), leaving
    /// its result on top. False when the script has no `finish`.
    func finish(withPartialOnTop: Bool) throws -> Bool {
        let s = vm.stack
        guard let finish = slots["finish"] else {
            if withPartialOnTop { s.pop() }
            return false
        }
        s.pushValue(at: finish)
        if withPartialOnTop { s.insert(at: -2) }
        try call("finish", arguments: withPartialOnTop ? 1 : 0, results: 1, release: nil)
        return true
    }

    /// Decides which element hooks run, and what the parser must compute (`context.needs`).
    private func plan(_ contract: ScriptContract) throws {
        let lifecycle: Set = ["init", "Release", "finish", "partial", "merge"]
        for hook in ScriptContract.hooks.map(\.name) where contract.defined.contains(hook) && !lifecycle.contains(hook) {
            guard let element = ElementHook.available.first(where: { $0.name == hook }) else {
                throw ScriptHostError.usage("\(scriptName) defines a \(hook) hook, which this build of pranalyze cannot call yet (available: Release, \(ElementHook.available.map(\.name).joined(separator: ", ")))")
            }
            elementHooks.append(element)
        }
        let fields = Set(ReleaseBinding.declare().propertyNames)
        for need in contract.needs where !fields.contains(need) {
            throw ScriptHostError.usage("\(scriptName): meta.needs names '\(need)', which is not a Release property")
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
        context.finishedPass(pipeline.summary)
    }

    /// The hooks for one release; its handles are invalidated afterwards, so it can be freed.
    func process(_ r: Release) throws {
        let s = vm.stack
        let base = s.top
        context.handles.open(r)
        defer {
            s.setTop(base)
            context.handles.close()
        }
        s.push(release: r)
        vm.noteExternalMemory(r.source.bytes.count * 4) // pace the collector to what the release holds
        let handle = s.top
        if let hook = slots["Release"] {
            s.pushValue(at: hook)
            s.pushValue(at: handle)
            try call("Release", arguments: 1, results: 1, release: r)
            if s.type(at: -1) == .boolean && !s.boolean(at: -1) { return }
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
    private func call(_ hook: String, arguments: Int, results: Int, release: Release?) throws {
        do {
            try vm.call(arguments: arguments, results: results)
        } catch var error as LuaError {
            if error.kind == .syntax { throw error }
            let lifecycle = ["init", "finish", "partial", "merge"].contains(hook)
            error.message += "\n  in \(lifecycle ? hook : "hook \(hook)")"
                + (release.map { " while processing \($0.id)" } ?? "")
            throw error
        }
    }
}
