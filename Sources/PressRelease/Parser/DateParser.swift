/// Recognises written dates and normalises them to ISO `YYYY-MM-DD`.
public enum DateParser {
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// An ISO date from `2017-11-08`, `2017-11-08T10:00:00Z`, `Nov. 8, 2017` or `8 November 2017`.
    public static func isoDate(_ text: String) -> String? {
        let u = Array(text.utf8)
        if u.count >= 10, let y = number(u[0..<4]), u[4] == 0x2D, let m = number(u[5..<7]), u[7] == 0x2D,
           let d = number(u[8..<10]) {
            return iso(y, m, d)
        }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map(String.init)
        for i in tokens.indices {
            guard let m = months[tokens[i].lowercased()] else { continue }
            if i + 2 < tokens.count, let d = Int(tokens[i + 1]), let y = Int(tokens[i + 2]) { return iso(y, m, d) }
            if i >= 1, i + 1 < tokens.count, let d = Int(tokens[i - 1]), let y = Int(tokens[i + 1]) { return iso(y, m, d) }
        }
        return nil
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d), y > 1000 else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func number(_ s: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in s { guard b >= 0x30 && b <= 0x39 else { return nil }; n = n * 10 + Int(b - 0x30) }
        return n
    }
}
