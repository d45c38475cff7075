/// What a column holds; decides how values are shown and aligned.
public enum ColumnType: String, CaseIterable, Sendable {
    /// Text, shown as is.
    case string
    /// Whole numbers.
    case integer
    /// Real numbers, shown with `decimals` places (2 by default).
    case number
    /// ISO dates (`YYYY-MM-DD`); they sort chronologically as text.
    case date
    /// Fractions shown as percentages: 0.25 is shown as `25.0%` (machine formats keep 0.25).
    case percent

    public var defaultAlignment: Alignment {
        switch self {
        case .integer, .number, .percent: return .right
        case .string, .date: return .left
        }
    }

    var defaultDecimals: Int { self == .percent ? 1 : 2 }
}

public enum Alignment: String, CaseIterable, Sendable {
    case left, right, center
}

public struct Column: Equatable, Sendable {
    public var name: String
    public var type: ColumnType
    public var alignment: Alignment
    /// Decimal places for `number` and `percent` columns in human formats.
    public var decimals: Int

    public init(_ name: String, type: ColumnType = .string, alignment: Alignment? = nil, decimals: Int? = nil) {
        self.name = name
        self.type = type
        self.alignment = alignment ?? type.defaultAlignment
        self.decimals = max(0, min(decimals ?? type.defaultDecimals, 12))
    }
}
