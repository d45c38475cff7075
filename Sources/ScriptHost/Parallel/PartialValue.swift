import Foundation
import LuaKit
import Report

/// A script's partial state as plain data, and its file form for `--emit-partial` and
/// `pranalyze merge`: JSON that keeps Lua's distinctions (integer vs float, list vs map,
/// non-string keys), so a merge of files gives exactly the merge of the states.
public enum PartialValue {
    /// Nesting a partial may have (deeper tables are refused rather than cut).
    static let maxDepth = 64

    /// Where a partial holds something that is not plain data, e.g. `a function at partial.by_day`.
    static func opaquePath(_ value: LuaValue, path: String = "partial", depth: Int = 0) -> String? {
        switch value {
        case .opaque(let type): return "a \(type) at \(path)"
        case .table(let t):
            if depth >= maxDepth { return "tables nested more than \(maxDepth) deep at \(path)" }
            for (k, v) in t {
                if case .opaque(let type) = k { return "a \(type) key in \(path)" }
                if let bad = opaquePath(v, path: path + keyPath(k), depth: depth + 1) { return bad }
            }
            return nil
        default: return nil
        }
    }

    private static func keyPath(_ k: LuaValue) -> String {
        if case .string(let s) = k { return "." + s }
        return "[\(k)]"
    }

    // MARK: File form

    static let tableTag = "$lua_table", numberTag = "$lua_number"

    /// The file text: `{"pranalyze":"partial","version":2,"script":…,"script_id":…,"value":…}`;
    /// `source` is the script's text, whose identity `merge` checks.
    public static func fileText(_ value: LuaValue, script: String, source: String) -> String {
        var out = "{\"pranalyze\":\"partial\",\"version\":\(formatVersion),\"script\":"
        writeString(script, to: &out)
        out += ",\"script_id\":"
        writeString(identity(of: source), to: &out)
        out += ",\"value\":"
        write(value, to: &out)
        out += "}\n"
        return out
    }

    /// Reads a partial file written by `fileText`. Anything Lua could not hold is refused with
    /// a message naming where it is: nil and NaN keys, nesting beyond `maxDepth`, odd pairs.
    /// `script` and `source`: the script merging it, which must be the one that wrote it.
    public static func read(fileText data: Data, path: String, script: String, source: String) throws -> LuaValue {
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch {
            throw ScriptHostError(.partialFile, "\(path): not a pranalyze partial: the file is not valid JSON (or nests deeper than JSON readers accept)")
        }
        guard let object = parsed as? [String: Any], object["pranalyze"] as? String == "partial",
              let value = object["value"] else {
            throw ScriptHostError(.partialFile, "\(path): not a pranalyze partial (write one with --emit-partial)")
        }
        // A partial of another format version would be misread, not merged: refuse it by name.
        guard let version = object["version"] as? Int, version == formatVersion else {
            let found = object["version"].map { "\($0)" } ?? "none"
            throw ScriptHostError(.partialFile, "\(path): partial format version \(found), but this pranalyze reads version \(formatVersion) (write it again with --emit-partial)")
        }
        // Another script's state (or another version of this one) would be merged as if it were
        // this script's: refuse it, naming both.
        let expected = identity(of: source)
        guard let written = object["script_id"] as? String, written == expected else {
            let writer = object["script"] as? String ?? "an unnamed script"
            let id = object["script_id"] as? String ?? "no script_id"
            throw ScriptHostError(.partialFile, "\(path): written by \(writer) (\(id)), not by \(script) (\(expected)): merge partials with the script that wrote them")
        }
        return try decode(value, file: path, at: "partial", depth: 0)
    }

    /// The format version `fileText` writes and `read` accepts (2: script identity, exact
    /// integers beyond ±2^53).
    public static let formatVersion = 2

