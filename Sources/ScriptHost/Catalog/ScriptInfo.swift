import Foundation
import LuaKit

/// What a script says about itself, read with `ScriptHost.readMetadata` (no hook runs).
public struct ScriptInfo: Sendable {
    public var name: String
    public var description: String?
    public var arguments: [ScriptArgument]
    /// Why the metadata could not be read, when it could not (the script is still listed).
    public var problem: String?

    public init(path: String, fallbackName: String) {
        name = fallbackName
        arguments = []
        do {
            let meta = try ScriptHost.readMetadata(path: path)
            if let n = meta["name"].string, !n.isEmpty { name = n }
            description = meta["description"].string
            if meta["args"] != .nil {
                arguments = try meta["args"].array.enumerated().map { try ScriptArgument(declaration: $1, position: $0 + 1) }
            }
        } catch let e as ScriptHostError where e.kind == .missingMeta {
            description = "(no meta: a plain script)"
        } catch let e as ScriptHostError where e.kind == .metadata {
            // A chunk that never mentions meta is a plain script (a loop over pr.releases()),
            // which cannot run without a corpus: undescribed rather than broken.
            let source = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
            if let source, !source.contains("meta") {
                description = "(no meta: a plain script)"
            } else {
                problem = e.message
            }
        } catch let e as ScriptHostError {
            problem = e.message
        } catch {
            problem = "\(error)"
        }
    }

    /// The description's first line (what `pranalyze scripts` shows).
    public var summary: String {
        guard let description else { return problem == nil ? "(no description)" : "(meta unreadable)" }
        return description.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
    }

    /// `term=<string> [limit=<integer, 20>]`: required arguments bare, optional ones in brackets.
    public var argumentSynopsis: String {
        arguments.map { a in
            let d = a.defaultValue == .nil ? "" : ", \(Self.show(a.defaultValue))"
            let text = "\(a.name)=<\(a.kind.rawValue)\(d)>"
            return a.required && a.defaultValue == .nil ? text : "[\(text)]"
        }.joined(separator: " ")
    }

    public static func show(_ value: LuaValue) -> String {
        switch value {
        case .string(let s): return s.isEmpty ? "\"\"" : s
        case .table:
            let items = value.array.map { $0.description }
            return items.isEmpty ? "none" : items.joined(separator: ",")
        default: return value.description
        }
    }
}
