import Corpus
import Foundation
import PressRelease

/// A researcher's hand corrections (`--corrections FILE`): a quote, found by its file, line and
/// column (as the `quotes` export and `audit` report print them), gets another speaker or is
/// struck as "not a quote". Applied to each release as it is parsed, before any hook sees it,
/// so every report reads the corrected quotes. A correction whose file was read but has no quote
/// at that place (or whose `text` no longer begins the quote there) is stale and reported.
///
/// CSV with a header: `file,line,column,speaker[,text]`; a speaker of `-` or `not a quote`
/// removes the quote. `file` matches a release path exactly or as its trailing path components.
public final class QuoteCorrections: @unchecked Sendable {
    public enum Action: Equatable, Sendable {
        case speaker(String)
        case notAQuote
    }

    public struct Correction: Sendable {
        public var file: String
        public var line: Int
        public var column: Int
        public var action: Action
        /// The opening words of the quote when it was checked; nil to skip the check.
        public var text: String?
        /// Line in the corrections file, for messages.
        public var source: Int
    }

    public struct LoadError: Error, CustomStringConvertible { public var description: String }

    public let path: String
    public let corrections: [Correction]
    /// Corrections by the last component of their file name, for a cheap lookup per release.
    private let byName: [String: [Int]]
    private let lock = NSLock()
    private var applied = Set<Int>()
    private var stale: [Int: String] = [:]

    public init(path: String, corrections: [Correction]) {
        self.path = path
        self.corrections = corrections
        var byName: [String: [Int]] = [:]
        for (i, c) in corrections.enumerated() { byName[(c.file as NSString).lastPathComponent, default: []].append(i) }
        self.byName = byName
    }

    public static func load(path: String) throws -> QuoteCorrections {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): cannot read the corrections file")
        }
        guard let table = CSVTable.parse(Array(data)) else { throw LoadError(description: "\(path): empty corrections file") }
        let header = table.header.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        func column(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else {
                throw LoadError(description: "\(path):1: the header needs file, line, column and speaker columns (and optionally text), got: \(table.header.joined(separator: ","))")
            }
            return i
        }
        let (f, l, c, s) = (try column("file"), try column("line"), try column("column"), try column("speaker"))
        let t = header.firstIndex(of: "text")
        var out: [Correction] = []
        for row in table.rows {
            func cell(_ i: Int?) -> String {
                guard let i, i < row.cells.count else { return "" }
                return row.cells[i].trimmingCharacters(in: .whitespaces)
            }
            guard !cell(f).isEmpty else { throw LoadError(description: "\(path):\(row.line): no file") }
            guard let line = Int(cell(l)), let col = Int(cell(c)), line > 0, col > 0 else {
                throw LoadError(description: "\(path):\(row.line): line and column must be positive whole numbers")
            }
            let speaker = cell(s)
            guard !speaker.isEmpty else {
                throw LoadError(description: "\(path):\(row.line): no speaker (write a name, or - or 'not a quote')")
            }
            let action: Action = speaker == "-" || speaker.lowercased() == "not a quote" ? .notAQuote : .speaker(speaker)
            let text = cell(t)
            out.append(Correction(file: cell(f), line: line, column: col, action: action,
                                  text: text.isEmpty ? nil : text, source: row.line))
        }
        return QuoteCorrections(path: path, corrections: out)
    }

    /// Applies the corrections that name `release`'s file (safe from any parser thread).
    public func apply(to release: Release) {
        guard let candidates = byName[(release.path as NSString).lastPathComponent] else { return }
        let mine = candidates.filter { Self.matches(corrections[$0].file, release.path) }
        guard !mine.isEmpty else { return }
        var speech = release.speech
        var struck = Set<Int>()
        var outcome: [(Int, String?)] = []
        for i in mine {
            let fix = corrections[i]
            guard let q = speech.quotes.firstIndex(where: { $0.line == fix.line && $0.column == fix.column }) else {
                outcome.append((i, "no quote starts at line \(fix.line), column \(fix.column)"))
                continue
            }
            if let text = fix.text, !speech.quotes[q].text.lowercased().hasPrefix(text.lowercased()) {
                outcome.append((i, "the quote there no longer begins '\(text)'"))
                continue
            }
            outcome.append((i, nil))
            switch fix.action {
            case .notAQuote: struck.insert(q)
            case .speaker(let name):
                speech.quotes[q].speakerIndex = Self.person(named: name, in: &speech)
                speech.quotes[q].confidence = 1
                speech.quotes[q].rule = nil
            }
        }
        speech.quotes = speech.quotes.enumerated().filter { !struck.contains($0.offset) }.map(\.element)
        for p in speech.people.indices {
            speech.people[p].quotes = speech.quotes.indices.filter { speech.quotes[$0].speakerIndex == p }
        }
        release.speech = speech
        lock.lock()
        for (i, problem) in outcome {
            if let problem { stale[i] = problem } else { applied.insert(i) }
        }
        lock.unlock()
    }

    /// The person of the release with this name (case and spacing folded), added when there is none.
    static func person(named name: String, in speech: inout SpeechAnalysis) -> Int {
        let key = fold(name)
        if let i = speech.people.firstIndex(where: { fold($0.name) == key }) { return i }
        let surname = name.split(separator: " ").last.map(String.init) ?? name
        speech.people.append(Person(name: name, surname: surname, mentions: [name]))
        return speech.people.count - 1
    }

    static func fold(_ s: String) -> String { s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    static func matches(_ file: String, _ path: String) -> Bool {
        file == path || path.hasSuffix("/" + file) || (file as NSString).standardizingPath == (path as NSString).standardizingPath
    }

    /// How the corrections fared over the files read: stale ones (file read, quote not found)
    /// listed, those naming files not read counted. Nil when every correction applied.
    public func report() -> String? {
        lock.lock()
        defer { lock.unlock() }
        let unseen = corrections.indices.filter { !applied.contains($0) && stale[$0] == nil }.count
        guard !stale.isEmpty || unseen > 0 else { return nil }
        var text = "corrections: \(applied.count) of \(corrections.count) applied"
        if !stale.isEmpty { text += ", \(stale.count) stale (no longer match the text)" }
        if unseen > 0 { text += ", \(unseen) name files not in this corpus" }
        for (i, problem) in stale.sorted(by: { $0.key < $1.key }) {
            let c = corrections[i]
            text += "\n  \(path):\(c.source): \(c.file):\(c.line):\(c.column): \(problem)"
        }
        return text
    }
}
