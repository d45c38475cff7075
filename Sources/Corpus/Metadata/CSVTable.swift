import Foundation

/// RFC 4180 CSV on UTF-8 bytes: a header row, then records. Quoted fields may hold commas,
/// doubled quotes and line breaks; CRLF and LF both end a record; a UTF-8 BOM is skipped.
/// Used for sidecar indexes, aliases and corrections files.
public struct CSVTable: Sendable {
    public var header: [String]
    /// Each record with its 1-based line in the file.
    public var rows: [(line: Int, cells: [String])]

    public init(header: [String], rows: [(line: Int, cells: [String])]) {
        self.header = header
        self.rows = rows
    }

    /// The records as dictionaries keyed by header name (extra cells are dropped, missing ones empty).
    public var records: [(line: Int, fields: [String: String])] {
        rows.map { row in
            var d: [String: String] = [:]
            for (i, name) in header.enumerated() where !name.isEmpty { d[name] = i < row.cells.count ? row.cells[i] : "" }
            return (row.line, d)
        }
    }

    /// Parses `bytes`; nil when there is no header row. An unterminated quote runs to the end.
    public static func parse(_ bytes: [UInt8]) -> CSVTable? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var records: [(Int, [String])] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var recordLine = 1
        var quoted = false
        func endCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endCell()
            if !(cells.count == 1 && cells[0].isEmpty) { records.append((recordLine, cells)) }
            cells.removeAll()
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") { cell.append(b); i += 1 } else { quoted = false }
                } else {
                    if b == 0x0A { line += 1 }
                    cell.append(b)
                }
            } else if b == UInt8(ascii: "\"") && cell.isEmpty {
                quoted = true
            } else if b == UInt8(ascii: ",") {
                endCell()
            } else if b == 0x0A || b == 0x0D {
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                cell.append(b)
            }
            i += 1
        }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
        guard let first = records.first else { return nil }
        let header = first.1.map { $0.trimmingCharacters(in: .whitespaces) }
        return CSVTable(header: header, rows: records.dropFirst().map { (line: $0.0, cells: $0.1) })
    }
}
