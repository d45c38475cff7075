import CLuaShim

/// Holds the Swift object behind a Lua userdata. `invalidate()` cuts the link (the host does this
/// when the object's lifetime ends); later use from Lua raises a clear error instead of crashing.
public final class LuaObjectBox {
    public private(set) var object: AnyObject?
    /// Read by the shim's `__index` (1 alive, 0 invalidated) so that a stale handle never serves
    /// a cached value; owned here, so it lives exactly as long as the userdata holding the box.
    let alive: UnsafeMutablePointer<Int32>
    public init(_ object: AnyObject) {
        self.object = object
        alive = .allocate(capacity: 1)
        alive.initialize(to: 1)
    }
    deinit { alive.deallocate() }
    public var isValid: Bool { object != nil }
    public func invalidate() {
        object = nil
        alive.pointee = 0
    }
}

/// One declared member of a host class, kept for documentation and completion.
public struct LuaMember: Sendable {
    public enum Kind: String, Sendable { case property, method }
    public var name: String
    public var kind: Kind
    /// Lua type as documented (`string`, `integer`, `Quote[]`, `string?`).
    public var type: String
    public var doc: String
    /// A short Lua snippet showing the member in use.
    public var example: String?
    /// The version that introduced it (nil: the class's own `since`).
    public var since: String?
    /// Included when the object is written as JSON (false for links back up the tree).
    public var json: Bool = true
}

/// Declares a userdata type over Swift objects of type `T`: lazy properties (computed on first
/// read, then cached in the userdata unless declared `cached: false`), methods and metamethods.
public final class LuaClass<T: AnyObject> {
    public let name: String
    /// Error raised when a handle outlives its object.
    public var staleMessage: String
    /// What the type is, for the generated documentation.
    public var doc: String = ""
    /// A short snippet showing the type in use.
    public var example: String?
    /// The version that introduced the type.
    public var since: String?
    public private(set) var members: [LuaMember] = []
    var getters: [(LuaStack, AnyObject) throws -> Void] = []
    var cachedFlags: [Bool] = []
    var methods: [(String, LuaFunction)] = []
    var metamethods: [(String, LuaFunction)] = []

    /// What makes two handles equal under `==` (default: the same Swift object).
    var identity: (T) -> AnyHashable = { AnyHashable(ObjectIdentifier($0)) }

    public init(_ name: String, staleMessage: String? = nil) {
        self.name = name
        self.staleMessage = staleMessage ?? "this \(name) is no longer valid (its release has been processed: keep the values you need, not the handle)"
    }

    /// Handles compare equal (`==`) when `key` gives equal values, e.g. the same release and index.
    public func identity(_ key: @escaping (T) -> AnyHashable) { identity = key }

    /// A property: `get` pushes exactly one value.
    /// `json: false` leaves the property out of `pr.json` (for links back to a parent).
    public func property(_ name: String, _ type: String, cached: Bool = true, doc: String = "",
                         example: String? = nil, since: String? = nil, json: Bool = true,
                         _ get: @escaping (LuaStack, T) throws -> Void) {
        members.append(LuaMember(name: name, kind: .property, type: type, doc: doc, example: example,
                                 since: since, json: json))
        getters.append { stack, object in try get(stack, object as! T) }
        cachedFlags.append(cached)
    }

    /// A method called as `obj:name(...)`; argument 1 is the object itself.
    public func method(_ name: String, _ signature: String, doc: String = "", example: String? = nil,
                       since: String? = nil, _ body: @escaping (LuaStack, T) throws -> Int) {
        members.append(LuaMember(name: name, kind: .method, type: signature, doc: doc, example: example,
                                 since: since, json: false))
        let className = self.name
        methods.append((name, { stack in
            guard let object = try stack.object(at: 1, className: className) as? T else {
                throw LuaArgumentError(1, "\(className) expected, got \(stack.typeName(at: 1))")
            }
            return try body(stack, object)
        }))
    }

    /// A metamethod such as `__tostring`, `__eq`, `__len`, `__pairs`, `__lt`.
    public func metamethod(_ name: String, _ body: @escaping LuaFunction) {
        metamethods.append((name, body))
    }

    public var propertyNames: [String] { members.filter { $0.kind == .property }.map(\.name) }
}

struct LuaClassEntry {
    let name: String
    let staleMessage: String
    let getters: [(LuaStack, AnyObject) throws -> Void]
    let members: [LuaMember]
    /// Properties written by `LuaJSON`, in declaration order.
    let jsonProperties: [String]
}

/// A registered class: pushes handles for objects of `T`.
public struct LuaClassID<T: AnyObject> {
    public let id: Int32
    public let name: String
}

