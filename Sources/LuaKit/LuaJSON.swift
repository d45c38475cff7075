import CLuaShim

/// Writes Lua values as JSON text: host objects as objects of their JSON properties (declaration
/// order), sequences as arrays, other tables as objects with sorted keys, so output is stable.
public enum LuaJSON {
    public struct Options {
        /// Indent nested values by two spaces per level.
        public var pretty = false
        /// Deepest nesting accepted (a guard against runaway structures).
        public var maxDepth = 64
        public init(pretty: Bool = false) { self.pretty = pretty }
    }

    /// The value at `index` as JSON. Raises (throws) for functions, cycles and non-finite depth.
    public static func encode(_ stack: LuaStack, at index: Int, options: Options = Options()) throws -> String {
        let out = try write(stack, at: index, options: options)
        try stack.charge(out.count)
        return String(decoding: out, as: UTF8.self)
    }

    /// Pushes the value at `index` as JSON text, without a Swift `String` copy between.
    public static func push(_ stack: LuaStack, at index: Int, options: Options = Options()) throws {
        let out = try write(stack, at: index, options: options)
        try stack.charge(out.count) // the Lua string it becomes
        out.withUnsafeBufferPointer { stack.push(bytes: $0) }
    }

    /// The output is charged to the run's memory budget as it grows and every value counts as
    /// work, so a table that shares one subtable many times (output exponential in its size)
    /// ends with the memory, instruction or time limit, not with the host exhausted.
    private static func write(_ stack: LuaStack, at index: Int, options: Options) throws -> [UInt8] {
        var writer = Writer(stack: stack, options: options)
        let base = stack.top
        defer { stack.setTop(base) } // an error deep inside leaves its levels' values behind
        try writer.value(at: Int(lua_absindex(stack.L, Int32(index))), depth: 0)
        return writer.out
    }

    struct Writer {
        let stack: LuaStack
        let options: Options
        var out: [UInt8] = []
        var open: Set<UnsafeRawPointer> = []
        /// Output capacity charged to the memory budget so far.
        var charged = 0

        init(stack: LuaStack, options: Options) {
            self.stack = stack
            self.options = options
        }

        /// Room for `extra` more bytes, charged before the buffer grows (geometrically, as an
        /// array does, so charges stay few).
        mutating func ensure(_ extra: Int) throws {
            let need = out.count + extra
            guard need > charged else { return }
            let target = max(need, charged * 2, 4096)
            try stack.charge(target - charged)
            out.reserveCapacity(target)
            charged = target
        }

        var L: OpaquePointer { stack.L }

        mutating func value(at i: Int, depth: Int) throws {
            guard depth <= options.maxDepth else { throw LuaRawError("cannot write JSON nested deeper than \(options.maxDepth) levels") }
            try stack.reserve(4) // one level: a key, a value, and what getField needs
            try stack.countWork(1)
            try ensure(64 + (options.pretty ? depth * 2 : 0))
            switch stack.type(at: i) {
            case .nil, .none: append("null")
            case .boolean: append(stack.boolean(at: i) ? "true" : "false")
            case .number: number(at: i)
            case .string: try string(at: i)
            case .table:
                // A read-only proxy (`r.meta`, `pr`) is written as the table it guards.
                pk_readonly_target(L, Int32(i))
                defer { stack.pop() }
                try table(at: stack.top, depth: depth)
            case .userdata: try object(at: i, depth: depth)
            default: throw LuaRawError("cannot write a \(stack.typeName(at: i)) as JSON")
            }
        }

        mutating func number(at i: Int) {
            if lua_isinteger(L, Int32(i)) != 0 { append(String(stack.integer(at: i)!)); return }
            let d = stack.number(at: i) ?? .nan
            guard d.isFinite else { append("null"); return }
            append(d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : String(d))
        }

        mutating func string(at i: Int) throws {
            var len = 0
            guard let p = pk_tolstring(L, Int32(i), &len) else { append("null"); return }
            let bytes = UnsafeRawBufferPointer(start: p, count: len)
            try ensure(Self.quotedLength(bytes))
            try stack.countWork(len / 64)
            quote(bytes)
        }

