/// Trimming without Foundation's CharacterSet (slow on Linux, and on the per-mention hot path).
extension StringProtocol {
    /// Without leading and trailing punctuation (Unicode general category P*), as
    /// `trimmingCharacters(in: .punctuationCharacters)` gives.
    func trimmingPunctuation() -> String {
        trimmingScalars { Self.isPunctuation($0) }
    }

    /// Without leading and trailing spaces and commas.
    func trimmingSpacesAndCommas() -> String {
        trimmingScalars { $0 == " " || $0 == "," }
    }

    /// Without leading and trailing commas.
    func trimmingCommas() -> String {
        trimmingScalars { $0 == "," }
    }

    private func trimmingScalars(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, drop(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, drop(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (0x21...0x2F).contains(v) && v != 0x24 && v != 0x2B || (0x3A...0x40).contains(v) && v != 0x3C && v != 0x3D && v != 0x3E
                || (0x5B...0x60).contains(v) && v != 0x5E && v != 0x60 || v == 0x7B || v == 0x7D
        }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
