/// The body of a release prepared for speech analysis: each paragraph's UTF-8 bytes, its tokens
/// and the lower-cased form of each word token. Built once per analysis in linear time.
struct SpeechText {
    struct Para {
        var bytes: [UInt8]
        var tokens: [Token]
        /// Lower-cased text of each token (punctuation as itself).
        var lower: [String]
        /// Source byte offsets of `bytes` (from the parser's normalisation).
        var map: SourceMap
    }

    var paras: [Para]
    /// Words the text writes in lower case somewhere: a capitalised phrase made of them is
    /// more likely a heading than a name ("Depression Treatment", "Unity Day").
    var lowerWords: Set<String> = []

    init(_ paragraphs: [Paragraph]) {
        paras = paragraphs.map { p in
            let bytes = Array(p.text.utf8)
            let tokens = bytes.withUnsafeBufferPointer { Tokenizer.tokens($0) }
            var lower: [String] = []
            lower.reserveCapacity(tokens.count)
            bytes.withUnsafeBufferPointer { b in
                for t in tokens { lower.append(SpeechText.lowercased(b, t.start, t.stop)) }
            }
            return Para(bytes: bytes, tokens: tokens, lower: lower, map: p.sourceMap)
        }
        // Sized up front: growing the set rehashes every word already in it (2% of a quotes run).
        var lowerTokens = 0
        for para in paras { for t in para.tokens where t.kind == .word && !t.capitalized { lowerTokens += 1 } }
        lowerWords.reserveCapacity(lowerTokens)
        for para in paras {
            for (k, t) in para.tokens.enumerated() where t.kind == .word && !t.capitalized { lowerWords.insert(para.lower[k]) }
        }
    }

    /// The original text of bytes `start..<stop` of paragraph `p`.
    func text(_ p: Int, _ start: Int, _ stop: Int) -> String {
        let b = paras[p].bytes
        let s = max(0, min(start, b.count)), e = max(s, min(stop, b.count))
        return String(decoding: b[s..<e], as: UTF8.self)
    }

    /// The original text of tokens `from...to` of paragraph `p`.
    func text(_ p: Int, tokens from: Int, _ to: Int) -> String {
        let t = paras[p].tokens
        guard from <= to, from >= 0, to < t.count else { return "" }
        return text(p, t[from].start, t[to].stop)
    }

    /// Index of the first token starting at or after byte `offset`.
    func tokenIndex(_ p: Int, atOrAfter offset: Int) -> Int {
        let t = paras[p].tokens
        var lo = 0, hi = t.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if t[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func lowercased(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        var ascii = true
        for i in s..<e where b[i] >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: e - s) { out in
                for i in s..<e { let c = b[i]; out[i - s] = ByteClass.isUpper(c) ? c | 0x20 : c }
                return e - s
            }
        }
        var str = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self).lowercased()
        // Curly apostrophes read as straight ones so `president’s` matches `president's`.
        if str.contains("\u{2019}") { str = str.replacingOccurrences(of: "\u{2019}", with: "'") }
        return str
    }
}
