/// The nearest of a set of names to a misspelt one, for "did you mean" hints (script names,
/// docs topics, hook names). Compares case-insensitively on UTF-8 bytes.
public enum NearestName {
    /// The closest candidate within a third of the name's length (at least two edits), or the
    /// one that starts with or contains the name; nil when none is near.
    public static func find(_ name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased().utf8)
        guard !target.isEmpty else { return nil }
        let limit = max(2, target.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let d = distance(target, Array(candidate.lowercased().utf8))
            if d <= limit, d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        if let best { return best.name }
        let lowered = name.lowercased()
        return candidates.first { $0.lowercased().hasPrefix(lowered) } ?? candidates.first { $0.lowercased().contains(lowered) }
    }

    /// Levenshtein distance between two byte strings.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let above = row[j]
                row[j] = min(diagonal + (a[i - 1] == b[j - 1] ? 0 : 1), above + 1, row[j - 1] + 1)
                diagonal = above
            }
        }
        return row[b.count]
    }
}
