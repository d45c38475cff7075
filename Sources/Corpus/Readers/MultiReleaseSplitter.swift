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

    static func split(_ bytes: [UInt8]) -> [Chunk] {
        let lines = ByteLines.all(bytes)
        let hasFormFeed = bytes.withUnsafeBufferPointer { p in p.baseAddress.map { memchr($0, 0x0C, p.count) != nil } ?? false }
        guard lines.count > 1 || hasFormFeed else { return [Chunk(range: 0..<bytes.count, firstLine: 1)] }
        var words = [0], nonBlank = [0]
        words.reserveCapacity(lines.count + 1)
        nonBlank.reserveCapacity(lines.count + 1)
        var hard: [(line: Int, offset: Int)] = []
        var soft: [Int] = []
        var headers: [Int] = []
        var endMarkPending = false
        for (i, line) in lines.enumerated() {
            let slice = bytes[line.range]
            let blank = ByteLines.isBlank(slice)
            words.append(words[i] + wordCount(slice))
            nonBlank.append(nonBlank[i] + (blank ? 0 : 1))
            if hasFormFeed, let ff = slice.lastIndex(of: 0x0C) {
                // Text after the form feed on the same line starts the next release.
                let rest = bytes[(ff + 1)..<line.range.upperBound]
                hard.append(ByteLines.isBlank(rest) ? (i + 1, line.range.upperBound + 1) : (i, ff + 1))
                endMarkPending = false
                continue
            }
            if blank { continue }
            let text = ByteLines.trimmed(slice)
            if isHeader(text) {
                headers.append(i)
            } else if endMarkPending, looksLikeHeadline(text), datedSoon(after: i, lines, bytes) {
                soft.append(i)
            }
            endMarkPending = isEndMark(text)
        }
        // One header is a label at the top of a release; only a repeated one separates releases.
        if headers.count >= 2 { soft = Array(Set(soft + headers)).sorted() }
        // Boundaries as line indices; hard ones are taken as they are, soft ones when both sides are substantial.
        var boundaries: [(line: Int, offset: Int)] = [(0, 0)]
        var hardIndex = 0
        let hardLines = hard.map(\.line)
        for (k, c) in soft.enumerated() {
            while hardIndex < hard.count, hard[hardIndex].line <= c {
                boundaries.append(hard[hardIndex]); hardIndex += 1
            }
            let previous = boundaries.last!.line
            let nextSoft = k + 1 < soft.count ? soft[k + 1] : lines.count
            let next = min(nextSoft, hardLines.first(where: { $0 > c }) ?? lines.count)
            if c > previous,
               words[c] - words[previous] >= minWords, nonBlank[c] - nonBlank[previous] >= minLines,
               words[next] - words[c] >= minWords, nonBlank[next] - nonBlank[c] >= minLines {
                boundaries.append((c, lines[c].range.lowerBound))
            }
        }
        boundaries += hard[hardIndex...]
        var chunks: [Chunk] = []
        for (k, b) in boundaries.enumerated() {
            let end = k + 1 < boundaries.count ? boundaries[k + 1].offset : bytes.count
            let start = min(b.offset, end)
            guard !ByteLines.isBlank(bytes[start..<end]) else { continue }
            let range = k + 1 < boundaries.count && end > start && bytes[end - 1] == 0x0C ? start..<(end - 1) : start..<end
            chunks.append(Chunk(range: range, firstLine: b.line < lines.count ? lines[b.line].number : lines.count))
        }
        return chunks.isEmpty ? [Chunk(range: 0..<bytes.count, firstLine: 1)] : chunks
    }

    private static let headers = ["PRESS RELEASE", "FOR IMMEDIATE RELEASE", "NEWS RELEASE"]

    /// `PRESS RELEASE`, `For Immediate Release:`, `FOR IMMEDIATE RELEASE – March 3, 2010`.
    static func isHeader(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 80 else { return false }
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
    static func datedSoon(after index: Int, _ lines: [ByteLine], _ bytes: [UInt8]) -> Bool {
        var seen = 0
        for line in lines[index...] {
            let text = ByteLines.trimmed(bytes[line.range])
            if text.isEmpty { continue }
            if MetadataDate.iso(String(decoding: text.prefix(200), as: UTF8.self)) != nil { return true }
            seen += 1
            if seen == 4 { return false }
        }
        return false
    }

    /// Words on a line, counted up to a cap: only thresholds matter, and a 100 MB line stays cheap.
    private static func wordCount(_ s: ArraySlice<UInt8>) -> Int {
        var n = 0, inWord = false
        for b in s {
            if n > 1000 { break }
            let space = b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C
            if !space, !inWord { n += 1 }
            inWord = !space
        }
        return n
    }
}
