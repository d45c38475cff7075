/// Hand-made partial files in the documented format (version 2, docs/threat-model.md): the
/// script's identity is FNV-1a (64-bit) of its bytes, as `merge` checks it.
enum PartialFileText {
    static func make(_ value: String, script source: String, name: String = "report.lua") -> String {
        "{\"pranalyze\":\"partial\",\"version\":2,\"script\":\"\(name)\",\"script_id\":\"\(identity(source))\",\"value\":\(value)}"
    }

    static func identity(_ source: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in source.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