    /// A script's identity: FNV-1a (64-bit) of its bytes. It tells scripts and their versions
    /// apart; it does not authenticate (whoever writes a partial file controls all of it).
    public static func identity(of source: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in source.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Integers JSON readers keep exactly (beyond ±2^53 many turn them into doubles).
    static let exactJSONIntegers = -(1 << 53)...(1 << 53)

    private static func write(_ value: LuaValue, to out: inout String) {
        switch value {
        case .nil, .opaque: out += "null"
        case .boolean(let b): out += b ? "true" : "false"
        case .integer(let i):
            out += exactJSONIntegers.contains(i) ? String(i) : "{\"\(numberTag)\":\"\(i)\"}"
        case .number(let d):
            if d.isFinite {
                let text = String(d)
                out += text.contains(".") || text.contains("e") ? text : text + ".0"
            } else {
                out += "{\"\(numberTag)\":\"\(d.isNaN ? "nan" : d > 0 ? "inf" : "-inf")\"}"
            }
        case .string(let s): writeString(s, to: &out)
        case .table(let t): writeTable(t, to: &out)
        }
    }

    private static func writeTable(_ t: [LuaValue: LuaValue], to out: inout String) {
        if (1...max(1, t.count)).allSatisfy({ t[.integer($0)] != nil }) || t.isEmpty {
            out += "["
            for i in stride(from: 1, through: t.count, by: 1) {
                if i > 1 { out += "," }
                write(t[.integer(i)]!, to: &out)
            }
            out += "]"
            return
        }
        let stringKeys = t.keys.compactMap(\.string)
        if stringKeys.count == t.count && !stringKeys.contains(tableTag) && !stringKeys.contains(numberTag) {
            out += "{"
            for (n, k) in stringKeys.sorted().enumerated() {
                if n > 0 { out += "," }
                writeString(k, to: &out)
                out += ":"
                write(t[.string(k)]!, to: &out)
            }
            out += "}"
            return
        }
        out += "{\"\(tableTag)\":["
        for (n, k) in t.keys.sorted(by: { $0.description < $1.description }).enumerated() {
            if n > 0 { out += "," }
            out += "["
            write(k, to: &out)
            out += ","
            write(t[k]!, to: &out)
            out += "]"
        }
        out += "]}"
    }

    private static func writeString(_ s: String, to out: inout String) { JSON.quote(s, into: &out) }

    private static func decode(_ any: Any, file: String, at path: String, depth: Int) throws -> LuaValue {
        func fail(_ what: String) -> ScriptHostError { ScriptHostError(.partialFile, "\(file): \(what) at \(path)") }
        switch any {
        case is NSNull: return .nil
        case let s as String: return .string(s)
        case let n as NSNumber:
            switch String(cString: n.objCType) {
            case "c", "B": return .boolean(n.boolValue)
            case "d", "f": return .number(n.doubleValue)
            case "Q" where n.uint64Value > UInt64(Int.max): throw fail("an integer beyond 64 bits")
            default: return .integer(n.intValue)
            }
        case let list as [Any]:
            guard depth < maxDepth else { throw fail("tables nested more than \(maxDepth) deep") }
            var t: [LuaValue: LuaValue] = [:]
            for (i, v) in list.enumerated() {
                t[.integer(i + 1)] = try decode(v, file: file, at: path + "[\(i + 1)]", depth: depth + 1)
            }
            return .table(t)
        case let object as [String: Any]:
            if object.count == 1, let n = object[numberTag] {
                switch n as? String {
                case "nan": return .number(.nan)
                case "inf": return .number(.infinity)
                case "-inf": return .number(-.infinity)
                case let text? where Int(text) != nil: return .integer(Int(text)!)
                default: throw fail("a \(numberTag) that is not \"nan\", \"inf\", \"-inf\" or a 64-bit integer")
                }
            }
            guard depth < maxDepth else { throw fail("tables nested more than \(maxDepth) deep") }
            var t: [LuaValue: LuaValue] = [:]
            if object.count == 1, let tagged = object[tableTag] {
                guard let pairs = tagged as? [Any] else { throw fail("a \(tableTag) that is not a list of pairs") }
                for (i, item) in pairs.enumerated() {
                    guard let pair = item as? [Any], pair.count == 2 else {
                        throw fail("entry \(i + 1) of a \(tableTag) that is not a [key, value] pair")
                    }
                    let key = try decode(pair[0], file: file, at: path + "{key \(i + 1)}", depth: depth + 1)
                    if let problem = key.keyProblem { throw fail("a \(problem) table key (entry \(i + 1))") }
                    guard t[key] == nil else { throw fail("a duplicate key \(key) (entry \(i + 1))") }
                    t[key] = try decode(pair[1], file: file, at: path + "[\(key)]", depth: depth + 1)
                }
                return .table(t)
            }
            for (k, v) in object { t[.string(k)] = try decode(v, file: file, at: path + "." + k, depth: depth + 1) }
            return .table(t)
        default:
            throw fail("an unexpected value")
        }
    }
}
