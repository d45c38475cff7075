import Foundation
import ScriptHost

/// A one-line progress display on stderr (files and releases done, MB/s, ETA) for runs longer than a second.
/// Only used when stderr is a terminal and --quiet is not given.
final class ProgressBar: RunProgress {
    private let start = Date()
    private var files = 0
    private var releases = 0
    private var bytes = 0
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let totals = Totals()

    /// Totals of the inputs, counted on a background thread so the run does not wait for them.
    final class Totals: @unchecked Sendable {
        private let lock = NSLock()
        private var _files = 0, _bytes = 0, _done = false
        var snapshot: (files: Int, bytes: Int, done: Bool) { lock.withLock { (_files, _bytes, _done) } }
        func add(bytes: Int) { lock.withLock { _files += 1; _bytes += bytes } }
        func finish() { lock.withLock { _done = true } }
    }

    init(inputs: [String]) {
        let totals = self.totals
        Thread.detachNewThread {
            for input in inputs where input != "-" { Self.scan(input, into: totals) }
            totals.finish()
        }
    }

    static var wanted: Bool { isatty(STDERR_FILENO) == 1 }

    /// Seconds a run must last before the bar appears (PRANALYZE_PROGRESS_AFTER, for tests).
    private let delay = ProcessInfo.processInfo.environment["PRANALYZE_PROGRESS_AFTER"].flatMap(Double.init) ?? 1

    /// Sums regular-file sizes under `path` with plain stat(2) calls (Foundation's are slow here).
    private static func scan(_ path: String, into totals: Totals) {
        var st = stat()
        guard stat(path, &st) == 0 else { return }
        if (st.st_mode & S_IFMT) == S_IFREG {
            totals.add(bytes: Int(st.st_size))
        } else if (st.st_mode & S_IFMT) == S_IFDIR, let dir = opendir(path) {
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name.hasPrefix(".") { continue } // ., .. and hidden files are not inputs
                scan(path + "/" + name, into: totals)
            }
        }
    }

    func consumed(releases: Int, files: Int, bytes: Int) {
        let before = self.releases
        self.files += files
        self.releases += releases
        self.bytes += bytes
        guard before / 64 != self.releases / 64 else { return }
        let now = Date()
        guard now.timeIntervalSince(start) > delay, now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        draw(elapsed: now.timeIntervalSince(start))
    }

    func finished() { clearLine() }

    /// Removes the bar so a message can be written; it comes back with the next update.
    func clearLine() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    private func draw(elapsed: TimeInterval) {
        let rate = Double(bytes) / 1e6 / max(elapsed, 0.001)
        let total = totals.snapshot
        let counts = "\(files)\(total.done ? "/\(total.files)" : "") files, \(releases) releases"
        var line = "\(counts), \(String(format: "%.1f", rate)) MB/s"
        if total.done, total.bytes > 0 {
            let fraction = min(1, Double(bytes) / Double(total.bytes))
            let eta = fraction > 0 ? elapsed / fraction - elapsed : 0
            let width = 24, filled = Int(fraction * Double(width))
            line = "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
                + "] \(counts), \(String(format: "%.1f", rate)) MB/s, ETA \(Int(eta.rounded()))s"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        drawn = true
    }
}
