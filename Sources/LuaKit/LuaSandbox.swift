import CLuaShim
import Foundation

/// The standard libraries a state opens.
public enum LuaLibraries: Int32, Sendable {
    /// base, coroutine, string, table, math, utf8 — text-only `load`, `collectgarbage("count")` only,
    /// no `dofile`/`loadfile`/`string.dump`/`require` (until `installRequire`), no `__gc`, a bounded
    /// `warn`, read-only library tables, locked string and global metatables.
    case sandboxed = 0
    /// The sandbox's libraries unrestricted, plus io, os and package (never debug: it could unhook
    /// the limits). Library tables and metatables stay locked.
    case trusted = 1
    /// Every standard library, as `luaL_openlibs` opens them (tests and tools only).
    case all = 2
    /// A reduced base library for reading declarations: no print, load, require, metatables.
    case minimal = 3
}

/// A host error that is a resource limit. Raising it from a host function trips the limit, so the
/// script ends even when it calls the function under `pcall`.
public protocol LuaLimitError: Error {
    var trippedLimit: LuaLimit { get }
}

/// Where `require` may find modules: a list of directories searched in order. Module names map
/// `a.b.c` → `a/b/c.lua`; names with `..`, slashes or characters outside `[A-Za-z0-9_.-]` are
/// refused, and a file that resolves (through symlinks) outside its directory is ignored.
public struct LuaModulePath: Sendable {
    public var directories: [String]

    public init(_ directories: [String]) { self.directories = directories }

    public struct Refusal: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// The relative file for a module name, or nil when the name is not allowed.
    public static func relativePath(for name: String) -> String? {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= 256, bytes.first != UInt8(ascii: "."),
              bytes.last != UInt8(ascii: "."), !name.contains("..") else { return nil }
        for b in bytes {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                continue
            default:
                return nil
            }
        }
        return name.replacingOccurrences(of: ".", with: "/") + ".lua"
    }

    /// The file a module resolves to, or why it does not.
    public func resolve(_ name: String) -> Result<String, Refusal> {
        guard let relative = Self.relativePath(for: name) else {
            return .failure(Refusal(message: "module name '\(name)' is not allowed: use a dotted name of letters, "
                + "digits, '_' and '-' (like 'lib.util' for lib/util.lua); paths are not accepted"))
        }
        var tried: [String] = []
        let files = FileManager.default
        for directory in directories where !directory.isEmpty {
            let root = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
            let candidate = root.appendingPathComponent(relative)
            tried.append(candidate.path)
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  files.isReadableFile(atPath: candidate.path) else { continue }
            // A symlink out of the search directory would let a shared script read any file.
            let real = candidate.resolvingSymlinksInPath().path
            guard real.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else { continue }
            return .success(real)
        }
        let list = tried.map { "\n\tno file '\($0)'" }.joined()
        return .failure(Refusal(message: "module '\(name)' not found in the script search path:"
            + (list.isEmpty ? " (the search path is empty)" : list)))
    }
}

extension LuaVM {
    /// Installs `require` confined to `path`: modules load as text only and run once.
    /// For a trusted state (with the package library) the path is prepended to `package.path`.
    public func installRequire(_ path: LuaModulePath) throws {
        try pushGlobal("package")
        if stack.type(at: -1) == .table {
            lua_settop(L, -2)
            let patterns = path.directories.filter { !$0.isEmpty }
                .flatMap { ["\($0)/?.lua", "\($0)/?/init.lua"] }.joined(separator: ";")
            try load("local p = ...; package.path = p .. ';' .. package.path", name: "=[require]")
            stack.push(patterns)
            try call(arguments: 1, results: 0)
            return
        }
        lua_settop(L, -2)
        stack.push(function: { s in
            switch path.resolve(try s.checkString(1)) {
            case .success(let file):
                s.push(file)
                return 1
            case .failure(let refusal):
                s.pushNil()
                s.push(refusal.message)
                return 2
            }
        })
        pk_install_require(L)
    }

    /// Replaces the module table on top of the stack, and every submodule table in it, by
    /// read-only proxies: reads, `pairs` and `next` work, assignments raise.
    public func makeReadOnly(_ module: LuaModule, name: String? = nil) throws {
        let qualified = name ?? module.name
        for sub in module.submodules {
            guard stack.rawGet(sub.name, at: -1) == .table else {
                stack.pop()
                continue
            }
            try makeReadOnly(sub, name: "\(qualified).\(sub.name)")
            lua_setfield(L, -2, sub.name) // the parent is a plain host-built table: a raw set
        }
        let status = pk_readonly_p(L, qualified)
        if status != LUA_OK { throw popError(status) }
    }

    /// Trips `limit` now: the running script ends with it, even under `pcall`.
    public func trip(_ limit: LuaLimit) { pk_trip(L, limit.rawValue) }
}
