/// A minimal JSON writer with keys in the order written, so output is stable and diffable.
struct JSONWriter {
    private(set) var out: [UInt8] = []
    private var needsComma: [Bool] = [false]
    private let indentStep: Int

    init(indent: Int = 2) { indentStep = indent; out.reserveCapacity(4096) }

    var string: String { String(decoding: out, as: UTF8.self) }

    mutating func beginObject(_ key: String? = nil) { open(key, 0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray(_ key: String? = nil) { open(key, 0x5B) }
    mutating func endArray() { close(0x5D) }

    mutating func field(_ key: String, _ value: String?) {
        prefix(key)
        if let v = value { quoted(v) } else { out.append(contentsOf: Array("null".utf8)) }
    }

    mutating func field(_ key: String, _ value: Int?) {
        prefix(key)
        out.append(contentsOf: Array((value.map(String.init) ?? "null").utf8))
    }

    /// A number with up to three decimals (confidences, shares).
    mutating func field(_ key: String, _ value: Double) {
        prefix(key)
        let rounded = (value * 1000).rounded() / 1000
        out.append(contentsOf: Array(String(rounded).utf8))
    }

    mutating func field(_ key: String, _ values: [String]) {
        beginArray(key)
        for v in values { value(v) }
        endArray()
    }

    mutating func value(_ v: String) { prefix(nil); quoted(v) }

    mutating func value(_ v: Int) { prefix(nil); out.append(contentsOf: Array(String(v).utf8)) }

    private mutating func open(_ key: String?, _ c: UInt8) {
        prefix(key)
        out.append(c)
        needsComma.append(false)
    }

    private mutating func close(_ c: UInt8) {
        let had = needsComma.removeLast()
        if had { newline() }
        out.append(c)
    }

    private mutating func prefix(_ key: String?) {
        if needsComma[needsComma.count - 1] { out.append(0x2C) }
        needsComma[needsComma.count - 1] = true
        if needsComma.count > 1 { newline() }
        if let k = key { quoted(k); out.append(0x3A); if indentStep > 0 { out.append(0x20) } }
    }

    private mutating func newline() {
        guard indentStep > 0 else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: (needsComma.count - 1) * indentStep))
    }

    private mutating func quoted(_ s: String) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
