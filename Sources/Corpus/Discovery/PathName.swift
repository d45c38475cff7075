import Foundation

/// File-name pieces read on a path's UTF-8 bytes, with exactly NSString's results. Every file of a
/// walk asks for its name and extension several times (filters, format, sidecar lookup); bridging
/// to NSString and its slash fixing cost a third of a count-only run. Paths the byte rules do not
/// cover (odd dots, non-ASCII extensions) go to NSString itself.
enum PathName {
    /// `(path as NSString).lastPathComponent`.
    static func lastComponent(_ path: String) -> String {
        var bytes = path  // `withUTF8` needs a mutable copy (native strings are not copied)
        return bytes.withUTF8 { p in
            guard clean(p) else { return afterLastSlash(fixingSlashes(p)) }
            var k = p.count - 1
            while k >= 0, p[k] != slash { k -= 1 }
            guard p.count > 1, k >= 0 else { return path }
            return String(decoding: UnsafeBufferPointer(rebasing: p[(k + 1)...]), as: UTF8.self)
        }
    }

    /// The text after a slash-fixed path's last `/` (the path itself when it has none or is `/`).
    private static func afterLastSlash(_ fixed: String) -> String {
        guard fixed.utf8.count > 1, let slash = fixed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return fixed }
        return String(fixed[fixed.index(after: slash)...])
    }

    /// `(path as NSString).deletingLastPathComponent` (which traps on a one-character name; this
    /// gives `""` as for any other relative name).
    static func directory(_ path: String) -> String {
        var bytes = path
        return bytes.withUTF8 { p in
            guard clean(p) else { return beforeLastSlash(fixingSlashes(p)) }
            if p.count == 1, p[0] == slash { return path }
            var k = p.count - 1
            while k >= 0, p[k] != slash { k -= 1 }
            if k < 0 { return "" }
            if k == 0 { return "/" }
            return String(decoding: UnsafeBufferPointer(rebasing: p[..<k]), as: UTF8.self)
        }
    }

    /// The text before a slash-fixed path's last `/` (`/` for a top-level name, `""` for none).
    private static func beforeLastSlash(_ fixed: String) -> String {
        if fixed == "/" { return fixed }
        let utf8 = fixed.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        if slash == utf8.startIndex { return "/" }
        return String(fixed[..<slash])
    }

    /// The last component in lower case (`String.lowercased()`), with one trailing `.gz` removed
    /// when `droppingGz`: the name the file-type rules look at.
    static func lowercasedName(_ path: String, droppingGz: Bool) -> String {
        let name = lastComponent(path)
        var lower: String
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            lower = String(unsafeUninitializedCapacity: name.utf8.count) { buffer in
                var n = 0
                for b in name.utf8 {
                    buffer[n] = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
                    n += 1
                }
                return n
            }
        } else {
            lower = name.lowercased()
        }
        if droppingGz, lower.hasSuffix(".gz") { lower.removeLast(3) }
        return lower
    }

    /// `(name as NSString).pathExtension` for a single path component (no slash).
    static func pathExtension(_ name: String) -> String {
        let utf8 = name.utf8
        guard !name.isEmpty, !utf8.contains(UInt8(ascii: "/")), utf8.allSatisfy({ $0 < 0x80 }),
              let dot = utf8.lastIndex(of: UInt8(ascii: ".")),
              dot != utf8.startIndex, utf8.index(after: dot) != utf8.endIndex,
              !utf8.contains(UInt8(ascii: " "))
        else { return (name as NSString).pathExtension }
        return String(name[name.index(after: dot)...])
    }

    private static let slash = UInt8(ascii: "/")

    /// Whether NSString's slash fixing leaves the path as it is: no run of `/`, no trailing `/`
    /// (other than a lone `/`).
    @inline(__always)
    private static func clean(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for b in p {
            if b == slash && previous == slash { return false }
            previous = b
        }
        return previous != slash || p.count == 1
    }

    /// NSString's slash fixing: runs of `/` become one, and a trailing `/` goes (but `/` stays).
    /// `/` never occurs inside a multi-byte UTF-8 sequence, so bytes are safe to cut on.
    private static func fixingSlashes(_ p: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(p.count)
        for b in p where !(b == slash && bytes.last == slash) { bytes.append(b) }
        if bytes.count > 1, bytes.last == slash { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
