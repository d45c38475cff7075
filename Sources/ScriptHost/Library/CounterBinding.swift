import LuaKit
import Report

/// A `Counter`: counts per key in first-seen order (made by `pr.stats.counter()`).
final class Counter {
    var tally = Tally()
    /// The keys' memory, counted against `--max-memory` (a counter lives as long as the script keeps it).
    let held: LuaHeldMemory

    init(held: LuaHeldMemory) { self.held = held }

    /// Adds to `key`, first accounting the memory a new key takes.
    func add(_ key: LuaValue, _ n: Double, on s: LuaStack) throws {
        if tally.counts[key] == nil { try held.hold(Tally.keyCost(key), on: s) }
        tally.add(key, n)
    }
}

enum CounterBinding {
    static func declare() -> LuaClass<Counter> {
        let c = LuaClass<Counter>("Counter")
        c.property("total", "number", cached: false, doc: "Sum of all counts.") { s, c in s.push(count: c.tally.total) }
        c.property("distinct", "integer", cached: false, doc: "Number of different keys.") { s, c in s.push(c.tally.order.count) }
        c.method("add", "(key: any, n?: number) -> number",
                 doc: "Adds `n` (default 1) to `key`'s count and returns the new count. A nil key is ignored (returns nil); keys other than strings, numbers and booleans count under their `tostring`.") { s, c in
            let n = try s.optNumber(3) ?? 1
            guard let key = s.countKey(at: 2) else { s.pushNil(); return 1 }
            try c.add(key, n, on: s)
            s.push(count: c.tally.counts[key]!)
            return 1
        }
        c.method("get", "(key: any) -> number", doc: "The count of `key` (0 when never added).") { s, c in
            s.push(count: s.countKey(at: 2).flatMap { c.tally.counts[$0] } ?? 0)
            return 1
        }
        c.method("top", "(k?: integer) -> {key: any, count: number}[]",
                 doc: "The `k` largest counts (all when nil), as `pr.stats.top` orders them: by count descending, ties by key ascending.") { s, c in
            let k = try s.optInteger(2)
            if let k, k < 0 { throw LuaArgumentError(2, "non-negative count expected, got \(k)") }
            try s.push(ranking: c.tally.top(k))
            return 1
        }
        c.method("counts", "() -> table<any, number>", doc: "A plain table `{[key] = count}` (a copy).") { s, c in
            s.newTable(fields: c.tally.order.count)
            for key in c.tally.order {
                try s.setRaw(key) { s.push(count: c.tally.counts[key]!) }
            }
            return 1
        }
        c.method("keys", "() -> any[]", doc: "The keys in the order they were first added.") { s, c in
            try s.pushList(c.tally.order.count) { try s.push(c.tally.order[$0]) }
            return 1
        }
        c.method("merge", "(other: Counter) -> Counter",
                 doc: "Adds every count of `other` to this counter (e.g. in a script's `merge(a, b)`); returns this counter.") { s, c in
            guard let other = try s.object(at: 2) as? Counter else { throw s.typeError(2, expected: "Counter") }
            for key in other.tally.order { try c.add(key, other.tally.counts[key]!, on: s) }
            s.pushValue(at: 1)
            return 1
        }
        c.metamethod("__len") { s in
            s.push((try s.object(at: 1) as? Counter)?.tally.order.count ?? 0)
            return 1
        }
        c.metamethod("__tostring") { s in
            guard let c = try s.object(at: 1) as? Counter else { s.push("Counter"); return 1 }
            s.push("Counter(\(c.tally.order.count) keys, total \(NumberText.short(c.tally.total)))")
            return 1
        }
        return c
    }
}
