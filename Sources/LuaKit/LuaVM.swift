import CLuaShim
import Foundation

/// One Lua 5.4 state, confined to the thread that uses it. `lua_close` runs in `deinit`, which
/// finalises every userdata and so releases every Swift object Lua still held.
public final class LuaVM {
    /// The main thread, which the VM owns and closes.
    let main: OpaquePointer
    /// The thread running host code right now: a host function called from a coroutine works
    /// on that coroutine's stack, so everything the VM does for it (calls, pushes, errors) must
    /// too, never on the main thread's stack underneath.
    var active: OpaquePointer?
    var L: OpaquePointer { active ?? main }
    var classes: [LuaClassEntry] = []
    /// Whatever the embedding program wants host functions to reach through `stack.vm.context`
    /// (host functions must not capture the VM itself: that would be a reference cycle).
    public var context: AnyObject?

    public struct Options {
        /// The libraries to open (see `LuaLibraries`); the sandbox by default.
        public var libraries: LuaLibraries
        /// Open the sandbox (base, coroutine, string, table, math, utf8: text-only `load`, no
        /// `dofile`, `loadfile`, `string.dump`, locked metatables); false opens the trusted set.
        public var sandboxed: Bool {
            get { libraries == .sandboxed }
            set { libraries = newValue ? .sandboxed : .trusted }
        }
        /// Refuse allocations beyond this many bytes while Lua code runs (nil: no cap).
        public var memoryLimit: Int?
        public init(sandboxed: Bool = true, memoryLimit: Int? = nil) {
            self.libraries = sandboxed ? .sandboxed : .trusted
            self.memoryLimit = memoryLimit
        }
        public init(libraries: LuaLibraries, memoryLimit: Int? = nil) {
            self.libraries = libraries
            self.memoryLimit = memoryLimit
        }
    }

    public init(options: Options = Options()) throws {
        LuaBridge.installCallbacks()
        guard let state = pk_newstate(nil) else {
            throw LuaError(kind: .other, message: "cannot create a Lua state (out of memory)")
        }
        main = state
        // The extra space holds the VM for callbacks; unretained, since the VM owns the state.
        pk_set_host(main, Unmanaged.passUnretained(self).toOpaque())
        if let cap = options.memoryLimit { pk_set_memory_limit(main, cap) }
        let status = pk_openlibs(main, options.libraries.rawValue)
        if status != LUA_OK { throw popError(status) }
    }

    deinit { pk_close(main) }

    /// Runs host code entered from Lua on thread `L` (the main thread or a coroutine).
    func entered<T>(on L: OpaquePointer, _ body: () -> T) -> T {
        let saved = active
        active = L
        defer { active = saved }
        return body()
    }

    /// The VM that owns a state, from inside a callback.
    static func owner(of L: OpaquePointer) -> LuaVM {
        Unmanaged<LuaVM>.fromOpaque(pk_host(L)!).takeUnretainedValue()
    }

    public var stack: LuaStack { LuaStack(L) }

    // MARK: Running code

    /// Compiles a chunk and pushes it as a function. `name` is used in messages (`script.lua:3:`);
    /// a name starting with `=` is used verbatim (`=stdin`, `=(command line)`).
    public func load(_ source: String, name: String, textOnly: Bool = true) throws {
        var source = source
        let chunkName = name.hasPrefix("=") || name.hasPrefix("@") ? name : "@" + name
        let status = source.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) {
                pk_load(L, $0.baseAddress, $0.count, chunkName, textOnly ? "t" : "bt")
            }
        }
        if status != LUA_OK { throw popError(status) }
    }

    /// Calls the function below `arguments` values on the stack; leaves `results` values
    /// (all of them when nil). Errors come back with a traceback.
    public func call(arguments: Int = 0, results: Int? = nil) throws {
        // A push that found no room since the last call leaves the stack short: refuse to run.
        if pk_stack_fault(L) != 0 { throw LuaError.stackOverflow }
        try stack.reserve(2)
        let status = pk_pcall(L, Int32(arguments), results.map { Int32(clamping: $0) } ?? LUA_MULTRET)
        if status != LUA_OK { throw popError(status) }
    }

    /// Runs a chunk and returns its results converted to `LuaValue`s.
    @discardableResult
    public func run(_ source: String, name: String = "chunk") throws -> [LuaValue] {
        let base = lua_gettop(L)
        try load(source, name: name)
        try call()
        defer { lua_settop(L, base) }
        return (Int(base) + 1..<Int(lua_gettop(L)) + 1).map { stack.value(at: $0) }
    }

    /// Converts the error value on top of the stack (popping it) into a `LuaError`.
    func popError(_ status: Int32) -> LuaError {
        var len = 0
        let text = pk_tolstring(L, -1, &len).map { String(decoding: UnsafeRawBufferPointer(start: $0, count: len), as: UTF8.self) }
            ?? "(error object is a \(String(cString: lua_typename(L, lua_type(L, -1)))) value)"
        lua_settop(L, -2)
        if let limit = LuaLimit(rawValue: pk_limit_tripped(L)) {
            var e = LuaError(kind: .limit(limit), handlerOutput: text)
            e.message = e.message.hasSuffix(limit.message) ? e.message : limit.message
            return e
        }
        switch status {
        case LUA_ERRSYNTAX: return LuaError(kind: .syntax, message: text)
        case LUA_ERRMEM: return LuaError(kind: .limit(.memory), message: LuaLimit.memory.message)
        case LUA_ERRRUN: return LuaError(kind: .runtime, handlerOutput: text)
        default: return LuaError(kind: .other, handlerOutput: text)
        }
    }

    // MARK: Globals

    /// Sets a global to the value that `push` leaves on the stack. Runs under protection: a
    /// script may have given the global table a metatable (`__newindex`) that raises.
    public func setGlobal(_ name: String, _ push: (LuaStack) -> Void) throws {
        let s = stack, before = s.top
        try s.reserve(4)
        push(s)
        guard s.top == before + 1 else { s.setTop(before); throw LuaError.stackOverflow }
        try popGlobal(name)
    }

    /// Pops the value on top of the stack into global `name` (protected, like `setGlobal`).
    public func popGlobal(_ name: String) throws {
        try stack.reserve(3)
        let status = pk_setglobal_p(L, name)
        if status != LUA_OK { throw popError(status) }
    }

    /// Sets a global to a host function.
    public func setGlobal(_ name: String, function: @escaping LuaFunction) throws {
        try setGlobal(name) { $0.push(function: function) }
    }

    /// Pushes the value of global `name` (protected: `__index` on the global table may raise).
    public func pushGlobal(_ name: String) throws {
        try stack.reserve(3)
        let status = pk_getglobal_p(L, name)
        if status != LUA_OK { throw popError(status) }
    }

    /// The value of a global, converted.
    public func global(_ name: String) throws -> LuaValue {
        try pushGlobal(name)
        defer { lua_settop(L, -2) }
        return stack.value(at: -1)
    }
}
