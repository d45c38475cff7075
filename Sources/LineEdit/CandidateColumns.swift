/// Lays completion candidates out in columns, filled top to bottom like `ls`.
enum CandidateColumns {
    /// Lines of text, none wider than `width` unless a single candidate is.
    static func lines(_ items: [String], width: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        let lengths = items.map { $0.unicodeScalars.count }
        let columnWidth = (lengths.max() ?? 0) + 2
        let fitting = max(1, max(width, 1) / columnWidth)
        let rows = (items.count + fitting - 1) / fitting
        let columns = (items.count + rows - 1) / rows
        var lines: [String] = []
        lines.reserveCapacity(rows)
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < items.count else { break }
                let isLast = column == columns - 1 || index + rows >= items.count
                line += items[index]
                if !isLast { line += String(repeating: " ", count: columnWidth - lengths[index]) }
            }
            lines.append(line)
        }
        return lines
    }
}
