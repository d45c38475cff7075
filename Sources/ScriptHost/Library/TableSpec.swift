import LuaKit
import Report

/// `pr.report.table{ title, columns, rows, sort, limit }` → a table section.
enum TableSpec {
    static func read(_ spec: Spec) throws -> Section {
        let s = spec.s
        var columns = try readColumns(spec)
        guard spec.push("rows") == .table || s.isNil(at: -1) else {
            defer { s.pop() }
            throw SpecError("field 'rows' must be a list of rows, got \(s.describe(at: -1))")
        }
        var rows: [[Cell]] = []
        if !s.isNil(at: -1) {
            let list = s.top
            if s.rawLength(at: list) == 0 && s.hasEntries(list) {
                s.pop()
                throw SpecError("field 'rows' must be a list of rows, got a table with other keys (for a {key = count} map, use pr.stats.top(map))")
            }
            for r in stride(from: 1, through: s.rawLength(at: list), by: 1) {
                s.rawGet(r, at: list)
                defer { s.pop() }
                rows.append(try readRow(s, row: r, columns: columns))
            }
        }
        s.pop()
        for (i, c) in columns.enumerated() where c.inferred {
            columns[i].column.type = infer(rows.map { $0[i] })
            columns[i].column.alignment = columns[i].alignment ?? columns[i].column.type.defaultAlignment
        }
        for (i, c) in columns.enumerated() {
            for r in rows.indices { rows[r][i] = try coerce(rows[r][i], c.column, row: r + 1) }
        }
        var table = ReportTable(columns: columns.map(\.column), rows: rows)
        table.sort = try readSort(spec, columns.map(\.column.name))
        if let limit = try spec.integer("limit") {
            guard limit >= 0 else { throw SpecError("field 'limit' must not be negative") }
            table.limit = limit
        }
        return Section(title: try spec.string("title"), .table(table))
    }

    struct ColumnSpec {
        var column: Column
        var inferred: Bool
        var alignment: Alignment?
    }

    static func readColumns(_ spec: Spec) throws -> [ColumnSpec] {
        let s = spec.s
        guard spec.push("columns") == .table else {
            defer { s.pop() }
            throw SpecError("field 'columns' must be a list of column names or {name, type, align} tables, got \(s.describe(at: -1))")
        }
        defer { s.pop() }
        let list = s.top
        var out: [ColumnSpec] = []
        for i in stride(from: 1, through: s.rawLength(at: list), by: 1) {
            s.rawGet(i, at: list)
            defer { s.pop() }
            switch s.type(at: -1) {
            case .string, .number:
                out.append(ColumnSpec(column: Column(s.tostring(at: -1)), inferred: true, alignment: nil))
            case .table:
                let c = Spec(s, at: -1)
                var name = try c.string("name")
                if name == nil { s.rawGet(1, at: c.index); name = s.string(at: -1); s.pop() }
                guard let name else { throw SpecError("column \(i) has no name") }
                let type = try c.string("type").map { t -> ColumnType in
                    guard let type = ColumnType(rawValue: t) else {
                        throw SpecError("column '\(name)': type must be one of \(ColumnType.allCases.map(\.rawValue).joined(separator: ", ")); got '\(t)'")
                    }
                    return type
                }
                let align = try (c.string("align") ?? c.string("alignment")).map { a -> Alignment in
                    guard let alignment = Alignment(rawValue: a) else {
                        throw SpecError("column '\(name)': align must be left, right or center; got '\(a)'")
                    }
                    return alignment
                }
                let decimals = try c.integer("decimals")
                out.append(ColumnSpec(column: Column(name, type: type ?? .string, alignment: align, decimals: decimals),
                                      inferred: type == nil, alignment: align))
            default:
                throw SpecError("column \(i) must be a name or a {name, type, align} table, got \(s.describe(at: -1))")
            }
        }
        guard !out.isEmpty else { throw SpecError("field 'columns' is empty") }
        var seen = Set<String>()
        for c in out where !seen.insert(c.column.name).inserted {
            throw SpecError("duplicate column name '\(c.column.name)'")
        }
        return out
    }

