import Foundation
import LuaKit

extension ScriptHost {
    /// Memory and instructions the metadata state may use: declaring a table costs far less.
    static let metadataMemory = 1 << 20
    static let metadataInstructions = 100_000

    /// Makes the script's top level harmless without a host: `pr` and whatever `require` returns
    /// are one inert stub (any field, call or concatenation gives the stub back), so a script that
    /// says `local top = pr.stats.top` or `local lib = require "pranalyze.lib.people"` still lists.
    /// Then the functions a declaration has no use for (print, load, metatables) are removed.
    static let metadataPrelude = """
        local stub
        stub = setmetatable({}, {
          __index = function() return stub end, __call = function() return stub end,
          __newindex = function() end, __concat = function() return "" end,
          __len = function() return 0 end, __tostring = function() return "(pr: metadata only)" end,
        })
        pr = stub
        require = function() return stub end
        print, load, setmetatable, getmetatable, collectgarbage, warn = nil, nil, nil, nil, nil, nil
        """

    /// Reads a script's `meta` table without running it in a real host: the chunk runs in a fresh,
    /// tiny state (the sandbox's libraries without print, load or metatables, an inert `pr` and `require`,
    /// 1 MB, 100k instructions, no hooks called) and the table it returns gives `meta`, else the
    /// global `meta`.
    public static func readMetadata(source: String, name: String) throws -> LuaValue {
        let vm = try LuaVM(options: .init(libraries: .sandboxed, memoryLimit: metadataMemory))
        vm.setInstructionLimit(metadataInstructions)
        vm.setDeadline(seconds: 2)
        let returned: [LuaValue]
        do {
            _ = try vm.run(metadataPrelude, name: "=[metadata]")
            returned = try vm.run(source, name: name)
        } catch let error as LuaError {
            throw ScriptHostError(.metadata, "\(name): cannot read meta: \(error.message)")
        }
        var meta = returned.first?["meta"] ?? .nil
        if meta == .nil {
            do { meta = try vm.global("meta") } catch let error as LuaError {
                throw ScriptHostError(.metadata, "\(name): cannot read meta: \(error.message)")
            }
        }
        guard case .table = meta else {
            let found: String
            switch meta {
            case .nil: found = "none"
            case .integer, .number: found = "a number"
            case .string: found = "a string"
            case .boolean: found = "a boolean"
            case .opaque(let type): found = "a \(type)"
            case .table: found = "a table"
            }
            throw ScriptHostError(meta == .nil ? .missingMeta : .metadata, "\(name): no meta table (return { meta = { name = …, description = … }, … } "
                + "or set a global meta); found \(found)")
        }
        return meta
    }

    /// Reads the `meta` of a script file (see `readMetadata(source:name:)`).
    public static func readMetadata(path: String) throws -> LuaValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScriptHostError(.metadata, "cannot read script \(path)")
        }
        return try readMetadata(source: String(decoding: data, as: UTF8.self), name: path)
    }
}
