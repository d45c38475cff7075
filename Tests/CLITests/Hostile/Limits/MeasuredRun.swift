import Foundation

/// Runs the CLI and samples its peak resident memory (`VmHWM` in /proc/PID/status, the
/// high-water mark of its own address space) every few milliseconds until it exits. The rusage
/// of a spawned child would not do: Linux carries the spawning test process's peak into it.
enum MeasuredRun {
    struct Outcome {
        var status: Int32
        var output: String
        /// Peak resident set size of the run, in bytes.
        var peakRSS: Int
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        guard let binary = CLI.binary else { throw CocoaError(.fileNoSuchFile) }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-measured-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.packageRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let status = "/proc/\(process.processIdentifier)/status"
        var peak = 0
        while process.isRunning {
            if let text = try? String(contentsOfFile: status, encoding: .utf8) { peak = max(peak, highWater(text)) }
            usleep(2_000)
        }
        process.waitUntilExit()
        try handle.close()
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return Outcome(status: process.terminationStatus, output: output, peakRSS: peak)
    }


    /// `VmHWM:    123456 kB` in bytes (0 once the process has gone).
    static func highWater(_ status: String) -> Int {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kb = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return kb * 1024
    }
}
