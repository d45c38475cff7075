import Foundation

/// How cells are written: for people (terminal, Markdown, HTML) by the column's type, and for
/// machines (CSV, JSON) as raw values.
enum CellFormat {
    /// The text people see.
    static func display(_ cell: Cell, _ column: Column) -> String {
        switch (cell, column.type) {
        case (.null, _): return ""
        case (.boolean(let b), _): return b ? "true" : "false"
        case (.string(let s), _): return s
        case (.integer(let i), .percent): return fixed(Double(i) * 100, column.decimals) + "%"
        case (.integer(let i), .number): return fixed(Double(i), column.decimals)
        case (.integer(let i), _): return String(i)
        case (.number(let d), .percent): return fixed(d * 100, column.decimals) + "%"
        case (.number(let d), .number): return fixed(d, column.decimals)
        case (.number(let d), .integer): return d.isFinite ? fixed(d, 0) : String(d)
        case (.number(let d), _): return display(d)
        }
    }

    /// A number without a column: whole numbers without decimals, others to at most 2 places.
    static func display(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-∞" : "∞") }
        if d.rounded() == d && abs(d) < 1e15 { return String(Int(d)) }
        var s = fixed(d, 2)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    static func display(_ cell: Cell) -> String {
        switch cell {
        case .number(let d): return display(d)
        default: return display(cell, Column(""))
        }
    }

    static func fixed(_ d: Double, _ decimals: Int) -> String {
        guard d.isFinite else { return display(d) }
        let s = String(format: "%.\(decimals)f", d)
        // A tiny negative rounds to "-0.00", which reads like a sign error.
        if s.hasPrefix("-"), s.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(s.dropFirst()) }
        return s
    }

    /// The raw value for CSV: numbers in shortest round-trip form, nulls empty.
    static func raw(_ cell: Cell) -> String {
        switch cell {
        case .null: return ""
        case .boolean(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return raw(d)
        }
    }

    static func raw(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-Infinity" : "Infinity") }
        if d.rounded() == d && abs(d) < 1e15 { return String(Int(d)) }
        return String(d)
    }

    /// Whether people read the cell better right-aligned in a column of this type.
    static func isNumeric(_ cell: Cell) -> Bool { cell.number != nil }
}

/// Numbers as reports show them when no column type says otherwise: whole numbers without
/// decimals, others to at most two places (`412.5`, `0.33`).
public enum NumberText {
    public static func short(_ d: Double) -> String { CellFormat.display(d) }
}
