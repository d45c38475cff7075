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

/// A limit the host found exceeded while working for a script (a buffer it was about to grow,
/// a loop it was counting). Thrown by host functions; the script ends as if Lua had tripped it.
public struct LuaHostLimitExceeded: LuaLimitError, CustomStringConvertible {
    public let trippedLimit: LuaLimit
    public var description: String { trippedLimit.message }
}

/// The budget one run's limits count against, shared by every state of the run (`--jobs`
/// workers join the main state's), so memory, instructions and the deadline are per run.
public final class LuaRunBudget: @unchecked Sendable {
    let raw: UnsafeMutableRawPointer
    init(_ raw: UnsafeMutableRawPointer) { self.raw = raw }
    deinit { pk_budget_release(raw) }
}

extension LuaVM {
    /// This state's budget, to hand to other states of the same run.
    public var runBudget: LuaRunBudget { LuaRunBudget(pk_budget_retain(L)) }

    /// Counts this state's memory, instructions and deadline in `budget` from now on.
    public func share(_ budget: LuaRunBudget) { pk_share_budget(L, budget.raw) }

    /// Bytes the whole run holds (Lua memory of all its states plus host charges), and the most.
    public var runMemoryUsed: Int { pk_run_memory_used(L) }
    public var runMemoryPeak: Int { pk_run_memory_peak(L) }
}

extension LuaStack {
    /// Charges `bytes` the host is about to allocate for the running call against the memory
    /// limit (released when the call returns); throws once the run would pass it.
    public func charge(_ bytes: Int) throws {
        guard bytes > 0 else { return }
        if pk_charge(L, bytes) == 0 { throw LuaHostLimitExceeded(trippedLimit: .memory) }
    }

    /// Counts `steps` units of host work (about one VM instruction each) against the instruction
    /// limit, deadline and interrupt; throws the limit once one trips.
    public func countWork(_ steps: Int) throws {
        let tripped = pk_host_steps(L, Int64(steps))
        if tripped != 0, let limit = LuaLimit(rawValue: tripped) { throw LuaHostLimitExceeded(trippedLimit: limit) }
    }

    /// Bytes charged by the running host call so far (to hold what it built beyond the call).
    public var hostCharged: Int { Int(pk_host_charged(L)) }

    /// Releases charges of host work done outside a host call (reading `finish`'s result).
    public func releaseHostCharges() { pk_release_charges(L) }

    /// An account for memory host state keeps for the script across calls (a counter's keys),
    /// charged to this run's budget until the account is freed.
    public func heldMemory() -> LuaHeldMemory { LuaHeldMemory(budget: vm.runBudget) }
}

/// Memory that host state (owned by a handle) holds for a script beyond one call: charged to the
/// run's budget as it grows, released when the state goes (the handle is collected).
public final class LuaHeldMemory {
    let budget: LuaRunBudget
    public private(set) var bytes = 0

    init(budget: LuaRunBudget) { self.budget = budget }

    /// Accounts `more` bytes, or throws (accounting nothing) once the run would pass its limit.
    public func hold(_ more: Int, on stack: LuaStack) throws {
        guard more > 0 else { return }
        if pk_hold(stack.L, Int64(more)) == 0 { throw LuaHostLimitExceeded(trippedLimit: .memory) }
        bytes += more
    }

    deinit { pk_unhold(budget.raw, Int64(bytes)) }
}
