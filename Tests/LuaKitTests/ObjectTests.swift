import Testing
@testable import LuaKit

final class Tracked {
    nonisolated(unsafe) static var alive = 0
    let name: String
    var reads = 0
    init(_ name: String) { self.name = name; Tracked.alive += 1 }
    deinit { Tracked.alive -= 1 }
}

@Suite(.serialized) struct ObjectTests {
    func makeVM() throws -> (LuaVM, LuaClassID<Tracked>) {
        let vm = try LuaVM()
        let cls = LuaClass<Tracked>("Thing", staleMessage: "this Thing is gone")
        cls.property("name", "string") { s, t in
            t.reads += 1
            s.push(t.name)
        }
        cls.property("reads", "integer", cached: false) { s, t in s.push(t.reads) }
        cls.method("shout", "() -> string") { s, t in
            s.push(t.name.uppercased())
            return 1
        }
        cls.metamethod("__tostring") { s in
            s.push("Thing(\((try s.object(at: 1) as! Tracked).name))")
            return 1
        }
        return (vm, try vm.define(cls))
    }

    @Test func lazyPropertiesAreComputedOnceAndCached() throws {
        let (vm, cls) = try makeVM()
        let thing = Tracked("lavrov")
        try vm.setGlobal("thing") { _ in _ = vm.push(thing, as: cls) }
        let out = try vm.run("return thing.name, thing.name, thing.reads, thing:shout(), tostring(thing), thing[1]")
        #expect(out == [.string("lavrov"), .string("lavrov"), .integer(1), .string("LAVROV"),
                        .string("Thing(lavrov)"), .nil])
        // A misspelt member is an error naming the nearest declared one, never a silent nil.
        let typo = #expect(throws: LuaError.self) { try vm.run("return thing.nmae") }
        #expect(typo?.message == "chunk:1: Thing has no member 'nmae'; did you mean 'name'? (`pranalyze docs Thing` lists them)")
    }

    @Test func metatablesOfHostObjectsAreLocked() throws {
        let (vm, cls) = try makeVM()
        try vm.setGlobal("thing") { _ in _ = vm.push(Tracked("x"), as: cls) }
        #expect(try vm.run("return getmetatable(thing)") == [.string("locked")])
        #expect(throws: LuaError.self) { try vm.run("setmetatable(thing, {})") }
    }

    @Test func gcReleasesTheSwiftObject() throws {
        let before = Tracked.alive
        do {
            let (vm, cls) = try makeVM()
            // Host functions reach the VM through their stack: capturing `vm` would be a cycle.
            try vm.setGlobal("make") { s in
                _ = s.vm.push(Tracked("temp"), as: cls)
                return 1
            }
            try vm.run("for i = 1, 100 do local t = make(); local _ = t.name end")
            #expect(Tracked.alive > before)
            try vm.run("collectgarbage('count')")
            vm.collectGarbage()
            #expect(Tracked.alive == before)
            try vm.setGlobal("kept") { _ in _ = vm.push(Tracked("kept"), as: cls) }
            #expect(Tracked.alive == before + 1)
        }
        // lua_close (the VM's deinit) finalises what Lua still held.
        #expect(Tracked.alive == before)
    }

    @Test func invalidatedHandleRaisesAClearError() throws {
        let (vm, cls) = try makeVM()
        var box: LuaObjectBox?
        try vm.setGlobal("thing") { _ in box = vm.push(Tracked("old"), as: cls) }
        box?.invalidate()
        let error = #expect(throws: LuaError.self) { try vm.run("return thing.name", name: "s.lua") }
        #expect(error?.message == "this Thing is gone")
        let methodError = #expect(throws: LuaError.self) { try vm.run("return thing:shout()") }
        #expect(methodError?.message == "this Thing is gone")
    }

    @Test func invalidatedHandleNeverServesItsCachedValues() throws {
        let (vm, cls) = try makeVM()
        var box: LuaObjectBox?
        try vm.setGlobal("thing") { _ in box = vm.push(Tracked("cached"), as: cls) }
        #expect(try vm.run("return thing.name") == [.string("cached")]) // now in the handle's cache
        box?.invalidate()
        let error = #expect(throws: LuaError.self) { try vm.run("return thing.name") }
        #expect(error?.message == "this Thing is gone")
        let unknown = #expect(throws: LuaError.self) { try vm.run("return thing.zzzz") } // as for live handles
        #expect(unknown?.message.contains("Thing has no member 'zzzz'") == true)
    }

    @Test func methodsCheckTheirReceiver() throws {
        let (vm, cls) = try makeVM()
        try vm.setGlobal("thing") { _ in _ = vm.push(Tracked("x"), as: cls) }
        let error = #expect(throws: LuaError.self) { try vm.run("return thing.shout({})", name: "m.lua") }
        #expect(error?.message == "m.lua:1: bad argument #1 to 'shout' (Thing expected, got table)")
    }
}