extension LuaVM {
    /// Registers a class; objects are then pushed with `push(_:as:)`.
    public func define<T>(_ cls: LuaClass<T>) throws -> LuaClassID<T> {
        let id = Int32(classes.count)
        let s = stack
        s.newTable()
        s.setField("__name") { s.push(cls.name) }
        s.setField("props") {
            s.newTable(fields: cls.getters.count)
            var n = 0
            for m in cls.members where m.kind == .property {
                n += 1
                // Positive ids are cached after the first read, negative ones recomputed.
                let flag = cls.cachedFlags[n - 1] ? n : -n
                s.setField(m.name) { s.push(flag) }
            }
        }
        s.setField("methods") {
            s.newTable(fields: cls.methods.count)
            for (name, fn) in cls.methods { s.setField(name) { s.push(function: fn) } }
        }
        for (name, fn) in cls.metamethods { s.setField(name) { s.push(function: fn) } }
        let declared = Set(cls.metamethods.map(\.0))
        if !declared.contains("__pairs") { s.setField("__pairs") { s.push(function: Self.pairs(cls.propertyNames)) } }
        if !declared.contains("__eq") {
            let identity = cls.identity
            s.setField("__eq") {
                s.push(function: { s in
                    let a = try s.object(at: 1) as? T, b = try s.object(at: 2) as? T
                    s.push(a != nil && b != nil && identity(a!) == identity(b!))
                    return 1
                })
            }
        }
        let status = pk_defineclass(L, id)
        if status != LUA_OK { throw popError(status) }
        classes.append(LuaClassEntry(name: cls.name, staleMessage: cls.staleMessage, getters: cls.getters,
                                     members: cls.members,
                                     jsonProperties: cls.members.filter { $0.kind == .property && $0.json }.map(\.name)))
        return LuaClassID(id: id, name: cls.name)
    }

    /// `__pairs`: the properties in declaration order, each read through `__index`.
    static func pairs(_ names: [String]) -> LuaFunction {
        let order = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let next: LuaFunction = { s in
            let position = s.string(at: 2).flatMap { order[$0] }.map { $0 + 1 } ?? 0
            guard position < names.count else { s.pushNil(); return 1 }
            s.push(names[position])
            try s.getField(names[position], at: 1)
            return 2
        }
        return { s in
            s.push(function: next)
            s.pushValue(at: 1)
            s.pushNil()
            return 3
        }
    }

    /// Pushes a new handle for `object`; returns its box so the host can invalidate it later.
    @discardableResult
    public func push<T>(_ object: T, as cls: LuaClassID<T>) -> LuaObjectBox {
        let box = LuaObjectBox(object)
        pk_pushobject(L, Unmanaged.passRetained(box).toOpaque(), cls.id, box.alive)
        return box
    }

    /// Pushes a handle around an existing box (several handles may share one box).
    public func push<T>(box: LuaObjectBox, as cls: LuaClassID<T>) {
        pk_pushobject(L, Unmanaged.passRetained(box).toOpaque(), cls.id, box.alive)
    }
}

extension LuaStack {
    /// The class id and box of the host object at `i`: nil when it is not a host object; a nil
    /// box when it was finalised (and is being used again from a weak table or a resurrection).
    func hostObject(at i: Int) -> (cls: Int, box: LuaObjectBox?)? {
        var cls: Int32 = -1
        let raw = pk_toobject(L, Int32(i), -1, &cls)
        guard cls >= 0 && Int(cls) < vm.classes.count else { return nil }
        return (Int(cls), raw.map { Unmanaged<LuaObjectBox>.fromOpaque($0).takeUnretainedValue() })
    }

    /// The Swift object behind a host userdata at `i`, or nil when it is not one.
    /// Throws the class's stale-handle error when the object is gone.
    public func object(at i: Int, className: String? = nil) throws -> AnyObject? {
        guard let (cls, box) = hostObject(at: i) else { return nil }
        guard let object = box?.object else { throw LuaRawError(vm.classes[cls].staleMessage) }
        return object
    }

    /// The class name and declared members of the host object at `i`, or nil when it is not one
    /// (for completion and help: no property is computed).
    public func hostClass(at i: Int) -> (name: String, members: [LuaMember])? {
        guard let (cls, _) = hostObject(at: i) else { return nil }
        let entry = vm.classes[cls]
        return (entry.name, entry.members)
    }

    /// The box behind a live host userdata at `i` (for identity comparisons), or nil.
    public func objectBox(at i: Int) -> LuaObjectBox? { hostObject(at: i)?.box }
}
