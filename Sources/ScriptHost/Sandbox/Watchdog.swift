import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The backstop behind `--timeout`. The limit hook only runs between Lua instructions, so a
/// script stuck inside one library call (a backtracking `string.find` pattern can take years)
/// never reaches it; if a run outlives its deadline by a grace period, the process ends with the
/// limit's message instead of hanging.
final class Watchdog: @unchecked Sendable {
    private let condition = NSCondition()
    private var cancelled = false

    init(seconds: Double, script: String, hint: String?) {
        let grace = max(2, seconds / 4)
        let message = "pranalyze: \(script): time limit exceeded\(hint.map { " (\($0))" } ?? "")"
            + " inside a library call that cannot be interrupted; stopping\n"
        let deadline = Date(timeIntervalSinceNow: seconds + grace)
        let thread = Thread { [self] in
            condition.lock()
            while !cancelled && condition.wait(until: deadline) {}
            let fire = !cancelled
            condition.unlock()
            guard fire else { return }
            fflush(stdout)
            var text = message
            text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
            _exit(1)
        }
        thread.stackSize = 1 << 16
        thread.start()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.signal()
        condition.unlock()
    }
}
