/// A table with typed columns. Rows are kept as given; `sort` and `limit` decide what is shown.
public struct ReportTable: Equatable, Sendable {
    public struct SortKey: Equatable, Sendable {
        public var column: Int
        public var descending: Bool
        public init(column: Int, descending: Bool = false) {
            self.column = column
            self.descending = descending
        }
    }

    public var columns: [Column]
    /// Every row has exactly `columns.count` cells (short rows are padded with nulls).
    public private(set) var rows: [[Cell]]
    public var sort: [SortKey]
    /// Show at most this many rows (after sorting).
    public var limit: Int?

    public init(columns: [Column], rows: [[Cell]], sort: [SortKey] = [], limit: Int? = nil) {
        self.columns = columns
        let width = columns.count
        self.rows = rows.map { row in
            row.count == width ? row : Array(row.prefix(width)) + Array(repeating: .null, count: max(0, width - row.count))
        }
        self.sort = sort.filter { $0.column >= 0 && $0.column < width }
        self.limit = limit.map { max(0, $0) }
    }

    /// The rows to show: sorted (stable; nulls last in either direction), then limited.
    public var displayRows: [[Cell]] {
        var shown = rows
        if !sort.isEmpty {
            let keys = sort
            shown = rows.enumerated().sorted { a, b in
                for key in keys {
                    let x = a.element[key.column], y = b.element[key.column]
                    if x == y { continue }
                    if x.isNull { return false }
                    if y.isNull { return true }
                    if Cell.ascending(x, y) { return !key.descending }
                    if Cell.ascending(y, x) { return key.descending }
                }
                return a.offset < b.offset
            }.map(\.element)
        }
        if let limit, shown.count > limit { shown.removeLast(shown.count - limit) }
        return shown
    }

    /// Rows left out by `limit`.
    public var hiddenRows: Int { limit.map { max(0, rows.count - $0) } ?? 0 }
}