    /// A row is a list (cells in column order) or a record keyed by column name.
    static func readRow(_ s: LuaStack, row r: Int, columns: [ColumnSpec]) throws -> [Cell] {
        let t = s.top
        guard s.type(at: t) == .table else { throw SpecError("row \(r) must be a table, got \(s.describe(at: t))") }
        let positional = s.rawLength(at: t) > 0
        try checkWidth(s, row: r, table: t, positional: positional, columns: columns.map(\.column.name))
        var cells: [Cell] = []
        for (i, c) in columns.enumerated() {
            if positional { s.rawGet(i + 1, at: t) } else { s.rawGet(c.column.name, at: t) }
            defer { s.pop() }
            do {
                cells.append(try s.cell(at: -1))
            } catch let e as SpecError {
                throw SpecError("row \(r), column '\(c.column.name)': \(e.message)")
            }
        }
        return cells
    }

    /// A cell with no column would vanish from the report: more cells than columns, or a record
    /// key that names no column, is an error.
    static func checkWidth(_ s: LuaStack, row r: Int, table t: Int, positional: Bool, columns: [String]) throws {
        if positional {
            let n = s.rawLength(at: t)
            guard n <= columns.count else {
                throw SpecError("row \(r) has \(n) cells but the table has \(columns.count) columns (\(columns.joined(separator: ", ")))")
            }
            return
        }
        var stray: [String] = []
        try s.forEachRaw(of: t) { key, _ in
            let name = s.type(at: key) == .string ? s.string(at: key)! : s.describe(at: key)
            if !columns.contains(name) { stray.append(name) }
        }
        guard let first = stray.sorted().first else { return }
        let hint = NearestName.find(first, among: columns).map { "; did you mean '\($0)'?" } ?? ""
        throw SpecError("row \(r) has field '\(first)', which is no column\(hint) (columns: \(columns.joined(separator: ", ")))")
    }

    static func infer(_ cells: [Cell]) -> ColumnType {
        var integers = true
        for cell in cells {
            switch cell {
            case .null: continue
            case .integer: break
            case .number: integers = false
            default: return .string
            }
        }
        return integers ? (cells.allSatisfy(\.isNull) ? .string : .integer) : .number
    }

    static func coerce(_ cell: Cell, _ column: Column, row: Int) throws -> Cell {
        switch (column.type, cell) {
        case (_, .null): return .null
        case (.string, .integer(let i)), (.date, .integer(let i)): return .string(String(i))
        case (.string, .number(let d)), (.date, .number(let d)): return .string(NumberText.short(d))
        case (.string, _), (.date, _): return cell
        case (_, .integer), (_, .number): return cell
        default:
            throw SpecError("row \(row), column '\(column.name)': \(column.type.rawValue) expected, got \(cell.luaType)")
        }
    }

    /// `sort = "-quotes"` or `sort = { "-quotes", "speaker" }`: column names, `-` for descending.
    static func readSort(_ spec: Spec, _ names: [String]) throws -> [ReportTable.SortKey] {
        let s = spec.s
        spec.push("sort")
        defer { s.pop() }
        var keys: [String] = []
        switch s.type(at: -1) {
        case .nil: return []
        case .string: keys = [s.string(at: -1)!]
        case .table:
            let t = s.top
            for i in stride(from: 1, through: s.rawLength(at: t), by: 1) {
                s.rawGet(i, at: t)
                defer { s.pop() }
                guard let k = s.string(at: -1) else { throw SpecError("field 'sort' must list column names, got \(s.describe(at: -1))") }
                keys.append(k)
            }
        default: throw SpecError("field 'sort' must be a column name or a list of them, got \(s.describe(at: -1))")
        }
        return try keys.map { key in
            if let i = names.firstIndex(of: key) { return .init(column: i) }
            if key.hasPrefix("-"), let i = names.firstIndex(of: String(key.dropFirst())) { return .init(column: i, descending: true) }
            throw SpecError("sort: no column named '\(key.hasPrefix("-") ? String(key.dropFirst()) : key)'")
        }
    }
}

extension Cell {
    var luaType: String {
        switch self {
        case .null: return "nil"
        case .boolean: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        }
    }
}
