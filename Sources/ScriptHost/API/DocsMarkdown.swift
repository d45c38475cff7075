import Foundation

/// `docs/lua-api.md`: the whole registry as Markdown (`pranalyze docs --markdown`).
/// Deterministic: a test compares the committed file with this output.
extension APIRegistry {
    /// How scripts are structured; shared by the Markdown and terminal renderers.
    static let contractIntro = """
        A script returns a table (or defines globals of the same names). All parts are optional; a \
        chunk that defines none of them is simply run, so one-liners with `pr.releases()` work as they are.
        """

    static let metaFields: [(String, String, String)] = [
        ("name", "string?", "Shown in messages and listings (default: the file name)."),
        ("description", "string?", "One line saying what the script reports."),
        ("args", "ScriptArg[]?", "Arguments set with `--arg name=value`: each `{ name, type, default, doc, required }`; `type` is one of `string`, `integer`, `number`, `boolean`, `date` (`YYYY-MM-DD`), `list` (comma-separated). Unknown or ill-typed values are a usage error (exit 2) before any hook runs."),
        ("needs", "string[]?", "Release properties the hooks read, so the parser computes them up front (the hooks defined imply their own)."),
    ]

    static let contractExample = """
        return {
          meta = { name = "long-paragraphs", description = "Paragraphs over a word limit",
                   args = { { name = "min_words", type = "integer", default = 80, doc = "the limit" } } },
          init = function(args) limit = args.min_words; count = 0 end,
          Release = function(r) return r.date ~= nil end,        -- false drops the release
          Paragraph = function(p, r)
            if select(2, p.text:gsub("%S+", "")) > limit then count = count + 1 end
          end,
          finish = function()
            return pr.report.summary{ title = "Long paragraphs", { "Paragraphs over " .. limit .. " words", count } }
          end,
        }
        """

    public func markdown() -> String {
        var out = """
            # pranalyze Lua API

            Generated from the API registry by `pranalyze docs --markdown` (version \(version)); \
            do not edit by hand. Editor definitions: `pranalyze docs --luals > pranalyze.d.lua`.

            ## Contents

            - [Script contract](#script-contract)

            """
        for m in modules { out += "- [`\(m.path)`](#\(Self.anchor(m.path)))\n" }
        for c in classes { out += "- [`\(c.name)`](#\(Self.anchor(c.name)))\n" }
        out += "\n" + scriptMarkdown()
        for m in modules { out += "\n" + markdown(m) }
        for c in classes { out += "\n" + markdown(c) }
        return out
    }

    func scriptMarkdown() -> String {
        var out = "## Script contract\n\n\(Self.contractIntro)\n\n```lua\n\(Self.contractExample)\n```\n\n"
        out += "| function | signature | description |\n|---|---|---|\n"
        for h in hooks { out += "| `\(h.name)` | `\(Self.cell(h.signature))` | \(Self.cell(h.doc)) |\n" }
        out += "\n`meta` fields:\n\n| field | type | description |\n|---|---|---|\n"
        for (name, type, doc) in Self.metaFields { out += "| `\(name)` | `\(Self.cell(type))` | \(Self.cell(doc)) |\n" }
        return out
    }

    func markdown(_ m: Module) -> String {
        var out = "## \(m.path)\n\n\(m.doc)\n"
        if let since = m.since { out += "\nSince \(since).\n" }
        if !m.fields.isEmpty {
            out += "\n| field | type | description |\n|---|---|---|\n"
            for f in m.fields { out += "| `\(m.path).\(f.name)` | `\(Self.cell(f.type))` | \(Self.cell(f.doc))\(Self.since(f.since, m.since)) |\n" }
        }
        for f in m.functions {
            out += "\n### `\(m.path).\(f.name)\(f.signature)`\n\n\(f.doc)\(Self.since(f.since, m.since))\n"
            if let example = f.example { out += "\n```lua\n\(example)\n```\n" }
        }
        if !m.submodules.isEmpty { out += "\nSubmodules: " + m.submodules.map { "[`\($0)`](#\(Self.anchor($0)))" }.joined(separator: ", ") + ".\n" }
        return out
    }

    func markdown(_ c: AnyLuaClass) -> String {
        var out = "## \(c.name)\n\n\(c.doc)\n"
        if let since = c.since { out += "\nSince \(since).\n" }
        if let example = c.example { out += "\n```lua\n\(example)\n```\n" }
        let props = c.members.filter { $0.kind == .property }
        if !props.isEmpty {
            out += "\n| property | type | description |\n|---|---|---|\n"
            for p in props {
                out += "| `\(p.name)` | `\(Self.cell(p.type))` | \(Self.cell(p.doc))\(Self.since(p.since, c.since))"
                if let example = p.example { out += " Example: `\(Self.cell(example))`" }
                out += " |\n"
            }
        }
        for m in c.members where m.kind == .method {
            out += "\n### `\(c.name):\(m.name)\(m.type)`\n\n\(m.doc)\(Self.since(m.since, c.since))\n"
            if let example = m.example { out += "\n```lua\n\(example)\n```\n" }
        }
        return out
    }

    static func since(_ own: String?, _ parent: String?) -> String {
        guard let own, own != parent else { return "" }
        return " (since \(own))"
    }

    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " }
            .map { $0 == " " ? "-" : $0 })
    }
}
