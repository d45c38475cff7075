import Foundation
import LuaKit

/// One argument a script declares in `meta.args`.
public struct ScriptArgument: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case string, integer, number, boolean, date, list
    }
    public var name: String
    public var kind: Kind
    public var defaultValue: LuaValue
    public var doc: String
    public var required: Bool

    /// Reads `{ name = "min_words", type = "integer", default = 0, doc = "…", required = false }`.
    init(declaration t: LuaValue, position: Int) throws {
        guard t.table != nil, let name = t["name"].string, !name.isEmpty else {
            throw ScriptHostError.usage("meta.args[\(position)] needs a name (a table like { name = \"min_words\", type = \"integer\" })")
        }
        let typeName = t["type"].string ?? "string"
        guard let kind = Kind(rawValue: typeName) else {
            throw ScriptHostError.usage("meta.args '\(name)' has unknown type '\(typeName)' (use one of: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        self.name = name
        self.kind = kind
        defaultValue = t["default"]
        doc = t["doc"].string ?? ""
        required = t["required"] == .boolean(true)
    }

    /// Converts a command-line value, or explains why it cannot be.
    func convert(_ text: String) throws -> LuaValue {
        func bad(_ expected: String) -> ScriptHostError {
            ScriptHostError.usage("--arg \(name)=\(text): \(expected) expected")
        }
        switch kind {
        case .string: return .string(text)
        case .integer:
            guard let i = Int(text.trimmingCharacters(in: .whitespaces)) else { throw bad("an integer") }
            return .integer(i)
        case .number:
            guard let d = Double(text.trimmingCharacters(in: .whitespaces)), d.isFinite else { throw bad("a number") }
            return .number(d)
        case .boolean:
            switch text.lowercased() {
            case "true", "yes", "on", "1": return .boolean(true)
            case "false", "no", "off", "0": return .boolean(false)
            default: throw bad("a boolean (true or false)")
            }
        case .date:
            guard Self.isDate(text) else { throw bad("a date YYYY-MM-DD") }
            return .string(text)
        case .list:
            let items = text.split(separator: ",", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return .table(Dictionary(uniqueKeysWithValues: items.enumerated().map { (.integer($0 + 1), .string($1)) }))
        }
    }

    /// A real calendar date written `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D,
              let y = Int(text.prefix(4)), let m = Int(text.dropFirst(5).prefix(2)), let d = Int(text.suffix(2)),
              (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }
}

/// `--arg name=value` pairs checked and converted against a script's `meta.args`.
public enum ScriptArgs {
    /// Splits `name=value` strings; a missing `=` is a usage error.
    public static func split(_ raw: [String]) throws -> [(name: String, value: String)] {
        try raw.map { item in
            guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                throw ScriptHostError.usage("--arg \(item): expected name=value")
            }
            return (String(item[..<eq]), String(item[item.index(after: eq)...]))
        }
    }

    /// The table `init(args)` receives: every declared argument (given, else its default).
    static func resolve(_ given: [(name: String, value: String)], declared: [ScriptArgument],
                        script: String) throws -> [String: LuaValue] {
        let byName = Dictionary(declared.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var values: [String: LuaValue] = [:]
        for (name, text) in given {
            guard let spec = byName[name] else {
                let known = declared.isEmpty ? "it declares no arguments"
                    : "it accepts: " + declared.map { "\($0.name) (\($0.kind.rawValue))" }.joined(separator: ", ")
                throw ScriptHostError.usage("unknown argument '\(name)' for \(script): \(known)")
            }
            values[name] = try spec.convert(text)
        }
        for spec in declared where values[spec.name] == nil {
            if spec.required && spec.defaultValue == .nil {
                throw ScriptHostError.usage("\(script) needs --arg \(spec.name)=<\(spec.kind.rawValue)>" + (spec.doc.isEmpty ? "" : " (\(spec.doc))"))
            }
            values[spec.name] = spec.defaultValue
        }
        return values
    }
}
