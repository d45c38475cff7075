import Foundation
import Testing

/// Runs the hostile corpus (Tests/HostileCorpus, see its README) through the CLI: every script
/// with `--jobs 1` and `--jobs 2` over a real corpus, every partial file through `merge`. Each
/// must end with its documented status and message, never by a signal.
@Suite struct HostileCorpusCLITests {
    static let root = CLI.packageRoot.appendingPathComponent("Tests/HostileCorpus")

    struct Script: CustomTestStringConvertible, Sendable {
        var file: String
        var arguments: [String]
        var expect: String
        var status: Int32
        var jobs: [Int]
        var testDescription: String { file }

        /// The `-- name: value` header lines.
        init(file: String, text: String) {
            self.file = file
            var header: [String: String] = [:]
            for line in text.split(separator: "\n") where line.hasPrefix("-- ") {
                let body = line.dropFirst(3)
                guard let colon = body.firstIndex(of: ":") else { continue }
                header[String(body[..<colon])] = String(body[body.index(after: colon)...].dropFirst())
            }
            arguments = header["args"].map { $0.split(separator: " ").map(String.init) } ?? []
            expect = header["expect"] ?? ""
            status = header["status"].flatMap { Int32($0) } ?? 1
            jobs = header["jobs"].map { $0.split(separator: " ").compactMap { Int($0) } } ?? [1, 2]
        }
    }

    static let scripts: [Script] = {
        let dir = root.appendingPathComponent("scripts")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".lua") }.sorted().map { file in
            Script(file: file, text: (try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)) ?? "")
        }
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.scripts.count >= 12)
        #expect(Self.scripts.allSatisfy { !$0.expect.isEmpty })
        #expect(Self.partials.count >= 10)
    }

    @Test(arguments: scripts, [1, 2])
    func script(_ s: Script, jobs: Int) throws {
        guard s.jobs.contains(jobs) else { return }
        let path = Self.root.appendingPathComponent("scripts/\(s.file)").path
        let r = try CLI.run([path, CLI.kremlin, "--jobs", String(jobs)] + s.arguments)
        #expect(r.status < 128 && !r.stderr.contains("Fatal error"), "\(s.file): \(r.stderr.suffix(400))")
        #expect(r.status == s.status, "\(s.file): \(r.stderr.suffix(400))")
        #expect((r.stdout + r.stderr).contains(s.expect), "\(s.file): \(r.stdout.prefix(200))\(r.stderr.suffix(400))")
        #expect(!r.stderr.contains("cannot be interrupted"), "\(s.file): the watchdog, not the limit, ended it")
    }

    struct Partial: CustomTestStringConvertible, Sendable {
        var file: String
        var status: Int32
        var expect: String
        var testDescription: String { file }
    }

    static let partials: [Partial] = {
        let list = (try? String(contentsOf: root.appendingPathComponent("partials/EXPECT"), encoding: .utf8)) ?? ""
        return list.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, let status = Int32(fields[1]) else { return nil }
            return Partial(file: fields[0], status: status, expect: fields[2])
        }
    }()

    @Test(arguments: partials)
    func partial(_ p: Partial) throws {
        let dir = Self.root.appendingPathComponent("partials")
        let file = dir.appendingPathComponent(p.file).path
        let r = try CLI.run(["merge", dir.appendingPathComponent("merge.lua").path, file, file, "--max-memory", "256M"])
        #expect(r.status == p.status, "\(p.file): \(r.stderr.suffix(400))")
        #expect((r.stdout + r.stderr).contains(p.expect), "\(p.file): \(r.stdout)\(r.stderr.suffix(400))")
    }
}
