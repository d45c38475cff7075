import LuaKit

/// Every binding of the Lua API, declared once: the model classes (`ModelClasses.declarations`),
/// the `pr` module tree (any submodule added to `pr` appears here by itself) and the script hooks.
/// The same declarations build the metatables, so the docs cannot drift from what scripts see.
public struct APIRegistry {
    /// A module of the `pr` tree, flattened: `pr`, `pr.stats`, …
    public struct Module {
        public let path: String
        public let doc: String
        public let since: String?
        public let functions: [LuaModule.Function]
        public let fields: [LuaModule.Field]
        public let submodules: [String]
    }

    /// A function scripts may define (`init`, `Release`, `Paragraph`, …, `finish`).
    public struct Hook {
        public let name: String
        public let signature: String
        public let doc: String
    }

    public let version: String
    public let classes: [AnyLuaClass]
    public let modules: [Module]
    public let hooks: [Hook]

    public init(classes: [AnyLuaClass], root: LuaModule, hooks: [Hook], version: String) {
        self.classes = classes
        self.hooks = hooks
        self.version = version
        var modules: [Module] = []
        func walk(_ m: LuaModule, _ prefix: String?, inheritedSince: String?) {
            let path = prefix.map { "\($0).\(m.name)" } ?? m.name
            let since = m.since ?? inheritedSince
            modules.append(Module(path: path, doc: m.doc, since: since, functions: m.functions, fields: m.fields,
                                  submodules: m.submodules.map { "\(path).\($0.name)" }))
            for sub in m.submodules { walk(sub, path, inheritedSince: since) }
        }
        walk(root, nil, inheritedSince: nil)
        self.modules = modules
    }

    /// The API of this build.
    public static var standard: APIRegistry {
        let available = Set(["init", "Release", "finish"] + ElementHook.available.map(\.name))
        return APIRegistry(
            classes: ModelClasses.declarations + LibraryClasses.declarations, root: PrModule.make(),
            hooks: ScriptContract.hooks.filter { available.contains($0.name) }
                .map { Hook(name: $0.name, signature: $0.signature, doc: $0.doc) },
            version: PrModule.version)
    }

    /// What `pranalyze docs TOPIC` can show.
    public enum Topic {
        case script
        case module(Module)
        case function(Module, LuaModule.Function)
        case field(Module, LuaModule.Field)
        case type(AnyLuaClass)
        case member(AnyLuaClass, LuaMember)
    }

    /// Finds a topic by name, case-insensitively: `script`, `pr`, `pr.stats`, `pr.releases`,
    /// `Release`, `Release.headline`; a bare member name (`releases`, `headline`) when unique.
    public func topics(matching query: String) -> [Topic] {
        let q = query.lowercased()
        if ["script", "contract", "hooks", "meta"].contains(q) { return [.script] }
        var exact: [Topic] = [], bare: [Topic] = []
        for m in modules {
            if m.path.lowercased() == q { exact.append(.module(m)) }
            for f in m.functions {
                if "\(m.path).\(f.name)".lowercased() == q { exact.append(.function(m, f)) }
                if f.name.lowercased() == q { bare.append(.function(m, f)) }
            }
            for f in m.fields {
                if "\(m.path).\(f.name)".lowercased() == q { exact.append(.field(m, f)) }
                if f.name.lowercased() == q { bare.append(.field(m, f)) }
            }
        }
        for c in classes {
            if c.name.lowercased() == q { exact.append(.type(c)) }
            for member in c.members {
                if "\(c.name).\(member.name)".lowercased() == q || "\(c.name):\(member.name)".lowercased() == q {
                    exact.append(.member(c, member))
                }
                if member.name.lowercased() == q { bare.append(.member(c, member)) }
            }
        }
        if hooks.contains(where: { $0.name.lowercased() == q }) && exact.isEmpty { return [.script] }
        return exact.isEmpty ? bare : exact
    }

    /// Every topic name, for suggestions and completion.
    public var topicNames: [String] {
        var names = ["script"]
        for m in modules {
            names.append(m.path)
            names += m.functions.map { "\(m.path).\($0.name)" }
            names += m.fields.map { "\(m.path).\($0.name)" }
        }
        for c in classes {
            names.append(c.name)
            names += c.members.map { "\(c.name).\($0.name)" }
        }
        return names
    }
}
