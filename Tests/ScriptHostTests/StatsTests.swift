import LuaKit
import Testing
@testable import ScriptHost

@Suite struct StatsTests {
    @Test func knownValues() throws {
        #expect(try Library.value("return pr.stats.sum({1, 2, 3})") == .integer(6))
        #expect(try Library.value("return pr.stats.sum({1, 2.5})") == .number(3.5))
        #expect(try Library.value("return pr.stats.sum({})") == .integer(0))
        #expect(try Library.value("return pr.stats.sum({a = 1, b = 2})") == .integer(3))
        #expect(try Library.value("return pr.stats.mean({2, 4, 9})") == .number(5))
        #expect(try Library.value("return pr.stats.median({5, 1, 4})") == .number(4))
        #expect(try Library.value("return pr.stats.median({5, 1, 4, 2})") == .number(3))
        #expect(try Library.value("return pr.stats.percentile({15, 20, 35, 40, 50}, 40)") == .number(29))
        #expect(try Library.value("return pr.stats.percentile({15, 20, 35, 40, 50}, 0)") == .number(15))
        #expect(try Library.value("return pr.stats.percentile({15, 20, 35, 40, 50}, 100)") == .number(50))
        #expect(try Library.value("return pr.stats.min({3, -1, 2})") == .number(-1))
        #expect(try Library.value("return pr.stats.max({3, -1, 2})") == .number(3))
        #expect(try Library.value("return pr.stats.count({1, 2, 3, 2}, 2)") == .integer(2))
        #expect(try Library.value("return pr.stats.count({1, 2, 3, 4}, function(x) return x > 2 end)") == .integer(2))
        #expect(try Library.value("return pr.stats.count({a = 1, b = 2})") == .integer(2))
        let sample = try #require(Library.value("return pr.stats.stddev({2, 4, 4, 4, 5, 5, 7, 9})").number)
        #expect(abs(sample - 2.138089935299395) < 1e-12)
        #expect(try Library.value("return pr.stats.stddev({2, 4, 4, 4, 5, 5, 7, 9}, nil, true)") == .number(2))
    }

    @Test func emptyAndSingleValues() throws {
        for f in ["mean", "median", "min", "max", "stddev"] {
            #expect(try Library.value("return pr.stats.\(f)({})") == .nil, "\(f) of nothing")
        }
        #expect(try Library.value("return pr.stats.percentile({}, 90)") == .nil)
        #expect(try Library.value("return pr.stats.percentile({7}, 90)") == .number(7))
        #expect(try Library.value("return pr.stats.median({7})") == .number(7))
        #expect(try Library.value("return pr.stats.stddev({7})") == .nil)
        #expect(try Library.value("return pr.stats.stddev({7}, nil, true)") == .number(0))
        #expect(try Library.value("return #pr.stats.histogram({})") == .integer(0))
    }

    @Test func keysPickNumbersFromItems() throws {
        let items = "local t = { {words = 10}, {words = 30}, {other = 1}, {words = 20} }\n"
        #expect(try Library.value(items + "return pr.stats.mean(t, 'words')") == .number(20)) // nil skipped
        #expect(try Library.value(items + "return pr.stats.sum(t, function(x) return (x.words or 0) * 2 end)") == .integer(120))
        #expect(try Library.value(items + "return pr.stats.median(t, 'words')") == .number(20))
        #expect(try Library.value("return pr.stats.mean({1, 0/0, 3})") == .number(2)) // NaN skipped
        #expect(try Library.value("return pr.stats.histogram({ {n = 1}, {n = 9} }, { key = 'n', bins = 2 })[2].count") == .integer(1))
    }

