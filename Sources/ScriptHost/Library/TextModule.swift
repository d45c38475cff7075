import Foundation
import LuaKit
import Report

/// `pr.text`: UTF-8-aware text helpers (Lua's own string library works on bytes).
enum TextModule {
    static func make() -> LuaModule {
        let m = LuaModule("text", doc: "Text helpers that understand UTF-8: words, normalisation, case folding, accent stripping, matching by words or substrings, lengths and substrings by characters.")
        m.function("words", "(s: string) -> string[]",
                   doc: "The words of `s`, in order: runs of letters, marks and digits in any script. An apostrophe or hyphen between letters stays inside a word (`Trump’s`, `al-Assad`), as does a `.` or `,` between digits (`3.5`, `1,000`). Punctuation and white space separate words.",
                   example: "#pr.text.words(r.text) -- words in the body") { s in
            var text = try hostText(s, 1, times: 8)
            text.withUTF8 { buf in
                let ranges = TextFunctions.wordRanges(buf)
                s.pushList(ranges.count) { s.push(bytes: UnsafeBufferPointer(rebasing: buf[ranges[$0]])) }
            }
            return 1
        }
        m.function("fold", "(s: string) -> string",
                   doc: "Case-folded for comparison, with full Unicode folding (`Straße` → `strasse`, `ЛАВРОВ` → `лавров`). Compare `fold(a) == fold(b)` to ignore case.",
                   example: "if pr.text.fold(name) == pr.text.fold(\"LAVROV\") then … end") { s in
            s.push(TextFunctions.fold(try hostText(s, 1, times: 4)))
            return 1
        }
        m.function("strip_accents", "(s: string) -> string",
                   doc: "`s` without diacritics: `Frédéric Müller` → `Frederic Muller`.",
                   example: "pr.text.strip_accents(\"São Paulo\") --> \"Sao Paulo\"") { s in
            s.push(TextFunctions.stripAccents(try hostText(s, 1, times: 4)))
            return 1
        }
        m.function("normalise", "(s: string) -> string",
                   doc: "Normalised for counting and comparing: Unicode NFKC (ligatures, fullwidth and superscript forms become plain), typographic quotes, apostrophes and dashes made ASCII, `…` as `...`, soft hyphens and zero-width spaces removed, every run of white space (non-breaking too) one space, trimmed. Also spelled `normalize`.",
                   example: "pr.text.normalise(\"  “Yes” —\\u{a0}he said \") --> '\"Yes\" - he said'") { s in
            s.push(TextFunctions.normalise(try hostText(s, 1, times: 8)))
            return 1
        }
        m.function("normalize", "(s: string) -> string", doc: "Same as `pr.text.normalise`.",
                   example: "pr.text.normalize(r.headline)") { s in
            s.push(TextFunctions.normalise(try hostText(s, 1, times: 8)))
            return 1
        }
        m.function("contains", "(s: string, needle: string, fold?: boolean) -> boolean",
                   doc: "Whether `needle` occurs in `s` as plain text (no Lua patterns); with `fold = true`, ignoring case.",
                   example: "pr.text.contains(r.text, \"sanctions\", true)") { s in
            let (text, needle) = try folded(s)
            s.push(try TextSearch(stack: s).contains(text, needle))
            return 1
        }
        m.function("count", "(s: string, needle: string, fold?: boolean) -> integer",
                   doc: "How many times `needle` occurs in `s` (plain text, non-overlapping); with `fold = true`, ignoring case.",
                   example: "pr.text.count(r.text, \"Russia\")") { s in
            let (text, needle) = try folded(s)
            s.push(try TextSearch(stack: s).count(text, needle))
            return 1
        }
        m.function("find_any", "(s: string, needles: string[], fold?: boolean) -> string?",
                   doc: "The first of `needles` (in list order) that occurs in `s` as plain text, or nil; with `fold = true`, ignoring case.",
                   example: "local topic = pr.text.find_any(r.text, { \"Syria\", \"Ukraine\", \"Korea\" })") { s in
            let text = try hostText(s, 1, times: 4)
            try s.checkTable(2)
            let fold = s.boolean(at: 3)
            let search = TextSearch(stack: s)
            let hay = fold ? TextFunctions.fold(text) : text
            for i in stride(from: 1, through: s.rawLength(at: 2), by: 1) {
                s.rawGet(i, at: 2)
                guard let needle = s.string(at: -1) else {
                    throw LuaArgumentError(2, "string expected at index \(i), got \(s.describe(at: -1))")
                }
                s.pop()
                if try search.contains(hay, fold ? TextFunctions.fold(needle) : needle) { s.push(needle); return 1 }
            }
            s.pushNil()
            return 1
        }
        m.function("has_words", "(s: string, phrase: string) -> boolean",
                   doc: "Whether the words of `phrase` occur in `s` as whole, consecutive words, ignoring case: `has_words(\"The Foreign Minister said\", \"foreign minister\")` is true, `has_words(\"Ministerial\", \"minister\")` is false.",
                   example: "pr.text.has_words(s.text, \"foreign minister\")") { s in
            let text = try hostText(s, 1, times: 24), phrase = try hostText(s, 2, times: 24)
            s.push(try TextFunctions.hasWords(text, phrase) { try s.countWork($0) })
            return 1
        }
        m.function("starts_with", "(s: string, prefix: string) -> boolean", doc: "Whether `s` begins with `prefix` (plain text).",
                   example: "pr.text.starts_with(r.headline, \"Statement\")") { s in
            s.push(try s.checkString(1).utf8.starts(with: try s.checkString(2).utf8))
            return 1
        }
        m.function("ends_with", "(s: string, suffix: string) -> boolean", doc: "Whether `s` ends with `suffix` (plain text).",
                   example: "pr.text.ends_with(r.path, \".txt\")") { s in
            s.push(try s.checkString(1).utf8.reversed().starts(with: try s.checkString(2).utf8.reversed()))
            return 1
        }
        m.function("split", "(s: string, sep?: string) -> string[]",
                   doc: "Pieces of `s` between occurrences of the plain-text `sep` (empty pieces kept); without `sep`, the runs of non-white-space.",
                   example: "pr.text.split(\"a, b, c\", \", \") --> {\"a\", \"b\", \"c\"}") { s in
            let text = try hostText(s, 1, times: 4)
            let pieces: [String]
            if let sep = try s.optString(2) {
                guard !sep.isEmpty else { throw LuaArgumentError(2, "separator must not be empty") }
                pieces = text.components(separatedBy: sep)
            } else {
                pieces = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            }
            s.pushList(pieces.count) { s.push(pieces[$0]) }
            return 1
        }
        m.function("trim", "(s: string) -> string", doc: "`s` without leading and trailing white space (Unicode, non-breaking too).",
                   example: "pr.text.trim(\"\\u{a0} Moscow \") --> \"Moscow\"") { s in
            let text = try s.checkString(1)
            s.push(text.trimmingCharacters(in: .whitespacesAndNewlines))
            return 1
        }
        m.function("len", "(s: string) -> integer",
                   doc: "Length in user-perceived characters (`#` counts bytes: `#\"Лавров\"` is 12, `pr.text.len(\"Лавров\")` is 6).",
                   example: "pr.text.len(\"Лавров\") --> 6") { s in
            s.push(try s.checkString(1).count)
            return 1
        }
        m.function("sub", "(s: string, i: integer, j?: integer) -> string",
                   doc: "Characters `i` to `j` (inclusive, 1-based; negative counts from the end), like `string.sub` but never cutting a character in half.",
                   example: "pr.text.sub(\"Лавров\", 1, 3) --> \"Лав\"") { s in
            s.push(TextFunctions.sub(try hostText(s, 1, times: MemoryLayout<Character>.stride + 1), try s.checkInteger(2), try s.optInteger(3)))
            return 1
        }
        m.function("width", "(s: string) -> integer",
                   doc: "Columns `s` takes in a terminal: combining marks take none, wide CJK characters and emoji two.",
                   example: "pr.text.width(\"王毅\") --> 4") { s in
            s.push(DisplayWidth.of(try s.checkString(1)))
            return 1
        }
        return m
    }

    /// Argument `i` as a string, first charging `times` its length to the memory budget: what the
    /// host copies and builds from it (a Swift copy, folded forms, word ranges, characters).
    static func hostText(_ s: LuaStack, _ i: Int, times: Int) throws -> String {
        if s.type(at: i) == .string { try s.charge(s.rawLength(at: i) * times) }
        return try s.checkString(i)
    }

    /// Arguments 1 and 2, case-folded when argument 3 is true.
    static func folded(_ s: LuaStack) throws -> (String, String) {
        let text = try hostText(s, 1, times: 4), needle = try hostText(s, 2, times: 4)
        return s.boolean(at: 3) ? (TextFunctions.fold(text), TextFunctions.fold(needle)) : (text, needle)
    }
}
