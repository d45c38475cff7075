import Foundation
import Testing

/// Hostile scripts beyond the named sandbox attacks, run through the CLI on the example corpus:
/// metamethods that raise or yield inside host calls, stale and resurrected handles, wrong
/// receivers, coroutines around host callbacks, recursion, nasty error objects, numbers the
/// host must range-check. Each ends with a clear error or a normal result, never a signal.
@Suite struct HostileScriptCLITests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        /// Text the output (stdout + stderr) must contain.
        var expect: String
        var trusted = false
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "__index raising inside a host read",
             source: "pr.stats.mean({ setmetatable({}, { __index = function() error('index boom') end }) }, 'k')",
             expect: "index boom"),
        Case(name: "__index yielding inside a host read",
             source: """
                local co = coroutine.wrap(function()
                  return pr.stats.mean({ setmetatable({}, { __index = function() coroutine.yield(1) end }) }, 'k')
                end)
                print(pcall(co))
                """,
             expect: "attempt to yield across a C-call boundary"),
        Case(name: "key function yielding inside pr.stats",
             source: "print(coroutine.wrap(function() return pcall(pr.stats.count, {1, 2}, function() coroutine.yield() end) end)())",
             expect: "false\tattempt to yield across a C-call boundary"),
        Case(name: "__tostring raising inside print",
             source: "print(setmetatable({}, { __tostring = function() error('tostring boom') end }))",
             expect: "tostring boom"),
        Case(name: "__tostring returning a table",
             source: "print(setmetatable({}, { __tostring = function() return {} end }))",
             expect: "'__tostring' must return a string"),
        Case(name: "__close raising",
             source: "do local x <close> = setmetatable({}, { __close = function() error('close boom') end }) end",
             expect: "close boom"),
        Case(name: "__gc raising (trusted)",
             source: "setmetatable({}, { __gc = function() error('gc boom') end }) collectgarbage() collectgarbage() print('survived')",
             expect: "survived", trusted: true),
        Case(name: "handle kept past its release, used from finish",
             source: """
                local kept
                return { Release = function(r) kept = kept or r.paragraphs[1] end,
                         finish = function() return kept.text end }
                """,
             expect: "no longer valid"),
        Case(name: "handles in a weak-keyed table after collection",
             source: """
                local weak = setmetatable({}, { __mode = "k" })
                return {
                  Release = function(r) weak[r] = true for _, p in ipairs(r.paragraphs) do weak[p] = true end end,
                  finish = function()
                    collectgarbage() collectgarbage()
                    local errors = 0
                    for h in pairs(weak) do
                      if not pcall(function() return h.text or h.headline end) then errors = errors + 1 end
                      pcall(tostring, h) pcall(pr.json, h)
                    end
                    print("stale handles refused", errors > 0)
                  end,
                }
                """,
             expect: "stale handles refused\ttrue"),
        Case(name: "handle resurrected by __gc (trusted)",
             source: """
                local saved = {}
                for r in pr.releases() do
                  setmetatable({ p = r.paragraphs[1] }, { __gc = function(o) saved[#saved + 1] = o.p end })
                end
                collectgarbage() collectgarbage()
                for _, p in ipairs(saved) do print(pcall(function() return p.text end)) end
                """,
             expect: "no longer valid", trusted: true),
        Case(name: "host method with the wrong receiver",
             source: "local c = pr.stats.counter() for r in pr.releases() do c.add(r, 'x') end",
             expect: "Counter expected"),
        Case(name: "model method with a foreign receiver",
             source: "for r in pr.releases() do r.json(pr.stats.counter()) end",
             expect: "expected"),
        Case(name: "host calls from a coroutine work on the coroutine's own stack",
             source: """
                local co = coroutine.wrap(function()
                  for r in pr.releases() do
                    return pr.stats.count(r.paragraphs, function(p) return #p.text > 0 end), pr.stats.top({ a = 2, b = 1 }, 1)[1].key
                  end
                end)
                local n, top = co()
                print(math.type(n), top, type(print))
                """,
             expect: "integer\ta\tfunction"),
        Case(name: "coroutine wrapping the release iterator",
             source: """
                local next_headline = coroutine.wrap(function() for r in pr.releases() do coroutine.yield(r.headline) end end)
                print(type(next_headline()), type(next_headline()))
                """,
             expect: "string\tstring"),
        Case(name: "recursion through string.gsub callbacks",
             source: "local function f(s) return (s:gsub('.', f)) end print(pcall(f, 'ab'))",
             expect: "stack overflow"),
        Case(name: "error object whose __tostring raises",
             source: "error(setmetatable({}, { __tostring = function() error('again') end }))",
             expect: "pranalyze:"),
        Case(name: "error object whose __tostring loops",
             source: "error(setmetatable({}, { __tostring = function() while true do end end }))",
             expect: "limit exceeded"),
        Case(name: "date fields beyond C's int",
             source: "print(pcall(pr.time.now, { year = math.maxinteger, month = 1, day = 1 }))",
             expect: "field 'year' is out-of-bound"),
        Case(name: "seconds at the integer minimum",
             source: "print(pcall(pr.time.now, { year = 2020, month = 1, day = 1, sec = math.mininteger }))",
             expect: "field 'sec' is out-of-bound"),
        Case(name: "histogram over the whole double range",
             source: "print(#pr.stats.histogram({ 1, 1e308, -1e308 }))",
             expect: "3"),
        Case(name: "histogram with a vanishing width",
             source: "print(pcall(pr.stats.histogram, { 1, 2 }, { width = 1e-300 }))",
             expect: "more than 10000 bins"),
        Case(name: "percentile out of range",
             source: "print(pcall(pr.stats.percentile, { 1, 2 }, 0/0))",
             expect: "percentile between 0 and 100 expected"),
        Case(name: "deep report sections",
             source: "local t = {} local c = t for _ = 1, 10000 do c[1] = {} c = c[1] end print(pcall(pr.report.render, t))",
             expect: "false"),
        Case(name: "every pr function with every extreme value",
             source: #"""
                local vals = { 0, -1, 1e308, -1e308, 0/0, 1/0, -1/0, math.maxinteger, math.mininteger, "", "x", {}, { 1, 2 }, { a = 1 },
                  { year = math.maxinteger, month = math.mininteger, day = 0 }, { width = 1e-300 }, { min = -1e308, max = 1e308 }, { bins = 1e300 },
                  { columns = { "a" }, rows = { { 0/0 } }, limit = math.maxinteger }, { data = { a = 1/0 } }, true }
                local seen = {}
                local function each(t, path, out)
                  for k, v in pairs(t) do
                    if type(v) == "function" then out[#out + 1] = { path .. "." .. k, v }
                    elseif type(v) == "table" and not seen[v] then seen[v] = true each(v, path .. "." .. k, out) end
                  end
                end
                local fns = {}
                each(pr, "pr", fns)
                table.sort(fns, function(a, b) return a[1] < b[1] end)
                local skip = { ["pr.releases"] = true }
                local r
                for x in pr.releases() do r = x break end
                vals[#vals + 1] = r
                local calls = 0
                for _, f in ipairs(fns) do
                  if not skip[f[1]] then
                    for _, a in ipairs(vals) do
                      for _, b in ipairs(vals) do
                        calls = calls + 1
                        pcall(f[2], a, b)
                        pcall(f[2], a, b, a)
                      end
                    end
                  end
                end
                print("swept", #fns > 40)
                """#,
             expect: "swept\ttrue"),
        Case(name: "host call with the Lua stack nearly full",
             source: """
                -- Fill the stack to within a few slots of Lua's limit, then call into the host: the
                -- shim refuses in C before Swift runs, with an error instead of a corrupted stack.
                local t = {} for i = 1, 1000000 do t[i] = i end
                for n = 999900, 999999, 5 do
                  local ok, e = pcall(function() return pr.stats.count(table.unpack(t, 1, n)) end)
                  if not ok and e:find("nesting too deep for a host call", 1, true) then print("refused at", n) break end
                end
                """,
             expect: "refused at"),
        Case(name: "long __index chain",
             source: "local c = {} for _ = 1, 100000 do c = setmetatable({}, { __index = c }) end print(pcall(function() return c.x end))",
             expect: "'__index' chain too long"),
    ]

    @Test(arguments: cases) func endsCleanly(_ c: Case) throws {
        let script = try CLI.script(c.source)
        var args = [script, CLIRunner.examples + "/corpus", "--max-instructions", "5000000", "--timeout", "20"]
        if c.trusted { args.append("--trusted") }
        let r = try CLIRunner.run(args)
        #expect(r.status < 128 && !r.stderr.contains("Program crashed"), "\(c.name): \(r.stderr)")
        #expect((r.stdout + r.stderr).contains(c.expect), "\(c.name): \(r.stdout)\(r.stderr)")
        #expect(!r.stderr.contains("Fatal error"), "\(r.stderr)")
    }
}
