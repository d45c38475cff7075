import Foundation
import LuaKit
import Report

/// What a script run produced: `finish()`'s return value.
public enum ScriptResult: Equatable {
    /// No `finish`, or it returned nil.
    case none
    /// `finish` returned a string; it has been printed as is.
    case text(String)
    /// `finish` returned a report (`pr.report.*`, a table spec, or a list of sections): the
    /// caller renders it (the CLI with `--format` and `--output`).
    case report(Report)
    /// `--emit-partial`: the merged partial of a script defining `partial` and `merge`, for a
    /// later `pranalyze merge`; `finish` was not called.
    case partial(LuaValue)
}

extension ScriptHost {
    /// Runs a script file under the script contract (see `runScript(source:name:arguments:)`).
    @discardableResult
    public func runScript(path: String, arguments: [String] = [], emitPartial: Bool = false) throws -> ScriptResult {
        try runScript(source: try Self.source(of: path), name: path, arguments: arguments, emitPartial: emitPartial)
    }

    /// The text of a script file.
    public static func source(of path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScriptHostError(.unreadable, "cannot read script \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `mergePartials` for a script file and partial files (see `--emit-partial`).
    @discardableResult
    public func mergePartialFiles(_ files: [String], script path: String, arguments: [String] = []) throws -> ScriptResult {
        let source = try Self.source(of: path)
        let partials = try files.map { file -> LuaValue in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ScriptHostError(.unreadable, "\(file): cannot read file")
            }
            return try PartialValue.read(fileText: data, path: file, script: (path as NSString).lastPathComponent, source: source)
        }
        return try mergePartials(partials, source: source, name: path, arguments: arguments)
    }

    /// Runs a script: its chunk, then, when it declares a contract (a returned table or globals
    /// `meta`, `init`, `Release`, `Paragraph`, …, `finish`), the `--arg` checks (`name=value`
    /// strings; a usage `ScriptHostError` before any hook runs), `init`, the hooks over the corpus and
    /// `finish`. A chunk declaring nothing is just run.
    @discardableResult
    public func runScript(source: String, name: String, arguments: [String] = [],
                          emitPartial: Bool = false) throws -> ScriptResult {
        let pairs = try ScriptArgs.split(arguments)
        let s = vm.stack
        let base = s.top
        defer { s.setTop(base) }
        let setup = ParallelHooks.Setup(options: options, source: source, name: name, arguments: pairs,
                                         budget: vm.runBudget)
        let ended = try withRunLimits(name) { () throws -> HookRunner.Ending in
            try vm.load(source, name: name)
            return try runner(for: name).run(arguments: pairs, parallel: setup, emitPartial: emitPartial)
        }
        switch ended {
        case .plainChunk, .noFinish: return .none
        case .partial: return .partial(s.value(at: -1, depth: PartialValue.maxDepth))
        case .finished: return try result(at: s.top)
        }
    }

    /// Runs `init`, merges `partials` (in the order given: the order of the corpus shards they
    /// came from) and calls `finish` with the result: the second half of a run split with
    /// `--emit-partial`.
    @discardableResult
    public func mergePartials(_ partials: [LuaValue], source: String, name: String,
                              arguments: [String] = []) throws -> ScriptResult {
        let pairs = try ScriptArgs.split(arguments)
        let s = vm.stack
        let base = s.top
        defer { s.setTop(base) }
        let finished = try withRunLimits(name) { () throws -> Bool in
            try vm.load(source, name: name)
            let runner = runner(for: name)
            guard try runner.prepare(arguments: pairs), runner.definesPartials else {
                throw ScriptHostError.usage("\((name as NSString).lastPathComponent) defines no partial and merge functions, so its partials cannot be merged")
            }
            if partials.isEmpty { try runner.pushPartial() }
            for (i, partial) in partials.enumerated() {
                try s.push(partial)
                if i > 0 { try runner.mergeTopPartials() }
            }
            return try runner.finish(withPartialOnTop: true)
        }
        return finished ? try result(at: s.top) : .none
    }

    private func runner(for name: String) -> HookRunner {
        HookRunner(context: context, vm: vm, scriptName: (name as NSString).lastPathComponent)
    }

    /// What `finish` returned (at `index`): printed text, or a report for the caller to render.
    private func result(at index: Int) throws -> ScriptResult {
        let s = vm.stack
        switch s.type(at: index) {
        case .nil, .none: return .none
        case .string, .number:
            let text = s.tostring(at: index)
            try context.output.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
            return .text(text)
        default:
            defer { s.releaseHostCharges() }
            do {
                return .report(try ReportReader.read(s, at: index))
            } catch let error as LuaHostLimitExceeded {
                let limit = error.trippedLimit
                let hint = limitHints[limit].map { " (\($0))" } ?? ""
                throw ScriptHostError(LuaError(kind: .limit(limit), message: "finish() returned a report beyond the limits: \(limit.message)\(hint)"))
            } catch let error as ReportReader.ReadError {
                throw LuaError(kind: .runtime, message: "finish() returned a \(s.typeName(at: index)) that is \(error.message)\n  in finish")
            }
        }
    }

    /// Release properties the last script's hooks and `meta.needs` asked the parser for.
    public var needs: Set<String> { context.needs }
}
