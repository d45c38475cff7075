/// A table of host functions (and nested modules) declared once, with documentation, so the same
/// declaration registers the functions and generates the API reference and editor definitions.
public final class LuaModule {
    public struct Function {
        public var name: String
        /// `(s: string, n?: integer) -> string[]`
        public var signature: String
        public var doc: String
        public var example: String?
        /// The version that introduced it (nil: the module's own `since`).
        public var since: String?
        /// nil for functions defined in Lua by a `prelude` and declared with `declare`.
        public var body: LuaFunction?
    }

    public struct Field {
        public var name: String
        public var type: String
        public var doc: String
        public var since: String?
        public var push: (LuaStack) -> Void
    }

    public let name: String
    public var doc: String
    /// The version that introduced the module.
    public var since: String?
    public private(set) var functions: [Function] = []
    public private(set) var fields: [Field] = []
    public private(set) var submodules: [LuaModule] = []
    /// Lua source run once the table exists, receiving it as `...`: helpers better written in Lua.
    public private(set) var luaPrelude: [String] = []

    public init(_ name: String, doc: String = "") {
        self.name = name
        self.doc = doc
    }

    public func function(_ name: String, _ signature: String, doc: String, example: String? = nil,
                         since: String? = nil, _ body: @escaping LuaFunction) {
        functions.append(Function(name: name, signature: signature, doc: doc, example: example, since: since, body: body))
    }

    /// Documents a function that a `prelude` defines in Lua (so it is listed like the others).
    public func declare(_ name: String, _ signature: String, doc: String, example: String? = nil,
                        since: String? = nil) {
        functions.append(Function(name: name, signature: signature, doc: doc, example: example, since: since, body: nil))
    }

    public func field(_ name: String, _ type: String, doc: String, since: String? = nil,
                      _ push: @escaping (LuaStack) -> Void) {
        fields.append(Field(name: name, type: type, doc: doc, since: since, push: push))
    }

    public func add(_ module: LuaModule) { submodules.append(module) }

    /// Adds Lua-defined members: `source` is a chunk receiving the module table as `...`.
    public func prelude(_ source: String) { luaPrelude.append(source) }

    /// Pushes the module as a new table.
    public func push(on vm: LuaVM) throws {
        let s = vm.stack
        s.newTable(fields: functions.count + fields.count + submodules.count)
        for f in functions { if let body = f.body { s.setField(f.name) { s.push(function: body) } } }
        for f in fields { s.setField(f.name) { f.push(s) } }
        for m in submodules {
            try m.push(on: vm)
            s.setField(m.name, at: -2) {}
        }
        for source in luaPrelude {
            let table = s.top
            try vm.load(source, name: "=[pranalyze \(name)]")
            s.pushValue(at: table)
            try vm.call(arguments: 1, results: 0)
        }
    }
}
