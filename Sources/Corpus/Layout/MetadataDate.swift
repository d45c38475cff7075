/// Normalises the dates containers carry (JSON fields, `Date:` headers, `<meta>` and `<time>`) to
/// ISO `YYYY-MM-DD`: `2017-11-08`, `2017-11-08T10:00:00Z`, `Tue, 7 Nov 2017 10:00:00 +0000`,
/// `November 8, 2017`, `8 Nov. 2017`, `2017/11/08`. The date is kept as written (no time-zone shift).
enum MetadataDate {
    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    static func iso(_ text: String) -> String? {
        let u = Array(text.utf8.prefix(200))
        var start = 0
        while start < u.count, u[start] == 0x20 { start += 1 }
        // Numeric year first: 2017-11-08, 2017/11/08, 2017-11-08T…
        if u.count - start >= 10, let y = number(u[start..<start + 4]), u[start + 4] == 0x2D || u[start + 4] == 0x2F,
           let m = number(u[start + 5..<start + 7]), u[start + 7] == u[start + 4], let d = number(u[start + 8..<start + 10]) {
            return format(y, m, d)
        }
        let tokens = text.prefix(200).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
        for (i, token) in tokens.enumerated() where token.count >= 3 {
            guard let m = months[String(token.prefix(3))], month(token) else { continue }
            // "Nov 8 2017" / "November 8, 2017"
            if i + 2 < tokens.count, let d = Int(tokens[i + 1]), let y = Int(tokens[i + 2]), let iso = format(y, m, d) { return iso }
            // "8 Nov 2017"
            if i >= 1, i + 1 < tokens.count, let d = Int(tokens[i - 1]), let y = Int(tokens[i + 1]), let iso = format(y, m, d) { return iso }
        }
        return nil
    }

    private static func month(_ token: String) -> Bool {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december", "sept"]
        return token.count == 3 || names.contains(token)
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1000...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= days[m - 1] else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    private static func number(_ s: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in s { guard b >= 0x30 && b <= 0x39 else { return nil }; n = n * 10 + Int(b - 0x30) }
        return n
    }
}
