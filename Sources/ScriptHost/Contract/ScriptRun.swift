import CLuaShim
import Foundation
import LuaKit
import Report

/// What a script run produced: `finish()`'s return value.
public enum ScriptResult: Equatable {
    /// No `finish`, or it returned nil.
    case none
    /// `finish` returned a string; it has been printed as is.
    case text(String)
    /// `finish` returned a report (`pr.report.*`, a table spec, or a list of those); nothing has
    /// been written: the caller renders it in the format asked for.
    case report(Report)
}

extension ScriptHost {
    /// Runs a script file under the script contract (see `runScript(source:name:arguments:)`).
    @discardableResult
    public func runScript(path: String, arguments: [String] = []) throws -> ScriptResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LuaError(kind: .other, message: "cannot read script \(path)")
        }
        return try runScript(source: String(decoding: data, as: UTF8.self), name: path, arguments: arguments)
    }

    /// Runs a script: its chunk, then, when it declares a contract (a returned table or globals
    /// `meta`, `init`, `Release`, `Paragraph`, …, `finish`), the `--arg` checks (`name=value`
    /// strings; a `ScriptUsageError` before any hook runs), `init`, the hooks over the corpus and
    /// `finish`. A chunk declaring nothing is just run.
    @discardableResult
    public func runScript(source: String, name: String, arguments: [String] = []) throws -> ScriptResult {
        let pairs = try ScriptArgs.split(arguments)
        let s = vm.stack
        let base = s.top
        defer { s.setTop(base) }
        let ran = try withRunLimits(name) { () throws -> Bool in
            try vm.load(source, name: name)
            let runner = HookRunner(context: context, vm: vm, scriptName: (name as NSString).lastPathComponent)
            return try runner.run(arguments: pairs)
        }
        guard ran else { return .none }
        switch s.type(at: -1) {
        case LUA_TNIL, LUA_TNONE: return .none
        case LUA_TSTRING, LUA_TNUMBER:
            let text = s.tostring(at: -1)
            try context.output.write(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
            return .text(text)
        case LUA_TUSERDATA, LUA_TTABLE:
            do {
                return .report(try ReportReader.read(s, at: -1))
            } catch let e as ReportReader.ReadError {
                throw LuaError(kind: .runtime, message: "finish() returned \(e.message)")
            }
        default:
            throw LuaError(kind: .runtime, message: "finish() returned a \(s.typeName(at: -1)); return a report, a string or nil")
        }
    }

    /// Release properties the last script's hooks and `meta.needs` asked the parser for.
    public var needs: Set<String> { context.needs }
}
