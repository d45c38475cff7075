/// Per-node text measures over a `PageDOM`, summed bottom-up in one reverse pass (children come
/// after their parent in document order): characters of text, characters inside links, commas,
/// and paragraphs. `kept` leaves out whole subtrees (furniture) when given.
struct PageStats {
    private(set) var chars: [Int32]
    private(set) var linkChars: [Int32]
    private(set) var commas: [Int32]

    init(_ dom: PageDOM, kept: [Bool]? = nil) {
        let n = dom.count
        chars = Array(repeating: 0, count: n)
        linkChars = Array(repeating: 0, count: n)
        commas = Array(repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            if let kept, !kept[i] { continue }
            let node = dom[i]
            if node.isText {
                var c: Int32 = 0, k: Int32 = 0
                for b in node.text {
                    // Characters, not bytes: UTF-8 continuation bytes and whitespace are not counted.
                    if b & 0xC0 != 0x80, b > 0x20 { c += 1 }
                    if b == 0x2C { k += 1 }
                }
                chars[i] = c
                commas[i] = k
            } else if node.tag == "a" {
                linkChars[i] = chars[i]
            }
            let p = node.parent
            if p >= 0 {
                chars[p] += chars[i]
                linkChars[p] += linkChars[i]
                commas[p] += commas[i]
            }
        }
    }

    func text(_ i: Int) -> Int { Int(chars[i]) }
    func links(_ i: Int) -> Int { Int(linkChars[i]) }
    func commaCount(_ i: Int) -> Int { Int(commas[i]) }

    /// Share of the text that sits inside links (0 for no text).
    func linkDensity(_ i: Int) -> Double {
        chars[i] == 0 ? 0 : min(1, Double(linkChars[i]) / Double(chars[i]))
    }
}
