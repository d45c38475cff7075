import Corpus
import Foundation
import LuaKit
import PressRelease

/// Runs a splittable script's hooks (it defines `partial` and `merge`) in several Lua states at
/// once. The corpus is cut into consecutive blocks; each worker thread owns a Lua state, parses
/// a block, runs the hooks over it and hands back `partial()`, then runs the script's chunk and
/// `init` afresh for its next block. The main state merges the partials in input order, so the
/// result is the one a single state gives, whatever the number of workers.
final class ParallelHooks: @unchecked Sendable {
    /// What a worker needs to set up the same script in its own state.
    struct Setup {
        var options: ScriptHost.Options
        var source: String
        var name: String
        var arguments: [(name: String, value: String)]
        /// The main state's budget: every worker counts against it, so limits are per run.
        var budget: LuaRunBudget
    }

    private struct Block {
        var items: [CorpusItem]
    }

    private struct Outcome {
        var partial: LuaValue
        var problems: [InputProblem]
        var releases: Int
        /// Files the block's releases came from (a file cut by a block boundary counts in both).
        var files: Int
        var bytes: Int
    }

    private let setup: Setup
    private let jobs: Int
    private let blockSize: Int
    private let condition = NSCondition()
    private var queue: [(Int, Block)] = []
    private var results: [Int: Result<Outcome, Error>] = [:]
    private var blocksRead = 0
    private var blocksMerged = 0
    private var readingDone = false
    private var cancelled = false
    private var summary: CorpusSummary?

    init(setup: Setup, jobs: Int, blockSize: Int = 64) {
        self.setup = setup
        self.jobs = jobs
        self.blockSize = blockSize
    }

    /// Runs the hooks over `corpus` and leaves the merged partial on top of `main`'s stack.
    func run(corpus: Corpus, into main: HookRunner) throws {
        defer { cancel() }
        start(Thread { [self] in read(corpus) })
        for _ in 0..<jobs { start(Thread { [self] in work() }) }
        var merged = false
        while let outcome = try nextOutcome() {
            for problem in outcome.problems { main.context.report(problem) }
            main.context.consumed(releases: outcome.releases, files: outcome.files, bytes: outcome.bytes)
            try main.vm.stack.push(outcome.partial)
            if merged { try main.mergeTopPartials() }
            merged = true
        }
        if !merged { try main.pushPartial() } // an empty corpus: the state init left
        condition.lock()
        let counted = summary
        condition.unlock()
        if let counted { main.context.finishedPass(counted) }
    }

    private func start(_ thread: Thread) {
        thread.stackSize = 16 << 20 // Lua's C recursion limit needs room
        thread.start()
    }

    private func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next block's outcome in input order; nil when all are merged. Rethrows a worker's error.
    private func nextOutcome() throws -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = results.removeValue(forKey: blocksMerged) {
                blocksMerged += 1
                condition.broadcast()
                return try result.get()
            }
            if readingDone && blocksMerged >= blocksRead { return nil }
            condition.wait()
        }
    }

    private func read(_ corpus: Corpus) {
        var block = Block(items: [])
        var releases = 0
        func flush() throws {
            guard !block.items.isEmpty else { return }
            condition.lock()
            defer { condition.unlock() }
            while !cancelled && blocksRead - blocksMerged >= jobs * 3 { condition.wait() }
            if cancelled { throw CancellationError() }
            queue.append((blocksRead, block))
            blocksRead += 1
            condition.broadcast()
            block = Block(items: [])
            releases = 0
        }
        let counted = try? corpus.forEach { item in
            block.items.append(item)
            if case .document = item { releases += 1 }
            if releases >= blockSize { try flush() }
        }
        try? flush()
        condition.lock()
        summary = counted
        readingDone = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        var worker: Worker?
        while let (seq, block) = take() {
            let result = Result<Outcome, Error> {
                if worker == nil { worker = try Worker(setup: setup) }
                return try worker!.run(block.items)
            }
            condition.lock()
            results[seq] = result
            if case .failure = result { cancelled = true }
            condition.broadcast()
            condition.unlock()
        }
    }

    private func take() -> (Int, Block)? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !readingDone && !cancelled { condition.wait() }
        if cancelled || queue.isEmpty { return nil }
        return queue.removeFirst()
    }

    /// One worker's Lua state, running the script over blocks.
    private final class Worker {
        let host: ScriptHost
        let setup: Setup

        init(setup: Setup) throws {
            var options = setup.options
            options.jobs = 1
            host = try ScriptHost(options: options)
            host.vm.share(setup.budget)
            self.setup = setup
        }

        func run(_ items: [CorpusItem]) throws -> Outcome {
            let s = host.vm.stack
            let base = s.top
            defer { s.setTop(base) }
            return try host.withRunLimits(setup.name, rearm: false) {
                try host.vm.load(setup.source, name: setup.name)
                let runner = HookRunner(context: host.context, vm: host.vm,
                                        scriptName: (setup.name as NSString).lastPathComponent)
                _ = try runner.prepare(arguments: setup.arguments)
                var outcome = Outcome(partial: .nil, problems: [], releases: 0, files: 0, bytes: 0)
                var lastPath: String?
                for item in items {
                    switch item {
                    case .problem(let p): outcome.problems.append(p)
                    case .document(let doc):
                        outcome.releases += 1
                        if doc.path != lastPath { outcome.files += 1 }
                        lastPath = doc.path
                        outcome.bytes += doc.bytes.count
                        try runner.process(host.context.parse(doc))
                    }
                }
                try runner.pushPartial()
                outcome.partial = s.value(at: -1, depth: PartialValue.maxDepth)
                return outcome
            }
        }
    }
}
