import Corpus
import Foundation
import LuaKit
import ScriptHost
import TestSupport

/// Runs a hostile chunk in a fresh host, then checks the same host still works.
enum Attack {
    static let packageRoot = TestCorpus.packageRoot
    static let seed = TestCorpus.seed

    struct Outcome {
        /// What the attack raised (nil: it ran to the end).
        var error: LuaError?
        /// Nil when the host ran the health check afterwards; else why it failed.
        var sickness: String?
        var healthy: Bool { sickness == nil }
        var message: String { error?.message ?? "(no error)" }
    }

    /// Runs on a thread with a large stack: the C-stack attacks recurse to Lua's own C limit
    /// (200 levels), which must not depend on how small a test runner's thread stack is.
    static func run(_ source: String, searchPath: [String] = [], configure: (inout ScriptHost.Options) -> Void = { _ in }) -> Outcome {
        var options = ScriptHost.Options()
        options.jobs = 1
        options.memoryLimit = 64 << 20
        options.instructionLimit = 20_000_000
        options.searchPath = searchPath
        configure(&options)
        final class Box: @unchecked Sendable { var outcome = Outcome() }
        let box = Box()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread { [options] in
            defer { finished.signal() }
            do {
                let host = try ScriptHost(options: options)
                host.setCorpus(Corpus(inputs: [seed]))
                let text = (try? String(contentsOfFile: seed, encoding: .utf8)) ?? ""
                try host.vm.setGlobal("SEED") { $0.push(text) }
                do {
                    try host.runChunk(source, name: "attack.lua")
                } catch let error as ScriptHostError {
                    box.outcome.error = error.luaError
                }
                do {
                    try host.runChunk("""
                        local r = pr.parse(SEED, 'seed.txt')
                        assert(r.headline and #r.paragraphs > 0, 'seed did not parse')
                        assert(('ab'):rep(2) == 'abab' and string.format('%d', 7) == '7')
                        local n = 0
                        for release in pr.releases() do n = n + #release.paragraphs end
                        assert(n > 0, 'no paragraphs read')
                        """, name: "health.lua")
                } catch {
                    box.outcome.sickness = "\(error)"
                }
            } catch {
                box.outcome.sickness = "host failed: \(error)"
            }
        }
        thread.stackSize = 64 << 20
        thread.start()
        finished.wait()
        return box.outcome
    }
}
