import Foundation
import Testing

/// With stdin and stdout not terminals, lines are read plainly: no prompt, no escape codes, no
/// history written.
@Suite struct PipedInputTests {
    private func runProbe(input: Data, sandbox: ProbeSandbox) throws -> (output: Data, status: Int32) {
        let process = Process()
        process.executableURL = try ProbeLocator.probe()
        process.environment = sandbox.environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Written from another thread so a large input cannot deadlock against a full stdout pipe.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (output, process.terminationStatus)
    }

    @Test func realReleaseLinesComeBackUnchanged() throws {
        let lines = try SeedRelease.lines()
        #expect(lines.count > 5)
        let sandbox = try ProbeSandbox()
        let input = try Data(contentsOf: SeedRelease.url)
        let (output, status) = try runProbe(input: input, sandbox: sandbox)
        #expect(status == 0)
        #expect(!output.contains(0x1B), "escape codes in piped output")
        let expected = lines.map { line -> String in
            // Swift's readLine also strips a CR before the LF.
            var line = line
            if line.hasSuffix("\r") { line.removeLast() }
            return "GOT:\(line)\n"
        }.joined() + "[eof]\n"
        #expect(String(decoding: output, as: UTF8.self) == expected)
        #expect(!FileManager.default.fileExists(atPath: sandbox.historyFile.path))
    }

    @Test func lastLineWithoutNewlineAndEmptyLinesAreRead() throws {
        let sandbox = try ProbeSandbox()
        let (output, status) = try runProbe(input: Data("one\n\ntwo".utf8), sandbox: sandbox)
        #expect(status == 0)
        #expect(String(decoding: output, as: UTF8.self) == "GOT:one\nGOT:\nGOT:two\n[eof]\n")
    }

    @Test func emptyInputEndsAtOnce() throws {
        let sandbox = try ProbeSandbox()
        let (output, status) = try runProbe(input: Data(), sandbox: sandbox)
        #expect(status == 0)
        #expect(String(decoding: output, as: UTF8.self) == "[eof]\n")
    }
}