        static func quotedLength(_ bytes: UnsafeRawBufferPointer) -> Int {
            var n = 2
            for b in bytes {
                switch b {
                case 0x22, 0x5C, 0x0A, 0x0D, 0x09: n += 2
                case 0..<0x20: n += 6
                default: n += 1
                }
            }
            return n
        }

        mutating func quote(_ bytes: UnsafeRawBufferPointer) {
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            out.append(0x22)
            for b in bytes {
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]]
                default: out.append(b)
                }
            }
            out.append(0x22)
        }

        mutating func key(_ name: String) throws {
            try ensure(name.utf8.count * 6 + 4)
            var name = name
            name.withUTF8 { quote(UnsafeRawBufferPointer($0)) }
            append(options.pretty ? ": " : ":")
        }

        mutating func separator(_ first: Bool, depth: Int) {
            if !first { out.append(0x2C) }
            newline(depth)
        }

        mutating func newline(_ depth: Int) {
            guard options.pretty else { return }
            out.append(0x0A)
            out += Array(repeating: 0x20, count: depth * 2)
        }

        /// A host object: its JSON properties read through `__index`, in declaration order.
        mutating func object(at i: Int, depth: Int) throws {
            guard let (cls, _) = stack.hostObject(at: i) else {
                throw LuaRawError("cannot write a \(stack.typeName(at: i)) as JSON")
            }
            _ = try stack.object(at: i) // a stale handle raises its class's error
            let names = stack.vm.classes[cls].jsonProperties
            append("{")
            for (n, name) in names.enumerated() {
                separator(n == 0, depth: depth + 1)
                try key(name)
                try stack.getField(name, at: i)
                try value(at: stack.top, depth: depth + 1)
                stack.pop()
            }
            if !names.isEmpty { newline(depth) }
            append("}")
        }

        /// A sequence (keys 1…n) becomes an array, anything else an object with sorted keys.
        mutating func table(at i: Int, depth: Int) throws {
            guard let id = lua_topointer(L, Int32(i)), open.insert(id).inserted else {
                throw LuaRawError("cannot write a table that contains itself as JSON")
            }
            defer { open.remove(lua_topointer(L, Int32(i))!) }
            var keys: [String] = []
            var count = 0, isSequence = true
            lua_pushnil(L)
            while lua_next(L, Int32(i)) != 0 { // raw traversal of a table we do not modify
                count += 1
                try stack.countWork(1) // an error here leaves the pair: `write` resets the stack
                switch stack.type(at: -2) {
                case .string: keys.append(stack.string(at: -2)!); isSequence = false
                case .number where lua_isinteger(L, -2) != 0:
                    let k = stack.integer(at: -2)!
                    if k < 1 { isSequence = false }
                    keys.append(String(k))
                case .number: keys.append(stack.tostring(at: -2)); isSequence = false
                default:
                    let type = stack.typeName(at: -2)
                    stack.pop(2)
                    throw LuaRawError("cannot write a table with \(type) keys as JSON")
                }
                stack.pop()
            }
            if isSequence && Int(lua_rawlen(L, Int32(i))) == count {
                append("[")
                for n in 0..<count {
                    separator(n == 0, depth: depth + 1)
                    lua_rawgeti(L, Int32(i), lua_Integer(n + 1))
                    try value(at: stack.top, depth: depth + 1)
                    stack.pop()
                }
                if count > 0 { newline(depth) }
                append("]")
                return
            }
            append("{")
            for (n, k) in keys.sorted().enumerated() {
                separator(n == 0, depth: depth + 1)
                try key(k)
                // Keys were collected as text: a number key is found again by its number.
                if stack.rawGet(k, at: i) == .nil {
                    stack.pop()
                    if let int = Int(k) { stack.push(int) } else { stack.push(Double(k) ?? .nan) }
                    lua_rawget(L, Int32(i))
                }
                try value(at: stack.top, depth: depth + 1)
                stack.pop()
            }
            if !keys.isEmpty { newline(depth) }
            append("}")
        }

        mutating func append(_ s: String) { out += s.utf8 }
    }
}
