import CEditLineShim

/// Ctrl-C during a computation, as a flag to poll (e.g. from a Lua count hook).
///
/// While `LineEditor.readLine` edits a line, Ctrl-C is a key that discards the line; the terminal
/// only raises SIGINT between prompts, when this flag's handler is what receives it. A second
/// SIGINT while the first is still pending (nobody polled) ends the process the default way, so a
/// computation stuck outside the polling code can still be stopped.
public enum InterruptFlag {
    /// Installs the SIGINT handler (idempotent) and unblocks SIGINT for the calling thread, which
    /// should be the one that runs computations. Returns false if the handler could not be set.
    @discardableResult
    public static func install() -> Bool { le_interrupt_install() == 0 }

    /// Puts back whatever SIGINT handling was there before `install()`.
    public static func uninstall() { le_interrupt_uninstall() }

    /// Whether an interrupt arrived since the last call, clearing it. Thread-safe.
    /// Call once before starting a computation to drop an interrupt that arrived while idle.
    public static func takePending() -> Bool { le_interrupt_take() != 0 }

    /// Whether an interrupt is pending, without clearing it.
    public static var isPending: Bool { le_interrupt_peek() != 0 }
}
