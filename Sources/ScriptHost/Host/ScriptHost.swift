import Corpus
import Foundation
import LuaKit
import PressRelease

/// Runs Lua scripts against a corpus: one Lua state, the `pr` API, and the model as userdata.
public final class ScriptHost {
    public struct Options {
        /// Run with the sandbox (the default); false trusts the script with io, os and package (`--trusted`).
        public var sandboxed = true
        public var memoryLimit: Int? = 1 << 30
        public var instructionLimit: Int?
        public var timeout: Double?
        public var outputLimit: Int?
        /// Directories `require` searches (nil: `ScriptSearchPath.standard()`).
        public var searchPath: [String]?
        /// How to raise each limit, shown after its message: `[.memory: "--max-memory 512M"]`.
        public var limitHints: [LuaLimit: String] = [:]
        /// Parser threads.
        public var jobs = ProcessInfo.processInfo.activeProcessorCount
        /// A researcher's aliases file (`--aliases`), applied to `pr.people` before the script runs.
        public var aliases = PeopleAliases()
        /// Hand corrections of quotes (`--corrections`), applied to each release as it is parsed.
        public var corrections: QuoteCorrections?
        public init() {}
    }

    public let vm: LuaVM
    let context: HostContext

    /// Called for every input that could not be read (the CLI prints these to stderr).
    public var onProblem: (InputProblem) -> Void {
        get { context.onProblem }
        set { context.onProblem = newValue }
    }


    /// How many inputs the corpus passes read, skipped and why (nil when the corpus was not read).
    public var corpusSummary: CorpusSummary? { context.summary }

    /// Receives progress as the script consumes the corpus (the CLI's progress bar).
    public var progress: RunProgress? {
        get { context.progress }
        set { context.progress = newValue }
    }
    public var releasesRead: Int { context.releasesRead }

    /// How the `--corrections` fared (stale ones listed), or nil when all applied or none given.
    public var correctionsReport: String? { context.corrections?.report() }

    public init(options: Options = Options()) throws {
        vm = try LuaVM(options: .init(sandboxed: options.sandboxed, memoryLimit: options.memoryLimit))
        vm.setInstructionLimit(options.instructionLimit)
        context = HostContext(classes: try ModelClasses(vm: vm), output: OutputSink(limit: options.outputLimit),
                              jobs: options.jobs, onProblem: { _ in })
        vm.context = context
        try context.people.load(options.aliases)
        context.corrections = options.corrections
        context.library = try LibraryClasses(vm: vm)
        let pr = PrModule.make()
        try pr.push(on: vm)
        try vm.makeReadOnly(pr)
        try vm.popGlobal("pr")
        try vm.installRequire(LuaModulePath(options.searchPath ?? ScriptSearchPath.standard()))
        limitHints = options.limitHints
        try vm.setGlobal("print", function: Self.print)
        timeout = options.timeout
        self.options = options
    }

    let timeout: Double?
    /// How the host was set up (parallel hook workers are set up the same way).
    let options: Options
    let limitHints: [LuaLimit: String]

    /// The corpus `pr.releases()` iterates.
    public func setCorpus(_ corpus: Corpus) { context.corpus = corpus }

    /// Adds inputs to the corpus (the REPL's `:load`).
    public func addInputs(_ inputs: [String]) {
        var corpus = context.corpus ?? Corpus(inputs: [])
        corpus.inputs += inputs
        context.corpus = corpus
        context.corpusGeneration += 1
    }

    /// Runs a script file; `name` is how errors refer to it (default: the path).
    public func runFile(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScriptHostError(.unreadable, "cannot read script \(path)")
        }
        try runChunk(String(decoding: data, as: UTF8.self), name: path)
    }

    /// Runs a chunk of Lua source.
    public func runChunk(_ source: String, name: String) throws {
        try withRunLimits(name) {
            try vm.load(source, name: name)
            try vm.call(arguments: 0, results: 0)
        }
    }

    /// One script run: limits armed as `withLimits` does, then output flushed and progress closed.
    /// Lua errors leave as `ScriptHostError`s: this is the boundary of ScriptHost's public API.
    func withRunLimits<T>(_ name: String, rearm: Bool = true, _ body: () throws -> T) throws -> T {
        defer {
            context.output.flush()
            context.progress?.finished()
        }
        do { return try withLimits(name, rearm: rearm, body) } catch let error as LuaError {
            throw ScriptHostError(options.sandboxed ? SandboxHint.annotate(error) : error)
        }
    }

    /// `print`, through the output sink (so its size can be capped).
    static let print: LuaFunction = { s in
        var line = ""
        let count = s.top
        for i in stride(from: 1, through: count, by: 1) {
            if i > 1 { line += "\t" }
            line += s.tostring(at: i)
        }
        line += "\n"
        try s.host.output.write(line)
        return 0
    }
}
