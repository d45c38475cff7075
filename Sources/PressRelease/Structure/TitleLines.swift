/// Lines that read as titles rather than sentences: their longer words are capitalised.
enum TitleLines {
    /// Whether the words of four letters or more (function words aside) nearly all start in upper
    /// case: `Representative Hal Price Opening Statement`, `Statement of Senator Doe on the Flood`.
    static func isTitleCase(_ b: [UInt8]) -> Bool {
        var i = 0, long = 0, capital = 0
        while i < b.count {
            while i < b.count, b[i] == 0x20 { i += 1 }
            let w = i
            while i < b.count, b[i] != 0x20 { i += 1 }
            guard i > w else { break }
            if i - w >= 4, Bytes.isLetter(b[w]) || b[w] >= 0xC0 {
                long += 1
                if Bytes.isUpper(b[w]) || b[w] >= 0xC0 { capital += 1 }
            }
        }
        return long >= 2 && capital * 5 >= long * 4
    }

    /// `Representative Hal Price Opening Statement June 3, 2021` under a headline: a title-case line
    /// of two to fourteen words closed by a date. Its date is the release's when none came before.
    static func titleWithDate(_ b: [UInt8]) -> DateMatch? {
        guard b.count <= 200, let d = HeaderFinder.trailingDate(b), d.start > 0 else { return nil }
        let title = Array(b[0..<d.start])
        var end = title.count
        while end > 0, title[end - 1] == 0x20 || title[end - 1] == 0x2C { end -= 1 }
        let words = ByteText.counts(Array(title[0..<end])).words
        guard end > 0, words >= 2, words <= 14, !ParagraphBuilder.isTerminal(title[end - 1]),
              Bytes.isUpper(title[0]), isTitleCase(Array(title[0..<end])) else { return nil }
        return d
    }
}
