import LuaKit

/// Counts per key, in first-seen order, shared by `pr.stats.top`, `count_by` and `Counter`.
/// Keys are strings, numbers or booleans; other values (model objects, tables) count under their
/// `tostring`. Integral floats and integers are the same key, as in Lua tables.
struct Tally {
    private(set) var counts: [LuaValue: Double] = [:]
    private(set) var order: [LuaValue] = []

    mutating func add(_ key: LuaValue, _ n: Double = 1) {
        if counts[key] == nil { order.append(key) }
        counts[key, default: 0] += n
    }

    mutating func merge(_ other: Tally) {
        for key in other.order { add(key, other.counts[key]!) }
    }

    /// About what one key costs in `counts` and `order` (entries, string storage).
    static func keyCost(_ key: LuaValue) -> Int {
        if case .string(let s) = key { return 96 + s.utf8.count }
        return 96
    }

    var total: Double { order.reduce(0) { $0 + counts[$1]! } }

    /// The `k` largest counts (all when nil): by count, descending; ties by key, ascending
    /// (numbers, then strings in Unicode order, then booleans), so the order never depends on
    /// input order or hashing.
    func top(_ k: Int?) -> [(key: LuaValue, count: Double)] {
        let ranked = order.map { ($0, counts[$0]!) }.sorted { a, b in
            a.1 != b.1 ? a.1 > b.1 : Tally.keyOrder(a.0, b.0)
        }
        return Array(ranked.prefix(k ?? ranked.count)).map { (key: $0.0, count: $0.1) }
    }

    static func keyOrder(_ a: LuaValue, _ b: LuaValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x < y
        case (.boolean(let x), .boolean(let y)): return !x && y
        default:
            if let x = a.number, let y = b.number { return x < y }
            return rank(a) < rank(b)
        }
    }

    private static func rank(_ v: LuaValue) -> Int {
        switch v {
        case .integer, .number: return 0
        case .string: return 1
        case .boolean: return 2
        default: return 3
        }
    }
}

extension LuaStack {
    /// The value at `i` as a counting key; nil for nil and NaN (they cannot be table keys).
    func countKey(at i: Int) -> LuaValue? {
        switch type(at: i) {
        case .nil, .none: return nil
        case .string: return .string(string(at: i)!)
        case .boolean: return .boolean(boolean(at: i))
        case .number:
            if let n = integer(at: i) { return .integer(n) }
            let d = number(at: i)!
            return d.isNaN ? nil : .number(d)
        default: return .string(tostring(at: i))
        }
    }

    /// Pushes a count: an integer when whole, as Lua users expect `6`, not `6.0`.
    func push(count: Double) {
        if count.rounded() == count && abs(count) < 9e15 { push(Int(count)) } else { push(count) }
    }

    /// Pushes `{ {key, count, key = key, count = count}, … }`: usable as report rows as is.
    func push(ranking: [(key: LuaValue, count: Double)]) throws {
        newTable(array: ranking.count)
        for (key, count) in ranking {
            try append {
                newTable(array: 2, fields: 2)
                try append { try push(key) }
                append { push(count: count) }
                try setField("key") { try push(key) }
                setField("count") { push(count: count) }
            }
        }
    }
}
