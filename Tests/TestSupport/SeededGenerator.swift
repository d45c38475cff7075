import Foundation

/// A reproducible random generator for randomised tests (SplitMix64). Its seed comes from
/// `PRANALYZE_TEST_SEED` when set, else from the system; it is printed, so a failing run can be
/// repeated exactly with `PRANALYZE_TEST_SEED=<seed> swift test --filter <test>`.
public struct SeededGenerator: RandomNumberGenerator {
    public let seed: UInt64
    private var state: UInt64

    /// `name` says which test the printed seed belongs to.
    public init(_ name: String, seed fixed: UInt64? = nil) {
        let environment = ProcessInfo.processInfo.environment["PRANALYZE_TEST_SEED"].flatMap { UInt64($0) }
        seed = fixed ?? environment ?? UInt64.random(in: 0...UInt64.max)
        state = seed
        print("\(name): random seed \(seed) (repeat with PRANALYZE_TEST_SEED=\(seed))")
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededGenerator {
    /// A number in `0..<n` (0 when `n` is 0 or less).
    public mutating func next(upTo n: Int) -> Int { n <= 0 ? 0 : Int.random(in: 0..<n, using: &self) }
}
