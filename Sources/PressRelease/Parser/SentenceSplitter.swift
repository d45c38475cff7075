/// Splits paragraphs into sentences on `.`, `!`, `?` followed by space and an upper-case letter
/// or an opening quote. (A first version; the parser issue refines abbreviations.)
public enum SentenceSplitter {
    public static func sentences(of paragraphs: [Paragraph]) -> [Sentence] {
        var out: [Sentence] = []
        for p in paragraphs {
            let bytes = Array(p.text.utf8)
            var start = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if (b == 0x2E || b == 0x21 || b == 0x3F), i + 2 < bytes.count, bytes[i + 1] == 0x20,
                   isSentenceStart(bytes[i + 2]) {
                    append(bytes, start, i + 1, p.index, &out)
                    start = i + 2
                }
                i += 1
            }
            append(bytes, start, bytes.count, p.index, &out)
        }
        return out
    }

    private static func isSentenceStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || b == 0x22 || b == 0xE2
    }

    private static func append(_ bytes: [UInt8], _ start: Int, _ stop: Int, _ paragraph: Int,
                               _ out: inout [Sentence]) {
        guard stop > start else { return }
        let text = String(decoding: bytes[start..<stop], as: UTF8.self)
        out.append(Sentence(index: out.count + 1, text: text, paragraph: paragraph,
                            textStart: start, textStop: stop))
    }
}
