import CLuaShim

extension LuaVM {
    /// Bytes Lua currently holds, and the most it has held.
    public var memoryUsed: Int { pk_memory_used(L) }
    public var memoryPeak: Int { pk_memory_peak(L) }

    /// Caps Lua's memory (nil: none). Allocations beyond it fail while Lua code runs.
    public func setMemoryLimit(_ bytes: Int?) { pk_set_memory_limit(L, bytes ?? 0) }

    /// Ends the running script after about `count` VM instructions (nil: none).
    public func setInstructionLimit(_ count: Int?) { pk_set_instruction_limit(L, Int64(count ?? 0)) }

    /// Ends the running script `seconds` from now (nil: none).
    public func setDeadline(seconds: Double?) { pk_set_deadline(L, seconds ?? 0) }

    /// Stops the running script at its next instruction. Safe to call from a signal handler's
    /// thread of control; the script ends with `LuaLimit.interrupt`.
    public func interrupt() { pk_interrupt(L) }

    /// Runs `body` with Ctrl-C (SIGINT) interrupting this VM instead of ending the process.
    public func interruptibleBySIGINT<T>(_ body: () throws -> T) rethrows -> T {
        pk_sigint_begin(L)
        defer { pk_sigint_end() }
        return try body()
    }

    /// The limit that ended the script, if one did.
    public var trippedLimit: LuaLimit? { LuaLimit(rawValue: pk_limit_tripped(L)) }

    /// Clears a tripped limit and restarts the instruction count (e.g. for the next REPL line).
    public func resetLimits() { pk_reset_limits(L) }

    /// VM instructions run so far (in steps of the hook's granularity).
    public var instructions: Int { Int(pk_instructions(L)) }
}

extension LuaVM {
    /// Runs a full garbage-collection cycle (finalising unreachable host objects).
    public func collectGarbage() { pk_gc_collect(L) }

    /// Accounts for `bytes` held by Swift behind a new handle: advances the collector accordingly,
    /// so memory held through handles stays bounded.
    public func noteExternalMemory(_ bytes: Int) { pk_gc_step(L, Int32(clamping: bytes / 1024)) }
}
