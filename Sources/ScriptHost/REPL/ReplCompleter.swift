import LuaKit

/// Tab completion: globals, table keys, and model properties and methods, for the expression
/// before the cursor (`r.quo` → `r.quotes`, `pr.stats.` → its functions).
extension ReplSession {
    public struct Completion: Equatable {
        /// Byte offset in the line where the replaced word starts.
        public var start: Int
        public var candidates: [String]
    }

    public func complete(_ line: String, cursor: Int) -> Completion {
        let bytes = Array(line.utf8.prefix(cursor))
        // The trailing `name(.name|:name|[digits])*[.:]?partial` before the cursor.
        var i = bytes.count
        while i > 0, isPathByte(bytes[i - 1]) { i -= 1 }
        while i < bytes.count, !isNameStart(bytes[i]) { i += 1 } // a path starts with a name
        let expression = Array(bytes[i...])
        var cut = expression.count
        while cut > 0, isWordByte(expression[cut - 1]) { cut -= 1 }
        let partial = String(decoding: expression[cut...], as: UTF8.self)
        let start = bytes.count - partial.utf8.count
        var prefix = String(decoding: expression[..<cut], as: UTF8.self)
        var names: [String] = []
        if prefix.isEmpty {
            names = ((try? keys(of: nil)) ?? []) + Self.keywords
        } else if prefix.hasSuffix(".") || prefix.hasSuffix(":") {
            prefix.removeLast()
            guard Self.isPlainPath(prefix) else { return Completion(start: start, candidates: []) }
            names = (try? keys(of: prefix)) ?? []
        } else {
            return Completion(start: start, candidates: [])
        }
        let matches = Set(names.filter { $0.hasPrefix(partial) && !$0.hasPrefix("__") })
        return Completion(start: start, candidates: matches.sorted())
    }

    private func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }
    private func isNameStart(_ b: UInt8) -> Bool { isWordByte(b) && !(b >= 0x30 && b <= 0x39) }
    private func isPathByte(_ b: UInt8) -> Bool { isWordByte(b) || b == 0x2E || b == 0x3A || b == 0x5B || b == 0x5D }

    /// Names joined by `.` with integer indexes (`r.quotes[1].speaker`): nothing in it can call
    /// a function, so evaluating it runs no script code beyond the `__index` of objects on it.
    static func isPlainPath(_ path: String) -> Bool {
        var afterName = false, i = path.utf8.startIndex
        let u = path.utf8
        while i < u.endIndex {
            let b = u[i]
            if b == 0x5B { // [digits]
                guard afterName, let close = u[i...].firstIndex(of: 0x5D), u.index(after: i) < close,
                      u[u.index(after: i)..<close].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
                i = u.index(after: close)
                continue
            }
            if b == 0x2E { guard afterName else { return false }; afterName = false; i = u.index(after: i); continue }
            guard b != 0x3A, b != 0x5D else { return false }
            afterName = true
            i = u.index(after: i)
        }
        return afterName
    }

    /// Keys of the value `path` evaluates to (the globals for nil), read through protected calls.
    private func keys(of path: String?) throws -> [String] {
        let vm = host.vm
        let s = vm.stack
        let base = s.top
        defer { s.setTop(base) }
        if let path {
            try vm.load("return " + path, name: "=completion")
            try vm.call(arguments: 0, results: 1)
            if s.isNil(at: -1) { return [] }
        } else {
            s.pushGlobals()
        }
        try pushHelper("keys")
        s.pushValue(at: -2)
        try vm.call(arguments: 1, results: 1)
        return s.value(at: -1).array.compactMap(\.string)
    }

    static let keywords = ["and", "break", "do", "else", "elseif", "end", "false", "for", "function",
                           "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then",
                           "true", "until", "while"]
}
