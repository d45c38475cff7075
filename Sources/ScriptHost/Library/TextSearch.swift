import LuaKit

/// Plain-text search for `pr.text` in linear time (Knuth–Morris–Pratt), counted against the
/// limits as it goes: a stranger's needle of `aaa…ab` in a haystack of `aaa…a` costs the naive
/// search hours; here it costs n + m steps and stops at `--timeout` or `--max-instructions`.
/// Compares user-perceived characters, as Swift's `String` does; ASCII text without CR (where
/// every byte is a character) is compared byte by byte.
struct TextSearch {
    let stack: LuaStack

    /// Non-overlapping occurrences of `needle` in `text` (`limit`: stop after that many).
    func count(_ text: String, _ needle: String, limit: Int = .max) throws -> Int {
        guard !needle.isEmpty else { return 0 }
        if Self.isPlainASCII(text) && Self.isPlainASCII(needle) {
            return try kmp(Array(text.utf8), Array(needle.utf8), limit: limit)
        }
        try stack.charge((text.utf8.count + needle.utf8.count) * MemoryLayout<Character>.stride)
        return try kmp(Array(text), Array(needle), limit: limit)
    }

    func contains(_ text: String, _ needle: String) throws -> Bool {
        try needle.isEmpty || count(text, needle, limit: 1) > 0
    }

    /// ASCII in which every byte is one character (CR LF is one).
    static func isPlainASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }

    private func kmp<T: Equatable>(_ hay: [T], _ needle: [T], limit: Int) throws -> Int {
        guard needle.count <= hay.count else { return 0 }
        var fail = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0 && needle[i] != needle[k] { k = fail[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            fail[i] = k
            if i & 1023 == 0 { try stack.countWork(1024) }
        }
        var found = 0
        k = 0
        for (i, c) in hay.enumerated() {
            while k > 0 && c != needle[k] { k = fail[k - 1] }
            if c == needle[k] { k += 1 }
            if k == needle.count {
                found += 1
                if found >= limit { return found }
                k = 0 // non-overlapping
            }
            if i & 1023 == 0 { try stack.countWork(1024) }
        }
        return found
    }
}
