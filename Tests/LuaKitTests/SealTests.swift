import Foundation
import Testing
import TestSupport

/// LuaKit is sealed: the raw `lua_State` and the C shim stay inside it, so every raising Lua
/// operation has exactly one protected twin and no other target can longjmp through Swift.
@Suite struct SealTests {
    /// Swift files of the package that import the C shim or Lua itself, outside LuaKit.
    static func offenders() -> [String] {
        let root = TestCorpus.packageRoot
        var out: [String] = []
        for top in ["Sources", "Tests", "Benchmarks", "Fuzz"] {
            let dir = root.appendingPathComponent(top)
            guard let walk = FileManager.default.enumerator(atPath: dir.path) else { continue }
            for case let rel as String in walk where rel.hasSuffix(".swift") {
                let path = "\(top)/\(rel)"
                if path.hasPrefix("Sources/LuaKit/") { continue }
                guard let text = try? String(contentsOf: dir.appendingPathComponent(rel), encoding: .utf8) else { continue }
                let imports = text.split(separator: "\n").contains { line in
                    let words = line.split(separator: " ")
                    return words.count >= 2 && words[words.count - 2] == "import" && ["CLuaShim", "CLua"].contains(String(words.last!))
                }
                if imports { out.append(path) }
            }
        }
        return out.sorted()
    }

    @Test func noFileOutsideLuaKitImportsTheShim() {
        #expect(Self.offenders() == [])
    }
}
