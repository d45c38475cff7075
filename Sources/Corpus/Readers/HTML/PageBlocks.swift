import Foundation

/// The text of the chosen content as blocks, the way a reader sees the page: each paragraph,
/// heading, list, table and quotation is a block; inside a block, `<br>` and list items and table
/// rows start lines (`• item`, `cell | cell`), two `<br>` in a row end the block. Link lists and
/// other link-dense blocks inside the content (related stories, tag clouds) are left out.
struct PageBlocks {
    private let dom: PageDOM
    private let stats: PageStats
    private let kept: [Bool]
    private let skipping: Set<Int>
    private(set) var blocks: [String] = []
    private var lines: [String] = []
    private var line = CollapsedLine()
    private var breaks = 0

    static let lineTags: Set<String> = ["li", "tr", "dt", "dd"]
    /// Blocks made of links (menus, "more stories"): dropped when most of their text is linked.
    static let linkBlockTags: Set<String> = ["ul", "ol", "dl", "div", "section", "table", "p", "span", "li", "tr"]
    /// Whole-block labels that are page furniture when they stand alone.
    static let furnitureLabels: Set<String> = [
        "advertisement", "share", "share this", "share this article", "tweet", "print", "email", "related",
        "related articles", "related stories", "read more", "more", "comments", "subscribe", "sponsored",
        "story continues below advertisement", "continue reading", "skip to content", "back to top",
    ]

    init(dom: PageDOM, stats: PageStats, kept: [Bool], skipping: Set<Int>) {
        self.dom = dom
        self.stats = stats
        self.kept = kept
        self.skipping = skipping
    }

    mutating func render(_ roots: [Int]) {
        for root in roots { walk(root) }
        endBlock()
    }

    private mutating func walk(_ root: Int) {
        // Iterative, so deeply nested markup cannot overflow the stack; negative entries close an element.
        var stack = [root]
        while let entry = stack.popLast() {
            if entry < 0 { close(-entry - 1); continue }
            let node = dom[entry]
            guard kept[entry], !skipping.contains(entry) else { continue }
            if node.isText { line.append(node.text); if !line.isEmpty { breaks = 0 }; continue }
            if node.tag == "br" { lineBreak(); continue }
            if entry != root, isLinkBlock(entry) { continue }
            open(entry)
            stack.append(-entry - 1)
            var children: [Int] = []
            var c = node.firstChild
            while c >= 0 { children.append(c); c = dom[c].nextSibling }
            stack += children.reversed()
        }
    }

    private func isLinkBlock(_ i: Int) -> Bool {
        guard Self.linkBlockTags.contains(dom[i].tag), stats.links(i) > 0 else { return false }
        let density = stats.linkDensity(i)
        if dom[i].tag == "p" || dom[i].tag == "li" || dom[i].tag == "span" { return density > 0.9 && stats.text(i) < 60 && isList(dom[i].parent) }
        return density > 0.6 || (density > 0.45 && stats.text(i) < 400)
    }

    /// A parent whose children are mostly short linked items: a menu written as paragraphs.
    private func isList(_ p: Int) -> Bool {
        p >= 0 && stats.linkDensity(p) > 0.6
    }

    private mutating func open(_ i: Int) {
        let tag = dom[i].tag
        if Self.lineTags.contains(tag) {
            endLine()
            if tag == "li" { line.append(Array("• ".utf8)) }
        } else if tag == "td" || tag == "th" {
            if !line.isEmpty { line.append(Array(" | ".utf8)) }
        } else if ContentScoring.blockTags.contains(tag) {
            endBlock()
        }
    }

    private mutating func close(_ i: Int) {
        let tag = dom[i].tag
        if Self.lineTags.contains(tag) { endLine() } else if ContentScoring.blockTags.contains(tag), tag != "td", tag != "th" { endBlock() }
    }

    private mutating func lineBreak() {
        breaks += 1
        if breaks >= 2 { endBlock() } else { endLine() }
    }

    private mutating func endLine() {
        var text = line.string
        if text == "•" || text == "• " { text = "" }
        if !text.isEmpty { lines.append(text) }
        line.reset()
    }

    private mutating func endBlock() {
        endLine()
        breaks = 0
        guard !lines.isEmpty else { return }
        let block = lines.joined(separator: "\n")
        lines.removeAll()
        if Self.furnitureLabels.contains(block.lowercased().trimmingCharacters(in: .punctuationCharacters)) { return }
        blocks.append(block)
    }
}
