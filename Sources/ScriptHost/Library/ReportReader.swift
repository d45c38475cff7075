import LuaKit
import Report

/// Turns what a script hands back (what `finish()` returns) into a `Report`: a report built by
/// `pr.report.*`, a plain string (Markdown text), a table spec as `pr.report.table` takes it
/// (`{ columns = …, rows = … }`), or a list of those (their sections in order; a `title` field
/// titles the report).
public enum ReportReader {
    public struct ReadError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public static func read(_ stack: LuaStack, at index: Int) throws -> Report {
        do {
            return try ReportModule.section(stack, at: index, allowLists: true)
        } catch let e as SpecError {
            throw ReadError(message: "not a report: \(e.message)")
        }
    }
}
