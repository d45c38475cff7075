import LuaKit
import Testing

/// The shim's promise from Swift's side: values crossing the bridge never overflow the stack,
/// never use nil or NaN as keys, and globals are read and written under protection.
@Suite struct StackSafetyTests {
    static let deepSource = "local t = {} local c = t for _ = 1, 100000 do c[1] = {} c = c[1] end return t"

    @Test func globalsAreReadAndWrittenUnderProtection() throws {
        let vm = try LuaVM(options: .init(libraries: .trusted))
        try vm.run("setmetatable(_G, { __index = function(_, k) error('no global ' .. k) end, __newindex = function(_, k) error('read-only ' .. k) end })")
        let read = #expect(throws: LuaError.self) { try vm.global("missing") }
        #expect(read?.message.contains("no global missing") == true)
        let write = #expect(throws: LuaError.self) { try vm.setGlobal("x") { $0.push(1) } }
        #expect(write?.message.contains("read-only x") == true)
        #expect(vm.stack.top == 0)
    }

    @Test func nilAndNaNKeysAreRefusedWhenPushed() throws {
        let vm = try LuaVM()
        for key in [LuaValue.nil, .number(.nan)] {
            let error = #expect(throws: LuaError.self) { try vm.stack.push(.table([key: .integer(1)])) }
            #expect(error?.message.contains("as a table key") == true)
            #expect(vm.stack.top == 0)
        }
    }

    @Test func deepValuesArePushedUpToTheLimitOnly() throws {
        let vm = try LuaVM()
        func nest(_ n: Int) -> LuaValue { (0..<n).reduce(LuaValue.integer(7)) { v, _ in .table([.integer(1): v]) } }
        try vm.stack.push(nest(LuaValue.maxDepth))
        #expect(vm.stack.top == 1)
        vm.stack.pop()
        let error = #expect(throws: LuaError.self) { try vm.stack.push(nest(LuaValue.maxDepth + 1)) }
        #expect(error?.message.contains("nested deeper than \(LuaValue.maxDepth)") == true)
        #expect(vm.stack.top == 0)
    }

    @Test func deepTablesAreCopiedWithoutOverflowingTheStack() throws {
        let vm = try LuaVM()
        try vm.load(Self.deepSource, name: "deep")
        try vm.call(arguments: 0, results: 1)
        // Cut at the requested depth (the old walker overflowed the stack past about 20 levels).
        var v = vm.stack.value(at: -1, depth: 60)
        var levels = 0
        while case .table(let t) = v { v = t[.integer(1)] ?? .nil; levels += 1 }
        #expect(levels == 60)
        #expect(v == .opaque("table"))
        let error = #expect(throws: LuaError.self) { try vm.stack.plainValue(at: -1) }
        #expect(error?.message.contains("nested deeper than") == true)
        #expect(vm.stack.top == 1)
    }

    @Test func jsonOfDeepTablesStopsAtItsLimit() throws {
        let vm = try LuaVM()
        try vm.load(Self.deepSource, name: "deep")
        try vm.call(arguments: 0, results: 1)
        let error = #expect(throws: (any Error).self) { try LuaJSON.encode(vm.stack, at: -1) }
        #expect("\(error!)".contains("nested deeper than 64 levels"))
        #expect(vm.stack.top == 1)
    }
}
