import Foundation

/// Canonical keys for people across releases. Each release resolves "Lavrov", "he" and "the
/// minister" to one Person named by the fullest form it gives ("Sergey Lavrov"); across releases,
/// people are the same when their folded full names are: case, diacritics, periods, apostrophe
/// style and white space do not count. Aliases merge spellings the folding cannot
/// ("Sergei Lavrov" → "Sergey Lavrov").
struct PersonKeys {
    private var aliases: [String: String] = [:]
    private var folded: [String: String] = [:]
    /// From an aliases file: canonical key → id, and → the canonical name as the file writes it.
    private var ids: [String: String] = [:]
    private var names: [String: String] = [:]

    /// `"  Sergéy  V. Lavrov "` → `"sergey v lavrov"`.
    static func fold(_ name: String) -> String {
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(plain.utf8.count)
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            switch scalar {
            case ".", ",": pendingSpace = true
            case "\u{2019}", "\u{2018}", "`": out.unicodeScalars.append("'")
            case "\u{2010}", "\u{2011}", "\u{2013}": out.unicodeScalars.append("-")
            default:
                if scalar.properties.isWhitespace {
                    pendingSpace = true
                } else {
                    if pendingSpace && !out.isEmpty { out.unicodeScalars.append(" ") }
                    pendingSpace = false
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// The canonical key of a name: folded, then through the aliases.
    mutating func key(_ name: String) -> String {
        if let k = folded[name] { return k }
        var k = Self.fold(name)
        var steps = 0
        while let next = aliases[k], next != k, steps < 16 {
            k = next
            steps += 1
        }
        folded[name] = k
        return k
    }

    /// Makes `name` count as `canonical` from now on.
    mutating func alias(_ name: String, to canonical: String) throws {
        let from = Self.fold(name), to = key(canonical)
        guard !from.isEmpty, !to.isEmpty else { throw LuaAliasError.empty }
        guard from != to else { return }
        aliases[from] = to
        folded.removeAll(keepingCapacity: true) // earlier answers may now be wrong
    }

    /// The aliases set so far, folded.
    var all: [String: String] { aliases }

    /// Applies an aliases file: every spelling to its canonical person, ids and display names kept.
    mutating func load(_ file: PeopleAliases) throws {
        for e in file.entries {
            for spelling in e.spellings { try alias(spelling, to: e.canonical) }
        }
        // After all aliases: a canonical name may itself have been aliased further down the file.
        for e in file.entries {
            let k = key(e.canonical)
            if let id = e.id { ids[k] = id }
            if names[k] == nil { names[k] = e.canonical }
        }
    }

    /// The id an aliases file gives the person with this name, if any.
    mutating func id(_ name: String) -> String? { ids[key(name)] }

    /// The canonical name an aliases file gives the person with this name, if any.
    mutating func canonicalName(_ name: String) -> String? { names[key(name)] }
}

public enum LuaAliasError: Error, CustomStringConvertible {
    case empty
    public var description: String { "an alias needs two non-empty names" }
}
