import Corpus
import Foundation
import LuaKit
import TestSupport
@testable import ScriptHost

/// The package root and the shared corpus next to it (located by `TestCorpus`, read in place).
enum Paths {
    static let packageRoot = TestCorpus.packageRoot
    static let corpus = TestCorpus.root
    static let seed = TestCorpus.seed
    static let kremlin = TestCorpus.real("kremlin-ukraine")
    static let australia = TestCorpus.real("au-parliament")

    /// The first `n` files of a corpus folder, sorted (input order is the order given).
    static func files(_ folder: String, _ n: Int) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().prefix(n).map { "\(folder)/\($0)" }
    }
}

/// A host over `inputs` with two parser threads.
func makeHost(_ inputs: [String], trusted: Bool = false) throws -> ScriptHost {
    var options = ScriptHost.Options()
    options.jobs = 2
    options.sandboxed = !trusted
    let host = try ScriptHost(options: options)
    host.setCorpus(Corpus(inputs: inputs))
    return host
}

/// Evaluates an expression in the host's Lua state.
func eval(_ host: ScriptHost, _ expression: String) throws -> LuaValue {
    try host.vm.run("return \(expression)", name: "=(test)").first ?? .nil
}

/// The ids of the releases of `inputs`, in input order, read with `pr.releases()`.
func releaseIDs(_ inputs: [String]) throws -> [String] {
    let host = try makeHost(inputs)
    try host.runScript(source: "ids = {} for r in pr.releases() do ids[#ids + 1] = r.id end", name: "ids.lua")
    return try eval(host, "ids").array.compactMap(\.string)
}
