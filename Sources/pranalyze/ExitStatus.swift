import ArgumentParser

/// The documented exit statuses.
enum ExitStatus {
    static let success = ExitCode(0)
    static let scriptFailed = ExitCode(1)
    static let usage = ExitCode(2)
    static let inputsSkipped = ExitCode(3)
    static let strictFailure = ExitCode(4)
    /// The report or partial could not be written (`--output` or standard output).
    static let writeFailed = ExitCode(5)
}
