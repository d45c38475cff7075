import LuaKit

extension ScriptHost {
    /// Runs `body` as one script run: limits re-armed (a trip of an earlier run cleared, the
    /// deadline counted from now), and a limit that ends it reported as
    /// `script.lua: memory limit exceeded (--max-memory 512M)`. A `--jobs` worker's block is part
    /// of its run (`rearm` false): its counts, deadline and watchdog are the run's, not reset.
    func withLimits<T>(_ name: String, rearm: Bool = true, _ body: () throws -> T) throws -> T {
        if rearm {
            vm.resetLimits()
            vm.setDeadline(seconds: timeout)
        }
        let watchdog = rearm ? timeout.map { Watchdog(seconds: $0, script: displayName(name), hint: limitHints[.deadline]) } : nil
        defer { watchdog?.cancel() }
        do {
            let result = try body()
            // A limit tripped in a coroutine whose error was caught must still end the run.
            if let limit = vm.trippedLimit { throw LuaError(kind: .limit(limit), message: limit.message) }
            return result
        } catch let error as LuaError {
            guard case .limit(let limit) = error.kind else { throw error }
            var described = error
            let hint = limitHints[limit].map { " (\($0))" } ?? ""
            described.message = "\(displayName(name)): \(limit.message)\(hint)"
            throw described
        }
    }

    /// A chunk name as users know it: `=(command line)` → `(command line)`.
    func displayName(_ name: String) -> String {
        name.hasPrefix("=") || name.hasPrefix("@") ? String(name.dropFirst()) : name
    }
}

/// Output is capped like memory: once over, the script ends even if it printed under `pcall`.
extension OutputLimitExceeded: LuaLimitError {
    public var trippedLimit: LuaLimit { .output }
}
