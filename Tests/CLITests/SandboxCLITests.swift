import Foundation
import Testing
import TestSupport

/// The sandbox end to end: the built binary, its exit status and what it says on stderr.
@Suite struct SandboxCLITests {
    static let packageRoot = TestCorpus.packageRoot
    static let seed = TestCorpus.seed

    /// `pranalyze` next to the test bundle: walk up from the runner's directory.
    static let binary: String = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("pranalyze").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/pranalyze").path
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], cwd: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    @Test func timeoutEndsALoopHiddenInPcall() throws {
        let r = try Self.run(["--timeout", "1", "-e", "while true do pcall(function() while true do end end) end", Self.seed])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("pranalyze: (command line): time limit exceeded (--timeout 1)"), "\(r.stderr)")
    }

    @Test func memoryBombNamesTheFlag() throws {
        let r = try Self.run(["--max-memory", "32M", "-e", "local t = {} while true do t[#t + 1] = ('x'):rep(1000) .. #t end"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("pranalyze: (command line): memory limit exceeded (--max-memory 32M)"), "\(r.stderr)")
    }

    @Test func instructionLimitNamesTheFlag() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("spin.lua").path
        try Data("for r in pr.releases() do end\nlocal co = coroutine.wrap(function() while true do end end)\npcall(co)\n".utf8)
            .write(to: URL(fileURLWithPath: script))
        let r = try Self.run([script, Self.seed, "--max-instructions", "100000"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("pranalyze: \(script): instruction limit exceeded (--max-instructions 100000)"), "\(r.stderr)")
    }

    @Test func outputCapStopsAFlood() throws {
        let r = try Self.run(["--max-output", "4K", "-e", "while true do pcall(print, ('x'):rep(99)) end"])
        #expect(r.status == 1)
        #expect(r.stdout.utf8.count <= 4096 && r.stdout.utf8.count > 3000)
        #expect(r.stderr.hasPrefix("pranalyze: (command line): output limit exceeded (--max-output 4K)"), "\(r.stderr)")
    }

    @Test func backtrackingPatternIsStoppedInsideTheProcess() throws {
        // Backtracking inside one string.find call never reaches the count hook; the shim's
        // matcher counts its steps, so the limits hold there too (the watchdog is not needed).
        let r = try Self.run(["--timeout", "1", "-e", "string.find(('a'):rep(5000), '.-.-.-.-.-.-.-.-.-.-b')"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("pranalyze: (command line): time limit exceeded (--timeout 1)"), "\(r.stderr)")
        #expect(!r.stderr.contains("cannot be interrupted"), "\(r.stderr)")
        let budget = try Self.run(["--max-instructions", "1000000", "-e", "print(pcall(string.find, ('a'):rep(5000), '.-.-.-.-.-.-.-.-.-.-b'))"])
        #expect(budget.status == 1)
        #expect(budget.stderr.contains("instruction limit exceeded (--max-instructions 1000000)"), "\(budget.stderr)")
    }

    @Test func warnCannotFloodStderr() throws {
        let r = try Self.run(["-e", "warn('@on') for i = 1, 100000 do warn(('w'):rep(100)) end print('done')"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "done\n")
        #expect(r.stderr.utf8.count < (1 << 20) + 64 * 1024 && r.stderr.utf8.count > 1 << 20)
        #expect(r.stderr.hasSuffix("Lua warning: (further warnings suppressed)\n"))
    }

    @Test func sandboxedScriptCannotWriteAFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.run(["-e", "io.open('pwned.txt', 'w'):write('x')"], cwd: dir.path)
        #expect(r.status == 1)
        #expect(r.stderr.contains("attempt to index a nil value (global 'io')"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("pwned.txt").path))
        let trusted = try Self.run(["--trusted", "-e", "local f = assert(io.open('ok.txt', 'w')) f:write(os.date('!%Y', 0)) f:close()"],
                                   cwd: dir.path)
        #expect(trusted.status == 0, "\(trusted.stderr)")
        #expect((try? String(contentsOfFile: dir.appendingPathComponent("ok.txt").path, encoding: .utf8)) == "1970")
    }

    @Test func requireUsesThePranalyzePathAndRefusesParents() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("lib"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("return { shout = function(s) return s:upper() end }".utf8).write(to: dir.appendingPathComponent("lib/util.lua"))
        let env = ["PRANALYZE_PATH": dir.path]
        let ok = try Self.run(["-e", "for r in pr.releases() do print(require('lib.util').shout(r.dateline and 'ok' or 'ok')) end", Self.seed],
                              environment: env)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout == "OK\n")
        let bad = try Self.run(["-e", "require('../../etc/passwd')"], environment: env)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("module name '../../etc/passwd' is not allowed"), "\(bad.stderr)")
    }

    @Test func badLimitValuesAreUsageErrors() throws {
        let r = try Self.run(["--max-memory", "lots", "-e", "print(1)"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--max-memory"))
        let t = try Self.run(["--timeout", "-1", "-e", "print(1)"])
        #expect(t.status == 2)
    }

    @Test func helpMarksTrustedAsUnsafe() throws {
        let r = try Self.run(["run", "--help"])
        #expect(r.stdout.uppercased().contains("SANDBOX AND LIMITS"))
        #expect(r.stdout.contains("--trusted") && r.stdout.contains("UNSAFE"))
        #expect(r.stdout.contains("--max-memory <size>"))
    }
}
