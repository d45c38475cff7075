/// Month and weekday names matched on lower-cased ASCII bytes, without building strings.
enum CalendarWords {
    static let months: [[UInt8]] = ["january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"].map { Array($0.utf8) }
    static let weekdays: [[UInt8]] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                       "sunday"].map { Array($0.utf8) }

    /// The month (1...12) named by the letters `s[i..<j]`: full name, 3-letter form or `Sept`.
    static func month(_ s: [UInt8], _ i: Int, _ j: Int) -> Int? {
        let n = j - i
        guard n >= 3 else { return nil }
        for (k, name) in months.enumerated() where n <= name.count {
            if n != 3 && n != name.count && !(k == 8 && n == 4) { continue }
            if matches(s, i, n, name) { return k + 1 }
        }
        return nil
    }

    /// Whether `s[i..<j]` names a weekday: full, 3-letter, or `Tues`/`Thur`/`Thurs`.
    static func isWeekday(_ s: [UInt8], _ i: Int, _ j: Int) -> Bool {
        let n = j - i
        guard n >= 3 else { return false }
        for name in weekdays where n <= name.count {
            if n == 3 || n == name.count || (n <= 5 && (name[0] == 0x74)) {
                if matches(s, i, n, name) { return true }
            }
        }
        return false
    }

    private static func matches(_ s: [UInt8], _ i: Int, _ n: Int, _ name: [UInt8]) -> Bool {
        for k in 0..<n where Bytes.lower(s[i + k]) != name[k] { return false }
        return true
    }
}
