import Foundation

/// `docs/pranalyze.d.lua`: LuaLS (lua-language-server) definitions, so editors complete and check
/// `r.paragraphs[1].sentences[1].text` (`pranalyze docs --luals > pranalyze.d.lua`).
extension APIRegistry {
    public func luaLS() -> String {
        var out = """
            ---@meta pranalyze
            -- LuaLS definitions for the pranalyze Lua API \(version).
            -- Generated from the API registry by `pranalyze docs --luals`; do not edit by hand.

            """
        for c in classes { out += "\n" + luaLS(c) }
        for m in modules { out += "\n" + luaLS(m) }
        out += "\n" + scriptLuaLS()
        return out
    }

    func luaLS(_ c: AnyLuaClass) -> String {
        var out = Self.comment(c.doc) + "---@class \(c.name)\n"
        for p in c.members where p.kind == .property {
            out += "---@field \(p.name) \(p.type) \(Self.oneLine(p.doc))\n"
        }
        out += "local \(c.name) = {}\n"
        for m in c.members where m.kind == .method {
            out += "\n" + function("\(c.name):\(m.name)", LuaSignature(m.type), doc: m.doc)
        }
        return out
    }

    func luaLS(_ m: Module) -> String {
        var out = Self.comment(m.doc) + "---@class \(m.path)\n"
        for f in m.fields { out += "---@field \(f.name) \(f.type) \(Self.oneLine(f.doc))\n" }
        for sub in m.submodules { out += "---@field \(sub.split(separator: ".").last!) \(sub)\n" }
        out += "\(m.path) = {}\n"
        for f in m.functions {
            out += "\n" + function("\(m.path).\(f.name)", LuaSignature(f.signature), doc: f.doc)
        }
        return out
    }

    func function(_ name: String, _ sig: LuaSignature, doc: String) -> String {
        var out = Self.comment(doc)
        for p in sig.parameters { out += "---@param \(p.name)\(p.optional ? "?" : "") \(p.type)\n" }
        if let r = sig.returns { out += "---@return \(r)\n" }
        return out + "function \(name)(\(sig.parameters.map(\.name).joined(separator: ", "))) end\n"
    }

    /// The shape of a script's table, so editors check hook signatures and `meta`.
    func scriptLuaLS() -> String {
        var out = """
            ---An argument declared in `meta.args`, set with `--arg name=value`.
            ---@class ScriptArg
            ---@field name string
            ---@field type "string"|"integer"|"number"|"boolean"|"date"|"list"
            ---@field default any
            ---@field doc string?
            ---@field required boolean?

            ---@class ScriptMeta

            """
        for (name, type, doc) in Self.metaFields { out += "---@field \(name) \(type) \(Self.oneLine(doc))\n" }
        out += "\n" + Self.comment(Self.contractIntro) + "---@class Script\n---@field meta ScriptMeta?\n"
        for h in hooks { out += "---@field \(h.name) (\(LuaSignature(h.signature).functionType))? \(Self.oneLine(h.doc))\n" }
        return out
    }

    static func comment(_ text: String) -> String {
        text.isEmpty ? "" : text.split(separator: "\n", omittingEmptySubsequences: false).map { "---\($0)\n" }.joined()
    }

    static func oneLine(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }
}
