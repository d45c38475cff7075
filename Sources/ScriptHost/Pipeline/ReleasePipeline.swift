import Corpus
import Foundation
import PressRelease

/// Reads the corpus ahead on one thread, parses on `jobs` worker threads, and hands releases
/// (and input problems) to the single consumer in input order. At most `window` items are in
/// flight, so memory stays flat however large the corpus is.
public final class ReleasePipeline: @unchecked Sendable {
    public enum Item {
        case release(Release)
        case problem(InputProblem)
    }

    private let condition = NSCondition()
    private var pending: [(Int, CorpusItem)] = []   // read, not yet parsed
    private var done: [Int: Item] = [:]             // parsed, not yet consumed
    private var nextToConsume = 0
    private var readCount = 0
    private var finishedReading = false
    private var cancelled = false
    private var _summary: CorpusSummary?
    private let window: Int
    private var started = false
    private let corpus: Corpus
    private let parser: ReleaseParser
    private let jobs: Int
    /// Run by the worker on each parsed release: lazy fields the script needs, computed in parallel.
    private let prepare: (@Sendable (Release) -> Void)?

    public init(corpus: Corpus, parser: ReleaseParser = ReleaseParser(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                prepare: (@Sendable (Release) -> Void)? = nil) {
        self.corpus = corpus
        self.parser = parser
        self.prepare = prepare
        self.jobs = max(1, jobs)
        self.window = max(8, self.jobs * 8)
    }

    deinit { cancel() }

    /// The next release or problem in input order; nil at the end of the corpus.
    public func next() -> Item? {
        startIfNeeded()
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let item = done.removeValue(forKey: nextToConsume) {
                nextToConsume += 1
                condition.broadcast()
                return item
            }
            if finishedReading && nextToConsume >= readCount { return nil }
            condition.wait()
        }
    }

    /// Stops reading and parsing; pending work is dropped.
    public func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func startIfNeeded() {
        guard !started else { return }
        started = true
        let reader = Thread { [self] in read() }
        reader.stackSize = 1 << 20
        reader.start()
        for _ in 0..<jobs {
            let worker = Thread { [self] in work() }
            worker.stackSize = 4 << 20
            worker.start()
        }
    }

    private func read() {
        let summary = try? corpus.forEach { item in
            condition.lock()
            defer { condition.unlock() }
            while !cancelled && readCount - nextToConsume >= window { condition.wait() }
            if cancelled { throw CancellationError() }
            pending.append((readCount, item))
            readCount += 1
            condition.broadcast()
        }
        condition.lock()
        finishedReading = true
        _summary = summary
        condition.broadcast()
        condition.unlock()
    }

    /// What the reader counted, once the whole corpus was read (nil if the pass was cut short).
    public var summary: CorpusSummary? {
        condition.lock()
        defer { condition.unlock() }
        return _summary
    }

    private func work() {
        while true {
            condition.lock()
            while pending.isEmpty && !finishedReading && !cancelled { condition.wait() }
            if cancelled || (pending.isEmpty && finishedReading) {
                condition.unlock()
                return
            }
            let (seq, item) = pending.removeFirst()
            condition.unlock()
            let result: Item
            switch item {
            case .document(let doc):
                let release = parser.parse(doc)
                prepare?(release) // before the hand-off below, so the consumer sees it complete
                result = .release(release)
            case .problem(let p): result = .problem(p)
            }
            condition.lock()
            done[seq] = result
            condition.broadcast()
            condition.unlock()
        }
    }
}
