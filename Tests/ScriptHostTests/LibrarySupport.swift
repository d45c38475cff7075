import Corpus
import Foundation
import LuaKit
import PressRelease
import TestSupport
@testable import ScriptHost

/// Shared helpers for the host-library tests: the corpus (read in place) and a host to run Lua in.
enum Library {
    static let packageRoot = TestCorpus.packageRoot
    static let corpus = TestCorpus.root
    static let seed = TestCorpus.seed
    static func real(_ folder: String) -> String { TestCorpus.real(folder) }

    static func host(inputs: [String] = []) throws -> ScriptHost {
        var options = ScriptHost.Options()
        options.jobs = 2
        let host = try ScriptHost(options: options)
        host.setCorpus(Corpus(inputs: inputs))
        return host
    }

    /// Runs `chunk` and returns its results.
    static func eval(_ chunk: String, inputs: [String] = []) throws -> [LuaValue] {
        try host(inputs: inputs).vm.run(chunk, name: "test")
    }

    static func value(_ chunk: String, inputs: [String] = []) throws -> LuaValue { try eval(chunk, inputs: inputs).first ?? .nil }

    /// The error message a chunk raises (nil when it runs).
    static func error(_ chunk: String) throws -> String? {
        do {
            _ = try eval(chunk)
            return nil
        } catch let e as LuaError {
            return e.message
        }
    }

    /// The releases of a folder as the Swift parser sees them, in input order.
    static func releases(_ inputs: [String]) throws -> [Release] {
        var out: [Release] = []
        Corpus(inputs: inputs).forEach { item in
            if case .document(let doc) = item { out.append(ReleaseParser().parse(doc)) }
        }
        return out
    }

    /// The dates the folder's `index.jsonl` gives for its files (`YYYY-MM-DD`), by file name:
    /// the source metadata, independent of the parser and of Lua.
    static func indexDates(_ folder: String) throws -> [String: String] {
        let text = try String(contentsOfFile: folder + "/index.jsonl", encoding: .utf8)
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = record["file"] as? String, let date = record["date"] as? String else { continue }
            out[file] = String(date.prefix(10))
        }
        return out
    }
}
