import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Issue #20 point 3 through the CLI: a corpus holding a FIFO and a link to `/dev/zero` next to a
/// real release is read promptly, both special files are named on stderr, the release is counted,
/// and the exit status says inputs were skipped. `-` still reads standard input.
@Suite struct HostileInputCLITests {
    @Test func fifoAndDeviceLinkAreSkippedPromptly() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-special-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.seed), to: dir.appendingPathComponent("a-release.txt"))
        let fifo = dir.appendingPathComponent("b-pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let zero = dir.appendingPathComponent("c-zero.txt").path
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        let watchdog = FIFOWatchdog(fifo)
        defer { watchdog.stop() }

        let count = "local n = 0 for _ in pr.releases() do n = n + 1 end print(n)"
        let walked = try CLI.run(["-e", count, dir.path])
        #expect(!watchdog.fired, "the FIFO was opened for reading")
        #expect(walked.status == 3, "\(walked.stderr)")
        #expect(walked.stdout == "1\n")
        #expect(walked.stderr.contains("\(fifo): skipped: not a regular file (a FIFO (named pipe)); not opened"), "\(walked.stderr)")
        #expect(walked.stderr.contains("\(zero): skipped: not a regular file (a symbolic link to a character device)"),
                "\(walked.stderr)")

        let named = try CLI.run(["-e", count, zero, fifo, "/dev/zero"])
        #expect(!watchdog.fired, "the FIFO was opened for reading")
        #expect(named.stdout == "0\n")
        #expect(named.stderr.contains("not a regular file: 3"), "\(named.stderr)")
    }
}
