import ArgumentParser
import Foundation
import ScriptHost

/// `pranalyze scripts test [NAME]`: runs golden tests. Each case runs this very binary as a user
/// would (`pranalyze run SCRIPT sample --format F --arg …`, in the script's folder) and compares
/// standard output with `expected.EXT` byte for byte; a failure shows a unified diff.
struct ScriptsTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a script's golden test (sample/ against expected.*), or every script's.")

    @Argument(help: "The script to test (default: every script on the search path that has a test).")
    var name: String?

    @Flag(name: .long, help: "Write the actual output to the expected file(s) instead of comparing.")
    var update = false

    func run() throws {
        let catalog = ScriptsCommand.catalog()
        let entries = try name.map { [try ScriptsCommand.entry($0)] } ?? catalog.entries
        var failed = 0, passed = 0, untested: [String] = []
        for entry in entries {
            let test: GoldenTest
            do {
                guard let folder = entry.folder else {
                    throw ScriptHostError(.missingTest, "\(entry.path) is a single file; golden tests live beside NAME/NAME.lua")
                }
                test = try GoldenTest(folder: folder)
            } catch let missing as ScriptHostError where missing.kind == .missingTest {
                if name != nil { throw ValidationError("cannot test \(entry.name): \(missing.description)") }
                untested.append(entry.name)
                continue
            }
            var cases = test.cases
            if cases.isEmpty {
                guard update else {
                    print("FAIL \(entry.name): \(test.noExpectedOutput)")
                    failed += 1
                    continue
                }
                cases = [GoldenTest.defaultExpected(folder: test.folder)]
            }
            for c in cases {
                if try runCase(entry, test, c) { passed += 1 } else { failed += 1 }
            }
        }
        var summary = "\(passed) passed, \(failed) failed"
        if !untested.isEmpty { summary += "; without a golden test: \(untested.joined(separator: ", "))" }
        print(summary)
        if failed > 0 { throw ExitStatus.scriptFailed }
    }

    /// Runs one case; true when it passed (or was updated).
    private func runCase(_ entry: ScriptCatalog.Entry, _ test: GoldenTest, _ c: GoldenTest.Case) throws -> Bool {
        let label = "\(entry.name) (\(c.format))"
        var arguments = ["run", entry.path, test.sample, "--format", c.format, "--quiet"]
        for a in test.arguments { arguments += ["--arg", a] }
        let result = try Self.runSelf(arguments, in: test.folder)
        if result.status != 0 {
            print("FAIL \(label): exit status \(result.status)\n\(result.stderr)", terminator: result.stderr.hasSuffix("\n") ? "" : "\n")
            return false
        }
        if update {
            try Data(result.stdout.utf8).write(to: URL(fileURLWithPath: c.expectedPath), options: .atomic)
            print("updated \(label): \(c.expectedPath)")
            return true
        }
        let expected = FileManager.default.contents(atPath: c.expectedPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if expected == result.stdout {
            print("ok   \(label)")
            return true
        }
        print("FAIL \(label): output differs from \(c.expectedPath)")
        print(try Self.diff(expected: expected, actual: result.stdout, label: c.expectedPath), terminator: "")
        return false
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func runSelf(_ arguments: [String], in directory: String) throws -> Output {
        try run(executable: selfPath(), arguments, in: directory)
    }

    static func run(executable: String, _ arguments: [String], in directory: String) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    private static func selfPath() -> String {
        let link = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        if link != "/proc/self/exe" { return link }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// `diff -u` of the two texts (diffutils is part of every Debian system).
    static func diff(expected: String, actual: String, label: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("expected"), b = dir.appendingPathComponent("actual")
        try Data(expected.utf8).write(to: a)
        try Data(actual.utf8).write(to: b)
        let result = try run(executable: "/usr/bin/diff",
                             ["-u", "--label", label, "--label", "actual output", a.path, b.path], in: dir.path)
        return result.stdout
    }
}
