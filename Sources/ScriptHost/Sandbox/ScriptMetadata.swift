import Foundation
import LuaKit

/// Why a script's `meta` could not be read.
public struct ScriptMetadataError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

extension ScriptHost {
    /// Memory and instructions the metadata state may use: declaring a table costs far less.
    static let metadataMemory = 1 << 20
    static let metadataInstructions = 100_000

    /// Reads a script's `meta` table without running it in a real host: the chunk runs in a fresh,
    /// tiny state (a reduced base library, no `pr`, no `require`, 1 MB, 100k instructions, no
    /// hooks called) and the table it returns gives `meta`, else the global `meta`.
    public static func readMetadata(source: String, name: String) throws -> LuaValue {
        let vm = try LuaVM(options: .init(libraries: .minimal, memoryLimit: metadataMemory))
        vm.setInstructionLimit(metadataInstructions)
        vm.setDeadline(seconds: 2)
        let returned: [LuaValue]
        do {
            returned = try vm.run(source, name: name)
        } catch let error as LuaError {
            throw ScriptMetadataError(message: "\(name): cannot read meta: \(error.message)")
        }
        var meta = returned.first?["meta"] ?? .nil
        if meta == .nil { meta = vm.global("meta") }
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
            throw ScriptMetadataError(message: "\(name): no meta table (return { meta = { name = …, description = … }, … } "
                + "or set a global meta); found \(found)")
        }
        return meta
    }

    /// Reads the `meta` of a script file (see `readMetadata(source:name:)`).
    public static func readMetadata(path: String) throws -> LuaValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScriptMetadataError(message: "cannot read script \(path)")
        }
        return try readMetadata(source: String(decoding: data, as: UTF8.self), name: path)
    }
}
