/// Any JSON value, decoded with Foundation's `JSONDecoder` (native Swift, several times faster
/// on Linux than `JSONSerialization`, which builds every string through UTF-16).
enum JSONValue: Decodable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case object([String: JSONValue])
    case array([JSONValue])
    case null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let o = try? c.decode([String: JSONValue].self) { self = .object(o) }
        else { self = .array(try c.decode([JSONValue].self)) }
    }

    /// Text for a release field: strings as they are, numbers printed, `{"name": …}` objects by
    /// their name (e.g. a congress `member`), lists joined with commas.
    var text: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .bool(let b): return String(b)
        case .object(let o): return (o["name"] ?? o["title"] ?? o["text"])?.text
        case .array(let a):
            let parts = a.compactMap(\.text)
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        case .null: return nil
        }
    }
}
