import Foundation
import Testing
import TestSupport
@testable import Corpus
#if canImport(Glibc)
import Glibc
#endif

/// Issue #20 point 3: FIFOs, devices, sockets and links to them are named and skipped without
/// being opened, and the rest of the corpus is read. A reader that did open the FIFO would block
/// forever, so a watchdog opens its write end after a while: the run then ends and the test fails
/// instead of hanging.
@Suite struct NonRegularInputTests {
    @Test func specialFilesAreSkippedUnopened() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let good = scratch.write("a-good.txt", SharedCorpus.bytes(SharedCorpus.seed))
        let fifo = scratch.path("b-pipe.txt")
        #expect(mkfifo(fifo, 0o600) == 0)
        let zero = scratch.path("c-zero.txt")
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        let socketPath = scratch.path("d-socket.txt")
        let socket = try bindUnixSocket(socketPath)
        defer { close(socket) }
        let watchdog = FIFOWatchdog(fifo)
        defer { watchdog.stop() }

        let walked = Run([scratch.dir.path])
        #expect(!watchdog.fired, "the FIFO was opened for reading")
        #expect(walked.documents.map(\.path) == [good])
        let reasons = Dictionary(grouping: walked.problems, by: \.path)
        for path in [fifo, zero, socketPath] {
            #expect(reasons[path]?.count == 1, "\(walked.problems)")
            #expect(reasons[path]?.first?.kind == .notRegular)
            #expect(reasons[path]?.first?.severity == .skipped)
        }
        #expect(reasons[fifo]?.first?.reason.contains("FIFO") == true)
        #expect(reasons[zero]?.first?.reason.contains("symbolic link to a character device") == true)
        #expect(reasons[socketPath]?.first?.reason.contains("socket") == true)
        #expect(walked.summary.inputsSkipped == 3)

        // Named directly, and the devices themselves: the same, and nothing is read.
        let named = Run([fifo, zero, "/dev/zero", "/dev/null", good])
        #expect(!watchdog.fired, "the FIFO was opened for reading")
        #expect(named.documents.map(\.path) == [good])
        #expect(named.problems.map(\.kind) == [.notRegular, .notRegular, .notRegular, .notRegular])
        #expect(named.summary.render().contains("not a regular file: 4"), "\(named.summary.render())")
    }

    @Test func sizeLimitIsCheckedBeforeReading() {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let path = scratch.write("big.txt", [UInt8](repeating: UInt8(ascii: "a"), count: 4096))
        var options = CorpusOptions()
        options.maxInputBytes = 1000
        let run = Run([path], options: options)
        #expect(run.documents.isEmpty)
        #expect(run.problems.first?.kind == .tooLarge)
        #expect(run.problems.first?.reason.contains("4.0 KB") == true, "\(run.problems)")
    }
}
