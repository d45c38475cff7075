import Foundation

/// Finds where one release ends and the next begins in a text file holding several: at form
/// feeds (always), before a repeated `PRESS RELEASE` / `FOR IMMEDIATE RELEASE` / `NEWS RELEASE`
/// header, and after a `###` / `-30-` end mark followed by a new headline with a date in its
/// first lines. Header and end-mark
/// splits need a substantial release on both sides, so a single release with a label near its
/// top or web debris after its end mark stays whole (checked against every release in the
/// shared corpus by the tests).
enum MultiReleaseSplitter {
    struct Chunk: Equatable {
        var range: Range<Int>
        /// 1-based line of the file where the chunk's first byte lies.
        var firstLine: Int
    }

    /// Both sides of a header or end-mark split need this many words and non-blank lines.
    static let minWords = 40
    static let minLines = 3

    /// A line where a release may begin, with the word and non-blank-line counts before it.
    private struct Mark {
        var line: Int
        var offset: Int
        var words: Int
        var nonBlank: Int
    }

    /// A streaming pass over the lines (nothing stored per line), then the candidate marks are checked.
    static func split(_ bytes: [UInt8]) -> [Chunk] {
        let whole = [Chunk(range: 0..<bytes.count, firstLine: 1)]
        let (hasNewline, hasFormFeed) = bytes.withUnsafeBufferPointer { p -> (Bool, Bool) in
            guard let base = p.baseAddress else { return (false, false) }
            return (memchr(base, 0x0A, p.count) != nil, memchr(base, 0x0C, p.count) != nil)
        }
        guard hasNewline || hasFormFeed else { return whole }
        // Word counts only decide soft boundaries: most files have no candidate, so the first
        // pass skips counting and only a file with candidates is scanned again with counts.
        var pass = marks(bytes, hasFormFeed: hasFormFeed, countingWords: false)
        if !pass.soft.isEmpty || pass.headers.count >= 2 {
            pass = marks(bytes, hasFormFeed: hasFormFeed, countingWords: true)
        }
        let hard = pass.hard, headers = pass.headers, words = pass.words, nonBlank = pass.nonBlank, lastLine = pass.lastLine
        var soft = pass.soft
        let end = Mark(line: lastLine + 1, offset: bytes.count, words: words, nonBlank: nonBlank)
        // One header is a label at the top of a release; only a repeated one separates releases.
        if headers.count >= 2 {
            let known = Set(soft.map(\.line))
            soft = (soft + headers.filter { !known.contains($0.line) }).sorted { $0.line < $1.line }
        }
        // Hard boundaries are taken as they are; soft ones when both sides are substantial.
        var boundaries = [Mark(line: 1, offset: 0, words: 0, nonBlank: 0)]
        var h = 0
        for (k, c) in soft.enumerated() {
            while h < hard.count, hard[h].line <= c.line { boundaries.append(hard[h]); h += 1 }
            let previous = boundaries[boundaries.count - 1]
            let nextSoft = k + 1 < soft.count ? soft[k + 1] : end
            let nextHard = h < hard.count ? hard[h] : end
            let next = nextSoft.line < nextHard.line ? nextSoft : nextHard
            if c.line > previous.line,
               c.words - previous.words >= minWords, c.nonBlank - previous.nonBlank >= minLines,
               next.words - c.words >= minWords, next.nonBlank - c.nonBlank >= minLines {
                boundaries.append(c)
            }
        }
        boundaries += hard[h...]
        var chunks: [Chunk] = []
        for (k, b) in boundaries.enumerated() {
            let stop = k + 1 < boundaries.count ? boundaries[k + 1].offset : bytes.count
            let start = min(b.offset, stop)
            guard !ByteLines.isBlank(bytes[start..<stop]) else { continue }
            chunks.append(Chunk(range: start..<withoutFormFeed(bytes, start, stop), firstLine: b.line))
        }
        return chunks.isEmpty ? whole : chunks
    }

    private struct Marks {
        var hard: [Mark] = [], soft: [Mark] = [], headers: [Mark] = []
        var words = 0, nonBlank = 0, lastLine = 0
    }

