/// One value in a report: what a Lua value becomes once the script is done with it.
public enum Cell: Equatable, Sendable {
    case null
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)

    /// The value as a number, when it is one.
    public var number: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    public var isNull: Bool { self == .null }
}

extension Cell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension Cell {
    /// Sort order: numbers by value, then booleans, then strings; nulls are handled by the caller
    /// (they always sort last, whatever the direction).
    static func ascending(_ a: Cell, _ b: Cell) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x < y
        case (.string(let x), .string(let y)): return x < y
        case (.boolean(let x), .boolean(let y)): return !x && y
        default:
            if let x = a.number, let y = b.number { return x < y }
            return a.rank < b.rank
        }
    }

    private var rank: Int {
        switch self {
        case .integer, .number: return 0
        case .boolean: return 1
        case .string: return 2
        case .null: return 3
        }
    }
}
