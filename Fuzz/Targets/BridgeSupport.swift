import Corpus
import ScriptHost

/// Shared by the bridge targets: a sandboxed host with tight limits over one small release.
enum BridgeFuzz {
    static let release = """
        Lavrov meets Tillerson

        MOSCOW, November 8, 2017 - "We are ready to talk," Foreign Minister Sergey Lavrov told reporters.
        He added: "Nothing is agreed until everything is agreed."
        """

    static func host() -> ScriptHost? {
        var options = ScriptHost.Options()
        options.jobs = 1
        options.memoryLimit = 64 << 20
        options.instructionLimit = 200_000
        options.outputLimit = 1 << 16
        options.searchPath = []
        guard let host = try? ScriptHost(options: options) else { return nil }
        host.setCorpus(Corpus(inputs: []))
        return host
    }

    /// Runs each chunk in a fresh host, then checks the host still answers (a broken stack or
    /// heap shows up here, or as a sanitizer report).
    static func run(chunks: [String]) {
        for chunk in chunks {
            guard let host = host() else { return }
            _ = try? host.runChunk("RELEASE = pr.parse([==[\(release)]==], 'fuzz.txt')", name: "=setup")
            _ = try? host.runChunk(chunk, name: "fuzz.lua")
            host.vm.resetLimits()
            do { try host.runChunk(#"assert(pr.json({ 1, { a = 2 } }) == '[1,{"a":2}]' and ('ab'):rep(2) == 'abab')"#, name: "=check") } catch {
                fatalError("host broken after a fuzz chunk: \(error)\n--- chunk ---\n\(chunk)")
            }
        }
    }

    static let mergeScript = """
        local function walk(v, d) if d > 70 then return end if type(v) == 'table' then for k, x in pairs(v) do walk(k, d + 1) walk(x, d + 1) end else tostring(v) end end
        return { Release = function() end, partial = function() return {} end,
                 merge = function(a, b) walk(a, 0) walk(b, 0) return a end,
                 finish = function(p) return pr.json(p) end }
        """
}

/// A tiny generator: input bytes choose fragments, so random bytes become calls into the host
/// with extreme numbers, deep or self-referencing tables, metatables that raise or yield.
enum BridgeGrammar {
    static let callees = [
        "pr.json", "pr.stats.top", "pr.stats.histogram", "pr.stats.percentile", "pr.stats.mean", "pr.stats.group_by",
        "pr.stats.count", "pr.report.table", "pr.report.bars", "pr.report.timeline", "pr.report.summary",
        "pr.report.render", "pr.report.new", "pr.text.words", "pr.text.sub", "pr.time.now", "pr.time.date",
        "pr.people.key", "pr.parse", "tostring", "RELEASE.paragraphs[1].json", "pr.stats.counter():add",
        "pr.text.count", "pr.text.contains", "pr.text.has_words", "pr.text.find_any", "pr.text.normalise",
        "pr.text.split", "pr.text.fold", "KEEP", "rawequal", "next",
    ]
    static let values = [
        "nil", "0", "-1", "1e308", "-1e308", "0/0", "1/0", "math.maxinteger", "math.mininteger", "''", "'x'",
        "('a'):rep(40)", "{}", "{1, 2, 3}", "{a = 1}", "{ {1}, {'a', 2} }", "{columns = {'a'}, rows = {{1}}}",
        "{data = {a = 1}}", "{year = math.maxinteger, month = 1, day = 1}", "{width = 1e-300}", "RELEASE",
        "RELEASE.quotes", "RELEASE.people[1]", "T", "D", "M", "function() error('x') end",
        "function() coroutine.yield() end", "setmetatable({}, {__index = function() error('i') end})",
        "setmetatable({}, {__tostring = function() return {} end})", "'%Y-%m-%d'", "'day'",
        "S", "G", "H", "('ab'):rep(3000)", "('a'):rep(3000) .. 'b'", "{('a'):rep(200)}", "2^63", "-2^63", "0.5",
    ]
    /// T refers to itself, D nests 100 deep, M recurses in __index, S shares one subtable 2^40
    /// times (exponential JSON), G is a handle reached again after collection (weak table,
    /// finaliser), H a handle whose release has been replaced, KEEP keeps what it is given.
    static let prelude = """
        T = {} T.self = T
        D = {} local c = D for _ = 1, 100 do c[1] = {} c = c[1] end
        M = setmetatable({}, { __index = function(t, k) return t[k] end })
        S = { 'x' } for _ = 1, 40 do S = { S, S } end
        local W = setmetatable({}, { __mode = 'k' })
        W[pr.parse('A\\n\\nB said "x".').paragraphs[1]] = true
        pcall(setmetatable, {}, { __gc = function() G = next(W) end })
        collectgarbage() collectgarbage()
        G = G or next(W) or false
        H = pr.parse('C\\n\\nD said "y".').quotes[1] or false
        KEPT = {} function KEEP(...) KEPT[#KEPT + 1] = table.pack(...) return ... end

        """

    static func chunk(from bytes: [UInt8]) -> String {
        var out = prelude
        var i = 0
        while i + 1 < bytes.count {
            let callee = callees[Int(bytes[i]) % callees.count]
            let argc = Int(bytes[i + 1] % 4)
            let args = (0..<argc).map { k -> String in
                let b = i + 2 + k < bytes.count ? bytes[i + 2 + k] : 0
                return values[Int(b) % values.count]
            }
            let call = "\(callee)(\(args.joined(separator: ", ")))"
            out += bytes[i] & 0x80 != 0 ? "coroutine.wrap(function() return pcall(\(callee), \(args.joined(separator: ", "))) end)()\n"
                                        : "pcall(function() return \(call) end)\n"
            i += 2 + argc
        }
        return out
    }
}
