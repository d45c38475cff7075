import LuaKit

/// `:help` topics from the same declarations that register the API.
enum APIHelp {
    static var topics: [String] {
        ["pr"] + ModelClasses.declarations.map(\.name)
    }

    static func text(for topic: String) -> String? {
        if let cls = ModelClasses.declarations.first(where: { $0.name.lowercased() == topic.lowercased() }) {
            let width = cls.members.map(\.name.count).max() ?? 0
            let lines = cls.members.map { m in
                "  \(m.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(m.type)  \(m.doc)"
            }
            return "\(cls.name)\n" + lines.joined(separator: "\n")
        }
        return moduleHelp(PrModule.make(), path: "pr", topic: topic)
    }

    private static func moduleHelp(_ module: LuaModule, path: String, topic: String) -> String? {
        if topic == path {
            var lines = [path + (module.doc.isEmpty ? "" : ": " + module.doc)]
            lines += module.functions.map { "  \(path).\($0.name)\($0.signature.hasPrefix("(") ? "" : " ")\($0.signature)" }
            lines += module.fields.map { "  \(path).\($0.name)  \($0.type)" }
            lines += module.submodules.map { "  \(path).\($0.name)  (module)" }
            return lines.joined(separator: "\n")
        }
        for f in module.functions where "\(path).\(f.name)" == topic {
            return "\(topic)\(f.signature)\n  \(f.doc)" + (f.example.map { "\n  Example: \($0)" } ?? "")
        }
        for m in module.submodules {
            if let text = moduleHelp(m, path: "\(path).\(m.name)", topic: topic) { return text }
        }
        return nil
    }
}
