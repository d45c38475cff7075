/// What Tab offers for the text before the cursor, as answered by `LineEditor.completion`.
///
/// Offsets are UTF-8 byte offsets into the line, the unit Lua and the callback's `cursor` use.
public struct Completion: Equatable, Sendable {
    /// Where the text being completed starts (at most the cursor); that text up to the cursor is
    /// replaced by the chosen candidate or by the candidates' common prefix.
    public var replaceFrom: Int
    /// Full replacements for the text from `replaceFrom` to the cursor, in display order.
    public var candidates: [String]
    /// Appended after a candidate when it is the only one, e.g. " " or "(".
    public var suffixWhenUnique: String

    public init(replaceFrom: Int, candidates: [String], suffixWhenUnique: String = "") {
        self.replaceFrom = replaceFrom
        self.candidates = candidates
        self.suffixWhenUnique = suffixWhenUnique
    }

    /// Nothing to offer at `cursor`.
    public static func none(at cursor: Int) -> Completion {
        Completion(replaceFrom: cursor, candidates: [])
    }
}

/// What the editor does with a `Completion`: pure, so it is tested without a terminal.
enum CompletionAction: Equatable {
    /// Delete `deleting` characters (Unicode scalars) before the cursor, then insert `inserting`.
    case replace(deleting: Int, inserting: String)
    /// Show these candidates below the line; the line is unchanged.
    case list([String])
    /// Nothing fits: beep.
    case nothing

    /// A unique candidate is inserted; several are narrowed to their common prefix when that adds
    /// something, and listed otherwise.
    static func plan(line: String, cursor: Int, completion: Completion) -> CompletionAction {
        let utf8 = Array(line.utf8)
        let from = completion.replaceFrom
        guard from >= 0, from <= cursor, cursor <= utf8.count else { return .nothing }
        let typed = String(decoding: utf8[from..<cursor], as: UTF8.self)
        let deleting = typed.unicodeScalars.count

        var seen = Set<String>()
        let candidates = completion.candidates.filter { seen.insert($0).inserted }
        switch candidates.count {
        case 0:
            return .nothing
        case 1:
            return .replace(deleting: deleting, inserting: candidates[0] + completion.suffixWhenUnique)
        default:
            let common = commonPrefix(candidates)
            if common.unicodeScalars.count > deleting {
                return .replace(deleting: deleting, inserting: common)
            }
            return .list(candidates)
        }
    }

    /// Longest common prefix by Unicode scalars, so a multibyte character is never split.
    static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for string in strings.dropFirst() {
            var length = 0
            for scalar in string.unicodeScalars {
                guard length < prefix.count, prefix[length] == scalar else { break }
                length += 1
            }
            prefix.removeLast(prefix.count - length)
            if prefix.isEmpty { break }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: prefix)
        return String(view)
    }
}
