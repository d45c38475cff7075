#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LuaKit

/// `pr.time`: what scripts would take from `os.time`, `os.date` and `os.clock`, without the rest
/// of `os` (which can run programs and delete files).
enum TimeModule {
    static func make() -> LuaModule {
        let m = LuaModule("time", doc: "Clock and calendar for sandboxed scripts: os.time, os.date and os.clock without os.")
        m.function("now", "(t?: table) -> integer",
                   doc: "Seconds since the epoch, like os.time: the current time, or the local time described by "
                       + "`t` (fields year, month, day; hour defaults to 12, min and sec to 0; isdst optional).",
                   example: "local started = pr.time.now()") { s in
            if s.isNil(at: 1) {
                s.push(Int(time(nil)))
                return 1
            }
            try s.checkTable(1)
            var fields = tm()
            fields.tm_year = try field(s, "year", default: nil, delta: 1900)
            fields.tm_mon = try field(s, "month", default: nil, delta: 1)
            fields.tm_mday = try field(s, "day", default: nil)
            fields.tm_hour = try field(s, "hour", default: 12)
            fields.tm_min = try field(s, "min", default: 0)
            fields.tm_sec = try field(s, "sec", default: 0)
            try s.getField("isdst", at: 1)
            fields.tm_isdst = s.isNil(at: -1) ? -1 : (s.boolean(at: -1) ? 1 : 0)
            s.pop()
            let t = mktime(&fields)
            if t == -1 && fields.tm_year != 69 {
                throw LuaRawError("time result cannot be represented in this installation")
            }
            s.push(Int(t))
            return 1
        }
        m.function("date", "(format?: string, t?: integer) -> string|table",
                   doc: "Formats a time like os.date: strftime conversions (`%Y-%m-%d`), a leading `!` for UTC, "
                       + "`*t` for a table of fields. `t` defaults to now.",
                   example: "print(pr.time.date('%Y-%m-%d %H:%M'))") { s in
            var format = Array((try s.optString(1) ?? "%c").utf8)
            var t = time_t(try s.optInteger(2) ?? Int(time(nil)))
            let utc = format.first == UInt8(ascii: "!")
            if utc { format.removeFirst() }
            var fields = tm()
            let ok = utc ? gmtime_r(&t, &fields) : localtime_r(&t, &fields)
            guard ok != nil else {
                throw LuaRawError("date result cannot be represented in this installation")
            }
            if format == Array("*t".utf8) {
                pushTable(s, fields)
                return 1
            }
            let out = try render(format, fields)
            out.withUnsafeBufferPointer { s.push(bytes: $0) }
            return 1
        }
        m.function("clock", "() -> number", doc: "Processor time used by the program, in seconds (os.clock).",
                   example: "local t0 = pr.time.clock()") { s in
            s.push(Double(clock()) / Double(CLOCKS_PER_SEC))
            return 1
        }
        return m
    }

    /// A date-table field minus `delta`, as C's `int`; out of range is an error (as os.time says),
    /// never a trap in the conversion.
    private static func field(_ s: LuaStack, _ key: String, default value: Int?, delta: Int = 0) throws -> Int32 {
        try s.getField(key, at: 1)
        defer { s.pop() }
        let n: Int
        if s.number(at: -1) != nil, let i = s.integer(at: -1) {
            n = i
        } else if s.isNil(at: -1), let value {
            n = value
        } else {
            throw LuaRawError(s.isNil(at: -1) ? "field '\(key)' missing in date table" : "field '\(key)' is not an integer")
        }
        let (shifted, overflow) = n.subtractingReportingOverflow(delta)
        guard !overflow, let c = Int32(exactly: shifted) else { throw LuaRawError("field '\(key)' is out-of-bound") }
        return c
    }

    private static func pushTable(_ s: LuaStack, _ t: tm) {
        s.newTable(fields: 9)
        let values: [(String, Int)] = [("year", Int(t.tm_year) + 1900), ("month", Int(t.tm_mon) + 1),
                                      ("day", Int(t.tm_mday)), ("hour", Int(t.tm_hour)), ("min", Int(t.tm_min)),
                                      ("sec", Int(t.tm_sec)), ("wday", Int(t.tm_wday) + 1), ("yday", Int(t.tm_yday) + 1)]
        for (key, value) in values { s.setField(key) { s.push(value) } }
        if t.tm_isdst >= 0 { s.setField("isdst") { s.push(t.tm_isdst > 0) } }
    }

    /// Conversions C99 defines (as Lua checks them): an unknown one is undefined behaviour in strftime.
    private static let single = Set("aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%".utf8)
    private static let withE = Set("cCxXyY".utf8)
    private static let withO = Set("deHImMSuUVwWy".utf8)

    private static func render(_ format: [UInt8], _ fields: tm) throws -> [UInt8] {
        var fields = fields
        var out: [UInt8] = []
        out.reserveCapacity(format.count * 2)
        var i = 0
        var buffer = [CChar](repeating: 0, count: 256)
        while i < format.count {
            guard format[i] == UInt8(ascii: "%") else {
                out.append(format[i])
                i += 1
                continue
            }
            let rest = format[(i + 1)...]
            var length = 0
            if let c = rest.first {
                if single.contains(c) { length = 1 }
                else if c == UInt8(ascii: "E"), rest.count > 1, withE.contains(rest[rest.startIndex + 1]) { length = 2 }
                else if c == UInt8(ascii: "O"), rest.count > 1, withO.contains(rest[rest.startIndex + 1]) { length = 2 }
            }
            guard length > 0 else {
                let shown = String(decoding: rest.prefix(2), as: UTF8.self)
                throw LuaArgumentError(1, "invalid conversion specifier '%\(shown)'")
            }
            let spec = [CChar](([UInt8(ascii: "%")] + rest.prefix(length) + [0]).map { CChar(bitPattern: $0) })
            let n = strftime(&buffer, buffer.count, spec, &fields)
            out.append(contentsOf: buffer[0..<n].map { UInt8(bitPattern: $0) })
            i += 1 + length
        }
        return out
    }
}
