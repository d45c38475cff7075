import Foundation

/// `pranalyze docs [TOPIC]` in a terminal: an overview, or one topic with its members aligned.
extension APIRegistry {
    public func overview() -> String {
        var out = "pranalyze Lua API \(version) — `pranalyze docs TOPIC` for details, `--markdown` or `--luals` for files.\n\n"
        out += "Script contract\n  script  " + Self.firstSentence(Self.contractIntro) + "\n\nModules\n"
        out += Self.aligned(modules.map { ($0.path, Self.firstSentence($0.doc)) })
        out += "\nTypes\n" + Self.aligned(classes.map { ($0.name, Self.firstSentence($0.doc)) })
        return out
    }

    public func text(_ topic: Topic) -> String {
        switch topic {
        case .script:
            var out = "Script contract\n\n\(Self.contractIntro)\n\n" + Self.indent(Self.contractExample) + "\n\nFunctions a script may define\n"
            out += Self.aligned(hooks.map { ("\($0.name)\($0.signature)", $0.doc) })
            out += "\nmeta fields\n" + Self.aligned(Self.metaFields.map { ("\($0.0): \($0.1)", $0.2) })
            return out
        case .module(let m):
            var out = "\(m.path) — \(m.doc)\n"
            if !m.fields.isEmpty { out += "\nFields\n" + Self.aligned(m.fields.map { ("\(m.path).\($0.name): \($0.type)", $0.doc) }) }
            if !m.functions.isEmpty { out += "\nFunctions\n" + Self.aligned(m.functions.map { ("\(m.path).\($0.name)\($0.signature)", $0.doc) }) }
            if !m.submodules.isEmpty { out += "\nSubmodules\n" + m.submodules.map { "  \($0)\n" }.joined() }
            return out
        case .function(let m, let f):
            return "\(m.path).\(f.name)\(f.signature)\n\n\(f.doc)\n" + (f.example.map { "\nExample\n" + Self.indent($0) + "\n" } ?? "")
        case .field(let m, let f):
            return "\(m.path).\(f.name): \(f.type)\n\n\(f.doc)\n"
        case .type(let c):
            var out = "\(c.name) — \(c.doc)\n"
            let props = c.members.filter { $0.kind == .property }
            if !props.isEmpty { out += "\nProperties\n" + Self.aligned(props.map { ("\($0.name): \($0.type)", $0.doc) }) }
            let methods = c.members.filter { $0.kind == .method }
            if !methods.isEmpty { out += "\nMethods\n" + Self.aligned(methods.map { (":\($0.name)\($0.type)", $0.doc) }) }
            if let example = c.example { out += "\nExample\n" + Self.indent(example) + "\n" }
            return out
        case .member(let c, let m):
            let head = m.kind == .property ? "\(c.name).\(m.name): \(m.type)" : "\(c.name):\(m.name)\(m.type)"
            return "\(head)\n\n\(m.doc)\n" + (m.example.map { "\nExample\n" + Self.indent($0) + "\n" } ?? "")
        }
    }

    /// Markdown for one topic (`pranalyze docs TOPIC --markdown`).
    public func markdown(_ topic: Topic) -> String {
        switch topic {
        case .script: return scriptMarkdown()
        case .module(let m), .function(let m, _), .field(let m, _): return markdown(m)
        case .type(let c), .member(let c, _): return markdown(c)
        }
    }

    public func name(of topic: Topic) -> String {
        switch topic {
        case .script: return "script"
        case .module(let m): return m.path
        case .function(let m, let f): return "\(m.path).\(f.name)"
        case .field(let m, let f): return "\(m.path).\(f.name)"
        case .type(let c): return c.name
        case .member(let c, let m): return "\(c.name).\(m.name)"
        }
    }

    static func aligned(_ rows: [(String, String)]) -> String {
        let width = min(40, rows.map(\.0.count).max() ?? 0)
        return rows.map { name, doc in
            let pad = name.count < width ? String(repeating: " ", count: width - name.count) : ""
            return "  \(name)\(pad)  \(doc)\n"
        }.joined()
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n")
    }

    static func firstSentence(_ text: String) -> String {
        guard let r = text.range(of: ". ") else { return text }
        return String(text[..<r.lowerBound]) + "."
    }
}
