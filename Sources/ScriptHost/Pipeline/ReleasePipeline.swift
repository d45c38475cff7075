import Corpus
import Foundation
import PressRelease

/// Reads the corpus ahead on one thread, parses on `jobs` worker threads, and hands releases
/// (and input problems) to the single consumer in input order. Work moves in batches (many small
/// releases per hand-off, so threads synchronise rarely), and at most `window` batches are in
/// flight, so memory stays flat however large the corpus is.
public final class ReleasePipeline: @unchecked Sendable {
    public enum Item {
        case release(Release)
        case problem(InputProblem)
    }

    /// A batch closes at this many items or bytes, whichever comes first.
    static let batchItems = 32
    static let batchBytes = 512 << 10

    private let condition = NSCondition()
    private var pending: [(Int, [CorpusItem])] = []   // read, not yet parsed
    private var done: [Int: [Item]] = [:]             // parsed, not yet consumed
    private var nextBatch = 0
    private var batchesRead = 0
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
    /// The consumer's current batch (touched by the consumer thread only).
    private var current: [Item] = []
    private var position = 0

    public init(corpus: Corpus, parser: ReleaseParser = ReleaseParser(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                prepare: (@Sendable (Release) -> Void)? = nil) {
        self.corpus = corpus
        self.parser = parser
        self.prepare = prepare
        self.jobs = max(1, jobs)
        self.window = self.jobs * 4
    }

    deinit { cancel() }

    /// The next release or problem in input order; nil at the end of the corpus.
    public func next() -> Item? {
        if position < current.count {
            defer { position += 1 }
            return current[position]
        }
        startIfNeeded()
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let batch = done.removeValue(forKey: nextBatch) {
                nextBatch += 1
                condition.broadcast()
                current = batch
                position = 1
                if batch.isEmpty { continue }
                return batch[0]
            }
            if finishedReading && nextBatch >= batchesRead {
                current = []
                position = 0
                return nil
            }
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

    /// What the reader counted, once the whole corpus was read (nil if the pass was cut short).
    public var summary: CorpusSummary? {
        condition.lock()
        defer { condition.unlock() }
        return _summary
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
        var batch: [CorpusItem] = []
        var bytes = 0
        func hand(_ items: [CorpusItem]) throws {
            condition.lock()
            defer { condition.unlock() }
            while !cancelled && batchesRead - nextBatch >= window { condition.wait() }
            if cancelled { throw CancellationError() }
            pending.append((batchesRead, items))
            batchesRead += 1
            condition.signal()
        }
        let summary = try? corpus.forEach { item in
            batch.append(item)
            if case .document(let doc) = item { bytes += doc.bytes.count }
            if batch.count >= Self.batchItems || bytes >= Self.batchBytes {
                try hand(batch)
                batch = []
                bytes = 0
            }
        }
        if summary != nil, !batch.isEmpty { try? hand(batch) }
        condition.lock()
        finishedReading = true
        _summary = summary
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while pending.isEmpty && !finishedReading && !cancelled { condition.wait() }
            if cancelled || (pending.isEmpty && finishedReading) {
                condition.unlock()
                return
            }
            let (seq, items) = pending.removeFirst()
            condition.unlock()
            let results = items.map { item -> Item in
                switch item {
                case .document(let doc):
                    let release = parser.parse(doc)
                    prepare?(release) // before the hand-off below, so the consumer sees it complete
                    return .release(release)
                case .problem(let p): return .problem(p)
                }
            }
            condition.lock()
            done[seq] = results
            condition.broadcast()
            condition.unlock()
        }
    }
}
