import LuaKit
import Report

/// Why a report spec (the table given to `pr.report.table{…}` and friends) is not valid.
struct SpecError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// Reading the plain fields of a spec table; raw access only (specs are plain tables).
struct Spec {
    let s: LuaStack
    /// Absolute index of the spec table.
    let index: Int

    init(_ s: LuaStack, at index: Int) {
        self.s = s
        self.index = s.absolute(index)
    }

    /// Pushes `spec[name]` and returns its Lua type; the caller pops.
    @discardableResult
    func push(_ name: String) -> LuaType { s.rawGet(name, at: index) }

    func string(_ name: String) throws -> String? {
        push(name)
        defer { s.pop() }
        switch s.type(at: -1) {
        case .nil: return nil
        case .string, .number: return s.tostring(at: -1)
        default: throw SpecError("field '\(name)' must be a string, got \(s.describe(at: -1))")
        }
    }

    func integer(_ name: String) throws -> Int? {
        push(name)
        defer { s.pop() }
        if s.isNil(at: -1) { return nil }
        guard s.isInteger(at: -1) || s.number(at: -1).map({ $0.rounded() == $0 }) == true, let i = s.integer(at: -1) else {
            throw SpecError("field '\(name)' must be an integer, got \(s.describe(at: -1))")
        }
        return i
    }

    func boolean(_ name: String, default value: Bool) throws -> Bool {
        push(name)
        defer { s.pop() }
        switch s.type(at: -1) {
        case .nil: return value
        case .boolean: return s.boolean(at: -1)
        default: throw SpecError("field '\(name)' must be a boolean, got \(s.describe(at: -1))")
        }
    }

    /// `columns = { "label header", "value header" }` of bars and timelines.
    func headers(default labels: (String, String)) throws -> (String, String) {
        guard push("columns") != .nil else { s.pop(); return labels }
        defer { s.pop() }
        guard s.type(at: -1) == .table else { throw SpecError("field 'columns' must be a list of two names, got \(s.describe(at: -1))") }
        let t = s.top
        func name(_ i: Int, _ fallback: String) -> String {
            s.rawGet(i, at: t)
            defer { s.pop() }
            return s.isNil(at: -1) ? fallback : s.tostring(at: -1)
        }
        return (name(1, labels.0), name(2, labels.1))
    }
}

extension LuaStack {
    /// A Lua value as a report cell: nil, booleans, integers, floats and strings as themselves;
    /// model objects by their `tostring`. Tables and functions are not cell values.
    func cell(at i: Int) throws -> Cell {
        switch type(at: i) {
        case .nil, .none: return .null
        case .boolean: return .boolean(boolean(at: i))
        case .number:
            if isInteger(at: i), let n = integer(at: i) { return .integer(n) }
            return .number(number(at: i)!)
        case .string:
            // A Lua string shared by many cells is stored once in Lua but copied per cell here.
            try charge(rawLength(at: i) + 32)
            return .string(string(at: i)!)
        case .userdata:
            let text = tostring(at: i)
            try charge(text.utf8.count + 32)
            return .string(text)
        default: throw SpecError("\(describe(at: i)) is not a cell value (use a string, number or boolean)")
        }
    }

    /// The value at `i` as a label: strings as is, others by `tostring`.
    func label(at i: Int) -> String { string(at: i) ?? tostring(at: i) }

    /// A label or text the report keeps: charged like a string cell, since one Lua string shared by
    /// many bars or dates is copied for each of them here.
    func keptLabel(at i: Int) throws -> String {
        let text = label(at: i)
        try charge(text.utf8.count + 32)
        return text
    }
}
