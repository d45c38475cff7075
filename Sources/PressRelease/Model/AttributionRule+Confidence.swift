extension AttributionRule {
    /// Right/total speakers per rule on the 518 hand-labelled quotes of Tests/PressReleaseTests/Labels
    /// (development and both held-out sets), measured by `Benchmarks/accuracy/calibration.py`.
    static let measured: [AttributionRule: (right: Int, total: Int)] = [
        .speakerThenCue: (131, 136), .cueThenSpeaker: (101, 102), .adjacent: (86, 86), .continuation: (51, 51),
        .cueBefore: (44, 47), .recentSpeaker: (44, 46), .issuer: (15, 19), .colonLeadIn: (12, 12),
        .participle: (3, 3), .lineAfter: (2, 2), .lineBefore: (2, 2), .invertedCue: (1, 1),
    ]

    /// The rule's measured accuracy, shrunk towards 0.8 by four pseudo-observations so that a
    /// rule seen a few times does not claim certainty (a rule never measured gets 0.8).
    public var calibratedConfidence: Double {
        let m = Self.measured[self] ?? (0, 0)
        return ((Double(m.right) + 3.2) / (Double(m.total) + 4) * 1000).rounded() / 1000
    }

    /// Confidence of an attribution by this rule; one that inherits its speaker (continuation,
    /// adjacent) is never surer than the attribution it inherits from.
    public func confidence(inheriting base: Double? = nil) -> Double {
        min(calibratedConfidence, base ?? 1)
    }
}
