import LuaKit
import Report

/// `pr.stats`: descriptive statistics over Lua tables.
enum StatsModule {
    static let valuesDoc = "`t` is a list, or a table whose values are used (`{a = 3, b = 5}`); `key` (a field name or a function of the item) picks the number from each item. nil (and NaN) values are skipped."

    static func make() -> LuaModule {
        let m = LuaModule("stats", doc: "Descriptive statistics over Lua tables: counts, sums, means, medians, percentiles, standard deviations, histograms, top-k, group-by and counters. " + valuesDoc)
        m.function("count", "(t: table, pred?: any) -> integer",
                   doc: "Number of values in `t`; with `pred`, those for which `pred(v)` is true (a function) or that equal `pred` (any other value).",
                   example: "pr.stats.count(r.sentences, function(s) return #s.text > 200 end)") { s in
            try s.checkTable(1)
            s.setTop(max(s.top, 2)) // the predicate stays at 2 even when absent
            try s.pushValues(of: 1)
            let list = s.top, n = s.rawLength(at: list)
            if s.isNil(at: 2) { s.push(n); return 1 }
            var count = 0
            for i in stride(from: 1, through: n, by: 1) {
                s.rawGet(i, at: list)
                if s.type(at: 2) == .function {
                    let item = s.top
                    s.pushValue(at: 2)
                    s.pushValue(at: item)
                    try s.vm.call(arguments: 1, results: 1)
                    if s.boolean(at: -1) { count += 1 }
                    s.pop(2)
                } else {
                    if s.rawEqual(-1, 2) { count += 1 }
                    s.pop()
                }
            }
            s.push(count)
            return 1
        }
        m.function("sum", "(t: table, key?: string|function) -> number",
                   doc: "Sum of the values (0 for none); an integer when every value is one. " + valuesDoc,
                   example: "local words = pr.stats.sum(releases, \"words\")") { s in
            let xs = try numbers(s, "sum", key: ItemKey(s, arg: 2))
            if let i = xs.integerSum { s.push(i) } else { s.push(xs.values.reduce(0, +)) }
            return 1
        }
        m.function("mean", "(t: table, key?: string|function) -> number?",
                   doc: "Arithmetic mean, or nil when there are no values. " + valuesDoc,
                   example: "pr.stats.mean({2, 4, 9}) --> 5.0") { s in
            s.push(Statistics.mean(try numbers(s, "mean", key: ItemKey(s, arg: 2)).values))
            return 1
        }
        m.function("median", "(t: table, key?: string|function) -> number?",
                   doc: "The middle value (the mean of the two middle values for an even count); nil when there are no values. Same as `percentile(t, 50)`.",
                   example: "pr.stats.median({5, 1, 4, 2}) --> 3.0") { s in
            s.push(Statistics.percentile(try numbers(s, "median", key: ItemKey(s, arg: 2)).values, 50))
            return 1
        }
        m.function("percentile", "(t: table, p: number, key?: string|function) -> number?",
                   doc: "The `p`-th percentile (0–100), interpolating linearly between the closest ranks (numpy's default, Excel's PERCENTILE.INC); nil when there are no values; the value itself for one value.",
                   example: "local p90 = pr.stats.percentile(lengths, 90)") { s in
            let p = try s.checkNumber(2)
            guard p >= 0 && p <= 100 else { throw LuaArgumentError(2, "percentile between 0 and 100 expected, got \(NumberText.short(p))") }
            s.push(Statistics.percentile(try numbers(s, "percentile", key: ItemKey(s, arg: 3)).values, p))
            return 1
        }
        m.function("stddev", "(t: table, key?: string|function, population?: boolean) -> number?",
                   doc: "Standard deviation: of a sample (divides by n − 1; nil for fewer than two values) or, with `population = true`, of the whole population (divides by n).",
                   example: "pr.stats.stddev({2, 4, 4, 4, 5, 5, 7, 9}, nil, true) --> 2.0") { s in
            let xs = try numbers(s, "stddev", key: ItemKey(s, arg: 2))
            s.push(Statistics.stddev(xs.values, population: s.boolean(at: 3)))
            return 1
        }
        m.function("min", "(t: table, key?: string|function) -> number?",
                   doc: "The smallest value, or nil when there are none.", example: "pr.stats.min(releases, \"words\")") { s in
            s.push(try numbers(s, "min", key: ItemKey(s, arg: 2)).values.min())
            return 1
        }
        m.function("max", "(t: table, key?: string|function) -> number?",
                   doc: "The largest value, or nil when there are none.", example: "pr.stats.max(releases, \"words\")") { s in
            s.push(try numbers(s, "max", key: ItemKey(s, arg: 2)).values.max())
            return 1
        }
        m.function("histogram", "(t: table, opts?: {bins?: integer, width?: number, min?: number, max?: number, key?: string|function}) -> {lo: number, hi: number, count: integer, label: string}[]",
                   doc: "Counts values in equal-width bins. Each bin holds `lo <= x < hi`; the last also holds `x == hi`. Give `bins` (a count) or `width`; by default Sturges' rule (⌈log₂ n⌉ + 1 bins). `min`/`max` fix the range (values outside are not counted). All values equal: one bin. Each bin also has `[1] = label, [2] = count`, so the result can be passed to `pr.report.bars` as is.",
                   example: "pr.report.bars{ title = \"Release length\", data = pr.stats.histogram(lengths, { width = 100 }) }") { s in
            try histogram(s)
        }
        m.function("top", "(t: table|Counter, k?: integer) -> {key: any, count: number}[]",
                   doc: "The `k` most frequent keys (all when `k` is nil), most frequent first. `t` is a map of counts (`{Lavrov = 6, Tillerson = 2}`), a `Counter`, or a list of values, which are counted. Ties are broken by key in ascending order (numbers, then strings in Unicode order), so the result never depends on table order. Each entry is `{key, count}` and also has fields `key` and `count`: it can be used directly as `rows` of `pr.report.table`.",
                   example: "pr.report.table{ columns = { \"speaker\", \"quotes\" }, rows = pr.stats.top(speakers, 10) }") { s in
            let counter = try s.object(at: 1) as? Counter
            if counter == nil { try s.checkTable(1) }
            let k = try s.optInteger(2)
            if let k, k < 0 { throw LuaArgumentError(2, "non-negative count expected, got \(k)") }
            try s.push(ranking: (counter?.tally ?? tally(s, "top")).top(k))
            return 1
        }
        m.function("count_by", "(t: table, key?: string|function) -> table<any, integer>",
                   doc: "Counts items by key: `{[key] = count}`. Items whose key is nil are left out. Without `key`, the values themselves are counted.",
                   example: "local by_agency = pr.stats.count_by(releases, function(r) return r.dateline and r.dateline.agency end)") { s in
            try s.checkTable(1)
            let key = try ItemKey(s, arg: 2)
            var t = Tally()
            try eachItem(s, 1) { item in
                try key.push(s, item: item)
                if let k = s.countKey(at: -1) { t.add(k) }
                s.pop()
            }
            s.newTable(fields: t.order.count)
            for k in t.order { try s.setRaw(k) { s.push(count: t.counts[k]!) } }
            return 1
        }
        m.function("group_by", "(t: table, key: string|function) -> table<any, any[]>, any[]",
                   doc: "Groups items by key: `{[key] = {items…}}`, items in input order; also returns the keys in first-seen order. Items whose key is nil are left out.",
                   example: "local groups, agencies = pr.stats.group_by(releases, \"kind\")\nfor _, kind in ipairs(agencies) do print(kind, #groups[kind]) end") { s in
            try s.checkTable(1)
            if s.isNil(at: 2) { throw s.typeError(2, expected: "field name or function") }
            let key = try ItemKey(s, arg: 2)
            s.newTable()
            let groups = s.top
            s.newTable()
            let keys = s.top
            try eachItem(s, 1) { item in
                try key.push(s, item: item)
                let k = s.top
                if s.countKey(at: k) == nil { s.pop(); return }
                s.pushValue(at: k)
                if s.rawGetKeyed(at: groups) == .nil {
                    s.pop()
                    s.newTable()
                    s.pushValue(at: k)
                    s.pushValue(at: -2)
                    try s.rawSetKeyed(at: groups)
                    s.append(at: keys) { s.pushValue(at: k) }
                }
                s.append(at: -1) { s.pushValue(at: item) }
                s.pop(2)
            }
            return 2
        }
        m.function("counter", "() -> Counter",
                   doc: "A new, empty `Counter`: `c:add(key)`, then `c:top(10)`, `c:get(key)`, `c.total`.",
                   example: "local c = pr.stats.counter()\nfor r in pr.releases() do c:add(r.kind or \"unknown\") end\nprint(c:top(3)[1].key)") { s in
            s.vm.push(Counter(held: s.heldMemory()), as: s.library.counter)
            return 1
        }
        return m
    }
}