    /// The streaming pass: form-feed (hard), end-mark (soft) and header marks.
    private static func marks(_ bytes: [UInt8], hasFormFeed: Bool, countingWords: Bool) -> Marks {
        var m = Marks()
        var endMarkPending = false, hardAtNextLine = false
        bytes.withUnsafeBufferPointer { p in
            for line in ByteLineSequence(bytes) {
                m.lastLine = line.number
                let slice = bytes[line.range]
                let here = Mark(line: line.number, offset: line.range.lowerBound, words: m.words, nonBlank: m.nonBlank)
                if hardAtNextLine { m.hard.append(here); hardAtNextLine = false }
                let blank = isBlank(p, line.range)
                if countingWords { m.words += wordCount(p, line.range) }
                m.nonBlank += blank ? 0 : 1
                if hasFormFeed, let ff = slice.lastIndex(of: 0x0C) {
                    // Text after the form feed on the same line starts the next release.
                    if ByteLines.isBlank(bytes[(ff + 1)..<line.range.upperBound]) { hardAtNextLine = true } else {
                        m.hard.append(Mark(line: line.number, offset: ff + 1, words: here.words, nonBlank: here.nonBlank))
                    }
                    endMarkPending = false
                    continue
                }
                if blank { continue }
                let text = ByteLines.trimmed(slice)
                if isHeader(text) {
                    m.headers.append(here)
                } else if endMarkPending, looksLikeHeadline(text), datedSoon(from: line.range.lowerBound, in: bytes) {
                    m.soft.append(here)
                }
                endMarkPending = isEndMark(text)
            }
        }
        return m
    }

    /// `ByteLines.isBlank` on a range of a buffer.
    @inline(__always)
    private static func isBlank(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        for i in r {
            let b = p[i]
            if !(b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C) { return false }
        }
        return true
    }

    /// A chunk's end before the form feed that closed it (and the whitespace around that), so the
    /// parser never sees a stray `\f` line.
    private static func withoutFormFeed(_ bytes: [UInt8], _ start: Int, _ stop: Int) -> Int {
        var i = stop, cut = stop
        while i > start, [0x0A, 0x0D, 0x20, 0x09, 0x0C].contains(bytes[i - 1]) {
            i -= 1
            if bytes[i] == 0x0C { cut = i }
        }
        return cut
    }

    private static let headers = ["PRESS RELEASE", "FOR IMMEDIATE RELEASE", "NEWS RELEASE"]
    private static let headerInitials: [UInt8] = [UInt8(ascii: "p"), UInt8(ascii: "f"), UInt8(ascii: "n")]

    /// `PRESS RELEASE`, `For Immediate Release:`, `FOR IMMEDIATE RELEASE – March 3, 2010`.
    static func isHeader(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 80, let first = text.first else { return false }
        // An ASCII first byte upper-cases to itself in upper case: only P, F and N can begin a header.
        if first < 0x80, !headerInitials.contains(first | 0x20) { return false }
        let upper = String(decoding: text, as: UTF8.self).uppercased()
        for h in headers where upper.hasPrefix(h) {
            let rest = upper.dropFirst(h.count)
            if rest.isEmpty { return true }
            if let first = rest.first, [":", " ", "-", "–", "—"].contains(first) { return true }
        }
        return false
    }

    private static let endMarks: Set<String> = ["###", "# # #", "-30-", "- 30 -", "-###-", "-end-", "-ends-", "ends"]

    static func isEndMark(_ text: ArraySlice<UInt8>) -> Bool {
        text.count <= 8 && endMarks.contains(String(decoding: text, as: UTF8.self).lowercased())
    }

    private static let trailers = ["about ", "contact", "media contact", "press contact", "for more", "source",
                                   "http", "www.", "note", "editor", "photo", "related", "next article", "print", "follow"]

    /// The first line after an end mark could open a new release (not a contact block or web debris).
    static func looksLikeHeadline(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 20, text.count <= 300, !text.contains(UInt8(ascii: "@")) else { return false }
        let lower = String(decoding: text, as: UTF8.self).lowercased()
        return lower.split(separator: " ").count >= 4 && !trailers.contains(where: lower.hasPrefix)
    }

    /// A new release carries its date near the top (a date line or a dateline); text that merely
    /// continues after an end mark usually does not. Looks at the headline and the next 3 lines.
    static func datedSoon(from offset: Int, in bytes: [UInt8]) -> Bool {
        var seen = 0
        for line in ByteLineSequence(bytes, from: offset) {
            let text = ByteLines.trimmed(bytes[line.range])
            if text.isEmpty { continue }
            if MetadataDate.iso(String(decoding: text.prefix(200), as: UTF8.self)) != nil { return true }
            seen += 1
            if seen == 4 { return false }
        }
        return false
    }

    /// Words on a line, counted up to a cap: only thresholds matter, and a 100 MB line stays cheap.
    private static func wordCount(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var n = 0, inWord = false
        for i in r {
            if n > 1000 { break }
            let b = p[i]
            let space = b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C
            if !space, !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
}
