import LuaKit
import Report

extension StatsModule {
    struct Numbers {
        var values: [Double] = []
        /// The exact sum while every value is an integer and it does not overflow.
        var integerSum: Int? = 0
    }

    /// Calls `body(itemIndex)` for each value of the table at `arg` (see `pushValues`).
    static func eachItem(_ s: LuaStack, _ arg: Int, _ body: (Int) throws -> Void) throws {
        try s.pushValues(of: arg)
        let list = s.top
        let n = s.rawLength(at: list)
        for i in stride(from: 1, through: n, by: 1) {
            s.rawGet(i, at: list)
            try body(s.top)
            s.pop()
        }
        s.pop()
    }

    /// The numbers of the table in argument 1, through `key`; nil and NaN values are skipped.
    static func numbers(_ s: LuaStack, _ name: String, key: ItemKey) throws -> Numbers {
        try s.checkTable(1)
        var out = Numbers()
        var position = 0
        try eachItem(s, 1) { item in
            position += 1
            try key.push(s, item: item)
            defer { s.pop() }
            switch s.type(at: -1) {
            case .nil: return
            case .number:
                let d = s.number(at: -1)!
                if d.isNaN { return } // like nil: NaN has no place in an order
                out.values.append(d)
                if let sum = out.integerSum {
                    if s.isInteger(at: -1), let i = s.integer(at: -1) {
                        let (r, overflow) = sum.addingReportingOverflow(i)
                        out.integerSum = overflow ? nil : r
                    } else {
                        out.integerSum = nil
                    }
                }
            default:
                let what = key.isIdentity ? "" : " (from key)"
                throw LuaArgumentError(1, "number expected at item \(position)\(what), got \(s.describe(at: -1))")
            }
        }
        return out
    }

    /// Counts of the table at argument 1: a map of counts, or a list of values to count.
    static func tally(_ s: LuaStack, _ name: String) throws -> Tally {
        var t = Tally()
        if s.isList(at: 1) {
            try eachItem(s, 1) { item in
                if let k = s.countKey(at: item) { t.add(k) }
            }
            return t
        }
        // A map: keys with numeric counts. Sorted by key first so first-seen order is stable.
        var entries: [(LuaValue, Double)] = []
        try s.forEachEntry(of: 1) { k, v in
            guard let n = s.number(at: v) else {
                throw LuaArgumentError(1, "count expected for key '\(s.tostring(at: k))', got \(s.describe(at: v))")
            }
            if let key = s.countKey(at: k) { entries.append((key, n)) }
        }
        for (k, n) in entries.sorted(by: { Tally.keyOrder($0.0, $1.0) }) { t.add(k, n) }
        return t
    }

    static func histogram(_ s: LuaStack) throws -> Int {
        try s.checkTable(1)
        var bins: Int?, width: Double?, lo: Double?, hi: Double?
        var key = ItemKey.identity
        if !s.isNil(at: 2) {
            try s.checkTable(2)
            func option(_ name: String) throws -> Double? {
                s.rawGet(name, at: 2)
                defer { s.pop() }
                if s.isNil(at: -1) { return nil }
                guard let d = s.number(at: -1) else {
                    throw LuaArgumentError(2, "field '\(name)' must be a number, got \(s.describe(at: -1))")
                }
                return d
            }
            if let b = try option("bins") {
                guard b >= 1 && b <= 10_000 && b.rounded() == b else { throw LuaArgumentError(2, "field 'bins' must be an integer from 1 to 10000") }
                bins = Int(b)
            }
            width = try option("width")
            if let w = width, !(w > 0) { throw LuaArgumentError(2, "field 'width' must be positive") }
            lo = try option("min")
            hi = try option("max")
            if let w = width, let a = lo, let b = hi, (b - a) / w > 10_000 {
                throw LuaArgumentError(2, "more than 10000 bins of width \(NumberText.short(w))")
            }
            s.rawGet("key", at: 2)
            let k = s.top
            key = try ItemKey(s, arg: k)
            if case .function = key {} else { s.pop() } // a function must stay on the stack
        }
        let values = try numbers(s, "histogram", key: key).values
        if let w = width, lo == nil || hi == nil, let a = values.min(), let b = values.max(), (b - a) / w > 10_000 {
            throw LuaArgumentError(2, "more than 10000 bins of width \(NumberText.short(w))")
        }
        guard let result = Statistics.histogram(values, bins: bins, width: width, min: lo, max: hi) else {
            throw LuaArgumentError(2, "more than \(Statistics.maxBins) bins of width \(NumberText.short(width ?? 0))")
        }
        let integral = result.allSatisfy { $0.lo.rounded() == $0.lo && $0.hi.rounded() == $0.hi }
        s.newTable(array: result.count)
        for bin in result {
            let label = "\(NumberText.short(bin.lo))–\(NumberText.short(bin.hi))"
            s.append {
                s.newTable(array: 2, fields: 4)
                s.append { s.push(label) }
                s.append { s.push(bin.count) }
                s.setField("lo") { integral ? s.push(count: bin.lo) : s.push(bin.lo) }
                s.setField("hi") { integral ? s.push(count: bin.hi) : s.push(bin.hi) }
                s.setField("count") { s.push(bin.count) }
                s.setField("label") { s.push(label) }
            }
        }
        return 1
    }
}
