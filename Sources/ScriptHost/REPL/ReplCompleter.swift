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
        // The trailing `name(.name|:name)*[.:]?partial` before the cursor.
        var i = bytes.count
        while i > 0, isWordByte(bytes[i - 1]) || bytes[i - 1] == 0x2E || bytes[i - 1] == 0x3A { i -= 1 }
        let expression = String(decoding: bytes[i...], as: UTF8.self)
        var path = expression.split(separator: ".", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ":", omittingEmptySubsequences: false)
        }.map(String.init)
        let partial = path.removeLast()
        let start = bytes.count - partial.utf8.count
        guard path.allSatisfy({ !$0.isEmpty }) else { return Completion(start: start, candidates: []) }
        var names = (try? keys(at: path)) ?? []
        if path.isEmpty { names += Self.keywords }
        let matches = Set(names.filter { $0.hasPrefix(partial) && !$0.hasPrefix("__") })
        return Completion(start: start, candidates: matches.sorted())
    }

    private func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    /// Keys of the value at `path` from the globals (protected reads; no script code is run
    /// beyond the `__index` of the objects on the path).
    private func keys(at path: [String]) throws -> [String] {
        let vm = host.vm
        let s = vm.stack
        let base = s.top
        defer { s.setTop(base) }
        s.pushGlobals()
        for name in path {
            try s.getField(name, at: -1)
            if s.isNil(at: -1) { return [] }
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