    @Test func histogramBins() throws {
        let bins = try Library.eval("""
            local out = {}
            for _, b in ipairs(pr.stats.histogram({1, 2, 2, 3, 3, 3, 10}, { bins = 3 })) do
              out[#out + 1] = b.label .. "=" .. b.count
            end
            local w = pr.stats.histogram({1, 2, 2, 3, 3, 3, 10}, { width = 5, min = 0, max = 10 })
            local same = pr.stats.histogram({4, 4, 4})
            local sturges = pr.stats.histogram({1, 2, 3, 4, 5, 6, 7, 8, 9})
            return table.concat(out, " "), w[1].count, w[2].count, #w, w[2].hi, #same, same[1].count, #sturges, w[1][1]
            """)
        #expect(bins == [.string("1–4=6 4–7=0 7–10=1"), .integer(6), .integer(1), .integer(2), .integer(10),
                         .integer(1), .integer(3), .integer(5), .string("0–5")])
        // Values outside a fixed range are not counted.
        #expect(try Library.value("return pr.stats.histogram({-5, 1, 99}, { min = 0, max = 10, bins = 2 })[1].count") == .integer(1))
    }

    @Test func topBreaksTiesByKey() throws {
        let out = try Library.value("""
            local parts = {}
            for _, e in ipairs(pr.stats.top({ b = 2, a = 2, c = 5, d = 1 }, 3)) do parts[#parts + 1] = e.key .. e.count end
            for _, e in ipairs(pr.stats.top({ "x", "y", "x", "z", "y", 3, 3 })) do parts[#parts + 1] = tostring(e[1]) .. e[2] end
            return table.concat(parts, " ")
            """)
        #expect(out == .string("c5 a2 b2 32 x2 y2 z1"))
        #expect(try Library.value("return #pr.stats.top({ a = 1 }, 0)") == .integer(0))
        #expect(try Library.value("local c = pr.stats.counter(); c:add('b'); c:add('a', 2); return pr.stats.top(c, 1)[1].key") == .string("a"))
    }

    @Test func groupByAndCountBy() throws {
        let out = try Library.eval("""
            local t = { {k = "b", v = 1}, {k = "a", v = 2}, {k = "b", v = 3}, {v = 4} }
            local groups, keys = pr.stats.group_by(t, "k")
            local counts = pr.stats.count_by(t, function(x) return x.k end)
            return #keys, keys[1], keys[2], #groups.b, groups.b[2].v, groups.a[1].v, counts.b, counts.a
            """)
        #expect(out == [.integer(2), .string("b"), .string("a"), .integer(2), .integer(3), .integer(2), .integer(2), .integer(1)])
    }

    @Test func counter() throws {
        let out = try Library.eval("""
            local c = pr.stats.counter()
            c:add("Lavrov"); c:add("Tillerson", 2); c:add("Lavrov"); c:add(nil)
            local d = pr.stats.counter(); d:add("Wang"); d:add("Lavrov", 3)
            c:merge(d)
            local top = c:top(2)
            return c:get("Lavrov"), c:get("nobody"), c.total, c.distinct, #c, top[1].key, top[2].key, c:keys()[3], tostring(c)
            """)
        #expect(out == [.integer(5), .integer(0), .integer(8), .integer(3), .integer(3), .string("Lavrov"),
                        .string("Tillerson"), .string("Wang"), .string("Counter(3 keys, total 8)")])
    }

    @Test func argumentErrorsReadLikeLua() throws {
        #expect(try Library.error("pr.stats.top(nil)") == "test:1: bad argument #1 to 'top' (table expected, got nil)")
        #expect(try Library.error("pr.stats.mean({1, 'x'})") == "test:1: bad argument #1 to 'mean' (number expected at item 2, got string)")
        #expect(try Library.error("pr.stats.percentile({1}, 101)") == "test:1: bad argument #2 to 'percentile' (percentile between 0 and 100 expected, got 101)")
        #expect(try Library.error("pr.stats.sum({1}, 5)") == "test:1: bad argument #2 to 'sum' (field name or function expected, got number)")
        #expect(try Library.error("pr.stats.counter():top(-1)") == "test:1: bad argument #1 to 'top' (non-negative count expected, got -1)")
        #expect(try Library.error("pr.stats.histogram({1}, { bins = 0 })") == "test:1: bad argument #2 to 'histogram' (field 'bins' must be an integer from 1 to 10000)")
        // An error inside a key function comes through with its own position.
        #expect(try Library.error("pr.stats.sum({1}, function() error('boom') end)")?.hasPrefix("test:1: boom") == true)
    }
}
