import Foundation

/// The arithmetic behind `pr.stats`, on plain Swift values (the Lua side only gathers numbers).
enum Statistics {
    static func mean(_ xs: [Double]) -> Double? {
        xs.isEmpty ? nil : xs.reduce(0, +) / Double(xs.count)
    }

    /// Percentile `p` (0…100) by linear interpolation between closest ranks (numpy's default,
    /// Excel's PERCENTILE.INC): the median of {1, 2, 3, 4} is 2.5. Nil for no values.
    static func percentile(_ xs: [Double], _ p: Double) -> Double? {
        guard !xs.isEmpty else { return nil }
        let sorted = xs.sorted()
        return percentile(sorted: sorted, p)
    }

    static func percentile(sorted: [Double], _ p: Double) -> Double {
        let rank = p / 100 * Double(sorted.count - 1)
        let lo = Int(rank.rounded(.down)), hi = Int(rank.rounded(.up))
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - Double(lo))
    }

    /// Standard deviation: sample (n − 1) by default, population (n) when asked. Welford's method
    /// keeps it accurate for large values. Nil when there are too few values.
    static func stddev(_ xs: [Double], population: Bool = false) -> Double? {
        guard xs.count >= (population ? 1 : 2) else { return nil }
        var mean = 0.0, m2 = 0.0
        for (i, x) in xs.enumerated() {
            let delta = x - mean
            mean += delta / Double(i + 1)
            m2 += delta * (x - mean)
        }
        return (m2 / Double(population ? xs.count : xs.count - 1)).squareRoot()
    }

    struct Bin: Equatable {
        var lo: Double, hi: Double, count: Int
    }

    /// Equal-width bins over [lo, hi]: each bin holds lo ≤ x < hi, the last also x = hi. Values
    /// outside the range are not counted. Bin count: given, or from a width, or Sturges' rule
    /// (⌈log₂ n⌉ + 1). All values equal: one bin.
    /// The most bins a histogram has; more (from a tiny `width`) is refused by returning nil.
    static let maxBins = 10_000

    static func histogram(_ xs: [Double], bins: Int?, width: Double?, min lo: Double?, max hi: Double?) -> [Bin]? {
        let finite = xs.filter { $0.isFinite }
        guard let low = lo ?? finite.min(), let high = hi ?? finite.max(), high >= low,
              low.isFinite, high.isFinite else { return [] }
        if high == low { return [Bin(lo: low, hi: high, count: finite.filter { $0 == low }.count)] }
        // The span of finite values may itself overflow (-1e308…1e308): measured in halves.
        let half = high / 2 - low / 2
        let n: Int
        if let width, width > 0 {
            let count = (half / width * 2).rounded(.up)
            guard count <= Double(maxBins) else { return nil }
            n = Swift.max(1, Int(count))
        } else {
            n = Swift.min(maxBins, Swift.max(1, bins ?? Int(log2(Double(Swift.max(1, finite.count))).rounded(.up)) + 1))
        }
        let step = width.flatMap { $0 > 0 ? $0 : nil } ?? half / Double(n) * 2
        var counts = [Int](repeating: 0, count: n)
        for x in finite where x >= low && x <= high {
            let q = ((x / 2 - low / 2) / step * 2).rounded(.down)
            let i = q >= Double(n - 1) ? n - 1 : (q > 0 ? Int(q) : 0)
            counts[i] += 1
        }
        return (0..<n).map { i in
            Bin(lo: low + Double(i) * step, hi: i == n - 1 && width == nil ? high : low + Double(i + 1) * step, count: counts[i])
        }
    }
}
