import Foundation
import LuaKit
import ScriptHost
import Testing

/// Named attacks on the limits: loops, memory bombs, deep recursion, output floods. Each must end
/// with an error naming the limit (and its flag), whatever the script wraps it in.
@Suite struct ResourceAttackTests {
    static func limited(_ o: inout ScriptHost.Options) {
        o.instructionLimit = 2_000_000
        o.limitHints = [.instructions: "--max-instructions 2000000", .memory: "--max-memory 64M",
                        .deadline: "--timeout 5", .output: "--max-output 1K"]
    }

    static func memoryOnly(_ o: inout ScriptHost.Options) {
        o.instructionLimit = nil
        o.memoryLimit = 16 << 20
        o.limitHints = [.memory: "--max-memory 16M"]
    }

    @Test func infiniteLoopHitsTheInstructionLimit() {
        let o = Attack.run("while true do end", configure: Self.limited)
        #expect(o.error?.kind == .limit(.instructions))
        #expect(o.message == "attack.lua: instruction limit exceeded (--max-instructions 2000000)")
        #expect(o.healthy)
    }

    @Test func infiniteLoopHitsTheWallClockTimeout() {
        let o = Attack.run("while true do end") { o in
            o.instructionLimit = nil
            o.timeout = 0.5
            o.limitHints = [.deadline: "--timeout 0.5"]
        }
        #expect(o.message == "attack.lua: time limit exceeded (--timeout 0.5)")
        #expect(o.healthy)
    }

    @Test func infiniteLoopInsidePcallStillEnds() {
        let o = Attack.run("""
            for i = 1, 1000 do pcall(function() while true do end end) end
            error('escaped the limit', 0)
            """, configure: Self.limited)
        #expect(o.error?.kind == .limit(.instructions), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func infiniteLoopInsideCoroutineWrapStillEnds() {
        let o = Attack.run("""
            for i = 1, 3 do pcall(coroutine.wrap(function() while true do end end)) end
            """, configure: Self.limited)
        #expect(o.error?.kind == .limit(.instructions), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func limitCaughtInANestedCoroutineStillEnds() {
        let o = Attack.run("""
            local outer = coroutine.wrap(function()
              local inner = coroutine.create(function() while true do end end)
              local ok = coroutine.resume(inner)      -- the limit, swallowed here
              coroutine.yield(ok)
            end)
            local swallowed = outer()
            """, configure: Self.limited)
        #expect(o.error?.kind == .limit(.instructions), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func loopingXpcallHandlerStillEnds() {
        let o = Attack.run("""
            for i = 1, 100 do
              xpcall(function() while true do end end, function(m) while true do end end)
            end
            """, configure: Self.limited)
        #expect(o.error?.kind == .limit(.instructions), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func memoryBombByStringDoubling() {
        let o = Attack.run("local s = 'x' while true do s = s .. s end", configure: Self.limited)
        #expect(o.message == "attack.lua: memory limit exceeded (--max-memory 64M)")
        #expect(o.healthy)
    }

    @Test func memoryBombByOneHugeRep() {
        let o = Attack.run("local s = string.rep('x', 1 << 30)", configure: Self.limited)
        #expect(o.message == "attack.lua: memory limit exceeded (--max-memory 64M)")
        #expect(o.healthy)
    }

    @Test func memoryBombByTableGrowthUnderPcall() {
        let o = Attack.run("""
            local hoard = {}
            for i = 1, 100 do
              pcall(function() while true do hoard[#hoard + 1] = { i, i, i } end end)
            end
            """, configure: Self.memoryOnly)
        #expect(o.error?.kind == .limit(.memory), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func memoryBombThroughModelObjects() {
        // Each handle and property value is pushed by Swift; the cap is checked after each call.
        let o = Attack.run("""
            local keep = {}
            while true do
              local r = pr.parse(SEED .. #keep, 'seed.txt')
              keep[#keep + 1] = { r, r.text, r.paragraphs, r.sentences }
            end
            """) { o in
            o.memoryLimit = 16 << 20
            o.limitHints = [.memory: "--max-memory 16M"]
        }
        #expect(o.message == "attack.lua: memory limit exceeded (--max-memory 16M)")
        #expect(o.healthy)
    }

    @Test func deepLuaRecursionOverflowsCleanly() {
        let o = Attack.run("local function f(n) return 1 + f(n + 1) end f(1)", configure: Self.limited)
        #expect(o.message.contains("stack overflow"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func deeplyNestedPcallOfPcall() {
        let o = Attack.run("""
            local t = {}
            for i = 1, 100000 do t[i] = pcall end
            t[#t + 1] = error
            local results = table.pack(pcall(table.unpack(t)))
            error('nested pcall returned ' .. results.n .. ' values', 0)
            """, configure: Self.limited)
        #expect(o.message.hasPrefix("nested pcall returned") || o.message.contains("stack overflow"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func recursionThroughGsubCallbacks() {
        let o = Attack.run("local function f(s) return (s:gsub('.', f)) end f('ab')", configure: Self.limited)
        #expect(o.message.contains("stack overflow"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func recursionThroughIndexMetamethods() {
        let o = Attack.run("""
            local t = setmetatable({}, { __index = function(t, k) return t[k .. 'x'] end })
            return t.a
            """, configure: Self.limited)
        #expect(o.message.contains("stack overflow"), "\(o.message)")
        #expect(o.healthy)
        let chain = Attack.run("""
            local a, b = {}, {}
            setmetatable(a, { __index = b }); setmetatable(b, { __index = a })
            return a.missing
            """)
        #expect(chain.message.contains("'__index' chain too long"), "\(chain.message)")
        #expect(chain.healthy)
    }

    @Test func recursionThroughTostring() {
        let o = Attack.run("""
            local t = setmetatable({}, { __tostring = function(self) return 'x' .. tostring(self) end })
            local s = tostring(t)
            """, configure: Self.limited)
        #expect(o.message.contains("stack overflow"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func outputFloodUnderPcallHitsTheOutputCap() {
        let o = Attack.run("""
            for i = 1, 100000 do pcall(print, string.rep('x', 100)) end
            """) { o in
            o.outputLimit = 1024
            o.limitHints = [.output: "--max-output 1K"]
        }
        #expect(o.message == "attack.lua: output limit exceeded (--max-output 1K)")
        #expect(o.error?.kind == .limit(.output))
    }
}
